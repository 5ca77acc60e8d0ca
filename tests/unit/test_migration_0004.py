"""Migration 0004: retention periods per organization, person.updated_at; data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app import db as db_module
from app.db import SCHEMA_HEAD, open_database


def test_a_0003_file_is_upgraded_keeping_its_people(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO organization (name, created_at) VALUES ('Alingsås kommun', '2020-01-01')"
    )
    con.execute(
        "INSERT INTO person (first_name, last_name, organization_id, created_at) "
        "VALUES ('Åsa', 'Öberg', 1, '2020-01-02')"
    )
    con.commit()
    con.close()

    with open_database(str(path)) as opened:
        assert opened.backup_path is not None  # a file with data is backed up first
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert con.execute(
            "SELECT name, retention_years, applicant_retention_months FROM organization"
        ).fetchall() == [("Alingsås kommun", None, None)]
        assert con.execute("SELECT first_name, updated_at FROM person").fetchall() == [
            ("Åsa", None)
        ]
        try:
            con.execute("UPDATE organization SET retention_years = 0")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("a retention period of 0 years was accepted")
    finally:
        con.close()
