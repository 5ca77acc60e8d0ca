"""A team database on a PostgreSQL server: opening it, migrating it, and what its errors mean.

``open_database("postgresql://anna@db.example.org/kohort")`` lands here (app.db). Opening:
1. create the engine (psycopg 3); the password comes from libpq's own places (``~/.pgpass``
   or ``PGPASSFILE``, ``PGPASSWORD``) — one written in the address works too, but is never
   shown, logged or saved (:func:`app.db_location.shown_location`);
2. connect once, so an unreachable server, a refused password, a missing database or a
   missing privilege is said at once, in words (:func:`translate_server_error`);
3. read the schema revision; a newer one is refused, an older one (or an empty database) is
   migrated by the same Alembic scripts as a file, in one transaction (PostgreSQL's DDL is
   transactional: a failed upgrade leaves the database as it was). Two Kohorts opening the
   same new database at once migrate it one after the other (an advisory lock). No backup
   is made first: a server's backups (pg_dump) are kept by whoever runs the server.

What only a file has — the lock file, the damage checks, automatic backups, the lean read
path of the command line — is not used: the server does those jobs its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from app.checkout_words import CHECKED_OUT_STATE, checked_out_error
from app.db_functions import NO_ICU
from app.db_location import shown_location
from app.errors import DatabaseError, DatabaseTooNewError
from app.i18n import _

# Any number: the key of the advisory lock held while a Kohort migrates the database.
_MIGRATION_LOCK = 0x6B6F686F7274
_CONNECT_TIMEOUT_S = 10


def server_url(location: str) -> URL:
    """The SQLAlchemy URL of a ``postgresql://`` address, always with the psycopg 3 driver."""
    try:
        url = make_url(location.strip())
    except (sa_exc.ArgumentError, ValueError):
        raise DatabaseError(
            _(
                "“{location}” is not a database address Kohort can read; write it as "
                "postgresql://user@host/database."
            ).format(location=shown_location(location))
        ) from None
    if not url.database:
        raise DatabaseError(
            _(
                "The address {location} names no database; add it at the end, as in "
                "postgresql://user@host/kohort."
            ).format(location=shown_location(location))
        )
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername != "postgresql+psycopg":
        raise DatabaseError(
            _("Kohort talks to PostgreSQL through psycopg; write the address as postgresql://…")
        )
    return url


