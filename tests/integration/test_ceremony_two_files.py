"""`kohort diplomas --with-action-plans --plans-separately`: the diplomas and the action
plans as two files, in the same hand-out order, and never one without the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_cli import fl_cohort, run
from tests.pdf_text import squashed


def _names_per_page(path: Path, names: list[str]) -> list[str | None]:
    """The participant each page is for (the longest name found, so "Anna" is not "Annala")."""
    found = []
    for page in PdfReader(path).pages:
        text = squashed(page.extract_text())
        hits = [n for n in names if squashed(n) in text]
        found.append(max(hits, key=len) if hits else None)
    return found


def test_the_plans_file_follows_the_diplomas_hand_out_order(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    cohort = str(fl_cohort(capsys, db)["id"])
    listed = json.loads(run(capsys, "--db", db, "action-plans", "--cohort", cohort, "--json")[1])
    names = [f"{r['first_name']} {r['last_name']}" for r in listed]
    with_plan = {f"{r['first_name']} {r['last_name']}" for r in listed if r["has_plan"]}
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "Ceremoni.pdf"
    code, text, err = run(
        capsys,
        *("--db", db, "diplomas", "--cohort", cohort, "--out", str(out), "--order", "firstname"),
        *("--with-action-plans", "--plans-separately", "--no-checklist"),
    )
    assert code == 0, err
    plans = folder / "Ceremoni – action plans.pdf"
    assert sorted(p.name for p in folder.iterdir()) == sorted([out.name, plans.name])
    diploma_order = _names_per_page(out, names)
    assert None not in diploma_order and len(diploma_order) == 10
    assert diploma_order == sorted(diploma_order, key=lambda n: n.split()[0])  # by first name
    plan_pages = _names_per_page(plans, names)
    plan_order = list(dict.fromkeys(n for n in plan_pages if n is not None))
    assert plan_pages[0] is not None  # every plan starts on its own page
    assert plan_order == [n for n in diploma_order if n in with_plan]
    assert len(plan_order) >= 2, "the demo has plans for several diploma holders"
    assert f"Wrote {len(plan_order)} action plans to {plans}" in text
    assert PdfReader(plans).root_object["/Lang"] == "sv-SE"  # the plans' language


def test_an_existing_plans_file_is_not_replaced_without_overwrite(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    cohort = str(fl_cohort(capsys, db)["id"])
    out = tmp_path / "c.pdf"
    plans = tmp_path / "c – action plans.pdf"
    plans.write_bytes(b"mine")
    args = ("--db", db, "diplomas", "--cohort", cohort, "--out", str(out))
    code, _, err = run(capsys, *args, "--with-action-plans", "--plans-separately")
    assert code != 0 and "exists already" in err
    assert not out.exists() and plans.read_bytes() == b"mine"
    code, _, err = run(capsys, *args, "--with-action-plans", "--plans-separately", "--overwrite")
    assert code == 0, err
    assert out.exists() and plans.read_bytes().startswith(b"%PDF")


def test_plans_separately_needs_the_plans(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    cohort = str(fl_cohort(capsys, db)["id"])
    out = tmp_path / "c.pdf"
    code, _, err = run(
        capsys, "--db", db, "diplomas", "--cohort", cohort, "--out", str(out), "--plans-separately"
    )
    assert code != 0 and "--with-action-plans" in err and not out.exists()
