"""Automatic backups in the ``backups/`` folder beside the database: taking, rotating and
listing them (restoring one: app/restore.py).

Kohort's own files in ``backups/`` are recognised by their names, all starting with the
database's own stem (``kohort`` for ``kohort.sqlite3``) and ending with its suffix:

- ``kohort-1a2b3c4d-2026-12-07-1705.sqlite3``: automatic, rotated (the last 7 daily, 4
  weekly and 12 monthly copies are kept, see :func:`backups_to_keep`). ``1a2b3c4d`` is the
  database's identity (:func:`database_id`), so the backups of two databases sharing one
  second backup folder (both ``kohort.sqlite3``) never rotate each other out. The id
  matters only there: the ``backups/`` folder beside the database belongs to it, so every
  automatic copy of its stem there is its own, whatever the id (a database moved or copied
  to another computer with its folder keeps its backups), and so are the copies named the
  older way, ``kohort-2026-12-07-1705.sqlite3``;
- ``kohort-before-upgrade-20261207-170512.sqlite3`` (app/db.py), ``kohort-before-restore-…``
  and ``kohort-damaged-…``: made once for a reason, never removed by rotation;
- anything else (a coordinator's own copy) is never touched nor listed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
from collections.abc import Collection, Hashable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.backup import backup_database, integrity_problems, read_only_uri
from app.db_check import header_problem
from app.errors import DatabaseError
from app.i18n import _
from app.reasons import reason_text

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# While Kohort is open, an automatic backup is due when the newest is this old.
BACKUP_INTERVAL = dt.timedelta(days=1)
FOLDER_NAME = "backups"
_AUTOMATIC_STAMP = "%Y-%m-%d-%H%M"
SPECIAL_STAMP = "%Y%m%d-%H%M%S"


class Kind(StrEnum):
    AUTOMATIC = "automatic"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"
    OTHER = "other"  # a file chosen by hand


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER_NAME


def database_id(db_path: Path) -> str:
    """Eight hex digits that tell this database's automatic backups from another's with the
    same file name in a shared second folder: a hash of the database's full path.

    Why the path, not an id stored in the file: it is known without opening the database,
    so listing works when the file is damaged or missing, and taking an id never writes to
    the database. After the file moves, its copies in its own ``backups/`` still count as
    its own (the id is not looked at there); only the copies in a shared second folder
    carry the old id, and are then never rotated out there (kept, not lost).
    """
    key = os.path.normcase(str(db_path.expanduser().absolute()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _pattern(db_path: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(db_path.stem), re.escape(db_path.suffix)
    return re.compile(
        rf"^{stem}-(?:(?:(?P<id>[0-9a-f]{{8}})-)?(?P<auto>\d{{4}}-\d\d-\d\d-\d{{4}})"
        rf"|(?P<kind>before-upgrade|before-restore|damaged)-(?P<special>\d{{8}}-\d{{6}}))"
        rf"(?:-\d+)?{suffix}$"
    )


def _match(
    db_path: Path, name: str, *, own_folder: bool = False
) -> tuple[Kind, dt.datetime, bool] | None:
    """Kind, time and whether the name is of the older kind without the database's id.

    ``own_folder``: the name is in the database's own ``backups/``, where any id is its own.
    """
    found = _pattern(db_path).match(name)
    if found is None:
        return None
    try:
        if found["auto"]:
            if not own_folder and found["id"] not in (None, database_id(db_path)):
                return None  # another database's, with the same file name
            taken = dt.datetime.strptime(found["auto"], _AUTOMATIC_STAMP)
            return Kind.AUTOMATIC, taken, found["id"] is None
        taken = dt.datetime.strptime(found["special"], SPECIAL_STAMP)
        return Kind(found["kind"]), taken, False
    except ValueError:  # "2026-13-45-9999": looks like ours, is not a time
        return None


def recognise(
    db_path: Path, name: str, *, own_folder: bool = False
) -> tuple[Kind, dt.datetime] | None:
    """The kind and time of one of Kohort's backups of ``db_path``; None for any other file
    (also, outside its own ``backups/``, for another database's automatic backup)."""
    found = _match(db_path, name, own_folder=own_folder)
    return None if found is None else (found[0], found[1])


def automatic_name(db_path: Path, now: dt.datetime) -> str:
    """The name of an automatic backup taken ``now``, without the suffix."""
    return f"{db_path.stem}-{database_id(db_path)}-{now.strftime(_AUTOMATIC_STAMP)}"


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``stem + suffix`` in ``folder``, or ``stem-2 + suffix``…: an existing file is kept."""
    target, number = folder / f"{stem}{suffix}", 1
    while target.exists() or target.with_name(target.name + ".partial").exists():
        number += 1
        target = folder / f"{stem}-{number}{suffix}"
    return target


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            _("Cannot create the backup folder {folder} ({reason}).").format(
                folder=folder, reason=reason_text(exc)
            )
        ) from exc


# -- rotation ------------------------------------------------------------------------------


def _day(t: dt.datetime) -> Hashable:
    return t.date()


def _week(t: dt.datetime) -> Hashable:
    return t.isocalendar()[:2]


def _month(t: dt.datetime) -> Hashable:
    return (t.year, t.month)


def backups_to_keep(
    times: Collection[dt.datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Which backups to keep, from their times alone: the newest of each of the last
    ``daily`` days that have a backup, then of ``weekly`` more weeks, then of ``monthly``
    more months (borg's and restic's rule: a copy kept for a day does not also count as a
    week's). At most ``daily + weekly + monthly``; the newest is always kept.

    Counted by days that have a backup, not calendar days: a laptop left closed for a
    month still has its last seven days of work when it comes back.
    """
    ordered = sorted(set(times), reverse=True)
    kept: set[dt.datetime] = set()
    for period, count in ((_day, daily), (_week, weekly), (_month, monthly)):
        chosen, last = 0, None
        for t in ordered:
            if chosen >= count:
                break
            key = period(t)
            if key == last:
                continue
            last = key
            if t not in kept:
                kept.add(t)
                chosen += 1
    return kept


def backup_due(last: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether the window should take its once-a-day backup now.

    A newest backup "in the future" means the clock was wrong or changed: take one.
    """
    return last is None or last > now or now - last >= BACKUP_INTERVAL


def _own_folder(folder: Path, db_path: Path) -> bool:
    return folder.absolute() == backups_folder(db_path).absolute()


def _automatic(folder: Path, db_path: Path) -> dict[Path, dt.datetime]:
    """This database's automatic backups in ``folder``: in its own ``backups/`` every one of
    its stem (whatever the id, or none); elsewhere only those with its id."""
    own = _own_folder(folder, db_path)
    found: dict[Path, dt.datetime] = {}
    with contextlib.suppress(OSError):  # no folder yet: no backups
        for entry in folder.iterdir():
            seen = _match(db_path, entry.name, own_folder=own)
            if seen is None or seen[0] != Kind.AUTOMATIC or (seen[2] and not own):
                continue
            if entry.is_file():
                found[entry] = seen[1]
    return found


def last_automatic_backup(db_path: Path) -> dt.datetime | None:
    """When the newest automatic backup of ``db_path`` was taken (from its name)."""
    return max(_automatic(backups_folder(db_path), db_path).values(), default=None)


def rotate(folder: Path, db_path: Path) -> list[Path]:
    """Remove the automatic backups :func:`backups_to_keep` lets go; the removed files.

    Only this database's: in a folder other than its own ``backups/`` (the second folder,
    perhaps shared by several databases) only the copies with its id.
    Two copies from the same minute ("-2") share a time: both stay until it rotates out.
    """
    found = _automatic(folder, db_path)
    keep = backups_to_keep(found.values())
    removed = []
    for path, taken in sorted(found.items()):
        if taken not in keep:
            try:
                path.unlink()
            except OSError as exc:  # read-only, or gone meanwhile: try again next time
                log.warning("could not remove old backup %s: %s", path.name, exc.strerror)
            else:
                removed.append(path)
    return removed


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    removed: tuple[Path, ...]  # older copies let go by the rotation
    second: Path | None  # the copy in the second folder, if one was made
    notice: str | None  # why there is no second copy, said quietly


def automatic_backup(
    db_path: Path, now: dt.datetime, second_folder: Path | None = None
) -> AutomaticBackup:
    """A verified copy in ``backups/`` beside the database, then the rotation; and the same
    in ``second_folder`` (a USB stick, a network share) when it is there.

    A missing second folder is never created (see :func:`app.backup.check_target_folder`);
    it and any failure there are a notice, since the copy beside the database is saved.
    """
    folder = backups_folder(db_path)
    make_folder(folder)
    stem = automatic_name(db_path, now)
    target = backup_database(db_path, free_name(folder, stem, db_path.suffix))
    removed = rotate(folder, db_path)
    second, notice = None, None
    if second_folder is not None:
        second_folder = second_folder.expanduser()
        if not second_folder.is_dir():
            notice = _(
                "The second backup folder {folder} is not there (is the USB stick or network "
                "share connected?); the backup was saved beside the database only."
            ).format(folder=second_folder)
        else:
            try:
                second = backup_database(db_path, free_name(second_folder, stem, db_path.suffix))
                removed += rotate(second_folder, db_path)
            except DatabaseError as exc:
                notice = str(exc)
    return AutomaticBackup(target, tuple(removed), second, notice)


# -- listing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: Kind
    taken_at: dt.datetime
    size: int  # bytes
    programmes: int | None  # None: the file could not be read
    cohorts: int | None
    people: int | None
    problem: str | None  # None: it passed the check (quick_check in listings, full when chosen)

    @property
    def good(self) -> bool:
        return self.problem is None


def _look(path: Path) -> tuple[tuple[int, int, int] | None, str | None]:
    """Counts of programmes, cohorts and people, read read-only, after ``PRAGMA
    quick_check`` (every page and index entry read, no cross-checks: about 10 ms a MB);
    or why the file fails. A listing never calls a damaged file good."""
    try:
        con = sqlite3.connect(read_only_uri(path, at_rest=True), uri=True)  # leaves no files
    except sqlite3.Error as exc:
        return None, str(exc)
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA quick_check")]
        con.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = tuple(
            int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("program", "cohort", "person")
        )
        if rows != ["ok"]:  # what could be counted is shown; the file is still damaged
            return (counts[0], counts[1], counts[2]), rows[0]
        return (counts[0], counts[1], counts[2]), None
    except sqlite3.Error as exc:
        return None, str(exc)
    finally:
        con.close()


def describe(db_path: Path, path: Path, *, full_check: bool = False) -> BackupInfo:
    """One backup file, looked at read-only with ``quick_check`` (with ``full_check``:
    ``integrity_check`` and the foreign keys too)."""
    seen = recognise(db_path, path.name, own_folder=_own_folder(path.parent, db_path))
    size = path.stat().st_size
    if seen is None:  # a file chosen by hand: its time is when it was written
        seen = (Kind.OTHER, dt.datetime.fromtimestamp(path.stat().st_mtime))
    counts, problem = _look(path)
    if problem is None:  # quick_check misses a file cut off in an empty page's unused end
        problem = header_problem(path)
    if problem is None and full_check:
        problems = integrity_problems(path, at_rest=True)
        problem = problems[0] if problems else None
    return BackupInfo(
        path=path,
        kind=seen[0],
        taken_at=seen[1],
        size=size,
        programmes=None if counts is None else counts[0],
        cohorts=None if counts is None else counts[1],
        people=None if counts is None else counts[2],
        problem=problem,
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Kohort's backups of ``db_path`` in its ``backups/`` folder, newest first, each through
    ``quick_check`` (23 copies of a 2 MB database: well under a second; the window lists them
    on the worker)."""
    folder = backups_folder(db_path)
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if recognise(db_path, entry.name, own_folder=True) is not None and entry.is_file():
                with contextlib.suppress(OSError):  # removed meanwhile
                    found.append(describe(db_path, entry))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes the full check, to offer when the database is damaged.

    Copies of a damaged file are never offered.
    """
    for info in list_backups(db_path):
        if info.kind != Kind.DAMAGED and info.good:
            checked = describe(db_path, info.path, full_check=True)
            if checked.good:
                return checked
    return None
