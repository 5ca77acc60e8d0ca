"""Alt+key in every language: no two things in one window, menu or toolbar share a letter
(Alt+P used to open the Action plans tab, so the Programme menu could not be reached)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import Language
from tests.conftest import AFTER_DEMO
from tests.ui.languages import all_clashes, clashes, every_dialog, interface_in, menu_texts
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture(params=list(Language), ids=lambda language: language.value)
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    with interface_in(request.param):
        yield request.param


@pytest.fixture
def window(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, language: Language
) -> MainWindow:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    return window


def test_the_checker_finds_a_clash() -> None:
    assert clashes(["&Programme", "Action &plans", "&File", "Tom && Jerry"]) == {
        "p": ["&Programme", "Action &plans"]
    }


def test_main_window_every_tab_menu_and_toolbar(window: MainWindow) -> None:
    """Each tab shown in turn with the menu bar and the tab's own buttons and fields; every
    menu (the menu bar's, the context menus, the toolbars' buttons) and every toolbar."""
    assert window.pages.currentIndex() == window.PAGE_COHORT
    tabs = window.cohort_page.tabs
    found = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if shown := all_clashes(window):
            found[tabs.tabText(index)] = shown
    assert found == {}
    assert len(menu_texts(window.file_actions.recent_menu)) >= 1


def test_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    found = {}
    for make in every_dialog(window):
        dialog = make()
        qtbot.addWidget(dialog)
        if shown := all_clashes(dialog):
            found[dialog.windowTitle()] = shown
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert found == {}


def test_every_form_label_with_a_mnemonic_has_a_buddy(qtbot: QtBot, window: MainWindow) -> None:
    """A form row given a layout instead of a widget has no buddy: Qt then shows the label's
    "&" as it is ("&Andra mapp för säkerhetskopior:" in Preferences)."""
    from PySide6.QtWidgets import QLabel

    found = []
    for make in every_dialog(window):
        dialog = make()
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if "&" in text and label.buddy() is None:
                found.append(f"{dialog.windowTitle()}: {label.text()}")
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert found == []
