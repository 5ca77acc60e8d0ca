"""Course evaluations (kursutvärderingar): creating one from a template, editing its
questions, and listing a cohort's.

An evaluation belongs to a cohort, or to one of its sessions (träffar). Its questions are
made from a built-in template (:mod:`app.services.evaluation_templates`) in the cohort's
document language, or written by hand. Once a question has answers, its kind, scale and
options are fixed, and so are a scale's end labels (the answers would no longer mean what
was asked: swapping "Mycket dåligt" and "Mycket bra" would turn every 5 into a 1); its text
may still be reworded. Deleting a question that has answers deletes them too, so the caller
must confirm (:class:`QuestionHasAnswersError`).

Answers get in through :mod:`app.services.evaluation_responses`; results are
:mod:`app.services.evaluation_results`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import Language, QuestionKind
from app.errors import KohortError, NotFoundError, ValidationError
from app.i18n import _, ngettext
from app.models import (
    Evaluation,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    Session,
    utcnow,
)
from app.services.cohorts import load_cohort
from app.services.evaluation_question_rules import (
    checked_question,
    choices_json,
    new_question,
    question_choices,
)
from app.services.evaluation_templates import (
    TEMPLATES,
    TITLES,
    template_questions,
)
from app.services.evaluation_templates import (
    QuestionFields as QuestionFields,
)
from app.text import clean

MAX_TITLE = 200
MAX_QUESTIONS = 60


class QuestionLockedError(ValidationError):
    """A question with answers cannot change its kind, scale or options."""


class QuestionHasAnswersError(KohortError):
    """Deleting this (a question, an evaluation) would delete answers: ask, then call again
    with ``confirmed=True``."""

    def __init__(self, message: str, answers: int) -> None:
        super().__init__(message)
        self.answers = answers


@dataclass(frozen=True)
class QuestionView:
    """A stored question as the window and the command line show it."""

    id: int
    position: int  # 1-based
    key: str | None
    kind: QuestionKind
    text: str
    scale_max: int | None
    low_label: str
    high_label: str
    choices: tuple[str, ...]
    required: bool
    answers: int  # how many responses answered it

    @property
    def fields(self) -> QuestionFields:
        return QuestionFields(
            kind=self.kind,
            text=self.text,
            scale_max=self.scale_max,
            low_label=self.low_label,
            high_label=self.high_label,
            choices=self.choices,
            required=self.required,
            key=self.key,
        )


@dataclass(frozen=True)
class EvaluationSummary:
    id: int
    cohort_id: int
    session_id: int | None
    session_title: str | None
    title: str
    language: Language
    anonymous: bool
    template: str | None
    questions: int
    responses: int
    closed: bool
    created_at: dt.datetime


# -- evaluations ----------------------------------------------------------------------------


def create_evaluation(
    session: DbSession,
    cohort_id: int,
    *,
    template: str | None = "standard",
    language: Language | None = None,
    anonymous: bool = True,
    session_id: int | None = None,
    title: str | None = None,
) -> Evaluation:
    """A new evaluation of the cohort (or of one of its sessions), with the template's
    questions in ``language`` (default: the cohort's document language), or none."""
    cohort = load_cohort(session, cohort_id)
    language = language or cohort.language
    if template is not None and template not in TEMPLATES:
        raise ValidationError(
            _(
                "There is no evaluation template called “{template}”; choose one of: {names}."
            ).format(template=template, names=", ".join(TEMPLATES))
        )
    held = None
    if session_id is not None:
        held = session.get(Session, session_id)
        if held is None or held.cohort_id != cohort.id:
            raise NotFoundError(
                _("The cohort has no session with id {session_id}.").format(session_id=session_id)
            )
    if title is None or not clean(title):
        title = TITLES.get(template or "standard", TITLES["standard"])[language]
        if held is not None:
            title = f"{title}: {held.title}"[:MAX_TITLE].strip()
    evaluation = Evaluation(
        cohort_id=cohort.id,
        session_id=session_id,
        title=_checked_title(title),
        language=language,
        anonymous=anonymous,
        template=template,
    )
    session.add(evaluation)
    session.flush()
    if template is not None:
        for position, fields in enumerate(template_questions(template, language), start=1):
            evaluation.questions.append(new_question(position, fields))
    session.flush()
    return evaluation


def load_evaluation(session: DbSession, evaluation_id: int) -> Evaluation:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError(
            _("There is no evaluation with id {evaluation_id}.").format(evaluation_id=evaluation_id)
        )
    return evaluation


def list_evaluations(session: DbSession, cohort_id: int) -> list[EvaluationSummary]:
    """The cohort's evaluations, oldest first, with their numbers of questions and answers."""
    load_cohort(session, cohort_id)
    questions = (
        select(func.count(EvaluationQuestion.id))
        .where(EvaluationQuestion.evaluation_id == Evaluation.id)
        .scalar_subquery()
    )
    responses = (
        select(func.count(EvaluationResponse.id))
        .where(EvaluationResponse.evaluation_id == Evaluation.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Evaluation, Session.title, questions, responses)
        .outerjoin(Session, Session.id == Evaluation.session_id)
        .where(Evaluation.cohort_id == cohort_id)
        .order_by(Evaluation.created_at, Evaluation.id)
    ).all()
    return [
        EvaluationSummary(
            id=e.id,
            cohort_id=e.cohort_id,
            session_id=e.session_id,
            session_title=session_title,
            title=e.title,
            language=e.language,
            anonymous=e.anonymous,
            template=e.template,
            questions=n_questions,
            responses=n_responses,
            closed=e.closed_at is not None,
            created_at=e.created_at,
        )
        for e, session_title, n_questions, n_responses in rows
    ]


def update_evaluation(
    session: DbSession,
    evaluation_id: int,
    *,
    title: str | None = None,
    anonymous: bool | None = None,
) -> None:
    """Rename it, or make it anonymous or named while it has no answers."""
    evaluation = load_evaluation(session, evaluation_id)
    if title is not None:
        evaluation.title = _checked_title(title)
    if anonymous is not None and anonymous != evaluation.anonymous:
        if _response_count(session, evaluation_id):
            raise ValidationError(
                _("The evaluation has answers: it can no longer be made anonymous or named.")
            )
        evaluation.anonymous = anonymous
    session.flush()


def set_closed(session: DbSession, evaluation_id: int, closed: bool) -> None:
    """Close the evaluation (no more answers are taken) or open it again."""
    evaluation = load_evaluation(session, evaluation_id)
    if closed and evaluation.closed_at is None:
        evaluation.closed_at = utcnow()
    elif not closed:
        evaluation.closed_at = None
    session.flush()


def delete_evaluation(session: DbSession, evaluation_id: int, *, confirmed: bool = False) -> None:
    evaluation = load_evaluation(session, evaluation_id)
    responses = _response_count(session, evaluation_id)
    if responses and not confirmed:
        raise QuestionHasAnswersError(
            ngettext(
                "The evaluation has {n} response; deleting it deletes the response too.",
                "The evaluation has {n} responses; deleting it deletes them too.",
                responses,
            ).format(n=responses),
            responses,
        )
    session.delete(evaluation)
    session.flush()


def _response_count(session: DbSession, evaluation_id: int) -> int:
    return (
        session.scalar(
            select(func.count(EvaluationResponse.id)).where(
                EvaluationResponse.evaluation_id == evaluation_id
            )
        )
        or 0
    )


def _checked_title(title: str) -> str:
    title = clean(title)
    if not title:
        raise ValidationError(_("Give the evaluation a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(
            _("The title is longer than {max} characters; shorten it.").format(max=MAX_TITLE)
        )
    return title


# -- questions ------------------------------------------------------------------------------


def evaluation_questions(session: DbSession, evaluation_id: int) -> tuple[QuestionView, ...]:
    evaluation = load_evaluation(session, evaluation_id)
    counts = dict(
        session.execute(
            select(EvaluationAnswer.question_id, func.count())
            .join(EvaluationQuestion, EvaluationQuestion.id == EvaluationAnswer.question_id)
            .where(EvaluationQuestion.evaluation_id == evaluation_id)
            .group_by(EvaluationAnswer.question_id)
        ).all()
    )
    return tuple(
        QuestionView(
            id=q.id,
            position=q.position,
            key=q.key,
            kind=q.kind,
            text=q.text,
            scale_max=q.scale_max,
            low_label=q.low_label or "",
            high_label=q.high_label or "",
            choices=question_choices(q),
            required=q.required,
            answers=counts.get(q.id, 0),
        )
        for q in evaluation.questions
    )


def add_question(
    session: DbSession, evaluation_id: int, fields: QuestionFields, *, position: int | None = None
) -> int:
    """Add a question at ``position`` (1-based; default: last); returns its id."""
    evaluation = load_evaluation(session, evaluation_id)
    fields = checked_question(fields)
    questions = list(evaluation.questions)
    if len(questions) >= MAX_QUESTIONS:
        raise ValidationError(
            _("An evaluation holds at most {max} questions.").format(max=MAX_QUESTIONS)
        )
    position = len(questions) + 1 if position is None else position
    if not 1 <= position <= len(questions) + 1:
        raise ValidationError(
            _("A question's place is from 1 to {last}.").format(last=len(questions) + 1)
        )
    question = new_question(len(questions) + 1, fields)
    question.evaluation_id = evaluation.id
    session.add(question)
    session.flush()
    questions.append(question)
    _renumber(session, evaluation, _moved(questions, len(questions), position))
    return question.id


def update_question(session: DbSession, question_id: int, fields: QuestionFields) -> None:
    """Rewrite a question. With answers, its kind, scale, options and end labels stay as
    they are. The stored key (for the trend) is kept while the kind and scale do not change."""
    question = _load_question(session, question_id)
    fields = checked_question(fields)
    old = (question.kind, question.scale_max, question_choices(question))
    new = (fields.kind, fields.scale_max, fields.choices)
    labels = (question.low_label or "", question.high_label or "")
    if old != new and _answer_count(session, question_id):
        raise QuestionLockedError(
            _(
                "Question {position} has answers: its kind, scale and options can no longer "
                "change (its text can)."
            ).format(position=question.position)
        )
    if labels != (fields.low_label, fields.high_label) and _answer_count(session, question_id):
        raise QuestionLockedError(
            _(
                "Question {position} has answers: the labels at the ends of its scale can no "
                "longer change (its text can)."
            ).format(position=question.position)
        )
    if old[:2] != new[:2]:
        question.key = None  # no longer the same question across cohorts
    question.kind = fields.kind
    question.text = fields.text
    question.scale_max = fields.scale_max
    question.low_label = fields.low_label or None
    question.high_label = fields.high_label or None
    question.choices_json = choices_json(fields)
    question.required = fields.required
    session.flush()


def move_question(session: DbSession, question_id: int, position: int) -> None:
    """Move a question to ``position`` (1-based), the others closing up around it."""
    question = _load_question(session, question_id)
    evaluation = question.evaluation
    questions = list(evaluation.questions)
    if not 1 <= position <= len(questions):
        raise ValidationError(
            _("A question's place is from 1 to {last}.").format(last=len(questions))
        )
    _renumber(session, evaluation, _moved(questions, question.position, position))


def delete_question(session: DbSession, question_id: int, *, confirmed: bool = False) -> None:
    """Delete a question; one with answers only when ``confirmed`` (its answers go too)."""
    question = _load_question(session, question_id)
    answers = _answer_count(session, question_id)
    if answers and not confirmed:
        raise QuestionHasAnswersError(
            ngettext(
                "Question {position} has {n} answer; deleting the question deletes it too.",
                "Question {position} has {n} answers; deleting the question deletes them too.",
                answers,
            ).format(position=question.position, n=answers),
            answers,
        )
    evaluation = question.evaluation
    rest = [q for q in evaluation.questions if q.id != question.id]
    session.delete(question)
    session.flush()
    session.expire(evaluation, ["questions"])
    _renumber(session, evaluation, rest)
    # A response whose only answer was to this question is now an empty form: gone too.
    empty = select(EvaluationResponse.id).where(
        EvaluationResponse.evaluation_id == evaluation.id,
        ~select(EvaluationAnswer.id)
        .where(EvaluationAnswer.response_id == EvaluationResponse.id)
        .exists(),
    )
    for response_id in session.scalars(empty).all():
        session.delete(session.get(EvaluationResponse, response_id))
    session.flush()


def _load_question(session: DbSession, question_id: int) -> EvaluationQuestion:
    question = session.get(EvaluationQuestion, question_id)
    if question is None:
        raise NotFoundError(
            _("There is no evaluation question with id {question_id}.").format(
                question_id=question_id
            )
        )
    return question


def _answer_count(session: DbSession, question_id: int) -> int:
    return (
        session.scalar(
            select(func.count(EvaluationAnswer.id)).where(
                EvaluationAnswer.question_id == question_id
            )
        )
        or 0
    )


def _moved(questions: list[EvaluationQuestion], old: int, new: int) -> list[EvaluationQuestion]:
    ordered = sorted(questions, key=lambda q: q.position)
    question = ordered.pop(old - 1)
    ordered.insert(new - 1, question)
    return ordered


def _renumber(
    session: DbSession, evaluation: Evaluation, ordered: Sequence[EvaluationQuestion]
) -> None:
    """Positions 1..n in ``ordered``'s order; through negative ones, so the unique position
    never collides on the way."""
    for offset, question in enumerate(ordered, start=1):
        question.position = -offset
    session.flush()
    for offset, question in enumerate(ordered, start=1):
        question.position = offset
    session.flush()
    session.expire(evaluation, ["questions"])
