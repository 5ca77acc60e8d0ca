"""Crafted .xlsx files for the import limits: decompression bombs written streamed.

A 300 MB cell of one repeated character deflates to ~300 KB; the sheet and shared-strings
XML are written to the zip in 1 MB chunks, so making a bomb never holds it in memory.
Used by tests/unit/test_import_limits.py and benchmarks/bench_import_bombs.py.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOC = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CHUNK = 1 << 20

_STATIC = {
    "[Content_Types].xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
        '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_DOC}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_DOC}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_DOC}.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheets><sheet name="Deltagare" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}


class Repeat(NamedTuple):
    """A cell of ``count`` times ``char``, never built as one string."""

    char: str
    count: int


class Shared(NamedTuple):
    """A cell holding shared string number ``index``."""

    index: int


Cell = str | Repeat | Shared


def column_letters(number: int) -> str:
    """1 → A, 27 → AA, 16384 → XFD."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(value: str | Repeat) -> Iterator[str]:
    if isinstance(value, str):
        yield _escape(value)
        return
    left = value.count
    while left:
        n = min(left, _CHUNK)
        yield _escape(value.char) * n
        left -= n


def _sheet(rows: Iterable[Sequence[Cell]]) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
    for r, cells in enumerate(rows, start=1):
        yield f'<row r="{r}">'
        for c, cell in enumerate(cells, start=1):
            ref = f"{column_letters(c)}{r}"
            if isinstance(cell, Shared):
                yield f'<c r="{ref}" t="s"><v>{cell.index}</v></c>'
            else:
                yield f'<c r="{ref}" t="inlineStr"><is><t>'
                yield from _text(cell)
                yield "</t></is></c>"
        yield "</row>"
    yield "</sheetData></worksheet>"


def _shared(strings: Sequence[str | Repeat]) -> Iterator[str]:
    n = len(strings)
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield f'<sst xmlns="{_MAIN}" count="{n}" uniqueCount="{n}">'
    for value in strings:
        yield "<si><t>"
        yield from _text(value)
        yield "</t></si>"
    yield "</sst>"


def _write(out: IO[bytes], parts: Iterable[str]) -> None:
    buffer: list[str] = []
    size = 0
    for part in parts:
        buffer.append(part)
        size += len(part)
        if size >= _CHUNK:
            out.write("".join(buffer).encode())
            buffer, size = [], 0
    out.write("".join(buffer).encode())


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Cell]], shared: Sequence[str | Repeat] = ()
) -> Path:
    """A workbook with one sheet of ``rows`` and the shared strings ``shared``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, text in _STATIC.items():
            zf.writestr(name, text)
        for name, parts in (
            ("xl/worksheets/sheet1.xml", _sheet(rows)),
            ("xl/sharedStrings.xml", _shared(shared)),
        ):
            with zf.open(name, "w") as out:
                _write(out, parts)
    return path


HEADER: tuple[str, ...] = ("Förnamn", "Efternamn", "E-post")


def one_huge_cell(path: Path, chars: int = 300_000_000, *, inline: bool = False) -> Path:
    """The issue's bomb: a ~300 KB workbook whose one cell holds 300 million characters."""
    if inline:
        return write_xlsx(path, [HEADER, (Repeat("a", chars), "Öberg", "a@b.se")])
    return write_xlsx(path, [HEADER, (Shared(0), "Öberg", "a@b.se")], [Repeat("a", chars)])


def many_big_cells(
    path: Path, cells: int = 16_384, chars: int = 20 * 1024, *, inline: bool = True
) -> Path:
    """The issue's second bomb: a row of ``cells`` cells of ``chars`` characters each."""
    if inline:
        return write_xlsx(path, [HEADER, [Repeat("x", chars)] * cells])
    return write_xlsx(path, [HEADER, [Shared(0)] * cells], [Repeat("x", chars)])


def lie_about_sizes(path: Path, factor: int = 1000) -> Path:
    """Rewrite the zip's central directory so every member claims 1/factor of its size.

    The local headers and the data are left as they are: a reader that trusts the
    directory alone under-estimates what it will inflate.
    """
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    start = data.rfind(b"PK\x05\x06")
    pos = int.from_bytes(data[start + 16 : start + 20], "little")
    for _info in infos:
        assert data[pos : pos + 4] == b"PK\x01\x02"
        size = int.from_bytes(data[pos + 24 : pos + 28], "little")
        if size not in (0, 0xFFFFFFFF):
            data[pos + 24 : pos + 28] = max(1, size // factor).to_bytes(4, "little")
        name_len, extra_len, comment_len = (
            int.from_bytes(data[pos + o : pos + o + 2], "little") for o in (28, 30, 32)
        )
        pos += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))
    return path
