"""Attendance: one mark per (enrollment, session)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.models import Attendance, AttendanceStatus, Enrollment, utcnow
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
