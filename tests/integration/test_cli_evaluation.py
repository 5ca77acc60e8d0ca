"""`kohort evaluation`: create, list, show, the paper forms and the results, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import Database
from app.services import evaluations
from tests.factories import programme_with_cohort
from tests.integration.test_cli import fl_cohort, run


def test_the_demo_evaluation_results_as_json_text_and_pdf(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    fl = fl_cohort(capsys, db)
    code, out, err = run(
        capsys, "--db", db, "evaluation", "list", "--cohort", str(fl["id"]), "--json"
    )
    assert code == 0, err
    (listed,) = json.loads(out)
    assert (listed["title"], listed["anonymous"], listed["closed"]) == (
        "Kursutvärdering",
        True,
        True,
    )
    assert (listed["questions"], listed["responses"]) == (11, 11)

    code, out, err = run(capsys, "--db", db, "evaluation", "results", str(listed["id"]), "--json")
    assert code == 0, err
    results = json.loads(out)
    assert (results["responses"], results["participants"]) == (11, 14)
    overall = results["questions"][0]
    assert overall["key"] == "overall" and sum(d["count"] for d in overall["distribution"]) == 11
    assert [p["cohort"] for p in overall["trend"]] == ["Omgång 1, 2023/2024", "Omgång 2, 2024/2025"]
    takeaway = next(q for q in results["questions"] if q["key"] == "takeaway")
    assert takeaway["open_answers"][0]["count"] == 2

    code, out, err = run(
        capsys, "--db", db, "--lang", "sv", "evaluation", "results", str(listed["id"])
    )
    assert code == 0, err
    assert "11 av 14 svarade (79 %)" in out and "Färre än 5 svar" not in out
    # the cohorts' names hold commas: a colon before each mean, a semicolon between them
    assert "tidigare: Omgång 1, 2023/2024: 3,6; Omgång 2, 2024/2025: 4,0" in out
    code, out, err = run(
        capsys, "--db", db, "--lang", "sv", "evaluation", "list", "--cohort", str(fl["id"])
    )
    assert code == 0, err
    head, row = out.splitlines()[:2]
    assert head.split()[-1] == "STATUS" and row.split()[-1] == "stängd"

    report = tmp_path / "resultat.pdf"
    code, out, err = run(
        capsys, "--db", db, "evaluation", "results", str(listed["id"]), "--pdf", str(report)
    )
    assert code == 0, err
    assert out.strip() == f"Wrote the results report to {report}."
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "11 av 14 svarade (79 %)" in text and "Jämfört med tidigare omgångar" in text
    code, _, err = run(
        capsys, "--db", db, "evaluation", "results", str(listed["id"]), "--pdf", str(report)
    )
    assert code == 1 and "exists already" in err
    code, _, err = run(
        capsys, "--db", db, "evaluation", "results", "1", "--pdf", str(report), "--json"
    )
    assert code == 1 and "not both" in err
    # an anonymous evaluation's forms: as many unnamed copies as participants
    forms = tmp_path / "formular.pdf"
    code, out, err = run(capsys, "--db", db, "evaluation", "form", "1", "--out", str(forms))
    assert code == 0, err
    assert out.strip() == f"Wrote 14 unnamed forms to {forms}."
    assert not any("Namn:" in page.extract_text() for page in PdfReader(forms).pages)


def test_create_show_and_print_the_forms(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    fl = fl_cohort(capsys, db)
    code, out, err = run(
        capsys, "--db", db, "evaluation", "create", "--cohort", str(fl["id"]), "--named", "--json"
    )
    assert code == 0, err
    created = json.loads(out)
    assert (created["anonymous"], created["template"], created["responses"]) == (
        False,
        "standard",
        0,
    )

    code, out, err = run(capsys, "--db", db, "evaluation", "show", str(created["id"]), "--json")
    assert code == 0, err
    questions = json.loads(out)["questions"]
    assert [q["kind"] for q in questions].count("scale") == 6
    assert questions[0] == {
        "id": questions[0]["id"],
        "position": 1,
        "key": "overall",
        "kind": "scale",
        "text": "Helhetsintryck",
        "scale_max": 5,
        "low_label": "Mycket dåligt",
        "high_label": "Mycket bra",
        "choices": [],
        "required": False,
        "answers": 0,
    }

    named = tmp_path / "formular.pdf"
    code, out, err = run(
        capsys, "--db", db, "evaluation", "form", str(created["id"]), "--out", str(named)
    )
    assert code == 0, err
    assert out.strip() == f"Wrote 14 named forms to {named}."
    pages = [page.extract_text() for page in PdfReader(named).pages]
    assert sum("Namn:" in page for page in pages) == 14
    unnamed = tmp_path / "kopior.pdf"
    code, out, err = run(
        capsys,
        "--db",
        db,
        "evaluation",
        "form",
        str(created["id"]),
        "--out",
        str(unnamed),
        "--unnamed",
        "3",
    )
    assert code == 0, err
    assert "3 unnamed forms" in out

    code, _, err = run(
        capsys, "--db", db, "evaluation", "form", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "no evaluation with id 999" in err
    code, _, err = run(
        capsys, "--db", db, "evaluation", "create", "--cohort", str(fl["id"]), "--session", "999"
    )
    assert code == 1 and "no session with id 999" in err
    code, out, err = run(capsys, "--db", db, "evaluation", "list", "--cohort", "2")
    assert code == 0 and "no evaluations yet" in out


def test_the_help_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "sv", "evaluation", "results", "--help")
    assert code == 0 and "resultatrapporten (med diagram)" in out


@pytest.mark.sqlite_only  # it names the file by its path (db_path)
def test_an_empty_cohorts_forms_ask_how_many(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as s:
        evaluation_id = evaluations.create_evaluation(s, programme_with_cohort(s).id).id
    db.close()
    out_file = tmp_path / "formular.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "evaluation",
        "form",
        str(evaluation_id),
        "--out",
        str(out_file),
    )
    assert code == 1 and "no participants yet" in err and "--unnamed" in err
    assert not out_file.exists()
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "evaluation",
        "form",
        str(evaluation_id),
        "--out",
        str(out_file),
        "--unnamed",
        "2",
    )
    assert code == 0, err
    assert out.strip() == f"Wrote 2 unnamed forms to {out_file}."
