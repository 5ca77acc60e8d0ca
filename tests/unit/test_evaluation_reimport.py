"""A Forms export imported again — a week later, grown by new answers: the rows imported
before are skipped and listed ("Row 3: already imported."), only the new ones are stored;
a named evaluation still refuses a second response from one person."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.importing.reader import read_table
from app.models import EvaluationResponse
from app.services import evaluation_import
from tests.unit.test_evaluation_import import (
    _emails,
    _evaluation,
    _google_csv,
    _microsoft_forms,
    _responses,
)

WEEK_ONE = [
    "2026/03/19 2:02:11 em. EET,4 - Bra,5,4,4,3,5,Grupparbeten,Kanske,Att lyssna,,",
    "2026/03/19 2:05:40 em. EET,5,5,5,4,4,4,Föreläsningar,Nej,,Mer fika,Hyvää kiitos",
    # the same answers as the row above, the same second: another person, not a repeat
    "2026/03/19 2:05:40 em. EET,5,5,5,4,4,4,Föreläsningar,Nej,,Mer fika,Hyvää kiitos",
]
WEEK_TWO = [*WEEK_ONE, "2026/03/26 9:14:02 fm. EET,3,3,4,4,4,4,Internatet,Ja,,,"]


def _import(db: Database, evaluation_id: int, source: Path) -> evaluation_import.AnswersImport:
    with db.write() as s:
        return evaluation_import.import_answers(s, evaluation_id, read_table(source))


def test_a_grown_google_forms_export_imports_only_its_new_rows(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=True)
    first = _import(demo_db, evaluation_id, _google_csv(tmp_path / "v1.csv", WEEK_ONE))
    assert len(first.rows) == 3 and first.already_imported == ()
    again = _google_csv(tmp_path / "v1 igen.csv", WEEK_ONE)
    with demo_db.read() as s:
        checked = evaluation_import.check_import(s, evaluation_id, read_table(again))
    assert checked.errors == () and checked.rows == ()
    assert checked.already_imported == (2, 3, 4)
    assert checked.notes == tuple(f"Row {n}: already imported." for n in (2, 3, 4))
    assert checked.as_json()["skipped"] == 3 and checked.as_json()["responses"] == 0
    assert _import(demo_db, evaluation_id, again).rows == ()
    assert len(_responses(demo_db, evaluation_id)) == 3
    grown = _import(demo_db, evaluation_id, _google_csv(tmp_path / "v2.csv", WEEK_TWO))
    assert [r.row for r in grown.rows] == [5] and grown.already_imported == (2, 3, 4)
    assert grown.as_json()["already_imported"] == [2, 3, 4]
    assert len(_responses(demo_db, evaluation_id)) == 4


def test_the_reference_keeps_nothing_of_the_row(demo_db: Database, tmp_path: Path) -> None:
    """A hash, the same with or without the e-mail column (Google collects addresses even
    for an anonymous evaluation at times), and never the timestamp or an answer."""
    evaluation_id, _questions = _evaluation(demo_db, anonymous=True)
    _import(demo_db, evaluation_id, _google_csv(tmp_path / "v1.csv", WEEK_ONE[:1]))
    with demo_db.read() as s:
        [ref] = s.scalars(
            select(EvaluationResponse.source_ref).where(
                EvaluationResponse.evaluation_id == evaluation_id
            )
        )
    assert ref is not None and ref.startswith("gf:") and len(ref) <= 80
    assert "2026" not in ref and "lyssna" not in ref
    with_email = tmp_path / "med e-post.csv"
    header, line = _google_csv(tmp_path / "x.csv", WEEK_ONE[:1]).read_text("utf-8-sig").splitlines()
    stamp, rest = line.split(",", 1)
    with_email.write_text(
        f"{header.replace('Tidstämpel,', 'Tidstämpel,E-postadress,')}\n"
        f"{stamp},asa.oberg@example.se,{rest}\n",
        encoding="utf-8",
    )
    assert evaluation_import.source_refs(read_table(with_email)) == [ref]


def test_a_grown_microsoft_forms_export_of_a_named_evaluation(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=False)
    emails = _emails(demo_db, 3)
    first = _import(demo_db, evaluation_id, _microsoft_forms(tmp_path / "v1.xlsx", emails[:2]))
    assert len(first.rows) == 2
    grown = _microsoft_forms(tmp_path / "v2.xlsx", emails)
    with demo_db.read() as s:
        checked = evaluation_import.check_import(s, evaluation_id, read_table(grown))
    assert checked.errors == () and checked.already_imported == (2, 3)
    assert [r.row for r in checked.rows] == [4]
    _import(demo_db, evaluation_id, grown)
    assert len(_responses(demo_db, evaluation_id)) == 3
    # A new response (ID 4) from someone who answered already is still refused.
    again = _microsoft_forms(tmp_path / "v3.xlsx", [emails[0]], first_id=4)
    with demo_db.read() as s:
        refused = evaluation_import.check_import(s, evaluation_id, read_table(again))
    assert refused.already_imported == ()
    assert refused.errors == (
        "Row 2: the person has answered already; replace the earlier response?",
    )