def server_engine(url: URL) -> Engine:
    query = dict(url.query)
    query.setdefault("connect_timeout", str(_CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "Kohort")
    return create_engine(
        url.set(query=query),
        hide_parameters=True,  # an error's text never carries names, e-mails or phones
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
    )


def migrate_server(
    engine: Engine,
    location: str,
    head: str,
    upgrade: Callable[[Connection], None],
    known: Callable[[], set[str]],
) -> None:
    """Bring the database to ``head`` in one transaction (or refuse a newer one):
    ``upgrade`` runs the migrations on a connection, ``known`` lists the revisions."""
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        revision = _revision(connection, location)
        if revision == head:
            return
        if revision is not None and revision not in known():
            raise DatabaseTooNewError(
                _(
                    "The database {location} was written by a newer version of Kohort (schema "
                    "{revision}); update Kohort to open it. The database was not changed."
                ).format(location=shown_location(location), revision=revision)
            )
        # A migration rewrites every cohort's rows, a checked-out one's too (its laptop's
        # file gets the same migration): migration 0012's guard lets it through, as it lets
        # kohort copy.
        connection.execute(text("SELECT set_config('kohort.copy', 'on', true)"))
        upgrade(connection)


def _revision(connection: Any, location: str) -> str | None:
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseError(
                _(
                    "The database {location} holds other tables but no Kohort data; give "
                    "Kohort a database of its own (CREATE DATABASE kohort)."
                ).format(location=shown_location(location))
            )
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def check_server(engine: Engine, location: str) -> None:
    """Connect once: a clear message now rather than at the first list. Also notes whether
    the server has ICU, which :mod:`app.db_functions` uses for case folding."""
    with engine.connect() as connection:
        encoding = connection.execute(text("SHOW server_encoding")).scalar()
        if str(encoding).upper() not in ("UTF8", "UTF-8"):
            raise DatabaseError(
                _(
                    "The database {location} is in the {encoding} encoding; Kohort needs "
                    "UTF8 (CREATE DATABASE kohort ENCODING 'UTF8' TEMPLATE template0)."
                ).format(location=shown_location(location), encoding=encoding)
            )
        icu = connection.execute(
            text("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'")
        ).scalar()
        setattr(engine.dialect, NO_ICU, not icu)


# SQLSTATE classes and codes (PostgreSQL's appendix A), by what they mean for the user.
_AUTHENTICATION = {"28P01", "28000"}
_NO_DATABASE = {"3D000"}
_PRIVILEGE = {"42501"}
_LOST = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_CONFLICT = {"40001", "40P01", "55P03"}
_FULL = {"53100", "53200"}
_READ_ONLY = {"25006"}
_SCHEMA = {"42P01", "42703"}  # undefined table, undefined column


def _sqlstate(orig: BaseException | None) -> str | None:
    return getattr(orig, "sqlstate", None)


def translate_server_error(
    exc: sa_exc.DBAPIError, location: str, *, reading: bool = False
) -> DatabaseError:
    """What a PostgreSQL error means for the user, from its SQLSTATE (or, for the errors
    libpq raises before there is a session, from what kind of failure it was). The server's
    own text is never put into the message: it may quote the address, and so a password."""
    shown = shown_location(location)
    orig = exc.orig
    state = _sqlstate(orig)
    raw = str(orig or "").lower()
    nothing = _("nothing was changed.") if reading else _("nothing was saved.")
    if state == CHECKED_OUT_STATE:  # the guard of a checked-out cohort (migration 0012)
        return checked_out_error(getattr(getattr(orig, "diag", None), "message_detail", None))
    if (
        state in _AUTHENTICATION
        or "password authentication failed" in raw
        or ("no password supplied" in raw)
    ):
        return DatabaseError(
            _(
                "The server of {location} refused the user name or password. Check the user "
                "name in the address and the password in ~/.pgpass (or PGPASSWORD)."
            ).format(location=shown)
        )
    if state in _NO_DATABASE or ("database" in raw and "does not exist" in raw):
        return DatabaseError(
            _(
                "There is no database {name} on the server of {location}; check its name, or "
                "ask whoever runs the server to create it (CREATE DATABASE)."
            ).format(name=exc_database(location), location=shown)
        )
    if state in _PRIVILEGE or "permission denied" in raw:
        return DatabaseError(
            _(
                "The server of {location} does not allow this user to do that (permission "
                "denied); {nothing} Ask whoever runs the server to grant the role Kohort's "
                "tables."
            ).format(location=shown, nothing=nothing)
        )
    if state in _CONFLICT:
        return DatabaseError(
            _(
                "Another user of {location} was changing the same data at the same moment; "
                "{nothing} Try again."
            ).format(location=shown, nothing=nothing)
        )
    if state in _FULL:
        return DatabaseError(
            _(
                "The server of {location} is out of disk space or memory; {nothing} Tell "
                "whoever runs the server."
            ).format(location=shown, nothing=nothing)
        )
    if state in _READ_ONLY:
        return DatabaseError(
            _("The database {location} is read-only just now; {nothing}").format(
                location=shown, nothing=nothing
            )
        )
    if state in _SCHEMA:
        return DatabaseError(
            _(
                "In the database {location}, a table or column Kohort needs is missing or "
                "different; {nothing} Ask whoever runs the server whether it was changed by "
                "hand."
            ).format(location=shown, nothing=nothing)
        )
    connected = exc.connection_invalidated or state in _LOST
    if connected or "server closed the connection" in raw or "terminat" in raw:
        if reading:
            return DatabaseError(
                _(
                    "The connection to the server of {location} was lost while reading; "
                    "nothing was changed. Kohort connects again at the next step."
                ).format(location=shown)
            )
        return DatabaseError(
            _(
                "The connection to the server of {location} was lost before the change was "
                "saved; the change was rolled back and nothing was saved. Try again when the "
                "network is back."
            ).format(location=shown)
        )
    if isinstance(exc, sa_exc.OperationalError) and state is None:
        return DatabaseError(
            _(
                "Kohort cannot reach the database server of {location}; check the address, "
                "that the server is running and that this computer is on its network."
            ).format(location=shown)
        )
    return DatabaseError(
        _("The database {location} reported an error (SQLSTATE {state}); {nothing}").format(
            location=shown, state=state or "?", nothing=nothing
        )
    )


def exc_database(location: str) -> str:
    """The database name in an address (for a message), or the address without password."""
    try:
        return make_url(location.strip()).database or shown_location(location)
    except (sa_exc.ArgumentError, ValueError):
        return shown_location(location)
