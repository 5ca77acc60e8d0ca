"""A course evaluation's documents: the paper forms to fill in by hand
(:func:`paper_forms_pdf`) and the results report for the steering group
(:func:`results_pdf`), in the evaluation's language. The drawing is in ``diplomas/``; this
module gathers the data (:mod:`app.services.evaluation_results`) and formats it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import QuestionKind, Role
from app.errors import ValidationError
from app.i18n import _, explain
from app.locales import date_range_in
from app.models import Cohort, Enrollment, Person, Session
from app.services.evaluation_results import (
    COUNTED_STATUSES,
    EvaluationResults,
    evaluation_results,
)
from app.services.evaluations import evaluation_questions, load_evaluation
from app.text import sort_key
from diplomas.evaluation_model import (
    LABELS,
    MAX_COPIES,
    EvaluationForm,
    EvaluationReport,
    FormQuestion,
    OpenAnswerLine,
    OrganizationRow,
    ReportQuestion,
    TrendBar,
    decimal_text,
)
from diplomas.problems import DocumentError

DEFAULT_COPIES = 1


def evaluation_form(
    session: DbSession,
    evaluation_id: int,
    *,
    named: bool,
    copies: int | None = None,
    today: dt.date | None = None,
) -> EvaluationForm:
    """What the paper forms print: one per participant (named; a named evaluation's only),
    or ``copies`` unnamed."""
    evaluation = load_evaluation(session, evaluation_id)
    cohort = session.get(Cohort, evaluation.cohort_id)
    assert cohort is not None
    held = session.get(Session, evaluation.session_id) if evaluation.session_id else None
    names: tuple[str, ...] = ()
    if named and evaluation.anonymous:
        raise ValidationError(
            _("The evaluation is anonymous: its forms carry no names; print unnamed ones.")
        )
    if named:
        names = participant_names(session, cohort.id)
        if not names:
            raise ValidationError(
                _("The cohort has no participants to print named forms for; print unnamed ones.")
            )
    else:
        copies = DEFAULT_COPIES if copies is None else copies
        if not 1 <= copies <= MAX_COPIES:
            raise ValidationError(
                _("Print between 1 and {most} unnamed forms.").format(most=MAX_COPIES)
            )
    questions = tuple(
        FormQuestion(
            number=q.position,
            kind=q.kind,
            text=q.text,
            scale_max=q.scale_max,
            low_label=q.low_label,
            high_label=q.high_label,
            choices=q.choices,
            required=q.required,
        )
        for q in evaluation_questions(session, evaluation_id)
    )
    return EvaluationForm(
        language=evaluation.language,
        title=evaluation.title,
        programme=cohort.program.name,
        cohort=cohort.name,
        session=held.title if held else "",
        anonymous=evaluation.anonymous,
        questions=questions,
        names=names,
        copies=copies or 1,
        printed=today or dt.date.today(),
    )


def participant_names(session: DbSession, cohort_id: int) -> tuple[str, ...]:
    """The cohort's participants (those the response rate counts), by surname."""
    people = session.scalars(
        select(Person)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(
            Enrollment.cohort_id == cohort_id,
            Enrollment.role == Role.PARTICIPANT,
            Enrollment.status.in_(COUNTED_STATUSES),
        )
    ).all()
    ordered = sorted(people, key=lambda p: (sort_key(p.last_name), sort_key(p.first_name)))
    return tuple(f"{p.first_name} {p.last_name}".strip() for p in ordered)


def paper_forms_pdf(
    session: DbSession,
    evaluation_id: int,
    *,
    named: bool,
    copies: int | None = None,
    today: dt.date | None = None,
) -> bytes:
    from diplomas.evaluation_form import evaluation_form_pdf

    form = evaluation_form(session, evaluation_id, named=named, copies=copies, today=today)
    try:
        return evaluation_form_pdf(form)
    except DocumentError as problem:
        raise ValidationError(explain(problem)) from problem


def evaluation_report(
    session: DbSession, evaluation_id: int, *, today: dt.date | None = None
) -> EvaluationReport:
    return report_of(evaluation_results(session, evaluation_id), today=today)


def report_of(results: EvaluationResults, *, today: dt.date | None = None) -> EvaluationReport:
    """The results as the report prints them, in the evaluation's language."""
    language = results.language
    labels = LABELS[language]
    questions = []
    for q in results.questions:
        trend: tuple[TrendBar, ...] = ()
        if q.trend and q.mean is not None:
            trend = tuple(TrendBar(label=p.cohort_name, mean=p.mean) for p in q.trend)
            trend += (TrendBar(label=results.cohort_name, mean=q.mean, current=True),)
        questions.append(
            ReportQuestion(
                number=q.position,
                kind=q.kind,
                text=q.text,
                answered=q.answered,
                labels=q.labels if q.kind is not QuestionKind.TEXT else (),
                counts=q.distribution,
                low_label=q.low_label,
                high_label=q.high_label,
                mean=q.mean,
                median=q.median,
                open_answers=tuple(
                    OpenAnswerLine(text=a.text, count=a.count) for a in q.open_answers
                ),
                trend=trend,
            )
        )
    scale = [q for q in results.questions if q.kind is QuestionKind.SCALE]
    rows: list[OrganizationRow] = []
    for index, group in enumerate(results.organizations):
        rows.append(
            OrganizationRow(
                name=group.name if group.name is not None else labels.others,
                responses=group.responses,
                means=tuple(decimal_text(q.by_organization[index].mean, language) for q in scale),
            )
        )
    return EvaluationReport(
        language=language,
        title=results.title,
        programme=results.program_name,
        cohort=results.cohort_name,
        dates=date_range_in(results.start_date, results.end_date, language)
        if results.start_date
        else "",
        session=results.session_title or "",
        responses=results.responses,
        participants=results.participants,
        anonymous=results.anonymous,
        few_answers=results.few_answers,
        questions=tuple(questions),
        organization_headings=tuple(labels.question_short.format(number=q.position) for q in scale)
        if rows
        else (),
        organizations=tuple(rows),
        printed=today or dt.date.today(),
    )


def results_pdf(session: DbSession, evaluation_id: int, *, today: dt.date | None = None) -> bytes:
    from diplomas.evaluation_report import evaluation_report_pdf

    report = evaluation_report(session, evaluation_id, today=today)
    try:
        return evaluation_report_pdf(report)
    except DocumentError as problem:
        raise ValidationError(explain(problem)) from problem
