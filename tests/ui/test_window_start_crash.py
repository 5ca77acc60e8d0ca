"""A bug while the window opens its database (review 2, finding 2): the crash hook shows it,
the database is let go of and the window closes, and Kohort exits with 1 rather than wait
at "Opening the database…" holding the lock."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import Database, open_database
from tests.conftest import copy_database
from ui import window_start
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.window_start import WindowStart


@pytest.mark.parametrize("opened_first", [False, True])
def test_a_bug_while_opening_lets_go_of_the_database_and_closes(
    qtbot: QtBot,
    tmp_path: Path,
    demo_template: Path,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    opened_first: bool,
) -> None:
    path = copy_database(demo_template, tmp_path / "kohort.sqlite3")
    reported: list[BaseException] = []

    def hook(_kind: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        reported.append(exc)

    def broken(_location: str | None) -> Database:
        raise RuntimeError("a bug while opening")

    monkeypatch.setattr(sys, "excepthook", hook)
    if opened_first:  # opened and locked, then a module of the filled window fails
        missing = "tests.ui.no_such_module_for_this_test"
        monkeypatch.setattr(window_start, "FILLED_WINDOW", (*window_start.FILLED_WINDOW, missing))
    else:
        monkeypatch.setattr(window_start, "open_on_worker", broken)
    window = MainWindow(None, TaskRunner(), ui_settings)
    qtbot.addWidget(window)
    start = WindowStart(window, str(path))
    window.show()
    start.begin()
    qtbot.waitUntil(lambda: bool(reported), timeout=30_000)
    assert len(reported) == 1  # the crash hook's report
    assert isinstance(reported[0], ModuleNotFoundError if opened_first else RuntimeError)
    assert start.refused  # run_gui returns 1
    assert not window.isVisible() and not window.is_open and start.opened == []
    window.runner.shutdown()
    start.finish()
    with open_database(str(path)) as again:  # the lock was released
        assert again.damaged is None
