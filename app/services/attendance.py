"""Attendance: one mark per (enrollment, session)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus
from app.errors import ValidationError
from app.models import Attendance, Enrollment, Session, utcnow
from app.services.sessions import load_session
from app.text import clean_optional


def mark_attendance(
    session: DbSession,
    *,
    session_id: int,
    person_ids: Iterable[int],
    status: AttendanceStatus,
    note: str | None = None,
) -> int:
    """Record one status for several people at one session; returns how many were marked.

    All or nothing: if any person is not enrolled in the session's cohort, nothing is marked.
    """
    meeting = load_session(session, session_id)
    if meeting.cancelled:
        raise ValidationError(
            f"Session {session_id} (“{meeting.title}”) is cancelled; nothing was marked."
        )
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError("Name at least one person to mark.")
    enrollments = dict(
        session.execute(
            select(Enrollment.person_id, Enrollment.id).where(
                Enrollment.cohort_id == meeting.cohort_id, Enrollment.person_id.in_(wanted)
            )
        ).all()
    )
    missing = [p for p in wanted if p not in enrollments]
    if missing:
        listed = ", ".join(str(p) for p in missing)
        raise ValidationError(
            f"Not enrolled in the cohort of session {session_id}: person {listed}; "
            "nothing was marked."
        )
    existing = {
        a.enrollment_id: a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id,
                Attendance.enrollment_id.in_(enrollments.values()),
            )
        )
    }
    cleaned_note = clean_optional(note)
    for person_id in wanted:
        enrollment_id = enrollments[person_id]
        mark = existing.get(enrollment_id)
        if mark is None:
            session.add(
                Attendance(
                    enrollment_id=enrollment_id,
                    session_id=session_id,
                    status=status,
                    note=cleaned_note,
                )
            )
        else:
            mark.status = status
            if note is not None:
                mark.note = cleaned_note
            mark.recorded_at = utcnow()
    session.flush()
    return len(wanted)


class Mark(NamedTuple):
    """One recorded mark. A tuple, not a dataclass: a big cohort has tens of thousands."""

    status: AttendanceStatus
    note: str | None = None


@dataclass(frozen=True)
class MarkChange:
    """Set one cell of the attendance grid; ``mark=None`` clears it (not recorded)."""

    enrollment_id: int
    session_id: int
    mark: Mark | None


_STATUS_BY_VALUE = {s.value: s for s in AttendanceStatus}
_PLAIN_MARKS = {s.value: Mark(s, None) for s in AttendanceStatus}
_COHORT_MARKS = (
    "SELECT a.enrollment_id, a.session_id, a.status, a.note FROM attendance AS a "
    "JOIN enrollment AS e ON e.id = a.enrollment_id WHERE e.cohort_id = ?"
)


def cohort_marks(session: DbSession, cohort_id: int) -> dict[tuple[int, int], Mark]:
    """Every mark of a cohort, by (enrollment id, session id).

    Read with plain SQL on the session's connection: for the tens of thousands of marks of a
    big cohort, the ORM's per-row type conversion costs several times the query itself.
    """
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(_COHORT_MARKS, (cohort_id,)).fetchall()
    except sqlite3.Error as exc:  # as SQLAlchemy wraps it: the database gives the message
        raise sa_exc.DBAPIError.instance(_COHORT_MARKS, (cohort_id,), exc, sqlite3.Error) from exc
    finally:
        cursor.close()
    plain = _PLAIN_MARKS  # most marks have no note: one shared (immutable) Mark per status
    return {
        (e, s): plain[status] if note is None else Mark(_STATUS_BY_VALUE[status], note)
        for e, s, status, note in rows
    }


def set_marks(session: DbSession, changes: Sequence[MarkChange]) -> int:
    """Apply grid edits (a mark, a bulk change, an undo) in one go; all or nothing.

    Every enrollment and session must belong to the same cohort.
    """
    if not changes:
        return 0
    enrollment_ids = {c.enrollment_id for c in changes}
    session_ids = {c.session_id for c in changes}
    cohorts_of_enrollments = set(
        session.scalars(select(Enrollment.cohort_id).where(Enrollment.id.in_(enrollment_ids)))
    )
    found_enrollments = session.scalar(
        select(func.count()).select_from(Enrollment).where(Enrollment.id.in_(enrollment_ids))
    )
    cohorts_of_sessions = set(
        session.scalars(select(Session.cohort_id).where(Session.id.in_(session_ids)))
    )
    cancelled = set(
        session.scalars(select(Session.title).where(Session.id.in_(session_ids), Session.cancelled))
    )
    if cancelled and any(c.mark is not None for c in changes):
        titles = ", ".join(f"“{t}”" for t in sorted(cancelled))
        raise ValidationError(f"{titles} is cancelled; nothing was marked.")
    found_sessions = session.scalar(
        select(func.count()).select_from(Session).where(Session.id.in_(session_ids))
    )
    if (
        found_enrollments != len(enrollment_ids)
        or found_sessions != len(session_ids)
        or len(cohorts_of_enrollments | cohorts_of_sessions) != 1
    ):
        raise ValidationError(
            "Some of these people or sessions are no longer in the cohort; nothing was marked. "
            "Reload and try again."
        )
    existing = {
        (a.enrollment_id, a.session_id): a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.enrollment_id.in_(enrollment_ids),
                Attendance.session_id.in_(session_ids),
            )
        )
    }
    for change in changes:
        key = (change.enrollment_id, change.session_id)
        row = existing.get(key)
        if change.mark is None:
            if row is not None:
                session.delete(row)
                del existing[key]
        elif row is None:
            row = Attendance(
                enrollment_id=change.enrollment_id,
                session_id=change.session_id,
                status=change.mark.status,
                note=clean_optional(change.mark.note),
            )
            session.add(row)
            existing[key] = row
        else:
            row.status = change.mark.status
            row.note = clean_optional(change.mark.note)
            row.recorded_at = utcnow()
    session.flush()
    return len(changes)
