"""Migration 0007: program/cohort.diploma_edge (a print shop's version with bleed); a
cohort's design is kept and prints as before (an office print)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app import db as db_module
from app.db import open_database


def test_a_0005_file_gets_the_print_edge_empty_and_keeps_its_designs(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO program (name, code, created_at, min_attendance_percent, "
        "require_all_mandatory, count_late, count_left_early, count_excused, "
        "require_action_plan, diploma_template) "
        "VALUES ('Framtidens ledare', 'FL', '2020-01-02', 80, 1, 1, 1, 0, 0, 'minimal')"
    )
    con.commit()
    con.close()
    with open_database(str(path)):
        pass
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT diploma_template, diploma_edge FROM program").fetchall() == [
            ("minimal", None)
        ]
        assert "diploma_edge" in {row[1] for row in con.execute("PRAGMA table_info(cohort)")}
    finally:
        con.close()
