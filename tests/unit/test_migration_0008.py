"""Migration 0008: the evaluation, returnable-form and reunion tables, empty on an old file;
its downgrade removes them and nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app import db as db_module
from app.db import open_database

NEW_TABLES = {
    "evaluation",
    "evaluation_question",
    "evaluation_response",
    "evaluation_answer",
    "returnable_form",
    "gathering",
    "gathering_invitee",
}


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_a_0007_file_gets_the_new_tables_empty_and_downgrades_back(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0007")
    engine.dispose()
    before = _tables(path)
    assert not NEW_TABLES & before
    with open_database(str(path)):
        pass
    assert _tables(path) >= NEW_TABLES
    con = sqlite3.connect(path)
    try:
        for table in NEW_TABLES:
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    finally:
        con.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(db_module.alembic_config(connection), "0007")
    engine.dispose()
    assert _tables(path) == before
