"""Exporting a cohort's participant list to CSV or XLSX, safe to open in any spreadsheet.

CSV is UTF-8 with a byte-order mark and ``;`` between fields, so that Excel on a Swedish or
Finnish Windows opens it with the right columns and letters. XLSX has a bold, frozen header
row and columns wide enough for their content. The column names are the ones the importer
recognises, so an exported list can be imported into another cohort.

A cell that a spreadsheet would run as a formula (see :func:`escape_cell`) is written as
text: in CSV with a leading apostrophe, in XLSX as a text cell with Excel's own "quote
prefix" flag (what Excel stores when you type '=…), so the value shows as written.

The file is written beside the target under a temporary name and renamed into place, so a
failed export never leaves a half-written file and never damages an earlier export.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

from app.domain import Language
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import _
from app.importing.mapping import FORMULA_STARTS
from app.services.enrollments import ParticipantInfo
from app.services.export_words import PARTICIPANT_LIST, ParticipantListWords

_MAX_WIDTH = 50

Value = str | int | Fraction | None


def escape_cell(value: str) -> str:
    """The value with a leading apostrophe if a spreadsheet could take it for a formula.

    A value starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or the
    full-width ＝＋－＠, which some spreadsheets fold to the ASCII ones) is escaped
    (OWASP "CSV injection"). This deliberately includes harmless values such as "-5" or the
    phone number "+46 70 123 45 67": telling them apart from a crafted formula is not safe,
    and a visible apostrophe is the lesser harm.
    """
    if value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


def participant_values(participant: ParticipantInfo, words: ParticipantListWords) -> list[Value]:
    """One row of the export, in the order of ``words.columns``."""
    person = participant.person
    eligibility = participant.eligibility
    override = eligibility.override if eligibility is not None else None
    return [
        person.last_name,
        person.first_name,
        person.name_as_printed,
        person.email,
        person.phone,
        person.organization,
        person.department,
        person.job_title,
        words.roles[participant.role],
        words.statuses[participant.status],
        participant.mentor_name,
        eligibility.attended if eligibility is not None else None,
        eligibility.held if eligibility is not None else None,
        eligibility.rate if eligibility is not None else None,
        words.standings[eligibility.standing] if eligibility is not None else None,
        override.reason if override is not None else None,
    ]


def export_participants(rows: Sequence[ParticipantInfo], path: Path, *, language: Language) -> None:
    """Write the participant list to ``path`` (.csv or .xlsx), replacing it if it exists,
    in ``language`` (the cohort's document language: the list goes to managers)."""
    words = PARTICIPANT_LIST[language]
    values = [participant_values(p, words) for p in rows]
    write_table(path, words.columns, values, sheet=words.sheet)


def write_table(
    path: Path, headers: Sequence[str], values: list[list[Value]], *, sheet: str
) -> None:
    """Write a table to ``path`` (.csv or .xlsx) atomically, formula-safe."""
    writers: dict[str, Callable[[Path, Sequence[str], list[list[Value]], str], None]] = {
        ".csv": _write_csv,
        ".xlsx": _write_xlsx,
    }
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise ValidationError(
            _("Kohort exports tables as .csv or .xlsx, not “{name}”.").format(
                name=path.suffix or path.name
            )
        )
    write_atomically(
        path, lambda partial: writer(partial, headers, values, sheet), what=_("the export")
    )


def _percent(rate: Fraction) -> int:
    return int(rate * 100 + Fraction(1, 2))  # half up: 2/3 is 67 %


def _csv_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, Fraction):
        return f"{_percent(value)}%"
    if isinstance(value, int):
        return str(value)
    return escape_cell(value)


def _write_csv(path: Path, headers: Sequence[str], rows: list[list[Value]], _sheet: str) -> None:
    with path.open("x", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow([escape_cell(h) for h in headers])
        writer.writerows([_csv_text(v) for v in row] for row in rows)


def _write_xlsx(path: Path, headers: Sequence[str], rows: list[list[Value]], name: str) -> None:
    from openpyxl import Workbook  # loaded only when an .xlsx is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(name)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for title in headers:
        text = ILLEGAL_CHARACTERS_RE.sub("", title)
        cell = WriteOnlyCell(sheet, value=text)
        if escape_cell(text) != text:  # a session called "=Avslutning" is still text
            cell.data_type = "s"
            cell.quotePrefix = True
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    workbook.save(path)


def _xlsx_cell(sheet: object, value: Value) -> object:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        cell = WriteOnlyCell(sheet, value=_percent(value) / 100)
        cell.number_format = "0%"
        return cell
    text = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters are not allowed in XML
    if escape_cell(text) == text:
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl takes "=…" for a formula; it is text
    cell.quotePrefix = True
    return cell


def _widths(headers: Sequence[str], rows: list[list[Value]]) -> list[int]:
    widths = [len(title) for title in headers]
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, str):
                widths[index] = max(widths[index], len(value))
    return [min(width + 2, _MAX_WIDTH) for width in widths]
