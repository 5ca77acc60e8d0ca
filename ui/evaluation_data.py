"""What the Evaluation tab shows of a cohort's course evaluations, read on the worker, and
the writes of its keyboard entry (one form saved, the last one taken back)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import EnrollmentStatus, ResponseSource, Role
from app.services import evaluation_responses, evaluations
from app.services.enrollments import ParticipantInfo
from app.services.evaluation_responses import AnswerInput, ResponseInput
from app.services.evaluations import EvaluationSummary, QuestionView
from ui.evaluation_rows import FormAnswer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

# Who is asked to answer: the response rate counts them (as the results do).
ANSWERING = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


@dataclass(frozen=True)
class EvaluationState:
    cohort_id: int
    evaluations: tuple[EvaluationSummary, ...]
    evaluation_id: int | None  # the one shown; None: the cohort has none
    questions: tuple[QuestionView, ...] = ()
    people: tuple[tuple[int, str], ...] = ()  # (enrollment id, name): who is asked, A to Ö
    answered: frozenset[int] = frozenset()  # enrollments with a form typed in (named)
    organizations: tuple[str, ...] = ()  # the participants', offered on anonymous forms
    responses: int = 0

    @property
    def summary(self) -> EvaluationSummary | None:
        return next((e for e in self.evaluations if e.id == self.evaluation_id), None)

    @property
    def anonymous(self) -> bool:
        summary = self.summary
        return summary is None or summary.anonymous

    @property
    def expected(self) -> int:
        return len(self.people)


def answering(participants: list[ParticipantInfo]) -> tuple[tuple[int, str], ...]:
    """The participants asked to evaluate, by surname: those enrolled or completed."""
    chosen = sorted(
        (p for p in participants if p.role == Role.PARTICIPANT and p.status in ANSWERING),
        key=lambda p: p.sort_key,
    )
    # "Efternamn, Förnamn" as in every other list: the order they are sorted in
    return tuple(
        (p.enrollment_id, f"{p.person.last_name}, {p.person.first_name}".strip(", "))
        for p in chosen
    )


def organizations_of(participants: list[ParticipantInfo]) -> tuple[str, ...]:
    """The organizations the cohort's participants come from, A to Ö."""
    found = {p.person.organization.strip() for p in participants if p.person.organization}
    return tuple(sorted((o for o in found if o), key=str.casefold))


def load_state(
    s: DbSession,
    cohort_id: int,
    wanted: int | None,
    people: tuple[tuple[int, str], ...],
    organizations: tuple[str, ...] = (),
) -> EvaluationState:
    """The cohort's evaluations and the one ``wanted`` (else the newest) with its questions
    and who has answered."""
    found = tuple(evaluations.list_evaluations(s, cohort_id))
    if not found:
        return EvaluationState(cohort_id, found, None, people=people, organizations=organizations)
    ids = [e.id for e in found]
    shown = wanted if wanted in ids else ids[-1]
    return EvaluationState(
        cohort_id,
        found,
        shown,
        questions=evaluations.evaluation_questions(s, shown),
        people=people,
        answered=frozenset(evaluation_responses.responded_enrollments(s, shown)),
        responses=next(e.responses for e in found if e.id == shown),
        organizations=organizations,
    )


def answer_input(question: QuestionView, answer: FormAnswer) -> AnswerInput:
    return AnswerInput(
        question_id=question.id,
        number=answer.number,
        choices=answer.choices or None,
        text=answer.text or None,
    )


def save_form(
    s: DbSession,
    evaluation_id: int,
    enrollment_id: int | None,
    answers: tuple[tuple[int, FormAnswer], ...],
    organization: str | None = None,
) -> int:
    """One paper form typed in, saved all or nothing; its response's id."""
    questions = {q.id: q for q in evaluations.evaluation_questions(s, evaluation_id)}
    given = tuple(
        answer_input(questions[question_id], answer)
        for question_id, answer in answers
        if not answer.empty and question_id in questions
    )
    form = ResponseInput(
        answers=given,
        source=ResponseSource.KEYBOARD,
        enrollment_id=enrollment_id,
        organization=organization if enrollment_id is None else None,
    )
    (response_id,) = evaluation_responses.record_responses(s, evaluation_id, [form])
    return response_id


def delete_form(s: DbSession, response_id: int) -> None:
    evaluation_responses.delete_response(s, response_id)
