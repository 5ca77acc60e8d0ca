"""A failed automatic backup never passes silently: on closing (the window is gone) it is
kept in the settings and told at the next start; the daily one is shown in the status bar
until a backup succeeds; a newest backup over a week old is told once a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.backups import automatic_backup
from app.db_errors import damaged_error
from app.errors import DatabaseError
from tests.corruptions import KINDS
from ui import auto_backup, msgbox, ui_state
from ui.auto_backup import AutoBackup, backup_on_close
from ui.main_window import MainWindow

NOW = dt.datetime(2026, 12, 5, 17, 5)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    return shown


def _break_backups(db_path: Path) -> None:
    """A file where the backups folder should be: every automatic backup fails."""
    (db_path.parent / "backups").write_text("not a folder")


def test_a_failed_backup_on_closing_is_told_at_the_next_start(
    qtbot: QtBot, window: MainWindow, ui_settings: QSettings, errors: list[str]
) -> None:
    _break_backups(window.db.path)
    backup_on_close(window.db.path, ui_settings, NOW)
    assert "backup folder" in ui_state.BACKUP_FAILURE.read(ui_settings)
    assert ui_state.BACKUP_FAILURE_AT.read(ui_settings) == NOW
    auto = AutoBackup(window, now=lambda: NOW)
    assert auto.note.isVisibleTo(window) and auto.note.text() == "Automatic backup failed"
    auto.start()
    auto.timer.stop()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert errors[0].startswith("The automatic backup on 5 december 2026 17:05 failed: ")
    assert "File ▸ Backup…" in errors[0]


def test_a_successful_backup_forgets_the_failure(
    window: MainWindow, ui_settings: QSettings, errors: list[str]
) -> None:
    path = window.db.path
    _break_backups(path)
    backup_on_close(path, ui_settings, NOW)
    (path.parent / "backups").unlink()
    auto = AutoBackup(window, now=lambda: NOW)
    assert auto.note.isVisibleTo(window)
    assert auto.check()
    assert ui_state.BACKUP_FAILURE.read(ui_settings) == ""
    assert not auto.note.isVisibleTo(window)
    backup_on_close(path, ui_settings, NOW + dt.timedelta(hours=1))
    assert ui_state.BACKUP_FAILURE_AT.read(ui_settings) is None
    assert errors == []


def test_a_failed_daily_backup_stays_in_the_status_bar(
    window: MainWindow, ui_settings: QSettings, errors: list[str]
) -> None:
    _break_backups(window.db.path)
    auto = AutoBackup(window, now=lambda: NOW)
    assert auto.check()
    assert window.statusBar().currentMessage().startswith("The automatic backup failed: ")
    assert auto.note.isVisibleTo(window) and "backup folder" in auto.note.toolTip()
    assert ui_state.BACKUP_FAILURE.read(ui_settings)
    assert errors == []  # no backup at all yet: nothing is a week old


def test_a_week_without_a_backup_is_told_once_a_day(
    window: MainWindow, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    automatic_backup(window.db.path, NOW)

    def full_disk(*_args: object) -> None:
        raise DatabaseError("The disk is full.")

    monkeypatch.setattr(auto_backup, "automatic_backup", full_disk)
    clock = [NOW + dt.timedelta(days=6)]
    auto = AutoBackup(window, now=lambda: clock[0])
    assert auto.check()
    assert errors == []  # six days old: the status bar says it failed, no box
    clock[0] = NOW + dt.timedelta(days=8)
    assert auto.check()
    assert len(errors) == 1 and "from 5 december 2026 17:05, 8 days ago" in errors[0]
    assert auto.check()  # the same day: failed again, not told again
    assert len(errors) == 1
    clock[0] += dt.timedelta(days=1)
    assert auto.check()
    assert len(errors) == 2 and "9 days ago" in errors[1]


def test_a_damaged_database_is_not_backed_up_and_that_is_no_failure(
    window: MainWindow, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy of a damaged file would be damaged too: no attempt, nothing remembered."""
    offered: list[str] = []
    monkeypatch.setattr(window.file_actions, "offer_restore", lambda exc: offered.append(str(exc)))
    window.db.mark_damaged(damaged_error(window.db.path))
    auto = AutoBackup(window, now=lambda: NOW)
    assert not auto.check()
    backup_on_close(window.db.path, ui_settings, NOW, damaged=True)
    assert not (window.db.path.parent / "backups").exists()
    assert ui_state.BACKUP_FAILURE.read(ui_settings) == "" and not auto.note.isVisibleTo(window)


@pytest.mark.parametrize("on_close", [False, True])
def test_damage_found_by_the_backup_is_no_backup_failure(
    window: MainWindow, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch, on_close: bool
) -> None:
    """The backup is the first to read the damaged page: the window goes read only and
    offers to restore; no "automatic backup failed… check disk space" is kept or shown."""
    offered: list[str] = []
    monkeypatch.setattr(window.file_actions, "offer_restore", lambda exc: offered.append(str(exc)))
    KINDS["table page of 0xff"](window.db.path)
    if on_close:
        backup_on_close(window.db.path, ui_settings, NOW)
    else:
        auto = AutoBackup(window, now=lambda: NOW)
        assert auto.check()
        assert window.db.damaged is not None and len(offered) == 1
        assert not auto.note.isVisibleTo(window)
        assert "failed" not in window.statusBar().currentMessage()
    assert ui_state.BACKUP_FAILURE.read(ui_settings) == ""


def test_a_failure_is_told_only_for_its_own_database(
    qtbot: QtBot, window: MainWindow, ui_settings: QSettings, errors: list[str], tmp_path: Path
) -> None:
    """Recorded while A was open, it is neither told nor shown when B is opened."""
    other = tmp_path / "other" / "kohort.sqlite3"
    other.parent.mkdir()
    _break_backups(other)
    backup_on_close(other, ui_settings, NOW)
    assert ui_state.BACKUP_FAILURE_DB.read(ui_settings) == str(other)
    auto = AutoBackup(window, now=lambda: NOW)
    auto.start()
    auto.timer.stop()
    qtbot.wait(10)
    assert errors == [] and not auto.note.isVisibleTo(window)
    assert ui_state.BACKUP_FAILURE.read(ui_settings)  # kept, for when B is opened again


def test_a_failure_written_in_another_language_is_told_without_its_reason(
    qtbot: QtBot, window: MainWindow, ui_settings: QSettings, errors: list[str]
) -> None:
    _break_backups(window.db.path)
    backup_on_close(window.db.path, ui_settings, NOW)
    ui_settings.setValue(ui_state.BACKUP_FAILURE.key, "Det gick inte att skapa mappen …")
    ui_state.BACKUP_FAILURE_LANGUAGE.write(ui_settings, "sv")
    auto = AutoBackup(window, now=lambda: NOW)
    auto.start()
    auto.timer.stop()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert errors[0].startswith(
        "The automatic backup of this database on 5 december 2026 17:05 failed.\n\n"
    )
    assert "Det gick" not in errors[0] and "Det gick" not in auto.note.toolTip()


def test_damage_found_by_the_backup_on_closing_is_not_stamped_as_checked(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing after the backup met damage: the next open checks the file in full (review 2,
    finding 1), rather than trusting a stamp written by the clean close."""
    from app.db_check import CheckRecord
    from ui.window_start import WindowStart

    path = window.db.path
    window.db.run_full_check(NOW.date())  # checked today: only a stamp is missing
    KINDS["table page of 0xff"](path)
    WindowStart(window, str(path)).finish()  # the backup on closing, then the close
    assert window.db.damaged is not None
    assert CheckRecord.read(path).full_check_due(path, NOW.date())
