"""Name badges from the Sessions tab: the action beside the sign-in sheet, its dialog, the file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import Language, SessionFormat
from app.services.badges import BadgeOptions
from app.services.sessions import SessionInfo
from diplomas.badges_model import TentSize
from tests.ui.languages import all_clashes, interface_in
from ui.dialogs import files
from ui.dialogs.badges_dialog import BadgesDialog
from ui.labels import date_text
from ui.main_window import MainWindow


def _page(window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.cohort_page.sessions
    window.cohort_page.tabs.setCurrentWidget(page)
    return page


def test_the_action_sits_beside_the_sign_in_sheet_and_writes_the_badges(
    demo_db: Database,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(window)
    assert page.badges_action.isEnabled()  # no session needs to be selected
    actions = page.findChild(QToolBar).actions()
    assert actions.index(page.badges_action) == actions.index(page.signin_action) + 1
    target = tmp_path / "namnskyltar.pdf"
    target.write_bytes(b"old")  # the save dialog asked before replacing it
    chosen = BadgeOptions(tents=None, groups=True)
    monkeypatch.setattr(BadgesDialog, "run", lambda _self: chosen)
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_a: target)
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_file", lambda _parent, path, **_k: opened.append(path))
    page.badges_action.trigger()
    reader = PdfReader(target)
    assert len(reader.pages) == 2  # 17 people of the demo's first cohort, 10 a sheet
    assert "Fatima" in reader.pages[0].extract_text()
    assert opened == [target]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".partial")]


def test_the_dialog_returns_what_was_chosen(qtbot: QtBot, demo_db: Database) -> None:
    dialog = BadgesDialog(None, [], None)
    qtbot.addWidget(dialog)
    assert dialog.values() == BadgeOptions()  # the defaults are the command line's
    dialog.paper.setCurrentIndex(dialog.paper.count() - 1)
    dialog.guests.setChecked(True)
    dialog.offset_x.setValue(-1.5)
    dialog.offset_y.setValue(2)
    options = dialog.values()
    assert options.tents == TentSize.A5 and options.guests
    assert (options.offset_x_mm, options.offset_y_mm) == (-1.5, 2.0)


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.value)
def test_no_two_fields_share_a_mnemonic(qtbot: QtBot, language: Language) -> None:
    with interface_in(language):
        dialog = BadgesDialog(None, [], None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert all_clashes(dialog) == {}
        assert "&" not in dialog.windowTitle()


def _meeting(id_: int, day: dt.date, title: str) -> SessionInfo:
    return SessionInfo(
        id=id_, cohort_id=1, title=title, date=day, end_date=None, start_time=None,
        end_time=None, venue=None, online_url=None, format=SessionFormat.IN_PERSON,
        minutes=None, focus_area=None, mandatory=True, cancelled=False,
    )  # fmt: skip


def test_the_sessions_show_their_dates_as_the_computer_writes_them(qtbot: QtBot) -> None:
    """As in the other dialogs (ui.labels.date_text): "4.3.2026" in Finnish, not ISO; the
    label sizes with the computer's decimal comma."""
    sessions = [
        _meeting(7, dt.date(2026, 5, 12), "Uppföljning"),
        _meeting(4, dt.date(2026, 3, 4), "Internat"),
    ]
    with interface_in(Language.FINNISH):
        dialog = BadgesDialog(None, sessions, 7)
        qtbot.addWidget(dialog)
        shown = [dialog.session.itemText(i) for i in range(1, dialog.session.count())]
        assert shown == [
            f"{date_text(dt.date(2026, 3, 4))} — Internat",
            f"{date_text(dt.date(2026, 5, 12))} — Uppföljning",
        ]
        assert shown[0].startswith("4.3.2026")
        assert dialog.session.currentData() == 7
        papers = [dialog.paper.itemText(i) for i in range(dialog.paper.count())]
        assert "Tarrat L7173 (99,1 × 57 mm, 10/A4)" in papers  # a decimal comma too
        assert "Tarrat L7418 (86 × 55 mm, 8/A4)" in papers
