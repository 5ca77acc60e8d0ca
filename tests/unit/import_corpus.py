"""Participant lists in every shape coordinators have them, generated into a test's tmp_path.

The people include the names that break naive importers: Nordic letters in both Unicode
forms (NFC and decomposed NFD), a Turkish dotless ı, non-breaking spaces and a hyphenated
double surname.
"""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

NBSP = "\u00a0"
NFD_ASA = unicodedata.normalize("NFD", "Åsa")
assert NFD_ASA != "Åsa"

HEADERS = ("Förnamn", "Efternamn", "E-post", "Mobil", "Organisation", "Befattning", "Avdelning")
TITLE = "Deltagarlista Framtidens ledare 2025"

# (first, last, e-mail, phone, organization, job title, department) as typed in the file
PEOPLE: tuple[tuple[str, ...], ...] = (
    (
        "Åsa",
        "Öberg-Jäätteenmäki",
        "asa.oberg@alingsas.se",
        "070-123 45 67",
        "Alingsås kommun",
        "Kommunikationsstrateg",
        "Kommunledningskontoret",
    ),
    (
        f"{NBSP}{NFD_ASA} ",  # decomposed Å, surrounded by odd spaces
        f"Lindqvist{NBSP}",
        " Asa.Lindqvist@Boras.se ",
        "+46 70 765 43 21",
        f"Borås{NBSP}Stad",
        "Enhetschef",
        "Socialförvaltningen",
    ),
    (
        "Zeynep",
        "Yılmaz",
        "zeynep.yilmaz@lerum.se",
        "",
        "Lerums kommun",
        "HR-specialist",
        "",
    ),
)
# What the importer must make of PEOPLE: (first, last, e-mail, phone, organization)
EXPECTED: tuple[tuple[str, str, str, str | None, str], ...] = (
    ("Åsa", "Öberg-Jäätteenmäki", "asa.oberg@alingsas.se", "070-123 45 67", "Alingsås kommun"),
    ("Åsa", "Lindqvist", "Asa.Lindqvist@Boras.se", "+46 70 765 43 21", "Borås Stad"),
    ("Zeynep", "Yılmaz", "zeynep.yilmaz@lerum.se", None, "Lerums kommun"),
)
# Legacy Windows "CSV" (cp1252) cannot hold ı or a decomposed Å: Excel writes these instead.
CP1252_PEOPLE = (
    PEOPLE[0],
    ("Åsa", "Lindqvist", "asa.lindqvist@boras.se", "0707654321", "Borås Stad", "Chef", ""),
)


def csv_text(
    rows: Sequence[Sequence[str]],
    delimiter: str,
    *,
    title: str | None = None,
    line_end: str = "\r\n",
) -> str:
    """Rows as Excel writes them: quoted only when needed, every row as wide as the header."""

    def field(value: str) -> str:
        if any(c in value for c in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    width = max(len(r) for r in rows)
    lines = []
    if title is not None:
        lines.append(delimiter.join([field(title)] + [""] * (width - 1)))
        lines.append(delimiter * (width - 1))
    lines += [delimiter.join(field(v) for v in r) for r in rows]
    return line_end.join(lines) + line_end


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str,
    delimiter: str,
    title: str | None = None,
) -> Path:
    """``encoding`` as Excel saves: "utf-8-sig" (CSV UTF-8), "cp1252" (CSV), "utf-16"
    (Unicode text: little-endian with a byte-order mark), or "utf-8" (other tools)."""
    text = csv_text(rows, delimiter, title=title)
    if encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    title: str | None = None,
    blank_rows_above: int = 0,
    trailing_formatted_rows: int = 0,
    sheets_before: int = 0,
) -> Path:
    """A workbook as coordinators make them: a title, blank rows, formatted empty rows below."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    if sheets_before:
        first.title = "Instruktioner"
        first.append(["Fyll i en rad per deltagare."])
        for i in range(1, sheets_before):
            workbook.create_sheet(f"Blad{i}")
        sheet = workbook.create_sheet("Deltagare")
    else:
        sheet = first
        sheet.title = "Deltagare"
    if title is not None:
        sheet.append([title])
    for _ in range(blank_rows_above):
        sheet.append([])
    for row in rows:
        sheet.append(list(row))
    fill = PatternFill("solid", fgColor="FFFF00")
    last = sheet.max_row
    for r in range(last + 1, last + 1 + trailing_formatted_rows):
        for c in range(1, len(rows[0]) + 3):
            sheet.cell(row=r, column=c).fill = fill  # empty but formatted: stored in the file
    workbook.save(path)
    return path


def xlsx_people_rows() -> list[list[object]]:
    """Header plus PEOPLE with phones stored as numbers and a date column, as Excel does."""
    header: list[object] = [*HEADERS, "Startdatum"]
    rows: list[list[object]] = [header]
    phones: tuple[object, ...] = (701234567, 46707654321.0, None)
    for person, phone in zip(PEOPLE, phones, strict=True):
        rows.append([*person[:3], phone, *person[4:], dt.date(2025, 9, 2)])
    return rows


def ole2_bytes() -> bytes:
    """The start of a legacy .xls (OLE2 compound document)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
