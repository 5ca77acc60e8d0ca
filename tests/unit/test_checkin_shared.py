"""Checking in what the laptop did to rows the cohort shares with the rest of the server
(a real PostgreSQL server): a person merged or erased offline who is still in another
cohort on the server stays there, and everything else is checked in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.checkin import check_in
from app.checkin_describe import SERVER_KEEPS_SHARED
from app.checkout import check_out, checkout_status
from app.db import open_database
from app.models import Enrollment, Person
from app.services.duplicates import merge_people
from app.services.enrollments import enroll
from tests.conftest import server_copy
from tests.unit.test_checkout import fl_cohorts


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
