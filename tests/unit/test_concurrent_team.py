"""Two coordinators on one team database (two real connections to a PostgreSQL server, and
two connections to one SQLite file where that means something): a roll call by two people
keeps every mark, the later one on the same person winning; a connection killed in the
middle of issuing diplomas leaves nothing half-written and the next issue works."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from app.db import Database, open_database
from app.domain import AttendanceStatus
from app.errors import DatabaseError
from app.models import Attendance, Diploma, Enrollment, Session
from app.services.attendance import mark_attendance
from app.services.diploma_register import issue_diplomas
from tests import pg_server
from tests.conftest import AFTER_DEMO, server_copy
from tests.unit.test_diploma_service import _prepare, _split


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def _a_session_and_people(db: Database) -> tuple[int, list[int]]:
    """A session that is not cancelled and four people enrolled in its cohort."""
    with db.read() as session:
        for meeting in session.scalars(select(Session).order_by(Session.id)):
            if meeting.cancelled:
                continue
            people = list(
                session.scalars(
                    select(Enrollment.person_id)
                    .where(Enrollment.cohort_id == meeting.cohort_id)
                    .order_by(Enrollment.id)
                )
            )
            if len(people) >= 4:
                return meeting.id, people[:4]
    raise AssertionError("the demo has a session with four people")


def _marks(db: Database, session_id: int) -> dict[int, AttendanceStatus]:
    with db.read() as session:
        rows = session.execute(
            select(Enrollment.person_id, Attendance.status)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Attendance.session_id == session_id)
        ).all()
    return dict(rows)


def test_two_calling_the_roll_at_once_keep_every_mark(location: str) -> None:
    """The first coordinator's transaction is still open when the second marks an
    overlapping group: the second waits for it, and then its mark on the shared person wins."""
    first, second = open_database(location), open_database(location)
    try:
        session_id, (a, shared, c, untouched) = _a_session_and_people(first)
        with first.write() as session:  # a clean start: nobody marked at this session yet
            session.execute(
                Attendance.__table__.delete().where(Attendance.session_id == session_id)
            )
        marked_first = threading.Event()
        release_first = threading.Event()
        done: list[str] = []
        errors: list[BaseException] = []

        def mark(name: str, db: Database, people: list[int], status: AttendanceStatus) -> None:
            try:
                with db.write() as session:
                    mark_attendance(
                        session, session_id=session_id, person_ids=people, status=status
                    )
                    if name == "first":
                        marked_first.set()
                        release_first.wait(30)
                done.append(name)
            except BaseException as exc:  # noqa: BLE001 — reported by the test below
                errors.append(exc)
                marked_first.set()

        one = threading.Thread(
            target=mark, args=("first", first, [a, shared], AttendanceStatus.PRESENT)
        )
        two = threading.Thread(
            target=mark, args=("second", second, [shared, c], AttendanceStatus.ABSENT)
        )
        one.start()
        assert marked_first.wait(30)
        two.start()
        time.sleep(1.0)  # let the second reach the shared person while the first holds it
        assert "second" not in done  # it waits for the first's transaction
        release_first.set()
        one.join(30)
        two.join(30)
        assert errors == []
        assert done == ["first", "second"]
        assert _marks(first, session_id) == {
            a: AttendanceStatus.PRESENT,
            shared: AttendanceStatus.ABSENT,  # the later mark wins
            c: AttendanceStatus.ABSENT,
        }
        assert untouched not in _marks(second, session_id)
    finally:
        first.close()
        second.close()


def test_marks_interleaved_from_two_connections(location: str) -> None:
    """Turn by turn: every mark kept, the latest one per person. (A SQLite file is open in
    one Kohort at a time — its lock file — so two connections are a team database's case.)"""
    first, second = open_database(location), open_database(location)
    try:
        session_id, (a, b, c, d) = _a_session_and_people(first)
        with first.write() as session:
            session.execute(
                Attendance.__table__.delete().where(Attendance.session_id == session_id)
            )
        turns = [
            (first, [a, b], AttendanceStatus.PRESENT),
            (second, [b, c], AttendanceStatus.ABSENT),
            (first, [c, d], AttendanceStatus.PRESENT),
            (second, [a], AttendanceStatus.EXCUSED),
        ]
        for db, people, status in turns:
            with db.write() as session:
                mark_attendance(session, session_id=session_id, person_ids=people, status=status)
        assert _marks(second, session_id) == {
            a: AttendanceStatus.EXCUSED,
            b: AttendanceStatus.ABSENT,
            c: AttendanceStatus.PRESENT,
            d: AttendanceStatus.PRESENT,
        }
    finally:
        first.close()
        second.close()


def test_a_connection_killed_while_issuing_leaves_nothing_half_written(
    location: str, postgres_server: pg_server.Server
) -> None:
    with open_database(location) as db:
        with db.write() as session:
            cohort_id = _prepare(session).id
            eligible, _ = _split(session, cohort_id)
        with db.read() as session:
            before = session.scalar(select(func.count()).select_from(Diploma))
        lost = pytest.raises(DatabaseError, match="rolled back and nothing was saved")
        with lost, db.write() as session:
            issue_diplomas(session, cohort_id, eligible[:3], today=AFTER_DEMO)
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            with postgres_server.admin().connect() as con:
                con.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            issue_diplomas(session, cohort_id, eligible[3:4], today=AFTER_DEMO)
        with db.read() as session:  # not one of the three, not a number taken
            assert session.scalar(select(func.count()).select_from(Diploma)) == before
        with db.write() as session:  # the next issue works and numbers from the start
            done = issue_diplomas(session, cohort_id, eligible[:2], today=AFTER_DEMO)
        assert [d.serial.rsplit("-", 1)[1] for d in done] == ["001", "002"]
