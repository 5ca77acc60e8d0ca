"""Enrollments: a person in a cohort with a role and a status, and the participant list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import String, select, type_coerce, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus, CohortStatus, EnrollmentStatus, Role
from app.errors import NotFoundError, ValidationError
from app.i18n import _
from app.models import (
    ActionPlan,
    Attendance,
    Enrollment,
    Session,
    utcnow,
)
from app.rules import Eligibility, Override, judge, programme_done
from app.services.cohorts import cohort_rule, load_cohort
from app.services.people import PersonInfo, load_person
from app.text import clean, sort_key
from app.words import shown

if TYPE_CHECKING:
    from app.services.attendance import Mark
    from app.services.sessions import SessionInfo


@dataclass(frozen=True)
class ParticipantInfo:
    """One enrollment as the participant list shows it."""

    enrollment_id: int
    person: PersonInfo
    role: Role
    status: EnrollmentStatus
    mentor_enrollment_id: int | None
    mentor_name: str | None
    has_action_plan: bool
    eligibility: Eligibility | None  # only for participants

    @property
    def sort_key(self) -> str:
        """Surname, then first name, in Swedish alphabetical order."""
        return f"{sort_key(self.person.last_name)}\t{sort_key(self.person.first_name)}"


# Who the completion rule applies to: participants still in the programme.
_COUNTED_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


def enroll(
    session: DbSession,
    *,
    cohort_id: int,
    person_id: int,
    role: Role = Role.PARTICIPANT,
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED,
) -> int:
    """Add a person to a cohort; returns the enrollment id."""
    load_cohort(session, cohort_id)
    person = load_person(session, person_id)
    existing = session.scalar(
        select(Enrollment).where(
            Enrollment.cohort_id == cohort_id, Enrollment.person_id == person_id
        )
    )
    if existing is not None:
        raise ValidationError(
            _("{first_name} {last_name} is already in this cohort (as {value}).").format(
                first_name=person.first_name, last_name=person.last_name, value=shown(existing.role)
            )
        )
    enrollment = Enrollment(cohort_id=cohort_id, person_id=person_id, role=role, status=status)
    session.add(enrollment)
    session.flush()
    return enrollment.id


def set_status(session: DbSession, enrollment_id: int, status: EnrollmentStatus) -> None:
    """Change an enrollment's status; withdrawing keeps all history."""
    enrollment = load_enrollment(session, enrollment_id)
    if enrollment.status != status:
        enrollment.status = status
        enrollment.status_changed_at = utcnow()
    session.flush()


def set_role(session: DbSession, enrollment_id: int, role: Role) -> None:
    """Change someone's role; a mentor who stops being one leaves their adepts without."""
    enrollment = load_enrollment(session, enrollment_id)
    if enrollment.role == role:
        return
    if enrollment.role == Role.MENTOR:
        session.execute(
            update(Enrollment).where(Enrollment.mentor_id == enrollment.id).values(mentor_id=None)
        )
    if role != Role.PARTICIPANT:
        enrollment.mentor_id = None
    enrollment.role = role
    session.flush()


def set_mentor(session: DbSession, enrollment_id: int, mentor_enrollment_id: int | None) -> None:
    enrollment = load_enrollment(session, enrollment_id)
    if mentor_enrollment_id is not None:
        mentor = load_enrollment(session, mentor_enrollment_id)
        if mentor.cohort_id != enrollment.cohort_id or mentor.role != Role.MENTOR:
            raise ValidationError(_("A mentor must be enrolled as a mentor in the same cohort."))
    enrollment.mentor_id = mentor_enrollment_id
    session.flush()


def set_override(
    session: DbSession, enrollment_id: int, eligible: bool | None, reason: str | None = None
) -> None:
    """Decide eligibility for one person instead of the rule (``None`` removes the override)."""
    enrollment = load_enrollment(session, enrollment_id)
    reason = clean(reason)
    if eligible is not None and not reason:
        raise ValidationError(_("An eligibility override needs a reason, for the record."))
    enrollment.override_eligible = eligible
    enrollment.override_reason = reason if eligible is not None else None
    enrollment.override_at = utcnow() if eligible is not None else None
    session.flush()


