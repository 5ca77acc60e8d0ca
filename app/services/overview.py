"""A cohort at a glance: counts, the next session, and what still needs doing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from operator import attrgetter

from sqlalchemy.orm import Session as DbSession

from app.domain import CohortStatus, EnrollmentStatus, Role
from app.rules import programme_done
from app.services import cohorts, duplicates, enrollments, sessions
from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.people import PersonInfo
from app.services.sessions import SessionInfo


class TodoKind(enum.StrEnum):
    NO_SESSIONS = "no_sessions"
    NO_MENTOR = "no_mentor"
    NO_EMAIL = "no_email"
    SESSION_WITHOUT_PLACE = "session_without_place"
    OVER_CAPACITY = "over_capacity"
    PROBABLE_DUPLICATES = "probable_duplicates"


@dataclass(frozen=True)
class Todo:
    kind: TodoKind
    count: int
    examples: tuple[str, ...]  # a few names or titles to show


@dataclass(frozen=True)
class CohortOverview:
    cohort: CohortInfo
    participants_by_status: dict[EnrollmentStatus, int]
    people_by_role: dict[Role, int]
    next_session: SessionInfo | None
    sessions_held: int
    meets_rule: int  # participants meeting the completion rule so far
    judged: int
    programme_done: bool  # every planned session held, or the cohort completed
    todos: tuple[Todo, ...]


_ACTIVE = (EnrollmentStatus.ADMITTED, EnrollmentStatus.ENROLLED)
_ROLE, _STATUS = attrgetter("role"), attrgetter("status")


def cohort_overview(
    session: DbSession,
    cohort_id: int,
    *,
    today: dt.date,
    schedule: list[SessionInfo] | None = None,
    people: list[ParticipantInfo] | None = None,
    find_duplicates: bool = True,
) -> CohortOverview:
    """The overview; pass ``schedule``/``people`` when already read for the same view.

    ``find_duplicates=False`` leaves out the probable duplicates, which means reading
    every person in the database: the window finds them after the cohort is shown
    (:func:`duplicates_todo`, :func:`with_duplicates`)."""
    cohort = cohorts.get_cohort(session, cohort_id)
    if schedule is None:
        schedule = sessions.list_sessions(session, cohort_id)
    if people is None:
        people = enrollments.list_participants(session, cohort_id, today=today)
    by_role = Counter(map(_ROLE, people))  # counted in C: a big cohort has thousands
    participants = [p for p in people if p.role == Role.PARTICIPANT]
    active = [p for p in participants if p.status in _ACTIVE]
    upcoming = [s for s in schedule if not s.cancelled and s.last_date >= today]
    judged = [p.eligibility for p in participants if p.eligibility is not None]
    todos: list[Todo] = []

    def add(kind: TodoKind, items: list[str]) -> None:
        if items:
            todos.append(Todo(kind, len(items), tuple(items[:5])))

    if not schedule:
        todos.append(Todo(TodoKind.NO_SESSIONS, 0, ()))
    if by_role[Role.MENTOR]:
        add(TodoKind.NO_MENTOR, [_name(p) for p in active if p.mentor_enrollment_id is None])
    add(TodoKind.NO_EMAIL, [_name(p) for p in active if not p.person.email])
    add(
        TodoKind.SESSION_WITHOUT_PLACE,
        [s.title for s in upcoming if not s.venue and not s.online_url],
    )
    if cohort.capacity is not None and len(active) > cohort.capacity:
        add(TodoKind.OVER_CAPACITY, [str(len(active) - cohort.capacity)])
    if find_duplicates:
        found = duplicates_todo(session, cohort_id, {p.person.id: p.person for p in people})
        if found is not None:
            todos.append(found)
    return CohortOverview(
        cohort=cohort,
        participants_by_status=dict(Counter(map(_STATUS, participants))),
        people_by_role=dict(by_role),
        next_session=upcoming[0] if upcoming else None,
        sessions_held=sum(1 for s in schedule if not s.cancelled and s.date <= today),
        meets_rule=sum(1 for e in judged if e.meets),
        programme_done=programme_done(
            ((s.date, s.cancelled) for s in schedule),
            today=today,
            cohort_completed=cohort.status == CohortStatus.COMPLETED,
        ),
        judged=len(judged),
        todos=tuple(todos),
    )


def _name(p: ParticipantInfo) -> str:
    return p.person.full_name


def duplicates_todo(
    session: DbSession, cohort_id: int, known: Mapping[int, PersonInfo] | None = None
) -> Todo | None:
    """The overview's "probable duplicates" to-do, or None when there are none."""
    pairs = duplicates.probable_duplicates(session, cohort_id, known=known)
    if not pairs:
        return None
    names = [f"{p.first.full_name} / {p.second.full_name}" for p in pairs]
    return Todo(TodoKind.PROBABLE_DUPLICATES, len(names), tuple(names[:5]))


def with_duplicates(overview: CohortOverview, todo: Todo | None) -> CohortOverview:
    """``overview`` with its probable-duplicates to-do replaced by ``todo`` (None: none)."""
    todos = tuple(t for t in overview.todos if t.kind != TodoKind.PROBABLE_DUPLICATES)
    return dataclasses.replace(overview, todos=todos + ((todo,) if todo is not None else ()))
