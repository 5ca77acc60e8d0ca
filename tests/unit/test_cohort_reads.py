"""The fast paths of reading a big cohort give what the plain ones give: each participant's
eligibility as the rule judges them one by one, and the grid's figures as counted row by
row."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.db import Database
from app.domain import AttendanceStatus, Role
from app.rules import Override, judge, programme_done
from app.services import attendance, cohorts, enrollments, people, sessions
from app.services.attendance import Mark, MarkChange
from app.services.grid import attendance_grid
from app.services.people import PersonFields
from tests.conftest import AFTER_DEMO

DAYS = [dt.date(2025, 12, 1), dt.date(2026, 11, 22), AFTER_DEMO]


@pytest.mark.parametrize("today", DAYS)
def test_each_participant_is_judged_as_the_rule_judges_them_one_by_one(
    demo_db: Database, today: dt.date
) -> None:
    with demo_db.read() as s:
        for cohort in cohorts.list_cohorts(s):
            marks = attendance.cohort_marks(s, cohort.id)
            statuses = {key: mark.status for key, mark in marks.items()}
            fast = enrollments.list_participants(s, cohort.id, today=today, marks=marks)
            assert fast == enrollments.list_participants(
                s, cohort.id, today=today, statuses=statuses
            )
            assert fast == enrollments.list_participants(s, cohort.id, today=today)
            rule = cohorts.cohort_rule(s, cohort.id)
            schedule = sessions.list_sessions(s, cohort.id)
            held = [x for x in schedule if not x.cancelled and x.date <= today]
            done = programme_done(
                ((x.date, x.cancelled) for x in schedule),
                today=today,
                cohort_completed=cohorts.load_cohort(s, cohort.id).status == "completed",
            )
            judged = [p for p in fast if p.eligibility is not None]
            assert judged or not any(p.role == Role.PARTICIPANT for p in fast)
            for p in judged:
                assert p.eligibility is not None
                override = p.eligibility.override
                assert p.eligibility == judge(
                    rule,
                    [(x.mandatory, statuses.get((p.enrollment_id, x.id))) for x in held],
                    has_action_plan=p.has_action_plan,
                    override=Override(override.eligible, override.reason) if override else None,
                    programme_done=done,
                )


def test_the_grid_counts_and_judges_as_read_what_it_counts_row_by_row(demo_db: Database) -> None:
    with demo_db.write() as s:  # a walk-in guest, marked present and late
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        guest = people.create_person(s, PersonFields("Gäst", "Gästsson"))
        walk_in = enrollments.enroll(s, cohort_id=fl.id, person_id=guest.id, role=Role.GUEST)
        first, second = sessions.list_sessions(s, fl.id)[:2]
        attendance.set_marks(
            s,
            [
                MarkChange(walk_in, first.id, Mark(AttendanceStatus.PRESENT)),
                MarkChange(walk_in, second.id, Mark(AttendanceStatus.LATE)),
            ],
        )
    with demo_db.read() as s:
        for cohort in cohorts.list_cohorts(s):
            grid = attendance_grid(s, cohort.id, today=AFTER_DEMO)
            if cohort.id == fl.id:
                assert grid.session_totals(first.id).guests == 1
            for x in grid.sessions:  # the one pass over the marks, and a pass per session
                assert grid.session_totals(x.id) == grid.session_totals(x.id, dict(grid.marks))
            for p in grid.participants:
                assert grid.eligibility(p) == grid.eligibility(p, dict(grid.marks))
            # other marks laid over the grid: its participants' own eligibility is not taken
            other = dataclasses.replace(grid, marks={})
            for p in other.participants:
                assert other.eligibility(p) == other.eligibility(p, {})