def enrollment_for_person(session: DbSession, cohort_id: int, person_id: int) -> Enrollment:
    enrollment = session.scalar(
        select(Enrollment).where(
            Enrollment.cohort_id == cohort_id, Enrollment.person_id == person_id
        )
    )
    if enrollment is None:
        raise NotFoundError(
            _("Person {person_id} is not enrolled in cohort {cohort_id}.").format(
                person_id=person_id, cohort_id=cohort_id
            )
        )
    return enrollment


def load_enrollment(session: DbSession, enrollment_id: int) -> Enrollment:
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise NotFoundError(
            _("There is no enrollment with id {enrollment_id}.").format(enrollment_id=enrollment_id)
        )
    return enrollment


def list_participants(
    session: DbSession,
    cohort_id: int,
    *,
    today: date,
    statuses: Mapping[tuple[int, int], AttendanceStatus] | None = None,
    marks: Mapping[tuple[int, int], Mark] | None = None,
    schedule: Sequence[SessionInfo] | None = None,
) -> list[ParticipantInfo]:
    """Everyone enrolled in a cohort, sorted by surname, with attendance and eligibility.

    People erased with their diplomas kept are left out (their diplomas stay in
    list_diplomas). Eligibility is computed for participants whose status is enrolled or
    completed.
    ``statuses`` — (enrollment id, session id) → status — or ``marks`` (the same, to a
    :class:`~app.services.attendance.Mark`) may be passed when the caller has already read
    the cohort's marks; each is looked up where it is, not regrouped. So may ``schedule``,
    the cohort's sessions. Columns are read as
    plain rows, not ORM objects: this list feeds the attendance grid of cohorts with
    thousands of people.
    """
    cohort = load_cohort(session, cohort_id)  # held: the rule's read finds it
    rule = cohort_rule(session, cohort_id)
    rows = _plain_rows(session, _PARTICIPANT_ROWS, (cohort_id,))
    sessions = (
        [(x.id, x.date, x.mandatory, x.cancelled) for x in schedule]
        if schedule is not None
        else session.execute(
            select(Session.id, Session.date, Session.mandatory, Session.cancelled).where(
                Session.cohort_id == cohort_id
            )
        ).all()
    )
    if marks is None and statuses is None:
        statuses = attendance_statuses(session, cohort_id)
    with_plan = set(
        session.scalars(
            select(ActionPlan.enrollment_id)
            .join(Enrollment)
            .where(Enrollment.cohort_id == cohort_id)
        )
    )
    names = {r[0]: f"{r[7]} {r[8]}".strip() for r in rows}
    held = [
        (sid, mandatory)
        for sid, date, mandatory, cancelled in sessions
        if not cancelled and date <= today
    ]
    done = programme_done(
        ((date, cancelled) for _id, date, _held, cancelled in sessions),
        today=today,
        cohort_completed=cohort.status == CohortStatus.COMPLETED,
    )

    judged = [
        row for row in rows if row[1] == _PARTICIPANT and _STATUSES[row[2]] in _COUNTED_STATUSES
    ]
    mandatory = [m for _sid, m in held]
    eligibilities: dict[int, Eligibility] = {}
    # people with the same attendance, plan and override are judged the same: judged once
    judged_as: dict[tuple[object, ...], Eligibility] = {}
    counts = rule.counted.__contains__
    own_marks = _held_statuses([r[0] for r in judged], held, marks, statuses)
    for row, own in zip(judged, own_marks, strict=True):
        e_id, override_eligible, override_reason = row[0], row[4], row[5]
        # the rule looks at a mark only to see whether it counts as attended
        key = (tuple(map(counts, own)), e_id in with_plan, override_eligible, override_reason)
        found = judged_as.get(key)
        if found is None:
            found = judged_as[key] = judge(
                rule,
                list(zip(mandatory, own, strict=True)),
                has_action_plan=e_id in with_plan,
                override=(
                    Override(bool(override_eligible), override_reason or "")
                    if override_eligible is not None
                    else None
                ),
                programme_done=done,
            )
        eligibilities[e_id] = found

    result = []
    for row in rows:
        e_id, role_value, status_value, mentor_id = row[:4]
        p_id, first, last, printed, email, phone, title, org, department, archived = row[6:]
        person = PersonInfo(
            p_id, first, last, printed, email, phone, title, org, department, archived is not None
        )
        role, status = _ROLES[role_value], _STATUSES[status_value]
        eligibility = eligibilities.get(e_id)
        result.append(
            ParticipantInfo(
                enrollment_id=e_id,
                person=person,
                role=role,
                status=status,
                mentor_enrollment_id=mentor_id,
                mentor_name=names.get(mentor_id) if mentor_id else None,
                has_action_plan=e_id in with_plan,
                eligibility=eligibility,
            )
        )
    result.sort(key=lambda p: p.sort_key)
    return result


