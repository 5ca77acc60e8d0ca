"""Restoring a backup over the database: the current file is saved first (a verified copy,
or its raw bytes when it is too damaged for that), the backup is checked in full, and the
file is replaced in one atomic rename while the lock file is held."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.backup import backup_database, integrity_problems
from app.backups import SPECIAL_STAMP, backups_folder, free_name, make_folder
from app.db import SCHEMA_HEAD, known_revisions, read_revision
from app.errors import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
from app.i18n import _
from app.lockfile import LockFile
from app.reasons import reason_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    previous: Path | None  # where the file it replaced was saved (None: there was none)
    previous_damaged: bool  # saved as raw bytes, being too damaged to copy through SQLite


def restore_backup(db_path: Path, backup: Path, now: dt.datetime) -> Restored:
    """Replace the database with ``backup``, after saving the current file in ``backups/``.

    The database must be closed (in this process); the lock file is held across the
    replacement, so no other Kohort opens it halfway. The backup is checked in full first;
    one made by an older Kohort is upgraded when the database is next opened.
    """
    backup = backup.expanduser().resolve()
    if backup == db_path:
        raise DatabaseError(_("Choose a backup, not the database itself."))
    if not backup.is_file():
        raise DatabaseError(_("There is no backup file {backup}.").format(backup=backup))
    _check_restorable(backup)
    _make_database_folder(db_path)
    lock = LockFile(db_path.with_name(db_path.name + ".lock"))
    lock.acquire(db_path)
    try:
        previous, damaged = _save_current(db_path, now)
        _replace(db_path, backup)
    finally:
        lock.release()
    log.info("restored %s from %s", db_path.name, backup.name)
    return Restored(db_path, backup, previous, damaged)


def _make_database_folder(db_path: Path) -> None:
    """On a new computer the database's folder is not there yet (the default data folder,
    or the folder of the file named with --db): create it, private. Only after the backup
    passed its check, and only for the file the coordinator named or the default one."""
    folder = db_path.parent
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700, parents=True)
    except OSError as exc:
        raise DatabaseError(
            _(
                "Cannot create the folder {folder} for the database ({reason}); nothing "
                "was changed."
            ).format(folder=folder, reason=reason_text(exc))
        ) from exc


def check_backup_file(backup: Path) -> None:
    """The full check a backup gets before it replaces anything (a file chosen by hand
    too): a Kohort database, not from a newer Kohort, passing its integrity check."""
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise DatabaseError(_("There is no backup file {backup}.").format(backup=backup))
    _check_restorable(backup)


def _check_restorable(backup: Path) -> None:
    revision = read_revision(backup)  # refuses a file that is not a Kohort database
    if revision is None:
        raise DatabaseDamagedError(
            _("{backup} is empty, not a backup of a Kohort database.").format(backup=backup)
        )
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise DatabaseTooNewError(
            _(
                "The backup {backup} was written by a newer version of Kohort; update Kohort "
                "to restore it. Nothing was changed."
            ).format(backup=backup)
        )
    problems = integrity_problems(backup, at_rest=True)
    if problems:
        raise DatabaseDamagedError(
            _(
                "The backup {backup} fails its integrity check ({problem}); choose another. "
                "Nothing was changed."
            ).format(backup=backup, problem=problems[0])
        )


def _save_current(db_path: Path, now: dt.datetime) -> tuple[Path | None, bool]:
    """Save the file about to be replaced: a verified copy, else its raw bytes."""
    if not db_path.is_file():
        return None, False
    folder = backups_folder(db_path)
    make_folder(folder)
    stamp = now.strftime(SPECIAL_STAMP)
    target = free_name(folder, f"{db_path.stem}-before-restore-{stamp}", db_path.suffix)
    try:
        return backup_database(db_path, target), False
    except DatabaseError:
        log.warning("the database could not be copied through SQLite; saving its bytes")
        raw = free_name(folder, f"{db_path.stem}-damaged-{stamp}", db_path.suffix)
        try:
            _copy_bytes(db_path, raw)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.is_file() and wal.stat().st_size:  # it may hold the latest commits
                _copy_bytes(wal, raw.with_name(raw.name + "-wal"))
        except OSError as raw_exc:
            raise DatabaseError(
                _(
                    "Could not save the current database before restoring ({reason}); "
                    "nothing was changed."
                ).format(reason=reason_text(raw_exc))
            ) from raw_exc
        return raw, True


def _copy_bytes(source: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        _copy_bytes_to(source, partial)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def _private_file(path: Path) -> io.FileIO:  # 0600: it holds personal data
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return io.FileIO(os.open(path, flags, 0o600), "wb")


def _replace(db_path: Path, backup: Path) -> None:
    """Copy beside, fsync, drop the old -wal/-shm, then one atomic rename."""
    partial = db_path.with_name(db_path.name + ".partial")
    try:
        _copy_bytes_to(backup, partial)
        for extra in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
        os.replace(partial, db_path)
        _sync_folder(db_path.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            _(
                "Could not restore {database} ({reason}); the previous file is saved in {folder}."
            ).format(database=db_path, reason=reason_text(exc), folder=backups_folder(db_path))
        ) from exc


def _copy_bytes_to(source: Path, partial: Path) -> None:
    with source.open("rb") as src, _private_file(partial) as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
