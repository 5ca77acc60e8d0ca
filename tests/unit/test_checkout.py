"""Checking a cohort out of a team database (a real PostgreSQL server): the laptop's file
holds exactly the cohort's rows with the server's ids, its baseline and origin; the server
then refuses every write to that cohort (and only to it), and issuing elsewhere skips the
serial numbers reserved for the laptop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.checkin import check_in
from app.checkout import check_out, checked_out_cohorts, checkout_status, origin, release
from app.checkout_rows import digest_of, ordered, rows_by_id
from app.db import Database, open_database
from app.domain import AttendanceStatus
from app.errors import CheckedOutError, DatabaseError, ValidationError
from app.i18n import set_language
from app.models import (
    CheckoutBaseline,
    Cohort,
    CohortCheckout,
    Enrollment,
    Person,
    Program,
    SerialReservation,
)
from app.models import Session as Meeting
from app.services import sessions
from app.services.attendance import mark_attendance
from app.services.diploma_register import issue_diplomas
from app.services.enrollments import enroll
from tests.conftest import AFTER_DEMO, server_copy
from tests.unit.test_diploma_service import _split


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def fl_cohorts(db: Database) -> list[int]:
    """The FL programme's cohorts, the current one (18 people) first."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Cohort.id).join(Program).where(Program.code == "FL").order_by(Cohort.id)
            )
        )


def test_the_file_holds_exactly_the_cohorts_rows(location: str, tmp_path: Path) -> None:
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        with server.read() as session:
            people = set(
                session.scalars(
                    select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id)
                )
            )
            enrolled = len(people)
    target = tmp_path / "hotell.kohort"
    result = check_out(location, cohort_id, str(target))
    assert target.exists() and not (tmp_path / "hotell.kohort.partial").exists()
    assert result.checkout.cohort_name == "Omgång 3, 2025/2026"
    assert [r.first for r in result.reservations] == [1]
    assert result.reservations[0].last == enrolled + 10
    with open_database(str(target), create=False) as laptop, laptop.read() as session:
        assert set(session.scalars(select(Cohort.id))) == {cohort_id}
        assert set(session.scalars(select(Person.id))) == people  # no one else left
        assert set(session.scalars(select(Enrollment.cohort_id))) == {cohort_id}
        came = origin(session)
        assert came is not None and came.cohort_id == cohort_id and "***" not in came.server
        assert came.token == session.scalar(select(CohortCheckout.token))
        assert session.scalar(select(func.count()).select_from(SerialReservation)) == 1
        baseline = {
            (b.table_name, b.row_id): b.digest for b in session.scalars(select(CheckoutBaseline))
        }
        file_rows = {t.name: rows_by_id(session.connection(), t) for t in ordered()}
    assert len(baseline) == result.rows == sum(len(r) for r in file_rows.values())
    with open_database(location) as server, server.read() as session:
        for table in ordered():  # the same ids, the same values as on the server
            theirs = rows_by_id(session.connection(), table, list(file_rows[table.name]))
            for row_id, row in file_rows[table.name].items():
                assert digest_of(theirs[row_id]) == digest_of(row) == baseline[(table.name, row_id)]
        status = checkout_status(session, cohort_id)
        assert status is not None and status.place is not None and "hotell.kohort" in status.place
        assert set(checked_out_cohorts(session)) == {cohort_id}


def test_a_second_check_out_is_refused_and_leaves_no_file(location: str, tmp_path: Path) -> None:
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(tmp_path / "first.kohort"))
    with pytest.raises(ValidationError, match="checked out by .* since"):
        check_out(location, cohort_id, str(tmp_path / "second.kohort"))
    assert not (tmp_path / "second.kohort").exists()
    assert not (tmp_path / "second.kohort.partial").exists()


