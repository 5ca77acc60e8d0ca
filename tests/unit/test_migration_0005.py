"""Migration 0005: person.erased_at (a person erased, their diplomas kept); data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app import db as db_module
from app.db import SCHEMA_HEAD, open_database


def test_a_0004_file_is_upgraded_keeping_its_people(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO person (first_name, last_name, email, created_at) "
        "VALUES ('Åsa', 'Öberg', 'asa@example.org', '2020-01-02')"
    )
    con.commit()
    con.close()

    with open_database(str(path)) as opened:
        assert opened.backup_path is not None  # a file with data is backed up first
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert SCHEMA_HEAD >= "0005"
        assert con.execute("SELECT first_name, email, erased_at FROM person").fetchall() == [
            ("Åsa", "asa@example.org", None)
        ]
    finally:
        con.close()
