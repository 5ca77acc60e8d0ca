"""Evaluation forms as fillable PDFs: named (one per participant) or unnamed copies, filled
in as a PDF reader would (pypdf), read back through the evaluation service's one way in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db import Database
from app.domain import ResponseSource
from app.errors import ValidationError
from app.models import EvaluationAnswer, EvaluationResponse
from app.services import evaluations, returnable_forms, returned_forms
from diplomas.fillable_model import TOKEN_FIELD, choice_field, option_value, question_field
from tests.unit.test_action_plan_service import fl_cohort
from tests.unit.test_returned_plan_forms import fill


def _evaluation(db: Database, *, anonymous: bool) -> tuple[int, list[int]]:
    with db.write() as s:
        evaluation = evaluations.create_evaluation(s, fl_cohort(db), anonymous=anonymous)
        return evaluation.id, [q.id for q in evaluation.questions]


def _write(
    db: Database, evaluation_id: int, folder: Path, unnamed: int | None = None
) -> list[Path]:
    with db.write() as s:
        job = returnable_forms.evaluation_forms(s, evaluation_id, unnamed=unnamed)
        return returnable_forms.write_forms(job, folder)


def _answers(questions: list[int]) -> dict[str, str]:
    """Scales 4, 5, 3, …; "Grupparbeten" and "Mentorssamtal"; "Kanske"; and a text."""
    values = {
        question_field(q): f"/{v}" for q, v in zip(questions[:6], (4, 5, 3, 4, 2, 5), strict=True)
    }
    values[choice_field(questions[6], 1)] = "/Yes"
    values[choice_field(questions[6], 2)] = "/Yes"
    values[question_field(questions[7])] = f"/{option_value(1)}"
    values[question_field(questions[8])] = "Modet att leda – tack, Ánde Ŋuolja!"
    return values


def _responses(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(EvaluationResponse)) or 0


def test_named_forms_are_one_per_participant_and_read_back_as_answers(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=False)
    forms = _write(demo_db, evaluation_id, tmp_path / "ut")
    assert all(p.name.startswith("Kursutvärdering - ") for p in forms)
    fields = PdfReader(forms[0]).get_fields() or {}
    assert len(fields[TOKEN_FIELD]["/V"]) >= 16
    assert question_field(questions[0]) in fields and choice_field(questions[6], 4) in fields
    filled = fill(forms[0], tmp_path / "svar.pdf", _answers(questions))
    with demo_db.read() as s:
        preview = returned_forms.preview_returned(s, [filled], cohort_id=fl_cohort(demo_db))
    [item] = preview.files
    assert item.problems == () and item.person
    assert item.changes == ("New answers to 9 questions of “Kursutvärdering”.",)
    with demo_db.write() as s:
        returned_forms.apply_returned(s, [filled])
    with demo_db.read() as s:
        response = s.scalars(
            select(EvaluationResponse).where(EvaluationResponse.evaluation_id == evaluation_id)
        ).one()
        assert response.source == ResponseSource.PDF_FORM
        assert response.enrollment_id == item.enrollment_id is not None
        answers = {
            a.question_id: a
            for a in s.scalars(
                select(EvaluationAnswer).where(EvaluationAnswer.response_id == response.id)
            )
        }
    assert [answers[q].number for q in questions[:6]] == [4, 5, 3, 4, 2, 5]
    assert answers[questions[6]].choice_mask == 0b110
    assert answers[questions[7]].number == 1  # "Kanske", the second option
    assert answers[questions[8]].text == "Modet att leda – tack, Ánde Ŋuolja!"


def test_unnamed_copies_of_an_anonymous_evaluation(demo_db: Database, tmp_path: Path) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=True)
    forms = _write(demo_db, evaluation_id, tmp_path / "ut", unnamed=3)
    assert sorted(p.name for p in forms) == [
        "Kursutvärdering 1.pdf",
        "Kursutvärdering 2.pdf",
        "Kursutvärdering 3.pdf",
    ]
    back = [fill(p, tmp_path / f"{n}.pdf", _answers(questions)) for n, p in enumerate(forms[:2])]
    with demo_db.write() as s:
        preview = returned_forms.apply_returned(s, back)
    assert [f.person for f in preview.files] == ["", ""]
    with demo_db.read() as s:
        enrollments = list(
            s.scalars(
                select(EvaluationResponse.enrollment_id).where(
                    EvaluationResponse.evaluation_id == evaluation_id
                )
            )
        )
    assert enrollments == [None, None]


def _refused(db: Database, paths: list[Path]) -> list[str]:
    with db.read() as s:
        preview = returned_forms.preview_returned(s, paths)
    before = _responses(db)
    with pytest.raises(ValidationError, match="Nothing was stored"), db.write() as s:
        returned_forms.apply_returned(s, paths)
    assert _responses(db) == before
    return [p for f in preview.files for p in f.problems]


def test_a_value_out_of_range_an_empty_form_and_a_tampered_token(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=False)
    forms = _write(demo_db, evaluation_id, tmp_path / "ut")
    out_of_range = fill(forms[0], tmp_path / "a.pdf", {question_field(questions[0]): "/9"})
    wrong_option = fill(forms[1], tmp_path / "b.pdf", {question_field(questions[7]): "/o7"})
    tampered = fill(forms[2], tmp_path / "c.pdf", {**_answers(questions), TOKEN_FIELD: "x" * 20})
    problems = _refused(demo_db, [out_of_range, wrong_option, tampered, forms[3]])
    assert problems == [
        "Question 1: “9” is not one of 1–5.",
        "Question 8: “o7” is not one of its options.",
        "The form's id is not known in this database: it was changed, or the form was "
        "written from another Kohort file.",
        "Nothing is filled in.",
    ]


def test_a_second_form_for_the_same_person_is_refused_by_the_evaluation_rules(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=False)
    first = _write(demo_db, evaluation_id, tmp_path / "ett")[0]
    again = next(
        p for p in _write(demo_db, evaluation_id, tmp_path / "två") if p.name == first.name
    )
    a = fill(first, tmp_path / "a.pdf", _answers(questions))
    b = fill(again, tmp_path / "b.pdf", _answers(questions))
    problems = _refused(demo_db, [a, b])
    assert len(problems) == 1 and problems[0]  # the evaluation service's own words
