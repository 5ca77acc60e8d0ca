"""Attendance reports: the export (one row per participant, a column per session) and the
cohort summary (per session and per organization)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus
from app.rules import STANDING_TEXT
from app.services.exporting import Value, write_table
from app.services.grid import AttendanceGrid, attendance_grid
from app.text import sort_key

STATUS_WORDS = {
    AttendanceStatus.PRESENT: "present",
    AttendanceStatus.LATE: "late",
    AttendanceStatus.LEFT_EARLY: "left early",
    AttendanceStatus.EXCUSED: "excused",
    AttendanceStatus.ABSENT: "absent",
}


def report_table(grid: AttendanceGrid) -> tuple[list[str], list[list[Value]]]:
    headers = ["Last name", "First name", "E-mail", "Organization"]
    headers += [
        f"{s.date.isoformat()} {s.title}" + (" (cancelled)" if s.cancelled else "")
        for s in grid.sessions
    ]
    headers += ["Attended", "Held", "Attendance rate", "Diploma", "Override reason"]
    rows: list[list[Value]] = []
    for participant in grid.participants:
        eligibility = grid.eligibility(participant)
        row: list[Value] = [
            participant.person.last_name,
            participant.person.first_name,
            participant.person.email,
            participant.person.organization,
        ]
        for s in grid.sessions:
            mark = grid.marks.get((participant.enrollment_id, s.id))
            row.append(STATUS_WORDS[mark.status] if mark else None)
        row += [
            eligibility.attended,
            eligibility.held,
            eligibility.rate,
            STANDING_TEXT[eligibility.standing] if grid.judged(participant) else "guest",
            eligibility.override.reason if eligibility.override else None,
        ]
        rows.append(row)
    return headers, rows


def export_attendance(session: DbSession, cohort_id: int, path: Path, *, today: dt.date) -> int:
    """Write the attendance report to ``path`` (.csv or .xlsx); returns the number of rows."""
    headers, rows = report_table(attendance_grid(session, cohort_id, today=today))
    write_table(path, headers, rows, sheet="Attendance")
    return len(rows)


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    title: str
    date: dt.date
    attended: int  # participants only: guests are counted apart
    recorded: int
    participants: int
    guests: int = 0  # guests who attended


@dataclass(frozen=True)
class OrganizationSummary:
    organization: str
    participants: int
    attendance_rate: Fraction | None  # attended / held over everyone from it
    meets_rule: int  # eligible once the programme is done, on track before


def summarize(grid: AttendanceGrid) -> tuple[list[SessionSummary], list[OrganizationSummary]]:
    per_session = []
    for s in grid.sessions:
        totals = grid.session_totals(s.id)
        per_session.append(
            SessionSummary(
                s.id,
                s.title,
                s.date,
                attended=totals.attended,
                recorded=totals.recorded,
                participants=totals.expected,
                guests=totals.guests,
            )
        )
    groups: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    for participant in grid.participants:
        if not grid.judged(participant):
            continue
        e = grid.eligibility(participant)
        groups[participant.person.organization or "—"].append((e.attended, e.held, e.meets))
    per_organization = [
        OrganizationSummary(
            organization=name,
            participants=len(items),
            attendance_rate=(
                Fraction(sum(a for a, _, _ in items), held)
                if (held := sum(h for _, h, _ in items))
                else None
            ),
            meets_rule=sum(1 for _, _, ok in items if ok),
        )
        for name, items in sorted(groups.items(), key=lambda group: sort_key(group[0]))
    ]
    return per_session, per_organization
