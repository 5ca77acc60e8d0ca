"""Whose name badges a cohort gets and what they say: the sign-in sheet's people and order,
mentors and guests by option, refusals that say what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import Database
from app.domain import AttendanceStatus, EnrollmentStatus, Role
from app.errors import CancelledError, ValidationError
from app.models import Session
from app.services import attendance, badges, enrollments, people, signin
from app.services.badges import BadgeOptions
from app.services.people import PersonFields
from diplomas.badges_model import TentSize
from tests.factories import programme_with_cohort

PEOPLE = [  # first, last, role, status, organization, job title
    ("Åsa", "Öberg", Role.PARTICIPANT, EnrollmentStatus.ENROLLED, "Alingsås kommun", "Rektor"),
    ("Ánde", "Ŋuolja", Role.PARTICIPANT, EnrollmentStatus.ADMITTED, "Sámediggi", None),
    ("Eva", "Ek", Role.MENTOR, EnrollmentStatus.ENROLLED, "Borås Stad", "Kommundirektör"),
    ("Gun", "Gäst", Role.GUEST, EnrollmentStatus.ENROLLED, None, None),
    ("Paula", "Processledare", Role.FACILITATOR, EnrollmentStatus.ENROLLED, None, None),
    ("Wilma", "Waitlisted", Role.PARTICIPANT, EnrollmentStatus.WAITLISTED, None, None),
    ("Dan", "Dahl", Role.PARTICIPANT, EnrollmentStatus.COMPLETED, "Lerums kommun", None),
    ("Kari", "", Role.PARTICIPANT, EnrollmentStatus.ENROLLED, None, None),  # one name only
]


@pytest.fixture
def cohort(db: Database) -> tuple[int, int]:
    """(cohort id, session id) with the people above; Åsa's mentor is Eva."""
    with db.write() as s:
        cohort = programme_with_cohort(s)
        meeting = Session(cohort_id=cohort.id, title="Internat", date=dt.date(2026, 3, 4))
        s.add(meeting)
        s.flush()
        ids = {}
        for first, last, role, status, organization, title in PEOPLE:
            person = people.create_person(
                s,
                PersonFields(
                    first,
                    last,
                    organization=organization,
                    job_title=title,
                    single_name=not last,
                ),
            )
            ids[first] = enrollments.enroll(
                s, cohort_id=cohort.id, person_id=person.id, role=role, status=status
            )
        enrollments.set_mentor(s, ids["Åsa"], ids["Eva"])
        return cohort.id, meeting.id


def firsts(document: badges.BadgeDocument) -> list[str]:
    return [b.first_name for b in document.badges]


def test_the_people_and_their_order_are_the_sign_in_sheets(
    db: Database, cohort: tuple[int, int]
) -> None:
    cohort_id, session_id = cohort
    with db.read() as s:
        document = badges.badge_document(s, cohort_id, BadgeOptions(session_id=session_id))
        sheet = signin.signin_sheet(s, session_id)
    assert [f"{b.full_name}" for b in document.badges if b.full_name] == [
        " ".join(reversed(row.name.split(", "))) for row in sheet.rows if ", " in row.name
    ]
    assert firsts(document) == [
        "Kari",
        "Dan",
        "Eva",
        "Ánde",
        "Paula",
        "Åsa",
    ]  # one name sorts first, as there
    assert document.event == "Framtidens ledare · Omgång 1"


def test_what_a_badge_says(db: Database, cohort: tuple[int, int]) -> None:
    cohort_id, _ = cohort
    with db.read() as s:
        document = badges.badge_document(s, cohort_id, BadgeOptions(groups=True))
    by_first = {b.first_name: b for b in document.badges}
    asa = by_first["Åsa"]
    assert (asa.full_name, asa.organization, asa.role) == ("Åsa Öberg", "Alingsås kommun", "Rektor")
    assert asa.group == "Mentorsgrupp: Eva Ek"  # in the cohort's language
    assert (by_first["Eva"].role, by_first["Eva"].group) == ("Mentor", "")  # not her own name
    assert by_first["Paula"].role == "Processledare"
    assert by_first["Kari"].full_name == ""  # no second line saying "Kari" again
    assert by_first["Ánde"].group == ""  # no mentor, no group
    with db.read() as s:
        plain = badges.badge_document(s, cohort_id, BadgeOptions(roles=False))
    assert all(not b.role and not b.group for b in plain.badges)
    with db.read() as s:
        groups_only = badges.badge_document(s, cohort_id, BadgeOptions(roles=False, groups=True))
    by_first = {b.first_name: b for b in groups_only.badges}
    assert (by_first["Eva"].role, by_first["Eva"].group) == ("Mentor", "")  # says what she is
    assert (by_first["Åsa"].role, by_first["Åsa"].group) == ("", "Mentorsgrupp: Eva Ek")


