"""One damage message, worded for where it is shown (app.db_errors.damage_text)."""

from __future__ import annotations

from pathlib import Path

from app.db_errors import Advice, damage_text, damaged_error, not_a_backup_error


def test_each_place_gets_its_own_advice(tmp_path: Path) -> None:
    error = damaged_error(tmp_path / "k.sqlite3")
    offer = damage_text(error, Advice.OFFER)
    window = damage_text(error, Advice.WINDOW)
    start = damage_text(error, Advice.START)
    cli = damage_text(error, Advice.CLI)
    assert offer == error.statement and "will not write to it." in offer
    assert "File ▸" not in offer and "kohort" not in offer.replace(str(tmp_path), "")
    assert "File ▸ Restore from backup…" in window and "kohort restore" not in window
    assert "File ▸" not in start and "`kohort restore BACKUP`" in start  # no window to use
    assert "File ▸" not in cli and "`kohort backups`" in cli
    assert str(error) == cli  # the default: the command line
    assert "integrity check" in error.statement  # SQLite's detail is not in the sentence


def test_a_file_that_is_not_a_backup_never_advises_restoring(tmp_path: Path) -> None:
    for advice in (Advice.CLI, Advice.WINDOW):
        text = str(not_a_backup_error(tmp_path / "x.csv", advice))
        assert "choose another" in text and "restore" not in text.lower()
