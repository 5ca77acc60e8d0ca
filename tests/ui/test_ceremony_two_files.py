"""The print dialog's "action plans in a file of their own": the window writes two files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.diploma_output import HandOutOrder, printable
from tests.conftest import AFTER_DEMO
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
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


def test_the_dialog_offers_two_files_only_with_the_plans(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    with demo_db.read() as s:
        printed = printable(s, page.cohort_id or 0)
    dialog = CeremonyDialog(None, printed)
    qtbot.addWidget(dialog)
    assert not dialog.plans_separately.isEnabled()
    dialog.action_plans.setChecked(True)
    dialog.plans_separately.setChecked(True)
    assert not dialog.print_button.isEnabled() and not dialog.open_button.isEnabled()
    assert dialog.save_button.isEnabled() and dialog.save_button.isDefault()
    assert dialog.choice().plans_separately
    dialog.action_plans.setChecked(False)  # no plans: one file, as before
    assert not dialog.choice().plans_separately and dialog.print_button.isEnabled()


def test_the_window_saves_the_diplomas_and_the_plans_as_two_files(
    page: DiplomasPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "Diplom.pdf"
    choice = CeremonyChoice(
        HandOutOrder.SURNAME, None, False, Destination.SAVE, True, plans_separately=True
    )
    monkeypatch.setattr(CeremonyDialog, "run", lambda _self: choice)
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_: target)
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_file", lambda _p, path, **_k: opened.append(path))
    page.output.ceremony()
    plans = folder / "Diplom – action plans.pdf"
    assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, plans.name])
    assert opened == [target]
    diplomas = [p.extract_text() for p in PdfReader(target).pages]
    assert len(diplomas) == 10 and not any("action plan" in t.lower() for t in diplomas)
    first_plan = PdfReader(plans).pages[0].extract_text().lower()
    assert "handlingsplan" in first_plan
