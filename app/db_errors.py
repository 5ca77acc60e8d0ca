"""What goes wrong with a database file, said so that the user knows what is true and what to do.

SQLite errors are told apart by their error code (``sqlite_errorcode``), never by their text:
a full disk, a read-only file or drive and a damaged file are three different messages, and
only a damaged file is ever met with "restore the newest backup".

Neither SQLite's nor the operating system's English text is put into a message: the reason
is a short translated phrase chosen by error code (app.reasons.reason_text).

The damage message says what is true (:func:`damaged_error`); what to do depends on where it
is shown (:class:`Advice`, :func:`damage_text`): the window, the restore offer that asks its
own question, the command line.
"""

from __future__ import annotations

import enum
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

from app.errors import DatabaseDamagedError, DatabaseError
from app.i18n import _
from app.reasons import (
    BUSY_CODES,
    CORRUPT_CODES,
    FULL_CODES,
    READONLY_CODES,
    reason_text,
    sqlite_code,
)

__all__ = ["reason_text"]  # here too: where the other messages about files are

# Below this much free space, a disk I/O error is most likely a full disk.
_NEARLY_FULL_BYTES = 1_000_000


# -- a damaged file ---------------------------------------------------------------------


class Advice(enum.Enum):
    """Where a damage message is shown, which decides what it tells the user to do."""

    WINDOW = "window"  # File ▸ Restore from backup… is there
    OFFER = "offer"  # the restore offer follows, asking its own question: no advice
    START = "start"  # the window cannot open on this file
    CLI = "cli"  # kohort backups, kohort restore


def advice_text(advice: Advice) -> str:
    if advice is Advice.WINDOW:
        return _(
            "Restore a backup with File ▸ Restore from backup…, or open a copy of the file "
            "with File ▸ Open another database…"
        )
    if advice is Advice.START:
        return _(
            "List the backups with `kohort backups` and restore one with `kohort restore "
            "BACKUP`, or start Kohort with another file (`kohort --db FILE`)."
        )
    if advice is Advice.CLI:
        return _(
            "List the backups with `kohort backups`, then restore one with `kohort restore BACKUP`."
        )
    return ""


def damage_text(error: DatabaseDamagedError, advice: Advice) -> str:
    """The damage message for where it is shown: what is true, then what to do there."""
    statement = error.statement
    extra = advice_text(advice)
    return f"{statement} {extra}" if extra else statement


def _damaged(statement: str) -> DatabaseDamagedError:
    """``str()`` of it advises the command line; the window words it with damage_text."""
    error = DatabaseDamagedError(statement, statement=statement)
    error.message = damage_text(error, Advice.CLI)
    error.args = (error.message,)
    return error


def damaged_error(path: Path, reason: str | None = None) -> DatabaseDamagedError:
    """``reason``: a translated phrase (never SQLite's own text), or None when the detail
    is technical (it is listed by `kohort check`)."""
    if reason is None:
        return _damaged(
            _(
                "The database {path} is damaged (it fails SQLite's integrity check); Kohort "
                "will not write to it."
            ).format(path=path)
        )
    return _damaged(
        _("The database {path} is damaged ({reason}); Kohort will not write to it.").format(
            path=path, reason=reason
        )
    )


def not_kohort_error(path: Path, reason: str) -> DatabaseDamagedError:
    return _damaged(
        _(
            "{path} is not a Kohort database or is damaged ({reason}); Kohort will not write to it."
        ).format(path=path, reason=reason)
    )


def not_a_backup_error(backup: Path, advice: Advice = Advice.CLI) -> DatabaseDamagedError:
    """A restore given a file that cannot be restored: choose another backup (no advice to
    restore, which is what failed)."""
    if advice is Advice.CLI:
        text = _(
            "{backup} is not a Kohort backup or is damaged; choose another from "
            "`kohort backups`. Nothing was changed."
        ).format(backup=backup)
    else:
        text = _(
            "{backup} is not a Kohort backup or is damaged; choose another backup. Nothing "
            "was changed."
        ).format(backup=backup)
    return DatabaseDamagedError(text, statement=text)


def empty_file_error(path: Path) -> DatabaseDamagedError:
    text = _(
        "{path} is an empty file (0 bytes), not a Kohort database; to start a new "
        "database, delete the file or choose another name."
    ).format(path=path)
    return DatabaseDamagedError(text, statement=text)


# -- any SQLite error ---------------------------------------------------------------------


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def translate_error(
    exc: sa_exc.DBAPIError | sqlite3.Error, path: Path, *, reading: bool = False
) -> DatabaseError:
    """What an SQLite error means for the user, from its error code (never its text).

    ``reading``: met while reading or checking the file (nothing was being saved)."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    code = sqlite_code(orig)
    if code in BUSY_CODES:
        return DatabaseError(
            _(
                "The database {path} is busy in another program; nothing was saved. Try again."
            ).format(path=path)
        )
    if code in READONLY_CODES:
        return DatabaseError(
            _(
                "The database {path} cannot be written (the file, its folder or the drive is "
                "read-only); nothing was saved. Check its permissions, or copy it to a "
                "writable folder and open the copy."
            ).format(path=path)
        )
    if code in FULL_CODES or (code == sqlite3.SQLITE_IOERR and _nearly_full(path)):
        return DatabaseError(
            _(
                "The disk holding {path} is full; nothing was saved, and the database itself "
                "is fine. Free some space on the disk and try again."
            ).format(path=path)
        )
    if code in CORRUPT_CODES:
        return damaged_error(path, reason_text(orig or exc))
    if code == sqlite3.SQLITE_IOERR:
        if reading:
            return DatabaseError(
                _(
                    "The disk holding {path} reported an error while reading it; nothing was "
                    "changed. Check the disk (or the network connection) and try again."
                ).format(path=path)
            )
        return DatabaseError(
            _("The disk holding {path} reported an error; nothing was saved.").format(path=path)
        )
    if code == sqlite3.SQLITE_CANTOPEN:
        return DatabaseError(
            _(
                "Kohort cannot open {path}; check that the file and its folder exist and that "
                "you may read and write them."
            ).format(path=path)
        )
    return DatabaseError(
        _("The database {path} reported an error ({reason}).").format(
            path=path, reason=reason_text(orig or exc)
        )
    )
