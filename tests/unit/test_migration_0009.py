"""Migration 0009: evaluation_response.source_ref (the Forms export row an answer came
from), empty on the responses already there, unique per evaluation; its downgrade removes
the column and its index and nothing else."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from app import db as db_module


def _columns(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[1] for row in con.execute("PRAGMA table_info(evaluation_response)")]
    finally:
        con.close()


def _migrate(path: Path, direction: str, target: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        getattr(command, direction)(db_module.alembic_config(connection), target)
    engine.dispose()


def test_the_demo_downgraded_to_0008_and_up_again(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "k.sqlite3"
    shutil.copyfile(demo_template, path)
    _migrate(path, "downgrade", "0008")
    before = _columns(path)
    assert "source_ref" not in before
    con = sqlite3.connect(path)
    try:
        responses = con.execute("SELECT id, evaluation_id FROM evaluation_response").fetchall()
    finally:
        con.close()
    assert len(responses) >= 2 and len({e for _, e in responses}) < len(responses)
    _migrate(path, "upgrade", "0009")
    assert _columns(path) == [*before, "source_ref"]
    first, second = [r for r in responses if r[1] == responses[0][1]][:2]
    con = sqlite3.connect(path)
    try:
        assert con.execute(
            "SELECT count(*) FROM evaluation_response WHERE source_ref IS NOT NULL"
        ).fetchone() == (0,)
        with con:  # many responses without a reference; one reference once per evaluation
            con.execute(
                "UPDATE evaluation_response SET source_ref = 'gf:a' WHERE id = ?", first[:1]
            )
        with pytest.raises(sqlite3.IntegrityError), con:
            con.execute(
                "UPDATE evaluation_response SET source_ref = 'gf:a' WHERE id = ?", second[:1]
            )
    finally:
        con.close()
    _migrate(path, "downgrade", "0008")
    assert _columns(path) == before
    con = sqlite3.connect(path)
    try:
        indexes = {row[1] for row in con.execute("PRAGMA index_list(evaluation_response)")}
        assert "uq_evaluation_response_source" not in indexes
        assert con.execute("SELECT id, evaluation_id FROM evaluation_response").fetchall() == (
            responses
        )
    finally:
        con.close()
