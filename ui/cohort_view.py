"""What the window shows of a cohort, the reads that fill it, and which reads each kind of
change makes stale (the one place that decides what reloads after a write)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from app import collector
from app.changes import Changes
from app.db import Database
from app.services.action_plans import PlanSummary, plan_overview
from app.services.attendance import cohort_marks
from app.services.cohorts import CohortInfo, get_cohort, keep_cohort
from app.services.diploma_listing import IssuedDiploma, list_diplomas
from app.services.enrollments import ParticipantInfo, list_participants
from app.services.grid import AttendanceGrid, attendance_grid
from app.services.overview import CohortOverview, cohort_overview
from app.services.people import list_organizations
from app.services.programs import get_program
from app.services.sessions import SessionInfo, list_sessions


class Read(enum.Flag):
    """The sidebar's read and the eight reads of :func:`load_cohort_view`."""

    SIDEBAR = enum.auto()  # programmes and cohorts; reloading it reloads the chosen cohort
    OVERVIEW = enum.auto()  # the header and the Overview tab (counts, eligibility, to-dos)
    SESSIONS = enum.auto()
    FOCUS_AREAS = enum.auto()  # the programme's, offered when editing a session
    PARTICIPANTS = enum.auto()  # with attendance rates and eligibility (also on Diplomas)
    ORGANIZATIONS = enum.auto()  # offered when editing a person
    GRID = enum.auto()  # the attendance grid
    DIPLOMAS = enum.auto()  # the register
    PLANS = enum.auto()  # the action plan overview

    NONE = 0
    COHORT = (
        OVERVIEW | SESSIONS | FOCUS_AREAS | PARTICIPANTS | ORGANIZATIONS | GRID | DIPLOMAS | PLANS
    )


# Which reads show each kind of change. Eligibility (on the overview, participants, grid
# and the Diplomas tab) follows the sessions held, the marks, the people and their plans.
DEPENDENT_READS: Final[Mapping[str, Read]] = {
    "programs": Read.SIDEBAR | Read.COHORT,
    "cohort": Read.SIDEBAR | Read.COHORT,  # the rule decides every eligibility
    "sessions": Read.OVERVIEW | Read.SESSIONS | Read.PARTICIPANTS | Read.GRID,
    "people": Read.OVERVIEW
    | Read.PARTICIPANTS
    | Read.ORGANIZATIONS
    | Read.GRID
    | Read.DIPLOMAS  # the register lists each person's name today
    | Read.PLANS,
    "marks": Read.OVERVIEW | Read.PARTICIPANTS | Read.GRID,
    "plans": Read.OVERVIEW | Read.PARTICIPANTS | Read.GRID | Read.PLANS,
    "diplomas": Read.DIPLOMAS,
    "design": Read.NONE,  # read afresh each time the design dialog opens
    # Read by the Evaluation tab and the Reunions and alumni window themselves: on a team
    # database, others' changes reach them through ui.team_changes (show_others_changes).
    "evaluations": Read.NONE,
    "reunions": Read.NONE,
}


# Read only when their tab is first shown (the cohort page asks): the action plan overview
# costs as much as the rest of a big cohort's reads together; the register (Diplomas) and
# everyone's organizations (Participants) are read for their own tab only.
DEFERRED: Final = Read.PLANS | Read.DIPLOMAS | Read.ORGANIZATIONS
# Each read's field of CohortView.
FIELDS: Final[Mapping[Read, str]] = {
    Read.OVERVIEW: "overview",
    Read.SESSIONS: "sessions",
    Read.FOCUS_AREAS: "focus_areas",
    Read.PARTICIPANTS: "participants",
    Read.ORGANIZATIONS: "organizations",
    Read.GRID: "grid",
    Read.DIPLOMAS: "issued",
    Read.PLANS: "plans",
}


def reads_for(changes: Changes) -> Read:
    reads = Read.NONE
    for kind in changes.kinds:
        reads |= DEPENDENT_READS[kind]
    return reads


