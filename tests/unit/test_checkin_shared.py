"""Checking in what the laptop did to rows the cohort shares with the rest of the server
(a real PostgreSQL server): a person merged or erased offline who is still in another
cohort on the server stays there, and everything else is checked in; a damaged file (which
could hide rows, taken for rows deleted offline) is refused before anything is read; an id
the file's SQLite reused is a new row; the programme's signatories set on both sides are one
conflict that ``prefer`` settles; a password in the address is never kept in the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.checkin import check_in
from app.checkin_describe import LAPTOP_ADDED, SERVER_KEEPS_SHARED, SERVER_SET_CHANGED
from app.checkout import check_out, checkout_status, origin
from app.db import open_database
from app.db_location import server_address_problem
from app.domain import AttendanceStatus
from app.errors import DatabaseDamagedError, DatabaseError, ValidationError
from app.models import Cohort, Enrollment, Person, Signatory, StoredImage
from app.services import people
from app.services.diploma_register import issue_diplomas, reissue_diploma
from app.services.duplicates import merge_people
from app.services.enrollments import enroll
from app.services.images import store_image
from app.services.signatories import SignatorySettings, set_signatories
from tests.conftest import AFTER_DEMO, server_copy
from tests.corruptions import KINDS
from tests.unit.test_checkin_conflicts import a_mark, checksums, set_mark, status_of
from tests.unit.test_checkout import fl_cohorts
from tests.unit.test_diploma_render import png
from tests.unit.test_diploma_service import _split


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def test_a_person_merged_offline_who_is_in_another_cohort_stays_on_the_server(
    location: str, tmp_path: Path
) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server, server.write() as session:
        cohort_id, other_cohort = fl_cohorts(server)[:2]
        keep, merged = session.scalars(
            select(Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort_id)
            .order_by(Enrollment.id)
            .limit(2)
        ).all()
        if (
            session.scalar(
                select(Enrollment.id).where(
                    Enrollment.cohort_id == other_cohort, Enrollment.person_id == merged
                )
            )
            is None
        ):
            enroll(session, cohort_id=other_cohort, person_id=merged)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop, laptop.write() as session:
        merge_people(session, keep, merged)
    result = check_in(str(file))
    assert result.applied, [c.text() for c in result.conflicts]
    assert [(c.table, c.row_id, c.server, c.resolved) for c in result.conflicts] == [
        ("person", merged, SERVER_KEEPS_SHARED, True)
    ]
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is None
        assert session.get(Person, merged) is not None  # still in the other cohort
        assert (
            session.scalar(
                select(func.count())
                .select_from(Enrollment)
                .where(Enrollment.cohort_id == other_cohort, Enrollment.person_id == merged)
            )
            == 1
        )
        assert set(
            session.scalars(select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id))
        ) >= {keep} and merged not in set(
            session.scalars(select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id))
        )


def test_a_damaged_file_is_refused_and_the_server_keeps_the_cohort_checked_out(
    location: str, tmp_path: Path
) -> None:
    """A damaged page may hide rows, which a check-in would take for rows deleted offline."""
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False):
        pass  # closed cleanly: its check record says it is fine
    KINDS["bit in a table page's cell count"](file)  # reads go on, without some marks
    before = checksums(location)
    for dry_run in (True, False):
        with pytest.raises(DatabaseDamagedError, match="damaged"):
            check_in(str(file), dry_run=dry_run)
    assert checksums(location) == before
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is not None


def test_an_id_the_laptop_reused_is_a_new_row_not_an_edit(location: str, tmp_path: Path) -> None:
    """The file's SQLite gives a new row the highest id + 1: after the person with the
    highest id is merged away offline, a walk-in gets that person's id. On the server that
    id is still the merged person (in another cohort), never renamed to the walk-in."""
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server, server.write() as session:
        cohort_id, other_cohort = fl_cohorts(server)[:2]
        ids = session.scalars(
            select(Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort_id)
            .order_by(Enrollment.person_id)
        ).all()
        keep, last = ids[0], ids[-1]
        name = session.get(Person, last).first_name  # type: ignore[union-attr]
        enroll(session, cohort_id=other_cohort, person_id=last)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop, laptop.write() as session:
        merge_people(session, keep, last)
        guest = people.create_person(session, people.PersonFields("Gösta", "Gästsson"))
        assert guest.id == last  # SQLite reused it
        walk_in = enroll(session, cohort_id=cohort_id, person_id=guest.id)
    result = check_in(str(file))
    assert result.applied, [c.text() for c in result.conflicts]
    new_guest = result.new_ids[("person", last)]
    with open_database(location) as server, server.read() as session:
        assert session.get(Person, last).first_name == name  # type: ignore[union-attr]
        assert session.get(Person, new_guest).first_name == "Gösta"  # type: ignore[union-attr]
        assert (
            session.scalar(
                select(Enrollment.person_id).where(
                    Enrollment.id == result.new_ids[("enrollment", walk_in)]
                )
            )
            == new_guest
        )
        assert set(
            session.scalars(select(Enrollment.cohort_id).where(Enrollment.person_id == last))
        ) == {other_cohort}


def test_a_password_in_the_addresss_query_is_never_kept_in_the_file(
    location: str, tmp_path: Path
) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    secret = "s3cret-Pw"
    with_password = f"{location}{'&' if '?' in location else '?'}password={secret}"
    assert server_address_problem(with_password) is not None
    result = check_out(with_password, cohort_id, str(file))
    assert secret not in result.server and "password=***" in result.server
    with open_database(str(file), create=False) as laptop, laptop.read() as session:
        came = origin(session)
    assert came is not None and secret not in came.server
    assert secret.encode() not in file.read_bytes()
    with pytest.raises(ValidationError, match="kept without its password"):
        check_in(str(file))
    assert check_in(str(file), location).applied


def signed_by(location: str, program_id: int) -> list[str]:
    with open_database(location) as server, server.read() as session:
        return list(
            session.scalars(
                select(Signatory.name)
                .where(Signatory.program_id == program_id)
                .order_by(Signatory.position)
            )
        )


def test_signatories_of_the_programme_set_on_both_sides_are_one_conflict(
    location: str, tmp_path: Path
) -> None:
    """The programme's signatories are not locked (its other cohorts use them): a colleague
    sets them on the server while the laptop sets them offline, with a roll call."""
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server, server.read() as session:
        cohort_id = fl_cohorts(server)[0]
        program_id = session.get(Cohort, cohort_id).program_id  # type: ignore[union-attr]
        meeting, person, _status = a_mark(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(location) as server, server.write() as session:
        theirs = (SignatorySettings(name="Sara Server", title="VD"),)
        set_signatories(session, theirs, program_id=program_id)
    with open_database(str(file), create=False) as laptop:
        with laptop.write() as session:
            mine = (SignatorySettings(name="Lars Laptop", title="HR-chef"),)
            set_signatories(session, mine, program_id=program_id)
        set_mark(laptop, meeting, person, AttendanceStatus.EXCUSED)
    before = checksums(location)
    result = check_in(str(file))
    assert not result.applied and checksums(location) == before
    assert [(c.table, c.row, c.laptop, c.server) for c in result.open_conflicts] == [
        ("signatory", "Lars Laptop", LAPTOP_ADDED, SERVER_SET_CHANGED)
    ]
    kept = check_in(str(file), prefer="server", dry_run=True)
    assert kept.open_conflicts == [] and "signatory" not in kept.counts
    result = check_in(str(file), prefer="laptop")
    assert result.applied
    assert signed_by(location, program_id) == ["Lars Laptop"]
    assert status_of(location, meeting, person) == AttendanceStatus.EXCUSED


def test_a_diploma_of_an_earlier_year_can_be_reissued_offline(
    location: str, tmp_path: Path
) -> None:
    """Issued last December, its misspelt name noticed at the venue in January: the check-out
    reserved numbers for the year of the diplomas the cohort holds too."""
    file = tmp_path / "hotell.kohort"
    last_year = dt.date.today().year - 1
    with open_database(location) as server, server.write() as session:
        cohort_id = fl_cohorts(server)[0]
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None
        cohort.diploma_issue_date = dt.date(last_year, 12, 15)
        issued = issue_diplomas(
            session, cohort_id, _split(session, cohort_id)[0][:2], today=AFTER_DEMO
        )
    result = check_out(location, cohort_id, str(file))
    assert f"FL-{last_year}-" in {r.prefix for r in result.reservations}
    with open_database(str(file), create=False) as laptop, laptop.write() as session:
        again = reissue_diploma(session, issued[0].id, today=AFTER_DEMO)
    assert again.serial.startswith(f"FL-{last_year}-")
    assert again.serial not in {d.serial for d in issued}
    assert check_in(str(file)).applied


def test_checking_in_into_a_file_is_refused_and_creates_no_file(
    location: str, tmp_path: Path
) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(file))
    other = tmp_path / "kohort.sqlite3"
    with pytest.raises(DatabaseError, match="is a file. Nothing was checked in"):
        check_in(str(file), str(other))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kohort")) == []
    assert check_in(str(file)).applied


def test_a_logo_added_offline_that_the_server_holds_is_not_stored_twice(
    location: str, tmp_path: Path
) -> None:
    """The laptop carries only its cohort's images: a logo it stores that the server holds
    already (another cohort's) is the server's image after checking in, not a second copy."""
    file = tmp_path / "hotell.kohort"
    logo = png(120, 40, (31, 85, 104))
    with open_database(location) as server, server.write() as session:
        cohort_id = fl_cohorts(server)[0]
        theirs = store_image(session, logo, "logo")
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop, laptop.write() as session:
        mine = store_image(session, logo, "logo")
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None
        cohort.logo_image_id = mine
    assert check_in(str(file)).applied
    with open_database(location) as server, server.read() as session:
        digest = session.scalar(select(StoredImage.sha256).where(StoredImage.id == theirs))
        count = select(func.count()).where(StoredImage.sha256 == digest)
        assert session.scalar(count.select_from(StoredImage)) == 1
        assert session.scalar(select(Cohort.logo_image_id).where(Cohort.id == cohort_id)) == theirs
