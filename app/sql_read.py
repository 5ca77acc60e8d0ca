"""A list query written once, as portable SQL text plus a row → dataclass mapping, that runs
through either the standard library's sqlite3 or an SQLAlchemy session.

Why both: `kohort cohorts` reads an SQLite file without importing SQLAlchemy (importing it is
most of a command's time; :mod:`app.lean_read`), while the window, the services and a future
PostgreSQL database run the very same statement through SQLAlchemy's ``text()``. The two
answers are the same dataclasses, so the command prints the same bytes either way.

The SQL sticks to what SQLite and PostgreSQL both read (named ``:parameters``, no
dialect-specific functions); the row mapping accepts what either driver returns (dates as
ISO text from SQLite, as ``date`` objects from PostgreSQL; booleans as 0/1 or ``bool``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Row(Protocol):
    """A result row read by column name: ``sqlite3.Row`` and SQLAlchemy's ``RowMapping``."""

    def __getitem__(self, key: str, /) -> Any: ...


@dataclass(frozen=True)
class ListQuery[T]:
    """One statement, its parameters, and what each row becomes."""

    sql: str
    build: Callable[[Row], T]
    params: Mapping[str, object] = field(default_factory=dict)


def run_sqlite[T](con: sqlite3.Connection, query: ListQuery[T]) -> list[T]:
    """The rows through the standard library's sqlite3 (the lean command-line path)."""
    cursor = con.execute(query.sql, dict(query.params))
    names = [d[0] for d in cursor.description]
    return [query.build(dict(zip(names, values, strict=True))) for values in cursor]


def run_session[T](session: Session, query: ListQuery[T]) -> list[T]:
    """The rows through an SQLAlchemy session: the services, the window, any database."""
    from sqlalchemy import text

    session.flush()  # a text query does not flush by itself: it sees the changes made so far
    result = session.execute(text(query.sql), dict(query.params))
    return [query.build(row) for row in result.mappings()]


def as_date(value: object) -> dt.date | None:
    """A DATE column: ISO text from SQLite, a ``date`` from other drivers."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def as_time(value: object) -> dt.time | None:
    """A TIME column: text such as ``09:00:00.000000`` from SQLite, a ``time`` from others."""
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def as_bool(value: object) -> bool:
    """A BOOLEAN column: 0/1 from SQLite, ``bool`` from other drivers."""
    return bool(value)