@dataclass(frozen=True)
class CohortView:
    """The reads of one cohort; a reload after a write fills only the reads it asked for
    (the others are ``None``) and :meth:`updated` lays it over what is shown."""

    cohort_id: int
    overview: CohortOverview | None = None
    sessions: list[SessionInfo] | None = None
    focus_areas: tuple[str, ...] | None = None
    participants: list[ParticipantInfo] | None = None
    organizations: list[str] | None = None
    grid: AttendanceGrid | None = None
    issued: list[IssuedDiploma] | None = None
    plans: list[PlanSummary] | None = None
    # reads asked for but left until their tab is shown (see DEFERRED); what this view
    # held of them before is out of date
    missing: Read = Read.NONE

    @property
    def cohort(self) -> CohortInfo:
        assert self.overview is not None
        return self.overview.cohort

    @property
    def reads(self) -> Read:
        """The reads this view holds."""
        held = Read.NONE
        for read, name in FIELDS.items():
            if getattr(self, name) is not None:
                held |= read
        return held

    @property
    def complete(self) -> bool:
        """Every read is either held or known to be missing (read when its tab is shown)."""
        return self.reads | self.missing == Read.COHORT

    def updated(self, newer: CohortView) -> CohortView:
        """This view with the reads ``newer`` holds replaced by ``newer``'s, and those
        ``newer`` left missing dropped (they are out of date)."""
        assert newer.cohort_id == self.cohort_id
        fields = {
            f.name: getattr(newer, f.name)
            for f in dataclasses.fields(newer)
            if f.name != "missing" and getattr(newer, f.name) is not None
        }
        for read, name in FIELDS.items():
            if read in newer.missing:
                fields[name] = None
        return dataclasses.replace(
            self, **fields, missing=(self.missing | newer.missing) & ~newer.reads
        )


def load_cohort_view(
    db: Database,
    cohort_id: int,
    today: dt.date,
    reads: Read = Read.COHORT,
    *,
    deferred: Read = DEFERRED,
) -> CohortView:
    """Run the cohort reads in ``reads`` (all of them by default) in one transaction,
    reading each thing once: the cohort row, its sessions, people and marks are shared by
    the overview, the participant list and the grid. The reads in ``deferred`` are left
    out and listed as missing: the cohort page asks for them when their tab is shown.

    The services are imported by name, so a test can count the calls a reload makes."""
    missing = reads & deferred
    reads &= ~deferred
    with collector.paused(), db.read() as session:
        # first: it says so when the cohort is not there (any more)
        keep_cohort(session, cohort_id)
        marks = schedule = participants = None
        if reads & (Read.OVERVIEW | Read.SESSIONS | Read.PARTICIPANTS | Read.GRID):
            schedule = list_sessions(session, cohort_id)
        if reads & (Read.OVERVIEW | Read.PARTICIPANTS | Read.GRID):
            marks = cohort_marks(session, cohort_id)
            participants = list_participants(
                session, cohort_id, today=today, marks=marks, schedule=schedule
            )
        summary = (
            cohort_overview(
                session,
                cohort_id,
                today=today,
                schedule=schedule,
                people=participants,
                find_duplicates=False,  # found after the cohort is shown: see CohortPage
            )
            if Read.OVERVIEW in reads
            else None
        )
        focus_areas = None
        if Read.FOCUS_AREAS in reads:
            cohort = summary.cohort if summary else get_cohort(session, cohort_id)
            focus_areas = get_program(session, cohort.program_id).focus_areas
        return CohortView(
            cohort_id,
            overview=summary,
            sessions=schedule if Read.SESSIONS in reads else None,
            focus_areas=focus_areas,
            participants=participants if Read.PARTICIPANTS in reads else None,
            organizations=list_organizations(session) if Read.ORGANIZATIONS in reads else None,
            grid=attendance_grid(
                session,
                cohort_id,
                today=today,
                participants=participants,
                schedule=schedule,
                marks=marks,
            )
            if Read.GRID in reads
            else None,
            issued=list_diplomas(session, cohort_id) if Read.DIPLOMAS in reads else None,
            plans=plan_overview(session, cohort_id, today=today) if Read.PLANS in reads else None,
            missing=missing,
        )
