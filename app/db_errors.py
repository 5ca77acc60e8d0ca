"""What goes wrong with a database file, said so that the user knows what is true and what to do.

SQLite errors are told apart by their error code (``sqlite_errorcode``), never by their text:
a full disk, a read-only file or drive and a damaged file are three different messages, and
only a damaged file is ever met with "restore the newest backup".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

from app.db_check import BUSY_CODES, CORRUPT_CODES, FULL_CODES, READONLY_CODES, sqlite_code
from app.errors import DatabaseDamagedError, DatabaseError
from app.i18n import _


def damaged_error(path: Path, reason: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        _(
            "The database {path} is damaged ({reason}); Kohort will not write to it. Restore "
            "the newest backup: File ▸ Restore from backup…, or kohort restore."
        ).format(path=path, reason=reason)
    )


def not_kohort_error(path: Path, reason: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        _(
            "{path} is not a Kohort database or is damaged ({reason}); Kohort will not write "
            "to it. Choose another file, or restore the newest backup: File ▸ Restore from "
            "backup…, or kohort restore."
        ).format(path=path, reason=reason)
    )


def empty_file_error(path: Path) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        _(
            "{path} is an empty file (0 bytes), not a Kohort database; to start a new "
            "database, delete the file or choose another name."
        ).format(path=path)
    )


def translate_error(exc: sa_exc.DBAPIError, path: Path) -> DatabaseError:
    """What an SQLite error means for the user, from its error code (never its text)."""
    code = sqlite_code(exc.orig)
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
    if code in FULL_CODES:
        return DatabaseError(
            _(
                "The disk holding {path} is full; nothing was saved, and the database itself "
                "is fine. Free some space on the disk and try again."
            ).format(path=path)
        )
    if code in CORRUPT_CODES:
        return damaged_error(path, str(exc.orig))
    if code == sqlite3.SQLITE_IOERR:
        return DatabaseError(
            _("The disk holding {path} reported an error; nothing was saved.").format(path=path)
        )
    return DatabaseError(
        _("The database {path} reported an error: {orig}.").format(path=path, orig=exc.orig)
    )
