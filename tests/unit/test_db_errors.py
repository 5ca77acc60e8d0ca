"""A full disk, a read-only file and a damaged file are three different messages, told apart
by SQLite's error code; leftovers of killed backups are cleaned up; unclean shutdowns seen."""

from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy import exc as sa_exc

from app import backup as backup_module
from app import lockfile
from app.backup import backup_database
from app.db import Database, open_database
from app.db_errors import translate_error
from app.errors import DatabaseDamagedError, DatabaseError
from app.lockfile import LockFile
from app.models import Person

RESTORE_WORDS = ("restore", "backup", "damaged")


def _error(code: int, text: str) -> sa_exc.DBAPIError:
    orig = sqlite3.OperationalError(text)
    orig.sqlite_errorcode = code  # type: ignore[attr-defined]
    return sa_exc.OperationalError("UPDATE x", {}, orig)


@pytest.mark.parametrize(
    ("code", "says", "never"),
    [
        (sqlite3.SQLITE_FULL, "full; nothing was saved, and the database itself is fine", "backup"),
        (sqlite3.SQLITE_READONLY, r"read-only\); nothing was saved. Check", "restore"),
        (sqlite3.SQLITE_CORRUPT, "damaged .*will not write to it. List the backups", ""),
        (sqlite3.SQLITE_NOTADB, "damaged", ""),
        (sqlite3.SQLITE_IOERR | (3 << 8), "reported an error; nothing was saved", "damaged"),
        (sqlite3.SQLITE_BUSY, "busy in another program", "damaged"),
    ],
)
def test_errors_are_told_apart_by_their_code_not_their_text(
    tmp_path: Path, code: int, says: str, never: str
) -> None:
    # The text says the opposite of the code each time: only the code counts.
    misleading = "database disk image is malformed" if code != sqlite3.SQLITE_CORRUPT else "full"
    message = str(translate_error(_error(code, misleading), tmp_path / "k.sqlite3"))
    assert re.search(says, message), message
    if never:
        assert never not in message.lower()
    damaged = code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    assert isinstance(translate_error(_error(code, "x"), tmp_path), DatabaseDamagedError) is damaged


def test_a_really_full_database_says_full_and_saves_nothing(demo_db: Database) -> None:
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    demo_db.engine.dispose()

    def tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(demo_db.engine, "connect", tiny_disk)
    with pytest.raises(DatabaseError) as caught, demo_db.write() as session:
        for i in range(2000):
            session.add(Person(first_name=f"Namn {i}", last_name="Långt efternamn " * 10))
        session.flush()
    assert "full" in str(caught.value) and "is fine" in str(caught.value)
    assert not any(word in str(caught.value).lower() for word in RESTORE_WORDS)
    assert demo_db.damaged is None  # a full disk does not stop later writes
    event.remove(demo_db.engine, "connect", tiny_disk)
    demo_db.engine.dispose()
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before
    with demo_db.write() as session:  # space again: writing works
        session.add(Person(first_name="Efter", last_name="Rensning"))


def test_a_read_only_database_says_read_only(demo_db: Database) -> None:
    demo_db.engine.dispose()

    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")  # SQLITE_READONLY on a write

    event.listen(demo_db.engine, "connect", read_only)
    with pytest.raises(DatabaseError, match="read-only") as caught, demo_db.write() as session:
        session.add(Person(first_name="Ny", last_name="Person"))
    assert not any(word in str(caught.value).lower() for word in RESTORE_WORDS)
    assert demo_db.damaged is None


@pytest.mark.parametrize("number", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_says_so_when_opening(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, number: int
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(lockfile.os, "open", refuse)
    with pytest.raises(DatabaseError, match="read-only. Check its permissions, or copy"):
        open_database(str(db_path))


def test_a_full_disk_during_a_backup_leaves_the_database_alone(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_source: Path, partial: Path) -> dict[str, int]:
        partial.write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module, "_copy", no_space)
    with pytest.raises(DatabaseError) as caught:
        backup_database(demo_db.path, tmp_path / "copy.sqlite3")
    message = str(caught.value)
    assert "the disk is full" in message and "database was not changed" in message
    assert not isinstance(caught.value, DatabaseDamagedError)
    assert not (tmp_path / "copy.sqlite3.partial").exists()


# -- orphaned .partial files --------------------------------------------------------------


def test_orphaned_partials_are_removed_on_the_next_open(db: Database) -> None:
    path = db.path
    db.close()
    backups = path.parent / "backups"
    backups.mkdir()
    ours = [
        backups / "kohort-2026-12-07-1705.sqlite3.partial",
        backups / "kohort-before-upgrade-20261207-170512.sqlite3.partial",
        path.with_name(path.name + ".partial"),
    ]
    others = [
        backups / "other-2026-12-07-1705.sqlite3.partial",  # another database's
        backups / "kohort-2026-12-07-1705.sqlite3",  # a finished backup
        path.parent / "notes.partial",
        path.parent / "min kopia.sqlite3.partial",
    ]
    for file in ours + others:
        file.write_bytes(b"x" * 100)
    with open_database(str(path)):
        pass
    assert [f for f in ours if f.exists()] == []
    assert [f for f in others if not f.exists()] == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_backup_killed_mid_copy_leaves_nothing_after_the_next_open(db: Database) -> None:
    path = db.path
    db.close()
    (path.parent / "backups").mkdir()
    target = path.parent / "backups" / "kohort-2026-12-07-1705.sqlite3"
    partial = target.with_name(target.name + ".partial")
    code = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from app import backup
        def forever(_path):  # the copy is written; killed while it is being checked
            time.sleep(600)
        backup.integrity_problems = forever
        backup.backup_database(Path({str(path)!r}), Path({str(target)!r}))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.monotonic() + 60
        while not partial.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert partial.exists()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    with open_database(str(path)):
        pass
    assert not partial.exists() and not target.exists()


# -- the lock file tells of an unclean shutdown -------------------------------------------


class KeepingLocking:
    """Windows' behaviour (the file stays after release) on any platform."""

    removes_on_release = False

    def __init__(self) -> None:
        self._real = lockfile.platform_locking()

    def try_lock(self, fd: int) -> bool:
        return self._real.try_lock(fd)

    def unlock(self, fd: int) -> None:
        self._real.unlock(fd)


@pytest.mark.parametrize("keeps_file", [False, True])
def test_acquire_reports_a_lock_file_left_by_a_holder_that_did_not_close(
    tmp_path: Path, keeps_file: bool
) -> None:
    path = tmp_path / "kohort.sqlite3.lock"

    def new() -> LockFile:
        return LockFile(path, KeepingLocking() if keeps_file else None)

    first = new()
    assert first.acquire(path) is False
    first.release()
    assert path.exists() is keeps_file
    second = new()
    assert second.acquire(path) is False  # closed cleanly before
    fd = second._fd
    assert fd is not None
    second._fd = None  # a killed process: the operating system drops the lock, not the file
    os.close(fd)
    third = new()
    assert third.acquire(path) is True
    third.release()
