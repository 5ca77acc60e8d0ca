"""Fillable PDF forms sent out: an evaluation form per participant (or unnamed copies of an
anonymous one) and each participant's action plan as a form, pre-filled.

Each form gets a :class:`~app.models.ReturnableForm` row with a random token, which the PDF
carries in a hidden field; :mod:`app.services.returned_forms` reads returned files back by
it. :func:`evaluation_forms` and :func:`plan_forms` create the rows in the caller's session
(flushed, not committed) and return what to draw; :func:`write_forms` writes one file per
form into a folder, all or nothing. The caller commits only after the files are written,
so a failed write leaves no tokens behind.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.domain import Language, ReturnableFormKind
from app.errors import ValidationError
from app.files import safe_file_stem, write_each
from app.i18n import _, explain
from app.models import Evaluation, ReturnableForm
from app.progress import Cancelled, Progress
from app.services.action_plan_documents import plan_accent
from app.services.action_plan_guide import guide_of
from app.services.action_plans import SHOWN_STATUSES, cohort_people, cohort_plans, plan_fields
from app.services.cohorts import load_cohort
from app.services.evaluations import load_evaluation
from app.text import clean
from diplomas.fillable import evaluation_form_pdf, plan_form_pdf
from diplomas.fillable_model import (
    WORDS,
    EvaluationForm,
    FormQuestion,
    PlanForm,
    PlanFormAction,
)

TOKEN_BYTES = 18  # 24 characters of URL-safe base64
MAX_UNNAMED = 500
PLAN_ACTION_ROWS = 5


@dataclass(frozen=True)
class FormsJob:
    """The forms to write: (file name stem, form) in order, and the accent colour."""

    forms: tuple[tuple[str, EvaluationForm | PlanForm], ...]
    accent_color: str


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def form_questions(evaluation: Evaluation) -> tuple[FormQuestion, ...]:
    return tuple(
        FormQuestion(
            question_id=q.id,
            kind=str(q.kind),
            text=q.text,
            scale_max=q.scale_max,
            low_label=q.low_label or "",
            high_label=q.high_label or "",
            choices=tuple(json.loads(q.choices_json)) if q.choices_json else (),
            required=q.required,
        )
        for q in evaluation.questions
    )


def evaluation_forms(
    session: DbSession, evaluation_id: int, *, unnamed: int | None = None
) -> FormsJob:
    """A named evaluation: one form per participant of the cohort, each with their name.
    An anonymous one: ``unnamed`` copies without a name (default: one per participant)."""
    evaluation = load_evaluation(session, evaluation_id)
    if evaluation.closed_at is not None:
        raise ValidationError(_("This evaluation is closed; it takes no more answers."))
    questions = form_questions(evaluation)
    if not questions:
        raise ValidationError(_("This evaluation has no questions yet."))
    cohort = load_cohort(session, evaluation.cohort_id)
    people = [p for p in cohort_people(session, cohort.id) if p.status in SHOWN_STATUSES]
    language = evaluation.language
    word = WORDS[language].evaluation
    blank = EvaluationForm(
        token="",
        title=evaluation.title,
        programme=cohort.program.name,
        cohort=cohort.name,
        questions=questions,
        language=language,
    )
    forms: list[tuple[str, EvaluationForm | PlanForm]] = []
    if evaluation.anonymous:
        count = len(people) if unnamed is None else unnamed
        if not 1 <= count <= MAX_UNNAMED:
            raise ValidationError(
                _("Write between 1 and {max_unnamed} unnamed forms.").format(
                    max_unnamed=MAX_UNNAMED
                )
                if unnamed is not None
                else _("The cohort has no participants; say how many unnamed forms to write.")
            )
        for number in range(1, count + 1):
            token = _add(session, ReturnableFormKind.EVALUATION, cohort.id, evaluation.id, None)
            forms.append((f"{word} {number}", replace(blank, token=token)))
    else:
        if unnamed is not None:
            raise ValidationError(
                _("This evaluation is named: its forms are one per participant, with the name.")
            )
        if not people:
            raise ValidationError(_("The cohort has no participants to write forms for."))
        for person in people:
            token = _add(
                session,
                ReturnableFormKind.EVALUATION,
                cohort.id,
                evaluation.id,
                person.enrollment_id,
            )
            name = clean(person.printed_name)
            form = replace(blank, token=token, name=name, anonymous=False)
            forms.append((f"{word} - {name}", form))
    session.flush()
    return FormsJob(tuple(forms), plan_accent(session, cohort.id))


def plan_forms(
    session: DbSession, cohort_id: int, enrollment_ids: Sequence[int] | None = None
) -> FormsJob:
    """Each participant's action plan as a form (default: every enrolled participant),
    pre-filled with what their plan already holds."""
    cohort = load_cohort(session, cohort_id)
    people = cohort_people(session, cohort_id)
    if enrollment_ids is None:
        people = [p for p in people if p.status in SHOWN_STATUSES]
    else:
        known = {p.enrollment_id for p in people}
        unknown = [str(e) for e in enrollment_ids if e not in known]
        if unknown:
            raise ValidationError(
                _("Enrollment {names} is not a participant in this cohort.").format(
                    names=", ".join(unknown)
                )
            )
        people = [p for p in people if p.enrollment_id in set(enrollment_ids)]
    if not people:
        raise ValidationError(_("There is nobody to write an action plan form for."))
    language: Language = cohort.language
    guide = {entry.key: entry for entry in guide_of(cohort.program, language)}
    plans = cohort_plans(session, cohort_id)
    word = WORDS[language].plan
    forms: list[tuple[str, EvaluationForm | PlanForm]] = []
    for person in people:
        fields = plan_fields(plans.get(person.enrollment_id))
        token = _add(session, ReturnableFormKind.ACTION_PLAN, cohort.id, None, person.enrollment_id)
        name = clean(person.printed_name)
        form = PlanForm(
            token=token,
            programme=cohort.program.name,
            cohort=cohort.name,
            name=name,
            organization=person.organization,
            headings={k: e.heading for k, e in guide.items()},
            questions={k: e.question for k, e in guide.items()},
            texts={
                "goal": fields.goal,
                "strengths": fields.strengths,
                "development_areas": fields.development_areas,
            },
            actions=tuple(
                PlanFormAction(
                    what=i.what,
                    how=i.how,
                    by_when=i.by_when.isoformat() if i.by_when else "",
                    support=i.support,
                    success=i.success_measure,
                )
                for i in fields.items
                if not i.is_empty()
            ),
            action_rows=PLAN_ACTION_ROWS,
            language=language,
        )
        forms.append((f"{word} - {name}", form))
    session.flush()
    return FormsJob(tuple(forms), plan_accent(session, cohort_id))


def _add(
    session: DbSession,
    kind: ReturnableFormKind,
    cohort_id: int,
    evaluation_id: int | None,
    enrollment_id: int | None,
) -> str:
    token = new_token()
    session.add(
        ReturnableForm(
            token=token,
            kind=kind,
            cohort_id=cohort_id,
            evaluation_id=evaluation_id,
            enrollment_id=enrollment_id,
        )
    )
    return token


def render_form(form: EvaluationForm | PlanForm, accent_color: str) -> bytes:
    try:
        if isinstance(form, EvaluationForm):
            return evaluation_form_pdf(form, accent_color=accent_color)
        return plan_form_pdf(form, accent_color=accent_color)
    except ValueError as exc:
        raise ValidationError(explain(exc)) from exc


def write_forms(
    job: FormsJob,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """One PDF per form in ``folder`` ("Kursutvärdering - Åsa Öberg.pdf"): names that never
    leave the folder nor overwrite a file; all or nothing."""
    return write_each(
        folder,
        [
            (safe_file_stem(stem), partial(render_form, form, job.accent_color))
            for stem, form in job.forms
        ],
        what=_("the fillable forms"),
        progress=progress,
        cancelled=cancelled,
    )
