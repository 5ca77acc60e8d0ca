"""Who gets a diploma and on what terms: issuing ahead of the end, and reissuing a name."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.domain import CohortStatus
from app.errors import ValidationError
from app.models import Cohort, Diploma, Program
from app.rules import Standing
from app.services import diploma_issue, diploma_listing, diploma_register
from app.services.enrollments import list_participants
from app.services.people import get_person
from tests.conftest import AFTER_DEMO

# The cross-municipal demo cohort: six sessions, 10 September 2026 to 15 April 2027.
MID = dt.date(2026, 12, 7)  # three held, three to come
LAST_SESSION = dt.date(2027, 4, 15)
WEEK_BEFORE_END = dt.date(2027, 4, 8)


def _lec(session: DbSession) -> Cohort:
    cohort = session.scalar(select(Cohort).join(Program).where(Program.code == "LEC"))
    assert cohort is not None
    return cohort


def _fl(session: DbSession) -> Cohort:
    cohort = session.scalar(select(Cohort).join(Program).where(Program.code == "FL"))
    assert cohort is not None
    return cohort


def _on_track(session: DbSession, cohort_id: int, today: dt.date) -> list[int]:
    return [
        p.enrollment_id
        for p in list_participants(session, cohort_id, today=today)
        if p.eligibility is not None and p.eligibility.on_track
    ]


def test_mid_programme_nobody_is_eligible_and_the_plan_says_what_remains(
    demo_db: Database,
) -> None:
    with demo_db.read() as session:
        cohort = _lec(session)
        standings = {
            p.eligibility.standing
            for p in list_participants(session, cohort.id, today=MID)
            if p.eligibility is not None
        }
        plan = diploma_register.issue_plan(session, cohort.id, None, today=MID)
    assert Standing.ELIGIBLE not in standings and Standing.ON_TRACK in standings
    assert plan.ahead and plan.unusual
    assert [s.date for s in plan.sessions_left] == [
        dt.date(2027, 1, 21),
        dt.date(2027, 3, 11),
        LAST_SESSION,
    ]
    assert plan.issue_date == LAST_SESSION  # the closing session's day, not today
    assert plan.to_issue and all(c.standing == Standing.ON_TRACK for c in plan.to_issue)
    text = plan.ahead_text()
    assert "3 sessions left" in text and "Avslutning med diplomutdelning, 15 April 2027" in text
    assert "This is unusual" in text


def test_a_week_before_the_closing_session_is_ahead_but_not_unusual(demo_db: Database) -> None:
    with demo_db.read() as session:
        plan = diploma_register.issue_plan(session, _lec(session).id, None, today=WEEK_BEFORE_END)
    assert plan.ahead and not plan.unusual
    assert plan.remaining_text() == "1 session left: Avslutning med diplomutdelning, 15 April 2027"


def test_issuing_ahead_is_refused_without_the_deliberate_step(demo_db: Database) -> None:
    with demo_db.write() as session:
        cohort = _lec(session)
        ids = _on_track(session, cohort.id, MID)
        with pytest.raises(ValidationError, match="3 sessions left.*Nothing was issued"):
            diploma_register.issue_diplomas(session, cohort.id, ids, today=MID)
        assert diploma_listing.list_diplomas(session, cohort.id) == []


def test_issued_ahead_carries_the_ceremony_date_and_the_register_says_so(
    demo_db: Database,
) -> None:
    with demo_db.write() as session:
        cohort = _lec(session)
        ids = _on_track(session, cohort.id, MID)
        issued = diploma_register.issue_diplomas(
            session, cohort.id, ids, today=MID, before_end=True
        )
        pdf = diploma_listing.issued_pdf(session, issued[0].id)
    assert {d.issue_date for d in issued} == {LAST_SESSION}
    assert all(d.issued_before_end and "3 sessions left" in d.issued_before_end for d in issued)
    assert all(d.ineligible_reason is None for d in issued)  # on track: no reason needed
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "15 april 2027" in text and "7 december 2026" not in text


def test_once_the_programme_is_over_nothing_is_ahead(demo_db: Database) -> None:
    with demo_db.write() as session:
        fl = _fl(session)
        plan = diploma_register.issue_plan(session, fl.id, None, today=AFTER_DEMO)
        assert not plan.ahead and plan.issue_date == AFTER_DEMO
        assert all(c.standing == Standing.ELIGIBLE for c in plan.to_issue)
        issued = diploma_register.issue_diplomas(
            session, fl.id, [c.enrollment_id for c in plan.to_issue], today=AFTER_DEMO
        )
    assert issued and all(d.issued_before_end is None for d in issued)


def test_a_cohort_marked_completed_is_over_whatever_its_calendar_says(demo_db: Database) -> None:
    with demo_db.write() as session:
        cohort = _lec(session)
        cohort.status = CohortStatus.COMPLETED
        session.flush()
        plan = diploma_register.issue_plan(session, cohort.id, None, today=MID)
    assert not plan.ahead and plan.issue_date == MID
    assert all(c.standing == Standing.ELIGIBLE for c in plan.to_issue)


def test_not_meeting_the_rule_still_needs_a_reason(demo_db: Database) -> None:
    with demo_db.write() as session:
        cohort = _lec(session)
        behind = [
            p.enrollment_id
            for p in list_participants(session, cohort.id, today=MID)
            if p.eligibility is not None and p.eligibility.standing == Standing.NOT_ON_TRACK
        ]
        plan = diploma_register.issue_plan(session, cohort.id, behind[:1], today=MID)
        assert [c.enrollment_id for c in plan.not_meeting_rule] == behind[:1]
        with pytest.raises(ValidationError, match="Not eligible"):
            diploma_register.issue_diplomas(
                session, cohort.id, behind[:1], today=MID, before_end=True
            )


# Reissuing: a corrected spelling of the same person's name.


def _issued_fl(db: Database) -> diploma_listing.IssuedDiploma:
    with db.write() as session:
        fl = _fl(session)
        plan = diploma_register.issue_plan(session, fl.id, None, today=AFTER_DEMO)
        issued = diploma_register.issue_diplomas(
            session, fl.id, [c.enrollment_id for c in plan.to_issue], today=AFTER_DEMO
        )
    return next(d for d in issued if d.person_name == "Mikael Sjöberg")


def test_another_persons_name_is_refused_and_nothing_changes(demo_db: Database) -> None:
    old = _issued_fl(demo_db)
    with demo_db.write() as session:
        preview = diploma_issue.reissue_preview(session, old.id, "Emir Hodžić")
        assert not preview.plausible and preview.holder == "Mikael Sjöberg"
        assert preview.describe() == (
            f"{old.serial} is Mikael Sjöberg's diploma: “Mikael Sjöberg” → “Emir Hodžić”."
        )
        with pytest.raises(ValidationError, match="not a corrected spelling"):
            diploma_register.reissue_diploma(session, old.id, today=AFTER_DEMO, name="Emir Hodžić")
    with demo_db.read() as session:
        person = get_person(session, old.person_id)
        assert person.printed_name == "Mikael Sjöberg"
        row = session.get(Diploma, old.id)
        assert row is not None and row.revoked_at is None
        assert session.scalar(select(Diploma).where(Diploma.replaces_id == old.id)) is None


def test_a_corrected_spelling_is_reissued_with_the_old_date(demo_db: Database) -> None:
    old = _issued_fl(demo_db)
    later = AFTER_DEMO + dt.timedelta(days=40)
    with demo_db.write() as session:
        new = diploma_register.reissue_diploma(
            session, old.id, today=later, name="Mikael Sjöberg-Lind"
        )
    assert new.name_as_printed == "Mikael Sjöberg-Lind"
    assert new.issue_date == old.issue_date  # the same diploma, corrected
    assert new.replaces_id == old.id


def test_another_name_confirmed_is_reissued(demo_db: Database) -> None:
    old = _issued_fl(demo_db)
    with demo_db.write() as session:
        new = diploma_register.reissue_diploma(
            session, old.id, today=AFTER_DEMO, name="Mikael Lindqvist", other_name_confirmed=True
        )
    assert new.name_as_printed == "Mikael Lindqvist"


def test_an_empty_corrected_name_is_refused(demo_db: Database) -> None:
    old = _issued_fl(demo_db)
    with demo_db.write() as session, pytest.raises(ValidationError, match="cannot be empty"):
        diploma_register.reissue_diploma(session, old.id, today=AFTER_DEMO, name="  ")
