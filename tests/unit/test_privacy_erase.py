"""Erasing a person: everything that refers to them goes, and no byte of their name, e-mail
or phone stays in the database file, its -wal or its -shm."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app import db_sqlite as db_module
from app.db import Database, open_database
from app.errors import ValidationError
from app.models import (
    ActionItem,
    ActionPlan,
    Attendance,
    Cohort,
    Diploma,
    Enrollment,
    Person,
    Program,
)
from app.services import (
    action_plans,
    diploma_listing,
    diploma_register,
    people,
    privacy_erase,
    privacy_retention,
)
from app.services.action_plans import ActionItemFields, PlanFields
from app.services.cohorts import get_cohort, list_cohorts
from app.services.enrollments import list_participants
from app.text import search_key
from tests.conftest import AFTER_DEMO

FIRST, LAST = "Zyxmärkfirst", "Qwvmärklast"
EMAIL = "Zyx.Markmail@Example.org"
PHONE = "070-9137264"
TITLE = "Qwvmärktitle"
DEPARTMENT = "Qwvmärkdepartment"


def marked_values() -> list[str]:
    """Every form of the marked values a file could hold: as typed, folded, search keys."""
    values = {FIRST, LAST, EMAIL, PHONE, TITLE, DEPARTMENT, f"{FIRST} {LAST}"}
    for v in list(values):
        values |= {v.casefold(), v.lower(), search_key(v)}
    return sorted(values)


def raw_bytes(path: Path) -> bytes:
    found = b""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        part = path.with_name(name)
        if part.exists():
            found += part.read_bytes()
    return found


def occurrences(path: Path) -> dict[str, int]:
    data = raw_bytes(path)
    counts = {}
    for value in marked_values():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            counts[f"{value} ({encoding})"] = data.count(value.encode(encoding))
    return {k: v for k, v in counts.items() if v}


def _fl(session: DbSession) -> Cohort:
    cohort = session.scalar(select(Cohort).join(Program).where(Program.code == "FL"))
    assert cohort is not None
    return cohort


def mark_a_participant(db: Database) -> int:
    """An eligible FL participant renamed to the marked values, with attendance, a plan with
    an action, and an issued diploma that was reissued once (two register rows)."""
    with db.write() as session:
        cohort = _fl(session)
        chosen = next(
            p
            for p in list_participants(session, cohort.id, today=AFTER_DEMO)
            if p.eligibility is not None and p.eligibility.eligible
        )
        person_id = chosen.person.id
        fields = dataclasses.replace(
            people.fields_of(chosen.person), first_name=FIRST, last_name=LAST, email=EMAIL
        )
        fields = dataclasses.replace(fields, job_title=TITLE, department=DEPARTMENT)
        people.update_person(session, person_id, dataclasses.replace(fields, phone=PHONE))
        action_plans.save_plan(
            session,
            chosen.enrollment_id,
            PlanFields(
                goal=f"Goal of {FIRST}",
                items=(ActionItemFields(what=f"{LAST} acts"),),
            ),
        )
        issued = diploma_register.issue_diplomas(
            session, cohort.id, [chosen.enrollment_id], today=AFTER_DEMO
        )
        diploma_register.reissue_diploma(
            session, issued[0].id, today=AFTER_DEMO, name=f"{FIRST} {LAST}"
        )
    return person_id


def counts(session: DbSession, person_id: int) -> dict[str, int]:
    enrollments = select(Enrollment.id).where(Enrollment.person_id == person_id)
    plans = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(enrollments))
    return {
        "person": session.scalar(select(func.count()).where(Person.id == person_id)) or 0,
        "enrollment": session.scalar(select(func.count()).where(Enrollment.person_id == person_id))
        or 0,
        "attendance": session.scalar(
            select(func.count()).where(Attendance.enrollment_id.in_(enrollments))
        )
        or 0,
        "action_plan": session.scalar(
            select(func.count()).where(ActionPlan.enrollment_id.in_(enrollments))
        )
        or 0,
        "action_item": session.scalar(select(func.count()).where(ActionItem.plan_id.in_(plans)))
        or 0,
        "diploma": session.scalar(
            select(func.count()).where(Diploma.enrollment_id.in_(enrollments))
        )
        or 0,
    }


@pytest.mark.sqlite_only  # the bytes of the file and its log
@pytest.mark.parametrize("then", ["open", "closed"])
def test_no_byte_of_an_erased_person_stays_in_the_file_or_its_log(
    demo_db: Database, then: str
) -> None:
    person_id = mark_a_participant(demo_db)
    path = demo_db.path
    before = occurrences(path)
    assert before, "the marked values must be in the file before (or this test proves nothing)"
    with demo_db.read() as session:
        assert all(counts(session, person_id).values())
        impact = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
    assert impact.diplomas == 2 and impact.attendance_marks and impact.actions == 1
    with demo_db.write() as session:
        privacy_erase.erase_person(session, person_id, confirmed=impact)
    scrubbed = privacy_erase.scrub(demo_db)
    assert scrubbed.log_emptied
    if then == "closed":
        demo_db.close()
        assert not path.with_name(path.name + "-wal").exists()
    assert occurrences(path) == {}
    reopened = open_database(str(path)) if then == "closed" else demo_db
    with reopened.read() as session:
        assert set(counts(session, person_id).values()) == {0}
        assert session.scalar(select(func.count()).select_from(Person)) > 0  # others stay
    reopened.close()


@pytest.mark.sqlite_only  # the bytes of the file and its log
def test_secure_delete_alone_scrubs_what_this_kohort_wrote(demo_db: Database) -> None:
    person_id = mark_a_participant(demo_db)
    with demo_db.read() as session:
        impact = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
    with demo_db.write() as session:
        privacy_erase.erase_person(session, person_id, confirmed=impact)
    privacy_erase.scrub(demo_db, rebuild=False)
    assert occurrences(demo_db.path) == {}


def test_without_secure_delete_the_bytes_would_stay(
    db_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: SQLite's default (on most builds) leaves deleted rows."""
    from tests.conftest import copy_database

    pragmas = tuple(p for p in db_module.PRAGMAS if p[0] != "secure_delete")
    pragmas += (("secure_delete", "OFF", "0"),)
    configure = db_module._configure_connection

    def without_secure_delete(connection: object, record: object) -> None:
        configure(connection, record, pragmas=pragmas)

    monkeypatch.setattr(db_module, "_configure_connection", without_secure_delete)
    with open_database(str(copy_database(demo_template, db_path))) as db:
        person_id = mark_a_participant(db)
        with db.read() as session:
            impact = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
        with db.write() as session:
            privacy_erase.erase_person(session, person_id, confirmed=impact)
        privacy_erase.scrub(db, rebuild=False)
        assert occurrences(db.path)
        privacy_erase.scrub(db)  # the rebuild removes remnants an older Kohort left
        assert occurrences(db.path) == {}


