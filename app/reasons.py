"""Why something failed, as a short translated phrase chosen by error code.

Neither SQLite's nor the operating system's English text ("No space left on device",
"database disk image is malformed") is ever put into a Swedish or Finnish sentence: the
errno value or the SQLite result code picks one of these phrases instead.
"""

from __future__ import annotations

import errno
import sqlite3

from app.errors import KohortError
from app.i18n import _

CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
FULL_CODES = frozenset({sqlite3.SQLITE_FULL})
READONLY_CODES = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM})
BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def sqlite_code(exc: BaseException | None) -> int | None:
    """The primary SQLite result code of an error (extended codes folded), if it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _os_reason(number: int | None) -> str:
    reasons = {
        errno.ENOSPC: _("the disk is full"),
        errno.EROFS: _("the drive is read-only"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.ENOENT: _("the file or folder does not exist"),
        errno.ENOTDIR: _("part of the path is not a folder"),
        errno.EISDIR: _("it is a folder"),
        errno.EEXIST: _("it exists already"),
        errno.EIO: _("the disk reported a read or write error"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.EBUSY: _("it is in use by another program"),
        errno.EMFILE: _("too many files are open"),
        errno.ENFILE: _("too many files are open"),
        errno.EFBIG: _("the file is too large for the drive"),
    }
    if hasattr(errno, "EDQUOT"):  # not on Windows
        reasons[errno.EDQUOT] = _("your disk quota is used up")
    if number in reasons:
        return reasons[number]
    name = errno.errorcode.get(number, str(number)) if number is not None else "?"
    return _("system error {code}").format(code=name)


def _sqlite_reason(code: int | None) -> str:
    if code in FULL_CODES:
        return _("the disk is full")
    if code in READONLY_CODES:
        return _("the file or drive is read-only")
    if code == sqlite3.SQLITE_CORRUPT:
        return _("the file is damaged")
    if code == sqlite3.SQLITE_NOTADB:
        return _("it is not a database file")
    if code == sqlite3.SQLITE_IOERR:
        return _("the disk reported a read or write error")
    if code == sqlite3.SQLITE_CANTOPEN:
        return _("the file cannot be opened")
    if code in BUSY_CODES:
        return _("it is in use by another program")
    if code == sqlite3.SQLITE_ERROR:  # "no such table": the file is not as Kohort left it
        return _("a table or column Kohort needs is missing or different")
    return _("SQLite error {code}").format(code="?" if code is None else code)


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or the user's quota) is full: then a message says so in
    one sentence, rather than "(the disk is full); check that the disk is not full"."""
    if isinstance(exc, sqlite3.Error):
        return sqlite_code(exc) in FULL_CODES
    full = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
    return isinstance(exc, OSError) and exc.errno in full


def reason_text(exc: BaseException) -> str:
    """A short translated phrase for why ``exc`` happened, chosen by its error code."""
    orig = getattr(exc, "orig", None)  # an SQLAlchemy error wraps SQLite's
    if isinstance(orig, sqlite3.Error):
        exc = orig
    if isinstance(exc, KohortError):
        return exc.message
    if isinstance(exc, sqlite3.Error):
        return _sqlite_reason(sqlite_code(exc))
    if isinstance(exc, OSError):
        return _os_reason(exc.errno)
    return _("an unexpected error ({name})").format(name=type(exc).__name__)
