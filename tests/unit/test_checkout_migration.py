"""A team database migrated by a newer Kohort while a cohort is checked out (a real
PostgreSQL server): the migration rewrites the checked-out cohort's rows like every other
cohort's (the guard stops people, not the schema), and the laptop checks in afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import db as db_module
from app.checkin import check_in
from app.checkout import check_out, checkout_status
from app.db import SCHEMA_HEAD, open_database
from app.models import Cohort
from tests.conftest import server_copy
from tests.unit.test_checkout import fl_cohorts

NEXT = f"{int(SCHEMA_HEAD) + 1:04d}"


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


@pytest.fixture
def a_data_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped migrations and a next one that rewrites every cohort's name."""
    source = Path(db_module.__file__).parent / "migrations"
    target = tmp_path / "migrations"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / f"{NEXT}_test.py").write_text(
        f"""
from alembic import op

revision = "{NEXT}"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE cohort SET name = trim(name)")


def downgrade():
    pass
""",
        encoding="utf-8",
    )
    original = db_module.alembic_config

    def patched(connection=None):  # type: ignore[no-untyped-def]
        cfg = original(connection)
        cfg.set_main_option("script_location", str(target))
        return cfg

    monkeypatch.setattr(db_module, "alembic_config", patched)
    monkeypatch.setattr(db_module, "SCHEMA_HEAD", NEXT)


def test_a_migration_is_not_stopped_by_a_checked_out_cohort(
    location: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    with open_database(location) as server, server.write() as session:
        cohort_id = fl_cohorts(server)[0]
        session.execute(
            text("UPDATE cohort SET name = name || '  ' WHERE id = :id"), {"id": cohort_id}
        )
    check_out(location, cohort_id, str(tmp_path / "hotell.kohort"))
    request.getfixturevalue("a_data_migration")
    with open_database(location) as server, server.read() as session:
        assert session.scalar(text("SELECT version_num FROM alembic_version")) == NEXT
        name = session.scalar(select(Cohort.name).where(Cohort.id == cohort_id))
        assert name is not None and name == name.strip()
        assert checkout_status(session, cohort_id) is not None  # still checked out
    result = check_in(str(tmp_path / "hotell.kohort"))
    assert result.applied, [c.text() for c in result.conflicts]
