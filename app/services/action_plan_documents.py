"""Action plans as documents for the renderer (:mod:`diplomas.action_plan`): whose plans to
print (everyone's, a mentor's adepts, or the people named), blank forms, and the colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session as DbSession

from app.domain import ActionStatus, Role
from app.errors import ValidationError
from app.i18n import _
from app.locales import document_date
from app.models import ActionPlan, Cohort
from app.services.action_plan_guide import guide_of
from app.services.action_plans import (
    SHOWN_STATUSES,
    PlanPerson,
    cohort_people,
    cohort_plans,
    plan_fields,
)
from app.services.cohorts import load_cohort
from app.services.enrollments import load_enrollment
from app.text import clean
from diplomas.action_plan_model import (
    DEFAULT_ACCENT,
    LABELS,
    TEXT_KEYS,
    GuideEntry,
    PlanAction,
    PlanDocument,
    check_accent,
)


def plan_documents(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: Sequence[int] | None = None,
    *,
    mentor_id: int | None = None,
    skip_without_plan: bool = False,
) -> list[tuple[int, PlanDocument]]:
    """(enrollment id, document) of the plans to print, by surname.

    Without ``enrollment_ids``: every participant who has a plan (only a mentor's adepts
    with ``mentor_id``, a mentor's enrollment id). Someone named who has no plan (or is no
    participant) is an error, unless ``skip_without_plan``.
    """
    cohort = load_cohort(session, cohort_id)
    plans = cohort_plans(session, cohort_id)
    if enrollment_ids is not None and skip_without_plan:
        # (a mentor who got a diploma, say, simply has no plan to print)
        known = {p.enrollment_id for p in cohort_people(session, cohort_id)}
        enrollment_ids = [e for e in enrollment_ids if e in known]
    chosen = _chosen(session, cohort_id, enrollment_ids, mentor_id)
    if enrollment_ids is None or skip_without_plan:
        chosen = [p for p in chosen if p.enrollment_id in plans]
    without = [p.printed_name for p in chosen if p.enrollment_id not in plans]
    if without:
        raise ValidationError(
            _("No action plan yet for {names}; print a blank form instead.").format(
                names=", ".join(without)
            )
        )
    guide = guide_of(cohort.program, cohort.language)
    return [(p.enrollment_id, _document(cohort, guide, p, plans[p.enrollment_id])) for p in chosen]


def blank_document(
    session: DbSession, cohort_id: int, enrollment_id: int | None = None
) -> PlanDocument:
    """A blank form for a workshop: named for one participant, or with no name at all."""
    cohort = load_cohort(session, cohort_id)
    guide = guide_of(cohort.program, cohort.language)
    if enrollment_id is None:
        return _document(cohort, guide, None, None)
    person = _chosen(session, cohort_id, [enrollment_id], None)[0]
    return _document(cohort, guide, person, None)


def blank_documents(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: Sequence[int] | None = None,
    *,
    mentor_id: int | None = None,
) -> list[tuple[int, PlanDocument]]:
    """Named blank forms (default: every enrolled participant, or a mentor's adepts)."""
    cohort = load_cohort(session, cohort_id)
    chosen = _chosen(session, cohort_id, enrollment_ids, mentor_id)
    if enrollment_ids is None:
        chosen = [p for p in chosen if p.status in SHOWN_STATUSES]
    guide = guide_of(cohort.program, cohort.language)
    plans = cohort_plans(session, cohort_id)
    documents = []
    for p in chosen:
        document = _document(cohort, guide, p, None)
        plan = plans.get(p.enrollment_id)
        if plan is not None and plan.manager_name:  # a manager named in the plan so far
            document = replace(document, manager=plan.manager_name)
        documents.append((p.enrollment_id, document))
    return documents


def plan_accent(session: DbSession, cohort_id: int) -> str:
    """The cohort's accent colour (else the programme's) when valid, else the plan's own."""
    cohort = load_cohort(session, cohort_id)
    colour = cohort.accent_color or cohort.program.accent_color or DEFAULT_ACCENT
    try:
        check_accent(colour)
    except ValueError:
        return DEFAULT_ACCENT
    return colour


def _chosen(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: Sequence[int] | None,
    mentor_id: int | None,
) -> list[PlanPerson]:
    people = cohort_people(session, cohort_id)
    if mentor_id is not None:
        mentor = load_enrollment(session, mentor_id)
        if mentor.cohort_id != cohort_id or mentor.role != Role.MENTOR:
            raise ValidationError(
                _("Enrollment {mentor_id} is not a mentor in this cohort.").format(
                    mentor_id=mentor_id
                )
            )
        people = [p for p in people if p.mentor_id == mentor_id]
    if enrollment_ids is None:
        return people
    by_id = {p.enrollment_id: p for p in people}
    unknown = [str(e) for e in enrollment_ids if e not in by_id]
    if unknown:
        raise ValidationError(
            (
                _("Enrollment {names} is not a participant with this mentor.")
                if mentor_id is not None
                else _("Enrollment {names} is not a participant in this cohort.")
            ).format(names=", ".join(unknown))
        )
    wanted = set(enrollment_ids)
    return [p for p in people if p.enrollment_id in wanted]


def _document(
    cohort: Cohort,
    guide: tuple[GuideEntry, ...],
    person: PlanPerson | None,
    plan: ActionPlan | None,
) -> PlanDocument:
    language = cohort.language
    fields = plan_fields(plan)
    words = dict(zip(ActionStatus, LABELS[language].statuses, strict=True))
    return PlanDocument(
        programme=cohort.program.name,
        cohort=cohort.name,
        name=clean(person.printed_name) if person else "",
        organization=person.organization if person else "",
        mentor=person.mentor_name if person else "",
        manager=(fields.manager_name or person.manager_name) if person else "",
        follow_up=document_date(fields.follow_up_date, language),
        guide=guide,
        texts={key: getattr(fields, key) for key in TEXT_KEYS},
        actions=tuple(
            PlanAction(
                what=i.what,
                how=i.how,
                by_when=document_date(i.by_when, language),  # as the header writes dates
                support=i.support,
                success=i.success_measure,
                status=words[i.status],
            )
            for i in fields.items
            if not i.is_empty()
        ),
        language=language,
    )
