"""A course evaluation's results: per question the answers' count, distribution, mean and
median, the open answers grouped, the response rate, the trend against earlier cohorts of
the same programme and, where no one can be recognized, means by organization.

- **Response rate** = responses / the participants (role participant, status enrolled or
  completed): the cohort's, or for one session's evaluation those marked present, late or
  left early at that session (the cohort's when no one is marked there yet: ``rate_basis``
  says which). A named evaluation counts only those participants' responses, so the rate
  never passes 100 %.
- **Few answers**: an anonymous evaluation with fewer than :data:`ANONYMITY_MIN` responses
  may point out the few who answered: ``few_answers`` tells the report to say so.
- **Open answers**: the same text (after trimming, ignoring case) counted once with how
  many gave it, the most frequent first, then alphabetically.
- **Trend**: for each scale question with a key, its mean in up to :data:`TREND_ROUNDS`
  earlier cohorts of the programme (by start date) whose evaluation asked the same key on
  the same scale. A cohort's evaluation there is its latest closed one of the same kind
  (the whole cohort's, or a session's): one evaluation per cohort, never an average of
  several.
- **By organization**: only organizations with at least :data:`ANONYMITY_MIN` responses
  are shown; the rest together as "others" (``name`` None), and only if they too are at
  least that many — with 1 to ANONYMITY_MIN - 1 others there is no split at all, as the
  overall figures minus the groups shown would give the others away. Likewise a group's
  mean of a question only where at least that many answered it, and a question's means by
  organization only where those left out are none or at least that many.

Everything is counted with a few aggregate queries, so 2,000 responses of 20 questions take
a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus, EnrollmentStatus, Language, QuestionKind, Role
from app.models import (
    Attendance,
    Cohort,
    Enrollment,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    Session,
)
from app.services.evaluation_question_rules import question_choices
from app.services.evaluation_trend import TREND_ROUNDS as TREND_ROUNDS
from app.services.evaluation_trend import TrendPoint as TrendPoint
from app.services.evaluation_trend import question_trends
from app.services.evaluations import load_evaluation

ANONYMITY_MIN = 5
COUNTED_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)
# Marked at a session like this: there, so asked to evaluate it.
PRESENT_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


class RateBasis(enum.StrEnum):
    """Whom the response rate is of."""

    COHORT = "cohort"  # the cohort's participants
    SESSION_ATTENDANCE = "session_attendance"  # those marked present at the session


@dataclass(frozen=True)
class OpenAnswer:
    text: str
    count: int


@dataclass(frozen=True)
class OrganizationMean:
    name: str | None  # None: the others together
    answered: int
    mean: float | None  # None: fewer than ANONYMITY_MIN answered


@dataclass(frozen=True)
class QuestionResult:
    question_id: int
    position: int
    key: str | None
    kind: QuestionKind
    text: str
    scale_max: int | None
    low_label: str
    high_label: str
    choices: tuple[str, ...]
    answered: int
    # Scale: counts of 1..scale_max; choice: counts per option; text: ().
    distribution: tuple[int, ...]
    mean: float | None = None
    median: float | None = None
    open_answers: tuple[OpenAnswer, ...] = ()
    trend: tuple[TrendPoint, ...] = ()  # earlier cohorts, oldest first
    by_organization: tuple[OrganizationMean, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """What each bar of the distribution counts: "1".."5", or the options."""
        if self.kind is QuestionKind.SCALE:
            return tuple(str(v) for v in range(1, (self.scale_max or 5) + 1))
        return self.choices


@dataclass(frozen=True)
class OrganizationGroup:
    name: str | None  # None: the others together
    responses: int


@dataclass(frozen=True)
class EvaluationResults:
    evaluation_id: int
    title: str
    anonymous: bool
    closed: bool
    language: Language
    program_id: int
    program_name: str
    cohort_id: int
    cohort_name: str
    start_date: dt.date | None
    end_date: dt.date | None
    session_title: str | None
    responses: int
    participants: int
    questions: tuple[QuestionResult, ...]
    # The split by organization where it identifies no one (else empty).
    organizations: tuple[OrganizationGroup, ...] = ()
    # Whom ``participants`` counts: the cohort's, or those present at the session.
    rate_basis: RateBasis = RateBasis.COHORT
    # Anonymous, but so few answered (1 to ANONYMITY_MIN - 1) that they may be recognized.
    few_answers: bool = False

    @property
    def response_rate(self) -> float | None:
        """Responses per participant, 0..1 (None when the cohort has no participants)."""
        return self.responses / self.participants if self.participants else None


def evaluation_results(session: DbSession, evaluation_id: int) -> EvaluationResults:
    evaluation = load_evaluation(session, evaluation_id)
    cohort = session.get(Cohort, evaluation.cohort_id)
    assert cohort is not None
    questions = list(evaluation.questions)
    counts = _counts(session, evaluation_id)
    masks = _masks(session, evaluation_id)
    texts = _texts(session, evaluation_id)
    trends = question_trends(session, cohort, evaluation, questions)
    groups, group_of = _organization_groups(session, evaluation_id)
    by_org = _organization_means(session, evaluation_id, group_of) if groups else {}
    results = []
    for q in questions:
        choices = question_choices(q)
        trend = trends.get((q.key, q.scale_max), ()) if q.kind is QuestionKind.SCALE else ()
        results.append(_question_result(q, choices, counts, masks, texts, trend, groups, by_org))
    session_title = None
    if evaluation.session_id is not None:
        held = session.get(Session, evaluation.session_id)
        session_title = held.title if held else None
    asked, basis = _asked(session, cohort.id, evaluation.session_id)
    counted = select(func.count(EvaluationResponse.id)).where(
        EvaluationResponse.evaluation_id == evaluation_id
    )
    if not evaluation.anonymous:  # only the responses of those the rate is of
        counted = counted.where(EvaluationResponse.enrollment_id.in_(asked))
    responses = session.scalar(counted) or 0
    return EvaluationResults(
        evaluation_id=evaluation.id,
        title=evaluation.title,
        anonymous=evaluation.anonymous,
        closed=evaluation.closed_at is not None,
        language=evaluation.language,
        program_id=cohort.program_id,
        program_name=cohort.program.name,
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        session_title=session_title,
        responses=responses,
        participants=session.scalar(select(func.count()).select_from(asked.subquery())) or 0,
        questions=tuple(results),
        organizations=groups,
        rate_basis=basis,
        few_answers=evaluation.anonymous and 0 < responses < ANONYMITY_MIN,
    )


def _asked(
    session: DbSession, cohort_id: int, session_id: int | None
) -> tuple[Select[int], RateBasis]:
    """The enrollments asked to answer (a query of their ids) and whom they are: the
    cohort's participants, or for a session those marked present at it (when anyone is
    marked there)."""
    counted = select(Enrollment.id).where(
        Enrollment.cohort_id == cohort_id,
        Enrollment.role == Role.PARTICIPANT,
        Enrollment.status.in_(COUNTED_STATUSES),
    )
    if session_id is None:
        return counted, RateBasis.COHORT
    marked = select(Attendance.enrollment_id).where(
        Attendance.session_id == session_id, Attendance.enrollment_id.in_(counted)
    )
    if session.scalar(select(marked.exists())):
        present = marked.where(Attendance.status.in_(PRESENT_STATUSES))
        return present, RateBasis.SESSION_ATTENDANCE
    return counted, RateBasis.COHORT


def median_of(distribution: tuple[int, ...]) -> float | None:
    """The median of the values 1..n counted in ``distribution``."""
    total = sum(distribution)
    if not total:
        return None
    middle = ((total - 1) // 2, total // 2)  # 0-based ranks of the middle one or two
    values: list[int] = []
    seen = 0
    for value, count in enumerate(distribution, start=1):
        values.extend(value for rank in middle if seen <= rank < seen + count)
        seen += count
    return sum(values) / 2


def _question_result(
    q: EvaluationQuestion,
    choices: tuple[str, ...],
    counts: dict[int, dict[int, int]],
    masks: dict[int, dict[int, int]],
    texts: dict[int, list[tuple[str, int]]],
    trend: tuple[TrendPoint, ...],
    groups: tuple[OrganizationGroup, ...],
    by_org: dict[tuple[str | None, int], tuple[int, int]],
) -> QuestionResult:
    base = QuestionResult(
        question_id=q.id,
        position=q.position,
        key=q.key,
        kind=q.kind,
        text=q.text,
        scale_max=q.scale_max,
        low_label=q.low_label or "",
        high_label=q.high_label or "",
        choices=choices,
        answered=0,
        distribution=(),
    )
    if q.kind is QuestionKind.SCALE:
        values = counts.get(q.id, {})
        distribution = tuple(values.get(v, 0) for v in range(1, (q.scale_max or 5) + 1))
        answered = sum(values.values())  # values outside the scale are still answers
        total = sum(v * n for v, n in values.items())
        organizations = _question_split(q.id, answered, groups, by_org)
        return replace(
            base,
            answered=answered,
            distribution=distribution,
            mean=total / answered if answered else None,
            median=median_of(distribution),
            trend=trend,
            by_organization=organizations,
        )
    if q.kind is QuestionKind.SINGLE:
        values = counts.get(q.id, {})
        return replace(
            base,
            answered=sum(values.values()),
            distribution=tuple(values.get(i, 0) for i in range(len(choices))),
        )
    if q.kind is QuestionKind.MULTIPLE:
        chosen = masks.get(q.id, {})
        distribution = tuple(
            sum(n for mask, n in chosen.items() if mask >> i & 1) for i in range(len(choices))
        )
        return replace(base, answered=sum(chosen.values()), distribution=distribution)
    given = texts.get(q.id, [])
    return replace(
        base,
        answered=sum(count for _text, count in given),
        distribution=(),
        open_answers=grouped_counts(given),
    )


def grouped_answers(texts: list[str]) -> tuple[OpenAnswer, ...]:
    """The same answer (trimmed, ignoring case and inner spacing) once, with its count."""
    counts: dict[str, int] = {}
    for text in texts:  # in the order given: the first spelling wins a tie
        counts[text] = counts.get(text, 0) + 1
    return grouped_counts(list(counts.items()))


def grouped_counts(spellings: list[tuple[str, int]]) -> tuple[OpenAnswer, ...]:
    """:func:`grouped_answers` of texts already counted: (text, how many gave it), in the
    order they were first given. Shown as most gave it (of equally many, the first)."""
    groups: dict[str, dict[str, int]] = {}
    for text, count in spellings:
        shown = " ".join(text.split())
        if shown:
            group = groups.setdefault(shown.casefold(), {})
            group[shown] = group.get(shown, 0) + count
    answers = []
    for group in groups.values():
        best = max(group.items(), key=lambda item: item[1])  # max keeps the first of a tie
        answers.append(OpenAnswer(best[0], sum(group.values())))
    return tuple(sorted(answers, key=lambda a: (-a.count, a.text.casefold(), a.text)))


def _question_split(
    question_id: int,
    answered: int,
    groups: tuple[OrganizationGroup, ...],
    by_org: dict[tuple[str | None, int], tuple[int, int]],
) -> tuple[OrganizationMean, ...]:
    """One scale question's means by organization. Where the answers of the groups whose
    mean is not shown are 1 to ANONYMITY_MIN - 1, the question's overall mean minus the
    shown ones would give them away: then no group's mean is shown."""
    split = [
        OrganizationMean(
            g.name,
            by_org.get((g.name, question_id), (0, 0))[1],
            _mean_if_enough(*by_org.get((g.name, question_id), (0, 0))),
        )
        for g in groups
    ]
    hidden = answered - sum(m.answered for m in split if m.mean is not None)
    if 0 < hidden < ANONYMITY_MIN:
        split = [replace(m, mean=None) for m in split]
    return tuple(split)


