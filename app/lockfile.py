"""An exclusive lock file next to the database, so two Kohorts never write the same file.

The lock is an operating-system lock on an open file (``flock`` on POSIX, ``msvcrt.locking``
on Windows), not the mere existence of the file: if Kohort crashes, the operating system
releases it and no stale lock blocks the next start. The file holds the owner's process id
and host name so the refusal can say who has the database open.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from app.errors import DatabaseError, DatabaseInUseError


class LockFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, database: Path) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as exc:
            raise DatabaseError(
                f"Cannot create the lock file {self.path} ({exc.strerror}); "
                "check that the folder is writable."
            ) from exc
        if not _try_lock(handle):
            handle.seek(0)
            owner = handle.read().strip() or "another program"
            handle.close()
            raise DatabaseInUseError(
                f"The database {database} is already open in another Kohort ({owner}); "
                "close that one first."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
