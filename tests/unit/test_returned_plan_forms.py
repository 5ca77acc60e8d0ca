"""Action plans as fillable PDFs: written with a hidden token, filled in (as a PDF reader
would, here with pypdf), read back, previewed and applied all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from app.db import Database
from app.errors import ValidationError
from app.models import ActionPlan, Cohort, Program, ReturnableForm
from app.services import action_plans, returnable_forms, returned_forms
from app.services.action_plans import ActionItemFields, PlanFields
from diplomas.fillable_model import TOKEN_FIELD
from tests.unit.test_action_plan_service import enrollment, fl_cohort


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    """What a participant's PDF reader does: type into the fields and save."""
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with target.open("wb") as file:
        writer.write(file)
    return target


def write_plan_forms(db: Database, folder: Path) -> dict[str, Path]:
    with db.write() as s:
        job = returnable_forms.plan_forms(s, fl_cohort(db))
        paths = returnable_forms.write_forms(job, folder)
    return {p.stem: p for p in paths}


def other_cohort(db: Database) -> int:
    with db.read() as s:
        return (
            s.scalar(
                select(Cohort.id).join(Program).where(Program.code != "FL").order_by(Cohort.id)
            )
            or 0
        )


def plan_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ActionPlan)) or 0


def test_one_form_per_participant_named_and_with_a_hidden_random_token(
    demo_db: Database, tmp_path: Path
) -> None:
    forms = write_plan_forms(demo_db, tmp_path / "out")
    assert forms and all(stem.startswith("Handlingsplan - ") for stem in forms)
    tokens = set()
    for path in forms.values():
        fields = PdfReader(path).get_fields() or {}
        tokens.add(fields[TOKEN_FIELD]["/V"])
        assert {"goal", "strengths", "development_areas", "action1_what"} <= set(fields)
    assert len(tokens) == len(forms) and all(len(t) >= 16 for t in tokens)
    with demo_db.read() as s:
        stored = set(s.scalars(select(ReturnableForm.token)))
    assert tokens <= stored


def test_a_filled_form_is_previewed_and_applied_and_swedish_and_sami_letters_survive(
    demo_db: Database, tmp_path: Path
) -> None:
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.write() as s:
        action_plans.save_plan(
            s, fatima, PlanFields(goal="Tydligare mål", items=(ActionItemFields(what="Läsa"),))
        )
    forms = write_plan_forms(demo_db, tmp_path / "out")
    source = next(p for stem, p in forms.items() if "Al-Hassan" in stem)
    # pre-filled with what the plan holds
    fields = PdfReader(source).get_fields() or {}
    assert fields["goal"]["/V"] == "Tydligare mål"
    assert fields["action1_what"]["/V"] == "Läsa"
    goal = "Leda möten med Ánde Ŋuolja och Åsa Öberg-Jäätteenmäki"
    filled = fill(
        source,
        tmp_path / "back.pdf",
        {
            "goal": goal,
            "action1_what": "Läsa",
            "action2_what": "Medarbetarsamtal",
            "action2_by_when": "2026-03-19",
        },
    )
    with demo_db.read() as s:
        preview = returned_forms.preview_returned(s, [filled], cohort_id=fl_cohort(demo_db))
    [item] = preview.files
    assert item.problems == ()
    assert "Al-Hassan" in item.person
    assert any("Tydligare mål" in c and goal in c for c in item.changes)
    assert any("Action 2 is new" in c for c in item.changes)
    with demo_db.write() as s:
        returned_forms.apply_returned(s, [filled], cohort_id=fl_cohort(demo_db))
    with demo_db.read() as s:
        opened = action_plans.open_plan(s, fatima)
        returned = s.scalar(select(ReturnableForm).where(ReturnableForm.enrollment_id == fatima))
        assert returned is not None and returned.returned_at is not None
    assert opened.fields.goal == goal
    assert [i.what for i in opened.fields.items] == ["Läsa", "Medarbetarsamtal"]
    assert opened.fields.items[1].by_when == dt.date(2026, 3, 19)


