"""``kohort copy``: a whole Kohort database from a file to a server, a server to a file, or
between two of either, complete and verified.

1. The source must be a Kohort database at this Kohort's schema (an older or newer one is
   refused: migrate it, or update Kohort, first). It is read, never written.
2. The target must be empty: a file that does not exist yet, or a database on a server with
   no Kohort tables (it is migrated to the same schema first) or only empty ones. Two
   copies into one server database at once go one after the other (an advisory lock); the
   second then finds the first's rows and says so, copying nothing. A file target's name
   is locked (its ``.lock``, as an open Kohort file's) from the start of the copy until the
   verified copy has that name: a second copy to the same new file is refused the same way.
3. Every table is copied in dependency order (``Base.metadata.sorted_tables``), in batches
   of :data:`BATCH` rows (bounded memory), keeping every primary key; on PostgreSQL each
   table's id sequence is moved past the highest id afterwards. Stored images and frozen
   diploma PDFs are bytes, copied as they are.
4. Verified before anything is kept: the rows of each table are counted and summed into a
   checksum on both sides the same way (:func:`table_checksum`). The whole copy is one
   transaction on the target: a failure or a mismatch rolls it back, and a file target is
   written as ``<name>.partial`` and renamed only when verified — a killed copy leaves no
   file at the target's name (and the ``.partial`` is removed at the next open).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text
from sqlalchemy import exc as sa_exc

from app.db import (
    SCHEMA_HEAD,
    Database,
    existing_database,
    make_folder_of,
    open_database,
    read_revision,
)
from app.db_check import CheckRecord
from app.db_location import is_server_location, shown_location, sqlite_path
from app.errors import DatabaseError, DatabaseInUseError
from app.i18n import _
from app.lockfile import LockFile

BATCH = 1000
# Any number (not the migration's): the key of the advisory lock a copy into a server's
# database holds for its whole transaction, so two copies into one database go one at a time.
_COPY_LOCK = 0x6B6F636F7079
# A table with more rows than this reports its progress (on stderr, from the command line).
PROGRESS_FROM = 5000

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in all


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyResult:
    source: str  # shown: a server's address without its password
    target: str
    schema: str
    tables: list[TableCopy]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


class CopyMismatchError(DatabaseError):
    """The target did not read back as the source: nothing was kept."""


def tables() -> list[Table]:
    from app.models import Base

    return list(Base.metadata.sorted_tables)


# -- the checksum -----------------------------------------------------------------------


def _normalised(value: Any) -> str:
    """One value as text the same on both databases: a type letter, then the value."""
    if value is None:
        return "N"
    if isinstance(value, bool):
        return "b1" if value else "b0"
    if isinstance(value, enum.Enum):
        return "e" + str(value.value)
    if isinstance(value, int):
        return f"i{value}"
    if isinstance(value, float):
        return "f" + repr(value)
    if isinstance(value, decimal.Decimal):
        return "d" + str(value.normalize())
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "x" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return "t" + moment.isoformat()
    if isinstance(value, dt.date):
        return "D" + value.isoformat()
    if isinstance(value, dt.time):
        return "T" + value.isoformat()
    return "s" + str(value)


def row_digest(row: Any) -> int:
    """One row's SHA-256 (as a number), from its values in the table's column order."""
    text_ = "\x1f".join(_normalised(v) for v in row)
    return int.from_bytes(hashlib.sha256(text_.encode("utf-8")).digest(), "big")


def _rows(connection: Connection, table: Table) -> Iterator[list[Any]]:
    """The table's rows in batches, ordered by primary key, streamed (bounded memory)."""
    query = select(*table.columns).order_by(*table.primary_key.columns)
    result = connection.execution_options(yield_per=BATCH).execute(query)
    for partition in result.partitions(BATCH):
        yield list(partition)


def table_checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """The row count and checksum of a table: SHA-256 of each row's normalised values,
    the digests added up modulo 2²⁵⁶ (so the order the database sorts text keys in does not
    matter), and the sum with the count hashed once more."""
    total = 0
    count = 0
    for batch in _rows(connection, table):
        for row in batch:
            total = (total + row_digest(row)) % (1 << 256)
            count += 1
    final = hashlib.sha256(f"{table.name}:{count}:{total:064x}".encode()).hexdigest()
    return count, final


# -- the two ends -------------------------------------------------------------------------


def _server_revision(location: str) -> str | None:
    from app.db_postgres import server_engine, server_url, translate_server_error

    engine = server_engine(server_url(location))
    try:
        with engine.connect() as connection:
            names = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            if "alembic_version" not in names:
                return None
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return None if revision is None else str(revision)
    except sa_exc.DBAPIError as exc:
        raise translate_server_error(exc, location, reading=True) from exc
    finally:
        engine.dispose()


def _open_source(location: str) -> Database:
    shown = shown_location(location)
    if is_server_location(location):
        revision = _server_revision(location)
    else:
        revision = read_revision(existing_database(location))
    if revision is None:
        raise DatabaseError(
            _("{location} holds no Kohort data; there is nothing to copy.").format(location=shown)
        )
    if revision != SCHEMA_HEAD:
        raise DatabaseError(
            _(
                "{location} is at schema {revision} and this Kohort at {head}; bring it to the "
                "same schema first (kohort --db … migrate, or update Kohort), then copy. "
                "Nothing was copied."
            ).format(location=shown, revision=revision, head=SCHEMA_HEAD)
        )
    return open_database(location, create=False)


def _check_target_empty(connection: Connection, location: str) -> None:
    for table in tables():
        if connection.execute(select(func.count()).select_from(table)).scalar():
            raise DatabaseError(
                _(
                    "{location} is not empty (its table {table} has rows); Kohort copies only "
                    "into a new file or an empty database. Nothing was copied."
                ).format(location=shown_location(location), table=table.name)
            )