@pytest.mark.sqlite_only  # the bytes of the file and its log
def test_erasing_without_the_diplomas_keeps_only_the_register(demo_db: Database) -> None:
    """The issue: diplomas stay in the register unless erased explicitly; nothing else does."""
    person_id = mark_a_participant(demo_db)
    with demo_db.read() as session:
        impact = privacy_erase.erasure_impact(session, person_id)
        cohort_id = _fl(session).id
    assert impact.diplomas == 2 and not impact.with_diplomas and impact.keeps_diplomas
    assert impact.diploma_enrollments == 1  # a reissue: two rows, one enrollment
    assert impact.enrollments_erased == impact.enrollments - 1
    with demo_db.read() as session:
        roster_before = get_cohort(session, cohort_id).participant_count
        listed_before = {c.id: c.participant_count for c in list_cohorts(session)}[cohort_id]
    with demo_db.write() as session:
        privacy_erase.erase_person(session, person_id, confirmed=impact)
    with demo_db.read() as session:  # the cohort's counts follow its roster
        assert get_cohort(session, cohort_id).participant_count == roster_before - 1
        assert {c.id: c.participant_count for c in list_cohorts(session)}[cohort_id] == (
            listed_before - 1
        )
    privacy_erase.scrub(demo_db)
    left = occurrences(demo_db.path)
    for erased in (EMAIL, PHONE, TITLE, DEPARTMENT):
        assert not [k for k in left if k.split(" (")[0] in {erased, erased.casefold()}]
        assert erased.encode() not in raw_bytes(demo_db.path)
    assert raw_bytes(demo_db.path).count(f"{FIRST} {LAST}".encode()) > 0  # the kept diplomas
    with demo_db.read() as session:
        assert counts(session, person_id) == {
            "person": 1,
            "enrollment": 1,  # the one the diplomas were issued for
            "attendance": 0,
            "action_plan": 0,
            "action_item": 0,
            "diploma": 2,
        }
        kept = session.get(Person, person_id)
        assert kept is not None and kept.erased_at is not None and kept.archived_at is not None
        assert (kept.first_name, kept.last_name) == ("", f"{FIRST} {LAST}")
        assert (kept.email, kept.phone, kept.job_title, kept.department) == (None,) * 4
        assert kept.organization_id is None
        assert not people.search_people(session, LAST)
        assert person_id not in {
            p.person.id for p in list_participants(session, cohort_id, today=AFTER_DEMO)
        }
        register = diploma_listing.list_diplomas(session, cohort_id)
        assert [d.name_as_printed for d in register if d.person_id == person_id] == [
            f"{FIRST} {LAST}"
        ] * 2
        assert person_id not in {
            c.person_id
            for c in privacy_retention.retention_candidates(
                session, today=AFTER_DEMO + dt.timedelta(days=3650 * 3)
            )
        }
    # Erasing the diplomas later removes the rest.
    with demo_db.read() as session:
        again = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
    with demo_db.write() as session:
        privacy_erase.erase_person(session, person_id, confirmed=again)
    privacy_erase.scrub(demo_db)
    assert occurrences(demo_db.path) == {}


