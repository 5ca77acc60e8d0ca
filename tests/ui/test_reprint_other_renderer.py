"""The window, like `kohort diplomas`, says before printing that diplomas issued under another
renderer (another drawing version, ReportLab or fonts) are redrawn and may differ slightly
from the first print — and prints nothing when the coordinator says no."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import diploma_recipes
from app.services.diploma_output import HandOutOrder
from tests.conftest import AFTER_DEMO
from tests.ui.test_diplomas_page import rows, select
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
from ui.diploma_output_actions import DiplomaOutput
from ui.diplomas_page import DiplomasPage
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[DiplomasPage]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.DIPLOMAS_TAB)
    yield window.cohort_page.diplomas


def test_printing_diplomas_of_another_renderer_asks_first(
    page: DiplomasPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    assert sum(1 for r in rows(page).values() if r.diploma) == 10
    offered: list[str] = []
    answer = [False]
    monkeypatch.setattr(msgbox, "offer", lambda _p, _t, text: offered.append(text) or answer[0])
    target = tmp_path / "diplom.pdf"
    choice = CeremonyChoice(HandOutOrder.FIRST_NAME, None, False, Destination.SAVE)
    monkeypatch.setattr(CeremonyDialog, "run", lambda _self: choice)
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_: target)
    printed: list[list[int]] = []
    monkeypatch.setattr(DiplomaOutput, "print_pdf", lambda _s, _pdf, ids: printed.append(ids))

    page.output.ceremony()  # today's renderer drew them: nothing to say
    assert offered == [] and target.exists()
    target.unlink()

    monkeypatch.setattr(diploma_recipes, "renderer_fingerprint", lambda: '{"render":99}')
    page.output.ceremony()
    assert len(offered) == 1 and "10 diplomas were issued by another version" in offered[0]
    assert not target.exists()  # said no: nothing written

    select(page, "Ekström")
    page.output.print_selected()
    assert len(offered) == 2 and "1 diploma was issued by another version" in offered[1]
    assert printed == []

    answer[0] = True
    page.output.ceremony()
    assert target.exists()
    select(page, "Ekström")  # the page reloaded after marking them printed
    page.output.print_selected()
    assert len(printed) == 1 and len(printed[0]) == 1
