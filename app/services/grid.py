"""The attendance grid of a cohort: participants × sessions, with the rule in force."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter

from sqlalchemy.orm import Session as DbSession

from app import collector
from app.domain import AttendanceStatus, CohortStatus, EnrollmentStatus, Role
from app.rules import (
    CompletionRule,
    Eligibility,
    Override,
    judge,
    programme_done,
)
from app.services import attendance, cohorts, enrollments, sessions
from app.services.attendance import Mark
from app.services.enrollments import ParticipantInfo
from app.services.sessions import SessionInfo

_ENROLLMENT, _SESSION = itemgetter(0), itemgetter(1)  # of a mark's key
_STATUS = itemgetter(0)  # a Mark's status
_JUDGED_ROLE = Role.PARTICIPANT  # see AttendanceGrid.judged
_ALL_STATUSES = frozenset(AttendanceStatus)

# Rows of the grid: the participants the completion rule judges (not applicants,
# waitlisted, admitted-but-not-started or withdrawn people; set them to enrolled first),
# then guests (walk-ins), whose attendance is kept but who are not judged.
GRID_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)
GRID_ROLES = (Role.PARTICIPANT, Role.GUEST)


@dataclass(frozen=True)
class SessionTotals:
    """One session's figures. Guests (walk-ins) are never judged and never expected: they
    count only in ``guests``, so "attended/expected" is about the participants alone."""

    attended: int  # participants whose mark counts as attended under the rule
    recorded: int  # participants with any mark
    expected: int  # participants on the grid
    guests: int  # guests who attended


@dataclass(frozen=True)
class AttendanceGrid:
    cohort_id: int
    cohort_name: str
    rule: CompletionRule
    sessions: tuple[SessionInfo, ...]  # by date
    participants: tuple[ParticipantInfo, ...]  # by surname
    marks: dict[tuple[int, int], Mark]  # (enrollment id, session id) -> mark
    today: dt.date
    cohort_completed: bool = False
    # (marks, today, rule) the participants' own eligibility was judged with, when they
    # were read together with this grid: then it is taken as it is, not judged again
    judged_with: tuple[object, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def programme_done(self) -> bool:
        """Every planned session held, or the cohort marked completed."""
        return programme_done(
            ((s.date, s.cancelled) for s in self.sessions),
            today=self.today,
            cohort_completed=self.cohort_completed,
        )

    @staticmethod
    def judged(participant: ParticipantInfo) -> bool:
        """Whether the completion rule applies (participants yes, guests no)."""
        return participant.role == Role.PARTICIPANT

    def session_totals(
        self, session_id: int, marks: dict[tuple[int, int], Mark] | None = None
    ) -> SessionTotals:
        """The figures of one session from (possibly edited) marks; the only place that
        decides who counts in a session's totals (grid header, roll call, overview)."""
        if marks is None:  # the grid as read: counted once (the overview and grid both ask)
            cache = self._as_read[1]
            if not cache:
                cache.update(self._totals_as_read())
            found = cache.get(session_id)
            if found is None:  # not a session of this grid
                found = cache[session_id] = self.session_totals(session_id, self.marks)
            return found
        source = marks
        attended = recorded = expected = guests = 0
        for participant in self.participants:
            mark = source.get((participant.enrollment_id, session_id))
            counts = mark is not None and self.rule.counts(mark.status)
            if not self.judged(participant):
                guests += counts
                continue
            expected += 1
            recorded += mark is not None
            attended += counts
        return SessionTotals(attended, recorded, expected, guests)

    def _totals_as_read(self) -> dict[int, SessionTotals]:
        """Every session's figures from the marks as read: all marks, and those that do not
        count as attended (the fewer), counted by session in passes that run in C (over
        session ids: no tuple made per mark), then those of anyone the rule does not judge
        here (guests, people not on the grid) taken off one by one (they are few)."""
        judged = {p.enrollment_id: p.role == _JUDGED_ROLE for p in self.participants}
        counted, marks = self.rule.counted, self.marks
        recorded = Counter(map(_SESSION, marks))
        not_counted = (_ALL_STATUSES - counted).__contains__
        missed = compress(marks, map(not_counted, map(_STATUS, marks.values())))
        attended = recorded - Counter(map(_SESSION, missed))
        walk_ins: Counter[int] = Counter()
        for enrollment_id in set(map(_ENROLLMENT, marks)):
            if judged.get(enrollment_id):
                continue
            for s in self.sessions:
                mark = marks.get((enrollment_id, s.id))
                if mark is not None:
                    recorded[s.id] -= 1
                    if mark.status in counted:
                        attended[s.id] -= 1
                        if enrollment_id in judged:  # a guest on the grid
                            walk_ins[s.id] += 1
        expected = sum(judged.values())
        return {
            s.id: SessionTotals(
                attended=attended[s.id],
                recorded=recorded[s.id],
                expected=expected,
                guests=walk_ins[s.id],
            )
            for s in self.sessions
        }

    @cached_property
    def _as_read(self) -> tuple[dict[int, Eligibility], dict[int, SessionTotals]]:
        """Eligibility by enrollment id and totals by session id from the marks as read.

        The participants' own eligibility was judged from the same read of the marks (see
        :func:`attendance_grid`), so it is taken as it is rather than judged again."""
        same = self.judged_with is not None and all(
            a is b
            for a, b in zip(self.judged_with, (self.marks, self.today, self.rule), strict=True)
        )
        return {
            p.enrollment_id: p.eligibility
            for p in (self.participants if same else ())
            if p.eligibility is not None and self.judged(p)
        }, {}

    @cached_property
    def _held(self) -> tuple[tuple[tuple[int, bool], ...], bool]:
        """(session id, mandatory) of the sessions held so far, and whether the programme
        is done: the same for every row, so worked out once, not once per participant."""
        held = tuple(
            (s.id, s.mandatory) for s in self.sessions if not s.cancelled and s.date <= self.today
        )
        return held, self.programme_done

    def eligibility(
        self, participant: ParticipantInfo, marks: dict[tuple[int, int], Mark] | None = None
    ) -> Eligibility:
        """Eligibility from (possibly edited) marks, so the grid updates as it is marked
        (what :func:`app.rules.evaluate` decides, with the held sessions found once)."""
        if marks is None:  # the grid as read: judged once (the overview and grid both ask)
            cache = self._as_read[0]
            found = cache.get(participant.enrollment_id)
            if found is None:
                found = cache[participant.enrollment_id] = self.eligibility(participant, self.marks)
            return found
        source = marks
        held, done = self._held
        enrollment_id = participant.enrollment_id
        current = participant.eligibility
        override = current.override if current is not None else None
        return judge(
            self.rule,
            [
                (mandatory, m.status if (m := source.get((enrollment_id, sid))) else None)
                for sid, mandatory in held
            ],
            has_action_plan=participant.has_action_plan,
            override=Override(override.eligible, override.reason) if override else None,
            programme_done=done,
        )


