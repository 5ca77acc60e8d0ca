"""The window on a team database on a PostgreSQL server, and File ▸ Open a team database…"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from app.db import Database
from tests.conftest import AFTER_DEMO, server_copy
from tests.ui.conftest import wait_until_filled
from ui import msgbox
from ui.file_actions import SERVER_KEY
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

on_the_server = pytest.mark.parametrize("database_kind", ["postgresql"], indirect=True)


def _programmes(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.item(row).text() for row in range(model.rowCount())]


@on_the_server
def test_the_window_works_on_a_team_database(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    wait_until_filled(qtbot, window)
    assert demo_db.on_server
    name = make_url(demo_db.location).database
    assert window.windowTitle().startswith(f"Kohort — {name} @ ")
    assert "Framtidens ledare" in " ".join(_programmes(window))
    actions = window.file_actions
    assert not actions.backup_action.isEnabled() and not actions.restore_action.isEnabled()
    assert window.statusBar().currentMessage() in ("", f"Database: {demo_db.location}")
    window.grab().save(str(tmp_path / "team-database.png"))


@pytest.fixture
def file_window(qtbot: QtBot, db: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    yield main
    main.db.close()  # the team database it switched to, if it did


@pytest.fixture
def team_address(request: pytest.FixtureRequest) -> Iterator[str]:
    """A demo team database on the test server: its address (no password: trust)."""
    yield from server_copy(request, "demo")


def _answer(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    monkeypatch.setattr(QInputDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QInputDialog, "textValue", lambda _self: address)


def test_the_address_dialog_wraps_its_explanation(
    file_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[QInputDialog] = []

    def look(dialog: QInputDialog) -> int:
        shown.append(dialog)
        dialog.show()
        dialog.grab().save(str(tmp_path / "address-dialog.png"))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", look)
    assert file_window.file_actions.open_team_database() is False
    (dialog,) = shown
    assert dialog.textValue() == "postgresql://" and dialog.width() < 700
    assert not file_window.db.on_server


def test_an_address_with_a_password_is_refused_and_never_kept(
    file_window: MainWindow,
    team_address: str,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = "Hemligt-lösen-42"
    with_password = make_url(team_address).set(password=secret)
    _answer(monkeypatch, with_password.render_as_string(hide_password=False))
    said: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: said.append(text))
    assert file_window.file_actions.open_team_database() is False
    assert len(said) == 1 and "~/.pgpass" in said[0] and secret not in said[0]
    assert not file_window.db.on_server  # still the file
    ui_settings.sync()
    assert secret not in Path(ui_settings.fileName()).read_text(encoding="utf-8")


def test_open_a_team_database_switches_the_window_and_keeps_the_address(
    qtbot: QtBot,
    file_window: MainWindow,
    team_address: str,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer(monkeypatch, team_address)
    assert file_window.file_actions.open_team_database() is True
    assert file_window.db.on_server
    wait_until_filled(qtbot, file_window)
    assert "Framtidens ledare" in " ".join(_programmes(file_window))
    assert ui_settings.value(SERVER_KEY) == team_address


def test_the_window_starts_on_a_team_database_and_closes_without_a_file_backup(
    qtbot: QtBot,
    team_address: str,
    ui_settings: QSettings,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    """As `kohort --db postgresql://…` starts it: opened on the worker, then closed with no
    backup on closing (a server's backups are its own) and no file left anywhere."""
    from ui.window_start import WindowStart

    caplog.set_level(logging.INFO)
    runner = TaskRunner()
    window = MainWindow(None, runner, ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    start = WindowStart(window, team_address)
    window.show()
    start.begin()
    try:
        wait_until_filled(qtbot, window)
        assert window.db.on_server and not start.refused
        assert "Framtidens ledare" in " ".join(_programmes(window))
        assert f"opened {window.db.location}" in caplog.text
        window.grab().save(str(tmp_path / "started-on-team-database.png"))
    finally:
        window.close()
        runner.shutdown()
        start.finish()
    assert "backup on closing" not in caplog.text
