"""Returned fillable PDFs read back: many files at once, each matched to its form by the
hidden token, previewed like an import and applied all or nothing.

:func:`preview_returned` reads every file and says, per file, what it would add or change
("new answers to 7 questions", "Goal: “x” → “y”") or why it cannot be used: not a PDF or
damaged, not a Kohort form, an unknown token (changed by hand, or written from another
Kohort file), a form of another cohort than the one chosen, a form read back before or
twice among the files, nothing filled in, a value out of range. :func:`apply_returned`
reads the files again and, only when no file has a problem, stores everything in the
caller's transaction: evaluation answers through
:func:`~app.services.evaluation_responses.record_responses` (source: a PDF form), plans
through :func:`~app.services.action_plans.save_plan`, and marks each form returned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import ResponseSource, ReturnableFormKind
from app.errors import ValidationError
from app.i18n import _, ngettext
from app.locales import document_date
from app.models import Cohort, Enrollment, ReturnableForm, utcnow
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.services.action_plans import ActionItemFields, PlanFields, plan_fields, save_plan
from app.services.cohorts import load_cohort
from app.services.evaluation_responses import (
    AnswerInput,
    ResponseInput,
    check_responses,
    record_responses,
)
from app.services.evaluations import load_evaluation
from app.services.returnable_forms import form_questions
from app.services.returned_form_fields import (
    ReadAnswer,
    UnreadableFormError,
    evaluation_answers,
    pdf_fields,
    plan_from_fields,
)
from diplomas.fillable_model import TOKEN_FIELD

SHOWN_TEXT = 60  # characters of a text shown in a change


@dataclass(frozen=True)
class ReturnedFile:
    """One file of the preview."""

    path: Path
    form_id: int | None = None
    kind: ReturnableFormKind | None = None
    person: str = ""  # "" on an anonymous form
    cohort: str = ""
    changes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    # what applying stores
    evaluation_id: int | None = None
    enrollment_id: int | None = None
    answers: tuple[ReadAnswer, ...] = ()
    plan: PlanFields | None = None


@dataclass(frozen=True)
class ReturnedPreview:
    files: tuple[ReturnedFile, ...] = field(default_factory=tuple)

    @property
    def problem_count(self) -> int:
        return sum(len(f.problems) for f in self.files)

    @property
    def can_apply(self) -> bool:
        return bool(self.files) and self.problem_count == 0


def preview_returned(
    session: DbSession,
    paths: Sequence[Path],
    *,
    cohort_id: int | None = None,
    kind: ReturnableFormKind | None = None,
    evaluation_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReturnedPreview:
    """What the files would store, per file; nothing is changed. ``cohort_id``, ``kind``
    and ``evaluation_id`` refuse the forms of any other cohort, kind or evaluation."""
    chosen = _Wanted(
        load_cohort(session, cohort_id) if cohort_id is not None else None, kind, evaluation_id
    )
    files: list[ReturnedFile] = []
    seen: dict[str, Path] = {}
    total = len(paths)
    if progress is not None:
        progress(0, total)
    for done, path in enumerate(paths, start=1):
        stop_if_cancelled(cancelled, done - 1, total, _("Reading"))
        files.append(_read_one(session, Path(path), chosen, seen))
        if progress is not None:
            progress(done, total)
    files = _check_evaluations(session, files)
    return ReturnedPreview(tuple(files))


def apply_returned(
    session: DbSession,
    paths: Sequence[Path],
    *,
    cohort_id: int | None = None,
    kind: ReturnableFormKind | None = None,
    evaluation_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReturnedPreview:
    """Store what the files hold, all or nothing (the caller commits); a problem in any
    file raises :class:`~app.errors.ValidationError` and nothing is stored."""
    preview = preview_returned(
        session,
        paths,
        cohort_id=cohort_id,
        kind=kind,
        evaluation_id=evaluation_id,
        progress=progress,
        cancelled=cancelled,
    )
    if not preview.files:
        raise ValidationError(_("Choose at least one returned form."))
    if not preview.can_apply:
        first = next(f for f in preview.files if f.problems)
        raise ValidationError(
            ngettext(
                "Nothing was stored: {n} problem in the files, first in {file}: {problem}",
                "Nothing was stored: {n} problems in the files, first in {file}: {problem}",
                preview.problem_count,
            ).format(n=preview.problem_count, file=first.path.name, problem=first.problems[0])
        )
    by_evaluation: dict[int, list[ReturnedFile]] = defaultdict(list)
    for item in preview.files:
        if item.kind == ReturnableFormKind.EVALUATION and item.evaluation_id is not None:
            by_evaluation[item.evaluation_id].append(item)
        elif item.plan is not None and item.enrollment_id is not None:
            save_plan(session, item.enrollment_id, item.plan)
    if by_evaluation:
        for evaluation_id, items in by_evaluation.items():
            inputs = [
                ResponseInput(
                    answers=tuple(
                        AnswerInput(a.question_id, a.number, a.choices, a.text)
                        for a in item.answers
                    ),
                    source=ResponseSource.PDF_FORM,
                    enrollment_id=item.enrollment_id,
                )
                for item in items
            ]
            record_responses(session, evaluation_id, inputs)
    now = utcnow()
    for item in preview.files:
        form = session.get(ReturnableForm, item.form_id)
        assert form is not None  # matched in the preview, in this transaction
        form.returned_at = now
    session.flush()
    return preview


@dataclass(frozen=True)
class _Wanted:
    cohort: Cohort | None
    kind: ReturnableFormKind | None
    evaluation_id: int | None


def _read_one(
    session: DbSession, path: Path, wanted: _Wanted, seen: dict[str, Path]
) -> ReturnedFile:
    try:
        fields = pdf_fields(path)
    except UnreadableFormError as exc:
        return ReturnedFile(path, problems=(str(exc),))
    token = fields.get(TOKEN_FIELD, "").strip()
    if TOKEN_FIELD not in fields:
        return ReturnedFile(path, problems=(_("This is not a Kohort form: it has no form id."),))
    form = session.scalar(select(ReturnableForm).where(ReturnableForm.token == token))
    if form is None:
        return ReturnedFile(
            path,
            problems=(
                _(
                    "The form's id is not known in this database: it was changed, or the "
                    "form was written from another Kohort file."
                ),
            ),
        )
    cohort = load_cohort(session, form.cohort_id)
    person = ""
    if form.enrollment_id is not None:
        enrollment = session.get(Enrollment, form.enrollment_id)
        if enrollment is not None:
            p = enrollment.person
            person = p.name_as_printed or f"{p.first_name} {p.last_name}".strip()
    base = ReturnedFile(
        path,
        form_id=form.id,
        kind=form.kind,
        person=person,
        cohort=cohort.name,
        evaluation_id=form.evaluation_id,
        enrollment_id=form.enrollment_id,
    )
    problems: list[str] = []
    chosen = wanted.cohort
    if chosen is not None and form.cohort_id != chosen.id:
        problems.append(
            _("This form belongs to the cohort “{cohort}”, not to “{chosen}”.").format(
                cohort=cohort.name, chosen=chosen.name
            )
        )
    if wanted.kind is not None and form.kind != wanted.kind:
        problems.append(
            _("This is an evaluation form, not an action plan.")
            if form.kind == ReturnableFormKind.EVALUATION
            else _("This is an action plan, not an evaluation form.")
        )
    elif wanted.evaluation_id is not None and form.evaluation_id != wanted.evaluation_id:
        problems.append(
            _("This form belongs to another evaluation (id {evaluation_id}).").format(
                evaluation_id=form.evaluation_id
            )
        )
    if token in seen:
        problems.append(
            _("The same form as {file}: read only one of them.").format(file=seen[token].name)
        )
    seen.setdefault(token, path)
    if form.returned_at is not None:
        problems.append(
            _("This form was already read back on {date}.").format(
                date=form.returned_at.date().isoformat()
            )
        )
    if form.kind == ReturnableFormKind.EVALUATION:
        return _evaluation_file(session, base, form, fields, problems)
    return _plan_file(session, base, form, fields, problems)


def _evaluation_file(
    session: DbSession,
    base: ReturnedFile,
    form: ReturnableForm,
    fields: dict[str, str],
    problems: list[str],
) -> ReturnedFile:
    assert form.evaluation_id is not None  # the table's check
    evaluation = load_evaluation(session, form.evaluation_id)
    answers, answer_problems = evaluation_answers(fields, form_questions(evaluation))
    problems += answer_problems
    if not answers and not answer_problems:
        problems.append(_("Nothing is filled in."))
    changes = (
        (
            ngettext(
                "New answers to {n} question of “{title}”.",
                "New answers to {n} questions of “{title}”.",
                len(answers),
            ).format(n=len(answers), title=evaluation.title),
        )
        if answers
        else ()
    )
    return _with(base, changes=changes, problems=problems, answers=tuple(answers))


def _check_evaluations(session: DbSession, files: list[ReturnedFile]) -> list[ReturnedFile]:
    """The evaluation service's own rules (a closed evaluation, a second response of one
    person, a required question left empty), said on the file they concern."""
    by_evaluation: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(files):
        if item.kind == ReturnableFormKind.EVALUATION and item.answers and item.evaluation_id:
            by_evaluation[item.evaluation_id].append(index)
    out = list(files)
    if not by_evaluation:
        return out

    for evaluation_id, indexes in by_evaluation.items():
        inputs = [
            ResponseInput(
                answers=tuple(
                    AnswerInput(a.question_id, a.number, a.choices, a.text)
                    for a in files[i].answers
                ),
                source=ResponseSource.PDF_FORM,
                enrollment_id=files[i].enrollment_id,
            )
            for i in indexes
        ]
        for problem in check_responses(session, evaluation_id, inputs):
            index = indexes[problem.response - 1]
            message = (
                problem.message
                if problem.question is None
                else _("Question {number}: {message}").format(
                    number=problem.question, message=problem.message
                )
            )
            out[index] = _with(out[index], problems=[*out[index].problems, message])
    return out


def _plan_file(
    session: DbSession,
    base: ReturnedFile,
    form: ReturnableForm,
    fields: dict[str, str],
    problems: list[str],
) -> ReturnedFile:
    from app.models import ActionPlan

    assert form.enrollment_id is not None  # the table's check
    plan = session.scalar(select(ActionPlan).where(ActionPlan.enrollment_id == form.enrollment_id))
    current = plan_fields(plan)
    new, plan_problems = plan_from_fields(fields, current)
    problems += plan_problems
    texts = (new.goal, new.strengths, new.development_areas)
    if not any(t.strip() for t in texts) and not new.items and not plan_problems:
        problems.append(_("Nothing is filled in."))
    cohort = load_cohort(session, form.cohort_id)
    changes = _plan_changes(current, new, cohort)
    return _with(base, changes=changes, problems=problems, plan=new)


def _plan_changes(old: PlanFields, new: PlanFields, cohort: Cohort) -> tuple[str, ...]:
    names = {
        "goal": _("Goal"),
        "strengths": _("Strengths"),
        "development_areas": _("Development areas"),
    }
    changes = []
    if old.is_empty() and not new.is_empty():
        changes.append(_("A new action plan."))
    for key, name in names.items():
        before, after = getattr(old, key), getattr(new, key)
        if before != after and not before:
            changes.append(_("{section}: “{new}”").format(section=name, new=_short(after)))
        elif before != after:
            changes.append(
                _("{section}: “{old}” → “{new}”").format(
                    section=name, old=_short(before), new=_short(after)
                )
            )
    old_items = [i for i in old.items if not i.is_empty()]
    for number, item in enumerate(new.items, start=1):
        if number > len(old_items):
            changes.append(
                _("Action {number} is new: “{what}”.").format(number=number, what=_short(item.what))
            )
        elif _texts(old_items[number - 1]) != _texts(item):
            changes.append(
                _("Action {number} changes: “{old}” → “{new}”").format(
                    number=number,
                    old=_short(_action_text(old_items[number - 1], cohort)),
                    new=_short(_action_text(item, cohort)),
                )
            )
    for number in range(len(new.items) + 1, len(old_items) + 1):
        changes.append(
            _("Action {number} is removed: “{what}”.").format(
                number=number, what=_short(old_items[number - 1].what)
            )
        )
    if changes or new.is_empty():
        return tuple(changes)
    return (_("No changes to the plan."),)


def _texts(item: ActionItemFields) -> tuple[object, ...]:
    return (item.what, item.how, item.by_when, item.support, item.success_measure)


def _action_text(item: ActionItemFields, cohort: Cohort) -> str:
    date = document_date(item.by_when, cohort.language) if item.by_when else ""
    return " · ".join(
        t for t in (item.what, item.how, date, item.support, item.success_measure) if t
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_TEXT else text[: SHOWN_TEXT - 1].rstrip() + "…"


def _with(base: ReturnedFile, **changes: object) -> ReturnedFile:
    from dataclasses import replace

    values = {k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()}
    return replace(base, **values)  # type: ignore[arg-type]
