"""What the `kohort` commands print: the stable JSON shapes (documented in the README) and
plain-text tables."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import DatabaseError, ValidationError
from app.i18n import _

if TYPE_CHECKING:  # only the types: the services are imported by the command that runs
    from app.services.action_plans import PlanSummary
    from app.services.cohorts import CohortInfo
    from app.services.enrollments import ParticipantInfo
    from app.services.sessions import SessionInfo
    from app.services.verification import VerificationResult


class ReportedError(Exception):
    """The command printed its own explanation; exit 1 without another message."""


def missing_database_error(path: Path) -> DatabaseError:
    """A command that does not make a database was given a path where there is none: a
    typing mistake, most likely, so nothing is created there (no folder, no empty file)."""
    return DatabaseError(
        _(
            "There is no database file {path}; check the name (or start Kohort, or run "
            "`kohort demo`, to make one)."
        ).format(path=path)
    )


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def iso(value: dt.date | dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def cohort_json(c: CohortInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "program": {"id": c.program_id, "name": c.program_name, "code": c.program_code},
        "name": c.name,
        "start_date": iso(c.start_date),
        "end_date": iso(c.end_date),
        "status": c.status.value,
        "participants": c.participant_count,
        "sessions": c.session_count,
        "archived": c.archived,
    }


def session_json(s: SessionInfo) -> dict[str, Any]:
    return {
        "id": s.id,
        "cohort_id": s.cohort_id,
        "title": s.title,
        "date": iso(s.date),
        "end_date": iso(s.end_date),
        "start_time": iso(s.start_time),
        "end_time": iso(s.end_time),
        "venue": s.venue,
        "online_url": s.online_url,
        "format": s.format.value,
        "hours": None if s.hours is None else float(s.hours),
        "focus_area": s.focus_area,
        "mandatory": s.mandatory,
        "cancelled": s.cancelled,
    }


def participant_json(p: ParticipantInfo) -> dict[str, Any]:
    e = p.eligibility
    rate = None if e is None or e.rate is None else round(float(e.rate), 4)
    return {
        "enrollment_id": p.enrollment_id,
        "person_id": p.person.id,
        "first_name": p.person.first_name,
        "last_name": p.person.last_name,
        "name_as_printed": p.person.printed_name,
        "email": p.person.email,
        "organization": p.person.organization,
        "department": p.person.department,
        "role": p.role.value,
        "status": p.status.value,
        "mentor": p.mentor_name,
        "has_action_plan": p.has_action_plan,
        "attended": None if e is None else e.attended,
        "held": None if e is None else e.held,
        "attendance_rate": rate,
        "eligible": None if e is None else e.eligible,
        "standing": None if e is None else e.standing.value,
        "programme_done": None if e is None else e.programme_done,
        "shortfalls": [] if e is None else [s.value for s in e.shortfalls],
        "override": None
        if e is None or e.override is None
        else {"eligible": e.override.eligible, "reason": e.override.reason},
    }


def verification_json(result: VerificationResult | None, query: str) -> dict[str, Any]:
    """`kohort verify --json`: the same keys whether the code is known or not."""
    return {
        "query": query,
        "found": result is not None,
        "status": "unknown" if result is None else result.status.value,
        "valid": result is not None and result.valid,
        "code": None if result is None else result.code,
        "serial": None if result is None else result.serial,
        "name_as_printed": None if result is None else result.name_as_printed,
        "programme": None if result is None else result.programme,
        "cohort": None if result is None else result.cohort,
        "issue_date": None if result is None else iso(result.issue_date),
        "replaced_by": None if result is None else result.replaced_by,
        "latest_serial": None if result is None else result.latest_serial,
        "latest_valid": None if result is None else result.latest_valid,
        "revoked_on": None if result is None else iso(result.revoked_on),
        "revoked_reason": None if result is None else result.revoked_reason,
    }


def plan_json(r: PlanSummary) -> dict[str, Any]:
    from app.services.action_plans import SECTIONS_OF

    return {
        "enrollment_id": r.enrollment_id,
        "person_id": r.person_id,
        "first_name": r.first_name,
        "last_name": r.last_name,
        "organization": r.organization or None,
        "status": r.status.value,
        "mentor": r.mentor_name or None,
        "has_plan": r.has_plan,
        "sections_filled": r.sections_filled,
        "sections_total": SECTIONS_OF,
        "actions": r.actions,
        "actions_done": r.actions_done,
        "follow_up_date": iso(r.follow_up_date),
        "follow_up": None if r.follow_up is None else r.follow_up.value,
        "updated_at": None if r.updated_at is None else r.updated_at.isoformat(timespec="seconds"),
    }


def refuse_existing(target: str | Path | None, overwrite: bool) -> None:
    """Every command that writes a file refuses to replace one without --overwrite; checked
    before anything is saved, issued or drawn."""
    if target and not overwrite and Path(target).exists():
        raise ValidationError(
            _(
                "{target} exists already; nothing was written. Choose another name, "
                "or add --overwrite to replace it."
            ).format(target=target)
        )