def _one_copy_at_a_time(connection: Connection, location: str) -> None:
    """PostgreSQL: wait for any other copy into this database to end, then look again. The
    target was empty a moment ago; rows now are another copy's (running when this one
    started, committed since): said as that, not as a duplicate key half-way."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _COPY_LOCK})
    try:
        _check_target_empty(connection, location)
    except DatabaseError:
        raise DatabaseError(_another_copy(location)) from None


def _reset_sequences(connection: Connection) -> None:
    """PostgreSQL: each id sequence past the highest id copied (the next row gets max + 1)."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False:
            continue
        column = keys[0]
        if column.type.python_type is not int:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column.name},
        ).scalar()
        if sequence is None:
            continue
        highest = connection.execute(select(func.max(column))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )


# -- the copy -----------------------------------------------------------------------------


def _copy_tables(
    source: Connection, target: Connection, progress: Progress | None
) -> list[TableCopy]:
    copied: list[TableCopy] = []
    for table in tables():
        count = source.execute(select(func.count()).select_from(table)).scalar() or 0
        done = 0
        for batch in _rows(source, table):
            target.execute(table.insert(), [dict(row._mapping) for row in batch])
            done += len(batch)
            if progress is not None and count > PROGRESS_FROM:
                progress(table.name, done, count)
        rows, checksum = table_checksum(source, table)
        copied.append(TableCopy(table.name, rows, checksum))
    if target.dialect.name == "postgresql":
        _reset_sequences(target)
    return copied


def _verify(target: Connection, copied: list[TableCopy], location: str) -> None:
    by_name = {t.name: t for t in tables()}
    for expected in copied:
        rows, checksum = table_checksum(target, by_name[expected.name])
        if rows != expected.rows or checksum != expected.checksum:
            raise CopyMismatchError(
                _(
                    "The copy in {location} does not read back as the source: table {table} "
                    "has {rows} rows (the source {expected}) and its checksum differs. "
                    "Nothing was kept."
                ).format(
                    location=shown_location(location),
                    table=expected.name,
                    rows=rows,
                    expected=expected.rows,
                )
            )


@contextmanager
def new_target(location: str) -> Iterator[Engine]:
    """The target's engine (migrated to this schema). A file's copy is written as
    ``<name>.partial`` and given its name once verified (when the caller's block ends
    without an error), the target name's lock held all the while."""
    if is_server_location(location):
        with open_database(location) as database:
            yield database.engine
        return
    path = sqlite_path(location)
    _refuse_existing(path)
    make_folder_of(path)
    guard = LockFile(path.with_name(path.name + ".lock"))
    try:
        guard.acquire(path)
    except DatabaseInUseError:
        raise DatabaseError(_another_copy(location)) from None
    try:
        _refuse_existing(path)  # made meanwhile, by a copy that has just finished
        partial = path.with_name(path.name + ".partial")
        _remove_file(partial)
        try:
            with open_database(str(partial)) as database:
                yield database.engine
        except BaseException:
            _remove_file(partial)
            raise
        os.replace(partial, path)  # verified and closed: now it has its name
        CheckRecord.forget(partial)
    finally:
        guard.release()


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise DatabaseError(
            _(
                "{path} exists already; Kohort copies only into a new file. Choose "
                "another name (or move that file away). Nothing was copied."
            ).format(path=path)
        )


def _another_copy(location: str) -> str:
    return _(
        "Another copy into {location} is running or has just finished; nothing was "
        "copied by this one."
    ).format(location=shown_location(location))


def _remove_file(path: Path) -> None:
    CheckRecord.forget(path)
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + ".lock"):
        with suppress(FileNotFoundError):
            (path.with_name(name)).unlink()


def copy_database(
    source_location: str, target_location: str, progress: Progress | None = None
) -> CopyResult:
    """Copy everything at ``source_location`` into the empty ``target_location``, verified;
    all or nothing (see the module's docstring)."""
    same = source_location.strip() == target_location.strip()
    if same:
        raise DatabaseError(_("The source and the target are the same database."))
    with _open_source(source_location) as source_db, new_target(target_location) as engine:
        try:
            with _snapshot(source_db.engine) as source, engine.begin() as target:
                if target.dialect.name == "sqlite":
                    target.execute(text("PRAGMA defer_foreign_keys = ON"))
                else:  # a checked-out cohort's rows are copied too (migration 0012)
                    target.execute(text("SELECT set_config('kohort.copy', 'on', true)"))
                _check_target_empty(target, target_location)
                if target.dialect.name == "postgresql":
                    _one_copy_at_a_time(target, target_location)
                copied = _copy_tables(source, target, progress)
                _verify(target, copied, target_location)
        except sa_exc.DBAPIError as exc:
            raise _translated(exc, target_location) from exc
    return CopyResult(_shown(source_location), _shown(target_location), SCHEMA_HEAD, copied)


def _shown(location: str) -> str:
    """A server's address without its password; a file's full path."""
    if is_server_location(location):
        return shown_location(location)
    return str(sqlite_path(location))


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """The source, read as of one moment: a file's read transaction (BEGIN, held to the end;
    the lock keeps other Kohorts out anyway), a server's REPEATABLE READ one, so a
    coordinator saving meanwhile changes neither the copy nor its checksums half-way."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        yield connection


def _translated(exc: sa_exc.DBAPIError, location: str) -> DatabaseError:
    if is_server_location(location):
        from app.db_postgres import translate_server_error

        return translate_server_error(exc, location)
    from app.db_errors import translate_error

    return translate_error(exc, sqlite_path(location))