def test_mentors_and_guests_by_option(db: Database, cohort: tuple[int, int]) -> None:
    cohort_id, _ = cohort
    with db.read() as s:
        without = badges.badge_document(s, cohort_id, BadgeOptions(mentors=False))
        everyone = badges.badge_document(s, cohort_id, BadgeOptions(guests=True))
    assert firsts(without) == ["Kari", "Dan", "Ánde", "Åsa"]
    assert "Gun" in firsts(everyone) and "Wilma" not in firsts(everyone)


def test_for_a_session_those_excused_in_advance_get_no_badge(
    db: Database, cohort: tuple[int, int]
) -> None:
    """Excused (sent word they cannot come) for this session: no badge; excused for
    another session, or marked anything else: a badge. The whole cohort: everyone."""
    cohort_id, session_id = cohort
    with db.write() as s:
        other = Session(cohort_id=cohort_id, title="Uppföljning", date=dt.date(2026, 5, 6))
        s.add(other)
        s.flush()
        ids = {
            p.person.first_name: p.person.id
            for p in enrollments.list_participants(s, cohort_id, today=dt.date(2026, 3, 1))
        }

        def mark(meeting: int, status: AttendanceStatus, *names: str) -> None:
            person_ids = [ids[n] for n in names]
            attendance.mark_attendance(s, session_id=meeting, person_ids=person_ids, status=status)

        mark(session_id, AttendanceStatus.EXCUSED, "Ánde", "Eva")
        mark(session_id, AttendanceStatus.PRESENT, "Dan")
        mark(other.id, AttendanceStatus.EXCUSED, "Åsa")
        other_id = other.id
    with db.read() as s:
        at_session = badges.badge_document(s, cohort_id, BadgeOptions(session_id=session_id))
        at_other = badges.badge_document(s, cohort_id, BadgeOptions(session_id=other_id))
        whole = badges.badge_document(s, cohort_id, BadgeOptions())
    assert firsts(at_session) == ["Kari", "Dan", "Paula", "Åsa"]
    assert firsts(at_other) == ["Kari", "Dan", "Eva", "Ánde", "Paula"]
    assert firsts(whole) == ["Kari", "Dan", "Eva", "Ánde", "Paula", "Åsa"]


def test_refusals_say_what_to_do(db: Database, cohort: tuple[int, int], tmp_path: Path) -> None:
    cohort_id, session_id = cohort
    with db.write() as s:
        empty = programme_with_cohort(s, name="Tomt program", code="TP").id
    with db.read() as s, pytest.raises(ValidationError, match="Enroll people"):
        badges.badge_document(s, empty, BadgeOptions())
    with db.read() as s, pytest.raises(ValidationError, match="not one of cohort"):
        badges.badge_document(s, empty, BadgeOptions(session_id=session_id))
    with db.read() as s, pytest.raises(ValidationError, match="no label sheet “L9999”"):
        badges.badge_document(s, cohort_id, BadgeOptions(sheet="L9999"))
    with db.read() as s, pytest.raises(ValidationError, match="between −30 and 30 mm"):
        badges.badge_document(s, cohort_id, BadgeOptions(offset_y_mm=31))
    with db.write() as s:
        person = people.create_person(s, PersonFields("Li", "李"))
        enrollments.enroll(s, cohort_id=cohort_id, person_id=person.id)
    with db.read() as s, pytest.raises(ValidationError, match=r"U\+674E.*Li 李 \(person"):
        badges.badge_document(s, cohort_id, BadgeOptions())


def test_writing_never_replaces_a_file_unasked_and_leaves_nothing_when_cancelled(
    db: Database, cohort: tuple[int, int], tmp_path: Path
) -> None:
    cohort_id, _ = cohort
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "kort.pdf"
    steps: list[tuple[int, int]] = []
    with db.read() as s:
        written = badges.write_badges(
            s,
            cohort_id,
            target,
            BadgeOptions(tents=TentSize.A5),
            progress=lambda done, total: steps.append((done, total)),
        )
    assert (written.people, written.pages, written.sheet) == (6, 6, "a5")
    assert steps[-1] == (6, 6) and len(PdfReader(target).pages) == 6
    before = target.read_bytes()
    with db.read() as s, pytest.raises(ValidationError, match="exists already"):
        badges.write_badges(s, cohort_id, target, BadgeOptions())
    with db.read() as s, pytest.raises(CancelledError):
        badges.write_badges(
            s, cohort_id, target, BadgeOptions(), overwrite=True, cancelled=lambda: True
        )
    assert target.read_bytes() == before and sorted(folder.iterdir()) == [target]
    with db.read() as s, pytest.raises(ValidationError, match=r"\.pdf file"):
        badges.write_badges(s, cohort_id, tmp_path / "kort.docx", BadgeOptions())
