"""Enrollments: a person in a cohort with a role and a status, and the participant list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import is_not, itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, select, type_coerce, update
from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus, CohortStatus, EnrollmentStatus, Role
from app.errors import NotFoundError, ValidationError
from app.i18n import _
from app.models import (
    Attendance,
    Enrollment,
    Session,
    utcnow,
)
from app.rules import CompletionRule, Eligibility, Override, judge, programme_done
from app.services._plain_sql import plain_rows
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
    the cohort's marks. So may ``schedule``, the cohort's sessions. This list feeds the
    attendance grid of cohorts with thousands of people: columns are read as plain rows,
    not ORM objects, and worked on a column at a time with ``map`` and ``zip``, which run
    in C, rather than a Python loop per row or per mark.
    """
    cohort = load_cohort(session, cohort_id)  # held: the rule's read finds it
    rule = cohort_rule(session, cohort_id)
    rows = plain_rows(session, _PARTICIPANT_ROWS, (cohort_id,))
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
    with_plan = {e_id for (e_id,) in plain_rows(session, _WITH_PLAN, (cohort_id,))}
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
    eligibilities = _judge_all(
        rule,
        [row for row in rows if row[1] == _PARTICIPANT and row[2] in _COUNTED_VALUES],
        held,
        with_plan,
        _attended(rule, held, marks, statuses),
        done,
    )
    if not rows:
        return []
    # sorted as rows, by keys worked out a column at a time (the key of ParticipantInfo)
    keys = list(
        map("{}\t{}".format, map(sort_key, map(_LAST, rows)), map(sort_key, map(_FIRST, rows)))
    )
    rows = list(map(rows.__getitem__, sorted(range(len(rows)), key=keys.__getitem__)))
    (e_ids, roles, states, mentor_ids, _oe, _or, p_ids, firsts, lasts, printed, emails,
     phones, titles, orgs, departments, archived) = zip(*rows, strict=True)  # fmt: skip
    mentors = set(mentor_ids)
    names = {r[0]: f"{r[7]} {r[8]}".strip() for r in rows if r[0] in mentors}
    people = map(
        PersonInfo, p_ids, firsts, lasts, printed, emails, phones, titles, orgs, departments,
        map(is_not, archived, repeat(None)),
    )  # fmt: skip
    return list(
        map(
            ParticipantInfo,
            e_ids,
            people,
            map(_ROLES.__getitem__, roles),
            map(_STATUSES.__getitem__, states),
            mentor_ids,
            map(names.get, mentor_ids),
            map(with_plan.__contains__, e_ids),
            map(eligibilities.get, e_ids),
        )
    )


def _attended(
    rule: CompletionRule,
    held: list[tuple[int, bool]],
    marks: Mapping[tuple[int, int], Mark] | None,
    statuses: Mapping[tuple[int, int], AttendanceStatus] | None,
) -> tuple[Counter[int], Counter[int]]:
    """How many held sessions, and how many held mandatory ones, each enrollment attended
    (the rule looks at a mark only to see whether it counts). Counted over every mark in
    a few passes that run in C: a big cohort has a quarter of a million marks, and a
    Python loop over them was most of reading it."""
    found: Iterable[AttendanceStatus]
    if marks is not None:  # a Mark is a tuple: its status is item 0
        keys, found = marks.keys(), map(_STATUS, marks.values())
    else:
        assert statuses is not None
        keys, found = statuses.keys(), statuses.values()
    held_ids = {sid for sid, _mandatory in held}
    counting = list(compress(keys, map(rule.counted.__contains__, found)))
    attended = list(compress(counting, map(held_ids.__contains__, map(_SESSION, counting))))
    # which sessions are mandatory matters only when the rule asks for all of them
    mandatory_ids = {sid for sid, m in held if m} if rule.require_all_mandatory else set()
    of_mandatory = (
        compress(attended, map(mandatory_ids.__contains__, map(_SESSION, attended)))
        if mandatory_ids
        else ()
    )
    return Counter(map(_ENROLLMENT, attended)), Counter(map(_ENROLLMENT, of_mandatory))


def _judge_all(
    rule: CompletionRule,
    judged: list[Any],
    held: list[tuple[int, bool]],
    with_plan: set[int],
    attended: tuple[Counter[int], Counter[int]],
    done: bool,
) -> dict[int, Eligibility]:
    """Each judged row's eligibility. What the rule sees of a participant's marks is how
    many held sessions they attended and how many of the mandatory ones: people with the
    same counts, plan and override are judged the same, so judged once, from a list of
    held sessions with those counts (attended ones first)."""
    every, of_mandatory = attended
    mandatory = sum(1 for _sid, m in held if m) if rule.require_all_mandatory else 0
    others = len(held) - mandatory
    found: dict[int, Eligibility] = {}
    judged_as: dict[tuple[object, ...], Eligibility] = {}
    for row in judged:
        e_id, override_eligible, override_reason = row[0], row[4], row[5]
        on_mandatory = of_mandatory.get(e_id, 0)
        on_others = every.get(e_id, 0) - on_mandatory
        has_plan = e_id in with_plan
        key = (on_mandatory, on_others, has_plan, override_eligible, override_reason)
        eligibility = judged_as.get(key)
        if eligibility is None:
            eligibility = judged_as[key] = judge(
                rule,
                [(True, _PRESENT)] * on_mandatory
                + [(True, None)] * (mandatory - on_mandatory)
                + [(False, _PRESENT)] * on_others
                + [(False, None)] * (others - on_others),
                has_action_plan=has_plan,
                override=(
                    Override(bool(override_eligible), override_reason or "")
                    if override_eligible is not None
                    else None
                ),
                programme_done=done,
            )
        found[e_id] = eligibility
    return found


_ENROLLMENT, _SESSION = itemgetter(0), itemgetter(1)  # of a mark's key
_STATUS = itemgetter(0)  # of a Mark
_FIRST, _LAST = itemgetter(7), itemgetter(8)  # of a participant row
_PRESENT = AttendanceStatus.PRESENT  # always counts as attended
_PARTICIPANT = Role.PARTICIPANT.value
_COUNTED_VALUES = frozenset(s.value for s in _COUNTED_STATUSES)
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


_WITH_PLAN = (
    "SELECT p.enrollment_id FROM action_plan AS p "
    "JOIN enrollment AS e ON e.id = p.enrollment_id WHERE e.cohort_id = ?"
)


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
