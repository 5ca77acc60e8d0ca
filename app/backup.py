"""Copies of a database through SQLite's backup API, verified before they get their name.

A copy reads one consistent snapshot through a read-only connection. It needs neither the
lock file nor SQLite's write lock, so it works while another Kohort (the window) has the
database open and is writing to it; it never migrates or otherwise changes the source.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import DatabaseDamagedError, DatabaseError
from app.i18n import _
from app.privacy import create_private_file
from app.reasons import BUSY_CODES, CORRUPT_CODES, reason_text, sqlite_code


def read_only_uri(path: Path, *, at_rest: bool = False) -> str:
    """The URI to read ``path`` without writing; ``at_rest`` (a backup, which nothing
    writes): also ``immutable=1``, so no -wal/-shm/-journal is left beside it, unless a
    -wal is there (its changes would be ignored)."""
    wal = path.with_name(path.name + "-wal")
    immutable = at_rest and not wal.exists()
    return f"{path.as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def integrity_problems(path: Path, *, strict: bool = False, at_rest: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` on a file; empty when healthy.

    ``strict``: an error that is not damage (a full disk, a disk error) is raised, not
    listed as a problem of the file. ``at_rest``: see :func:`read_only_uri`."""
    con = sqlite3.connect(read_only_uri(path, at_rest=at_rest), uri=True)
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        if cut_off(path):  # integrity_check misses a cut in an empty page's unused end
            problems.append(_("the file is shorter than its header says (it was cut off)"))
        problems += [
            _("row {row} of table {table} refers to a missing {parent}").format(
                row=r[1], table=r[0], parent=r[2]
            )
            for r in con.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.DatabaseError as exc:
        if strict and sqlite_code(exc) not in CORRUPT_CODES:
            raise
        return [str(exc)]
    finally:
        con.close()


def cut_off(path: Path) -> bool:
    """Whether the file ends part-way through a page (see also db_check.header_problem)."""
    with open(path, "rb") as file:
        raw = int.from_bytes(file.read(18)[16:18], "big")
        size = os.fstat(file.fileno()).st_size
    page_size = 65536 if raw == 1 else raw
    return page_size >= 512 and size % page_size != 0


def row_counts(con: sqlite3.Connection) -> dict[str, int]:
    """The number of rows in each table (SQLite's own tables left out)."""
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    quoted = {t: '"' + t.replace('"', '""') + '"' for t in tables}
    return {t: int(con.execute(f"SELECT count(*) FROM {quoted[t]}").fetchone()[0]) for t in tables}


def check_target_folder(target: Path) -> None:
    """Refuse a backup target whose folder is not there; a missing folder is never created.

    A missing folder is usually a USB stick or network share that is not connected: creating
    it would put the "backup" on the internal disk, under a path that looks like the stick.
    """
    folder = target.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise DatabaseError(
            _(
                "{folder} is a file, not a folder; choose another place for the "
                "backup. Nothing was written."
            ).format(folder=folder)
        )
    raise DatabaseError(
        _(
            "The folder {folder} does not exist. Is the USB stick or network share "
            "connected? Nothing was written."
        ).format(folder=folder)
    )


def backup_database(source: Path, target: Path, *, overwrite: bool = False) -> Path:
    """Copy a live database with the sqlite3 backup API and verify the copy.

    An existing ``target`` is replaced only with ``overwrite`` (the window's save dialog has
    asked; the command line needs ``--overwrite``): an older backup may be the only good
    copy left.

    The copy is written beside the target and renamed into place only once it passes the
    integrity check and holds as many rows in each table as the source did at the moment
    it was copied, so a full disk never leaves a half-written backup under the real name.
    """
    target = target.expanduser().resolve()
    if target == source:
        raise DatabaseError(_("The backup must go to another file than the database itself."))
    if not source.is_file():
        raise DatabaseError(_("There is no database {source} to back up.").format(source=source))
    check_target_folder(target)
    if target.exists() and not overwrite:
        raise DatabaseError(
            _(
                "{target} exists already; nothing was written. Choose another name, or add "
                "--overwrite to replace it."
            ).format(target=target)
        )
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        with _being_written(partial):
            return _copy_and_verify(source, partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error) and sqlite_code(exc) in CORRUPT_CODES:
            # Reading the database met damage: it is the database that is damaged, not the
            # backup, and what helps is restoring one (said as everywhere else).
            raise _source_damaged(source, exc) from exc
        if isinstance(exc, sqlite3.Error) and sqlite_code(exc) in BUSY_CODES:
            raise DatabaseError(
                _("The database {source} is busy in another program; try the backup again.").format(
                    source=source
                )
            ) from exc
        raise DatabaseError(
            _(
                "Could not write the backup {target} ({reason}); the database was not changed."
            ).format(target=target, reason=reason_text(exc))
        ) from exc
    except DatabaseError:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def _being_written(partial: Path) -> Iterator[None]:
    """Create ``partial`` 0600 (before the first byte of the copy is in it) and, on POSIX,
    hold an ``flock`` on it while it is written: :func:`being_written` then tells a copy
    under way from one a killed Kohort left behind. (``flock`` is apart from SQLite's own
    ``fcntl`` locks, and the descriptor is closed only after SQLite is done with the file.)"""
    create_private_file(partial)
    if os.name != "posix":
        yield
        return
    import fcntl

    fd = os.open(partial, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def being_written(path: Path) -> bool:
    """Whether a running Kohort is writing the copy ``path`` (POSIX; elsewhere: unknown, so
    the answer is whether it changed in the last ten minutes)."""
    if os.name != "posix":
        try:
            return time.time() - path.stat().st_mtime < 600
        except OSError:
            return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also lets go of the lock just taken
    return False


def _source_damaged(source: Path, exc: sqlite3.Error | None = None) -> DatabaseDamagedError:
    """The database being backed up is damaged: the damage message of app.db_errors (its
    ``str()`` advises the command line; the window words it with ``damage_text``)."""
    from app.db_errors import damaged_error  # only on this rare path: it imports SQLAlchemy

    if exc is not None and sqlite_code(exc) == sqlite3.SQLITE_NOTADB:
        return damaged_error(source, reason_text(exc))
    return damaged_error(source)


def _copy_and_verify(source: Path, partial: Path, target: Path) -> Path:
    if cut_off(source):  # the copy would be whole pages; the source is not
        raise _source_damaged(source)
    expected = _copy(source, partial)
    problems = integrity_problems(partial)
    if problems and integrity_problems(source):
        raise _source_damaged(source)  # a true copy of a damaged file
    if problems:  # the copy alone: written wrongly (a failing disk or stick)
        raise DatabaseError(
            _(
                "The backup of {source} failed its integrity check ({problems}); the "
                "database was not changed."
            ).format(source=source, problems=problems[0])
        )
    _check_rows(source, expected, partial)
    os.replace(partial, target)
    return target


def _copy(source: Path, partial: Path) -> dict[str, int]:
    """Copy ``source`` into ``partial``; the row counts of the snapshot that was copied."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        # One read transaction: the counts and the copy see the same snapshot, whatever
        # the window writes meanwhile (the backup step reuses an open read transaction).
        src.execute("BEGIN")
        counts = row_counts(src)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            dst.close()
        return counts
    finally:
        src.close()


def _check_rows(source: Path, expected: dict[str, int], copy: Path) -> None:
    con = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        copied = row_counts(con)
    finally:
        con.close()
    for table in sorted(expected.keys() | copied.keys()):
        want, got = expected.get(table, 0), copied.get(table, 0)
        if want != got:
            raise DatabaseError(
                _(
                    "The backup of {source} does not hold what the database holds (table "
                    "{table}: {want} rows in the database, {got} in the copy); the "
                    "database was not changed."
                ).format(source=source, table=table, want=want, got=got)
            )
