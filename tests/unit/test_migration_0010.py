"""Migration 0010: person and cohort_session get a version (1 for every row already there),
who changed them last and, for sessions, when; its downgrade removes those and nothing else."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app import db as db_module


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def _migrate(path: Path, direction: str, target: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        getattr(command, direction)(db_module.alembic_config(connection), target)
    engine.dispose()


def test_the_demo_downgraded_to_0009_and_up_again(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "k.sqlite3"
    shutil.copyfile(demo_template, path)
    _migrate(path, "downgrade", "0009")
    people, meetings = _columns(path, "person"), _columns(path, "cohort_session")
    assert "version" not in people and "version" not in meetings
    _migrate(path, "upgrade", "0010")
    assert _columns(path, "person") == [*people, "version", "updated_by"]
    assert _columns(path, "cohort_session") == [*meetings, "version", "updated_by", "updated_at"]
    con = sqlite3.connect(path)
    try:
        for table in ("person", "cohort_session"):
            versions = con.execute(f"SELECT DISTINCT version, updated_by FROM {table}").fetchall()
            assert versions == [(1, None)]
    finally:
        con.close()
    _migrate(path, "downgrade", "0009")
    assert (_columns(path, "person"), _columns(path, "cohort_session")) == (people, meetings)
