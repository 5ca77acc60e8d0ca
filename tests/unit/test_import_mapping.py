"""Mapping columns to people: header synonyms, name splitting, phones, row errors."""

from __future__ import annotations

import unicodedata

import pytest

from app.errors import ValidationError
from app.importing.mapping import (
    Field,
    RowError,
    guess_mapping,
    normalise_phone,
    split_full_name,
    to_records,
)
from app.importing.reader import RawTable


def _table(headers: tuple[str, ...], *rows: tuple[str, ...], header_row: int = 1) -> RawTable:
    return RawTable(
        source="lista.csv",
        header_row=header_row,
        headers=headers,
        rows=rows,
        row_numbers=tuple(range(header_row + 1, header_row + 1 + len(rows))),
    )


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Förnamn", Field.FIRST_NAME),
        ("FÖRNAMN:", Field.FIRST_NAME),
        ("First name *", Field.FIRST_NAME),
        ("firstname", Field.FIRST_NAME),
        ("Given name", Field.FIRST_NAME),
        (unicodedata.normalize("NFD", "Förnamn"), Field.FIRST_NAME),
        ("Efternamn", Field.LAST_NAME),
        ("Surname", Field.LAST_NAME),
        ("Family name", Field.LAST_NAME),
        ("Namn", Field.FULL_NAME),
        ("Fullständigt namn", Field.FULL_NAME),
        ("Deltagare", Field.FULL_NAME),
        ("E-post", Field.EMAIL),
        ("E-postadress", Field.EMAIL),
        ("Epost", Field.EMAIL),
        ("Mejl", Field.EMAIL),
        ("E-mail address", Field.EMAIL),
        ("E-post (arbete)", Field.EMAIL),
        ("Organisation", Field.ORGANIZATION),
        ("Kommun", Field.ORGANIZATION),
        ("Arbetsgivare", Field.ORGANIZATION),
        ("Employer", Field.ORGANIZATION),
        ("Företag", Field.ORGANIZATION),
        ("Titel", Field.JOB_TITLE),
        ("Befattning", Field.JOB_TITLE),
        ("Yrkesroll", Field.JOB_TITLE),
        ("Job title", Field.JOB_TITLE),
        ("Avdelning", Field.DEPARTMENT),
        ("Förvaltning", Field.DEPARTMENT),
        ("Enhet", Field.DEPARTMENT),
        ("Telefon", Field.PHONE),
        ("Mobilnummer", Field.PHONE),
        ("Tel.", Field.PHONE),
        ("Namn på diplom", Field.NAME_AS_PRINTED),
        ("Name on diploma", Field.NAME_AS_PRINTED),
    ],
)
def test_header_synonyms(header: str, field: Field) -> None:
    assert guess_mapping(["Kommentar", f" {header}\u00a0"]) == {1: field}


def test_each_field_is_taken_once_from_its_first_column() -> None:
    headers = ["Nr", "E-post", "Förnamn", "Efternamn", "Mejl", "Roll", "Titel", "Okänd"]
    assert guess_mapping(headers) == {
        1: Field.EMAIL,
        2: Field.FIRST_NAME,
        3: Field.LAST_NAME,
        5: Field.JOB_TITLE,
    }


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Anna Lindqvist", "Anna", "Lindqvist"),
        ("Lindqvist, Anna", "Anna", "Lindqvist"),
        ("Lindqvist,Anna Maria", "Anna Maria", "Lindqvist"),
        ("Anna Maria Lindqvist", "Anna Maria", "Lindqvist"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Anna van der Berg", "Anna", "van der Berg"),
        ("Ebba von Essen", "Ebba", "von Essen"),
        # documented limitation: a surname of several words without a particle before the last
        ("Marie-Louise Gyllenstierna af Lundholm", "Marie-Louise Gyllenstierna", "af Lundholm"),
        ("Åsa\u00a0 Öberg-Jäätteenmäki ", "Åsa", "Öberg-Jäätteenmäki"),
        ("Zeynep", "Zeynep", ""),
    ],
)
def test_full_names_split_into_first_and_last(name: str, first: str, last: str) -> None:
    assert split_full_name(name) == (first, last)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("701234567", "0701234567"),  # Swedish mobile stored as a number
        ("761234567", "0761234567"),
        ("401234567", "0401234567"),  # Finnish mobile 040…
        ("501234567", "0501234567"),  # Finnish mobile 050…
        ("46701234567", "+46701234567"),
        ("358401234567", "+358401234567"),
        ("070-123 45 67", "070-123 45 67"),  # text is kept as written
        ("+46 70 123 45 67", "+46 70 123 45 67"),
        ("0701234567", "0701234567"),
        ("40425000", "040425000"),  # 040-42 50 00, a Malmö landline stored as a number
        ("98070000", "098070000"),  # 0980-700 00 (Kiruna)
        ("812345678", "0812345678"),  # 08-123 456 78 (Stockholm)
        ("8123456", "08123456"),  # 08-12 34 56: seven digits after the 0
        ("91234567", "091234567"),  # 09 123 4567 (Helsinki)
        ("461234567", "0461234567"),  # 046 (Lund, or a Finnish mobile): 9 digits, national
        ("812345", "812345"),  # six digits: an extension or a local number, kept
        ("1234567890", "1234567890"),  # ten digits: no national number without its 0
        ("4640425000", "4640425000"),  # +46 40… with only 8 digits after 46: not guessed
        ("0046701234567", "0046701234567"),  # has its prefix
        ("12345", "12345"),
        ("\u00a0070 12 34 567 ", "070 12 34 567"),
    ],
)
def test_phone_numbers(value: str, expected: str) -> None:
    assert normalise_phone(value) == expected


