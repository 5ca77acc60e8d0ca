"""The sign-in sheet, read as a coordinator and a printer would read the PDF."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from app.db import Database
from app.domain import EnrollmentStatus, Language, Role
from app.errors import KohortError, ValidationError
from app.services import cohorts, enrollments, people, programs, sessions, signin
from app.services.cohorts import CohortFields
from app.services.people import PersonFields
from app.services.programs import ProgramFields
from app.services.sessions import SessionFields
from diplomas.signin_sheet import (
    CELL_PADDING,
    CELL_TEXT_HEIGHT,
    COLUMN_WIDTHS,
    MARGIN_BOTTOM,
    MARGIN_X,
    NAME_TEXT_WIDTH,
    ORGANIZATION_TEXT_WIDTH,
    fit_name,
    fit_organization,
    render_signin_sheet,
    signin_sheet_pdf,
)
from diplomas.signin_sheet_model import SigninRow, SigninSheet
from tests.pdf_text import DrawnText, drawn_texts, nb, read, squashed
from tests.unit.test_fonts import embedded_fonts

LONG_NAME = "Gyllenstierna af Lundholm-Björkqvist-Wachtmeister, Marie-Louise"
LONG_ORGANIZATION = "Södra Älvsborgs Räddningstjänstförbund, förvaltningen för stöd och utveckling"
SHEET = SigninSheet(
    programme="Framtidens ledare",
    cohort="Omgång 3, 2025/2026",
    session_title="Start: Att leda sig själv",
    date_text="torsdag 6 november 2025",
    time_text="09:00–16:00",
    venue="Stadshuset, Alingsås",
)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read(data).pages]


def runs(data: bytes) -> list[list[DrawnText]]:
    """Every drawn piece of text per page, measured with the font that drew it."""
    return [drawn_texts(page) for page in read(data).pages]


def assert_everything_on_the_page_and_in_its_cell(data: bytes, signature_label: str) -> None:
    reader = read(data)
    column_edges = [MARGIN_X + sum(COLUMN_WIDTHS[:i]) for i in range(len(COLUMN_WIDTHS) + 1)]
    for page, page_runs in zip(reader.pages, runs(data), strict=True):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for run in page_runs:
            assert run.x >= 0 and run.x + run.width <= width, run
            assert 0 <= run.y <= height, run
        table_top = next(r.y for r in page_runs if r.text == signature_label)
        for run in page_runs:
            if MARGIN_BOTTOM + 1 < run.y <= table_top:
                column = max(i for i, edge in enumerate(column_edges[:-1]) if run.x >= edge - 0.01)
                left, right = column_edges[column], column_edges[column + 1]
                assert left + CELL_PADDING - 0.01 <= run.x, run
                assert run.x + run.width <= right - CELL_PADDING + 0.01, run


# The renderer, from plain dataclasses.


def test_a_long_session_repeats_header_and_headings_on_every_page() -> None:
    rows = tuple(
        SigninRow(f"Deltagare{i:03d}, Anna-Karin", f"Organisation {i % 7}") for i in range(150)
    )
    data = signin_sheet_pdf(replace(SHEET, rows=rows))
    texts = page_texts(data)
    assert len(texts) >= 6
    for number, text in enumerate(texts, start=1):
        for header in ("Framtidens ledare", "Omgång 3, 2025/2026", "Start: Att leda sig själv"):
            assert header in text
        assert "torsdag 6 november 2025" in text and "09:00–16:00" in text
        assert "Stadshuset, Alingsås" in text
        assert re.search(r"Nr\s+Namn\s+Organisation\s+Namnteckning", text), number
        assert f"Sida {number} av {len(texts)}" in text
    everything = squashed("".join(texts))
    for row in rows:
        assert everything.count(squashed(row.name)) == 1, row.name
    assert_everything_on_the_page_and_in_its_cell(data, "Namnteckning")


def test_fonts_are_embedded_subsets_and_no_standard_font_is_left() -> None:
    data = signin_sheet_pdf(replace(SHEET, rows=(SigninRow("Yılmaz, Zeynep", "Borås Stad"),)))
    assert embedded_fonts(read(data)) == {"Lato-Regular", "Lato-Bold", "Vollkorn-Bold"}
    assert b"Helvetica" not in data


def test_metadata_holds_the_title_and_no_names() -> None:
    data = signin_sheet_pdf(replace(SHEET, rows=(SigninRow("Hodžić, Emir", "Alingsås kommun"),)))
    metadata = read(data).metadata
    assert metadata is not None
    assert metadata.title == "Närvarolista – Start: Att leda sig själv – torsdag 6 november 2025"
    assert not metadata.author and not metadata.subject
    assert "Hodžić" not in str(dict(metadata))


def test_worst_case_names_shrink_or_wrap_within_their_cells() -> None:
    assert len(LONG_NAME) >= 60
    for fitted, width in ((fit_name(LONG_NAME), NAME_TEXT_WIDTH),):
        assert len(fitted.lines) == 2 and not fitted.below_minimum
        assert fitted.width <= width and fitted.height <= CELL_TEXT_HEIGHT
    organization = fit_organization(LONG_ORGANIZATION)
    assert organization.width <= ORGANIZATION_TEXT_WIDTH
    assert organization.height <= CELL_TEXT_HEIGHT
    rows = (
        SigninRow(LONG_NAME, LONG_ORGANIZATION),
        SigninRow("W" * 70, "X" * 90),  # no place to break: shrinks instead
        SigninRow("Ek, Per", ""),
    )
    data = signin_sheet_pdf(replace(SHEET, rows=rows))
    text = squashed(page_texts(data)[0])
    assert text.count(squashed(LONG_NAME)) == 1
    assert text.count(squashed(LONG_ORGANIZATION)) == 1
    assert_everything_on_the_page_and_in_its_cell(data, "Namnteckning")


def test_a_decomposed_name_is_printed_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Öberg-Jäätteenmäki, Åsa")
    data = signin_sheet_pdf(replace(SHEET, rows=(SigninRow(decomposed, "Alingsås kommun"),)))
    text = page_texts(data)[0]
    assert "Öberg-Jäätteenmäki, Åsa" in text
    assert not any(unicodedata.combining(c) for c in text)


def test_an_empty_session_still_gives_a_sheet_with_blank_rows() -> None:
    data = signin_sheet_pdf(replace(SHEET, rows=(), blank_rows=5))
    (text,) = page_texts(data)
    assert "Namnteckning" in text and "På listan: 0 deltagare" in text and "Sida 1 av 1" in text
    assert re.search(r"\b1\s+2\s+3\s+4\s+5\b", text)


def test_one_participant_then_numbered_blank_rows() -> None:
    data = signin_sheet_pdf(replace(SHEET, rows=(SigninRow("Omar, Ahmed", "Marks kommun"),)))
    (text,) = page_texts(data)
    assert re.search(r"1\s+Omar, Ahmed\s+Marks kommun\s+2\s+3\s+4\s+5\s+6\b", text)
    assert "På listan: 1 deltagare" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("SIGN-IN SHEET", "Signature", "Organization", "Page 1 of 1")),
        ("fi", ("LÄSNÄOLOLISTA", "Allekirjoitus", "Organisaatio", "Sivu 1/1")),
    ],
)
def test_labels_follow_the_document_language(language: str, words: tuple[str, ...]) -> None:
    text = page_texts(signin_sheet_pdf(replace(SHEET, language=language)))[0]
    for word in words:
        assert word in text


def test_bad_input_is_refused_before_anything_is_drawn() -> None:
    with pytest.raises(ValueError, match="“李” \\(U\\+674E\\)"):
        signin_sheet_pdf(replace(SHEET, rows=(SigninRow("Li 李", ""),)))
    with pytest.raises(ValueError, match="not “de”"):
        signin_sheet_pdf(replace(SHEET, language="de"))
    with pytest.raises(ValueError, match="blank rows"):
        signin_sheet_pdf(replace(SHEET, blank_rows=-1))


def test_render_writes_to_a_path_or_a_stream(tmp_path: Path) -> None:
    render_signin_sheet(SHEET, tmp_path / "sheet.pdf")
    stream = io.BytesIO()
    render_signin_sheet(SHEET, stream)
    assert (tmp_path / "sheet.pdf").read_bytes()[:5] == stream.getvalue()[:5] == b"%PDF-"


# The service, from the database.


def _demo_session(db: Database, title: str) -> int:
    with db.read() as s:
        for cohort in cohorts.list_cohorts(s):
            for meeting in sessions.list_sessions(s, cohort.id):
                if meeting.title == title:
                    return meeting.id
    raise AssertionError(title)


def test_demo_session_lists_everyone_expected_once_and_no_one_withdrawn(demo_db: Database) -> None:
    session_id = _demo_session(demo_db, "Start: Att leda sig själv")
    with demo_db.read() as s:
        sheet = signin.signin_sheet(s, session_id)
        cohort_id = sessions.get_session(s, session_id).cohort_id
        everyone = enrollments.list_participants(s, cohort_id, today=dt.date(2025, 11, 6))
    expected = [p for p in everyone if p.status == EnrollmentStatus.ENROLLED]
    withdrawn = [p for p in everyone if p.status == EnrollmentStatus.WITHDRAWN]
    assert withdrawn and {Role.MENTOR, Role.PARTICIPANT} <= {p.role for p in expected}
    assert len(sheet.rows) == len(expected)
    assert sheet.date_text == nb("torsdag 6 november 2025") and sheet.time_text == "9.00–16.00"
    assert (sheet.programme, sheet.venue) == ("Framtidens ledare", "Stadshuset, Alingsås")

    text = squashed("".join(page_texts(signin_sheet_pdf(sheet))))
    for p in expected:
        assert text.count(squashed(f"{p.person.last_name}, {p.person.first_name}")) == 1
    for p in withdrawn:
        assert squashed(p.person.last_name) not in text
    names = [row.name for row in sheet.rows]
    assert names[0] == "Al-Hassan, Fatima"
    assert names[-2:] == ["Åkerlund, Björn", "Öberg-Jäätteenmäki, Åsa"]  # å, ö after z


def test_a_residential_session_shows_its_date_range(demo_db: Database) -> None:
    session_id = _demo_session(demo_db, "Internat: Kommunikation och feedback")
    with demo_db.read() as s:
        sheet = signin.signin_sheet(s, session_id)
    assert sheet.date_text == nb("torsdag 4 december – fredag 5 december 2025")


def test_an_online_session_shows_its_link_as_the_venue(demo_db: Database) -> None:
    session_id = _demo_session(demo_db, "Ledarskap på distans")
    with demo_db.read() as s:
        assert signin.signin_sheet(s, session_id).venue.startswith("https://")


def _small_cohort(db: Database, language: Language = Language.SWEDISH) -> int:
    """A session whose cohort has one person in each enrollment status; its id."""
    with db.write() as s:
        program = programs.create_program(s, ProgramFields(name="Chefsprogrammet", code="CP"))
        cohort = cohorts.create_cohort(s, program.id, CohortFields(name="Vår", language=language))
        meeting = sessions.create_session(
            s,
            cohort.id,
            SessionFields(
                title="Träff 1",
                date=dt.date(2026, 12, 31),
                end_date=dt.date(2027, 1, 1),
                start_time=dt.time(9, 30),
                end_time=dt.time(15, 0),
            ),
        )
        for status in EnrollmentStatus:
            person = people.create_person(
                s, PersonFields(first_name="Test", last_name=status.value.title())
            )
            enrollments.enroll(s, cohort_id=cohort.id, person_id=person.id, status=status)
    return meeting.id


def test_who_is_on_the_sheet_by_enrollment_status(db: Database) -> None:
    session_id = _small_cohort(db)
    with db.read() as s:
        sheet = signin.signin_sheet(s, session_id, blank_rows=0)
    assert [row.name for row in sheet.rows] == [
        "Admitted, Test",
        "Completed, Test",
        "Enrolled, Test",
    ]
    assert sheet.blank_rows == 0
    assert sheet.date_text == nb("torsdag 31 december 2026 – fredag 1 januari 2027")


def test_mentors_and_facilitators_are_expected_but_a_walk_in_guest_is_not(db: Database) -> None:
    session_id = _small_cohort(db)
    with db.write() as s:
        cohort_id = sessions.get_session(s, session_id).cohort_id
        for role, last in (
            (Role.MENTOR, "Mentor"),
            (Role.FACILITATOR, "Ledare"),
            (Role.GUEST, "Gäst"),
        ):
            person = people.create_person(s, PersonFields(first_name="Test", last_name=last))
            enrollments.enroll(s, cohort_id=cohort_id, person_id=person.id, role=role)
    with db.read() as s:
        names = [row.name for row in signin.signin_sheet(s, session_id, blank_rows=0).rows]
    assert "Ledare, Test" in names and "Mentor, Test" in names
    assert "Gäst, Test" not in names  # a walk-in of one roll call writes on a blank row


def test_dates_and_times_in_the_cohorts_language(db: Database) -> None:
    session_id = _small_cohort(db, Language.FINNISH)
    with db.read() as s:
        sheet = signin.signin_sheet(s, session_id)
    assert sheet.language == "fi"
    assert sheet.date_text == nb("torstai 31. joulukuuta 2026 – perjantai 1. tammikuuta 2027")
    assert sheet.time_text == "9.30–15.00"


def test_a_name_the_fonts_cannot_print_is_refused_with_who_and_what(db: Database) -> None:
    session_id = _small_cohort(db)
    with db.write() as s:
        person = people.create_person(s, PersonFields(first_name="雷", last_name="Li"))
        cohort_id = sessions.get_session(s, session_id).cohort_id
        enrollments.enroll(s, cohort_id=cohort_id, person_id=person.id)
    with db.read() as s, pytest.raises(ValidationError, match=f"“雷”.*person {person.id}"):
        signin.signin_sheet(s, session_id)


def test_writing_replaces_the_file_only_when_complete(db: Database, tmp_path: Path) -> None:
    session_id = _small_cohort(db)
    target = tmp_path / "out" / "närvarolista.pdf"
    target.parent.mkdir()
    target.write_bytes(b"last week's sheet")
    with db.read() as s:
        sheet = signin.write_signin_sheet(s, session_id, target)
    assert len(sheet.rows) == 3
    assert "Enrolled, Test" in page_texts(target.read_bytes())[0]
    assert [p.name for p in target.parent.iterdir()] == [target.name]


@pytest.mark.parametrize("where", ["missing folder", "folder is a file", "target is a folder"])
def test_write_errors_are_one_sentence_and_leave_no_partial_file(
    db: Database, tmp_path: Path, where: str
) -> None:
    session_id = _small_cohort(db)
    out = tmp_path / "out"
    out.mkdir()
    target = {
        "missing folder": out / "no such folder" / "sheet.pdf",
        "folder is a file": out / "file.pdf" / "sheet.pdf",
        "target is a folder": out / "folder.pdf",
    }[where]
    (out / "file.pdf").write_bytes(b"not a folder")
    (out / "folder.pdf").mkdir()
    with db.read() as s, pytest.raises(KohortError, match="^Could not write the sign-in sheet"):
        signin.write_signin_sheet(s, session_id, target)
    assert sorted(p.name for p in out.iterdir()) == ["file.pdf", "folder.pdf"]


def test_a_failed_replace_keeps_the_old_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = _small_cohort(db)
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    target.write_bytes(b"yesterday's sheet")

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with db.read() as s, pytest.raises(KohortError, match="the disk is full"):
        signin.write_signin_sheet(s, session_id, target)
    assert target.read_bytes() == b"yesterday's sheet"
    assert [p.name for p in target.parent.iterdir()] == ["sheet.pdf"]


def test_the_service_refuses_other_file_types_and_silly_blank_rows(db: Database) -> None:
    session_id = _small_cohort(db)
    with db.read() as s:
        with pytest.raises(ValidationError, match=r"\.pdf file, not “\.docx”"):
            signin.write_signin_sheet(s, session_id, Path("sheet.docx"))
        with pytest.raises(ValidationError, match="blank rows"):
            signin.signin_sheet(s, session_id, blank_rows=1000)


def test_importing_the_service_does_not_load_reportlab() -> None:
    code = "import sys, app.services.signin; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.SWEDISH, "På listan: 2 deltagare, 1 mentor och 1 processledare"),
        (Language.ENGLISH, "On the list: 2 participants, 1 mentor and 1 facilitator"),
        (Language.FINNISH, "Listalla: 2 osallistujaa, 1 mentori ja 1 kouluttaja"),
    ],
)
def test_the_footer_says_who_is_on_the_list_by_role(language: Language, expected: str) -> None:
    from app.domain import Role
    from diplomas.signin_sheet_model import LABELS, SigninRow, SigninSheet, on_list_text

    roles = (Role.PARTICIPANT, Role.MENTOR, Role.PARTICIPANT, Role.FACILITATOR)
    sheet = SigninSheet(
        programme="P",
        cohort="C",
        session_title="S",
        date_text="",
        language=language,
        rows=tuple(SigninRow(f"N{i}", role=role) for i, role in enumerate(roles)),
    )
    assert on_list_text(sheet, LABELS[language]).replace("\xa0", " ") == expected
