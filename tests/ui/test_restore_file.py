"""File ▸ Restore from backup… ▸ "Choose a file…": any backup file (the second folder on a
USB stick, a copy made with File ▸ Backup…) is checked in full before anything changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.backup import backup_database
from tests.corruptions import KINDS
from tests.ui.test_restore import _add_programme, _answer, _names, demo_file, told, window
from ui.dialogs import restore_dialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow

__all__ = ["demo_file", "told", "window"]  # the fixtures, shared with test_restore

NOW = dt.datetime(2026, 12, 5, 17, 5)


def test_the_dialog_without_backups_still_offers_a_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "usb" / "kopia.sqlite3"
    looked_in: list[Path] = []

    def choose_file(_parent: object, folder: Path) -> Path:
        looked_in.append(folder)
        return chosen

    monkeypatch.setattr(restore_dialog, "choose_backup_file", choose_file)
    dialog = RestoreDialog(None, [], "backups", tmp_path / "usb")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.file_button.isEnabled()
    assert "of this database" in dialog.findChild(restore_dialog.QLabel).text()
    dialog.file_button.click()
    assert looked_in == [tmp_path / "usb"]
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen_file == chosen


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(RestoreDialog, "choose", lambda *_args: path)


def test_a_copy_made_with_backup_is_restored_after_the_question(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    copy = backup_database(window.db.path, tmp_path / "Kohort backup.sqlite3")
    _add_programme(window.db, "Added after the copy")
    _choose_file(monkeypatch, copy)
    asked = _answer(monkeypatch, True)
    window.file_actions.restore()
    assert len(asked) == 1 and str(copy) in asked[0]
    assert "Added after the copy" not in _names(window.db.path)
    assert told and told[0].startswith("Restored the backup")


def test_a_damaged_file_is_refused_before_the_question(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    copy = backup_database(window.db.path, tmp_path / "Kohort backup.sqlite3")
    KINDS["table page of 0xff"](copy)
    _add_programme(window.db, "Kept")
    before = window.db.path.read_bytes()
    _choose_file(monkeypatch, copy)
    asked = _answer(monkeypatch, True)
    window.file_actions.restore()
    assert asked == []  # neither the question nor an offer to restore the database
    assert len(told) == 1 and told[0].startswith("error: ") and "integrity check" in told[0]
    assert window.db.path.read_bytes() == before and "Kept" in _names(window.db.path)


def test_a_file_that_is_not_a_database_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    other = tmp_path / "deltagare.csv"
    other.write_text("Förnamn;Efternamn\n")
    _choose_file(monkeypatch, other)
    asked = _answer(monkeypatch, True)
    window.file_actions.restore()
    assert asked == [] and len(told) == 1 and told[0].startswith("error: ")
