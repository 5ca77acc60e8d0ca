"""The demo programme: two realistic Swedish programmes to try Kohort with.

Idempotent: a programme whose code already exists is left alone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session as DbSession

from app.domain import (
    ActionStatus,
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    Language,
    Role,
    SessionFormat,
)
from app.models import ActionItem, ActionPlan
from app.rules import CompletionRule
from app.services import attendance, cohorts, enrollments, people, programs, sessions
from app.services.demo_evaluation import create_demo_evaluations
from app.services.signatories import SignatorySettings

MARK_LETTERS = {
    "P": AttendanceStatus.PRESENT,
    "L": AttendanceStatus.LATE,
    "E": AttendanceStatus.LEFT_EARLY,
    "X": AttendanceStatus.EXCUSED,
    "A": AttendanceStatus.ABSENT,
}


@dataclass(frozen=True)
class DemoResult:
    created: bool  # False when the demo was already there
    program_ids: tuple[int, ...]
    cohort_ids: tuple[int, ...]


def demo_data() -> dict[str, Any]:
    text = resources.files("resources.demo").joinpath("demo.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def create_demo(session: DbSession) -> DemoResult:
    created = False
    program_ids: list[int] = []
    cohort_ids: list[int] = []
    data = demo_data()
    made: dict[str, int] = {}  # the programmes made now: code -> id
    for spec in data["programs"]:
        existing = programs.find_program_by_code(session, spec["code"])
        if existing is not None:
            program_ids.append(existing.id)
            cohort_ids += [
                c.id
                for c in cohorts.list_cohorts(
                    session, program_id=existing.id, include_archived=True
                )
            ]
            continue
        created = True
        program = programs.create_program(
            session,
            programs.ProgramFields(
                name=spec["name"],
                code=spec["code"],
                organizer=spec["organizer"],
                description=spec["description"],
                focus_areas=tuple(spec["focus_areas"]),
                rule=CompletionRule(**spec["rule"]),
                diploma_place=spec["diploma_place"],
                signatories=tuple(
                    SignatorySettings(name=signer["name"], title=signer["title"])
                    for signer in spec.get("signatories", [])
                ),
            ),
        )
        program_ids.append(program.id)
        made[spec["code"]] = program.id
        for cohort_spec in spec["cohorts"]:
            cohort_ids.append(_create_cohort(session, program.id, cohort_spec))
    # After every programme's own cohorts, so that their ids stay as they were.
    evaluation_spec = data["evaluations"]
    if evaluation_spec["programme"] in made:
        cohort_ids += create_demo_evaluations(
            session, made[evaluation_spec["programme"]], evaluation_spec, _create_cohort
        )
    return DemoResult(created, tuple(program_ids), tuple(sorted(cohort_ids)))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _create_cohort(session: DbSession, program_id: int, spec: dict[str, Any]) -> int:
    cohort = cohorts.create_cohort(
        session,
        program_id,
        cohorts.CohortFields(
            name=spec["name"],
            start_date=_date(spec["start_date"]),
            end_date=_date(spec["end_date"]),
            status=CohortStatus(spec["status"]),
            capacity=spec["capacity"],
            fee_minor=spec["fee_minor"],
            language=Language(spec["language"]),
        ),
    )
    session_ids = [
        sessions.create_session(
            session,
            cohort.id,
            sessions.SessionFields(
                title=s["title"],
                date=dt.date.fromisoformat(s["date"]),
                end_date=_date(s.get("end_date")),
                start_time=_time(s.get("start_time")),
                end_time=_time(s.get("end_time")),
                venue=s.get("venue"),
                online_url=s.get("online_url"),
                format=SessionFormat(s["format"]),
                minutes=s.get("minutes"),
                focus_area=s.get("focus_area"),
                mandatory=s.get("mandatory", False),
            ),
        ).id
        for s in spec["sessions"]
    ]
    mentors: dict[str, int] = {}
    for p in spec["people"]:
        person = people.create_person(
            session,
            people.PersonFields(
                first_name=p["first_name"],
                last_name=p["last_name"],
                name_as_printed=p.get("name_as_printed"),
                email=p.get("email"),
                phone=p.get("phone"),
                job_title=p.get("job_title"),
                organization=p.get("organization"),
                department=p.get("department"),
            ),
        )
        enrollment_id = enrollments.enroll(
            session, cohort_id=cohort.id, person_id=person.id, role=Role(p["role"])
        )
        if "key" in p:
            mentors[p["key"]] = enrollment_id
        if "mentor" in p:
            enrollments.set_mentor(session, enrollment_id, mentors[p["mentor"]])
        for session_id, letter in zip(session_ids, p.get("attendance", ""), strict=False):
            if letter in MARK_LETTERS:
                attendance.mark_attendance(
                    session,
                    session_id=session_id,
                    person_ids=[person.id],
                    status=MARK_LETTERS[letter],
                )
        if "override" in p:
            enrollments.set_override(
                session, enrollment_id, p["override"]["eligible"], p["override"]["reason"]
            )
        if "status" in p:
            enrollments.set_status(session, enrollment_id, EnrollmentStatus(p["status"]))
        if "action_plan" in p:
            _add_plan(session, enrollment_id, p["action_plan"])
    return cohort.id


def _add_plan(session: DbSession, enrollment_id: int, spec: dict[str, Any]) -> None:
    plan = ActionPlan(
        enrollment_id=enrollment_id,
        goal=spec["goal"],
        strengths=spec["strengths"],
        development_areas=spec["development_areas"],
        follow_up_date=_date(spec.get("follow_up_date")),
        manager_name=spec.get("manager_name") or None,
        items=[
            ActionItem(
                position=i,
                what=item["what"],
                how=item["how"],
                by_when=_date(item.get("by_when")),
                support=item["support"],
                success_measure=item["success_measure"],
                status=ActionStatus(item["status"]),
            )
            for i, item in enumerate(spec["items"], start=1)
        ],
    )
    session.add(plan)
    session.flush()
