"""Issuing mid-programme and reissuing a name from the Diplomas tab: nothing permanent
happens before the coordinator has read what it means and said yes (No is the default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import diploma_listing
from tests.ui.helpers import select_by_surname
from tests.ui.test_main_window import select_cohort
from ui import msgbox
from ui.dialogs.reissue_dialog import ReissueDialog
from ui.diplomas_page import DiplomasPage
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

MID = dt.date(2026, 12, 7)  # the cross-municipal demo cohort: 3 of 6 sessions held
LAST_SESSION = dt.date(2027, 4, 15)


def _page(
    qtbot: QtBot, db: Database, settings: QSettings, code: str, today: dt.date
) -> DiplomasPage:
    window = MainWindow(db, TaskRunner(synchronous=True), settings, today=today)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    select_cohort(window, code)
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.DIPLOMAS_TAB)
    _windows.append(window)  # qtbot holds it weakly; the test needs it alive
    return window.cohort_page.diplomas


_windows: list[MainWindow] = []


@pytest.fixture(autouse=True)
def _release_windows() -> Iterator[None]:
    yield
    _windows.clear()


@pytest.fixture
def lec(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[DiplomasPage]:
    yield _page(qtbot, demo_db, ui_settings, "LEC", MID)


def _texts(page: DiplomasPage) -> list[str]:
    return [page.model.index(r, 2).data() or "" for r in range(page.model.rowCount())]


def _issued(db: Database, page: DiplomasPage) -> list[diploma_listing.IssuedDiploma]:
    with db.read() as s:
        return diploma_listing.list_diplomas(s, page.cohort_id or 0)


def _select(page: DiplomasPage, last_name: str) -> None:
    select_by_surname(page.view, page.proxy, last_name)


def test_mid_programme_the_tab_says_on_track_not_eligible(lec: DiplomasPage) -> None:
    shown = " ".join(_texts(lec))
    assert "On track" in shown and "✓ Eligible" not in shown


def test_issuing_mid_programme_names_what_remains_and_no_issues_nothing(
    lec: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) and False)
    lec.issue()
    assert len(asked) == 1
    text = asked[0]
    assert "Avslutning med diplomutdelning, 15 april 2027" in text
    assert "dated 15 april 2027" in text and "This is unusual" in text
    assert _issued(demo_db, lec) == []


def test_issuing_ahead_when_confirmed_dates_the_closing_session(
    lec: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    lec.issue()
    issued = _issued(demo_db, lec)
    assert issued and {d.issue_date for d in issued} == {LAST_SESSION}
    assert all(d.issued_before_end for d in issued)
    assert "before the end" in lec.workspace.status_bar.currentMessage()  # type: ignore[union-attr]


def test_issuing_to_one_selected_person_also_asks(
    lec: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) and False)
    _select(lec, "Andersson Fältskog")
    lec.issue()
    assert len(asked) == 1 and "Maria Andersson Fältskog" in asked[0]
    assert _issued(demo_db, lec) == []


def test_reissue_under_another_persons_name_asks_again_and_shows_whose(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import AFTER_DEMO

    page = _page(qtbot, demo_db, ui_settings, "FL", AFTER_DEMO)
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    _select(page, "Sjöberg")
    old = next(d for d in _issued(demo_db, page) if d.person_name == "Mikael Sjöberg")
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) and False)
    monkeypatch.setattr(ReissueDialog, "ask", lambda *_: "Emir Hodžić")
    page.reissue()
    assert "the diploma of Mikael Sjöberg: “Mikael Sjöberg” → “Emir Hodžić”" in asked[0]
    assert "does not look like a corrected spelling" in asked[0]
    assert [d.id for d in _issued(demo_db, page) if d.valid and d.person_id == old.person_id] == [
        old.id
    ]

    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    monkeypatch.setattr(ReissueDialog, "ask", lambda *_: "Mikael Sjöberg-Lind")
    page.reissue()
    new = next(d for d in _issued(demo_db, page) if d.valid and d.person_id == old.person_id)
    assert new.name_as_printed == "Mikael Sjöberg-Lind" and new.replaces_id == old.id


def test_the_reissue_dialog_refuses_an_empty_name(qtbot: QtBot) -> None:
    dialog = ReissueDialog(None, "FL-2026-007", "Mikael Sjöberg", "Mikael Sjöberg")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Mikael Sjöberg"
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.isVisible() is False and "cannot be empty" in dialog.error.text()
