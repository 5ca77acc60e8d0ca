"""Reading a participant list as coordinators have it: CSV in any Excel flavour, or XLSX.

CSV: the encoding is found (and text in an Asian or Cyrillic legacy encoding refused) by
:mod:`app.importing.encoding`. The separator is the one of ``;``, tab and ``,`` that splits
the first rows most consistently and yields known headers; a file none of them splits is
one column.
Row numbers are the rows Excel shows: a quoted cell with line breaks is still one row.

XLSX: checked against the limits of :mod:`app.importing.limits` first (unpacked size,
shared strings), then read with openpyxl in read-only mode (defusedxml guards its XML
parsing), first sheet with a recognisable header. Numbers become text without a trailing
".0" (phones stored as numbers), dates become ISO ``YYYY-MM-DD``.

Every row read is checked against the limits on columns and cell length.

The header row need not be the first: a title line and blank rows above it are common. Among
the first 15 non-blank rows, the header is the first row with at least two known headers
(see :mod:`app.importing.mapping`), else the first with at least two non-empty cells and no
e-mail address in them, else the first with one known header. Blank rows are dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections import Counter
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from app.i18n import _
from app.importing.encoding import decode
from app.importing.errors import ImportFileError
from app.importing.limits import cell_too_long_in_csv, check_row, check_workbook
from app.importing.mapping import clean_value, field_for_header, is_blank
from app.locales import number_text
from app.reasons import reason_text
from app.text import is_valid_email

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SCAN_ROWS = 15
# An XLSX sheet "ends" after this many blank rows in a row (formatting can reach row 1048576).
MAX_BLANK_RUN = 10_000
_SNIFF_RECORDS = 200
_DELIMITERS = (";", "\t", ",")

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_ZIP_MAGIC = b"PK"
_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})

__all__ = ["ImportFileError", "RawTable", "find_header", "read_table"]


@dataclass(frozen=True)
class RawTable:
    """A table as read from a file: a header row and data rows, every cell a string."""

    source: str  # file name, for messages
    header_row: int  # 1-based row number of the header in the file/sheet
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # same width as headers, "" for empty
    row_numbers: tuple[int, ...]  # 1-based row number in the file/sheet of each data row
    encoding: str | None = None  # CSV only: "utf-8-sig", "utf-8", "cp1252", "utf-16"
    delimiter: str | None = None  # CSV only; None for a one-column file
    sheet: str | None = None  # XLSX only


def read_table(path: Path) -> RawTable:
    """Read a CSV or XLSX participant list; :class:`ImportFileError` says why it cannot."""
    data = _read_bytes(path)
    name = path.name
    suffix = path.suffix.lower()
    if data.startswith(_OLE2_MAGIC):
        if suffix == ".xls":
            raise ImportFileError(
                _(
                    "{name} is in the old Excel format (.xls); save it as .xlsx (Excel "
                    "Workbook) and import that."
                ).format(name=name)
            )
        raise ImportFileError(
            _(
                "{name} is in the old Excel format (.xls) or protected with a "
                "password; save it as .xlsx (Excel Workbook) without a password and "
                "import that."
            ).format(name=name)
        )
    if suffix == ".xls":
        raise ImportFileError(
            _(
                "{name} is not a current Excel file; save it as .xlsx (Excel Workbook) and "
                "import that."
            ).format(name=name)
        )
    if suffix == ".ods":
        raise ImportFileError(
            _(
                "{name} is an OpenDocument spreadsheet; save it as .xlsx (Excel Workbook) "
                "and import that."
            ).format(name=name)
        )
    if suffix == ".numbers":
        raise ImportFileError(
            _(
                "{name} is a Numbers document; save it as .xlsx (Excel Workbook) and import that."
            ).format(name=name)
        )
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(name, data)
    if suffix in _XLSX_SUFFIXES:
        raise ImportFileError(
            _(
                "{name} is not a valid Excel workbook (it may be damaged or another "
                "kind of file renamed); open it in Excel, save it as .xlsx again and "
                "import that."
            ).format(name=name)
        )
    return _read_csv(name, data)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ImportFileError(_("{path} is a folder, not a file.").format(path=path))
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ImportFileError(_("The file {path} does not exist.").format(path=path)) from exc
    except PermissionError as exc:
        raise ImportFileError(_("Kohort is not allowed to read {path}.").format(path=path)) from exc
    except OSError as exc:
        raise ImportFileError(
            _("Cannot read {path} ({reason}).").format(path=path, reason=reason_text(exc))
        ) from exc
    if not data:
        raise ImportFileError(_("{name} is empty.").format(name=path.name))
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _(
                "{name} is larger than {limit} MB, far more than a participant list; "
                "check that it is the right file."
            ).format(name=path.name, limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    return data


# ---------------------------------------------------------------------------------- header


def _header_score(cells: Sequence[str]) -> tuple[int, int, bool]:
    """(cells naming a known field, non-empty cells, whether a cell is an e-mail address)."""
    known = non_empty = 0
    has_email = False
    for cell in cells:
        text = clean_value(cell)
        if not text:
            continue
        non_empty += 1
        if field_for_header(text) is not None:
            known += 1
        elif "@" in text and is_valid_email(text):
            has_email = True
    return known, non_empty, has_email


def find_header(rows: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """(index of the header among ``rows``, strength 3/2/1) or ``None`` (see module doc)."""
    scores = [_header_score(cells) for cells in rows[:HEADER_SCAN_ROWS]]
    for index, (known, _n, _e) in enumerate(scores):
        if known >= 2:
            return index, 3
    for index, (_k, non_empty, has_email) in enumerate(scores):
        if non_empty >= 2 and not has_email:
            return index, 2
    for index, (known, _n, _e) in enumerate(scores):
        if known >= 1:
            return index, 1
    return None


def _table(
    name: str,
    numbered: Iterator[tuple[int, list[str]]],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> RawTable:
    rows = _non_blank(name, numbered)
    if not rows:
        raise ImportFileError(_("{name} is empty: it has no rows with any text.").format(name=name))
    found = find_header([cells for _number, cells in rows])
    if found is None:
        raise ImportFileError(
            _(
                "{name} has no header row that Kohort recognises; add a row with "
                "column names such as Förnamn, Efternamn and E-post above the first "
                "participant."
            ).format(name=name)
        )
    index = found[0]
    header_number, header = rows[index]
    data = rows[index + 1 :]
    width = max(_used_width(cells) for _number, cells in rows[index:])
    return RawTable(
        source=name,
        header_row=header_number,
        headers=tuple(clean_value(cell) for cell in _fit(header, width)),
        rows=tuple(_fit(cells, width) for _number, cells in data),
        row_numbers=tuple(number for number, _cells in data),
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
    )


def _non_blank(name: str, numbered: Iterator[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    rows = []
    for number, cells in numbered:
        if all(is_blank(cell) for cell in cells):
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
            raise ImportFileError(
                _(
                    "{name} has more than {max_rows} rows, far more than a participant "
                    "list; check that it is the right file."
                ).format(name=name, max_rows=number_text(MAX_ROWS))
            )
    return rows


def _used_width(cells: Sequence[str]) -> int:
    width = len(cells)
    while width and is_blank(cells[width - 1]):
        width -= 1
    return max(width, 1)


def _fit(cells: Sequence[str], width: int) -> tuple[str, ...]:
    if len(cells) >= width:
        return tuple(cells[:width])
    return (*cells, *([""] * (width - len(cells))))


# ------------------------------------------------------------------------------------- CSV


def _read_csv(name: str, data: bytes) -> RawTable:
    text, encoding = decode(name, data)
    delimiter = _detect_delimiter(text)
    return _table(name, _csv_rows(name, text, delimiter), encoding=encoding, delimiter=delimiter)


def _csv_reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def _one_column_delimiter(text: str) -> str:
    """A separator that never occurs, so that csv only handles quotes and line breaks."""
    return next((c for c in "\x1f\x1e\x1d\x1c\x01" if c not in text), "\x1f")


def _detect_delimiter(text: str) -> str | None:
    """The separator that splits the first rows into equal widths with known headers.

    Each candidate is scored by (known headers in a row of its most common width, rows of
    that width, the width). A one-column reading competes on known headers only, so
    "Namn" above "Lindqvist, Anna" stays one column but any real separator wins otherwise.
    """
    sample = text[:65536]
    best: tuple[int, int, int] | None = None
    chosen: str | None = None
    for delimiter in _DELIMITERS:
        try:
            records = [r for r in islice(_csv_reader(sample, delimiter), _SNIFF_RECORDS) if any(r)]
        except csv.Error:
            continue
        widths = Counter(len(r) for r in records if len(r) > 1)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        known = max(
            (_header_score(r)[0] for r in records[:HEADER_SCAN_ROWS] if len(r) == width),
            default=0,
        )
        score = (known, count, width)
        if best is None or score > best:
            best, chosen = score, delimiter
    one_column = [
        r for r in islice(_csv_reader(sample, _one_column_delimiter(sample)), 50) if any(r)
    ]
    known = max((_header_score(r)[0] for r in one_column[:HEADER_SCAN_ROWS]), default=0)
    if best is None or known > best[0]:
        return None
    return chosen


def _csv_rows(name: str, text: str, delimiter: str | None) -> Iterator[tuple[int, list[str]]]:
    number = 0
    try:
        for number, cells in enumerate(
            _csv_reader(text, delimiter or _one_column_delimiter(text)), start=1
        ):
            check_row(name, number, cells)
            yield number, cells
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise cell_too_long_in_csv(name, number + 1, csv.field_size_limit()) from exc
        raise ImportFileError(
            _(
                "{name} cannot be read as CSV after row {number}; check for a "
                'quote (") that is never closed.'
            ).format(name=name, number=number)
        ) from exc


# ------------------------------------------------------------------------------------ XLSX


def _read_xlsx(name: str, data: bytes) -> RawTable:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, styles); irrelevant here
            warnings.simplefilter("ignore")
            import openpyxl  # loaded only for .xlsx: it is most of a command's start-up

            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                check_workbook(name, archive)
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = _choose_sheet(name, workbook.worksheets)
                if sheet is None:
                    raise ImportFileError(
                        _("{name} is empty: no sheet has rows with any text.").format(name=name)
                    )
                return _table(name, _sheet_rows(sheet, name), sheet=sheet.title)
            finally:
                workbook.close()
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl fails in many ways on a damaged file
        raise ImportFileError(
            _(
                "{name} is not a valid Excel workbook, or it is damaged; open it in "
                "Excel, save it as .xlsx again and import that."
            ).format(name=name)
        ) from exc


def _choose_sheet(name: str, sheets: Sequence[Any]) -> Any:
    """The first sheet with a strong header, else the first with the best header found."""
    best: tuple[int, Any] | None = None
    first_with_rows = None
    for sheet in sheets:
        sheet.reset_dimensions()  # some writers record wrong dimensions; read what is there
        rows = _sheet_rows(sheet, name)
        try:
            head = [
                cells
                for _number, cells in islice(
                    ((n, c) for n, c in rows if not all(is_blank(x) for x in c)),
                    HEADER_SCAN_ROWS,
                )
            ]
        finally:
            rows.close()
        if head and first_with_rows is None:
            first_with_rows = sheet
        found = find_header(head)
        if found is not None and (best is None or found[1] > best[0]):
            best = (found[1], sheet)
            if found[1] == 3:
                break
    return best[1] if best is not None else first_with_rows


def _sheet_rows(sheet: Any, name: str) -> Generator[tuple[int, list[str]], None, None]:
    blank_run = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [cell_text(value) for value in values]
        check_row(name, number, cells, sheet.title)
        if all(not cell for cell in cells):
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                return
            continue
        blank_run = 0
        yield number, cells


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a coordinator sees: 701234567, 2025-03-01."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        spec = "minutes" if not value.second and not value.microsecond else "seconds"
        return value.isoformat(sep=" ", timespec=spec)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    return str(value)
