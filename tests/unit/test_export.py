"""Exporting participant lists: files Excel opens correctly and never runs as formulas."""

from __future__ import annotations

import csv
import errno
import io
import os
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.db import Database
from app.domain import Language
from app.errors import KohortError, ValidationError
from app.models import Cohort, Enrollment, Organization, Person, Program
from app.rules import STANDING_TEXT
from app.services.enrollments import ParticipantInfo, list_participants
from app.services.export_words import PARTICIPANT_LIST
from app.services.exporting import escape_cell, export_participants
from tests.conftest import AFTER_DEMO

EN = Language.ENGLISH
COLUMNS = PARTICIPANT_LIST[EN].columns

FORMULA_NAME = '=HYPERLINK("http://evil.example","Klicka")'


def _participants(db: Database) -> list[ParticipantInfo]:
    """Åsa with Nordic letters, and a participant whose every field looks like a formula."""
    with db.write() as s:
        program = Program(name="Framtidens ledare", code="FL")
        s.add(program)
        s.flush()
        cohort = Cohort(program_id=program.id, name="Omgång 1")
        org = Organization(name="Alingsås kommun")
        s.add_all([cohort, org])
        s.flush()
        people = [
            Person(
                first_name="Åsa",
                last_name="Öberg-Jäätteenmäki",
                email="asa@alingsas.se",
                phone="070-123 45 67",
                organization_id=org.id,
                job_title="Kommunikationsstrateg",
            ),
            Person(
                first_name=FORMULA_NAME,
                last_name="@SUM(A1:A9)",
                name_as_printed="＝1+1",
                phone="+46 70 123 45 67",
                department="-5",
                job_title="\tTab",
            ),
        ]
        s.add_all(people)
        s.flush()
        s.add_all(Enrollment(cohort_id=cohort.id, person_id=p.id) for p in people)
        cohort_id = cohort.id
    with db.read() as s:
        return list_participants(s, cohort_id, today=AFTER_DEMO)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+46 70 123 45 67", "'+46 70 123 45 67"),  # a phone number too: documented
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("Åsa", "Åsa"),
        ("070-123 45 67", "070-123 45 67"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_escape_cell(value: str, expected: str) -> None:
    assert escape_cell(value) == expected


def test_csv_opens_in_nordic_excel_and_runs_nothing(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "deltagare.csv"
    export_participants(_participants(db), path, language=EN)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == list(COLUMNS)
    by_name = {r[1]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    asa = by_name["Åsa"]
    assert (asa["Last name"], asa["Phone"], asa["Organization"]) == (
        "Öberg-Jäätteenmäki",
        "070-123 45 67",
        "Alingsås kommun",
    )
    assert (asa["Role"], asa["Status"], asa["Diploma"]) == (
        "participant",
        "enrolled",
        "not on track",
    )
    assert (asa["Attended"], asa["Held"], asa["Attendance rate"]) == ("0", "0", "")
    evil = by_name["'" + FORMULA_NAME]
    assert evil["Last name"] == "'@SUM(A1:A9)"
    assert evil["Name on diploma"] == "'＝1+1"
    assert evil["Phone"] == "'+46 70 123 45 67"
    assert evil["Department"] == "'-5"
    assert evil["Job title"] == "'\tTab"
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c and c[0] in "=+-@\t\r＝＋－＠"]


def test_xlsx_has_text_cells_a_bold_frozen_header_and_widths(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "deltagare.xlsx"
    export_participants(_participants(db), path, language=EN)
    workbook = openpyxl.load_workbook(path)
    try:
        sheet = workbook.active
        assert sheet is not None
        assert [c.value for c in sheet[1]] == list(COLUMNS)
        assert all(c.font.b for c in sheet[1]) and sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["B"].width >= len(FORMULA_NAME)
        rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
        evil = rows[FORMULA_NAME]
        for index in (0, 1, 2, 4, 6, 7):  # names, name on diploma, phone, department, title
            cell = evil[index]
            assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
        assert (evil[0].value, evil[2].value, evil[4].value, evil[6].value) == (
            "@SUM(A1:A9)",
            "＝1+1",
            "+46 70 123 45 67",
            "-5",
        )
        asa = rows["Åsa"]
        assert (asa[0].value, asa[5].value, asa[0].quotePrefix) == (
            "Öberg-Jäätteenmäki",
            "Alingsås kommun",
            False,
        )
        assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    finally:
        workbook.close()


def test_demo_export_has_attendance_and_eligibility(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.read() as s:
        cohort_id = s.scalars(select(Cohort.id).order_by(Cohort.id)).first()
        assert cohort_id is not None
        listed = list_participants(s, cohort_id, today=AFTER_DEMO)
    export_participants(listed, tmp_path / "demo.xlsx", language=EN)
    export_participants(listed, tmp_path / "demo.csv", language=EN)
    workbook = openpyxl.load_workbook(tmp_path / "demo.xlsx", read_only=True)
    try:
        sheet = workbook.worksheets[0]
        width = len(COLUMNS)  # read-only rows stop at their last value: pad them
        xlsx_rows = [
            (*row, *(None,) * (width - len(row)))
            for row in sheet.iter_rows(min_row=2, values_only=True)
        ]
    finally:
        workbook.close()
    csv_text = (tmp_path / "demo.csv").read_bytes().decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(csv_text, newline=""), delimiter=";"))[1:]
    assert len(xlsx_rows) == len(csv_rows) == len(listed)
    for participant, xrow, crow in zip(listed, xlsx_rows, csv_rows, strict=True):
        eligibility = participant.eligibility
        assert xrow[1] == participant.person.first_name
        if eligibility is None:
            assert xrow[11:16] == (None, None, None, None, None)
            continue
        assert (xrow[11], xrow[12]) == (eligibility.attended, eligibility.held)
        assert xrow[14] == STANDING_TEXT[eligibility.standing]
        if eligibility.held:
            percent = round(100 * eligibility.attended / eligibility.held)
            assert round(xrow[13] * 100) == percent and crow[13] == f"{percent}%"
        if eligibility.override is not None:
            assert xrow[15] == eligibility.override.reason
    assert any(p.mentor_name for p in listed)


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        export_participants([], tmp_path / "lista.pdf", language=EN)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    listed = _participants(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"lista{suffix}"
    target.write_bytes(b"the previous export")

    def disk_full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    from app import files

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(KohortError, match="nothing was written") as info:
        export_participants(listed, target, language=EN)
    assert "the disk is full" in str(info.value)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KohortError, match="Could not write"):
        export_participants([], tmp_path / "saknas" / "lista.csv", language=EN)


def test_an_empty_list_still_has_its_header(tmp_path: Path) -> None:
    export_participants([], tmp_path / "tom.csv", language=EN)
    assert (tmp_path / "tom.csv").read_bytes().decode("utf-8-sig") == ";".join(COLUMNS) + "\r\n"


@pytest.mark.parametrize(
    ("language", "header", "values"),
    [
        (Language.SWEDISH, ("Efternamn", "Roll", "Status"), ("deltagare", "anmäld")),
        (Language.FINNISH, ("Sukunimi", "Rooli", "Tila"), ("osallistuja", "ilmoittautunut")),
    ],
)
def test_the_list_is_in_the_cohorts_language(
    tmp_path: Path,
    db: Database,
    language: Language,
    header: tuple[str, str, str],
    values: tuple[str, str],
) -> None:
    path = tmp_path / "lista.csv"
    export_participants(_participants(db), path, language=language)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == list(PARTICIPANT_LIST[language].columns)
    asa = dict(zip(rows[0], next(r for r in rows if r[1] == "Åsa"), strict=True))
    assert (asa[header[0]], asa[header[1]], asa[header[2]]) == ("Öberg-Jäätteenmäki", *values)


def test_the_export_words_cover_every_language_and_value() -> None:
    from app.domain import AttendanceStatus, EnrollmentStatus, Role
    from app.importing.mapping import Field, field_for_header
    from app.rules import Standing
    from app.services.export_words import ATTENDANCE_REPORT

    assert list(PARTICIPANT_LIST) == list(Language) == list(ATTENDANCE_REPORT)
    imported = [
        Field.LAST_NAME,
        Field.FIRST_NAME,
        Field.NAME_AS_PRINTED,
        Field.EMAIL,
        Field.PHONE,
        Field.ORGANIZATION,
        Field.DEPARTMENT,
        Field.JOB_TITLE,
    ]
    for words in PARTICIPANT_LIST.values():
        assert len(words.columns) == len(COLUMNS) == len(set(words.columns))
        assert [field_for_header(c) for c in words.columns[:8]] == imported
        assert set(words.roles) == set(Role) and set(words.statuses) == set(EnrollmentStatus)
        assert set(words.standings) == set(Standing)
    for report in ATTENDANCE_REPORT.values():
        assert set(report.marks) == set(AttendanceStatus)
        assert set(report.standings) == set(Standing)
        assert [field_for_header(c) for c in report.person_columns] == [
            Field.LAST_NAME,
            Field.FIRST_NAME,
            Field.EMAIL,
            Field.ORGANIZATION,
        ]