def test_a_file_that_exists_or_a_file_source_is_refused(location: str, tmp_path: Path) -> None:
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    there = tmp_path / "there.kohort"
    there.write_bytes(b"mine")
    with pytest.raises(DatabaseError, match="exists already"):
        check_out(location, cohort_id, str(there))
    assert there.read_bytes() == b"mine"
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is None  # rolled back with the file
    with pytest.raises(DatabaseError, match="team database"):
        check_out(str(tmp_path / "a.sqlite3"), cohort_id, str(tmp_path / "b.kohort"))


def test_the_server_refuses_writes_to_the_checked_out_cohort_only(
    location: str, tmp_path: Path
) -> None:
    with open_database(location) as server:
        out, other = fl_cohorts(server)[0], fl_cohorts(server)[1]
        with server.read() as session:

            def meeting_and_people(cohort_id: int) -> tuple[int, list[int]]:
                meeting = session.scalar(
                    select(Meeting.id).where(Meeting.cohort_id == cohort_id).order_by(Meeting.id)
                )
                assert meeting is not None
                return meeting, list(
                    session.scalars(
                        select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id)
                    )
                )

            out_meeting, out_people = meeting_and_people(out)
            other_meeting, other_people = meeting_and_people(other)
            stranger = session.scalar(select(Person.id).where(Person.id.not_in(out_people)))
            assert stranger is not None
        check_out(location, out, str(tmp_path / "hotell.kohort"))
        set_language("sv")
        try:
            with (
                pytest.raises(
                    CheckedOutError,
                    match=r"Omgången ”Omgång 3, 2025/2026” är utcheckad av .* sedan",
                ),
                server.write() as session,
            ):
                mark_attendance(
                    session,
                    session_id=out_meeting,
                    person_ids=out_people[:1],
                    status=AttendanceStatus.PRESENT,
                )
        finally:
            set_language("en")
        writes = [
            lambda s: issue_diplomas(s, out, _split(s, out)[0][:1], today=AFTER_DEMO),
            lambda s: sessions.update_session(
                s,
                out_meeting,
                replace(sessions.fields_of(sessions.get_session(s, out_meeting)), title="Ny"),
            ),
            lambda s: enroll(s, cohort_id=out, person_id=stranger),
            lambda s: s.execute(
                text("DELETE FROM cohort_session WHERE id = :i"), {"i": out_meeting}
            ),
        ]
        for write in writes:
            with (
                pytest.raises(CheckedOutError, match="is checked out by"),
                server.write() as session,
            ):
                write(session)
                session.flush()
        with server.write() as session:  # another cohort of the same programme: as usual
            assert (
                mark_attendance(
                    session,
                    session_id=other_meeting,
                    person_ids=other_people[:1],
                    status=AttendanceStatus.PRESENT,
                )
                == 1
            )


def test_server_issuing_skips_the_reserved_block(location: str, tmp_path: Path) -> None:
    with open_database(location) as server:
        out, other = fl_cohorts(server)[0], fl_cohorts(server)[2]
        result = check_out(location, out, str(tmp_path / "hotell.kohort"), serials=5)
        block = result.reservations[0]
        assert (block.first, block.last) == (1, 5)
        year = dt.date.today().year
        with server.write() as session:
            cohort = session.get(Cohort, other)
            assert cohort is not None
            cohort.diploma_issue_date = dt.date(year, 3, 1)
            chosen = _split(session, other)[0][:2]
            done = issue_diplomas(
                session, other, chosen, today=AFTER_DEMO, confirm_ineligible="test"
            )
        assert [d.serial for d in done] == [f"FL-{year}-006", f"FL-{year}-007"]
        # Released by an administrator: the block stays reserved (the laptop may come back).
        release(location, out)
        with server.read() as session:
            assert checkout_status(session, out) is None
            assert session.scalar(select(func.count()).select_from(SerialReservation)) == 1
        with pytest.raises(ValidationError, match="not checked out"):
            release(location, out)


