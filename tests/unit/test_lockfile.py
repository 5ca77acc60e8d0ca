"""The lock file: one Kohort per database, nothing left behind, and Windows' mandatory locks."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import lockfile
from app.errors import DatabaseInUseError
from app.lockfile import LOCK_OFFSET, LockFile, WindowsLocking, platform_locking

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX removes the lock file")


@pytest.fixture
def lock_path(tmp_path: Path) -> Path:
    return tmp_path / "kohort.sqlite3.lock"


def _is_locked_by_someone(path: Path) -> bool:
    probe = LockFile(path)
    try:
        probe.acquire(path)
    except DatabaseInUseError:
        return True
    probe.release()
    return False


class RacingLocking:
    """The platform's locking, with something happening between open and lock."""

    def __init__(self, before_lock: Callable[[int], None]) -> None:
        self._real = platform_locking()
        self._before_lock = before_lock
        self.removes_on_release = self._real.removes_on_release
        self.attempts = 0

    def try_lock(self, fd: int) -> bool:
        self.attempts += 1
        self._before_lock(self.attempts)
        return self._real.try_lock(fd)

    def unlock(self, fd: int) -> None:
        self._real.unlock(fd)


@posix_only
def test_a_clean_release_removes_the_lock_file(lock_path: Path) -> None:
    lock = LockFile(lock_path)
    lock.acquire(lock_path)
    assert lock_path.read_text() == f"process {os.getpid()} on {os.uname().nodename}"
    lock.release()
    assert not lock_path.exists()
    assert not _is_locked_by_someone(lock_path)


@posix_only
def test_a_file_replaced_between_open_and_lock_is_opened_again(lock_path: Path) -> None:
    def replace(attempt: int) -> None:
        if attempt == 1:  # another Kohort closed (removing the file) and a new one appeared
            lock_path.unlink()
            lock_path.write_text("")

    racing = RacingLocking(replace)
    lock = LockFile(lock_path, racing)
    lock.acquire(lock_path)
    try:
        assert racing.attempts == 2
        assert _is_locked_by_someone(lock_path)  # it holds the file the path names now
    finally:
        lock.release()


@posix_only
def test_two_kohorts_never_hold_it_at_once_when_one_closes_mid_open(lock_path: Path) -> None:
    first = LockFile(lock_path)
    first.acquire(lock_path)
    third = LockFile(lock_path)

    def first_closes_and_a_third_opens(attempt: int) -> None:
        if attempt == 1:  # the second has opened the old file but not locked it yet
            first.release()  # removes the file, then lets go of its lock
            third.acquire(lock_path)  # creates a new file and locks it

    second = LockFile(lock_path, RacingLocking(first_closes_and_a_third_opens))
    with pytest.raises(DatabaseInUseError, match=f"process {os.getpid()}"):
        second.acquire(lock_path)
    assert third.held and not second.held
    third.release()


def test_locks_are_per_open_file_so_threads_exclude_each_other(lock_path: Path) -> None:
    holders = 0
    most = 0
    count = threading.Lock()

    def kohort() -> None:
        nonlocal holders, most
        for _ in range(150):
            lock = LockFile(lock_path)
            try:
                lock.acquire(lock_path)
            except DatabaseInUseError:
                continue
            with count:
                holders += 1
                most = max(most, holders)
            time.sleep(0.0001)  # hold it a moment, so the others try meanwhile
            with count:
                holders -= 1
            lock.release()

    threads = [threading.Thread(target=kohort) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 1


# -- Windows, simulated: msvcrt's mandatory byte-range locks -----------------------------


class FakeMsvcrt:
    """Byte-range locks as Windows keeps them: per open handle, and mandatory for reads."""

    LK_UNLCK = 0
    LK_NBLCK = 2

    def __init__(self) -> None:
        self.locks: dict[tuple[int, int, int], int] = {}  # (file, start, end) -> fd

    @staticmethod
    def _file(fd: int) -> int:
        return os.fstat(fd).st_ino

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        key = (self._file(fd), start, start + nbytes)
        if mode == self.LK_UNLCK:
            if self.locks.pop(key, None) != fd:
                raise PermissionError(13, "Permission denied")
            return
        if self.blocked(fd, start, start + nbytes):
            raise PermissionError(36, "Resource deadlock avoided")
        self.locks[key] = fd

    def blocked(self, fd: int, start: int, end: int) -> bool:
        file = self._file(fd)
        return any(
            f == file and owner != fd and s < end and start < e
            for (f, s, e), owner in self.locks.items()
        )


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """Windows' locking, and reads that fail on a byte another handle has locked."""
    fake = FakeMsvcrt()

    def read(fd: int, n: int) -> bytes:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        if fake.blocked(fd, start, start + n):
            raise PermissionError(13, "Permission denied")
        return os.read(fd, n)

    proxy = SimpleNamespace(**{name: getattr(os, name) for name in dir(os)})
    proxy.read = read
    monkeypatch.setattr(lockfile, "os", proxy)
    return fake


def test_on_windows_the_lock_is_past_the_owner_text(lock_path: Path, windows: FakeMsvcrt) -> None:
    first = LockFile(lock_path, WindowsLocking(windows))
    first.acquire(lock_path)
    owner = lock_path.read_bytes()
    assert owner.startswith(f"process {os.getpid()} on ".encode())
    ((_file, start, _end),) = windows.locks
    assert start == LOCK_OFFSET > len(owner)

    second = LockFile(lock_path, WindowsLocking(windows))
    with pytest.raises(
        DatabaseInUseError, match=f"already open in another Kohort \\(process {os.getpid()} on"
    ):
        second.acquire(lock_path)

    first.release()
    assert windows.locks == {}
    assert lock_path.exists()  # Windows cannot remove an open file: it stays, unlocked
    second.acquire(lock_path)
    assert second.held
    second.release()


@pytest.mark.parametrize("when", ["write", "open"])
def test_a_full_disk_is_said_once(
    lock_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """Not "(the disk is full); check that the disk is not full": one clear sentence."""
    import errno

    from app.errors import DatabaseError

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    proxy = SimpleNamespace(**{name: getattr(os, name) for name in dir(os)})
    setattr(proxy, when, full)
    monkeypatch.setattr(lockfile, "os", proxy)
    with pytest.raises(DatabaseError) as raised:
        LockFile(lock_path).acquire(lock_path.with_suffix(""))
    said = str(raised.value)
    assert said == (
        f"Cannot write the lock file {lock_path}: the disk is full. Free some space on the "
        "disk and try again; nothing was changed."
    )
    assert said.replace(str(lock_path), "").count("full") == 1
