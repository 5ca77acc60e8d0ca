"""Exporting everything about one person: complete, as JSON and as a readable PDF."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Table

from app.db import Database
from app.domain import Language
from app.errors import NotFoundError
from app.models import Base
from app.services import privacy_export, privacy_record
from app.services.privacy_export import PERSON_TABLES
from tests.unit.test_privacy_erase import EMAIL, FIRST, LAST, PHONE, mark_a_participant


def tables_about_a_person() -> set[str]:
    """Every table that refers to ``person``, directly or through a table that does."""
    found = {"person"}
    while True:
        more = {
            table.name
            for table in Base.metadata.tables.values()
            if table.name not in found and _refers_to(table, found)
        }
        if not more:
            return found
        found |= more


def _refers_to(table: Table, names: set[str]) -> bool:
    return any(fk.column.table.name in names for fk in table.foreign_keys)


def test_every_table_about_a_person_is_exported_and_erased() -> None:
    """A new table referring to a person fails here until export and erasure handle it
    (and it is added to PERSON_TABLES)."""
    assert tables_about_a_person() == PERSON_TABLES


def test_the_export_holds_everything(demo_db: Database, tmp_path: Path) -> None:
    person_id = mark_a_participant(demo_db)
    with demo_db.read() as session:
        data = privacy_export.personal_data(session, person_id)
    assert (data.first_name, data.last_name, data.email, data.phone) == (FIRST, LAST, EMAIL, PHONE)
    assert data.organization and data.created_at
    (enrollment,) = data.enrollments
    assert enrollment.programme == "Framtidens ledare" and enrollment.attendance
    assert enrollment.action_plan is not None
    assert enrollment.action_plan.actions[0].what == f"{LAST} acts"
    first, second = enrollment.diplomas
    assert first.replaced_by == second.serial and second.replaces == first.serial

    path = tmp_path / "export.json"
    privacy_export.write_json(data, path)
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["format"] == "kohort-personal-data" and body["version"] == 1
    assert body["first_name"] == FIRST  # UTF-8, not \\u escapes
    assert FIRST in path.read_text(encoding="utf-8")
    marks = body["enrollments"][0]["attendance"]
    assert marks[0]["date"][4] == "-" and marks[0]["status"] in {
        "present",
        "late",
        "absent",
        "excused",
        "left_early",
    }
    assert set(body) >= {f.name for f in dataclasses.fields(data)}
    assert body["enrollments"][0]["diplomas"][0]["serial"] == first.serial
    # what the diploma printed about them (the organization as printed, say) is exported
    printed = body["enrollments"][0]["diplomas"][1]["content"]
    assert printed["serial"] == second.serial and printed["name"] == second.name_as_printed


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        (Language.SWEDISH, "Registerutdrag"),
        (Language.FINNISH, "Rekisteriote"),
        (Language.ENGLISH, "Personal data record"),
    ],
)
def test_the_record_reads_in_its_language(
    demo_db: Database, tmp_path: Path, language: Language, heading: str
) -> None:
    person_id = mark_a_participant(demo_db)
    with demo_db.read() as session:
        data = privacy_export.personal_data(session, person_id)
    path = tmp_path / "record.pdf"
    privacy_record.write_pdf(data, path, language)
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in (heading, FIRST, LAST, EMAIL, PHONE, data.enrollments[0].diplomas[0].serial):
        assert expected in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.add(font.get_object()["/BaseFont"])
    assert fonts
    assert FIRST not in str(reader.metadata)  # the metadata holds the title only


def test_signatory_roles_are_found_by_name(demo_db: Database) -> None:
    with demo_db.read() as session:
        from app.services import people

        ulla = people.search_people(session, "Ulla Järvinen")[0].person
        data = privacy_export.personal_data(session, ulla.id)
    assert data.signatory_roles and data.signatory_roles[0].programme


def test_an_unknown_person_is_not_found(db: Database) -> None:
    with db.read() as session, pytest.raises(NotFoundError):
        privacy_export.personal_data(session, 999)
