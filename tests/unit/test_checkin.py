"""A cohort taken to a venue with no network and brought back (a real PostgreSQL server):
the work done offline — roll call, an action plan, a walk-in, diplomas from the reserved
serials, actions reordered — is applied in one transaction with new ids for the new rows,
and the cohort is released; the file cannot be checked in twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.checkin import check_in
from app.checkout import check_out, checkout_status, origin
from app.checkout_rows import digest_of, ordered, rows_by_id
from app.db import Database, open_database
from app.domain import AttendanceStatus
from app.errors import DatabaseError, ValidationError
from app.models import (
    ActionItem,
    ActionPlan,
    Cohort,
    Diploma,
    Enrollment,
    SerialReservation,
)
from app.models import Session as Meeting
from app.services import people
from app.services.action_plans import ActionItemFields, PlanFields, save_plan
from app.services.attendance import mark_attendance
from app.services.diploma_register import issue_diplomas
from app.services.enrollments import enroll
from tests.conftest import AFTER_DEMO, server_copy
from tests.unit.test_checkout import fl_cohorts
from tests.unit.test_diploma_service import _split


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def plan_with_two_actions(db: Database, cohort_id: int) -> int:
    """An action plan of the cohort with at least two actions: its id."""
    with db.write() as session:
        plan_id = session.scalar(
            select(ActionItem.plan_id)
            .join(ActionPlan)
            .join(Enrollment)
            .where(Enrollment.cohort_id == cohort_id)
            .group_by(ActionItem.plan_id)
            .having(func.count() >= 2)
            .order_by(ActionItem.plan_id)
        )
        if plan_id is None:
            enrollment = session.scalar(
                select(Enrollment.id)
                .where(Enrollment.cohort_id == cohort_id)
                .order_by(Enrollment.id)
            )
            assert enrollment is not None
            save_plan(
                session,
                enrollment,
                PlanFields(goal="Mål", items=(ActionItemFields("Ett"), ActionItemFields("Två"))),
            )
            plan_id = session.scalar(
                select(ActionPlan.id).where(ActionPlan.enrollment_id == enrollment)
            )
        assert plan_id is not None
        return plan_id


def work_offline(laptop: Database, cohort_id: int, plan_id: int) -> dict[str, Any]:
    """Roll call, a walk-in (new person, enrollment, attendance, diploma), an action plan,
    diplomas, and two actions swapped: what the test checks on the server afterwards."""
    with laptop.write() as session:
        meeting = session.scalar(
            select(Meeting.id).where(Meeting.cohort_id == cohort_id, Meeting.cancelled.is_(False))
        )
        assert meeting is not None
        enrolled = list(
            session.scalars(select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id))
        )
        mark_attendance(
            session, session_id=meeting, person_ids=enrolled, status=AttendanceStatus.LATE
        )
        guest = people.create_person(session, people.PersonFields("Gösta", "Gästsson"))
        walk_in = enroll(session, cohort_id=cohort_id, person_id=guest.id)
        mark_attendance(
            session, session_id=meeting, person_ids=[guest.id], status=AttendanceStatus.PRESENT
        )
        save_plan(session, walk_in, PlanFields(goal="Leda", items=(ActionItemFields("Lyssna"),)))
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None
        cohort.diploma_issue_date = dt.date(dt.date.today().year, 3, 19)
        eligible = _split(session, cohort_id)[0][:2]
        issued = issue_diplomas(
            session,
            cohort_id,
            [*eligible, walk_in],
            today=AFTER_DEMO,
            confirm_ineligible="Gäst hela internatet",
        )
        first, second = session.scalars(
            select(ActionItem).where(ActionItem.plan_id == plan_id).order_by(ActionItem.position)
        ).all()[:2]
        dropped = session.scalar(  # another plan, with its actions: deleted offline
            select(ActionPlan.enrollment_id)
            .join(Enrollment)
            .where(Enrollment.cohort_id == cohort_id, ActionPlan.id != plan_id)
            .where(ActionPlan.items.any())
            .order_by(ActionPlan.id)
        )
        assert dropped is not None
        save_plan(session, dropped, PlanFields())
        assert (first.position, second.position) == (1, 2)
        first.position = 0  # the two swapped, as a reorder does it
        session.flush()
        second.position = 1
        session.flush()
        first.position = 2
    return {"meeting": meeting, "walk_in": walk_in, "serials": [d.serial for d in issued]}


def mapped(table: Any, row: Any, new_ids: dict[tuple[str, int], int]) -> tuple[Any, ...]:
    """A laptop row with its own id and its foreign keys as the server's ids."""
    values = dict(row._mapping)
    for column in table.columns:
        for key in column.foreign_keys:
            target = (key.column.table.name, values[column.name])
            values[column.name] = new_ids.get(target, values[column.name])
    own = (table.name, values[next(iter(table.primary_key.columns)).name])
    values[next(iter(table.primary_key.columns)).name] = new_ids.get(own, own[1])
    return tuple(values[c.name] for c in table.columns)