def test_a_change_since_the_confirmation_erases_nothing(demo_db: Database) -> None:
    person_id = mark_a_participant(demo_db)
    with demo_db.read() as session:
        impact = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
    stale = dataclasses.replace(impact, attendance_marks=impact.attendance_marks - 1)
    with pytest.raises(ValidationError, match="changed"), demo_db.write() as session:
        privacy_erase.erase_person(session, person_id, confirmed=stale)
    with demo_db.read() as session:
        assert all(counts(session, person_id).values())


def test_their_name_in_other_records_is_counted_not_erased(demo_db: Database) -> None:
    with demo_db.read() as session:
        ulla = next(p for p in people.search_people(session, "Ulla Järvinen"))
        impact = privacy_erase.erasure_impact(session, ulla.person.id)
    assert impact.signatory_slots >= 1  # she signs the demo's diplomas


@pytest.mark.sqlite_only  # the bytes of the file and its log
def test_retention_erases_everyone_listed_keeping_diplomas(demo_db: Database) -> None:
    """One person with a diploma does not stop the others: they are erased, the register kept."""
    person_id = mark_a_participant(demo_db)
    later = AFTER_DEMO + dt.timedelta(days=366 * 30)
    with demo_db.read() as session:
        listed = privacy_retention.retention_candidates(session, today=later)
    assert len(listed) > 1 and person_id in {c.person_id for c in listed}
    with demo_db.write() as session:
        erased = privacy_retention.erase_candidates(session, listed, today=later)
    assert erased == len(listed)
    privacy_erase.scrub(demo_db)
    assert EMAIL.encode() not in raw_bytes(demo_db.path)
    with demo_db.read() as session:
        assert counts(session, person_id)["diploma"] == 2
        left = session.scalars(select(Person.id).where(Person.erased_at.is_(None))).all()
        assert not set(left) & {c.person_id for c in listed}
        assert privacy_retention.retention_candidates(session, today=later) == []
