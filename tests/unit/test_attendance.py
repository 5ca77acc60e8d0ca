"""Attendance service: grid edits, the grid, the report and the summary."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain import AttendanceStatus, Language
from app.errors import ValidationError
from app.models import Attendance, Session
from app.services import attendance, cohorts
from app.services.attendance import Mark, MarkChange
from app.services.attendance_report import export_attendance, summarize
from app.services.grid import attendance_grid
from tests.conftest import AFTER_DEMO


def _fl(db: Database) -> int:
    with db.read() as s:
        return next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")


def test_grid_has_judged_participants_sessions_and_marks(demo_db: Database) -> None:
    with demo_db.read() as s:
        grid = attendance_grid(s, _fl(demo_db), today=AFTER_DEMO)
    names = [p.person.last_name for p in grid.participants]
    assert len(names) == 14 and "Fredriksson" not in names  # withdrawn is not on the grid
    assert names[-2:] == ["Åkerlund", "Öberg-Jäätteenmäki"]
    assert len(grid.sessions) == 5
    on_grid = [(p.enrollment_id, x.id) for p in grid.participants for x in grid.sessions]
    assert all(key in grid.marks for key in on_grid)  # the demo recorded every session
    assert len(grid.marks) == len(on_grid) + 2  # and the withdrawn one's first two


def test_set_marks_sets_changes_and_clears_all_or_nothing(demo_db: Database) -> None:
    cohort_id = _fl(demo_db)
    with demo_db.read() as s:
        grid = attendance_grid(s, cohort_id, today=AFTER_DEMO)
        lec = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        other = attendance_grid(s, lec, today=AFTER_DEMO)
    first, second = grid.participants[:2]
    s1, s2 = grid.sessions[:2]
    with demo_db.write() as s:
        attendance.set_marks(
            s,
            [
                MarkChange(first.enrollment_id, s1.id, Mark(AttendanceStatus.LATE, " Tåget ")),
                MarkChange(second.enrollment_id, s1.id, None),
            ],
        )
    with demo_db.read() as s:
        marks = attendance.cohort_marks(s, cohort_id)
    assert marks[(first.enrollment_id, s1.id)] == Mark(AttendanceStatus.LATE, "Tåget")
    assert (second.enrollment_id, s1.id) not in marks
    # a change that mixes cohorts is refused whole
    with pytest.raises(ValidationError, match="nothing was marked"), demo_db.write() as s:
        attendance.set_marks(
            s,
            [
                MarkChange(first.enrollment_id, s2.id, Mark(AttendanceStatus.ABSENT)),
                MarkChange(
                    other.participants[0].enrollment_id, s2.id, Mark(AttendanceStatus.ABSENT)
                ),
            ],
        )
    with demo_db.read() as s:
        assert attendance.cohort_marks(s, cohort_id)[(first.enrollment_id, s2.id)].status == (
            AttendanceStatus.PRESENT
        )
        # nothing else changed in the two cohorts (the demo's earlier cohorts have marks too)
        stored = (
            select(func.count())
            .select_from(Attendance)
            .join(Session, Session.id == Attendance.session_id)
            .where(Session.cohort_id.in_([cohort_id, lec]))
        )
        assert s.scalar(stored) == len(marks) + len(other.marks)


def test_grid_eligibility_follows_edited_marks(demo_db: Database) -> None:
    with demo_db.read() as s:
        grid = attendance_grid(s, _fl(demo_db), today=AFTER_DEMO)
    strom = next(p for p in grid.participants if p.person.last_name == "Strömbäck")
    assert not grid.eligibility(strom).eligible
    edited = dict(grid.marks)
    for session in grid.sessions:
        edited[(strom.enrollment_id, session.id)] = Mark(AttendanceStatus.PRESENT)
    assert grid.eligibility(strom, edited).eligible


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_attendance_report(demo_db: Database, tmp_path: Path, suffix: str) -> None:
    cohort_id = _fl(demo_db)
    with demo_db.write() as s:
        grid = attendance_grid(s, cohort_id, today=AFTER_DEMO)
        session = grid.sessions[0]
        attendance.set_marks(
            s,
            [
                MarkChange(
                    grid.participants[0].enrollment_id,
                    session.id,
                    Mark(AttendanceStatus.EXCUSED, '=HYPERLINK("x")'),
                )
            ],
        )
    path = tmp_path / f"närvaro{suffix}"
    with demo_db.read() as s:
        assert export_attendance(s, cohort_id, path, today=AFTER_DEMO) == 14
    if suffix == ".csv":
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    else:
        sheet = openpyxl.load_workbook(path).active
        rows = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]
    # in the cohort's document language (Swedish): the report goes to managers
    header = rows[0]
    assert header[:4] == ["Efternamn", "Förnamn", "E-post", "Organisation"]
    assert header[4].startswith("2025-11-06 Start") and header[-1] == "Motivering för undantag"
    assert len(rows) == 15 and all(len(r) == len(header) for r in rows)
    sjoberg = next(r for r in rows if r[0] == "Sjöberg")
    assert sjoberg[header.index("Diplom")] == "uppfyller kraven"
    assert "reflektionsuppgift" in sjoberg[-1]
    assert rows[1][4] == "frånvarande med anmälan"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (Language.ENGLISH, ["Last name", "Attendance rate", "Diploma", "eligible"]),
        (Language.FINNISH, ["Sukunimi", "Läsnäolo", "Todistus", "täyttää vaatimukset"]),
    ],
)
def test_the_attendance_report_follows_the_cohort_language(
    demo_db: Database, tmp_path: Path, language: Language, words: list[str]
) -> None:
    from app.models import Cohort

    cohort_id = _fl(demo_db)
    with demo_db.write() as s:
        cohort = s.get(Cohort, cohort_id)
        assert cohort is not None
        cohort.language = language
    path = tmp_path / "report.csv"
    with demo_db.read() as s:
        export_attendance(s, cohort_id, path, today=AFTER_DEMO)
    cells = {
        c for r in csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";") for c in r
    }
    assert [w for w in words if w not in cells] == []
    assert not cells & {"Efternamn", "uppfyller kraven", "närvarande"}


def test_cancelled_sessions_take_no_marks(demo_db: Database) -> None:
    from dataclasses import replace

    from app.services import sessions

    cohort_id = _fl(demo_db)
    with demo_db.write() as s:
        grid = attendance_grid(s, cohort_id, today=AFTER_DEMO)
        last = grid.sessions[-1]
        sessions.update_session(s, last.id, replace(sessions.fields_of(last), cancelled=True))
        person = grid.participants[0]
        with pytest.raises(ValidationError, match="cancelled"):
            attendance.mark_attendance(
                s,
                session_id=last.id,
                person_ids=[person.person.id],
                status=AttendanceStatus.PRESENT,
            )
        with pytest.raises(ValidationError, match="cancelled"):
            attendance.set_marks(
                s, [MarkChange(person.enrollment_id, last.id, Mark(AttendanceStatus.LATE))]
            )
        # clearing an old mark on it is still allowed
        attendance.set_marks(s, [MarkChange(person.enrollment_id, last.id, None)])


def test_summary_per_session_and_organization(demo_db: Database) -> None:
    with demo_db.read() as s:
        grid = attendance_grid(s, _fl(demo_db), today=AFTER_DEMO)
    per_session, per_organization = summarize(grid)
    assert [x.participants for x in per_session] == [14] * 5
    assert per_session[0].recorded == 14 and per_session[0].attended == 13
    assert [o.organization for o in per_organization] == ["Alingsås kommun"]
    assert per_organization[0].participants == 14 and per_organization[0].meets_rule == 10


def test_a_damaged_database_gives_a_message_not_a_crash(demo_db: Database) -> None:
    """The marks are read on the driver's own cursor: its errors are translated too."""
    from app.errors import DatabaseError
    from app.services.attendance import cohort_marks

    with demo_db.write() as s:
        s.connection().exec_driver_sql("ALTER TABLE attendance RENAME TO gone")
    with pytest.raises(DatabaseError, match="missing or different"), demo_db.read() as s:
        cohort_marks(s, 1)


