"""A diploma never prints an empty placeholder ("omfattande ."): its clause is left out, or,
when it cannot be, nothing is issued or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import open_database
from tests.integration.test_cli import run


def _no_hours(db: str) -> None:
    with open_database(db) as database, database.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE cohort_session SET minutes = NULL WHERE cohort_id = 1"
        )


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_a_cohort_without_hours_leaves_the_clause_out(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    _no_hours(db)
    out = tmp_path / "d.pdf"
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(out))
    assert code == 0, err
    text = _text(out)
    assert "omfattande" not in text and " ." not in text and ", ." not in text
    assert "har genomgått" in text


def test_a_gap_that_cannot_be_left_out_is_refused(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    _no_hours(db)
    wording = "{name} har deltagit i {hours} undervisning i {programme}."
    preview = tmp_path / "p.pdf"
    code, _, err = run(
        capsys, "--db", db, "design", "--cohort", "1", "--wording", wording,
        "--preview", str(preview),
    )  # fmt: skip
    assert code == 1 and "{hours}" in err and "gap" in err and not preview.exists()
    code, out, _ = run(capsys, "--db", db, "design", "--cohort", "1", "--json")
    assert "undervisning" not in out  # refused before the wording was saved
    assert run(capsys, "--db", db, "design", "--cohort", "1", "--wording", wording)[0] == 0
    out_pdf = tmp_path / "d.pdf"
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(out_pdf))
    assert code == 1 and "{hours}" in err and not out_pdf.exists()
    with open_database(db) as database, database.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM diploma").scalar() == 0
