"""Probable duplicate people, and merging two into one without losing any history."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import joinedload

from app.domain import InviteeStatus
from app.errors import ValidationError
from app.i18n import _
from app.models import (
    ActionItem,
    ActionPlan,
    Attendance,
    Diploma,
    Enrollment,
    Evaluation,
    EvaluationResponse,
    GatheringInvitee,
    Person,
)
from app.phones import better_phone, same_phone
from app.services.diploma_listing import valid_diplomas
from app.services.people import PersonInfo, load_person, person_info


class DuplicateReason(enum.StrEnum):
    SAME_EMAIL = "same_email"
    SAME_NAME_AND_ORGANIZATION = "same_name_and_organization"


@dataclass(frozen=True)
class DuplicatePair:
    first: PersonInfo
    second: PersonInfo
    reason: DuplicateReason


def probable_duplicates(
    session: DbSession,
    cohort_id: int | None = None,
    *,
    known: Mapping[int, PersonInfo] | None = None,
) -> list[DuplicatePair]:
    """People who are probably the same: same e-mail, or same name and organization (two
    people with the same name and no organization count as well).

    With ``cohort_id``, only pairs in which at least one is enrolled in that cohort; then
    ``known`` may give the cohort's people as already read (person id → info), so they are
    neither listed nor loaded again. One read of everyone's keys, grouped here in one pass
    (the cost of opening a big cohort was two grouped scans and two loads per pair).
    """
    by_email: dict[str, list[int]] = {}
    by_name: dict[tuple[str, int], list[int]] = {}
    rows = session.execute(
        select(Person.id, Person.email, Person.first_name, Person.last_name, Person.organization_id)
        .where(Person.archived_at.is_(None))
        .order_by(Person.id)
    )
    for person_id, email, first, last, organization_id in rows:
        if email is not None:
            by_email.setdefault(email.casefold(), []).append(person_id)
        if first is not None:  # "no organization" counts as the same
            key = (f"{first}\t{last}".casefold(), organization_id or 0)
            by_name.setdefault(key, []).append(person_id)
    groups = [(DuplicateReason.SAME_EMAIL, ids) for ids in by_email.values() if len(ids) > 1]
    groups += [
        (DuplicateReason.SAME_NAME_AND_ORGANIZATION, ids)
        for ids in by_name.values()
        if len(ids) > 1
    ]
    in_cohort: set[int] | None = None
    if cohort_id is not None:
        in_cohort = (
            set(known)
            if known is not None
            else set(
                session.scalars(
                    select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id)
                )
            )
        )
    pairs: dict[tuple[int, int], DuplicateReason] = {}
    for reason, ids in groups:
        for a, b in combinations(ids, 2):
            if in_cohort is None or a in in_cohort or b in in_cohort:
                pairs.setdefault((a, b), reason)
    infos = dict(known or {})
    infos.update(_person_infos(session, {i for pair in pairs for i in pair} - infos.keys()))
    return [DuplicatePair(infos[a], infos[b], reason) for (a, b), reason in sorted(pairs.items())]


def _person_infos(session: DbSession, ids: set[int]) -> dict[int, PersonInfo]:
    """The people ``ids``, read a few hundred at a time rather than one by one."""
    found: dict[int, PersonInfo] = {}
    chunk = sorted(ids)
    for start in range(0, len(chunk), 500):
        people = session.scalars(
            select(Person)
            .where(Person.id.in_(chunk[start : start + 500]))
            .options(joinedload(Person.organization))
        )
        found.update((p.id, person_info(p)) for p in people)
    return found


def merge_people(session: DbSession, keep_id: int, merge_id: int) -> PersonInfo:
    """Fold ``merge_id`` into ``keep_id``; every enrollment, mark, plan and diploma is kept.

    Where both were in the same cohort, the kept person's marks win for sessions both have,
    the other's marks fill the gaps, and action-plan actions are combined. Empty fields of
    the kept person are filled from the other, and of two spellings of the same phone number
    the better written is kept (see :mod:`app.phones`). Places on reunion lists move to
    the kept person (on a list both are on, the further status stays: attended over
    accepted over invited), and so do named evaluation responses, unless both answered the
    same evaluation: then nothing is merged until one of the two responses is deleted.
    """
    if keep_id == merge_id:
        raise ValidationError(_("Choose two different people to merge."))
    keep, other = load_person(session, keep_id), load_person(session, merge_id)
    for column in (
        "name_as_printed",
        "email",
        "phone",
        "job_title",
        "organization_id",
        "department",
    ):
        if getattr(keep, column) is None:
            setattr(keep, column, getattr(other, column))
    if keep.phone and other.phone and same_phone(keep.phone, other.phone):
        keep.phone = better_phone(keep.phone, other.phone)  # "040-42 50 00" over "40425000"
    kept_enrollments = {
        e.cohort_id: e
        for e in session.scalars(select(Enrollment).where(Enrollment.person_id == keep_id))
    }
    for enrollment in session.scalars(select(Enrollment).where(Enrollment.person_id == merge_id)):
        target = kept_enrollments.get(enrollment.cohort_id)
        if target is None:
            enrollment.person_id = keep_id
            continue
        _fold_enrollment(session, target, enrollment)
    _move_invitations(session, keep_id, merge_id)
    session.flush()
    session.delete(other)
    session.flush()
    return person_info(keep)


def _fold_enrollment(session: DbSession, target: Enrollment, source: Enrollment) -> None:
    if len(valid_diplomas(session, [target.id, source.id])) == 2:
        raise ValidationError(
            _(
                "Both people hold a valid diploma in “{name}”; revoke one of them "
                "first (Diplomas ▸ Revoke), then merge. Nothing was merged."
            ).format(name=target.cohort.name)
        )
    _move_responses(session, target, source)
    marked = set(
        session.scalars(select(Attendance.session_id).where(Attendance.enrollment_id == target.id))
    )
    for mark in session.scalars(select(Attendance).where(Attendance.enrollment_id == source.id)):
        if mark.session_id in marked:
            session.delete(mark)
        else:
            mark.enrollment_id = target.id
    session.execute(
        update(Diploma).where(Diploma.enrollment_id == source.id).values(enrollment_id=target.id)
    )
    session.execute(
        update(Enrollment)
        .where(Enrollment.mentor_id == source.id, Enrollment.id != target.id)
        .values(mentor_id=target.id)
    )
    mentor = target.mentor_id or source.mentor_id
    target.mentor_id = None if mentor in (source.id, target.id) else mentor
    target.manager_name = target.manager_name or source.manager_name
    if target.override_eligible is None and source.override_eligible is not None:
        target.override_eligible = source.override_eligible
        target.override_reason = source.override_reason
        target.override_at = source.override_at
    source_plan = session.scalar(select(ActionPlan).where(ActionPlan.enrollment_id == source.id))
    if source_plan is not None:
        target_plan = session.scalar(
            select(ActionPlan).where(ActionPlan.enrollment_id == target.id)
        )
        if target_plan is None:
            source_plan.enrollment_id = target.id
        else:
            _fold_plan(session, target_plan, source_plan)
    session.flush()
    session.delete(source)


def _fold_plan(session: DbSession, target: ActionPlan, source: ActionPlan) -> None:
    for column in ("goal", "strengths", "development_areas"):
        mine, theirs = getattr(target, column), getattr(source, column)
        if theirs and theirs not in mine:
            setattr(target, column, f"{mine}\n\n{theirs}".strip())
    target.follow_up_date = target.follow_up_date or source.follow_up_date
    target.manager_name = target.manager_name or source.manager_name
    position = max((i.position for i in target.items), default=0)
    for item in list(source.items):
        position += 1
        session.add(
            ActionItem(
                plan_id=target.id,
                position=position,
                what=item.what,
                how=item.how,
                by_when=item.by_when,
                support=item.support,
                success_measure=item.success_measure,
                status=item.status,
            )
        )
    session.flush()
    session.delete(source)


# How far an invitation got: on a list both people are on, the further one is kept.
_PROGRESS = {
    InviteeStatus.INVITED: 0,
    InviteeStatus.DECLINED: 1,
    InviteeStatus.ACCEPTED: 2,
    InviteeStatus.ABSENT: 3,
    InviteeStatus.ATTENDED: 4,
}


def _move_invitations(session: DbSession, keep_id: int, merge_id: int) -> None:
    kept = {
        i.gathering_id: i
        for i in session.scalars(
            select(GatheringInvitee).where(GatheringInvitee.person_id == keep_id)
        )
    }
    for place in session.scalars(
        select(GatheringInvitee).where(GatheringInvitee.person_id == merge_id)
    ).all():
        mine = kept.get(place.gathering_id)
        if mine is None:
            place.person_id = keep_id
            continue
        if _PROGRESS[place.status] > _PROGRESS[mine.status]:
            mine.status = place.status
            mine.status_changed_at = place.status_changed_at
        mine.added_by_hand = mine.added_by_hand and place.added_by_hand
        session.delete(place)
    session.flush()


def _move_responses(session: DbSession, target: Enrollment, source: Enrollment) -> None:
    """Move the folded enrollment's named evaluation responses to the kept one."""
    answered = set(
        session.scalars(
            select(EvaluationResponse.evaluation_id).where(
                EvaluationResponse.enrollment_id == target.id
            )
        )
    )
    both = session.scalars(
        select(Evaluation.title)
        .join(EvaluationResponse, EvaluationResponse.evaluation_id == Evaluation.id)
        .where(
            EvaluationResponse.enrollment_id == source.id,
            EvaluationResponse.evaluation_id.in_(answered),
        )
        .order_by(Evaluation.id)
    ).all()
    if both:
        raise ValidationError(
            _(
                "Both people answered the course evaluation “{title}” in “{name}”; delete "
                "one of the two responses first, then merge. Nothing was merged."
            ).format(title=both[0], name=target.cohort.name)
        )
    session.execute(
        update(EvaluationResponse)
        .where(EvaluationResponse.enrollment_id == source.id)
        .values(enrollment_id=target.id)
    )
