"""Attendance: one mark per (enrollment, session)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus
from app.errors import ValidationError
from app.i18n import _
from app.models import Attendance, Enrollment, Session, utcnow
from app.services._plain_sql import plain_rows
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
            _("Session {session_id} (“{title}”) is cancelled; nothing was marked.").format(
                session_id=session_id, title=meeting.title
            )
        )
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError(_("Name at least one person to mark."))
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
            _(
                "Not enrolled in the cohort of session {session_id}: person {listed}; "
                "nothing was marked."
            ).format(session_id=session_id, listed=listed)
        )
    # one insert-or-update: two coordinators calling the roll of one session at once both
    # keep their marks, the later one on the same person wins (a select-then-insert made the
    # second fail on the unique (enrollment, session) pair when both added the same person)
    cleaned_note = clean_optional(note)
    now = utcnow()
    rows: list[dict[str, object]] = [
        {
            "enrollment_id": enrollments[person_id],
            "session_id": session_id,
            "status": status,
            "note": cleaned_note,
            "recorded_at": now,
        }
        for person_id in wanted
    ]
    session.flush()
    _upsert_marks(session, rows, with_note=note is not None)
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
    rows = plain_rows(session, _COHORT_MARKS, (cohort_id,))
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
        raise ValidationError(_("{titles} is cancelled; nothing was marked.").format(titles=titles))
    found_sessions = session.scalar(
        select(func.count()).select_from(Session).where(Session.id.in_(session_ids))
    )
    if (
        found_enrollments != len(enrollment_ids)
        or found_sessions != len(session_ids)
        or len(cohorts_of_enrollments | cohorts_of_sessions) != 1
    ):
        raise ValidationError(
            _(
                "Some of these people or sessions are no longer in the cohort; nothing "
                "was marked. Reload and try again."
            )
        )
    _write_marks(session, changes)
    return len(changes)


def _write_marks(session: DbSession, changes: Sequence[MarkChange]) -> None:
    """The marks as a few statements whatever their number: one delete per session cleared
    and one insert-or-update for everything marked (a column of 20,000 was 20,000 rows
    loaded, compared and flushed one by one). The last change to a cell wins, as before."""
    final = {(c.enrollment_id, c.session_id): c.mark for c in changes}
    cleared: dict[int, list[int]] = {}
    marked: list[dict[str, object]] = []
    now = utcnow()
    for (enrollment_id, session_id), mark in final.items():
        if mark is None:
            cleared.setdefault(session_id, []).append(enrollment_id)
        else:
            marked.append(
                {
                    "enrollment_id": enrollment_id,
                    "session_id": session_id,
                    "status": mark.status,
                    "note": clean_optional(mark.note),
                    "recorded_at": now,
                }
            )
    session.flush()  # anything pending goes first, as it did
    for session_id, enrollment_ids in cleared.items():
        session.execute(
            delete(Attendance).where(
                Attendance.session_id == session_id, Attendance.enrollment_id.in_(enrollment_ids)
            )
        )
    if marked:
        _upsert_marks(session, marked, with_note=True)
    _expire_loaded_marks(session)


def _upsert_marks(session: DbSession, rows: list[dict[str, object]], *, with_note: bool) -> None:
    """Insert the marks, or update those already there (the same on SQLite and PostgreSQL);
    ``with_note=False`` keeps the note a mark already has."""
    on_server = session.get_bind().dialect.name == "postgresql"
    insert = postgresql_insert if on_server else sqlite_insert
    upsert = insert(cast(Table, Attendance.__table__))
    changed = {"status": upsert.excluded.status, "recorded_at": upsert.excluded.recorded_at}
    if with_note:
        changed["note"] = upsert.excluded.note
    upsert = upsert.on_conflict_do_update(
        index_elements=["enrollment_id", "session_id"], set_=changed
    )
    session.execute(upsert, rows)
    _expire_loaded_marks(session)


def _expire_loaded_marks(session: DbSession) -> None:
    """Marks already loaded in this session show what is now in the file."""
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Attendance):
            session.expire(loaded)
