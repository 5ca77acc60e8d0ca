from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db import Database
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import on_tab
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window state for one test, in a temporary file (never the user's real settings)."""
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """English as the app speaks it: its catalogue holds the plural forms ("1 diploma",
    "2 diplomas"). Tests of Swedish and Finnish install theirs over it (tests/ui/languages)."""
    from ui import i18n

    translator = i18n.load("kohort_en")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, db: Database, ui_settings: QSettings) -> MainWindow:
    """The main window on this test's database (the demo's, if the test asks for demo_db),
    shown and loaded, on the day after the demo's last session."""
    main = MainWindow(db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    wait_until_filled(qtbot, main)
    return main


def wait_until_filled(qtbot: QtBot, window: MainWindow, timeout: int = 30_000) -> None:
    """Until the window shows its database: opened (at start, on the worker), the sidebar
    filled and the chosen cohort's reads delivered. At once with a synchronous runner."""
    qtbot.waitUntil(lambda: window.filled and not window.runner.busy, timeout=timeout)


def participant_rows(window: MainWindow) -> list:
    """The rows of the Participants tab, as its model holds them."""
    model = on_tab(window, window.cohort_page.participants).model
    return [model.row_at(r) for r in range(model.rowCount())]


@pytest.fixture(autouse=True)
def _swedish_locale() -> object:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail the test instead.

    Tests that expect a message box or dialog patch it themselves (their patch wins).
    """
    from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog

    from ui import msgbox

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def raiser(*args: object, **_kwargs: object) -> None:
            raise AssertionError(f"unexpected modal {what}: {args[1:3]!r}")

        return raiser

    for name in ("error", "information", "question", "offer", "crash"):
        monkeypatch.setattr(msgbox, name, refuse(f"message box msgbox.{name}"))
    monkeypatch.setattr(QDialog, "exec", refuse("dialog"))
    monkeypatch.setattr(QInputDialog, "getText", refuse("input dialog"))
    monkeypatch.setattr(QColorDialog, "getColor", refuse("colour dialog"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"file dialog {name}"))
    from ui.dialogs import files

    monkeypatch.setattr(files, "launch_viewer", lambda _path: True)  # no PDF viewer in tests
