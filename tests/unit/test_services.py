"""Services: validation, all-or-nothing writes, participant lists, demo, deletion."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Attendance, AttendanceStatus, Diploma, EnrollmentStatus, Role
from app.rules import CompletionRule, Shortfall
from app.services import (
    attendance,
    cohorts,
    deletion,
    demo,
    enrollments,
    people,
    programs,
    sessions,
)
from tests.conftest import AFTER_DEMO


def _cohort(db: Database, **rule: object) -> tuple[int, list[int], list[int]]:
    """A programme, a cohort with three sessions and two participants."""
    with db.write() as s:
        program = programs.create_program(
            s,
            name="Framtidens ledare",
            code="fl",
            rule=CompletionRule(**rule),  # type: ignore[arg-type]
        )
        cohort = cohorts.create_cohort(
            s,
            program_id=program.id,
            name="Omgång 1",
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2026, 6, 1),
        )
        session_ids = [
            sessions.create_session(
                s,
                cohort_id=cohort.id,
                title=f"Träff {i}",
                date=dt.date(2026, i, 10),
                mandatory=i == 1,
            ).id
            for i in (1, 2, 3)
        ]
        person_ids = []
        for first, last in (("Åsa", "Öberg"), ("Per", "Ek")):
            person = people.create_person(
                s, first_name=first, last_name=last, organization="Alingsås kommun"
            )
            enrollments.enroll(s, cohort_id=cohort.id, person_id=person.id)
            person_ids.append(person.id)
    return cohort.id, session_ids, person_ids


def test_program_validation(db: Database) -> None:
    with db.write() as s:
        assert programs.create_program(s, name="  Framtidens\u00a0ledare ", code="fl").code == "FL"
        with pytest.raises(ValidationError, match="already a programme"):
            programs.create_program(s, name="Framtidens ledare", code="FL2")
        with pytest.raises(ValidationError, match="already in use"):
            programs.create_program(s, name="Other", code="FL")
        with pytest.raises(ValidationError, match="code"):
            programs.create_program(s, name="Third", code="F-L")
        with pytest.raises(ValidationError, match="between 0 and 100"):
            programs.create_program(
                s, name="Fourth", code="X", rule=CompletionRule(min_attendance_percent=120)
            )


def test_cohort_validation_and_rule_defaults_from_programme(db: Database) -> None:
    with db.write() as s:
        program = programs.create_program(
            s, name="P", code="P", rule=CompletionRule(min_attendance_percent=60)
        )
        with pytest.raises(ValidationError, match="end before it starts"):
            cohorts.create_cohort(
                s,
                program_id=program.id,
                name="C",
                start_date=dt.date(2026, 5, 1),
                end_date=dt.date(2026, 4, 1),
            )
        with pytest.raises(ValidationError, match="positive"):
            cohorts.create_cohort(s, program_id=program.id, name="C", capacity=0)
        with pytest.raises(ValidationError, match="VAT"):
            cohorts.create_cohort(s, program_id=program.id, name="C", vat_basis_points=12000)
        cohort = cohorts.create_cohort(s, program_id=program.id, name="C", fee_minor=1250050)
        assert cohort.rule.min_attendance_percent == 60
        assert cohort.fee_minor == 1250050 and cohort.vat_basis_points == 2500
        with pytest.raises(NotFoundError):
            cohorts.get_cohort(s, 999)


def test_session_validation_and_local_dates(db: Database) -> None:
    cohort_id, _, _ = _cohort(db)
    with db.write() as s:
        with pytest.raises(ValidationError, match="end after it starts"):
            sessions.create_session(
                s,
                cohort_id=cohort_id,
                title="T",
                date=dt.date(2026, 10, 4),
                start_time=dt.time(13),
                end_time=dt.time(9),
            )
        residential = sessions.create_session(
            s,
            cohort_id=cohort_id,
            title="Internat",
            date=dt.date(2026, 10, 4),
            end_date=dt.date(2026, 10, 5),
            start_time=dt.time(13),
            end_time=dt.time(12),
            minutes=600,
        )
    with db.read() as s:
        stored = sessions.get_session(s, residential.id)
    assert stored.date == dt.date(2026, 10, 4)  # 4 October stays 4 October
    assert stored.end_date == dt.date(2026, 10, 5) and float(stored.hours or 0) == 10


def test_names_are_cleaned_and_nfc_normalized(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa")
    with db.write() as s:
        person = people.create_person(
            s, first_name=f" {decomposed}\u00a0", last_name="Öberg", email=" Asa.Oberg@Alingsas.se "
        )
        with pytest.raises(ValidationError, match="not a valid e-mail"):
            people.create_person(s, first_name="A", last_name="B", email="asa@")
        with pytest.raises(ValidationError, match="name"):
            people.create_person(s, first_name=" ", last_name="\u00a0")
    assert person.first_name == "Åsa" and len(person.first_name) == 3
    with db.read() as s:
        assert [p.id for p in people.find_people_by_email(s, "asa.oberg@alingsas.se")] == [
            person.id
        ]


def test_enroll_twice_is_refused(db: Database) -> None:
    cohort_id, _, person_ids = _cohort(db)
    with db.write() as s, pytest.raises(ValidationError, match="already in this cohort"):
        enrollments.enroll(s, cohort_id=cohort_id, person_id=person_ids[0])


def test_marking_is_all_or_nothing(db: Database) -> None:
    cohort_id, session_ids, person_ids = _cohort(db)
    with pytest.raises(ValidationError, match="nothing was marked"), db.write() as s:
        attendance.mark_attendance(
            s,
            session_id=session_ids[0],
            person_ids=[person_ids[0], 9999],
            status=AttendanceStatus.PRESENT,
        )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
    with db.write() as s:
        assert (
            attendance.mark_attendance(
                s, session_id=session_ids[0], person_ids=person_ids, status=AttendanceStatus.PRESENT
            )
            == 2
        )
        # marking again changes the mark, it never adds a second one
        attendance.mark_attendance(
            s,
            session_id=session_ids[0],
            person_ids=[person_ids[0]],
            status=AttendanceStatus.LATE,
            note="Tåget var sent",
        )
    with db.read() as s:
        rows = s.scalars(select(Attendance).order_by(Attendance.id)).all()
        assert [(r.status, r.note) for r in rows] == [
            (AttendanceStatus.LATE, "Tåget var sent"),
            (AttendanceStatus.PRESENT, None),
        ]


def test_participant_list_computes_eligibility_with_the_cohort_rule(db: Database) -> None:
    cohort_id, session_ids, (asa, per) = _cohort(db, min_attendance_percent=60)
    with db.write() as s:
        for sid in session_ids[:2]:
            attendance.mark_attendance(
                s, session_id=sid, person_ids=[asa, per], status=AttendanceStatus.PRESENT
            )
        attendance.mark_attendance(
            s, session_id=session_ids[0], person_ids=[per], status=AttendanceStatus.ABSENT
        )
    with db.read() as s:
        listed = enrollments.list_participants(s, cohort_id, today=dt.date(2026, 12, 31))
        early = enrollments.list_participants(s, cohort_id, today=dt.date(2026, 2, 15))
    by_name = {p.person.first_name: p for p in listed}
    assert [p.person.last_name for p in listed] == ["Ek", "Öberg"]  # surname, Swedish order
    assert by_name["Åsa"].eligibility is not None
    assert (by_name["Åsa"].eligibility.attended, by_name["Åsa"].eligibility.held) == (2, 3)
    assert by_name["Åsa"].eligibility.eligible  # 2 of 3 = 67 % >= 60 %, mandatory attended
    per_result = by_name["Per"].eligibility
    assert per_result is not None and not per_result.eligible
    assert set(per_result.shortfalls) == {
        Shortfall.ATTENDANCE_BELOW_MINIMUM,
        Shortfall.MISSED_MANDATORY,
    }
    assert {p.person.first_name: p.eligibility.held for p in early if p.eligibility} == {
        "Åsa": 2,
        "Per": 2,
    }


def test_override_needs_a_reason_and_is_shown(db: Database) -> None:
    cohort_id, _, (asa, _per) = _cohort(db)
    with db.write() as s:
        enrollment = enrollments.enrollment_for_person(s, cohort_id, asa)
        with pytest.raises(ValidationError, match="reason"):
            enrollments.set_override(s, enrollment.id, True, "  ")
        enrollments.set_override(s, enrollment.id, True, "Gjorde en kompletteringsuppgift")
    with db.read() as s:
        asa_row = next(
            p
            for p in enrollments.list_participants(s, cohort_id, today=dt.date(2026, 12, 1))
            if p.person.id == asa
        )
    assert asa_row.eligibility is not None and asa_row.eligibility.eligible
    assert asa_row.eligibility.override is not None
    assert asa_row.eligibility.override.reason == "Gjorde en kompletteringsuppgift"


def test_withdrawn_and_mentors_are_not_judged(db: Database) -> None:
    cohort_id, _, (asa, _per) = _cohort(db)
    with db.write() as s:
        mentor = people.create_person(s, first_name="Karin", last_name="Håkansson")
        mentor_enrollment = enrollments.enroll(
            s, cohort_id=cohort_id, person_id=mentor.id, role=Role.MENTOR
        )
        asa_enrollment = enrollments.enrollment_for_person(s, cohort_id, asa).id
        enrollments.set_mentor(s, asa_enrollment, mentor_enrollment)
        enrollments.set_status(s, asa_enrollment, EnrollmentStatus.WITHDRAWN)
        with pytest.raises(ValidationError, match="mentor"):
            enrollments.set_mentor(s, mentor_enrollment, asa_enrollment)
    with db.read() as s:
        rows = {
            p.person.first_name: p
            for p in enrollments.list_participants(s, cohort_id, today=dt.date(2026, 12, 1))
        }
    assert rows["Karin"].eligibility is None and rows["Åsa"].eligibility is None
    assert rows["Åsa"].mentor_name == "Karin Håkansson"
    assert rows["Åsa"].status == EnrollmentStatus.WITHDRAWN


def test_demo_is_idempotent_and_shaped_like_our_programmes(db: Database) -> None:
    with db.write() as s:
        first = demo.create_demo(s)
    with db.write() as s:
        again = demo.create_demo(s)
    assert first.created and not again.created
    assert first.cohort_ids == again.cohort_ids and len(first.cohort_ids) == 2
    with db.read() as s:
        found = cohorts.list_cohorts(s)
        fl = next(c for c in found if c.program_code == "FL")
        fl_sessions = sessions.list_sessions(s, fl.id)
        fl_people = enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
    assert len(fl_sessions) == 5 and any(x.end_date for x in fl_sessions)  # a residential one
    participants = [p for p in fl_people if p.role == Role.PARTICIPANT]
    assert 12 <= len(participants) <= 16
    assert sum(p.role == Role.MENTOR for p in fl_people) == 3
    judged = [p.eligibility for p in participants if p.eligibility]
    assert any(e.eligible for e in judged) and any(not e.eligible for e in judged)
    assert any(e.override for e in judged)
    assert any(p.has_action_plan for p in participants)
    names = " ".join(p.person.full_name for p in fl_people)
    assert all(ch in names for ch in "åäöÅÖ")
    assert max(len(p.person.printed_name) for p in fl_people) >= 45


def test_deleting_asks_for_confirmation_of_what_goes(demo_db: Database) -> None:
    with demo_db.read() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        someone = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.has_action_plan
        )
        impact = deletion.person_impact(s, someone.person.id)
    assert impact.enrollments == 1 and impact.attendance_marks >= 1 and impact.action_plans == 1
    stale = deletion.DeletionImpact(1, 0, 0, 0)
    with pytest.raises(ValidationError, match="confirm again"), demo_db.write() as s:
        deletion.delete_person(s, someone.person.id, confirmed=stale)
    with demo_db.write() as s:
        deletion.delete_person(s, someone.person.id, confirmed=impact)
    with demo_db.read() as s, pytest.raises(NotFoundError):
        people.get_person(s, someone.person.id)


def test_people_with_issued_diplomas_cannot_be_deleted(demo_db: Database) -> None:
    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        row = enrollments.list_participants(s, fl.id, today=AFTER_DEMO)[0]
        s.add(
            Diploma(
                enrollment_id=row.enrollment_id,
                serial="FL-2026-001",
                verification_code="ABCD-EFGH",
                name_as_printed=row.person.printed_name,
                issue_date=dt.date(2026, 3, 19),
                template="classic",
                pdf=b"%PDF-1.7",
                pdf_sha256="0" * 64,
            )
        )
    with demo_db.read() as s:
        impact = deletion.person_impact(s, row.person.id)
        cohort_impact = deletion.cohort_impact(s, fl.id)
    assert impact.diplomas == 1
    with pytest.raises(ValidationError, match="archive it instead"), demo_db.write() as s:
        deletion.delete_person(s, row.person.id, confirmed=impact)
    with pytest.raises(ValidationError, match="archive it instead"), demo_db.write() as s:
        deletion.delete_cohort(s, fl.id, confirmed=cohort_impact)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Diploma)) == 1


def test_deleting_a_cohort_removes_its_dependants_explicitly(demo_db: Database) -> None:
    with demo_db.read() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        impact = deletion.cohort_impact(s, lec.id)
    assert impact.sessions == 6 and impact.attendance_marks > 0
    with demo_db.write() as s:
        deletion.delete_cohort(s, lec.id, confirmed=impact)
    with demo_db.read() as s:
        assert [c.program_code for c in cohorts.list_cohorts(s)] == ["FL"]


def test_archiving_hides_but_keeps(demo_db: Database) -> None:
    with demo_db.write() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        cohorts.archive_cohort(s, lec.id)
    with demo_db.read() as s:
        assert [c.program_code for c in cohorts.list_cohorts(s)] == ["FL"]
        assert len(cohorts.list_cohorts(s, include_archived=True)) == 2
        assert len(sessions.list_sessions(s, lec.id)) == 6
