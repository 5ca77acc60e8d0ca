"""A person's named evaluation responses: in their data export, gone when they are erased or
deleted; anonymous responses are linked to no one and stay."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from app.db import Database
from app.domain import Language, ResponseSource
from app.models import Enrollment, Evaluation, EvaluationAnswer, EvaluationResponse
from app.services import deletion, evaluations, privacy_erase, privacy_export, privacy_record
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from tests.evaluation_data import cohort_with_participants


def _two_evaluations(db: Database) -> tuple[int, int]:
    """A named and an anonymous evaluation, each answered by the cohort's first two."""
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=3)
        named = evaluations.create_evaluation(s, cohort.id, anonymous=False, title="Namngiven")
        anonymous = evaluations.create_evaluation(s, cohort.id)
        enrollment_ids = list(
            s.scalars(select(Enrollment.id).where(Enrollment.cohort_id == cohort.id))
        )
        for ev, named_ones in ((named, True), (anonymous, False)):
            qs = {q.key: q for q in evaluations.evaluation_questions(s, ev.id)}
            record_responses(
                s,
                ev.id,
                [
                    ResponseInput(
                        (
                            AnswerInput(qs["overall"].id, number=4),
                            AnswerInput(qs["valuable_parts"].id, choices=frozenset({0, 2})),
                            AnswerInput(qs["takeaway"].id, text=f"Svar {n}"),
                        ),
                        ResponseSource.KEYBOARD,
                        enrollment_id=enrollment_ids[n] if named_ones else None,
                    )
                    for n in range(2)
                ],
            )
        person_id = s.get(Enrollment, enrollment_ids[0]).person_id  # type: ignore[union-attr]
        return person_id, cohort.id


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        named = s.scalar(select(func.count()).where(EvaluationResponse.enrollment_id.is_not(None)))
        anonymous = s.scalar(select(func.count()).where(EvaluationResponse.enrollment_id.is_(None)))
        answers = s.scalar(select(func.count(EvaluationAnswer.id)))
    return named or 0, anonymous or 0, answers or 0


def test_the_export_holds_the_named_responses_only(db: Database, tmp_path: Path) -> None:
    person_id, _cohort = _two_evaluations(db)
    with db.read() as s:
        data = privacy_export.personal_data(s, person_id)
    (enrollment,) = data.enrollments
    (response,) = enrollment.evaluations
    assert response.evaluation == "Namngiven" and response.organization == "Alingsås kommun"
    assert [(a.question, a.answer) for a in response.answers] == [
        ("Helhetsintryck", "4"),
        ("Vilka delar var mest värdefulla?", "Föreläsningar; Mentorssamtal"),
        ("Vad tar du med dig?", "Svar 0"),
    ]
    path = tmp_path / "registerutdrag.pdf"
    privacy_record.write_pdf(data, path, Language.SWEDISH)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Kursutvärdering: Namngiven" in text and "Föreläsningar; Mentorssamtal" in text
    assert "Svar 1" not in text  # the other participant's


def test_erasing_deletes_their_named_responses(db: Database) -> None:
    person_id, _cohort = _two_evaluations(db)
    with db.write() as s:
        impact = privacy_erase.erasure_impact(s, person_id)
        assert impact.evaluation_responses == 1
        privacy_erase.erase_person(s, person_id, confirmed=impact)
    assert _counts(db) == (1, 2, 9)


def test_deleting_a_person_or_a_cohort_deletes_the_responses(db: Database) -> None:
    person_id, cohort_id = _two_evaluations(db)
    with db.write() as s:
        impact = deletion.person_impact(s, person_id)
        assert impact.evaluation_responses == 1
        deletion.delete_person(s, person_id, confirmed=impact)
    assert _counts(db) == (1, 2, 9)
    with db.write() as s:
        impact = deletion.cohort_impact(s, cohort_id)
        assert (impact.evaluations, impact.evaluation_responses) == (2, 3)
        deletion.delete_cohort(s, cohort_id, confirmed=impact)
        assert s.scalar(select(func.count(Evaluation.id))) == 0
    assert _counts(db) == (0, 0, 0)
