"""Copies of a database through SQLite's backup API, verified before they get their name.

A copy reads one consistent snapshot through a read-only connection. It needs neither the
lock file nor SQLite's write lock, so it works while another Kohort (the window) has the
database open and is writing to it; it never migrates or otherwise changes the source.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.errors import DatabaseDamagedError, DatabaseError
from app.i18n import _
from app.privacy import create_private_file


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` on a file; empty when healthy."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [
            _("row {row} of table {table} refers to a missing {parent}").format(
                row=r[1], table=r[0], parent=r[2]
            )
            for r in con.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def row_counts(con: sqlite3.Connection) -> dict[str, int]:
    """The number of rows in each table (SQLite's own tables left out)."""
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    quoted = {t: '"' + t.replace('"', '""') + '"' for t in tables}
    return {t: int(con.execute(f"SELECT count(*) FROM {quoted[t]}").fetchone()[0]) for t in tables}


def check_target_folder(target: Path) -> None:
    """Refuse a backup target whose folder is not there; a missing folder is never created.

    A missing folder is usually a USB stick or network share that is not connected: creating
    it would put the "backup" on the internal disk, under a path that looks like the stick.
    """
    folder = target.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise DatabaseError(
            _(
                "{folder} is a file, not a folder; choose another place for the "
                "backup. Nothing was written."
            ).format(folder=folder)
        )
    raise DatabaseError(
        _(
            "The folder {folder} does not exist. Is the USB stick or network share "
            "connected? Nothing was written."
        ).format(folder=folder)
    )


def backup_database(source: Path, target: Path, *, overwrite: bool = False) -> Path:
    """Copy a live database with the sqlite3 backup API and verify the copy.

    An existing ``target`` is replaced only with ``overwrite`` (the window's save dialog has
    asked; the command line needs ``--overwrite``): an older backup may be the only good
    copy left.

    The copy is written beside the target and renamed into place only once it passes the
    integrity check and holds as many rows in each table as the source did at the moment
    it was copied, so a full disk never leaves a half-written backup under the real name.
    """
    target = target.expanduser().resolve()
    if target == source:
        raise DatabaseError(_("The backup must go to another file than the database itself."))
    if not source.is_file():
        raise DatabaseError(_("There is no database {source} to back up.").format(source=source))
    check_target_folder(target)
    if target.exists() and not overwrite:
        raise DatabaseError(
            _(
                "{target} exists already; nothing was written. Choose another name, or add "
                "--overwrite to replace it."
            ).format(target=target)
        )
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # 0600 before the first byte of the copy is in it
        expected = _copy(source, partial)
        problems = integrity_problems(partial)
        if problems:
            raise DatabaseDamagedError(
                _(
                    "The backup of {source} failed its integrity check ({problems}); the "
                    "database was not changed."
                ).format(source=source, problems=problems[0])
            )
        _check_rows(source, expected, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if "locked" in reason or "busy" in reason:
            raise DatabaseError(
                _("The database {source} is busy in another program; try the backup again.").format(
                    source=source
                )
            ) from exc
        raise DatabaseError(
            _(
                "Could not write the backup {target} ({reason}); the database was not changed."
            ).format(target=target, reason=reason)
        ) from exc
    except DatabaseError:
        partial.unlink(missing_ok=True)
        raise
    return target


def _copy(source: Path, partial: Path) -> dict[str, int]:
    """Copy ``source`` into ``partial``; the row counts of the snapshot that was copied."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        # One read transaction: the counts and the copy see the same snapshot, whatever
        # the window writes meanwhile (the backup step reuses an open read transaction).
        src.execute("BEGIN")
        counts = row_counts(src)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            dst.close()
        return counts
    finally:
        src.close()


def _check_rows(source: Path, expected: dict[str, int], copy: Path) -> None:
    con = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        copied = row_counts(con)
    finally:
        con.close()
    for table in sorted(expected.keys() | copied.keys()):
        want, got = expected.get(table, 0), copied.get(table, 0)
        if want != got:
            raise DatabaseDamagedError(
                _(
                    "The backup of {source} does not hold what the database holds (table "
                    "{table}: {want} rows in the database, {got} in the copy); the "
                    "database was not changed."
                ).format(source=source, table=table, want=want, got=got)
            )
