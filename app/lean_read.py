"""Reading a list from an SQLite file with the standard library alone, when that is safe.

`kohort cohorts` spends most of its time importing SQLAlchemy (some 0.35 s), not reading.
For a file that is in the everyday state, this reads the same rows through plain sqlite3
instead (the queries are shared: :mod:`app.sql_read`). Whenever anything is not everyday,
:func:`read_lean` answers ``None`` and the command takes the full path (:func:`app.db.
open_database`), which says what is wrong, migrates, checks or refuses exactly as always:

- the file is empty, or another Kohort has it open or did not close it (its lock file has
  content), or a write-ahead log or rollback journal lies beside it;
- its full check (``PRAGMA quick_check``) is due: never done, not today, or the file
  changed since Kohort last closed it (:class:`app.db_check.CheckRecord`);
- the file or its folder cannot be written (the full path refuses such a folder);
- its header fails the cheap check, it is not at this Kohort's schema revision, or it
  lacks a table or column (:mod:`app.schema_snapshot`);
- SQLite reports any error, or the file changed while it was read.

The file is opened ``immutable`` (read-only, no locks, nothing created beside it): no
write-ahead log means no writer, and a writer that starts meanwhile changes the file's
size or times, which the last check sees. Nothing is written; the permissions of the
file and of what lies beside it are tightened as the full path does (and then the stamp of
the last clean close is renewed, the change time being part of it).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from app import schema_snapshot
from app.db_check import CheckRecord, header_problem, missing_from
from app.privacy import tighten_database
from app.sql_read import ListQuery, run_sqlite

_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def read_lean[T](
    path: Path,
    query: ListQuery[T],
    *,
    requires: ListQuery[Any] | None = None,
    today: dt.date | None = None,
) -> list[T] | None:
    """The query's rows, read from ``path`` without SQLAlchemy; ``None``: take the full path.

    ``requires`` finds what the query is about (a cohort): when it finds no row, the full
    path says that it is not there, in the words the services use."""
    try:
        if not _everyday(path, today or dt.date.today()):
            return None
        before = _state(path)
        rows = _read(path, query, requires)
        if rows is None or _state(path) != before or not _companions_absent(path):
            return None
    except (OSError, sqlite3.Error, ValueError):
        return None
    tighten_database(path)
    _restamp_if_only_tightened(path, before)
    return rows


def _restamp_if_only_tightened(path: Path, before: tuple[int, int, int, int]) -> None:
    """Tightening the permissions moves the file's change time, part of the stamp of the
    last clean close: the file was just found as that close left it (so, checked), and
    only its change time moved, so the stamp is renewed rather than the next run checking
    the whole file again."""
    try:
        after = _state(path)
    except OSError:
        return
    if after != before and after[:3] == before[:3]:
        CheckRecord.read(path).write(path, stamp=True)


def _everyday(path: Path, today: dt.date) -> bool:
    """The file as a clean close left it, checked today, in a folder Kohort may write."""
    if not path.is_file() or path.stat().st_size == 0 or not _companions_absent(path):
        return False
    lock = path.with_name(path.name + ".lock")
    if lock.exists() and lock.stat().st_size > 0:  # open in another Kohort, or not closed
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    if CheckRecord.read(path).full_check_due(path, today):
        return False
    return header_problem(path) is None and _newest_migration() == schema_snapshot.REVISION


def _companions_absent(path: Path) -> bool:
    """No write-ahead log or rollback journal: no writer, nothing for SQLite to replay."""
    return not any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


def _newest_migration() -> str | None:
    """The newest migration this Kohort ships (Alembic runs them from these files)."""
    found = [m[1] for m in map(_REVISION_FILE.match, os.listdir(_VERSIONS)) if m is not None]
    return max(found, default=None)


def _state(path: Path) -> tuple[int, int, int, int]:
    st = path.stat()
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def _read[T](path: Path, query: ListQuery[T], requires: ListQuery[Any] | None) -> list[T] | None:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or str(row[0]) != schema_snapshot.REVISION:
            return None  # an older file is migrated, a newer one refused: the full path
        if missing_from(con, schema_snapshot.COLUMNS):
            return None
        if requires is not None and not run_sqlite(con, requires):
            return None
        return run_sqlite(con, query)
    finally:
        con.close()
