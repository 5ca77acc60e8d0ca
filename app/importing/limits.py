"""Fixed limits on every import, so that a hostile or mistaken file is refused in seconds.

A participant list is small: even 50,000 people fit in a few MB. The limits below are far
above any real list and far below what would take minutes or gigabytes to read:

- the file itself: 20 MB (``reader.MAX_FILE_BYTES``);
- an .xlsx unpacked: 50 MB in all its parts, checked from the zip's directory before
  anything is read, and again while each part is inflated (a directory can lie), and at
  most 10,000 parts and 1,000,000 shared strings;
- rows: 50,000 (``reader.MAX_ROWS``); columns with text: 200; a cell: 5,000 characters
  (a name, e-mail or organization never comes near; the limit leaves room for free-text
  columns such as "Motivering" in application-form exports, which Kohort ignores).

Messages name the limit and the place (sheet, row, column) and show at most the first 40
characters of a cell, never the whole of it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from typing import IO, Any
from xml.parsers import expat

from app.i18n import _
from app.importing.errors import ImportLimitError
from app.locales import number_text

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_SHARED_STRINGS = 1_000_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 5_000
PREVIEW_CHARS = 40
_CHUNK = 64 * 1024
_SPACES = re.compile(r"\s+")


def column_name(number: int) -> str:
    """The column letters Excel shows: 1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def preview(text: str) -> str:
    """The start of a cell for a message: one line, at most 40 characters, then "…"."""
    short = _SPACES.sub(" ", text[: PREVIEW_CHARS * 4]).strip()
    if len(short) > PREVIEW_CHARS or len(text) > PREVIEW_CHARS * 4:
        return short[:PREVIEW_CHARS].rstrip() + "…"
    return short


def _place(number: int, column: int, sheet: str | None) -> str:
    if sheet is None:
        return _("Row {row}, column {column}").format(row=number, column=column_name(column))
    return _("Sheet {sheet}, row {row}, column {column}").format(
        sheet=sheet, row=number, column=column_name(column)
    )


def check_row(name: str, number: int, cells: Sequence[str], sheet: str | None = None) -> None:
    """Refuse a row with a cell longer than MAX_CELL_CHARS or text beyond MAX_COLUMNS.

    Cheap for the rows that pass: one length per cell, nothing more.
    """
    if max(map(len, cells), default=0) > MAX_CELL_CHARS:
        column, cell = next((i, c) for i, c in enumerate(cells) if len(c) > MAX_CELL_CHARS)
        raise ImportLimitError(
            _(
                "{place}: a cell holds {length} characters (“{start}”); the limit is "
                "{limit}. Shorten it or remove the column, then import again."
            ).format(
                place=_place(number, column + 1, sheet),
                length=number_text(len(cell)),
                start=preview(cell),
                limit=number_text(MAX_CELL_CHARS),
            )
        )
    if len(cells) > MAX_COLUMNS:
        last = max((i for i, cell in enumerate(cells) if cell.strip()), default=-1)
        if last >= MAX_COLUMNS:
            raise ImportLimitError(
                _(
                    "{place}: {name} has text in more than {limit} columns, far more than "
                    "a participant list; check that it is the right file."
                ).format(
                    place=_place(number, last + 1, sheet), name=name, limit=number_text(MAX_COLUMNS)
                )
            )


def cell_too_long_in_csv(name: str, number: int, field_limit: int) -> ImportLimitError:
    """The csv module stopped at a field longer than its own limit (far above ours).

    Most often a quote that is never closed has made the rest of the file one cell.
    """
    return ImportLimitError(
        _(
            "Row {row} of {name}: a cell holds more than {length} characters; the limit "
            'is {limit}. Check for a quote (") that is never closed, or shorten the cell.'
        ).format(
            row=number,
            name=name,
            length=number_text(field_limit),
            limit=number_text(MAX_CELL_CHARS),
        )
    )


def _too_big(name: str) -> ImportLimitError:
    return ImportLimitError(
        _(
            "{name} unpacks to more than {limit} MB, far more than a participant list; "
            "check that it is the right file."
        ).format(name=name, limit=MAX_UNPACKED_BYTES // (1024 * 1024))
    )


def check_workbook(name: str, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook beyond the limits before openpyxl reads any of it.

    The directory's sizes are checked first; then every part is inflated through a
    counting read (at most 64 KB at a time) so that a part larger than its directory
    entry says is still stopped at the limit, and the shared strings are counted. Memory
    stays at a few hundred KB whatever the file claims.
    """
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportLimitError(
            _(
                "{name} holds more than {limit} parts, far more than a workbook with a "
                "participant list; check that it is the right file."
            ).format(name=name, limit=number_text(MAX_MEMBERS))
        )
    if sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise _too_big(name)
    used = 0
    # the shared strings first: openpyxl reads the whole table into memory
    for info in sorted(members, key=lambda i: "sharedstrings" not in i.filename.lower()):
        counter = _SharedStrings(name) if _is_shared_strings(info.filename) else None
        with archive.open(info) as part:
            used = _inflate(name, part, used, counter)
        if counter is not None:
            counter.close()


def _is_shared_strings(filename: str) -> bool:
    return filename.lower().rsplit("/", 1)[-1] == "sharedstrings.xml"


def _inflate(name: str, part: IO[bytes], used: int, counter: _SharedStrings | None) -> int:
    while chunk := part.read(_CHUNK):
        used += len(chunk)
        if used > MAX_UNPACKED_BYTES:
            raise _too_big(name)
        if counter is not None:
            counter.feed(chunk)
    return used


class _SharedStrings:
    """Counts <si> entries as the XML streams by; refuses DTDs (entity expansion)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0
        self.parser = expat.ParserCreate()
        self.parser.StartElementHandler = self._start
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._doctype

    def _start(self, tag: str, _attrs: dict[str, str]) -> None:
        if tag == "si" or tag.endswith(":si"):
            self.count += 1
            if self.count > MAX_SHARED_STRINGS:
                raise ImportLimitError(
                    _(
                        "{name} holds more than {limit} different texts, far more than a "
                        "participant list; check that it is the right file."
                    ).format(name=self.name, limit=number_text(MAX_SHARED_STRINGS))
                )

    def _doctype(self, *_args: Any) -> None:
        raise ValueError("a DTD in a workbook part")  # reported as a damaged workbook

    def feed(self, chunk: bytes) -> None:
        self.parser.Parse(chunk, False)

    def close(self) -> None:
        self.parser.Parse(b"", True)
