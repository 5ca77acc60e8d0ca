"""Rows read with plain SQL on a session's own connection, on either database.

For the tens of thousands of rows of a big cohort (its marks, its people), the ORM's per-row
conversions cost several times the query itself, so a few reads go straight to the driver's
cursor: sqlite3's on a file, psycopg's on a server. The statements are written once with
``?`` placeholders (SQLite's); for psycopg they become ``%s``. Errors are wrapped as
SQLAlchemy wraps them, so the database layer says what they mean as it does for others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session as DbSession


def plain_rows(session: DbSession, statement: str, params: tuple[object, ...]) -> list[Any]:
    """Rows of ``statement`` (tuples), in the session's transaction, after what is pending
    is flushed (as a query through the session would be)."""
    session.flush()
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")
    dbapi = cast(Any, dialect).loaded_dbapi
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cast(list[Any], cursor.execute(statement, params).fetchall())
    except dbapi.Error as exc:
        raise sa_exc.DBAPIError.instance(statement, params, exc, dbapi.Error) from exc
    finally:
        cursor.close()


def inserted_ids(session: DbSession, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``table``; their new ids, in the order of ``rows``.

    On SQLite one INSERT … RETURNING executed many. On PostgreSQL the ids are taken from the
    table's sequence first and the rows inserted with them: a sorted RETURNING of thousands
    of rows is some three times slower there than a plain insert of the same rows."""
    if session.get_bind().dialect.name != "postgresql":
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(returning, rows).scalars())
    ids = list(
        session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": len(rows)},
        ).scalars()
    )
    session.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids
