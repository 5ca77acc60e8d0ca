"""From a table read from a file to people: column mapping, cleaning and row validation.

Mapping rules (documented for coordinators in the README):

- Headers are compared after folding case, Unicode NFC, and dropping everything that is not
  a letter or a digit (spaces, "-", ":", "*", "."), so "E-post:", "epost" and "E-POST *" are
  the same header. A header that does not match is tried again without any part in
  parentheses ("E-post (arbete)" is "E-post"). Each field is taken from the first column
  that matches it; unknown columns are ignored.
- A full-name column ("Namn") is used for rows whose first- and last-name cells are empty.
  "Lindqvist, Anna" is surname, first name. Otherwise the name splits at its last space:
  "Anna Maria Lindqvist" is first name "Anna Maria", last name "Lindqvist". A surname
  particle (af, von, van, de, …) right before the last word starts the surname, so
  "Ludwig van Beethoven" is "Ludwig" + "van Beethoven". Multi-word surnames without a
  particle cannot be told from middle names: "Marie-Louise Gyllenstierna af Lundholm" becomes
  "Marie-Louise Gyllenstierna" + "af Lundholm". A single word is a first name. Coordinators
  who care use separate Förnamn/Efternamn columns or "Namn på diplom".
- Every value is cleaned: control characters and zero-width spaces removed, non-breaking
  and other odd spaces folded into one plain space, trimmed, Unicode NFC. The apostrophe
  that exports put before a formula-like value ("'+46 70…", see
  :func:`app.services.exporting.escape_cell`) is removed, so an exported list imports as it
  was.
- Phone numbers that Excel stored as numbers get their leading 0 or "+" back (the rules are
  in :mod:`app.phones`). Such a row, and a row with a first name but no last name, is
  imported with a :class:`RowWarning`, so the coordinator sees it before importing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import ValidationError
from app.i18n import N_, _
from app.phones import restored_phone
from app.text import clean, is_valid_email

if TYPE_CHECKING:
    from app.importing.reader import RawTable


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    ORGANIZATION = "organization"
    JOB_TITLE = "job_title"
    DEPARTMENT = "department"
    PHONE = "phone"
    NAME_AS_PRINTED = "name_as_printed"


# Normalised header spellings (see normalise_header): Swedish, English, a little Finnish.
FIELD_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: ("förnamn", "fornamn", "firstname", "givenname", "tilltalsnamn", "etunimi"),
    Field.LAST_NAME: ("efternamn", "lastname", "surname", "familyname", "sukunimi"),
    Field.FULL_NAME: (
        "namn",
        "name",
        "fullständigtnamn",
        "fullname",
        "deltagare",
        "deltagarnamn",
        "participant",
        "förnamnochefternamn",
        "förnamnefternamn",
        "efternamnförnamn",  # "Efternamn, förnamn": cells like "Lindqvist, Anna"
        "efternamnochförnamn",
        "nimi",
    ),
    Field.EMAIL: (
        "epost",
        "epostadress",
        "mejl",
        "mejladress",
        "mail",
        "mailadress",
        "email",
        "emailaddress",
        "sähköposti",
    ),
    Field.ORGANIZATION: (
        "organisation",
        "organization",
        "kommun",
        "kommunregion",
        "arbetsgivare",
        "employer",
        "company",
        "företag",
        "organisaatio",
    ),
    Field.JOB_TITLE: (
        "titel",
        "befattning",
        "roll",
        "yrkesroll",
        "title",
        "jobtitle",
        "position",
        "role",
        "nimike",
        "tehtävänimike",
    ),
    Field.DEPARTMENT: (
        "avdelning",
        "förvaltning",
        "enhet",
        "department",
        "unit",
        "osasto",
        "toimiala",
    ),
    Field.PHONE: (
        "telefon",
        "telefonnummer",
        "telefonnr",
        "tfn",
        "tel",
        "mobil",
        "mobilnummer",
        "mobilnr",
        "mobiltelefon",
        "phone",
        "phonenumber",
        "mobile",
        "mobilephone",
        "puhelin",
    ),
    Field.NAME_AS_PRINTED: (
        "namnpådiplom",
        "namnpådiplomet",
        "diplomnamn",
        "nameondiploma",
        "nameasprinted",
        "nimitodistuksessa",
    ),
}
_FIELD_BY_SYNONYM = {s: field for field, synonyms in FIELD_SYNONYMS.items() for s in synonyms}
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# Invisible characters that never belong in a name or an address. ZWNJ/ZWJ (U+200C/D) are
# kept: Persian and Indic names need them.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")

# Surname particles: one right before the last word starts the surname ("van Beethoven").
SURNAME_PARTICLES = frozenset(
    {"af", "av", "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos"}
    | {"das", "la", "le", "ter", "ten", "zu"}
)

# Longest value each field may hold (the database column sizes).
MAX_LENGTH: dict[Field, int] = {
    Field.FIRST_NAME: 200,
    Field.LAST_NAME: 200,
    Field.NAME_AS_PRINTED: 300,
    Field.EMAIL: 320,
    Field.PHONE: 60,
    Field.JOB_TITLE: 200,
    Field.ORGANIZATION: 200,
    Field.DEPARTMENT: 200,
}
FIELD_LABELS: dict[Field, str] = {
    Field.FIRST_NAME: N_("first name"),
    Field.LAST_NAME: N_("last name"),
    Field.FULL_NAME: N_("name"),
    Field.EMAIL: N_("e-mail address"),
    Field.ORGANIZATION: N_("organization"),
    Field.JOB_TITLE: N_("job title"),
    Field.DEPARTMENT: N_("department"),
    Field.PHONE: N_("phone number"),
    Field.NAME_AS_PRINTED: N_("name on the diploma"),
}


@dataclass(frozen=True)
class PersonRecord:
    """One participant as read from one row of the file, cleaned and validated."""

    row: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    job_title: str | None
    organization: str | None
    department: str | None
    name_as_printed: str | None
    # what was noticed about the row without refusing it (a restored phone, no surname)
    warnings: tuple[RowWarning, ...] = ()


@dataclass(frozen=True)
class RowWarning:
    """Something to check in one row that does not stop the import: a value read
    differently from how the file holds it, or a value that looks incomplete."""

    row: int
    field: Field
    message: str

    def __str__(self) -> str:
        return _("row {row}: {message}").format(row=self.row, message=self.message)


@dataclass(frozen=True)
class RowError:
    """Why one row of the file cannot be imported. ``row`` is the row number in the file."""

    row: int
    message: str

    def __str__(self) -> str:
        return _("row {row}: {message}").format(row=self.row, message=self.message)


def clean_value(value: str) -> str:
    """A cell's text as it should be stored: no invisible characters, odd spaces folded, NFC."""
    return clean(_INVISIBLE.sub("", value))


