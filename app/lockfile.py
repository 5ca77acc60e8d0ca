"""An exclusive lock file next to the database, so two Kohorts never write the same file.

The lock is an operating-system lock on an open file (``flock`` on POSIX, ``msvcrt.locking``
on Windows), not the mere existence of the file: if Kohort crashes, the operating system
releases it and no stale lock blocks the next start. The file holds the owner's process id
and host name so the refusal can say who has the database open.

Windows locks are mandatory: while one process holds a byte, no other process can read it.
So the lock is on a byte far past the owner text, which stays readable for the refusal.

A clean release removes the file (POSIX), while still holding the lock. That is safe only
because every acquirer, once it holds a lock, checks that the path still names the file it
locked, and starts again if not: otherwise a Kohort that opened the file just before it was
removed would lock the removed file while another created and locked a new one, and both
would be in. Windows cannot remove a file that is open anywhere, so there the file stays
(harmless: only the operating-system lock counts, never the file's existence); there a clean
release empties it instead.

So a lock file that still holds an owner's text when it is taken was left by a Kohort that
did not close (killed, crashed, a power cut): :meth:`LockFile.acquire` reports it, and the
database gets its full check.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import sys
from pathlib import Path
from typing import Protocol

from app.errors import DatabaseError, DatabaseInUseError
from app.i18n import _
from app.reasons import disk_full, reason_text

_OWNER = re.compile(r"process (?P<pid>\d+) on (?P<host>.+)")

# Far past any owner text ("process 12345 on host"); within the 31-bit offsets msvcrt takes.
LOCK_OFFSET = 1 << 30
_OWNER_MAX_BYTES = 1024
# Each retry means another Kohort removed or replaced the file in the instant between our
# open and our lock; more than a few in a row is not a race but something else at work.
_ATTEMPTS = 20


class Locking(Protocol):
    """How this operating system locks an open file."""

    @property
    def removes_on_release(self) -> bool:
        """Whether a holder may remove the file before letting go of it."""

    def try_lock(self, fd: int) -> bool:
        """Take the lock without waiting; False when another process holds it."""

    def unlock(self, fd: int) -> None: ...


class Msvcrt(Protocol):
    """The part of Windows' ``msvcrt`` module used here (a fake stands in for it in tests)."""

    @property
    def LK_NBLCK(self) -> int: ...  # noqa: N802 - the module's name

    @property
    def LK_UNLCK(self) -> int: ...  # noqa: N802 - the module's name

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None: ...


class WindowsLocking:
    """``msvcrt.locking`` on one byte at :data:`LOCK_OFFSET`, never on the owner text."""

    # An open file cannot be removed on Windows (Python opens files without
    # FILE_SHARE_DELETE), so the lock file stays beside the database after Kohort closes.
    removes_on_release = False

    def __init__(self, msvcrt: Msvcrt) -> None:
        self._msvcrt = msvcrt

    def try_lock(self, fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)


if sys.platform == "win32":
    import msvcrt

    def platform_locking() -> Locking:
        return WindowsLocking(msvcrt)

else:
    import fcntl

    class PosixLocking:
        """``flock`` on the whole file: advisory, so the owner text is always readable."""

        removes_on_release = True

        def try_lock(self, fd: int) -> bool:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False
            return True

        def unlock(self, fd: int) -> None:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def platform_locking() -> Locking:
        return PosixLocking()


class LockFile:
    def __init__(self, path: Path, locking: Locking | None = None) -> None:
        self.path = path
        self._locking = locking if locking is not None else platform_locking()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, database: Path) -> bool:
        """Take the lock; True when the file was left behind by a holder that did not close."""
        for _attempt in range(_ATTEMPTS):
            fd = self._open()
            if not self._locking.try_lock(fd):
                owner = _read_owner(fd)
                os.close(fd)
                raise DatabaseInUseError(
                    _(
                        "The database {database} is already open in another Kohort ({owner}); "
                        "close that one first."
                    ).format(database=database, owner=owner)
                )
            # Where files are removed on release, the one we locked may be gone from the
            # path (or replaced by a newer one) since we opened it: then our lock guards
            # nothing, and we start again on whatever the path names now.
            if self._locking.removes_on_release and not _path_names(self.path, fd):
                self._locking.unlock(fd)
                os.close(fd)
                continue
            stale = os.fstat(fd).st_size > 0  # a clean release removes or empties it
            self._fd = fd
            self._write_owner(fd)
            return stale
        raise DatabaseError(
            _(
                "The lock file {path} kept being removed while Kohort tried to take "
                "it; close other programs that use this folder and try again."
            ).format(path=self.path)
        )

    def release(self) -> None:
        fd = self._fd
        if fd is None:
            return
        self._fd = None
        try:
            # Removed while the lock is still held (see the module's docstring), and only
            # if it is still ours: someone may have deleted it by hand meanwhile.
            removed = False
            if self._locking.removes_on_release and _path_names(self.path, fd):
                with contextlib.suppress(OSError):  # a read-only folder: it stays, harmless
                    os.unlink(self.path)
                    removed = True
            if not removed:  # it stays: empty means "closed cleanly" (the module's docstring)
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
            self._locking.unlock(fd)
        finally:
            os.close(fd)

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise DatabaseError(
                    _(
                        "Kohort cannot write in the folder of {database} ({reason}): it is "
                        "read-only. Check its permissions, or copy the database to a writable "
                        "folder and open the copy."
                    ).format(database=self.path.with_suffix(""), reason=reason_text(exc))
                ) from exc
            if disk_full(exc):
                raise _disk_full_error(self.path) from exc
            raise DatabaseError(
                _(
                    "Cannot create the lock file {path} ({reason}); check that the "
                    "folder is writable."
                ).format(path=self.path, reason=reason_text(exc))
            ) from exc

    def _write_owner(self, fd: int) -> None:
        owner = f"process {os.getpid()} on {socket.gethostname()}".encode()
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, owner)
            os.ftruncate(fd, len(owner))
        except OSError as exc:
            self.release()
            if disk_full(exc):
                raise _disk_full_error(self.path) from exc
            raise DatabaseError(
                _(
                    "Cannot write the lock file {path} ({reason}); check the disk and try again."
                ).format(path=self.path, reason=reason_text(exc))
            ) from exc


def _disk_full_error(path: Path) -> DatabaseError:
    """The lock file cannot be written because the disk is full: said once, with the fix."""
    return DatabaseError(
        _(
            "Cannot write the lock file {path}: the disk is full. Free some space on the disk "
            "and try again; nothing was changed."
        ).format(path=path)
    )


def _path_names(path: Path, fd: int) -> bool:
    """Whether ``path`` is, right now, the file open as ``fd``."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _read_owner(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, _OWNER_MAX_BYTES).decode("utf-8", errors="replace").strip()
    except OSError:  # e.g. an older Kohort on Windows that locked the text itself
        text = ""
    # The file holds "process 123 on host" (language-neutral for every Kohort that reads
    # it); the message says it in the reader's language.
    found = _OWNER.fullmatch(text)
    if found is not None:
        return _("process {pid} on {host}").format(pid=found["pid"], host=found["host"])
    return text or _("another program")