def _problem(db: Database, paths: list[Path], cohort_id: int | None = None) -> list[str]:
    with db.read() as s:
        preview = returned_forms.preview_returned(s, paths, cohort_id=cohort_id)
    assert not preview.can_apply
    before = plan_count(db)
    with pytest.raises(ValidationError, match="Nothing was stored"), db.write() as s:
        returned_forms.apply_returned(s, paths, cohort_id=cohort_id)
    assert plan_count(db) == before
    return [p for f in preview.files for p in f.problems]


def _one_form(db: Database, tmp_path: Path) -> Path:
    forms = write_plan_forms(db, tmp_path / "out")
    return next(iter(forms.values()))


def test_a_tampered_token_is_refused(demo_db: Database, tmp_path: Path) -> None:
    source = _one_form(demo_db, tmp_path)
    filled = fill(source, tmp_path / "x.pdf", {"goal": "Mål", TOKEN_FIELD: "A" * 24})
    [problem] = _problem(demo_db, [filled])
    assert "not known in this database" in problem


def test_a_form_of_another_cohort_is_refused(demo_db: Database, tmp_path: Path) -> None:
    filled = fill(_one_form(demo_db, tmp_path), tmp_path / "x.pdf", {"goal": "Mål"})
    [problem] = _problem(demo_db, [filled], cohort_id=other_cohort(demo_db))
    assert "belongs to the cohort" in problem


def test_an_empty_form_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as s:  # nobody has a plan: the forms start empty
        for plan in s.scalars(select(ActionPlan)):
            s.delete(plan)
    [problem] = _problem(demo_db, [_one_form(demo_db, tmp_path)])
    assert problem == "Nothing is filled in."


def test_the_same_form_twice_and_a_form_read_back_before_are_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    filled = fill(_one_form(demo_db, tmp_path), tmp_path / "a.pdf", {"goal": "Mål"})
    copy = tmp_path / "b.pdf"
    copy.write_bytes(filled.read_bytes())
    problems = _problem(demo_db, [filled, copy])
    assert problems == ["The same form as a.pdf: read only one of them."]
    with demo_db.write() as s:
        returned_forms.apply_returned(s, [filled])
    [again] = _problem(demo_db, [copy])
    assert "already read back" in again


def test_a_broken_file_and_a_foreign_pdf_are_refused(demo_db: Database, tmp_path: Path) -> None:
    good = fill(_one_form(demo_db, tmp_path), tmp_path / "good.pdf", {"goal": "Mål"})
    text = tmp_path / "notes.pdf"
    text.write_text("hej", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    plain = tmp_path / "plain.pdf"
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    with plain.open("wb") as file:
        writer.write(file)
    problems = _problem(demo_db, [good, text, broken, plain])
    assert problems[0] == "This is not a PDF file."
    assert "damaged" in problems[1] or "not a Kohort form" in problems[1]
    assert problems[2] == "This is not a Kohort form: it has no form id."
    assert len(problems) == 3  # the good file has none, and nothing was stored


def test_a_bad_date_is_a_problem(demo_db: Database, tmp_path: Path) -> None:
    filled = fill(
        _one_form(demo_db, tmp_path),
        tmp_path / "x.pdf",
        {"action1_what": "Mentor", "action1_by_when": "nästa vecka"},
    )
    [problem] = _problem(demo_db, [filled])
    assert problem == "Action 1: “nästa vecka” is not a date; write it like 2026-03-19."


def test_a_persons_forms_are_in_their_export_and_go_when_they_are_erased(
    demo_db: Database, tmp_path: Path
) -> None:
    from app.services import privacy_erase, privacy_export
    from app.services.enrollments import load_enrollment

    write_plan_forms(demo_db, tmp_path / "out")
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.read() as s:
        person_id = load_enrollment(s, fatima).person_id
        data = privacy_export.personal_data(s, person_id)
    [sent] = [f for e in data.enrollments for f in e.forms_sent]
    assert sent.kind == "action_plan" and sent.returned_at is None
    with demo_db.write() as s:
        impact = privacy_erase.erasure_impact(s, person_id, with_diplomas=True)
        privacy_erase.erase_person(s, person_id, confirmed=impact)
    with demo_db.read() as s:
        left = s.scalar(
            select(func.count())
            .select_from(ReturnableForm)
            .where(ReturnableForm.enrollment_id == fatima)
        )
    assert left == 0