# What a spreadsheet may take for the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def unescape_cell(value: str) -> str:
    """``value`` without the apostrophe an export puts before a formula-like value."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def is_blank(cell: str) -> bool:
    """Whether a cell holds nothing but spaces and invisible characters."""
    return not cell.strip() or not clean_value(cell)


def normalise_header(header: str) -> str:
    """Lower-case letters and digits only: "E-post:" and "E-POST *" both give "epost"."""
    folded = unicodedata.normalize("NFC", clean_value(header).casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def field_for_header(header: str) -> Field | None:
    """The field a header names, or ``None`` for a column Kohort does not know."""
    field = _FIELD_BY_SYNONYM.get(normalise_header(header))
    if field is None and _PARENTHESES.search(header):
        field = _FIELD_BY_SYNONYM.get(normalise_header(_PARENTHESES.sub(" ", header)))
    return field


def guess_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index → field by header synonyms; each field from its first matching column."""
    mapping: dict[int, Field] = {}
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def split_full_name(name: str) -> tuple[str, str]:
    """(first, last) from one name cell; the rules are in the module docstring."""
    name = clean_value(name)
    if "," in name:
        last, _comma, first = name.partition(",")
        return clean(first), clean(last)
    words = name.split(" ")
    if len(words) == 1:
        return name, ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def normalise_phone(value: str) -> str:
    """A phone number as text, with the leading 0 or "+" that Excel dropped when it stored
    the number as a number put back (the rules are in :mod:`app.phones`)."""
    return restored_phone(clean_value(value))


