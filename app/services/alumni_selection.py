"""Who completed a programme: its alumni, the people a reunion invites.

The rule (see also :mod:`app.services.gatherings`): a *participant* enrollment of one of the
programme's cohorts whose status is *completed*, or that holds an issued diploma that is not
revoked, or that is still *enrolled* in a cohort marked *completed* (they stayed to the end).
The cohort year is the year the cohort ended (its start year without an end date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, replace

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session as DbSession

from app.domain import CohortStatus, EnrollmentStatus, Role
from app.errors import NotFoundError
from app.i18n import _
from app.models import Cohort, Diploma, Enrollment, Organization, Person, Program
from app.text import sort_key


def load_program(session: DbSession, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(
            _("There is no programme with id {program_id}.").format(program_id=program_id)
        )
    return program


def completed_enrollments(program_id: int | None = None) -> Select[int, int, int]:
    """A SELECT of (enrollment id, person id, cohort id) for every completed participant
    enrollment (of one programme, or of all) of someone not erased: the module docstring's
    rule, in SQL."""
    valid_diploma = exists().where(
        Diploma.enrollment_id == Enrollment.id, Diploma.revoked_at.is_(None)
    )
    query = (
        select(Enrollment.id, Enrollment.person_id, Enrollment.cohort_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(Person, Person.id == Enrollment.person_id)
        .where(
            Person.erased_at.is_(None),  # nothing is left to count or contact them by
            Enrollment.role == Role.PARTICIPANT,
            or_(
                Enrollment.status == EnrollmentStatus.COMPLETED,
                valid_diploma,
                and_(
                    Cohort.status == CohortStatus.COMPLETED,
                    Enrollment.status == EnrollmentStatus.ENROLLED,
                ),
            ),
        )
    )
    if program_id is not None:
        query = query.where(Cohort.program_id == program_id)
    return query


@dataclass(frozen=True)
class AlumnusCohort:
    cohort_id: int
    name: str
    year: int | None


def completed_cohorts(program_id: int) -> Select[int, int, str, dt.date | None]:
    """A SELECT of (person id, cohort id, cohort name, the date that gives the cohort year)
    for every completed enrollment of the programme, oldest cohort first; rows go through
    :func:`cohort_entry`."""
    done = completed_enrollments(program_id).subquery()
    year = func.coalesce(Cohort.end_date, Cohort.start_date)
    return (
        select(done.c.person_id, Cohort.id, Cohort.name, year)
        .join(Cohort, Cohort.id == done.c.cohort_id)
        .order_by(year, Cohort.id)
    )


def cohort_entry(cohort_id: int, name: str, when: dt.date | None) -> AlumnusCohort:
    return AlumnusCohort(cohort_id, name, when.year if when else None)


@dataclass(frozen=True)
class Alumnus:
    person_id: int
    first_name: str
    last_name: str
    email: str | None
    organization_id: int | None
    organization: str | None
    archived: bool
    cohorts: tuple[AlumnusCohort, ...]  # the programme's cohorts they completed, oldest first

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> str:
        return sort_key(f"{self.last_name} {self.first_name}")


def alumni_candidates(
    session: DbSession,
    program_id: int,
    *,
    years: Collection[int] | None = None,
    organization_ids: Collection[int] | None = None,
    active_only: bool = True,
) -> list[Alumnus]:
    """Everyone who completed a cohort of the programme (see the module docstring), sorted
    by surname; ``years`` keeps those who completed a cohort of one of those years,
    ``organization_ids`` those who work for one of them now."""
    load_program(session, program_id)
    cohorts = completed_cohorts(program_id)
    query = (
        cohorts.add_columns(
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.organization_id,
            Organization.name,
            Person.archived_at.is_not(None),
        )
        .join(Person, Person.id == cohorts.selected_columns[0])
        .outerjoin(Organization, Organization.id == Person.organization_id)
    )
    if active_only:
        query = query.where(Person.archived_at.is_(None))
    if organization_ids is not None:
        query = query.where(Person.organization_id.in_(list(organization_ids)))
    found: dict[int, Alumnus] = {}
    for pid, cid, cname, when, first, last, email, org_id, org, archived in session.execute(query):
        entry = cohort_entry(cid, cname, when)
        known = found.get(pid)
        if known is None:
            found[pid] = Alumnus(pid, first, last, email, org_id, org, archived, (entry,))
        elif entry not in known.cohorts:
            found[pid] = _with_cohort(known, entry)
    wanted = set(years) if years is not None else None
    alumni = [
        a for a in found.values() if wanted is None or any(c.year in wanted for c in a.cohorts)
    ]
    alumni.sort(key=lambda a: (a.sort_key, a.person_id))
    return alumni


def _with_cohort(alumnus: Alumnus, cohort: AlumnusCohort) -> Alumnus:
    return replace(alumnus, cohorts=(*alumnus.cohorts, cohort))
