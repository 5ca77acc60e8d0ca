"""SQLite connections as Kohort makes them (used by :mod:`app.db`): the pragmas set and
verified on every connection outside any transaction, ``casefold()`` and ``search_key()``
as SQL functions, transactions begun by Kohort (``IMMEDIATE`` for writers), and the engine
for a damaged file, opened read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import DatabaseError
from app.i18n import _
from app.text import search_key

BUSY_TIMEOUT_MS = 5000
# (pragma, value to set, value the pragma must read back)
PRAGMAS: tuple[tuple[str, str, str], ...] = (
    ("foreign_keys", "ON", "1"),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS), str(BUSY_TIMEOUT_MS)),
    # Deleted rows are overwritten with zeros: an erased person leaves no bytes behind.
    ("secure_delete", "ON", "1"),
)
_BEGIN_OPTION = "kohort_begin"


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _search_key(value: object) -> object:
    return search_key(value) if isinstance(value, str) else value


def _configure_connection(
    dbapi_connection: Any, _record: Any, *, pragmas: tuple[tuple[str, str, str], ...] = PRAGMAS
) -> None:
    # Manage transactions ourselves (see _begin) and set pragmas outside any transaction.
    dbapi_connection.isolation_level = None
    # SQLite's lower() folds ASCII only; searches and name matching need Å → å too.
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
    # Finding people the way the filters do: "odegard" finds "Ødegård" (app.text).
    dbapi_connection.create_function("search_key", 1, _search_key, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        for name, value, expected in pragmas:
            cursor.execute(f"PRAGMA {name} = {value}")
            got = str(cursor.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if got != expected:
                raise DatabaseError(
                    _(
                        "The database refused the setting {name}={value} (it reports {got}); "
                        "it may be on a read-only or network drive."
                    ).format(name=name, value=value, got=got)
                )
    finally:
        cursor.close()


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _read_only_engine(path: Path) -> Engine:
    """For a damaged file: opened ``mode=ro``, so not even SQLite's housekeeping writes."""
    uri = f"{path.as_uri()}?mode=ro"
    pragmas = tuple(p for p in PRAGMAS if p[0] not in {"journal_mode", "synchronous"})
    pragmas += (("query_only", "1", "1"),)

    def connect() -> sqlite3.Connection:
        timeout = BUSY_TIMEOUT_MS / 1000
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    def configure(dbapi_connection: Any, record: Any) -> None:
        _configure_connection(dbapi_connection, record, pragmas=pragmas)

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", _begin)
    return engine


def _engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    # Connections move between the UI thread and the one worker thread (ui/tasks.py); the
    # pool hands each to one thread at a time, so the same-thread check is not needed.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),  # no parsing: "?", "%" and "#" stay literal
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,  # an error's text never carries names, e-mails or phones
    )
    event.listen(engine, "connect", _configure_connection)
    if not foreign_keys:
        # Migrations rebuild tables; with foreign keys on, dropping the old table would
        # fire ON DELETE actions. They run with it off and check the keys before commit.
        def _fk_off(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys = OFF")

        event.listen(engine, "connect", _fk_off)
    event.listen(engine, "begin", _begin)
    return engine
