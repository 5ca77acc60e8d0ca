"""Backups: a verified copy of a database that another Kohort may be writing to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import backup as backup_module
from app.backup import backup_database
from app.db import Database, existing_database, open_database
from app.errors import DatabaseDamagedError, DatabaseError


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM program ORDER BY name")]
    finally:
        con.close()


def test_backup_copies_a_live_database_and_verifies_it(demo_db: Database, tmp_path: Path) -> None:
    (tmp_path / "copies").mkdir()
    target = backup_database(demo_db.path, tmp_path / "copies" / "k.sqlite3")
    assert _names(target) == _names(demo_db.path) and len(_names(target)) == 2
    assert not (tmp_path / "copies" / "k.sqlite3.partial").exists()
    with pytest.raises(DatabaseError, match="another file"):
        backup_database(demo_db.path, demo_db.path)


def test_a_write_in_progress_elsewhere_neither_blocks_nor_enters_the_copy(
    demo_db: Database, tmp_path: Path
) -> None:
    writer = sqlite3.connect(demo_db.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # the window is in the middle of a write
        writer.execute("UPDATE program SET name = 'halfway' WHERE id = 1")
        target = backup_database(demo_db.path, tmp_path / "copy.sqlite3")
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert "halfway" not in _names(target) and len(_names(target)) == 2


def test_a_missing_folder_is_never_created(demo_db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "usb"
    with pytest.raises(DatabaseError, match=r"does not exist\. Is the USB stick or network share"):
        backup_database(demo_db.path, stick / "kohort.sqlite3")
    assert not (tmp_path / "media").exists()


def test_a_file_where_the_folder_should_be_is_refused(demo_db: Database, tmp_path: Path) -> None:
    (tmp_path / "usb").write_text("not a folder")
    with pytest.raises(DatabaseError, match="is a file, not a folder"):
        backup_database(demo_db.path, tmp_path / "usb" / "kohort.sqlite3")
    assert (tmp_path / "usb").read_text() == "not a folder"


def test_a_copy_that_lost_rows_is_not_given_the_name(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = backup_module._copy

    def counted_one_more_person(source: Path, partial: Path) -> dict[str, int]:
        counts = copy(source, partial)
        return {**counts, "person": counts["person"] + 1}

    monkeypatch.setattr(backup_module, "_copy", counted_one_more_person)
    with pytest.raises(DatabaseError, match="table person: .* rows in the database") as caught:
        backup_database(demo_db.path, tmp_path / "copy.sqlite3")
    # the copy is wrong, not the database: no offer to restore it
    assert not isinstance(caught.value, DatabaseDamagedError)
    assert list(tmp_path.glob("copy.sqlite3*")) == []


def test_only_an_existing_kohort_database_is_backed_up_or_opened(tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(DatabaseError, match="There is no database file"):
        existing_database(str(missing))
    with pytest.raises(DatabaseError, match="There is no database file"):
        open_database(str(missing), create=False)
    assert not missing.exists() and list(tmp_path.iterdir()) == []
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="empty file"):
        existing_database(str(tmp_path / "empty.sqlite3"))
