"""The diplomas page: issue, preview the frozen PDF, reissue, revoke, ceremony PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import diploma_listing
from app.services.diploma_output import HandOutOrder
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import select_by_surname
from ui import diplomas_page, msgbox
from ui.dialogs import files
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
from ui.dialogs.preview_dialog import PreviewDialog
from ui.dialogs.reissue_dialog import ReissueDialog
from ui.diploma_table import DiplomaRow
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


def rows(page: DiplomasPage) -> dict[str, DiplomaRow]:
    found = [page.model.row_at(r) for r in range(page.model.rowCount())]
    return {r.participant.person.last_name: r for r in found}


def select(page: DiplomasPage, last_name: str) -> None:
    select_by_surname(page.view, page.proxy, last_name)


def test_issue_preview_reissue_revoke_and_print(
    qtbot: QtBot,
    page: DiplomasPage,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert len(rows(page)) == 14 and all(r.diploma is None for r in rows(page).values())
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) and False)
    page.issue()  # nothing selected: everyone eligible, but only when confirmed
    assert "10 eligible" in asked[0] and all(r.diploma is None for r in rows(page).values())
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    issued = {n: r.diploma for n, r in rows(page).items() if r.diploma}
    assert len(issued) == 10 and "Strömbäck" not in issued
    assert issued["Al-Hassan"].serial.startswith("FL-")  # type: ignore[union-attr]

    shown: list[bytes] = []
    monkeypatch.setattr(PreviewDialog, "show_pdf", lambda _p, _t, pdf: shown.append(pdf))
    select(page, "Öberg-Jäätteenmäki")
    page.preview()
    assert shown and shown[0].startswith(b"%PDF")
    dialog = PreviewDialog(None, "FL", shown[0])  # the real viewer loads the frozen bytes
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1

    # someone not eligible: only with a recorded reason
    monkeypatch.setattr(
        diplomas_page.QInputDialog,
        "getText",
        lambda *_a, **_k: ("Kompletterade med en uppgift", True),
    )
    select(page, "Strömbäck")
    page.issue()
    strom = rows(page)["Strömbäck"].diploma
    assert strom is not None and strom.ineligible_reason == "Kompletterade med en uppgift"

    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    monkeypatch.setattr(ReissueDialog, "ask", lambda _p, _serial, _holder, printed: printed)
    select(page, "Ekström")
    old = rows(page)["Ekström"].diploma
    page.reissue()
    new = rows(page)["Ekström"].diploma
    assert new is not None and old is not None and new.serial != old.serial
    assert [r.participant.person.last_name for r in page.selected()] == ["Ekström"]
    with demo_db.read() as s:
        register = {d.id: d for d in diploma_listing.list_diplomas(s, page.cohort_id or 0)}
    assert register[old.id].replaced_by_id == new.id

    select(page, "Lindgren")
    page.revoke()
    assert rows(page)["Lindgren"].diploma is None  # no valid diploma any more

    target = tmp_path / "diplom.pdf"
    choice = CeremonyChoice(HandOutOrder.FIRST_NAME, None, True, Destination.SAVE)
    monkeypatch.setattr(CeremonyDialog, "run", lambda _self: choice)
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_: target)
    page.output.ceremony()
    pages = PdfReader(target).pages
    assert len(pages) == 10 + 1  # 11 valid diplomas less Lindgren's, plus the checklist
    assert "Fatima Al-Hassan" in pages[0].extract_text()  # F… comes first by first name
    assert all(r.diploma.printed_at for r in rows(page).values() if r.diploma)
