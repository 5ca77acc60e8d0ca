"""The trend of a course evaluation's scale questions: for each one with a key, its mean in
up to :data:`TREND_ROUNDS` earlier cohorts of the programme (by start date) whose evaluation
asked the same key on the same scale. A cohort's evaluation there is its latest closed one
of the same kind (the whole cohort's, or a session's): one evaluation per cohort, never an
average of several — a mid-course check and the final evaluation are not the same measure.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import QuestionKind
from app.models import Cohort, Evaluation, EvaluationAnswer, EvaluationQuestion

TREND_ROUNDS = 5


@dataclass(frozen=True)
class TrendPoint:
    """A question's mean in one earlier cohort."""

    cohort_id: int
    cohort_name: str
    start_date: dt.date | None
    mean: float
    answered: int


def question_trends(
    session: DbSession,
    cohort: Cohort,
    evaluation: Evaluation,
    questions: list[EvaluationQuestion],
) -> dict[tuple[str | None, int | None], tuple[TrendPoint, ...]]:
    """Per (key, scale): the earlier cohorts' means, each from one evaluation — the cohort's
    latest closed one of the same kind (the whole cohort's, or a session's) — never
    averaged over several."""
    keys = {q.key for q in questions if q.kind is QuestionKind.SCALE and q.key}
    if not keys or cohort.start_date is None:
        return {}
    same_kind = (
        Evaluation.session_id.is_(None)
        if evaluation.session_id is None
        else Evaluation.session_id.is_not(None)
    )
    candidates = session.execute(
        select(Evaluation.id, Cohort.id, Cohort.name, Cohort.start_date)
        .join(Cohort, Cohort.id == Evaluation.cohort_id)
        .where(
            Cohort.program_id == cohort.program_id,
            Cohort.id != cohort.id,
            Cohort.start_date < cohort.start_date,
            Evaluation.closed_at.is_not(None),
            same_kind,
        )
        .order_by(Evaluation.closed_at, Evaluation.id)
    ).all()
    chosen: dict[int, tuple[int, str, dt.date | None]] = {}  # cohort -> its latest closed
    for evaluation_id, cohort_id, name, start in candidates:
        chosen[cohort_id] = (evaluation_id, name, start)
    if not chosen:
        return {}
    by_evaluation = {e: (c, name, start) for c, (e, name, start) in chosen.items()}
    rows = session.execute(
        select(
            EvaluationQuestion.evaluation_id,
            EvaluationQuestion.key,
            EvaluationQuestion.scale_max,
            func.sum(EvaluationAnswer.number),
            func.count(EvaluationAnswer.number),
        )
        .join(EvaluationAnswer, EvaluationAnswer.question_id == EvaluationQuestion.id)
        .where(
            EvaluationQuestion.evaluation_id.in_(by_evaluation),
            EvaluationQuestion.kind == QuestionKind.SCALE,
            EvaluationQuestion.key.in_(keys),
            EvaluationAnswer.number.is_not(None),
        )
        .group_by(
            EvaluationQuestion.evaluation_id,
            EvaluationQuestion.key,
            EvaluationQuestion.scale_max,
        )
    ).all()
    points: dict[tuple[str | None, int | None], list[TrendPoint]] = defaultdict(list)
    for evaluation_id, key, scale_max, total, answered in rows:
        if answered and total is not None:
            cohort_id, name, start = by_evaluation[evaluation_id]
            points[(key, scale_max)].append(
                TrendPoint(cohort_id, name, start, total / answered, answered)
            )
    return {
        k: tuple(
            sorted(v, key=lambda p: (p.start_date or dt.date.min, p.cohort_id))[-TREND_ROUNDS:]
        )
        for k, v in points.items()
    }