def _held_statuses(
    enrollment_ids: list[int],
    held: list[tuple[int, bool]],
    marks: Mapping[tuple[int, int], Mark] | None,
    statuses: Mapping[tuple[int, int], AttendanceStatus] | None,
) -> Iterator[tuple[AttendanceStatus | None, ...]]:
    """Each enrollment's status in each held session (None: not marked), looked up a
    session at a time with map() and zip(), which run in C: a big cohort has a quarter of
    a million cells, and a Python loop over them was most of reading it."""
    columns = []
    for sid, _mandatory in held:
        keys = zip(enrollment_ids, repeat(sid))
        if marks is not None:  # a Mark is a tuple: its status is item 0
            columns.append(list(map(_STATUS, map(marks.get, keys, repeat(_NO_MARK)))))
        else:
            assert statuses is not None
            columns.append(list(map(statuses.get, keys)))
    if not columns:
        return repeat((), len(enrollment_ids))
    return zip(*columns, strict=True)


_NO_MARK = (None,)
_STATUS = itemgetter(0)
_PARTICIPANT = Role.PARTICIPANT.value
_STATUS_BY_VALUE = {s.value: s for s in AttendanceStatus}
_ROLES = {r.value: r for r in Role}
_STATUSES = {s.value: s for s in EnrollmentStatus}
# A cohort's people, read with plain SQL: for tens of thousands of rows the ORM's per-row
# conversions cost more than the query (the enums are converted here, by dict).
_PARTICIPANT_ROWS = (
    "SELECT e.id, e.role, e.status, e.mentor_id, e.override_eligible, e.override_reason, "
    "p.id, p.first_name, p.last_name, p.name_as_printed, p.email, p.phone, p.job_title, "
    "o.name, p.department, p.archived_at "
    "FROM enrollment AS e JOIN person AS p ON p.id = e.person_id "
    "LEFT OUTER JOIN organization AS o ON o.id = p.organization_id "
    "WHERE e.cohort_id = ? AND p.erased_at IS NULL"
)


def _plain_rows(session: DbSession, statement: str, params: tuple[object, ...]) -> list[Any]:
    """Rows of ``statement`` read on the session's own connection (in its transaction),
    errors wrapped as SQLAlchemy's, so the database layer reports them as it does others."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cast(list[Any], cursor.execute(statement, params).fetchall())
    except sqlite3.Error as exc:
        raise sa_exc.DBAPIError.instance(statement, params, exc, sqlite3.Error) from exc
    finally:
        cursor.close()


def attendance_statuses(
    session: DbSession, cohort_id: int
) -> dict[tuple[int, int], AttendanceStatus]:
    """(enrollment id, session id) → status for a whole cohort, read as plain text (the
    enum conversion per row is the slow part for tens of thousands of marks)."""
    rows = session.execute(
        select(
            Attendance.enrollment_id, Attendance.session_id, type_coerce(Attendance.status, String)
        )
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.cohort_id == cohort_id)
    )
    return {(e, s): _STATUS_BY_VALUE[value] for e, s, value in rows}
