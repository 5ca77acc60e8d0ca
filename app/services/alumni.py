"""The alumni view: one person's history with the programmes, and a programme's alumni.

**Per person** (:func:`person_history`): every cohort they were in (role, status, dates),
every diploma issued to them (serial, date, revoked or not), every reunion or lecture they
were invited to (with their status) and every *named* course evaluation they answered. An
anonymous evaluation's responses carry no enrollment, so they can never be tied to a person;
a named evaluation's response is shown only if its evaluation is not anonymous either.

**Per programme** (:func:`programme_alumni`): how many completed it (the rule in
:mod:`app.services.alumni_selection`), by cohort year and by organization, and how many
come back: alumni who attended at least one of the programme's gatherings, and the rate.
A person who completed two cohorts counts once in the total and once in each cohort's year.
Every figure is one aggregate query, so a programme of thousands answers at once
(benchmarks/bench_alumni.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import distinct, extract, func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, GatheringKind, InviteeStatus, Role
from app.models import (
    Cohort,
    Diploma,
    Enrollment,
    Evaluation,
    EvaluationResponse,
    Gathering,
    GatheringInvitee,
    Organization,
    Person,
    Program,
)
from app.services.alumni_selection import completed_enrollments, load_program
from app.services.people import PersonInfo, get_person
from app.text import sort_key


@dataclass(frozen=True)
class CohortEntry:
    program_id: int
    programme: str
    cohort_id: int
    cohort: str
    start_date: dt.date | None
    end_date: dt.date | None
    role: Role
    status: EnrollmentStatus
    completed: bool  # counts as an alumnus of the programme (the rule of alumni_selection)

    @property
    def shown_status(self) -> EnrollmentStatus:
        """The status to show: *completed* for a participant the rule counts as an alumnus
        whose status was never changed from *enrolled* (the cohort ended, or a diploma was
        issued); the stored status otherwise."""
        if self.completed and self.status == EnrollmentStatus.ENROLLED:
            return EnrollmentStatus.COMPLETED
        return self.status


@dataclass(frozen=True)
class DiplomaEntry:
    serial: str
    issue_date: dt.date
    cohort: str
    revoked: bool


@dataclass(frozen=True)
class GatheringEntry:
    gathering_id: int
    programme: str
    kind: GatheringKind
    title: str
    date: dt.date
    status: InviteeStatus


@dataclass(frozen=True)
class EvaluationEntry:
    evaluation_id: int
    title: str
    cohort: str
    answered_at: dt.datetime


@dataclass(frozen=True)
class PersonHistory:
    person: PersonInfo
    cohorts: tuple[CohortEntry, ...]
    diplomas: tuple[DiplomaEntry, ...]
    gatherings: tuple[GatheringEntry, ...]
    evaluations: tuple[EvaluationEntry, ...]  # named evaluations only


def person_history(session: DbSession, person_id: int) -> PersonHistory:
    """Everything one person took part in (see the module docstring)."""
    person = get_person(session, person_id)
    done = completed_enrollments().subquery()
    cohorts = tuple(
        CohortEntry(pid, pname, cid, cname, start, end, Role(role), EnrollmentStatus(status), ok)
        for pid, pname, cid, cname, start, end, role, status, ok in session.execute(
            select(
                Program.id,
                Program.name,
                Cohort.id,
                Cohort.name,
                Cohort.start_date,
                Cohort.end_date,
                Enrollment.role,
                Enrollment.status,
                Enrollment.id.in_(select(done.c.id)),
            )
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .join(Program, Program.id == Cohort.program_id)
            .where(Enrollment.person_id == person_id)
            .order_by(Cohort.start_date.is_(None), Cohort.start_date, Cohort.id)
        )
    )
    diplomas = tuple(
        DiplomaEntry(serial, issued, cohort, revoked)
        for serial, issued, cohort, revoked in session.execute(
            select(Diploma.serial, Diploma.issue_date, Cohort.name, Diploma.revoked_at.is_not(None))
            .join(Enrollment, Enrollment.id == Diploma.enrollment_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(Enrollment.person_id == person_id)
            .order_by(Diploma.issue_date, Diploma.id)
        )
    )
    gatherings = tuple(
        GatheringEntry(gid, programme, GatheringKind(kind), title, date, InviteeStatus(status))
        for gid, programme, kind, title, date, status in session.execute(
            select(
                Gathering.id,
                Program.name,
                Gathering.kind,
                Gathering.title,
                Gathering.date,
                GatheringInvitee.status,
            )
            .join(Gathering, Gathering.id == GatheringInvitee.gathering_id)
            .join(Program, Program.id == Gathering.program_id)
            .where(GatheringInvitee.person_id == person_id)
            .order_by(Gathering.date, Gathering.id)
        )
    )
    evaluations = tuple(
        EvaluationEntry(eid, title, cohort, answered)
        for eid, title, cohort, answered in session.execute(
            select(Evaluation.id, Evaluation.title, Cohort.name, EvaluationResponse.created_at)
            .join(Evaluation, Evaluation.id == EvaluationResponse.evaluation_id)
            .join(Enrollment, Enrollment.id == EvaluationResponse.enrollment_id)
            .join(Cohort, Cohort.id == Evaluation.cohort_id)
            .where(
                Enrollment.person_id == person_id,
                EvaluationResponse.enrollment_id.is_not(None),
                Evaluation.anonymous.is_(False),
            )
            .order_by(EvaluationResponse.created_at, EvaluationResponse.id)
        )
    )
    return PersonHistory(person, cohorts, diplomas, gatherings, evaluations)


@dataclass(frozen=True)
class ProgrammeAlumni:
    program_id: int
    programme: str
    alumni: int
    by_year: tuple[tuple[int | None, int], ...]  # (cohort year, alumni), oldest first
    by_organization: tuple[tuple[str | None, int], ...]  # most alumni first; None: none given
    gatherings: int
    returned: int  # alumni who attended at least one of the programme's gatherings

    @property
    def return_rate(self) -> Fraction | None:
        return Fraction(self.returned, self.alumni) if self.alumni else None


def programme_alumni(session: DbSession, program_id: int) -> ProgrammeAlumni:
    """A programme's alumni in figures (see the module docstring): four aggregate queries."""
    program = load_program(session, program_id)
    done = completed_enrollments(program_id).subquery()
    alumni = session.scalar(select(func.count(distinct(done.c.person_id)))) or 0
    # extract(): strftime() on SQLite, EXTRACT on PostgreSQL (which has no strftime).
    year = extract("year", func.coalesce(Cohort.end_date, Cohort.start_date))
    by_year = sorted(
        (
            (int(y) if y else None, n)
            for y, n in session.execute(
                select(year, func.count(distinct(done.c.person_id)))
                .join(Cohort, Cohort.id == done.c.cohort_id)
                .group_by(year)
            )
        ),
        key=lambda item: (item[0] is None, item[0] or 0),
    )
    alumni_ids = select(done.c.person_id).distinct().scalar_subquery()
    by_organization = sorted(
        (
            (name, n)
            for name, n in session.execute(
                select(Organization.name, func.count(Person.id))
                .select_from(Person)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(Person.id.in_(alumni_ids))
                .group_by(Organization.name)
            )
        ),
        key=lambda item: (-item[1], item[0] is None, sort_key(item[0] or "")),
    )
    gatherings = session.scalar(select(func.count()).where(Gathering.program_id == program_id)) or 0
    returned = (
        session.scalar(
            select(func.count(distinct(GatheringInvitee.person_id)))
            .join(Gathering, Gathering.id == GatheringInvitee.gathering_id)
            .where(
                Gathering.program_id == program_id,
                GatheringInvitee.status == InviteeStatus.ATTENDED,
                GatheringInvitee.person_id.in_(alumni_ids),
            )
        )
        or 0
    )
    return ProgrammeAlumni(
        program_id=program.id,
        programme=program.name,
        alumni=alumni,
        by_year=tuple(by_year),
        by_organization=tuple(by_organization),
        gatherings=gatherings,
        returned=returned,
    )
