"""A database's schema revision (used by :mod:`app.db`, :mod:`app.restore`, ``kohort
copy``): the newest migration this Kohort has, the Alembic configuration, and a file's
revision read without changing a byte of it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

from app.db_check import BUSY_CODES, CORRUPT_CODES, header_problem, missing_schema, sqlite_code
from app.db_errors import (
    damaged_error,
    empty_file_error,
    not_kohort_error,
    reason_text,
    translate_error,
)
from app.db_location import database_path
from app.errors import DatabaseDamagedError, DatabaseError
from app.i18n import _

# The newest migration, kept here so that opening an up-to-date database does not import
# Alembic at all (a third of a command's start-up). A test checks it matches the scripts.
SCHEMA_HEAD = "0012"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "app:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    ``None`` means an empty SQLite file (or one with an empty version table): migrate it.
    """
    # Without a -wal file, "immutable" reads the file as it is and creates no -wal/-shm
    # beside it, so a refused file is left exactly as it was found.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        problem = header_problem(path)  # the cheap check, part 1: 100 bytes and the size
    except OSError as exc:
        raise DatabaseError(
            _("Cannot read {path} ({reason}); check that you may read it.").format(
                path=path, reason=reason_text(exc)
            )
        ) from exc
    if problem is not None:
        raise not_kohort_error(path, problem)
    try:
        con = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise translate_error(exc, path, reading=True) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseDamagedError(
                    _(
                        "{path} is a SQLite database but not a Kohort database; choose another "
                        "file."
                    ).format(path=path)
                )
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
        if revision == SCHEMA_HEAD:  # the cheap check, part 2: the tables Kohort needs
            missing = missing_schema(con)
            if missing:
                raise damaged_error(
                    path, _("missing: {names}").format(names=", ".join(missing[:5]))
                )
        return revision
    except sqlite3.Error as exc:
        code = sqlite_code(exc)
        if code in BUSY_CODES:
            raise DatabaseError(
                _(
                    "The database {path} is locked by another program; close it and try again."
                ).format(path=path)
            ) from exc
        if code in CORRUPT_CODES:
            raise not_kohort_error(path, reason_text(exc)) from exc
        raise translate_error(exc, path, reading=True) from exc
    finally:
        con.close()


def existing_database(location: str | None) -> Path:
    """The file behind a path or URL, which must already be a Kohort database.

    Nothing is created, locked, migrated or written: for reading a file another Kohort may
    have open (a backup), or for opening only a file that is there (a recent file).
    """
    path = database_path(location)
    if not path.is_file():
        raise DatabaseError(
            _("There is no database file {path}; check the name and folder.").format(path=path)
        )
    if path.stat().st_size == 0:
        raise empty_file_error(path)
    read_revision(path)  # refuses a file that is not a Kohort database
    return path
