"""Every migration runs on both databases Kohort supports: SQLite (one laptop's file) and
PostgreSQL (a team's server) — up one step at a time to the head, where the schema equals the
models, and back down to nothing, and up again."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from app import db as db_module
from app.models import Base
from tests import pg_server


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'k.sqlite3'}")
        yield engine
        engine.dispose()
        return
    server: pg_server.Server = request.getfixturevalue("postgres_server")
    with server.fresh_database() as url:
        engine = create_engine(url)
        yield engine
        engine.dispose()


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(db_module.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _migrate(engine: Engine, direction: str, target: str) -> None:
    with engine.begin() as connection:
        getattr(command, direction)(db_module.alembic_config(connection), target)


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


# SQLite's batch rebuilds reflect the table and cannot reflect person's lower(email) index.
@pytest.mark.filterwarnings("ignore:.*expression-based index.*")
def test_every_migration_runs_up_and_down(engine: Engine) -> None:
    revisions = _revisions()
    assert revisions[0] == "0001" and revisions[-1] == db_module.SCHEMA_HEAD
    for revision in revisions:
        _migrate(engine, "upgrade", revision)
    assert _tables(engine) == set(Base.metadata.tables)
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            diff
            for diff in compare_metadata(context, Base.metadata)
            # SQLite cannot reflect person's expression index (lower(email)); PostgreSQL can.
            if not (engine.dialect.name == "sqlite" and "ix_person_email_lower" in repr(diff))
        ]
    assert differences == []
    for revision in reversed(["base", *revisions[:-1]]):
        _migrate(engine, "downgrade", revision)
    assert _tables(engine) == set()
    _migrate(engine, "upgrade", "head")
    assert _tables(engine) == set(Base.metadata.tables)


def test_the_programme_code_rule_holds_on_both(engine: Engine) -> None:
    """The one CHECK written in each dialect's own words (GLOB / a regular expression)."""
    _migrate(engine, "upgrade", "head")
    insert = text(
        "INSERT INTO program (name, code, created_at, min_attendance_percent, "
        "require_all_mandatory, count_late, count_left_early, count_excused, "
        "require_action_plan, diploma_template) "
        "VALUES (:name, :code, '2026-01-02', 80, true, true, true, false, false, 'classic')"
    )
    with engine.begin() as connection:
        connection.execute(insert, {"name": "Framtidens ledare", "code": "FL26"})
    for bad in ("fl", "-X", ""):
        with pytest.raises(IntegrityError, match="(?i)check"), engine.begin() as connection:
            connection.execute(insert, {"name": f"Program {bad}", "code": bad})
