"""Twelve ways a database file gets damaged on disk, for the "damaged means refused" tests.

Each takes a closed database file and damages it in place, as a failing disk, a bad USB
stick or a half-finished copy would. The pages are found with SQLite's ``dbstat``, so the
damage lands on a table, index or schema page whatever the layout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def _pages(path: Path) -> tuple[int, dict[str, list[tuple[int, str]]]]:
    # immutable: nothing is created beside the file (no -wal, no -shm)
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        size = int(con.execute("PRAGMA page_size").fetchone()[0])
        pages: dict[str, list[tuple[int, str]]] = {}
        for name, pageno, kind in con.execute(
            "SELECT name, pageno, pagetype FROM dbstat ORDER BY pageno"
        ):
            pages.setdefault(str(name), []).append((int(pageno), str(kind)))
        return size, pages
    finally:
        con.close()


def page(path: Path, name: str, kind: str = "leaf") -> tuple[int, int]:
    """(offset of the first ``kind`` page of table or index ``name``, page size)."""
    size, pages = _pages(path)
    number = next(n for n, k in pages[name] if k == kind)
    # Page 1 starts with the 100-byte file header; its b-tree header comes after it.
    return ((number - 1) * size or 100), size


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


def _overwrite(path: Path, offset: int, value: bytes) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + len(value)] = value
    path.write_bytes(bytes(data))


def _flip_in(name: str, kind: str, at: int, bit: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        start, _size = page(path, name, kind)
        flip_bit(path, start + at, bit)

    return damage


def _fill(name: str, byte: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        start, size = page(path, name)
        _overwrite(path, start, bytes([byte]) * size)

    return damage


def _cut(by: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        size = _pages(path)[0]
        path.write_bytes(data[: len(data) - by(size)])

    return damage


def _swap(path: Path) -> None:
    a, size = page(path, "attendance")
    b, _size = page(path, "person")
    data = bytearray(path.read_bytes())
    data[a : a + size], data[b : b + size] = data[b : b + size], data[a : a + size]
    path.write_bytes(bytes(data))


# A b-tree leaf page: 8 header bytes (type, first freeblock, cell count, content start,
# fragmented bytes), then two bytes per cell pointing at it.
KINDS: dict[str, Callable[[Path], None]] = {
    "bit in a table page's cell count": _flip_in("attendance", "leaf", 4, 6),
    "bit in a table page's cell pointers": _flip_in("attendance", "leaf", 9, 4),
    "bit in an index page's cell pointers": _flip_in("ix_attendance_session_id", "leaf", 11, 3),
    "bit in an interior page's child pointer": _flip_in("person", "internal", 11, 2),
    "bit in the schema page": _flip_in("sqlite_schema", "internal", 9, 5),
    "zeroed table page": _fill("person", 0x00),
    "table page of 0xff": _fill("attendance", 0xFF),
    "two pages swapped": _swap,
    "last pages cut off": _cut(lambda size: 2 * size),
    "cut off mid-page": _cut(lambda size: size // 3),
    "bad header magic": lambda path: _overwrite(path, 0, b"SQLite format 2\x00"),
    "bad page size": lambda path: _overwrite(path, 16, (3000).to_bytes(2, "big")),
}

# Offsets inside the header and cell pointers of a table and an index page, where one
# flipped bit changes the page's structure (a flipped bit in a name is just another name).
STRUCTURAL_BITS = [
    ("attendance", 3, 0),
    ("attendance", 4, 2),
    ("attendance", 8, 7),
    ("attendance", 10, 3),
    ("attendance", 14, 5),
    ("ix_attendance_session_id", 4, 1),
    ("ix_attendance_session_id", 9, 6),
    ("person", 8, 4),  # the first cell pointer: a page may hold a single row
]
