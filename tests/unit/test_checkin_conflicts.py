"""Checking in over a server that changed underneath (a real PostgreSQL server): after an
administrator's force-release, a row changed on both sides is a conflict listed exactly and
nothing is applied, unless ``prefer`` settles it; a person a colleague edited (people are
shared, not locked) is no conflict; a new mark clashing with one added on the server stays
a conflict; a cohort checked out again by someone else is refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.checkin import check_in
from app.checkin_describe import (
    LAPTOP_ADDED,
    LAPTOP_CHANGED,
    SERVER_CHANGED,
    SERVER_CLASHES,
    SERVER_PARENT_GONE,
)
from app.checkout import check_out, checkout_status, release
from app.db import Database, open_database
from app.db_copy import table_checksum, tables
from app.domain import AttendanceStatus
from app.errors import ValidationError
from app.models import Attendance, Enrollment
from app.models import Session as Meeting
from app.services import people
from app.services.attendance import mark_attendance
from tests.conftest import server_copy
from tests.unit.test_checkout import fl_cohorts


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def checksums(location: str) -> dict[str, str]:
    with open_database(location) as server, server.read() as session:
        return {t.name: table_checksum(session.connection(), t)[1] for t in tables()}


def a_mark(db: Database, cohort_id: int) -> tuple[int, int, AttendanceStatus]:
    """A session, a person with a mark there, and that mark."""
    with db.read() as session:
        row = session.execute(
            select(Attendance.session_id, Enrollment.person_id, Attendance.status)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .join(Meeting, Meeting.id == Attendance.session_id)
            .where(Enrollment.cohort_id == cohort_id, Meeting.cancelled.is_(False))
            .order_by(Attendance.id)
        ).first()
    assert row is not None
    return row[0], row[1], row[2]


def set_mark(db: Database, meeting: int, person: int, status: AttendanceStatus) -> None:
    with db.write() as session:
        mark_attendance(session, session_id=meeting, person_ids=[person], status=status)


@pytest.fixture
def both_changed(location: str, tmp_path: Path) -> tuple[Path, int, int, int]:
    """Checked out; the laptop marks someone excused and adds a second change elsewhere;
    an administrator releases the cohort and a colleague marks the same person absent."""
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        meeting, person, status = a_mark(server, cohort_id)
    assert status not in (AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.EXCUSED)
        with laptop.write() as session:
            other = session.scalar(
                select(Enrollment.person_id)
                .where(Enrollment.cohort_id == cohort_id, Enrollment.person_id != person)
                .order_by(Enrollment.id)
            )
            assert other is not None
        set_mark(laptop, meeting, other, AttendanceStatus.LEFT_EARLY)
    release(location, cohort_id)
    with open_database(location) as server:
        set_mark(server, meeting, person, AttendanceStatus.ABSENT)
    return file, meeting, person, other


def status_of(location: str, meeting: int, person: int) -> AttendanceStatus:
    with open_database(location) as server, server.read() as session:
        status = session.scalar(
            select(Attendance.status)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Attendance.session_id == meeting, Enrollment.person_id == person)
        )
    assert status is not None
    return status


def test_a_row_changed_on_both_sides_is_listed_and_nothing_applied(
    location: str, both_changed: tuple[Path, int, int, int]
) -> None:
    file, meeting, person, other = both_changed
    before = checksums(location)
    result = check_in(str(file))
    assert not result.applied and result.was_released
    (conflict,) = result.conflicts
    assert (conflict.table, conflict.laptop, conflict.server) == (
        "attendance",
        LAPTOP_CHANGED,
        SERVER_CHANGED,
    )
    with open_database(location) as server, server.read() as session:
        name = people.get_person(session, person)
    assert f"{name.first_name} {name.last_name}" in conflict.text()
    assert "changed on the laptop; changed on the server since the check-out" in conflict.text()
    assert checksums(location) == before  # the server as it was
    with pytest.raises(ValidationError, match="--prefer"):
        check_in(str(file), prefer="both")


def test_prefer_server_keeps_the_servers_row_and_applies_the_rest(
    location: str, both_changed: tuple[Path, int, int, int]
) -> None:
    file, meeting, person, other = both_changed
    result = check_in(str(file), prefer="server")
    assert result.applied and [c.resolved for c in result.conflicts] == [True]
    assert status_of(location, meeting, person) == AttendanceStatus.ABSENT
    assert status_of(location, meeting, other) == AttendanceStatus.LEFT_EARLY


def test_prefer_laptop_overwrites_the_servers_row(
    location: str, both_changed: tuple[Path, int, int, int]
) -> None:
    file, meeting, person, other = both_changed
    assert check_in(str(file), prefer="laptop").applied
    assert status_of(location, meeting, person) == AttendanceStatus.EXCUSED
    assert status_of(location, meeting, other) == AttendanceStatus.LEFT_EARLY


def test_a_person_edited_on_the_server_is_no_conflict(location: str, tmp_path: Path) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        meeting, person, _status = a_mark(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(location) as server, server.write() as session:  # not locked
        info = people.get_person(session, person)
        people.update_person(session, person, replace(people.fields_of(info), job_title="Rektor"))
    with open_database(str(file), create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.EXCUSED)
    result = check_in(str(file))
    assert result.applied and result.conflicts == []
    with open_database(location) as server, server.read() as session:
        assert people.get_person(session, person).job_title == "Rektor"
    assert status_of(location, meeting, person) == AttendanceStatus.EXCUSED


def unmarked(db: Database, cohort_id: int) -> tuple[int, int]:
    """A session of the cohort and a person enrolled with no mark at it."""
    with db.read() as session:
        row = session.execute(
            select(Meeting.id, Enrollment.person_id)
            .join(Enrollment, Enrollment.cohort_id == Meeting.cohort_id)
            .outerjoin(
                Attendance,
                (Attendance.session_id == Meeting.id) & (Attendance.enrollment_id == Enrollment.id),
            )
            .where(
                Meeting.cohort_id == cohort_id,
                Meeting.cancelled.is_(False),
                Attendance.id.is_(None),
            )
            .order_by(Meeting.id, Enrollment.id)
        ).first()
    assert row is not None
    return row[0], row[1]


def test_a_new_row_clashing_with_one_added_on_the_server_stays_a_conflict(
    location: str, tmp_path: Path
) -> None:
    """The laptop and, after a release, the server both mark the same person at a session
    that had no mark for them: two new rows for one (enrollment, session)."""
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        meeting, person = unmarked(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.PRESENT)
    release(location, cohort_id)
    with open_database(location) as server:
        set_mark(server, meeting, person, AttendanceStatus.ABSENT)
    before = checksums(location)
    for prefer in (None, "server", "laptop"):
        result = check_in(str(file), prefer=prefer)
        assert not result.applied
        assert [(c.table, c.laptop, c.server) for c in result.open_conflicts] == [
            ("attendance", LAPTOP_ADDED, SERVER_CLASHES)
        ]
    assert checksums(location) == before


def test_checked_out_again_by_someone_else_is_refused(location: str, tmp_path: Path) -> None:
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(tmp_path / "first.kohort"))
    release(location, cohort_id)
    check_out(location, cohort_id, str(tmp_path / "second.kohort"))
    with pytest.raises(ValidationError, match="checked out again since"):
        check_in(str(tmp_path / "first.kohort"))
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is not None
    assert check_in(str(tmp_path / "second.kohort")).applied


def test_a_new_row_of_a_session_deleted_on_the_server_is_a_conflict(
    location: str, tmp_path: Path
) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        meeting, person = unmarked(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.PRESENT)
    release(location, cohort_id)
    with open_database(location) as server, server.write() as session:
        session.execute(text("DELETE FROM attendance WHERE session_id = :m"), {"m": meeting})
        session.execute(text("DELETE FROM cohort_session WHERE id = :m"), {"m": meeting})
    result = check_in(str(file), prefer="laptop")
    assert not result.applied
    assert [(c.table, c.laptop, c.server) for c in result.open_conflicts] == [
        ("attendance", LAPTOP_ADDED, SERVER_PARENT_GONE)
    ]


@pytest.fixture
def another_location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def test_a_database_that_never_checked_it_out_is_refused(
    location: str, another_location: str, tmp_path: Path
) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(file))
    before = checksums(another_location)
    with pytest.raises(ValidationError, match="no record of this file's checkout"):
        check_in(str(file), another_location)
    assert checksums(another_location) == before
    assert check_in(str(file)).applied  # the right one still takes it
