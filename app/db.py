"""Open a Kohort database: the one place that creates the engine.

Opening a file database does, in order:
1. take the lock file next to it (a second Kohort is refused, not allowed to write), refuse
   an empty file and remove half-written copies a killed backup or upgrade left behind;
2. read its schema revision read-only; a revision newer than this Kohort is refused and the
   file is left byte-for-byte as it was; a file that is not a Kohort database, or fails the
   cheap check (SQLite header, size, tables and columns: app.db_check), is refused; with
   ``full_check`` (the command line), ``PRAGMA quick_check`` too when it is due, and a file
   that fails it is opened read-only (:attr:`Database.damaged`);
3. if it needs migrating, copy it with the sqlite3 backup API into ``backups/`` beside it
   and run ``PRAGMA integrity_check`` on the copy before touching the original;
4. run the Alembic migrations (batch mode, foreign keys off while tables are rebuilt and
   ``foreign_key_check`` before commit);
5. hand out connections on which ``foreign_keys``, ``journal_mode=WAL``, ``synchronous=FULL``
   and ``busy_timeout`` are set outside any transaction and verified. Write sessions begin
   ``IMMEDIATE`` so two writers queue on the busy timeout instead of failing half-way.

A ``postgresql://`` address opens a team database on a server instead (app.db_postgres):
the same :class:`Database`, without what only a file has (lock file, checks, backups).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from app import db_functions  # noqa: F401 - casefold() and search_key() in SQL, both dialects
from app.backup import backup_database
from app.db_check import (
    CheckRecord,
    quick_check_problems,
    remove_orphaned_partials,
    wal_in_use,
)
from app.db_errors import (
    damaged_error,
    empty_file_error,
    reason_text,
    translate_error,
)
from app.db_location import (
    database_path,
    is_server_location,
    not_on_server_error,
    resolve_location,
    shown_location,
)
from app.db_revision import SCHEMA_HEAD as SCHEMA_HEAD
from app.db_revision import alembic_config as alembic_config
from app.db_revision import existing_database as existing_database
from app.db_revision import head_revision as head_revision
from app.db_revision import known_revisions as known_revisions
from app.db_revision import read_revision as read_revision
from app.db_sqlite import _BEGIN_OPTION, _engine, _read_only_engine
from app.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from app.i18n import _
from app.lockfile import LockFile
from app.privacy import tighten_database


class Database:
    """An open, migrated, locked database. Use :meth:`read` and :meth:`write` for sessions.

    Once the file is found damaged (the full check, or any statement meeting corruption),
    :attr:`damaged` holds the message and every later :meth:`write` raises it before
    touching the file; :meth:`read` goes on where SQLite can still read.
    """

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        lock: LockFile | None,
        backup: Path | None,
        *,
        full_check_due: bool = False,
        damaged: DatabaseDamagedError | None = None,
        location: str | None = None,
    ) -> None:
        self.file = path  # None: a team database on a server (``location``)
        self._location = location if path is None else str(path)
        self.engine = engine
        self.backup_path = backup  # the backup taken before migrating at this open, if any
        self.full_check_due = full_check_due  # run_full_check() soon: see open_database
        self.damaged = damaged.message if damaged is not None else None
        self._damage = damaged
        self._lock = lock
        self.change_source = uuid.uuid4().hex  # names this one's writes in notes to others
        writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=writer, expire_on_commit=False)

    @property
    def path(self) -> Path:
        """The database file; for a database on a server, what needs a file is refused."""
        if self.file is None:
            raise not_on_server_error(_("this works with a Kohort database file only"))
        return self.file

    @property
    def on_server(self) -> bool:
        return self.file is None

    @property
    def location(self) -> str:
        """The file's path, or the server's address without its password: for showing."""
        return shown_location(self._location or "")

    @property
    def title(self) -> str:
        """What the window's title names: the file's name, or database @ host."""
        if self.file is not None:
            return self.file.name
        from sqlalchemy import make_url

        url = make_url(self._location or "")
        host = url.host or url.query.get("host") or "localhost"
        return f"{url.database} @ {host}"

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        try:
            with self._reader() as session:
                yield session
        except sa_exc.IntegrityError:
            raise  # a broken rule is a bug in Kohort, not the environment
        except sa_exc.DBAPIError as exc:
            raise self._translated(exc, reading=True) from exc

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        """A session whose transaction begins IMMEDIATE and commits on success."""
        if self._damage is not None:  # before a byte of the file is touched
            raise DatabaseDamagedError(self._damage.message, statement=self._damage.statement)
        try:
            with self._writer.begin() as session:
                if self.file is None:  # a team database: the others hear of it (NOTIFY)
                    from app.db_notify import notify, track_writes

                    track_writes(session)
                    yield session
                    notify(session, self.change_source)
                else:
                    yield session
        except sa_exc.IntegrityError:
            raise  # a broken rule is a bug in Kohort, not the environment
        except sa_exc.DBAPIError as exc:
            raise self._translated(exc) from exc

    def run_full_check(self, today: dt.date | None = None) -> None:
        """``PRAGMA quick_check`` of the whole file; raises DatabaseDamagedError if it fails.

        Takes a second or two per 100 MB: the window runs it on the worker, the command line
        inline (``open_database(full_check=True)``), when :attr:`full_check_due`.
        """
        if self.file is None:
            return  # the server checks its own storage
        problems = checked_in_full(self.path)
        self.full_check_due = False
        if problems:
            raise self._mark_damaged(damaged_error(self.path))
        CheckRecord.read(self.path).write(self.path, checked=today or dt.date.today())

    def full_check_due_now(self, today: dt.date | None = None) -> bool:
        """Due as found at open, or because the last good check was before today (a window
        kept open for days checks again once a day)."""
        if self.file is None:
            return False
        if self.damaged is None and not self.full_check_due:
            checked = CheckRecord.read(self.path).checked
            self.full_check_due = checked is None or checked < (today or dt.date.today())
        return self.damaged is None and self.full_check_due

    def _translated(self, exc: sa_exc.DBAPIError, *, reading: bool = False) -> DatabaseError:
        if self.file is None:
            from app.db_postgres import translate_server_error

            return translate_server_error(exc, self._location or "", reading=reading)
        error = translate_error(exc, self.path, reading=reading)
        return self._mark_damaged(error) if isinstance(error, DatabaseDamagedError) else error

    def mark_damaged(self, error: DatabaseDamagedError) -> None:
        """Damage found outside a session (reading the file for a backup): read only now."""
        self._mark_damaged(error)

    def _mark_damaged(self, error: DatabaseDamagedError) -> DatabaseDamagedError:
        if self._damage is None:
            self._damage = error
            self.damaged = error.message
            if self.file is not None:
                CheckRecord.forget(self.file)  # the next open checks it in full again
        return error

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is None:
            return  # a server's database: no lock file, no check record
        try:
            if self.damaged is None and self._lock.held:
                # The file as this clean close leaves it: changed when next opened means
                # changed outside Kohort (or Kohort did not close), and it is checked again.
                # A full check that was due and never ran (the window closed while opening)
                # stays due: the stamp is dropped, never renewed for an unchecked file.
                record = CheckRecord.read(self.path)
                if self.full_check_due:
                    CheckRecord(record.checked, None).write(self.path)
                else:
                    record.write(self.path, stamp=True)
        finally:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def make_folder_of(path: Path) -> None:
    """The folder a database file goes in, made if it is not there yet."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            _("Cannot create the folder {parent} ({reason}).").format(
                parent=path.parent, reason=reason_text(exc)
            )
        ) from exc