def _row(p: ParticipantInfo) -> tuple[object, ...]:
    """What a grid row shows of a participant, but their eligibility as read (the grid
    works that out from the marks; only an override of it counts)."""
    override = p.eligibility.override if p.eligibility is not None else None
    return (p.enrollment_id, p.person, p.role, p.status, p.has_action_plan, override)


def same_rows(shown: AttendanceGrid, read: AttendanceGrid) -> bool:
    """Whether ``read`` has the rows, columns and rule of ``shown`` (the marks apart): then
    a grid on screen can take it without being built again, when its marks are the same."""
    return (
        shown.cohort_id == read.cohort_id
        and shown.cohort_name == read.cohort_name
        and shown.rule == read.rule
        and shown.today == read.today
        and shown.cohort_completed == read.cohort_completed
        and shown.sessions == read.sessions
        and len(shown.participants) == len(read.participants)
        and all(
            _row(a) == _row(b) for a, b in zip(shown.participants, read.participants, strict=True)
        )
    )


def attendance_grid(
    session: DbSession,
    cohort_id: int,
    *,
    today: dt.date,
    participants: list[ParticipantInfo] | None = None,
    schedule: list[SessionInfo] | None = None,
    marks: dict[tuple[int, int], Mark] | None = None,
) -> AttendanceGrid:
    """The grid; pass ``participants``/``schedule``/``marks`` when already loaded for the
    same view (in the same transaction: the participants' eligibility, judged from those
    marks, is then the grid's as read)."""
    with collector.paused():
        return _grid(session, cohort_id, today, participants, schedule, marks)


def _grid(
    session: DbSession,
    cohort_id: int,
    today: dt.date,
    participants: list[ParticipantInfo] | None,
    schedule: list[SessionInfo] | None,
    marks: dict[tuple[int, int], Mark] | None,
) -> AttendanceGrid:
    cohort = cohorts.load_cohort(session, cohort_id)  # held: later reads find it
    if schedule is None:
        schedule = sessions.list_sessions(session, cohort_id)
    if marks is None:
        marks = attendance.cohort_marks(session, cohort_id)
    people = (
        participants
        if participants is not None
        else enrollments.list_participants(
            session, cohort_id, today=today, marks=marks, schedule=schedule
        )
    )
    rule = cohorts.cohort_rule(session, cohort_id)
    return AttendanceGrid(
        cohort_id=cohort_id,
        cohort_name=cohort.name,
        rule=rule,
        sessions=tuple(schedule),
        participants=tuple(
            p
            for p in sorted(people, key=lambda p: p.role != Role.PARTICIPANT)  # guests last
            if p.role in GRID_ROLES and p.status in GRID_STATUSES
        ),
        marks=marks,
        today=today,
        cohort_completed=cohort.status == CohortStatus.COMPLETED,
        judged_with=(marks, today, rule),
    )
