"""Retention: who is due for review (and why), and erasing exactly that list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.domain import AttendanceStatus, EnrollmentStatus
from app.errors import CancelledError, ValidationError
from app.models import Attendance, Enrollment, Organization, Person
from app.models import Session as Meeting
from app.services import privacy_erase, privacy_retention
from app.services.privacy_retention import Reason, months_before, retention_candidates
from tests.factories import programme_with_cohort

TODAY = dt.date(2022, 6, 1)


def at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day)


def person(
    session: DbSession,
    name: str,
    created: str,
    *,
    organization: Organization | None = None,
) -> Person:
    first, last = name.split()
    found = Person(first_name=first, last_name=last, created_at=at(created))
    if organization is not None:
        found.organization_id = organization.id
    session.add(found)
    session.flush()
    return found


def enroll(
    session: DbSession, cohort_id: int, who: Person, when: str, status: EnrollmentStatus
) -> Enrollment:
    enrollment = Enrollment(
        cohort_id=cohort_id,
        person_id=who.id,
        status=status,
        created_at=at(when),
        status_changed_at=at(when),
    )
    session.add(enrollment)
    session.flush()
    return enrollment


@pytest.fixture
def people(db: Database) -> Database:
    with db.write() as session:
        cohort = programme_with_cohort(session)
        old = Meeting(cohort_id=cohort.id, title="Start", date=dt.date(2016, 3, 1))
        recent = Meeting(cohort_id=cohort.id, title="Reunion", date=dt.date(2020, 3, 1))
        session.add_all([old, recent])
        long_kept = Organization(name="Arkivkommunen", retention_years=10)
        session.add(long_kept)
        session.flush()
        ada = person(session, "Ada Alm", "2015-01-10 09:00")
        mark = enroll(session, cohort.id, ada, "2015-01-10 09:00", EnrollmentStatus.COMPLETED)
        session.add(Attendance(enrollment_id=mark.id, session_id=old.id, status="present"))
        bo = person(session, "Bo Berg", "2015-01-10 09:00")
        mark = enroll(session, cohort.id, bo, "2015-01-10 09:00", EnrollmentStatus.COMPLETED)
        session.add(
            Attendance(enrollment_id=mark.id, session_id=recent.id, status=AttendanceStatus.ABSENT)
        )
        cia = person(session, "Cia Ceder", "2021-10-01 09:00")
        enroll(session, cohort.id, cia, "2021-10-01 09:00", EnrollmentStatus.APPLICANT)
        dan = person(session, "Dan Dahl", "2022-03-01 09:00")
        enroll(session, cohort.id, dan, "2022-03-01 09:00", EnrollmentStatus.WAITLISTED)
        person(session, "Eva Ek", "2014-01-01 09:00", organization=long_kept)
        person(session, "Fia Fors", "2010-05-05 09:00")
    return db


def listed(db: Database, **periods: int) -> dict[str, tuple[Reason, dt.date, int]]:
    with db.read() as session:
        found = retention_candidates(session, today=TODAY, **periods)
    return {c.name: (c.reason, c.last_activity, c.period) for c in found}


def test_who_is_due_and_why(people: Database) -> None:
    assert listed(people) == {
        "Ada Alm": (Reason.INACTIVE, dt.date(2016, 3, 1), 5),  # attended 2016
        "Cia Ceder": (Reason.NEVER_ADMITTED, dt.date(2021, 10, 1), 6),
        "Fia Fors": (Reason.INACTIVE, dt.date(2010, 5, 5), 5),
    }  # Bo attended (well, was marked) in 2020, Dan applied 3 months ago, Eva's kommun keeps 10


def test_the_periods_given_replace_the_organizations(people: Database) -> None:
    found = listed(people, years=1, months=1)
    assert set(found) == {"Ada Alm", "Bo Berg", "Cia Ceder", "Dan Dahl", "Eva Ek", "Fia Fors"}
    assert found["Dan Dahl"][0] is Reason.NEVER_ADMITTED
    assert set(listed(people, years=20, months=12)) == set()


def test_an_organization_sets_its_own_periods(people: Database) -> None:
    with people.write() as session:
        privacy_retention.set_retention_periods(
            session, "arkivkommunen", years=None, applicant_months=None
        )
        periods = privacy_retention.retention_periods(session)
    assert periods[0].years is None
    assert "Eva Ek" in listed(people)
    with pytest.raises(ValidationError), people.write() as session:
        privacy_retention.set_retention_periods(
            session, "Arkivkommunen", years=0, applicant_months=None
        )


def test_months_before_keeps_the_day_or_the_months_last() -> None:
    assert months_before(dt.date(2022, 6, 1), 6) == dt.date(2021, 12, 1)
    assert months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2024, 2, 29), 12) == dt.date(2023, 2, 28)


def _count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_bulk_erasure_takes_the_list_as_its_confirmation(people: Database) -> None:
    with people.read() as session:
        found = retention_candidates(session, today=TODAY)
    steps: list[tuple[int, int]] = []
    with people.write() as session:
        erased = privacy_retention.erase_candidates(
            session, found, today=TODAY, progress=lambda d, t: steps.append((d, t))
        )
    assert erased == 3 and _count(people) == 3
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert listed(people) == {}


def test_a_change_since_the_list_erases_nobody(people: Database) -> None:
    with people.read() as session:
        found = retention_candidates(session, today=TODAY)
    with people.write() as session:  # Fia is back: a new enrollment today
        fia = session.scalar(select(Person).where(Person.first_name == "Fia"))
        assert fia is not None
        cohort_id = session.scalar(select(Enrollment.cohort_id))
        session.add(Enrollment(cohort_id=cohort_id, person_id=fia.id))
    changed = r"1 person changed since the list was made \(Fia Fors\)"
    with pytest.raises(ValidationError, match=changed), people.write() as session:
        privacy_retention.erase_candidates(session, found, today=TODAY)
    assert _count(people) == 6


def test_a_cancelled_bulk_erasure_keeps_everyone(
    people: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(privacy_erase, "ERASE_STEP", 1)
    with people.read() as session:
        found = retention_candidates(session, today=TODAY)
    asked = iter(range(100))  # cancelled before the second person
    with pytest.raises(CancelledError), people.write() as session:
        privacy_retention.erase_candidates(
            session, found, today=TODAY, cancelled=lambda: next(asked) >= 1
        )
    assert _count(people) == 6