def test_offline_work_checks_in_in_one_go(location: str, tmp_path: Path) -> None:
    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        plan_id = plan_with_two_actions(server, cohort_id)
    enrolled = 18
    check_out(location, cohort_id, str(file), serials=3)
    with open_database(str(file), create=False) as laptop:
        done = work_offline(laptop, cohort_id, plan_id)
        assert len(done["serials"]) == 3  # the whole block
        with (
            pytest.raises(
                ValidationError, match="3 serial numbers reserved at check-out are used up"
            ),
            laptop.write() as session,
        ):
            issue_diplomas(session, cohort_id, _split(session, cohort_id)[0][2:3], today=AFTER_DEMO)
    dry = check_in(str(file), dry_run=True)
    assert not dry.applied and dry.conflicts == []
    assert dry.counts["enrollment"]["insert"] == 1 and dry.counts["diploma"]["insert"] == 3
    assert dry.counts["action_plan"]["delete"] == 1 and dry.counts["action_item"]["delete"] >= 1
    assert "3 diplomas added" in dry.text() and "1 participant added" in dry.text()
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is not None  # the dry run changed nothing
        assert session.scalar(select(func.count()).select_from(Diploma)) == 0
    result = check_in(str(file))
    assert result.applied and result.conflicts == []
    assert result.counts == dry.counts
    with open_database(str(file), create=False) as laptop, laptop.read() as session:
        assert origin(session) is None  # checked in: it cannot be checked in twice
        laptop_rows = {t.name: rows_by_id(session.connection(), t) for t in ordered()}
    with pytest.raises(ValidationError, match="checked in already"):
        check_in(str(file))
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is None
        assert session.scalar(select(func.count()).select_from(SerialReservation)) == 0
        assert (
            session.scalar(
                select(func.count())
                .select_from(Enrollment)
                .where(Enrollment.cohort_id == cohort_id)
            )
            == enrolled + 1
        )
        serials = set(session.scalars(select(Diploma.serial)))
        assert serials == set(done["serials"])
        walk_in = result.new_ids[("enrollment", done["walk_in"])]
        assert (
            session.scalar(select(Enrollment.person_id).where(Enrollment.id == walk_in))
            == result.new_ids[("person", laptop_rows["enrollment"][done["walk_in"]].person_id)]
        )
        for table in ordered():  # every row the laptop has, the server has the same
            mine = laptop_rows[table.name]
            ids = [result.new_ids.get((table.name, i), i) for i in mine]
            theirs = rows_by_id(session.connection(), table, ids)
            for row_id, row in mine.items():
                server_row = theirs[result.new_ids.get((table.name, row_id), row_id)]
                assert digest_of(mapped(table, row, result.new_ids)) == digest_of(server_row)
    with open_database(location) as server, server.write() as session:  # writable again
        mark_attendance(
            session,
            session_id=done["meeting"],
            person_ids=[
                people.get_person(session, laptop_rows["person"][min(laptop_rows["person"])].id).id
            ],
            status=AttendanceStatus.ABSENT,
        )


def test_a_connection_killed_mid_check_in_leaves_the_server_as_it_was(
    location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import checkin

    file = tmp_path / "hotell.kohort"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        plan_id = plan_with_two_actions(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop:
        work_offline(laptop, cohort_id, plan_id)
    real_update = checkin._Apply._update

    def killed(self: Any, table: Any, ids: list[int]) -> None:
        if table.name == "attendance":  # deletes and inserts done: the connection dies
            pid = self.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with open_database(location) as other, other.read() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        real_update(self, table, ids)

    monkeypatch.setattr(checkin._Apply, "_update", killed)
    with pytest.raises(DatabaseError, match="connection to the server"):
        check_in(str(file))
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is not None
        assert session.scalar(select(func.count()).select_from(Diploma)) == 0
    monkeypatch.setattr(checkin._Apply, "_update", real_update)
    assert check_in(str(file)).applied
