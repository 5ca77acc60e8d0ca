"""Answers get in one way, all or nothing, by the rules of the evaluation."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db import Database
from app.domain import EnrollmentStatus, QuestionKind, ResponseSource, Role
from app.errors import KohortError, ValidationError
from app.i18n import set_language
from app.models import Cohort, Enrollment, EvaluationAnswer, EvaluationResponse, Person
from app.services import evaluations
from app.services.evaluation_responses import (
    AnswerInput,
    ResponseInput,
    ResponsesRefusedError,
    check_responses,
    delete_response,
    record_responses,
    responded_enrollments,
    stored_response,
)
from tests.evaluation_data import cohort_with_participants

KEYBOARD = ResponseSource.KEYBOARD


def _questions(s, evaluation_id: int) -> dict[str, evaluations.QuestionView]:  # type: ignore[no-untyped-def]
    return {q.key or "": q for q in evaluations.evaluation_questions(s, evaluation_id)}


def test_a_full_form_is_stored_as_given(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        ev = evaluations.create_evaluation(s, cohort.id)
        q = _questions(s, ev.id)
        form = ResponseInput(
            (
                AnswerInput(q["overall"].id, number=5),
                AnswerInput(q["valuable_parts"].id, choices=frozenset({0, 3})),
                AnswerInput(q["recommend"].id, choices=frozenset({1})),
                AnswerInput(q["takeaway"].id, text="  Modet att fråga  "),
                AnswerInput(q["improve"].id, text="   "),  # empty: not an answer
            ),
            KEYBOARD,
            organization="Alingsås kommun",
        )
        assert check_responses(s, ev.id, [form]) == []
        (response_id,) = record_responses(s, ev.id, [form])
        rows = {
            a.question_id: (a.number, a.choice_mask, a.text)
            for a in s.scalars(select(EvaluationAnswer))
        }
        assert rows == {
            q["overall"].id: (5, None, None),
            q["valuable_parts"].id: (None, 0b1001, None),
            q["recommend"].id: (1, None, None),
            q["takeaway"].id: (None, None, "Modet att fråga"),
        }
        response = s.get(EvaluationResponse, response_id)
        assert response is not None
        assert (response.organization, response.enrollment_id) == ("Alingsås kommun", None)
        again = stored_response(s, response_id)
        assert {a.question_id: a.choices for a in again.answers if a.choices} == {
            q["valuable_parts"].id: frozenset({0, 3}),
            q["recommend"].id: frozenset({1}),
        }


def test_every_problem_is_numbered_and_nothing_is_written(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        ev = evaluations.create_evaluation(s, cohort.id)
        q = _questions(s, ev.id)
        enrollment_id = s.scalars(select(Enrollment.id)).first()
        inputs = [
            ResponseInput((AnswerInput(q["overall"].id, number=4),), KEYBOARD),
            ResponseInput((AnswerInput(q["overall"].id, number=3),), KEYBOARD),
            ResponseInput(
                (
                    AnswerInput(q["overall"].id, number=4),
                    AnswerInput(q["relevance"].id, number=6),
                    AnswerInput(q["recommend"].id, choices=frozenset({0, 1})),
                    AnswerInput(q["valuable_parts"].id, choices=frozenset({7})),
                ),
                KEYBOARD,
            ),
            ResponseInput((), KEYBOARD),
            ResponseInput((AnswerInput(q["overall"].id, number=2),), KEYBOARD, enrollment_id),
        ]
        problems = check_responses(s, ev.id, inputs)
        assert [str(p) for p in problems] == [
            "Response 3, question 2: 6 is outside the scale 1–5.",
            "Response 3, question 7: there is no option 8; the options are 1–5.",
            "Response 3, question 8: only one option may be chosen.",
            "Response 4: the form is empty.",
            "Response 5: the evaluation is anonymous: a response names no one.",
        ]
        with pytest.raises(ResponsesRefusedError) as refused:
            record_responses(s, ev.id, inputs)
        assert isinstance(refused.value, KohortError) and len(refused.value.problems) == 5
        assert s.scalar(select(func.count(EvaluationResponse.id))) == 0
        set_language("sv")
        assert (
            str(check_responses(s, ev.id, inputs)[0])
            == "Svar 3, fråga 2: 6 ligger utanför skalan 1–5."
        )


def test_required_questions_and_answers_of_the_wrong_kind(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        ev = evaluations.create_evaluation(s, cohort.id, template=None)
        must = evaluations.add_question(
            s,
            ev.id,
            evaluations.QuestionFields(
                kind=QuestionKind.SCALE, text="Helhet", scale_max=7, required=True
            ),
        )
        free = evaluations.add_question(
            s, ev.id, evaluations.QuestionFields(kind=QuestionKind.TEXT, text="Annat")
        )
        problems = check_responses(
            s,
            ev.id,
            [
                ResponseInput((AnswerInput(free, text="Bra"),), KEYBOARD),
                ResponseInput((AnswerInput(must, number=7), AnswerInput(free, number=3)), KEYBOARD),
                ResponseInput((AnswerInput(must, number=7), AnswerInput(must, number=6)), KEYBOARD),
            ],
        )
        assert [str(p) for p in problems] == [
            "Response 1, question 1: an answer is required.",
            "Response 2, question 2: the answer is not of the question's kind.",
            "Response 3, question 1: the question is answered twice.",
        ]


def test_named_responses_one_per_person_of_the_cohort(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, organizations=("Vårgårda kommun",))
        other = cohort_with_participants(s, program=cohort.program, name="Omgång 4")
        ev = evaluations.create_evaluation(s, cohort.id, anonymous=False)
        overall = _questions(s, ev.id)["overall"].id
        mine = list(s.scalars(select(Enrollment.id).where(Enrollment.cohort_id == cohort.id)))
        theirs = s.scalars(select(Enrollment.id).where(Enrollment.cohort_id == other.id)).first()

        def form(enrollment_id: int | None, value: int = 4) -> ResponseInput:
            return ResponseInput(
                (AnswerInput(overall, number=value),), KEYBOARD, enrollment_id, "Fel org"
            )

        problems = check_responses(
            s, ev.id, [form(None), form(theirs), form(mine[0]), form(mine[0])]
        )
        assert [p.message for p in problems] == [
            "the evaluation is named: say whose response it is.",
            "the person is not in this evaluation's cohort.",
            "the same person's response is here twice.",
        ]
        (first,) = record_responses(s, ev.id, [form(mine[0], 2)])
        stored = s.get(EvaluationResponse, first)
        assert stored is not None and stored.organization == "Vårgårda kommun"
        with pytest.raises(ResponsesRefusedError, match="answered already"):
            record_responses(s, ev.id, [form(mine[0], 5)])
        (second,) = record_responses(s, ev.id, [form(mine[0], 5)], replace=True)
        assert responded_enrollments(s, ev.id) == {mine[0]: second}
        assert s.scalars(select(EvaluationAnswer.number)).all() == [5]
        delete_response(s, second)
        assert responded_enrollments(s, ev.id) == {}


def test_a_closed_evaluation_takes_no_answers(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        ev = evaluations.create_evaluation(s, cohort.id)
        overall = _questions(s, ev.id)["overall"].id
        evaluations.set_closed(s, ev.id, True)
        with pytest.raises(ResponsesRefusedError, match="closed"):
            record_responses(s, ev.id, [ResponseInput((AnswerInput(overall, number=3),), KEYBOARD)])
        evaluations.set_closed(s, ev.id, False)
        (response_id,) = record_responses(
            s, ev.id, [ResponseInput((AnswerInput(overall, number=3),), KEYBOARD)]
        )
        # closed again: its responses can no longer be taken back either
        evaluations.set_closed(s, ev.id, True)
        with pytest.raises(ValidationError, match="closed"):
            delete_response(s, response_id)
        assert s.get(EvaluationResponse, response_id) is not None
        evaluations.set_closed(s, ev.id, False)
        delete_response(s, response_id)
        assert s.get(EvaluationResponse, response_id) is None


@pytest.mark.parametrize(
    ("role", "status", "refusal"),
    [
        (Role.MENTOR, EnrollmentStatus.ENROLLED, "as mentor, not as a participant"),
        (Role.FACILITATOR, EnrollmentStatus.ENROLLED, "as facilitator, not as a participant"),
        (Role.GUEST, EnrollmentStatus.ENROLLED, "as guest, not as a participant"),
        (Role.PARTICIPANT, EnrollmentStatus.APPLICANT, "is “applicant”; only enrolled"),
        (Role.PARTICIPANT, EnrollmentStatus.WITHDRAWN, "is “withdrawn”; only enrolled"),
        (Role.PARTICIPANT, EnrollmentStatus.WAITLISTED, "is “waitlisted”; only enrolled"),
    ],
)
def test_a_named_evaluation_is_answered_by_its_participants_only(
    db: Database, role: Role, status: EnrollmentStatus, refusal: str
) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=1)
        person = Person(first_name="Ingen", last_name="Deltagare")
        s.add(person)
        s.flush()
        outsider = Enrollment(cohort_id=cohort.id, person_id=person.id, role=role, status=status)
        s.add(outsider)
        s.flush()
        ev = evaluations.create_evaluation(s, cohort.id, anonymous=False)
        overall = _questions(s, ev.id)["overall"].id
        form = ResponseInput((AnswerInput(overall, number=4),), KEYBOARD, outsider.id)
        with pytest.raises(ResponsesRefusedError, match=refusal):
            record_responses(s, ev.id, [form])
        assert s.scalar(select(func.count(EvaluationResponse.id))) == 0
        # a participant who completed the programme answers
        outsider.role, outsider.status = Role.PARTICIPANT, EnrollmentStatus.COMPLETED
        s.flush()
        assert len(record_responses(s, ev.id, [form])) == 1


class _UndoError(Exception):
    """Rolls one example's transaction back."""


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
@given(st.lists(st.lists(st.integers(-1, 8), min_size=0, max_size=3), min_size=1, max_size=5))
@example([[3], [6]])
@example([[]])
@example([[1, 5, 2]])
def test_scale_answers_are_stored_all_or_nothing(db: Database, forms: list[list[int]]) -> None:
    """Whatever the values, either every form is stored as given or none is, and the
    problems name exactly the forms and questions that break a rule."""
    with db.write() as s:
        if s.get(Cohort, 1) is None:  # the first example makes the evaluation
            cohort = cohort_with_participants(s)
            evaluations.create_evaluation(s, cohort.id)
    with pytest.raises(_UndoError), db.write() as s:
        ev_id = evaluations.list_evaluations(s, 1)[0].id
        scales = [q.id for q in evaluations.evaluation_questions(s, ev_id)][:3]
        inputs = [
            ResponseInput(
                tuple(AnswerInput(q, number=v) for q, v in zip(scales, values, strict=False)),
                KEYBOARD,
            )
            for values in forms
        ]
        expected = {
            (n, position)
            for n, values in enumerate(forms, start=1)
            for position, v in enumerate(values, start=1)
            if not 1 <= v <= 5
        } | {(n, None) for n, values in enumerate(forms, start=1) if not values}
        problems = check_responses(s, ev_id, inputs)
        assert {(p.response, p.question) for p in problems} == expected
        before = s.scalar(select(func.count(EvaluationAnswer.id)))
        if expected:
            with pytest.raises(ResponsesRefusedError):
                record_responses(s, ev_id, inputs)
            assert s.scalar(select(func.count(EvaluationAnswer.id))) == before
        else:
            assert len(record_responses(s, ev_id, inputs)) == len(forms)
            stored = s.scalar(select(func.count(EvaluationAnswer.id)))
            assert stored == before + sum(len(values) for values in forms)
        raise _UndoError