def open_database(
    location: str | None = None,
    *,
    now: dt.datetime | None = None,
    create: bool = True,
    full_check: bool = False,
) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL.

    With ``create=False`` only an existing Kohort database is opened. With ``full_check``,
    the full check runs here when it is due (the command line); otherwise the caller runs
    :meth:`Database.run_full_check` when :attr:`Database.full_check_due` (the window, on
    its worker).

    A ``postgresql://`` address (here, in ``KOHORT_DB`` or from the window) opens a team
    database on a server: :func:`_open_server`.
    """
    if is_server_location(resolve_location(location)):
        return _open_server(resolve_location(location))
    path = database_path(location) if create else existing_database(location)
    make_folder_of(path)
    now = now or dt.datetime.now()
    lock = LockFile(path.with_name(path.name + ".lock"))
    unclean = lock.acquire(path)  # a lock file left behind: the last session did not close
    try:
        existing = path.exists()
        if existing and path.stat().st_size == 0 and not wal_in_use(path):
            raise empty_file_error(path)
        remove_orphaned_partials(path)
        revision = read_revision(path) if existing else None  # and the cheap check
        due = existing and (
            unclean
            or wal_in_use(path)  # a log nobody merged: the last session did not close
            or CheckRecord.read(path).full_check_due(path, now.date())
        )
        if due and full_check:
            problems = checked_in_full(path)  # before anything is written
            if problems:
                return _open_damaged(path, lock, revision, damaged_error(path))
            CheckRecord.read(path).write(path, checked=now.date())
            due = False
        backup = _prepare_and_migrate(path, now, revision)
        engine = _engine(path)
        try:
            with engine.connect():  # verifies the pragmas now, with a clear message
                pass
        except sa_exc.DBAPIError as exc:
            engine.dispose()
            raise translate_error(exc, path) from exc
        tighten_database(path)  # files an older Kohort made readable by others: 0600 now
        if not existing:
            CheckRecord(None, None).write(path, checked=now.date())  # new: nothing to check
        return Database(path, engine, lock, backup, full_check_due=due)
    except BaseException:
        lock.release()
        raise


def _open_server(location: str) -> Database:
    """A team database on a PostgreSQL server, connected and migrated (app.db_postgres)."""
    from app.db_postgres import (
        check_server,
        migrate_server,
        server_engine,
        server_url,
        translate_server_error,
    )

    engine = server_engine(server_url(location))
    try:
        check_server(engine, location)
        migrate_server(engine, location, SCHEMA_HEAD, _upgrade, known_revisions)
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        raise translate_server_error(exc, location) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(None, engine, None, None, location=location)


def _upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def _open_damaged(
    path: Path, lock: LockFile, revision: str | None, error: DatabaseDamagedError
) -> Database:
    """A file that failed the full check: read-only, if its schema is this Kohort's."""
    CheckRecord.forget(path)
    if revision != SCHEMA_HEAD:
        raise error  # reading it would need an upgrade, which would write to it
    return Database(path, _read_only_engine(path), lock, None, damaged=error)


