"""A person's named evaluation responses in their data export, and their removal when the
person is erased or deleted. Anonymous responses carry no link to anyone and stay.

Used by :mod:`app.services.privacy_export`, :mod:`app.services.privacy_erase` and
:mod:`app.services.deletion`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import QuestionKind, ResponseSource
from app.models import Evaluation, EvaluationAnswer, EvaluationQuestion, EvaluationResponse
from app.services.evaluation_question_rules import question_choices


@dataclass(frozen=True)
class EvaluationAnswerData:
    question: str
    answer: str  # the scale value ("4"), the chosen options' texts, or the text written


@dataclass(frozen=True)
class EvaluationResponseData:
    evaluation: str
    source: ResponseSource
    organization: str | None
    created_at: dt.datetime
    answers: tuple[EvaluationAnswerData, ...]


def named_responses(session: DbSession, enrollment_id: int) -> tuple[EvaluationResponseData, ...]:
    """The enrollment's named responses, oldest first, with every answer."""
    responses = session.execute(
        select(EvaluationResponse, Evaluation.title)
        .join(Evaluation, Evaluation.id == EvaluationResponse.evaluation_id)
        .where(EvaluationResponse.enrollment_id == enrollment_id)
        .order_by(EvaluationResponse.created_at, EvaluationResponse.id)
    ).all()
    found = []
    for response, title in responses:
        rows = session.execute(
            select(EvaluationAnswer, EvaluationQuestion)
            .join(EvaluationQuestion, EvaluationQuestion.id == EvaluationAnswer.question_id)
            .where(EvaluationAnswer.response_id == response.id)
            .order_by(EvaluationQuestion.position)
        ).all()
        found.append(
            EvaluationResponseData(
                evaluation=title,
                source=response.source,
                organization=response.organization,
                created_at=response.created_at,
                answers=tuple(
                    EvaluationAnswerData(question.text, _answer_text(answer, question))
                    for answer, question in rows
                ),
            )
        )
    return tuple(found)


def _answer_text(answer: EvaluationAnswer, question: EvaluationQuestion) -> str:
    choices = question_choices(question)
    if question.kind is QuestionKind.SINGLE and answer.number is not None:
        return choices[answer.number] if 0 <= answer.number < len(choices) else str(answer.number)
    if question.kind is QuestionKind.MULTIPLE and answer.choice_mask is not None:
        mask = answer.choice_mask
        return "; ".join(c for i, c in enumerate(choices) if mask >> i & 1)
    if answer.number is not None:
        return str(answer.number)
    return answer.text or ""


def count_named_responses(session: DbSession, enrollment_ids: Any) -> int:
    """How many named responses the enrollments (ids, or a select of them) gave."""
    return (
        session.scalar(
            select(func.count(EvaluationResponse.id)).where(
                EvaluationResponse.enrollment_id.in_(enrollment_ids)
            )
        )
        or 0
    )


def delete_named_responses(session: DbSession, enrollment_ids: Any) -> None:
    """Delete the enrollments' (ids, or a select of them) named responses and answers."""
    responses = select(EvaluationResponse.id).where(
        EvaluationResponse.enrollment_id.in_(enrollment_ids)
    )
    session.execute(delete(EvaluationAnswer).where(EvaluationAnswer.response_id.in_(responses)))
    session.execute(
        delete(EvaluationResponse).where(EvaluationResponse.enrollment_id.in_(enrollment_ids))
    )


def delete_cohort_evaluations(session: DbSession, cohort_id: int) -> None:
    """Delete the cohort's evaluations with their questions, responses and answers."""
    evaluations = select(Evaluation.id).where(Evaluation.cohort_id == cohort_id)
    responses = select(EvaluationResponse.id).where(
        EvaluationResponse.evaluation_id.in_(evaluations)
    )
    session.execute(delete(EvaluationAnswer).where(EvaluationAnswer.response_id.in_(responses)))
    session.execute(
        delete(EvaluationResponse).where(EvaluationResponse.evaluation_id.in_(evaluations))
    )
    session.execute(
        delete(EvaluationQuestion).where(EvaluationQuestion.evaluation_id.in_(evaluations))
    )
    session.execute(delete(Evaluation).where(Evaluation.cohort_id == cohort_id))


def cohort_evaluations(session: DbSession, cohort_id: int) -> int:
    return (
        session.scalar(select(func.count(Evaluation.id)).where(Evaluation.cohort_id == cohort_id))
        or 0
    )


def cohort_responses(session: DbSession, cohort_id: int) -> int:
    """Every response to the cohort's evaluations, named or anonymous."""
    return (
        session.scalar(
            select(func.count(EvaluationResponse.id))
            .join(Evaluation, Evaluation.id == EvaluationResponse.evaluation_id)
            .where(Evaluation.cohort_id == cohort_id)
        )
        or 0
    )
