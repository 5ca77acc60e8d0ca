"""The fast paths of reading a big cohort give what the plain ones give: each participant's
eligibility as the rule judges them one by one, and the grid's figures as counted row by
row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter

import pytest

from app.db import Database
from app.domain import AttendanceStatus, EnrollmentStatus, Role
from app.models import ActionPlan
from app.rules import CompletionRule, Override, Standing, judge, programme_done
from app.services import attendance, cohorts, enrollments, people, programs, sessions
from app.services.attendance import Mark, MarkChange
from app.services.cohorts import CohortFields
from app.services.grid import GRID_STATUSES, attendance_grid
from app.services.overview import cohort_overview
from app.services.people import PersonFields
from app.services.programs import ProgramFields
from app.services.sessions import SessionFields
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


RULES = [
    CompletionRule(),
    CompletionRule(min_attendance_percent=50, require_all_mandatory=False, count_excused=True),
    CompletionRule(
        min_attendance_percent=100,
        count_late=False,
        count_left_early=False,
        require_action_plan=True,
    ),
]
TODAY = dt.date(2026, 6, 1)


def _varied_cohort(db: Database, rule: CompletionRule) -> int:
    """A cohort with every kind of row the fast reads group: mandatory, cancelled and
    future sessions, every status with and without notes, unmarked cells, overrides both
    ways, action plans, mentors, a guest and people who are not judged, all marked."""
    rng = random.Random(15)
    with db.write() as s:
        program = programs.create_program(s, ProgramFields("Varied", "VAR", rule=rule))
        cohort = cohorts.create_cohort(s, program.id, CohortFields("V", dt.date(2026, 1, 1)))
        schedule = [
            sessions.create_session(
                s,
                cohort.id,
                SessionFields(
                    f"S{i}", dt.date(2026, 1, 5) + dt.timedelta(days=20 * i), mandatory=i % 3 == 0
                ),
            )
            for i in range(9)  # the last ones after TODAY
        ]
        roles = [Role.PARTICIPANT] * 6 + [Role.MENTOR, Role.GUEST, Role.FACILITATOR]
        statuses = [EnrollmentStatus.ENROLLED] * 5 + list(EnrollmentStatus)
        changes = []
        for i in range(120):
            person = people.create_person(s, PersonFields(rng.choice("ÅÄÖABC") + "nna", f"P{i}"))
            e_id = enrollments.enroll(
                s,
                cohort_id=cohort.id,
                person_id=person.id,
                role=rng.choice(roles),
                status=rng.choice(statuses),
            )
            if i % 11 == 0:
                enrollments.set_override(s, e_id, bool(i % 2), "decided by the board")
            if i % 4 == 0:
                s.add(ActionPlan(enrollment_id=e_id, goal="Lead"))
            for x in schedule:
                if rng.random() < 0.8:
                    note = "sick" if rng.random() < 0.1 else None
                    status = rng.choice(list(AttendanceStatus))
                    changes.append(MarkChange(e_id, x.id, Mark(status, note)))
        attendance.set_marks(s, changes)
        held = schedule[4]
        sessions.update_session(
            s, held.id, dataclasses.replace(sessions.fields_of(held), cancelled=True)
        )
        return cohort.id


@pytest.mark.parametrize("rule", RULES)
def test_a_varied_cohort_is_read_as_judged_and_counted_row_by_row(
    db: Database, rule: CompletionRule
) -> None:
    cohort_id = _varied_cohort(db, rule)
    with db.read() as s:
        marks = attendance.cohort_marks(s, cohort_id)
        assert any(m.note for m in marks.values())
        statuses = {key: mark.status for key, mark in marks.items()}
        schedule = sessions.list_sessions(s, cohort_id)
        fast = enrollments.list_participants(
            s, cohort_id, today=TODAY, marks=marks, schedule=schedule
        )
        assert fast == enrollments.list_participants(s, cohort_id, today=TODAY)
        assert [p.sort_key for p in fast] == sorted(p.sort_key for p in fast)
        held = [x for x in schedule if not x.cancelled and x.date <= TODAY]
        done = programme_done(
            ((x.date, x.cancelled) for x in schedule), today=TODAY, cohort_completed=False
        )
        judged = [p for p in fast if p.eligibility is not None]
        assert {p.eligibility.standing for p in judged if p.eligibility} >= {
            Standing.ON_TRACK,
            Standing.NOT_ON_TRACK,
        }
        for p in fast:
            counted = p.role == Role.PARTICIPANT and p.status in GRID_STATUSES
            assert (p.eligibility is not None) == counted
            if p.eligibility is None:
                continue
            override = p.eligibility.override
            assert p.eligibility == judge(
                rule,
                [(x.mandatory, statuses.get((p.enrollment_id, x.id))) for x in held],
                has_action_plan=p.has_action_plan,
                override=Override(override.eligible, override.reason) if override else None,
                programme_done=done,
            )
        grid = attendance_grid(s, cohort_id, today=TODAY)
        assert grid.participants and any(not grid.judged(p) for p in grid.participants)
        for x in grid.sessions:
            assert grid.session_totals(x.id) == grid.session_totals(x.id, dict(grid.marks))
        overview = cohort_overview(s, cohort_id, today=TODAY, find_duplicates=False)
        assert overview.people_by_role == dict(Counter(p.role for p in fast))
        assert overview.meets_rule == sum(
            1 for p in judged if p.eligibility and p.eligibility.meets
        )
