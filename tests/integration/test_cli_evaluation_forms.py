"""`kohort evaluation pdf-forms` and `kohort evaluation import`: PDFs and Forms exports
told apart by content, all files stored or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import open_database
from app.models import EvaluationResponse
from app.services import evaluations
from diplomas.fillable_model import question_field
from tests.integration.test_cli import run
from tests.unit.test_evaluation_import import QUESTIONS
from tests.unit.test_returned_plan_forms import fill


def _anonymous_evaluation(path: Path) -> tuple[int, list[int]]:
    db = open_database(str(path))
    with db.write() as s:
        evaluation = evaluations.create_evaluation(s, 1, anonymous=True)
        found = evaluation.id, [q.id for q in evaluation.questions]
    db.close()
    return found


def _responses(path: Path, evaluation_id: int) -> int:
    db = open_database(str(path))
    with db.read() as s:
        count = (
            s.scalar(
                select(func.count())
                .select_from(EvaluationResponse)
                .where(EvaluationResponse.evaluation_id == evaluation_id)
            )
            or 0
        )
    db.close()
    return count


def test_pdfs_and_a_google_export_into_one_evaluation(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    evaluation_id, questions = _anonymous_evaluation(demo_file)
    out = tmp_path / "formulär"
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "evaluation",
        "pdf-forms",
        str(evaluation_id),
        "--out-dir",
        str(out),
        "--unnamed",
        "2",
        "--json",
    )
    assert code == 0 and json.loads(text)["count"] == 2
    first, second = sorted(out.glob("*.pdf"))
    filled = fill(first, tmp_path / "svar 1.pdf", {question_field(questions[0]): "/4"})
    export = tmp_path / "Kursutvärdering (svar).csv"
    header = ",".join(["Tidstämpel", *(f'"{q}"' for q in QUESTIONS)])
    export.write_bytes(f"{header}\n2026/03/19,5,4,4,4,4,4,,Ja,,,\n".encode("utf-8-sig"))
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "evaluation",
        "import",
        str(evaluation_id),
        str(filled),
        str(second),
        str(export),
        "--json",
    )
    assert code == 1  # the second PDF is not filled in: nothing is stored
    refused = json.loads(text)
    assert refused["applied"] is False and refused["problems"] == 1
    assert [f["source"] for f in refused["files"]] == ["pdf_form", "pdf_form", "forms_export"]
    assert _responses(demo_file, evaluation_id) == 0
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "evaluation",
        "import",
        str(evaluation_id),
        str(filled),
        str(export),
        "--json",
    )
    assert code == 0 and json.loads(text)["applied"] is True
    assert _responses(demo_file, evaluation_id) == 2


def test_a_plan_form_is_refused_by_the_evaluation_import(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    evaluation_id, _questions = _anonymous_evaluation(demo_file)
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "plans",
        "pdf-forms",
        "--cohort",
        "1",
        "--out-dir",
        str(tmp_path / "planer"),
        "--json",
    )
    plan = Path(json.loads(text)["written"][0])
    filled = fill(plan, tmp_path / "plan.pdf", {"goal": "Mål"})
    code, text, _ = run(capsys, "--db", db, "evaluation", "import", str(evaluation_id), str(filled))
    assert code == 1 and "This is an action plan, not an evaluation form." in text


def test_the_same_export_again_skips_the_rows_imported_before(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    evaluation_id, _questions = _anonymous_evaluation(demo_file)
    export = tmp_path / "Kursutvärdering (svar).csv"
    header = ",".join(["Tidstämpel", *(f'"{q}"' for q in QUESTIONS)])
    export.write_bytes(f"{header}\n2026/03/19,5,4,4,4,4,4,,Ja,,,\n".encode("utf-8-sig"))
    command = ["--db", db, "evaluation", "import", str(evaluation_id), str(export)]
    code, text, _ = run(capsys, *command, "--json")
    assert code == 0 and json.loads(text)["files"][0]["skipped"] == 0
    grown = export.read_text("utf-8-sig") + "2026/03/26,3,3,3,3,3,3,,Nej,,,\n"
    export.write_bytes(grown.encode("utf-8-sig"))
    code, text, _ = run(capsys, *command, "--dry-run", "--json")
    [report] = json.loads(text)["files"]
    assert code == 0 and report["responses"] == 1
    assert report["skipped"] == 1 and report["already_imported"] == [2]
    code, text, _ = run(capsys, *command)
    assert code == 0 and "  Row 2: already imported." in text.splitlines()
    assert "Kursutvärdering (svar).csv: 1 responses, 7 answers" in text
    assert _responses(demo_file, evaluation_id) == 2