def test_guests_never_count_in_a_sessions_totals(db: Database) -> None:
    """Participants are expected; a walk-in guest is counted apart, wherever totals show."""
    import datetime as dt

    from app.domain import Role
    from app.services import enrollments, people, programs, sessions
    from app.services.cohorts import CohortFields
    from app.services.people import PersonFields
    from app.services.programs import ProgramFields
    from app.services.sessions import SessionFields

    with db.write() as s:
        program = programs.create_program(s, ProgramFields("Framtidens ledare", "FL"))
        cohort = cohorts.create_cohort(s, program.id, CohortFields("Omgång 1"))
        meeting = sessions.create_session(
            s, cohort.id, SessionFields("Träff 1", dt.date(2026, 3, 4))
        )
        for first, last, role in (
            ("Åsa", "Öberg", Role.PARTICIPANT),
            ("Per", "Ek", Role.PARTICIPANT),
            ("Gäst", "Gästsson", Role.GUEST),
        ):
            person = people.create_person(s, PersonFields(first, last))
            enrollments.enroll(s, cohort_id=cohort.id, person_id=person.id, role=role)
        listed = enrollments.list_participants(s, cohort.id, today=dt.date(2026, 3, 4))
        per = next(p.person.id for p in listed if p.person.last_name == "Ek")
        guest = next(p.person.id for p in listed if p.role == Role.GUEST)
        attendance.mark_attendance(
            s, session_id=meeting.id, person_ids=[per, guest], status=AttendanceStatus.PRESENT
        )
    with db.read() as s:
        grid = attendance_grid(s, cohort.id, today=dt.date(2026, 3, 5))
    totals = grid.session_totals(meeting.id)
    assert (totals.attended, totals.recorded, totals.expected, totals.guests) == (1, 1, 2, 1)
    (summary,), _ = summarize(grid)
    assert (summary.attended, summary.recorded, summary.participants, summary.guests) == (
        1,
        1,
        2,
        1,
    )


