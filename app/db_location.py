"""Which database file Kohort opens: ``--db``, then ``KOHORT_DB``, then the user's data folder.

Kept apart from :mod:`app.db` (which opens, checks and migrates that file): the command line
and the window ask "which file?" before anything is opened, for backups and restores too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.errors import DatabaseError
from app.i18n import _


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "kohort.sqlite3"


def resolve_location(db: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--db`` wins, then ``KOHORT_DB``, then the platform's user-data directory."""
    env = os.environ if environ is None else environ
    if db is not None:
        return db  # an empty --db is an error later, never silently the default file
    return env.get("KOHORT_DB") or str(default_db_path())


# The addresses of a team database on a PostgreSQL server (app.db_postgres).
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_location(location: str | None) -> bool:
    """Whether ``location`` (``--db``, ``KOHORT_DB``, a recent entry) names a database on a
    PostgreSQL server rather than a file. Read without SQLAlchemy."""
    return location is not None and location.strip().lower().startswith(SERVER_SCHEMES)


def shown_location(location: str) -> str:
    """A location as it may be shown, logged or saved: a server address without its password
    (``postgresql://anna:***@host/kohort``), a file path as it is."""
    if not is_server_location(location):
        return location
    from sqlalchemy import exc as sa_exc
    from sqlalchemy import make_url

    try:
        url = make_url(location.strip())
        if "password" in url.query:  # libpq's ?password=…, as secret as the one before the @
            url = url.update_query_dict({"password": "***"})
        return url.render_as_string(hide_password=True).replace("%2A%2A%2A", "***")
    except (sa_exc.ArgumentError, ValueError):
        scheme = location.strip().split("://", 1)[0]
        return f"{scheme}://***"  # unreadable: nothing of it is shown, a password may be in it


def server_address_problem(location: str) -> str | None:
    """Why an address typed for a team database cannot be used or kept (None: it can).

    A password is refused: the address is kept in the settings, and a password belongs
    where PostgreSQL's own tools read it, ~/.pgpass or PGPASSWORD."""
    if not is_server_location(location):
        return _(
            "A team database's address begins with postgresql://, as in "
            "postgresql://anna@db.example.org/kohort."
        )
    from sqlalchemy import exc as sa_exc
    from sqlalchemy import make_url

    try:
        url = make_url(location.strip())
    except (sa_exc.ArgumentError, ValueError):
        return _("This is not an address Kohort can read; write it as postgresql://user@host/db.")
    if url.password or "password" in url.query:
        return _(
            "Leave the password out of the address: Kohort keeps the address in its settings "
            "and never keeps a password. Put it in ~/.pgpass (or the PGPASSWORD variable), "
            "where PostgreSQL's own tools read it too."
        )
    if not url.database:
        return _("The address names no database; add it at the end, as in …/kohort.")
    return None


def not_on_server_error(what: str) -> DatabaseError:
    """What a team database on a server cannot do yet (``what``: a translated phrase)."""
    return DatabaseError(
        _(
            "Not available on a team database yet: {what}. (A team database's backups are "
            "the server's own, such as pg_dump, kept by whoever runs the server.)"
        ).format(what=what)
    )


def sqlite_path(location: str) -> Path:
    """The file behind a path or ``sqlite:///`` URL. A server's address is refused here:
    the file-only features (backups, restore, the file check) say they are not there."""
    if is_server_location(location):
        raise not_on_server_error(_("this works with a Kohort database file only"))
    if not location.strip():
        raise DatabaseError(_("The database path is empty; give a file name."))
    if "://" not in location:
        return _checked_file(Path(location).expanduser().resolve())
    from sqlalchemy import exc as sa_exc  # only for a URL: a path needs no SQLAlchemy
    from sqlalchemy import make_url

    try:
        url = make_url(location)
    except sa_exc.ArgumentError:
        raise DatabaseError(
            _(
                "“{location}” is neither a file path nor a database URL such as "
                "sqlite:///path/to/kohort.sqlite3."
            ).format(location=location)
        ) from None
    if url.get_backend_name() != "sqlite":
        raise DatabaseError(
            _("Kohort opens SQLite files and PostgreSQL databases, not {backend} ones.").format(
                backend=url.get_backend_name()
            )
        )
    if not url.database or url.database == ":memory:":
        raise DatabaseError(_("Kohort needs a database file, not an in-memory database."))
    if url.query:
        raise DatabaseError(
            _("Kohort sets the database options itself; remove the part after “?” from the URL.")
        )
    return _checked_file(Path(url.database).expanduser().resolve())


def _checked_file(path: Path) -> Path:
    if path.is_dir():
        raise DatabaseError(
            _("{path} is a folder, not a database file; add a file name.").format(path=path)
        )
    return path


def database_path(location: str | None) -> Path:
    """The file a ``--db`` value (or ``None``: ``KOHORT_DB`` or the default) names."""
    return sqlite_path(resolve_location(location))
