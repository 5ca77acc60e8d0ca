"""`kohort plans pdf-forms` and `kohort plans import`: write the forms, read them back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_cli import run
from tests.unit.test_returned_plan_forms import fill


def test_forms_are_written_then_one_filled_in_is_read_back(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    cohort = json.loads(run(capsys, "--db", db, "cohorts", "--json")[1])[0]["id"]
    out = tmp_path / "formulär"
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "plans",
        "pdf-forms",
        "--cohort",
        str(cohort),
        "--out-dir",
        str(out),
        "--json",
    )
    assert code == 0
    written = json.loads(text)
    assert written["count"] == len(written["written"]) > 0
    blank = [Path(p) for p in written["written"] if not _prefilled(Path(p))]
    source, empty = blank[0], blank[1]
    filled = fill(source, tmp_path / "tillbaka.pdf", {"goal": "Leda med tydlighet, Ánde Ŋuolja"})
    code, text, _ = run(capsys, "--db", db, "plans", "import", str(filled), str(empty), "--json")
    assert code == 1  # the unfilled form stops everything
    refused = json.loads(text)
    assert refused["applied"] is False and refused["problems"] == 1
    assert refused["files"][1]["problems"] == ["Nothing is filled in."]
    code, text, _ = run(capsys, "--db", db, "plans", "import", str(filled), "--dry-run", "--json")
    assert code == 0 and json.loads(text)["applied"] is False
    code, text, _ = run(capsys, "--db", db, "plans", "import", str(filled), "--json")
    assert code == 0
    done = json.loads(text)
    assert done["applied"] is True and done["files"][0]["kind"] == "action_plan"
    code, text, _ = run(capsys, "--db", db, "plans", "import", str(filled))
    assert code == 1 and "already read back" in text


def _prefilled(path: Path) -> bool:
    fields = PdfReader(path).get_fields() or {}
    return any(f.get("/V") for name, f in fields.items() if name != "kohort_token")