def test_set_marks_writes_a_column_in_a_few_statements_whatever_its_size(
    demo_db: Database,
) -> None:
    """Marking, re-marking and clearing whole columns takes the same few statements for 14
    rows as for 20,000 (it was a statement per row), and the last change to a cell wins."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    cohort_id = _fl(demo_db)
    with demo_db.read() as s:
        grid = attendance_grid(s, cohort_id, today=AFTER_DEMO)
    people = [p.enrollment_id for p in grid.participants]
    s1, s2, s3 = (x.id for x in grid.sessions[:3])
    changes = (
        [MarkChange(e, s1, Mark(AttendanceStatus.ABSENT)) for e in people]
        + [MarkChange(e, s1, Mark(AttendanceStatus.EXCUSED, " Sjuk ")) for e in people]
        + [MarkChange(e, s2, None) for e in people]
        + [MarkChange(e, s3, None) for e in people[:3]]
        + [MarkChange(e, s3, Mark(AttendanceStatus.LATE)) for e in people[:2]]
    )
    statements: list[tuple[str, bool]] = []

    def record(_c: object, _k: object, statement: str, _p: object, _x: object, many: bool) -> None:
        if not statement.startswith("SELECT"):
            statements.append((statement.split()[0], many))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        with demo_db.write() as s:
            assert attendance.set_marks(s, changes) == len(changes)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    # one delete per session cleared, then one insert-or-update for every mark
    assert statements.count(("DELETE", False)) == 2
    assert statements.count(("INSERT", True)) == 1
    assert len(statements) <= 5, statements  # with the transaction's own
    with demo_db.read() as s:
        marks = attendance.cohort_marks(s, cohort_id)
    assert all(marks[(e, s1)] == Mark(AttendanceStatus.EXCUSED, "Sjuk") for e in people)
    assert not any((e, s2) in marks for e in people)
    assert [marks.get((e, s3)) for e in people[:3]] == [Mark(AttendanceStatus.LATE)] * 2 + [None]
    with demo_db.read() as s:
        rows = s.scalar(select(func.count()).select_from(Attendance))
        unique = s.scalar(
            select(func.count()).select_from(
                select(Attendance.enrollment_id, Attendance.session_id).distinct().subquery()
            )
        )
    assert rows == unique  # updated in place, never a second row for a cell