def _mean_if_enough(total: int, answered: int) -> float | None:
    return total / answered if answered >= ANONYMITY_MIN else None


def _counts(session: DbSession, evaluation_id: int) -> dict[int, dict[int, int]]:
    """Scale values and single choices: question id -> value -> count."""
    rows = session.execute(
        select(EvaluationAnswer.question_id, EvaluationAnswer.number, func.count())
        .join(EvaluationResponse, EvaluationResponse.id == EvaluationAnswer.response_id)
        .where(
            EvaluationResponse.evaluation_id == evaluation_id,
            EvaluationAnswer.number.is_not(None),
        )
        .group_by(EvaluationAnswer.question_id, EvaluationAnswer.number)
    ).all()
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for question_id, number, count in rows:
        counts[question_id][number or 0] = count
    return counts


def _masks(session: DbSession, evaluation_id: int) -> dict[int, dict[int, int]]:
    """Multiple choices: question id -> chosen bit mask -> count."""
    rows = session.execute(
        select(EvaluationAnswer.question_id, EvaluationAnswer.choice_mask, func.count())
        .join(EvaluationResponse, EvaluationResponse.id == EvaluationAnswer.response_id)
        .where(
            EvaluationResponse.evaluation_id == evaluation_id,
            EvaluationAnswer.choice_mask.is_not(None),
        )
        .group_by(EvaluationAnswer.question_id, EvaluationAnswer.choice_mask)
    ).all()
    masks: dict[int, dict[int, int]] = defaultdict(dict)
    for question_id, mask, count in rows:
        masks[question_id][mask or 0] = count
    return masks