def test_a_cohort_with_sessions_next_year_reserves_both_years(
    location: str, tmp_path: Path
) -> None:
    with open_database(location) as server, server.read() as session:
        lec = session.scalar(select(Cohort.id).join(Program).where(Program.code == "LEC"))
        last = session.scalar(select(func.max(Meeting.date)).where(Meeting.cohort_id == lec))
    assert lec is not None and last is not None
    result = check_out(location, lec, str(tmp_path / "lec.kohort"), serials=3)
    years = sorted({dt.date.today().year, last.year})
    assert [r.prefix for r in result.reservations] == [f"LEC-{y}-" for y in years]


def test_other_windows_hear_of_check_out_check_in_and_release(
    location: str, tmp_path: Path
) -> None:
    import threading

    from app.changes import Changes
    from app.db_notify import ChangeListener
    from app.db_postgres import server_url

    heard: list[Changes] = []
    note = threading.Event()

    def on_changes(changes: Changes) -> None:
        heard.append(changes)
        note.set()

    listener = ChangeListener(server_url(location), "another window", on_changes)
    listener.start()
    try:
        assert listener.listening.wait(10)
        with open_database(location) as server:
            cohort_id = fl_cohorts(server)[0]
        check_out(location, cohort_id, str(tmp_path / "hotell.kohort"))
        assert note.wait(10) and heard[-1].programs and heard[-1].cohort
        note.clear()
        assert check_in(str(tmp_path / "hotell.kohort")).applied
        assert note.wait(10) and heard[-1].programs and heard[-1].diplomas
        check_out(location, cohort_id, str(tmp_path / "again.kohort"))
        note.clear()
        release(location, cohort_id)
        assert note.wait(10) and heard[-1].programs
    finally:
        listener.stop()


def test_a_failure_writing_the_file_checks_nothing_out(
    location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import checkout

    real = checkout.copy_rows

    def copy_then_fail(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise DatabaseError("the disk is full")

    monkeypatch.setattr(checkout, "copy_rows", copy_then_fail)
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    with pytest.raises(DatabaseError, match="disk is full"):
        check_out(location, cohort_id, str(tmp_path / "hotell.kohort"))
    assert list(tmp_path.iterdir()) == []
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is None
        assert session.scalar(select(func.count()).select_from(SerialReservation)) == 0


def test_offline_issuing_and_reissuing_take_only_the_reserved_numbers(
    location: str, tmp_path: Path
) -> None:
    from app.services.diploma_register import reissue_diploma

    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(file), serials=2)
    year = dt.date.today().year
    with open_database(str(file), create=False) as laptop:
        with laptop.write() as session:
            cohort = session.get(Cohort, cohort_id)
            assert cohort is not None
            cohort.diploma_issue_date = dt.date(year + 5, 1, 10)  # no block for that year
        with (
            pytest.raises(ValidationError, match=f"No serial numbers for {year + 5}"),
            laptop.write() as session,
        ):
            issue_diplomas(session, cohort_id, _split(session, cohort_id)[0][:1], today=AFTER_DEMO)
        with laptop.write() as session:
            cohort = session.get(Cohort, cohort_id)
            assert cohort is not None
            cohort.diploma_issue_date = dt.date(year, 3, 19)
            first = issue_diplomas(
                session, cohort_id, _split(session, cohort_id)[0][:1], today=AFTER_DEMO
            )
            again = reissue_diploma(session, first[0].id, today=AFTER_DEMO)
        assert [first[0].serial, again.serial] == [f"FL-{year}-001", f"FL-{year}-002"]
        with (
            pytest.raises(ValidationError, match="2 serial numbers reserved at check-out are used"),
            laptop.write() as session,
        ):
            issue_diplomas(session, cohort_id, _split(session, cohort_id)[0][1:2], today=AFTER_DEMO)


@pytest.fixture
def empty_location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "empty")


def test_kohort_copy_takes_a_checked_out_cohort_along(
    location: str, empty_location: str, tmp_path: Path
) -> None:
    from app.db_copy import copy_database

    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(tmp_path / "hotell.kohort"))
    copied = copy_database(location, empty_location)  # server to server, guard and all
    assert copied.rows > 0
    with open_database(empty_location) as copy, copy.read() as session:
        assert checkout_status(session, cohort_id) is not None