def test_values_are_cleaned_and_nfc_normalised() -> None:
    nfd = unicodedata.normalize("NFD", "Åsa")
    table = _table(
        ("Förnamn", "Efternamn", "E-post", "Organisation", "Namn på diplom"),
        (f"\u00a0{nfd}\u200b ", "Öberg\u202fJäätteenmäki", " Asa@Alingsas.SE ", "  ", "Åsa Ö\x07."),
    )
    records, errors = to_records(table, guess_mapping(table.headers))
    assert errors == []
    (record,) = records
    assert record.first_name == "Åsa" and len(record.first_name) == 3
    assert record.last_name == "Öberg Jäätteenmäki"
    assert record.email == "Asa@Alingsas.SE"  # stored as given; matched ignoring case
    assert record.organization is None and record.name_as_printed == "Åsa Ö."
    assert record.row == 2


def test_full_name_is_used_only_when_first_and_last_are_empty() -> None:
    table = _table(
        ("Förnamn", "Efternamn", "Namn"),
        ("Anna", "Lindqvist", "Anna-Karin Lindqvist"),
        ("", "", "Ek, Per"),
    )
    records, errors = to_records(table, guess_mapping(table.headers))
    assert errors == []
    assert [(r.first_name, r.last_name) for r in records] == [("Anna", "Lindqvist"), ("Per", "Ek")]


def test_row_errors_carry_the_file_row_number() -> None:
    table = _table(
        ("Förnamn", "Efternamn", "E-post"),
        ("Anna", "Lindqvist", "anna@boras.se"),
        ("", "", "lost@boras.se"),
        ("", "", ""),  # blank rows are skipped silently
        ("Anna", "", "anna.at.borås.se"),
        ("\u00a0", " ", "\u200b"),  # looks blank: skipped too
        ("Per", "Ek", "mailto:per@ek.se"),
        ("Per", "X" * 201, ""),
        header_row=3,
    )
    records, errors = to_records(table, guess_mapping(table.headers))
    assert [r.row for r in records] == [4, 9]
    assert records[1].email == "per@ek.se"
    assert errors == [
        RowError(5, "no name"),
        RowError(7, "“anna.at.borås.se” is not a valid e-mail address"),
        RowError(10, "the last name is longer than 200 characters"),
    ]
    assert str(errors[1]) == "row 7: “anna.at.borås.se” is not a valid e-mail address"


def test_a_mapping_without_names_is_one_error_on_the_header_row() -> None:
    table = _table(("E-post", "Telefon"), ("a@x.se", "1"), ("b@x.se", "2"), header_row=3)
    records, errors = to_records(table, guess_mapping(table.headers))
    assert records == []
    assert len(errors) == 1 and errors[0].row == 3 and "Förnamn" in errors[0].message


def test_a_mapping_that_does_not_fit_the_table_is_refused() -> None:
    table = _table(("A", "B"), ("Anna", "Lindqvist"))
    with pytest.raises(ValidationError, match="only 2 columns"):
        to_records(table, {0: Field.FIRST_NAME, 5: Field.LAST_NAME})
    with pytest.raises(ValidationError, match="Two columns are mapped to first name"):
        to_records(table, {0: Field.FIRST_NAME, 1: Field.FIRST_NAME})


def test_a_coordinator_can_fix_the_mapping() -> None:
    table = _table(("Roll", "Vem"), ("Chef", "Anna Lindqvist"))
    assert guess_mapping(table.headers) == {0: Field.JOB_TITLE}
    records, errors = to_records(table, {0: Field.JOB_TITLE, 1: Field.FULL_NAME})
    assert errors == []
    assert (records[0].first_name, records[0].last_name, records[0].job_title) == (
        "Anna",
        "Lindqvist",
        "Chef",
    )


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        ("'+46 70 123 45 67", "+46 70 123 45 67"),  # as our CSV export escapes it
        ("'-5", "-5"),
        ("'=1+1", "=1+1"),
        ("'Anna", "'Anna"),  # not an escape: kept
        ("O'Brien", "O'Brien"),
    ],
)
def test_the_export_escape_is_undone(cell: str, stored: str) -> None:
    table = _table(("Namn", "Telefon"), ("Anna Lindqvist", cell))
    records, _ = to_records(table, guess_mapping(table.headers))
    assert records[0].phone == stored