def _texts(session: DbSession, evaluation_id: int) -> dict[int, list[tuple[str, int]]]:
    """Open answers: question id -> (text, how many gave it), in the order first given."""
    first = func.min(EvaluationAnswer.id)
    rows = session.execute(
        select(EvaluationAnswer.question_id, EvaluationAnswer.text, func.count(), first)
        .join(EvaluationResponse, EvaluationResponse.id == EvaluationAnswer.response_id)
        .where(
            EvaluationResponse.evaluation_id == evaluation_id,
            EvaluationAnswer.text.is_not(None),
        )
        .group_by(EvaluationAnswer.question_id, EvaluationAnswer.text)
        .order_by(first)
    ).all()
    texts: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for question_id, text, count, _first in rows:
        texts[question_id].append((text or "", count))
    return texts


def _organization_groups(
    session: DbSession, evaluation_id: int
) -> tuple[tuple[OrganizationGroup, ...], dict[str | None, str | None]]:
    """The groups shown (organizations with enough responses, then the others if enough)
    and which group each stored organization falls in."""
    rows = session.execute(
        select(EvaluationResponse.organization, func.count())
        .where(EvaluationResponse.evaluation_id == evaluation_id)
        .group_by(EvaluationResponse.organization)
    ).all()
    big: list[OrganizationGroup] = []
    others = 0
    group_of: dict[str | None, str | None] = {}
    for name, count in rows:
        if name is not None and count >= ANONYMITY_MIN:
            big.append(OrganizationGroup(name, count))
            group_of[name] = name
        else:
            others += count
            group_of[name] = None
    if not big or 0 < others < ANONYMITY_MIN:  # the few others: the total minus the groups
        return (), {}
    big.sort(key=lambda g: (g.name or "").casefold())
    if others:
        big.append(OrganizationGroup(None, others))
    return tuple(big), group_of


def _organization_means(
    session: DbSession, evaluation_id: int, group_of: dict[str | None, str | None]
) -> dict[tuple[str | None, int], tuple[int, int]]:
    """(group, question id) -> (sum, count) of the scale answers."""
    rows = session.execute(
        select(
            EvaluationResponse.organization,
            EvaluationAnswer.question_id,
            func.sum(EvaluationAnswer.number),
            func.count(EvaluationAnswer.number),
        )
        .join(EvaluationResponse, EvaluationResponse.id == EvaluationAnswer.response_id)
        .join(EvaluationQuestion, EvaluationQuestion.id == EvaluationAnswer.question_id)
        .where(
            EvaluationResponse.evaluation_id == evaluation_id,
            EvaluationQuestion.kind == QuestionKind.SCALE,
        )
        .group_by(EvaluationResponse.organization, EvaluationAnswer.question_id)
    ).all()
    sums: dict[tuple[str | None, int], tuple[int, int]] = {}
    for organization, question_id, total, answered in rows:
        key = (group_of.get(organization), question_id)
        before = sums.get(key, (0, 0))
        sums[key] = (before[0] + (total or 0), before[1] + answered)
    return sums
