"""The test databases: each test works on its own copy of a template built once per run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from app.db import SCHEMA_HEAD, Database, read_revision
from app.services import cohorts


def _cohort_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(str(r[0]) for r in con.execute("SELECT name FROM cohort"))
    finally:
        con.close()


def test_a_demo_database_is_this_tests_own_copy(
    demo_db: Database, db_path: Path, demo_template: Path
) -> None:
    assert demo_db.path == db_path.resolve() != demo_template.resolve()
    with demo_db.read() as s:
        assert {c.program_code for c in cohorts.list_cohorts(s)} == {"FL", "LEC"}
    before = _cohort_names(demo_template)
    with demo_db.write() as s:
        s.execute(text("UPDATE cohort SET name = 'Changed by this test ' || id"))
    assert all(name.startswith("Changed by this test") for name in _cohort_names(db_path))
    assert _cohort_names(demo_template) == before  # the next test's copy is untouched


def test_a_database_is_new_empty_and_up_to_date(db: Database, db_path: Path) -> None:
    assert db.path == db_path.resolve() and db.backup_path is None
    assert read_revision(db_path) == SCHEMA_HEAD
    with db.read() as s:
        assert cohorts.list_cohorts(s) == []
    assert not (db_path.parent / "backups").exists()  # nothing to migrate, no backup taken
