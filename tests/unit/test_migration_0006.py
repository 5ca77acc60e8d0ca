"""Migration 0006: diplomas as recipes; the PDFs issued before are moved, not lost, and
still print, export and verify exactly as before."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import create_engine

from app import db as db_module
from app.db import SCHEMA_HEAD, open_database
from app.domain import Role
from app.errors import DatabaseError
from app.services import (
    diploma_listing,
    diploma_output,
    diploma_recipes,
    verification,
)
from app.services.diploma_recipes import RecordState
from diplomas.diploma import diploma_pdf
from tests.unit.test_diploma_recipes import subset_names
from tests.unit.test_diploma_render import CONTENT, DESIGN

RULE = "80, 1, 1, 0, 0, 0, 'classic'"  # min %, mandatory, late, left early, excused, plan, tpl


def _a_0005_file_with_two_issued_diplomas(path: Path) -> list[bytes]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0005")
    engine.dispose()
    pdfs = [
        diploma_pdf(DESIGN, CONTENT),
        diploma_pdf(DESIGN, CONTENT.__class__(**{**CONTENT.__dict__, "serial": "FL-2025-008"})),
    ]
    con = sqlite3.connect(path)
    con.executescript(
        f"""
        INSERT INTO program (id, name, code, created_at, min_attendance_percent,
            require_all_mandatory, count_late, count_left_early, count_excused,
            require_action_plan, diploma_template)
        VALUES (1, 'Framtidens ledare', 'FL', '2025-01-01', {RULE});
        INSERT INTO cohort (id, program_id, name, status, currency, vat_basis_points, language,
            created_at, min_attendance_percent, require_all_mandatory, count_late,
            count_left_early, count_excused, require_action_plan, diploma_template)
        VALUES (1, 1, 'Omgång 3', 'completed', 'SEK', 2500, 'sv', '2025-01-01', {RULE});
        INSERT INTO person (id, first_name, last_name, created_at)
        VALUES (1, 'Åsa', 'Öberg', '2025-01-01'), (2, 'Emir', 'Hodžić', '2025-01-01');
        """
    )
    for number, pdf in enumerate(pdfs, start=1):
        con.execute(
            "INSERT INTO enrollment (id, cohort_id, person_id, role, status, status_changed_at,"
            " created_at) VALUES (?, 1, ?, ?, 'completed', '2025-06-01', '2025-01-01')",
            (number, number, Role.PARTICIPANT.value),
        )
        con.execute(
            "INSERT INTO diploma (enrollment_id, serial, verification_code, name_as_printed,"
            " issue_date, template, pdf, pdf_sha256, issued_despite_ineligible, created_at)"
            " VALUES (?, ?, ?, ?, '2025-06-01', 'classic', ?, ?, 0, '2025-06-01')",
            (
                number,
                f"FL-2025-00{number}",
                f"ABCD-EFG{number + 1}",
                "Åsa Öberg" if number == 1 else "Emir Hodžić",
                pdf,
                hashlib.sha256(pdf).hexdigest(),
            ),
        )
    con.commit()
    con.close()
    return pdfs


def test_a_0005_file_keeps_its_diplomas_exactly(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    pdfs = _a_0005_file_with_two_issued_diplomas(path)
    with open_database(str(path)) as db:
        assert db.backup_path is not None  # a file with data is backed up first
        with db.read() as session:
            listed = diploma_listing.list_diplomas(session, 1)
            assert [d.record_sha256 for d in listed] == [
                hashlib.sha256(p).hexdigest() for p in pdfs
            ]
            assert [diploma_listing.issued_pdf(session, d.id) for d in listed] == pdfs
            states = {diploma_recipes.record_state(session, d.id) for d in listed}
            assert states == {RecordState.EXACT}
            found = verification.verify_code(session, "abcd efg2")
            assert found is not None and found.valid and found.serial == "FL-2025-001"
            merged, ids = diploma_output.ceremony_pdf(session, 1)
            chosen = diploma_output.frozen_pdfs(session, [listed[1].id, listed[0].id])
    assert len(PdfReader(io.BytesIO(chosen)).pages) == 2
    assert len(ids) == 2
    pages = PdfReader(io.BytesIO(merged)).pages
    assert len(pages) == 3 and "FL-2025-00" in pages[0].extract_text()
    assert all(len(programs) == 1 for programs in subset_names(merged).values())
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        columns = {r[1] for r in con.execute("PRAGMA table_info(diploma)")}
        assert "pdf" not in columns and {"content_json", "snapshot_id"} <= columns
        assert [r[0] for r in con.execute("SELECT pdf FROM diploma_frozen_pdf")] == pdfs
    finally:
        con.close()


def _downgrade(path: Path, revision: str) -> None:
    """Alembic's downgrade as Kohort runs migrations: one transaction, foreign keys off."""
    engine = db_module._engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(db_module.alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_a_downgrade_puts_the_frozen_pdfs_back_in_the_register(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    pdfs = _a_0005_file_with_two_issued_diplomas(path)
    with open_database(str(path)):
        pass  # upgraded to the head
    _downgrade(path, "0005")
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
        rows = con.execute("SELECT pdf, pdf_sha256 FROM diploma ORDER BY id").fetchall()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    assert [pdf for pdf, _sha in rows] == pdfs
    assert [sha for _pdf, sha in rows] == [hashlib.sha256(p).hexdigest() for p in pdfs]
    assert not {"diploma_frozen_pdf", "diploma_design_snapshot"} & tables


def test_a_downgrade_with_recipe_diplomas_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _a_0005_file_with_two_issued_diplomas(path)
    with open_database(str(path)) as db, db.write() as session:  # a diploma issued as a recipe
        connection = session.connection()
        connection.exec_driver_sql(
            "INSERT INTO diploma_design_snapshot (id, sha256, design_json, renderer_json,"
            f" created_at) VALUES (1, '{'a' * 64}', '{{}}', '{{}}', '2026-01-01')"
        )
        connection.exec_driver_sql("DELETE FROM diploma_frozen_pdf WHERE diploma_id = 2")
        connection.exec_driver_sql(
            "UPDATE diploma SET content_json = '{}', snapshot_id = 1 WHERE id = 2"
        )
    _downgrade(path, "0006")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="1 diploma was issued after the upgrade to recipes"):
        _downgrade(path, "0005")
    assert path.read_bytes() == before
