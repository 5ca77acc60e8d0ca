"""A database in a cloud-synced folder is warned about once, after the window is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import open_database
from tests.conftest import copy_database
from ui import cloud_warning, msgbox
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def synced_file(tmp_path: Path, empty_template: Path) -> Path:
    folder = tmp_path / "OneDrive - Företag AB" / "Ledarskap"
    folder.mkdir(parents=True)
    return copy_database(empty_template, folder / "kohort.sqlite3")


def test_the_window_warns_once_per_database_in_a_synced_folder(
    qtbot: QtBot,
    window: MainWindow,
    synced_file: Path,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _parent, _title, text: shown.append(text))
    qtbot.wait(1)  # the window's own start: its database is not in a synced folder
    assert shown == []

    first = window.db.path
    assert window.file_actions.open_database_file(synced_file)
    qtbot.waitUntil(lambda: bool(shown))
    assert "OneDrive" in shown[0] and str(synced_file) in shown[0]
    assert "File ▸ Backup…" in shown[0]

    assert window.file_actions.open_database_file(first)
    assert window.file_actions.open_database_file(synced_file)  # the same file again
    qtbot.wait(1)
    assert len(shown) == 1


def test_the_warning_is_remembered_in_the_settings(
    synced_file: Path, ui_settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _parent, _title, text: shown.append(text))
    assert cloud_warning.warn_once(None, synced_file, ui_settings)
    ui_settings.sync()
    again = QSettings(ui_settings.fileName(), QSettings.Format.IniFormat)  # the next start
    assert not cloud_warning.warn_once(None, synced_file, again)
    other = synced_file.with_name("other.sqlite3")
    assert cloud_warning.warn_once(None, other, again)  # another file: its own warning
    assert not cloud_warning.warn_once(None, tmp_path / "kohort.sqlite3", again)
    assert len(shown) == 2


def test_at_start_the_warning_waits_for_the_window(
    qtbot: QtBot, synced_file: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _parent, _title, text: shown.append(text))
    with open_database(str(synced_file)) as db:
        main = MainWindow(db, TaskRunner(synchronous=True), ui_settings)
        qtbot.addWidget(main)
        assert shown == []  # not from inside the constructor, before anything is on screen
        main.show()
        qtbot.waitUntil(lambda: bool(shown))
        assert len(shown) == 1