def checked_in_full(path: Path) -> list[str]:
    """``PRAGMA quick_check``; an error that is not damage (a full disk, a disk error, a
    file that cannot be opened) is said as such (app.db_errors), never raised raw."""
    try:
        return quick_check_problems(path)
    except sqlite3.Error as exc:
        raise translate_error(exc, path, reading=True) from exc


def _prepare_and_migrate(path: Path, now: dt.datetime, revision: str | None) -> Path | None:
    existing = path.exists() and path.stat().st_size > 0
    if revision == SCHEMA_HEAD:
        return None  # the everyday case: no Alembic needed
    from alembic import command

    head = head_revision()
    if revision == head:
        return None
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(
            _(
                "The database {path} was written by a newer version of Kohort (schema "
                "{revision}); update Kohort to open it. The file was not changed."
            ).format(path=path, revision=revision)
        )
    backup = None
    if existing:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        folder = path.parent / "backups"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)  # Kohort's own folder, beside the file
        except OSError as exc:
            raise DatabaseError(
                _(
                    "Cannot create the folder {folder} for the backup before upgrading "
                    "({reason}); the database was not changed."
                ).format(folder=folder, reason=reason_text(exc))
            ) from exc
        # A second attempt within the same second gets its own name: no backup is replaced.
        target = folder / f"{path.stem}-before-upgrade-{stamp}{path.suffix}"
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{path.stem}-before-upgrade-{stamp}-{number}{path.suffix}"
        backup = backup_database(path, target)
    engine = _engine(path, foreign_keys=False)
    try:
        with engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}).begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    except sa_exc.DBAPIError as exc:
        raise translate_error(exc, path) from exc
    finally:
        engine.dispose()
    return backup