def _check_mapping(table: RawTable, mapping: Mapping[int, Field]) -> None:
    width = len(table.headers)
    seen: dict[Field, int] = {}
    for index, field in mapping.items():
        if not 0 <= index < width:
            raise ValidationError(
                _(
                    "Column {column} is mapped to {field}, but {source} has only {width} columns."
                ).format(
                    column=index + 1, field=_(FIELD_LABELS[field]), source=table.source, width=width
                )
            )
        if field in seen:
            raise ValidationError(
                _(
                    "Two columns are mapped to {field} (columns {first} and {second}); choose one."
                ).format(field=_(FIELD_LABELS[field]), first=seen[field] + 1, second=index + 1)
            )
        seen[field] = index


def to_records(
    table: RawTable, mapping: Mapping[int, Field]
) -> tuple[list[PersonRecord], list[RowError]]:
    """Clean and validate every row; rows with an error give a :class:`RowError` instead.

    Fully blank rows are skipped silently. A mapping without any name column is a single
    error on the header row. Raises :class:`ValidationError` for a mapping that does not fit
    the table (a column that does not exist, a field mapped twice).
    """
    _check_mapping(table, mapping)
    fields = set(mapping.values())
    if not fields & {Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME}:
        message = _(
            "no column holds the participants' names; the file needs a column such as "
            "Förnamn and Efternamn, or Namn"
        )
        return [], [RowError(table.header_row, message)]
    columns = sorted(mapping.items())
    records: list[PersonRecord] = []
    errors: list[RowError] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        if all(is_blank(cell) for cell in row):
            continue
        values = {field: unescape_cell(clean_value(row[index])) for index, field in columns}
        record, row_errors = _record(number, values)
        if row_errors:
            errors.extend(row_errors)
        elif record is not None:
            records.append(record)
    return records, errors


def _record(number: int, values: dict[Field, str]) -> tuple[PersonRecord | None, list[RowError]]:
    errors: list[RowError] = []
    first = values.get(Field.FIRST_NAME, "")
    last = values.get(Field.LAST_NAME, "")
    if not first and not last and values.get(Field.FULL_NAME):
        first, last = split_full_name(values[Field.FULL_NAME])
    if not first and not last:
        errors.append(RowError(number, _("no name")))
    values[Field.FIRST_NAME], values[Field.LAST_NAME] = first, last
    email = values.get(Field.EMAIL, "")
    if email[:7].casefold() == "mailto:":
        email = email[7:].strip()
    if email and not is_valid_email(email):
        errors.append(
            RowError(number, _("“{email}” is not a valid e-mail address").format(email=email))
        )
    values[Field.EMAIL] = email
    warnings: list[RowWarning] = []
    if first and not last:
        warnings.append(
            RowWarning(
                number,
                Field.LAST_NAME,
                _(
                    "“{first}” has no last name; add it to the file unless this person "
                    "goes by a single name"
                ).format(first=first),
            )
        )
    if phone := values.get(Field.PHONE):
        values[Field.PHONE] = normalise_phone(phone)
        if values[Field.PHONE] != phone:
            warnings.append(
                RowWarning(
                    number,
                    Field.PHONE,
                    _(
                        "the phone number {phone} was stored as a number, which drops a "
                        "leading 0 or +; it is read as {read}"
                    ).format(phone=phone, read=values[Field.PHONE]),
                )
            )
    for field, limit in MAX_LENGTH.items():
        if len(values.get(field, "")) > limit:
            errors.append(
                RowError(
                    number,
                    _("the {field} is longer than {limit} characters").format(
                        field=_(FIELD_LABELS[field]), limit=limit
                    ),
                )
            )
    if errors:
        return None, errors

    def optional(field: Field) -> str | None:
        return values.get(field) or None

    return (
        PersonRecord(
            row=number,
            first_name=first,
            last_name=last,
            email=optional(Field.EMAIL),
            phone=optional(Field.PHONE),
            job_title=optional(Field.JOB_TITLE),
            organization=optional(Field.ORGANIZATION),
            department=optional(Field.DEPARTMENT),
            name_as_printed=optional(Field.NAME_AS_PRINTED),
            warnings=tuple(warnings),
        ),
        [],
    )
