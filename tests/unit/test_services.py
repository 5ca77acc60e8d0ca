"""Services: validation, all-or-nothing writes, participant lists, demo, deletion."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain import AttendanceStatus, CohortStatus, EnrollmentStatus, Role
from app.errors import NotFoundError, ValidationError
from app.models import Attendance, Diploma
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
from app.services.cohorts import CohortFields
from app.services.people import PersonFields
from app.services.programs import ProgramFields
from app.services.sessions import SessionFields
from tests.conftest import AFTER_DEMO


def _cohort(db: Database, **rule: object) -> tuple[int, list[int], list[int]]:
    """A programme, a cohort with three sessions and two participants."""
    with db.write() as s:
        program = programs.create_program(
            s,
            ProgramFields(name="Framtidens ledare", code="fl", rule=CompletionRule(**rule)),  # type: ignore[arg-type]
        )
        cohort = cohorts.create_cohort(
            s,
            program.id,
            CohortFields(
                name="Omgång 1",
                start_date=dt.date(2026, 1, 1),
                end_date=dt.date(2026, 6, 1),
            ),
        )
        session_ids = [
            sessions.create_session(
                s,
                cohort.id,
                SessionFields(
                    title=f"Träff {i}",
                    date=dt.date(2026, i, 10),
                    mandatory=i == 1,
                ),
            ).id
            for i in (1, 2, 3)
        ]
        person_ids = []
        for first, last in (("Åsa", "Öberg"), ("Per", "Ek")):
            person = people.create_person(
                s, PersonFields(first_name=first, last_name=last, organization="Alingsås kommun")
            )
            enrollments.enroll(s, cohort_id=cohort.id, person_id=person.id)
            person_ids.append(person.id)
    return cohort.id, session_ids, person_ids


def test_program_validation_and_edit(db: Database) -> None:
    with db.write() as s:
        assert (
            programs.create_program(
                s, ProgramFields(name="  Framtidens\u00a0ledare ", code="fl")
            ).code
            == "FL"
        )
        with pytest.raises(ValidationError, match="already a programme"):
            programs.create_program(s, ProgramFields(name="Framtidens ledare", code="FL2"))
        with pytest.raises(ValidationError, match="already in use"):
            programs.create_program(s, ProgramFields(name="Other", code="FL"))
        with pytest.raises(ValidationError, match="code"):
            programs.create_program(s, ProgramFields(name="Third", code="F-L"))
        with pytest.raises(ValidationError, match="between 0 and 100"):
            programs.create_program(
                s,
                ProgramFields(
                    name="Fourth", code="X", rule=CompletionRule(min_attendance_percent=120)
                ),
            )


def test_program_edit(db: Database) -> None:
    with db.write() as s:
        programs.create_program(s, ProgramFields(name="Framtidens ledare", code="FL"))
        other = programs.create_program(s, ProgramFields(name="Ledarskap", code="LED"))
        renamed = programs.update_program(
            s, other.id, replace(programs.fields_of(other), name="Ledarskap 2.0", code="led2")
        )
        assert (renamed.name, renamed.code) == ("Ledarskap 2.0", "LED2")
        with pytest.raises(ValidationError, match="already a programme"):
            programs.update_program(
                s, other.id, replace(programs.fields_of(renamed), name="framtidens LEDARE")
            )
        # saving a programme unchanged is not a clash with itself
        assert programs.update_program(s, other.id, programs.fields_of(renamed)) == renamed


def test_cohort_validation_and_rule_defaults_from_programme(db: Database) -> None:
    with db.write() as s:
        program = programs.create_program(
            s, ProgramFields(name="P", code="P", rule=CompletionRule(min_attendance_percent=60))
        )
        with pytest.raises(ValidationError, match="end before it starts"):
            cohorts.create_cohort(
                s,
                program.id,
                CohortFields(
                    name="C",
                    start_date=dt.date(2026, 5, 1),
                    end_date=dt.date(2026, 4, 1),
                ),
            )
        with pytest.raises(ValidationError, match="positive"):
            cohorts.create_cohort(s, program.id, CohortFields(name="C", capacity=0))
        with pytest.raises(ValidationError, match="VAT"):
            cohorts.create_cohort(s, program.id, CohortFields(name="C", vat_basis_points=12000))
        cohort = cohorts.create_cohort(s, program.id, CohortFields(name="C", fee_minor=1250050))
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
                cohort_id,
                SessionFields(
                    title="T",
                    date=dt.date(2026, 10, 4),
                    start_time=dt.time(13),
                    end_time=dt.time(9),
                ),
            )
        residential = sessions.create_session(
            s,
            cohort_id,
            SessionFields(
                title="Internat",
                date=dt.date(2026, 10, 4),
                end_date=dt.date(2026, 10, 5),
                start_time=dt.time(13),
                end_time=dt.time(12),
                minutes=600,
            ),
        )
    with db.read() as s:
        stored = sessions.get_session(s, residential.id)
    assert stored.date == dt.date(2026, 10, 4)  # 4 October stays 4 October
    assert stored.end_date == dt.date(2026, 10, 5) and float(stored.hours or 0) == 10
    with db.write() as s:
        with pytest.raises(ValidationError, match="https://"):
            sessions.update_session(
                s, residential.id, replace(sessions.fields_of(stored), online_url="zoom.us/j/1")
            )
        moved = sessions.update_session(
            s,
            residential.id,
            replace(
                sessions.fields_of(stored),
                date=dt.date(2026, 10, 11),
                end_date=dt.date(2026, 10, 12),
                venue=" Hindås ",
            ),
        )
        assert (moved.date, moved.end_date, moved.venue) == (
            dt.date(2026, 10, 11),
            dt.date(2026, 10, 12),
            "Hindås",
        )
        copy = sessions.duplicate_session(s, residential.id, dt.date(2027, 2, 1))
        assert (copy.date, copy.end_date, copy.title) == (
            dt.date(2027, 2, 1),
            dt.date(2027, 2, 2),
            "Internat",
        )


def test_series_every_four_weeks(db: Database) -> None:
    cohort_id, _, _ = _cohort(db)
    with db.write() as s:
        series = sessions.create_series(
            s,
            cohort_id,
            SessionFields(
                title="Nätverksträff",
                date=dt.date(2026, 9, 2),
                start_time=dt.time(9),
                end_time=dt.time(12),
            ),
            count=6,
            every_days=28,
        )
        with pytest.raises(ValidationError, match="between 1 and 100"):
            sessions.create_series(
                s,
                cohort_id,
                SessionFields(title="x", date=dt.date(2026, 1, 1)),
                count=0,
                every_days=7,
            )
    assert [x.title for x in series] == [f"Nätverksträff {i}" for i in range(1, 7)]
    assert [x.date for x in series] == [
        dt.date(2026, 9, 2) + dt.timedelta(28 * i) for i in range(6)
    ]
    assert {x.date.weekday() for x in series} == {2}  # all on Wednesdays


def test_sessions_with_attendance_cannot_be_deleted(db: Database) -> None:
    cohort_id, session_ids, person_ids = _cohort(db)
    with db.write() as s:
        attendance.mark_attendance(
            s, session_id=session_ids[0], person_ids=person_ids[:1], status=AttendanceStatus.PRESENT
        )
        with pytest.raises(ValidationError, match="cancelled instead"):
            sessions.delete_session(s, session_ids[0])
        sessions.delete_session(s, session_ids[1])
        assert [x.id for x in sessions.list_sessions(s, cohort_id)] == [
            session_ids[0],
            session_ids[2],
        ]


def test_a_session_with_an_evaluation_is_not_deleted(db: Database) -> None:
    from app.models import Evaluation

    cohort_id, session_ids, _ = _cohort(db)
    with db.write() as s:
        s.add(Evaluation(cohort_id=cohort_id, session_id=session_ids[1], title="Träff 2"))
        s.flush()
        with pytest.raises(ValidationError, match="1 course evaluation; delete the evaluation"):
            sessions.delete_session(s, session_ids[1])
        assert len(sessions.list_sessions(s, cohort_id)) == len(session_ids)


def test_duplicate_cohort_shifts_the_sessions(db: Database) -> None:
    cohort_id, _, _ = _cohort(db)
    with db.write() as s:
        original = cohorts.get_cohort(s, cohort_id)
        # one year later, on the same weekday: 364 days
        new_start = original.start_date + dt.timedelta(days=364)  # type: ignore[operator]
        copy = cohorts.duplicate_cohort(s, cohort_id, name="Omgång 2", start_date=new_start)
        old_sessions = sessions.list_sessions(s, cohort_id)
        new_sessions = sessions.list_sessions(s, copy.id)
        with pytest.raises(ValidationError, match="already has a cohort"):
            cohorts.duplicate_cohort(s, cohort_id, name="omgång 2", start_date=new_start)
    assert copy.status.value == "planning" and copy.participant_count == 0
    assert copy.end_date == original.end_date + dt.timedelta(days=364)  # type: ignore[operator]
    assert [(x.title, x.date.weekday(), x.mandatory) for x in new_sessions] == [
        (x.title, x.date.weekday(), x.mandatory) for x in old_sessions
    ]
    assert all(
        n.date - o.date == dt.timedelta(days=364)
        for n, o in zip(new_sessions, old_sessions, strict=True)
    )


def test_cohort_edit_and_status(db: Database) -> None:
    cohort_id, _, _ = _cohort(db)
    with db.write() as s:
        info = cohorts.get_cohort(s, cohort_id)
        edited = cohorts.update_cohort(
            s,
            cohort_id,
            replace(
                cohorts.fields_of(info),
                name="Omgång 1 (hösten)",
                status=CohortStatus.RUNNING,
                capacity=20,
            ),
        )
        assert (edited.name, edited.status, edited.capacity) == (
            "Omgång 1 (hösten)",
            CohortStatus.RUNNING,
            20,
        )
        with pytest.raises(ValidationError, match="end before it starts"):
            cohorts.update_cohort(
                s, cohort_id, replace(cohorts.fields_of(edited), end_date=dt.date(2025, 1, 1))
            )


def test_names_are_cleaned_and_nfc_normalized(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa")
    with db.write() as s:
        person = people.create_person(
            s,
            PersonFields(
                first_name=f" {decomposed}\u00a0",
                last_name="Öberg",
                email=" Asa.Oberg@Alingsas.se ",
            ),
        )
        with pytest.raises(ValidationError, match="not a valid e-mail"):
            people.create_person(s, PersonFields(first_name="A", last_name="B", email="asa@"))
        with pytest.raises(ValidationError, match="name"):
            people.create_person(s, PersonFields(first_name=" ", last_name="\u00a0"))
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
        mentor = people.create_person(s, PersonFields(first_name="Karin", last_name="Håkansson"))
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
    assert first.cohort_ids == again.cohort_ids and len(first.cohort_ids) == 4
    with db.read() as s:
        found = cohorts.list_cohorts(s)
        fl = next(c for c in found if c.program_code == "FL" and c.name.startswith("Omgång 3"))
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
                record_sha256="0" * 64,
            )
        )
    with demo_db.read() as s:
        impact = deletion.person_impact(s, row.person.id)
        cohort_impact = deletion.cohort_impact(s, fl.id)
    assert impact.diplomas == 1
    with pytest.raises(ValidationError, match="archive the person instead"), demo_db.write() as s:
        deletion.delete_person(s, row.person.id, confirmed=impact)
    with pytest.raises(ValidationError, match="archive the cohort instead"), demo_db.write() as s:
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
        assert {c.program_code for c in cohorts.list_cohorts(s)} == {"FL"}


def test_archiving_hides_but_keeps(demo_db: Database) -> None:
    with demo_db.write() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        cohorts.archive_cohort(s, lec.id)
    with demo_db.read() as s:
        assert {c.program_code for c in cohorts.list_cohorts(s)} == {"FL"}
        assert len(cohorts.list_cohorts(s, include_archived=True)) == 4
        assert len(sessions.list_sessions(s, lec.id)) == 6


def test_edit_person_and_search_alumni(demo_db: Database) -> None:
    with demo_db.write() as s:
        found = people.search_people(s, "åsa öberg")
        assert [m.person.last_name for m in found] == ["Öberg-Jäätteenmäki"]
        assert found[0].cohorts == ("Omgång 3, 2025/2026",)
        edited = people.update_person(
            s,
            found[0].person.id,
            replace(
                people.fields_of(found[0].person),
                job_title="Avdelningschef",
                organization="alingsås KOMMUN",
            ),
        )
        assert edited.job_title == "Avdelningschef"
        assert edited.organization == "Alingsås kommun"  # matched, not a new organization
        assert len(people.search_people(s, "borås")) == 3  # by organization
        assert people.search_people(s, "%") == []  # wildcards are text, not patterns
        with pytest.raises(ValidationError, match="valid e-mail"):
            people.update_person(s, edited.id, replace(people.fields_of(edited), email="x@y"))


def test_probable_duplicates_and_merge_keep_all_history(demo_db: Database) -> None:
    from app.services import duplicates

    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        original = people.search_people(s, "Johan Ekström")[0].person
        # the same man typed in again for the next programme, e-mail in capitals
        twin = people.create_person(
            s,
            PersonFields(
                first_name="Johan",
                last_name="Ekström",
                email=original.email.upper(),
                name_as_printed="Johan K. Ekström",
            ),  # type: ignore[union-attr]
        )
        enrollments.enroll(s, cohort_id=lec.id, person_id=twin.id)
        lec_session = sessions.list_sessions(s, lec.id)[0]
        attendance.mark_attendance(
            s, session_id=lec_session.id, person_ids=[twin.id], status=AttendanceStatus.PRESENT
        )
        found = duplicates.probable_duplicates(s, lec.id)
        assert [(p.first.id, p.second.id, p.reason) for p in found] == [
            (original.id, twin.id, duplicates.DuplicateReason.SAME_EMAIL)
        ]
        assert duplicates.probable_duplicates(s, fl.id)  # seen from either cohort
        merged = duplicates.merge_people(s, original.id, twin.id)
        assert merged.name_as_printed == "Johan K. Ekström"  # filled from the duplicate
        assert merged.phone == original.phone  # the kept person's own data wins
        assert duplicates.probable_duplicates(s) == []
        rows = {c.id: enrollments.list_participants(s, c.id, today=AFTER_DEMO) for c in (fl, lec)}
    assert [p.person.id for p in rows[lec.id] if p.person.last_name == "Ekström"] == [original.id]
    assert [p.person.id for p in rows[fl.id] if p.person.last_name == "Ekström"] == [original.id]
    lec_row = next(p for p in rows[lec.id] if p.person.id == original.id)
    assert lec_row.eligibility is not None and lec_row.eligibility.attended == 1


def test_merging_two_enrollments_in_one_cohort(demo_db: Database) -> None:
    from app.services import duplicates

    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        fl_sessions = sessions.list_sessions(s, fl.id)
        keep = people.search_people(s, "Strömbäck")[0].person  # missed sessions 3 and 4
        twin = people.create_person(
            s,
            PersonFields(first_name="Göran", last_name="Strömbäck", organization="Alingsås kommun"),
        )
        enrollments.enroll(s, cohort_id=fl.id, person_id=twin.id)
        # the twin's row holds the marks that were recorded on the wrong person
        for x in fl_sessions[1:4]:
            attendance.mark_attendance(
                s, session_id=x.id, person_ids=[twin.id], status=AttendanceStatus.PRESENT
            )
        pairs = duplicates.probable_duplicates(s, fl.id)
        assert [p.reason for p in pairs] == [duplicates.DuplicateReason.SAME_NAME_AND_ORGANIZATION]
        duplicates.merge_people(s, keep.id, twin.id)
        row = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.person.last_name == "Strömbäck"
        )
        # his own marks win where both had one (session 2 present, 3 and 4 absent stay absent)
        assert row.eligibility is not None and row.eligibility.attended == 3
        with pytest.raises(ValidationError, match="two different"):
            duplicates.merge_people(s, keep.id, keep.id)


def test_overview_counts_next_session_and_todos(demo_db: Database) -> None:
    from app.services.overview import TodoKind, cohort_overview

    with demo_db.read() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        view = cohort_overview(s, lec.id, today=dt.date(2026, 11, 22))
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        fl_view = cohort_overview(s, fl.id, today=AFTER_DEMO)
    assert view.next_session is not None and view.next_session.date == dt.date(2027, 1, 21)
    assert view.sessions_held == 3
    assert view.participants_by_status == {EnrollmentStatus.ENROLLED: 12}
    assert view.people_by_role == {Role.PARTICIPANT: 12, Role.FACILITATOR: 1}
    assert TodoKind.NO_MENTOR not in {t.kind for t in view.todos}  # this cohort has no mentors
    assert fl_view.next_session is None and fl_view.sessions_held == 5
    assert fl_view.participants_by_status[EnrollmentStatus.WITHDRAWN] == 1
    assert fl_view.judged == 14 and 0 < fl_view.meets_rule < 14 and fl_view.programme_done
    assert not view.programme_done  # the cross-municipal programme has sessions to come
    with demo_db.write() as s:
        asa = people.search_people(s, "Åsa Öberg")[0].person
        enrollment = enrollments.enrollment_for_person(s, fl.id, asa.id)
        enrollments.set_mentor(s, enrollment.id, None)
        todos = {t.kind: t for t in cohort_overview(s, fl.id, today=AFTER_DEMO).todos}
    assert todos[TodoKind.NO_MENTOR].examples == ("Åsa Öberg-Jäätteenmäki",)


def test_same_name_without_organization_is_a_probable_duplicate(db: Database) -> None:
    from app.services import duplicates

    with db.write() as s:
        a = people.create_person(s, PersonFields("Per", "Holm"))
        b = people.create_person(s, PersonFields("per", "HOLM"))
        people.create_person(s, PersonFields("Per", "Holm", organization="Lerums kommun"))
        pairs = duplicates.probable_duplicates(s)
    assert [(p.first.id, p.second.id) for p in pairs] == [(a.id, b.id)]


def test_merge_is_refused_when_both_hold_a_diploma_in_one_cohort(demo_db: Database) -> None:
    from app.services import duplicates

    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        keep = people.search_people(s, "Johan Ekström")[0].person
        twin = people.create_person(
            s, PersonFields("Johan", "Ekström", organization="Alingsås kommun")
        )
        twin_enrollment = enrollments.enroll(s, cohort_id=fl.id, person_id=twin.id)
        kept_enrollment = enrollments.enrollment_for_person(s, fl.id, keep.id).id
        for number, enrollment_id in enumerate((kept_enrollment, twin_enrollment), start=1):
            s.add(
                Diploma(
                    enrollment_id=enrollment_id,
                    serial=f"FL-2026-90{number}",
                    verification_code=f"AAAA-BBB{number}",
                    name_as_printed="Johan Ekström",
                    issue_date=dt.date(2026, 3, 19),
                    template="classic",
                    record_sha256="0" * 64,
                )
            )
    with pytest.raises(ValidationError, match="revoke one"), demo_db.write() as s:
        duplicates.merge_people(s, keep.id, twin.id)
    with demo_db.read() as s:
        assert people.get_person(s, twin.id).last_name == "Ekström"  # nothing was merged


def test_merge_when_one_mentors_the_other(demo_db: Database) -> None:
    from app.services import duplicates

    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        mentee = people.search_people(s, "Petter Lindgren")[0].person
        mentor = people.create_person(
            s, PersonFields("Petter", "Lindgren", organization="Alingsås kommun")
        )
        mentor_enrollment = enrollments.enroll(
            s, cohort_id=fl.id, person_id=mentor.id, role=Role.MENTOR
        )
        enrollments.set_mentor(
            s, enrollments.enrollment_for_person(s, fl.id, mentee.id).id, mentor_enrollment
        )
        duplicates.merge_people(s, mentee.id, mentor.id)
        row = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.person.id == mentee.id
        )
    assert row.mentor_enrollment_id is None  # never one's own mentor


def test_a_person_needs_a_last_name_unless_they_go_by_a_single_name(db: Database) -> None:
    with db.write() as s:
        with pytest.raises(ValidationError, match="Zeynep has no last name"):
            people.create_person(s, PersonFields("Zeynep", " "))
        single = people.create_person(s, PersonFields("Zeynep", "", single_name=True))
        assert single.single_name and single.last_name == ""
        # editing something else of a single-name person keeps working (the CLI's reissue)
        fields = replace(people.fields_of(single), phone="070-111 22 33")
        assert people.update_person(s, single.id, fields).phone == "070-111 22 33"
        named = people.create_person(s, PersonFields("Per", "Ek"))
        with pytest.raises(ValidationError, match="no last name"):
            people.update_person(s, named.id, replace(people.fields_of(named), last_name=""))
