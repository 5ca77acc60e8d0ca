"""After the coordinator declines the restore offer (or no backup passes its check), the
window says plainly that the database is damaged and read only, and offers no write; the
damage message fits the window: no command-line advice, and no advice above the offer's
own question."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.backups import automatic_backup
from app.db import Database
from app.errors import DatabaseDamagedError
from tests.corruptions import KINDS
from ui import msgbox
from ui.main_window import MainWindow


def _damage_and_check(window: MainWindow, db: Database) -> None:
    db.engine.dispose()  # the file alone holds everything: damage it on disk
    KINDS["bit in an index page's cell pointers"](db.path)
    window.workspace.check_if_due(window)


def _is_read_only(window: MainWindow) -> bool:
    return (
        "(damaged, read only)" in window.windowTitle()
        and window.damage_state.label.isVisible()
        and "read only" in window.damage_state.label.text()
        and "Restore from backup" in window.damage_state.label.text()
        and not window.sidebar.new_programme_action.isEnabled()
        and not window.sidebar.new_cohort_action.isEnabled()
        and not window.sidebar.edit_action.isEnabled()
        and not window.new_programme_button.isEnabled()
        and not window.demo_button.isEnabled()
    )


def test_an_undamaged_window_is_not_read_only(window: MainWindow) -> None:
    assert "damaged" not in window.windowTitle()
    assert not window.damage_state.label.isVisible()
    assert window.sidebar.new_programme_action.isEnabled()


def test_without_a_backup_the_window_says_damaged_and_read_only(
    qtbot: QtBot, demo_db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    _damage_and_check(window, demo_db)
    assert len(shown) == 1
    assert "File ▸ Restore from backup…" in shown[0] and "There is no backup" in shown[0]
    assert "kohort restore" not in shown[0] and "kohort backups" not in shown[0]
    assert _is_read_only(window)


def test_declining_the_offer_leaves_the_window_read_only(
    qtbot: QtBot, demo_db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    automatic_backup(demo_db.path, dt.datetime(2026, 12, 5, 17, 5))
    asked: list[str] = []

    def decline(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(msgbox, "question", decline)
    _damage_and_check(window, demo_db)
    assert len(asked) == 1 and "damaged" in asked[0] and "Restore the backup from" in asked[0]
    # The question says what to do: no advice repeated above it.
    assert "File ▸" not in asked[0] and "kohort restore" not in asked[0]
    assert _is_read_only(window)


def test_a_cohort_that_cannot_be_read_says_why(
    qtbot: QtBot, demo_db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "error", lambda *_args: None)
    _damage_and_check(window, demo_db)
    assert demo_db.damaged is not None
    window._cohort_failed(DatabaseDamagedError(demo_db.damaged))  # the remembered cohort
    assert window.pages.currentIndex() == window.PAGE_EMPTY
    assert "cannot be read: the database is damaged" in window.empty_label.text()
    assert not window.new_cohort_button.isEnabled()
