"""The demo's course evaluations: the finished cohort of "Framtidens ledare" gets a closed,
anonymous evaluation with realistic answers, and the programme two small earlier cohorts
with evaluations of their own, so that the results show a trend over three rounds.

Made only when the programme itself is made (:func:`app.services.demo.create_demo` is
idempotent); the answers are fixed in ``resources/demo/demo.json`` ("evaluations").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import CohortStatus, ResponseSource
from app.models import Cohort
from app.services import evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses

SCALE_KEYS = ("overall", "relevance", "facilitators", "structure", "materials", "group")
TEXT_KEYS = ("takeaway", "improve", "other")
CLOSED_AT = dt.time(16, 0)


def create_demo_evaluations(
    session: DbSession,
    program_id: int,
    spec: dict[str, Any],
    create_cohort: Callable[[DbSession, int, dict[str, Any]], int],
) -> list[int]:
    """The evaluations (and the earlier cohorts); returns the earlier cohorts' ids."""
    finished = session.scalars(
        select(Cohort)
        .where(Cohort.program_id == program_id, Cohort.status == CohortStatus.COMPLETED)
        .order_by(Cohort.id)
    ).first()
    if finished is not None:  # first: the demo's evaluation 1
        _evaluate(session, finished.id, spec["responses"])
    earlier_ids = []
    for cohort_spec in spec["earlier_cohorts"]:
        cohort_id = create_cohort(session, program_id, cohort_spec)
        earlier_ids.append(cohort_id)
        _evaluate(session, cohort_id, cohort_spec["responses"])
    return earlier_ids


def _evaluate(session: DbSession, cohort_id: int, responses: list[dict[str, Any]]) -> None:
    evaluation = evaluations.create_evaluation(session, cohort_id)
    questions = {q.key: q.id for q in evaluations.evaluation_questions(session, evaluation.id)}
    record_responses(session, evaluation.id, [_response(questions, r) for r in responses])
    cohort = session.get(Cohort, cohort_id)
    if cohort is not None and cohort.end_date is not None:
        evaluation.closed_at = dt.datetime.combine(cohort.end_date, CLOSED_AT)
    session.flush()


def _response(questions: dict[str | None, int], spec: dict[str, Any]) -> ResponseInput:
    answers = [
        AnswerInput(questions[key], number=value)
        for key, value in zip(SCALE_KEYS, spec["scales"], strict=True)
    ]
    answers.append(AnswerInput(questions["valuable_parts"], choices=frozenset(spec["parts"])))
    answers.append(AnswerInput(questions["recommend"], choices=frozenset({spec["recommend"]})))
    answers += [AnswerInput(questions[key], text=spec[key]) for key in TEXT_KEYS if spec.get(key)]
    return ResponseInput(
        tuple(answers), ResponseSource.KEYBOARD, organization=spec.get("organization")
    )
