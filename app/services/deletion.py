"""Explicit, confirmed deletes.

The database refuses to delete a person or cohort that still has enrollments, attendance or
diplomas (``ON DELETE RESTRICT``). Deleting therefore takes two steps: ask what would go
(:func:`person_impact`, :func:`cohort_impact`), show it to the coordinator, and delete with
that very impact as the confirmation. If anything changed in between, nothing is deleted.
Issued diplomas are a register and are never deleted: archive instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.i18n import _, ngettext
from app.models import (
    ActionItem,
    ActionPlan,
    Attendance,
    Diploma,
    Enrollment,
    GatheringInvitee,
    Session,
    Signatory,
)
from app.services.cohorts import load_cohort
from app.services.evaluation_privacy import (
    cohort_evaluations,
    cohort_responses,
    count_named_responses,
    delete_cohort_evaluations,
    delete_named_responses,
)
from app.services.people import load_person
from app.services.returnable_form_privacy import delete_forms


@dataclass(frozen=True)
class DeletionImpact:
    enrollments: int
    attendance_marks: int
    action_plans: int
    diplomas: int
    sessions: int = 0
    evaluation_responses: int = 0  # named ones (a cohort's: all of its evaluations')
    evaluations: int = 0  # the cohort's own
    invitations: int = 0  # the person's places on reunion invitation lists


def _impact(
    session: DbSession, enrollment_ids: list[int], sessions: int, cohort_id: int | None = None
) -> DeletionImpact:
    def count(model: type[Attendance] | type[ActionPlan] | type[Diploma]) -> int:
        query = (
            select(func.count()).select_from(model).where(model.enrollment_id.in_(enrollment_ids))
        )
        return session.scalar(query) or 0

    return DeletionImpact(
        enrollments=len(enrollment_ids),
        attendance_marks=count(Attendance),
        action_plans=count(ActionPlan),
        diplomas=count(Diploma),
        sessions=sessions,
        evaluation_responses=count_named_responses(session, enrollment_ids)
        if cohort_id is None
        else cohort_responses(session, cohort_id),
        evaluations=0 if cohort_id is None else cohort_evaluations(session, cohort_id),
    )


def person_impact(session: DbSession, person_id: int) -> DeletionImpact:
    load_person(session, person_id)
    ids = list(session.scalars(select(Enrollment.id).where(Enrollment.person_id == person_id)))
    invitations = session.scalar(
        select(func.count()).where(GatheringInvitee.person_id == person_id)
    )
    return replace(_impact(session, ids, 0), invitations=invitations or 0)


def cohort_impact(session: DbSession, cohort_id: int) -> DeletionImpact:
    load_cohort(session, cohort_id)
    ids = list(session.scalars(select(Enrollment.id).where(Enrollment.cohort_id == cohort_id)))
    sessions = session.scalar(select(func.count()).where(Session.cohort_id == cohort_id)) or 0
    return _impact(session, ids, sessions, cohort_id)


def delete_person(session: DbSession, person_id: int, *, confirmed: DeletionImpact) -> None:
    _check(person_impact(session, person_id), confirmed, "person")
    ids = list(session.scalars(select(Enrollment.id).where(Enrollment.person_id == person_id)))
    _delete_enrollments(session, ids)
    session.execute(delete(GatheringInvitee).where(GatheringInvitee.person_id == person_id))
    session.delete(load_person(session, person_id))
    session.flush()


def delete_cohort(session: DbSession, cohort_id: int, *, confirmed: DeletionImpact) -> None:
    _check(cohort_impact(session, cohort_id), confirmed, "cohort")
    ids = list(session.scalars(select(Enrollment.id).where(Enrollment.cohort_id == cohort_id)))
    delete_cohort_evaluations(session, cohort_id)
    _delete_enrollments(session, ids)
    session.execute(delete(Session).where(Session.cohort_id == cohort_id))
    session.execute(delete(Signatory).where(Signatory.cohort_id == cohort_id))
    session.delete(load_cohort(session, cohort_id))
    session.flush()


def _check(actual: DeletionImpact, confirmed: DeletionImpact, what: str) -> None:
    person = what == "person"
    if actual.diplomas:
        has_diplomas = (
            ngettext(
                "This person has {n} issued diploma, which stays in the register; archive "
                "the person instead of deleting them.",
                "This person has {n} issued diplomas, which stay in the register; archive "
                "the person instead of deleting them.",
                actual.diplomas,
            )
            if person
            else ngettext(
                "This cohort has {n} issued diploma, which stays in the register; archive "
                "the cohort instead of deleting it.",
                "This cohort has {n} issued diplomas, which stay in the register; archive "
                "the cohort instead of deleting it.",
                actual.diplomas,
            )
        )
        raise ValidationError(has_diplomas.format(n=actual.diplomas))
    if actual != confirmed:
        raise ValidationError(
            _(
                "The person changed since the deletion was confirmed; nothing was "
                "deleted. Please confirm again."
            )
            if person
            else _(
                "The cohort changed since the deletion was confirmed; nothing was "
                "deleted. Please confirm again."
            )
        )


def _delete_enrollments(session: DbSession, ids: list[int]) -> None:
    delete_named_responses(session, ids)
    delete_forms(session, ids)
    plan_ids = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(ids))
    session.execute(delete(ActionItem).where(ActionItem.plan_id.in_(plan_ids)))
    session.execute(delete(ActionPlan).where(ActionPlan.enrollment_id.in_(ids)))
    session.execute(delete(Attendance).where(Attendance.enrollment_id.in_(ids)))
    session.execute(update(Enrollment).where(Enrollment.mentor_id.in_(ids)).values(mentor_id=None))
    session.execute(delete(Enrollment).where(Enrollment.id.in_(ids)))
