"""Files that hold personal data are readable by their owner only (POSIX: 0600 in 0700).

Two mechanisms, so that nothing depends on remembering a third:

* :func:`restrict_new_files` sets the process umask to 0o077 at the start of ``kohort``
  (the command line and the window it starts). Every file created afterwards is 0600 and
  every folder 0700: the database and its -wal/-shm, the lock, backups, exports, PDFs, the
  log and the settings, whoever writes them (SQLite, Qt, openpyxl, reportlab).
* Files that were there before (made by an older Kohort or copied in) are tightened when
  Kohort opens them (:func:`tighten`, :func:`tighten_database`): group and other lose every
  permission; the owner's own bits are left as they were (a read-only file stays read-only).

Only Kohort's own things are tightened: its files, the ``backups/`` folder beside the
database and its own data, log, cache and settings folders — never a folder the coordinator
chose (Documents, a USB stick), which may be shared on purpose.

On Windows the files live in the user's profile, which other accounts cannot read; POSIX
modes mean nothing there, so these functions do nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from app import APP_NAME

PRIVATE_UMASK = 0o077
_POSIX = os.name == "posix"
# Beside the database: SQLite's write-ahead log, shared memory and rollback journal, and
# Kohort's lock file.
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
BACKUP_FOLDER = "backups"


def restrict_new_files() -> None:
    """From now on this process creates files 0600 and folders 0700 (POSIX)."""
    if _POSIX:
        os.umask(PRIVATE_UMASK)


def tighten(path: Path) -> None:
    """Take every permission away from group and others on ``path``, if it is there.

    Quietly does nothing where that is not possible (a read-only medium, a file of another
    account, a FAT-formatted stick): tightening never stops Kohort from working.
    """
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & ~0o077)


def private_folder(path: Path) -> Path:
    """Kohort's own folder at ``path``: created 0700 if missing, tightened if not."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    tighten(path)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600, so what is written into it later is never readable
    by others, not even for a moment (whatever the umask). Fails if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)


def make_private(path: Path) -> None:
    """Make a file Kohort has just written 0600, whatever the program that wrote it did."""
    if _POSIX:
        path.chmod(0o600)


def own_data_folder() -> Path:
    """The platform's data folder for Kohort, where its default database lives."""
    import platformdirs  # here: `kohort --version` and `--help` need no folder

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def tighten_database(path: Path) -> None:
    """Tighten an open database, what SQLite and Kohort keep beside it, and its backups."""
    tighten(path)
    for suffix in DATABASE_COMPANIONS:
        tighten(path.with_name(path.name + suffix))
    backups = path.parent / BACKUP_FOLDER
    if backups.is_dir():
        tighten(backups)
        with contextlib.suppress(OSError):
            for item in backups.iterdir():
                tighten(item)
    if path.parent == own_data_folder().resolve():  # never a folder the coordinator chose
        tighten(path.parent)
