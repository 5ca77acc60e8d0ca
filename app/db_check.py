"""Checks that keep Kohort from writing to a damaged database file.

- :func:`header_problem` and :func:`missing_schema`: the cheap check at every open (the first
  100 bytes and the file's size; the tables and columns Kohort needs), before a byte is written.
- :func:`quick_check_problems`: SQLite's ``PRAGMA quick_check`` over every page, run when
  :class:`CheckRecord` says it is due: after an unclean shutdown, when the file changed
  outside Kohort, and at least once a day.
- :func:`sqlite_code` / :func:`is_corruption`: what an SQLite error means, from its error code
  (never from its text, which depends on the SQLite version and language).
- :func:`remove_orphaned_partials`: half-written copies left by a killed backup or upgrade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.i18n import _

# Re-exported: where the checks are, the codes they tell apart.
from app.reasons import BUSY_CODES as BUSY_CODES
from app.reasons import CORRUPT_CODES as CORRUPT_CODES
from app.reasons import FULL_CODES as FULL_CODES
from app.reasons import READONLY_CODES as READONLY_CODES
from app.reasons import sqlite_code as sqlite_code

_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100


def is_corruption(exc: BaseException | None) -> bool:
    return sqlite_code(exc) in CORRUPT_CODES


def wal_in_use(path: Path) -> bool:
    """Whether a write-ahead log with content lies beside the file (then the file alone is
    not the whole database, and its size may legitimately differ from its header's)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's SQLite header or size, or None. Reads 100 bytes."""
    with open(path, "rb") as file:
        head = file.read(_HEADER_BYTES)
        size = os.fstat(file.fileno()).st_size
    if len(head) < _HEADER_BYTES or head[:16] != _MAGIC:
        return _("it does not start with a SQLite database header")
    raw = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw == 1 else raw
    if (
        not 512 <= page_size <= 65536
        or page_size & (page_size - 1)
        or head[18] not in (1, 2)
        or head[19] not in (1, 2)
        or head[21:24] != b"\x40\x20\x20"
        or int.from_bytes(head[44:48], "big") not in (0, 1, 2, 3, 4)
        or int.from_bytes(head[56:60], "big") not in (0, 1, 2, 3)
    ):
        return _("its SQLite header is damaged")
    if wal_in_use(path):
        return None  # the log holds pages the file does not have yet
    pages = int.from_bytes(head[28:32], "big")
    size_valid = pages > 0 and head[24:28] == head[92:96]
    if size % page_size or (size_valid and size < pages * page_size):
        return _("the file is shorter than its header says (it was cut off)")
    return None


def missing_schema(con: sqlite3.Connection) -> list[str]:
    """The tables and columns of Kohort's current schema that the file lacks."""
    from app.models import Base  # the schema at SCHEMA_HEAD (a test keeps the two equal)

    return missing_from(
        con, {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}
    )


def missing_from(con: sqlite3.Connection, expected: Mapping[str, Iterable[str]]) -> list[str]:
    """The tables and columns of ``expected`` (table → columns) that the file lacks."""
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table'"
    ):
        present.setdefault(str(table), set()).add(str(column))
    missing = []
    for table, names in expected.items():
        columns = present.get(table)
        if columns is None:
            missing.append(table)
            continue
        missing += [f"{table}.{name}" for name in names if name not in columns]
    return missing


def quick_check_problems(path: Path) -> list[str]:
    """``PRAGMA quick_check`` (every page and row, without comparing indexes to tables).

    Non-corruption errors (a full disk, a disk error, a file that cannot be opened) are
    raised: they say nothing about the file (app.db.checked_in_full translates them)."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        if not is_corruption(exc):
            raise
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA quick_check")]
        if rows == ["ok"]:
            return []
        # A problem can take several lines, the first a heading ("*** in database main ***").
        lines = [line.strip() for row in rows for line in row.splitlines()]
        return [line for line in lines if line and not line.startswith("***")] or rows
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return [str(exc)]
    finally:
        con.close()


# -- when the full check is due -----------------------------------------------------------


def record_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _stamp(path: Path) -> list[int]:
    """The file as the file system describes it, from one stat() call. The change time
    (``st_ctime_ns`` on POSIX) moves with every write and cannot be set back the way the
    modification time can (``touch -r``): a same-day change outside Kohort is seen."""
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]


@dataclass(frozen=True)
class CheckRecord:
    """What Kohort knows of a file: the day of its last good full check, and the file as the
    last clean close left it (size, times, inode). Kept in ``<file>.checked`` beside it."""

    checked: dt.date | None
    stamp: list[int] | None

    @staticmethod
    def read(path: Path) -> CheckRecord:
        try:
            data = json.loads(record_path(path).read_text(encoding="utf-8"))
            checked = dt.date.fromisoformat(data["checked"]) if data.get("checked") else None
            stamp = data.get("stamp")
            return CheckRecord(checked, [int(v) for v in stamp] if stamp else None)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return CheckRecord(None, None)

    def full_check_due(self, path: Path, today: dt.date) -> bool:
        """Never checked, checked before today, or changed since Kohort last closed it."""
        if self.checked is None or self.checked < today or self.stamp is None:
            return True
        try:
            return _stamp(path) != self.stamp
        except OSError:
            return True

    def write(self, path: Path, *, checked: dt.date | None = None, stamp: bool = False) -> None:
        """Remember a good check (``checked``) and/or the file as it is now (``stamp``).

        A record that cannot be written only means the next open checks again."""
        day = checked or self.checked
        data = {
            "checked": day.isoformat() if day else None,
            "stamp": _stamp(path) if stamp else self.stamp,
        }
        target = record_path(path)
        with contextlib.suppress(OSError):
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(data, file)

    @staticmethod
    def forget(path: Path) -> None:
        """A damaged file: the next open checks it in full again."""
        with contextlib.suppress(OSError):
            record_path(path).unlink(missing_ok=True)


# -- leftovers of a killed backup or upgrade ----------------------------------------------


def remove_orphaned_partials(path: Path) -> list[Path]:
    """Remove the half-written copies Kohort itself leaves when killed mid-copy.

    Only Kohort's own names, only beside the database and in its ``backups/`` folder: the
    database's own ``<name>.partial`` (a restore or upgrade) and ``backups/<stem>-…<suffix>
    .partial`` (automatic and before-upgrade backups). The caller holds the database's lock,
    so no other Kohort of this database is restoring, upgrading or backing it up
    automatically; a copy still being written there (``kohort backup --out`` into that
    folder takes no lock) is left alone (:func:`app.backup.being_written`).
    """
    from app.backup import being_written

    pattern = re.compile(rf"^{re.escape(path.stem)}-.+{re.escape(path.suffix)}\.partial$")
    candidates = [path.with_name(path.name + ".partial")]
    with contextlib.suppress(OSError):
        candidates += [
            p for p in (path.parent / "backups").iterdir() if pattern.match(p.name) is not None
        ]
    removed = []
    for candidate in candidates:
        try:
            if not candidate.is_file() or candidate.is_symlink():
                continue
            if candidate.parent != path.parent and being_written(candidate):
                continue
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            continue  # someone else's file or a read-only folder: left as it is
    return removed
