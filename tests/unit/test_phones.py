"""Phone numbers kept as typed: a number that lost its leading 0 in Excel is the same
number, is never written over a well-written one, and a merge keeps the better spelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.importing.mapping import Field, RowWarning
from app.importing.reader import RawTable, read_table
from app.models import Cohort, Person
from app.phones import better_phone, phone_key, same_phone
from app.services.duplicates import merge_people
from app.services.importing import ExistingPolicy, ImportReport, import_people
from tests.factories import programme_with_cohort
from tests.unit.import_corpus import write_xlsx

HEADERS = ("Förnamn", "Efternamn", "E-post", "Telefon")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("040-42 50 00", "40425000"),  # lost its trunk 0
        ("040-42 50 00", "040425000"),
        ("040-42 50 00", "+46 40 42 50 00"),
        ("040-42 50 00", "+46 (0)40-42 50 00"),
        ("040-42 50 00", "0046 40 42 50 00"),
        ("0980-700 00", "98070000"),
        ("040 123 4567", "+358 40 123 4567"),
    ],
)
def test_spellings_of_one_number_are_the_same_number(a: str, b: str) -> None:
    assert same_phone(a, b) and same_phone(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("040-42 50 00", "040-42 50 01"),
        ("040-42 50 00", "+47 40 42 50 00"),  # Norway is not Sweden
        ("040-42 50 00", ""),
        ("", ""),
    ],
)
def test_different_numbers_are_different(a: str, b: str) -> None:
    assert not same_phone(a, b)


def test_other_countries_keep_their_code() -> None:
    assert phone_key("+47 412 34 567") == "+4741234567"
    assert phone_key("0047 412 34 567") == "+4741234567"


@pytest.mark.parametrize(
    ("kept", "other", "better"),
    [
        ("40425000", "040-42 50 00", "040-42 50 00"),  # the kept one lost its 0
        ("040-42 50 00", "40425000", "040-42 50 00"),
        ("040425000", "040-42 50 00", "040-42 50 00"),  # grouped beats bare digits
        ("040-42 50 00", "+46 40 42 50 00", "040-42 50 00"),  # both fine: the kept one
        ("+46 40 42 50 00", "040-42 50 00", "+46 40 42 50 00"),
    ],
)
def test_the_better_written_spelling(kept: str, other: str, better: str) -> None:
    assert better_phone(kept, other) == better


# -- import ---------------------------------------------------------------------------------


def _cohort(db: Database) -> int:
    with db.write() as s:
        return programme_with_cohort(s).id


def _table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable("lista.xlsx", 1, HEADERS, rows, tuple(range(2, 2 + len(rows))))


def _import(db: Database, table: RawTable, **options: object) -> ImportReport:
    cohort_id = _cohort(db)
    with db.write() as s:
        return import_people(s, cohort_id=cohort_id, table=table, **options)  # type: ignore[arg-type]


def _phones(db: Database) -> dict[str, str | None]:
    with db.read() as s:
        return {p.email: p.phone for p in s.scalars(select(Person))}  # type: ignore[misc]


def test_landlines_stored_as_numbers_in_excel_get_their_zero_back(
    tmp_path: Path, db: Database
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            list(HEADERS),
            ["Anna", "Lindqvist", "anna@malmo.se", 40425000],  # an int cell
            ["Per", "Ek", "per@kiruna.se", 98070000.0],  # a float cell
            ["Eva", "Berg", "eva@kiruna.se", "0980-700 01"],  # text: kept as written
        ],
    )
    report = _import(db, read_table(path))
    assert _phones(db) == {
        "anna@malmo.se": "040425000",
        "per@kiruna.se": "098070000",
        "eva@kiruna.se": "0980-700 01",
    }
    assert report.warnings == (
        RowWarning(
            2,
            Field.PHONE,
            "the phone number 40425000 was stored as a number, which drops a leading 0 or +; "
            "it is read as 040425000",
        ),
        RowWarning(
            3,
            Field.PHONE,
            "the phone number 98070000 was stored as a number, which drops a leading 0 or +; "
            "it is read as 098070000",
        ),
    )
    assert not report.errors  # a warning does not stop the import


def test_an_update_never_writes_a_damaged_spelling_over_a_stored_number(db: Database) -> None:
    with db.write() as s:
        s.add(Person(first_name="Anna", last_name="Lindqvist", email="anna@malmo.se"))
        s.add(Person(first_name="Per", last_name="Ek", email="per@kiruna.se", phone="98070000"))
        s.add(Person(first_name="Eva", last_name="Berg", email="eva@kiruna.se", phone="0980-1"))
        s.flush()
        s.scalars(
            select(Person).where(Person.email == "anna@malmo.se")
        ).one().phone = "040-42 50 00"
    table = _table(
        ("Anna", "Lindqvist", "anna@malmo.se", "40425000"),  # the same number, damaged
        ("Per", "Ek", "per@kiruna.se", "0980-700 00"),  # the same, better than stored
        ("Eva", "Berg", "eva@kiruna.se", "0980-700 02"),  # really another number
    )
    report = _import(db, table, dry_run=True, existing=ExistingPolicy.UPDATE)
    # the Check lists exactly what would change: Per's spelling and Eva's new number
    assert [(c.row, c.field, c.old, c.new) for c in report.changes] == [
        (3, "phone", "98070000", "0980-700 00"),
        (4, "phone", "0980-1", "0980-700 02"),
    ]
    assert (report.updated, report.unchanged) == (2, 1)
    assert [w.row for w in report.warnings] == [2]  # the restored number is shown too
    with db.write() as s:
        cohort_id = s.scalars(select(Cohort.id)).one()
        import_people(s, cohort_id=cohort_id, table=table)
    assert _phones(db) == {
        "anna@malmo.se": "040-42 50 00",
        "per@kiruna.se": "0980-700 00",
        "eva@kiruna.se": "0980-700 02",
    }


def test_rows_of_one_person_keep_the_better_spelling(db: Database) -> None:
    table = _table(
        ("Anna", "Lindqvist", "anna@malmo.se", "40425000"),
        ("Anna", "Lindqvist", "ANNA@malmo.se", "040-42 50 00"),
    )
    _import(db, table)
    assert _phones(db) == {"anna@malmo.se": "040-42 50 00"}


def test_a_merge_keeps_the_better_spelling_of_the_same_number(db: Database) -> None:
    with db.write() as s:
        kept = Person(first_name="Anna", last_name="Lindqvist", phone="40425000")
        other = Person(first_name="Anna", last_name="Lindqvist", phone="040-42 50 00")
        s.add_all([kept, other])
        s.flush()
        merged = merge_people(s, kept.id, other.id)
    assert merged.phone == "040-42 50 00"
    with db.write() as s:
        kept = Person(first_name="Per", last_name="Ek", phone="040-42 50 00")
        other = Person(first_name="Per", last_name="Ek", phone="070-111 22 33")
        s.add_all([kept, other])
        s.flush()
        assert merge_people(s, kept.id, other.id).phone == "040-42 50 00"  # not the same: kept
