"""The diploma design editor with its live preview, the ceremony order, printing through
QPrinter, the printer calibration, and cancelling a long issue."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import (
    diploma_design,
    diploma_listing,
    diploma_output,
    diploma_settings,
)
from app.services.diploma_output import HandOutOrder
from app.services.diploma_settings import DesignSettings, load_settings
from diplomas.calibration import calibration_page_pdf
from tests.conftest import AFTER_DEMO
from ui import msgbox, printing
from ui.dialogs import files
from ui.dialogs.calibration_dialog import CalibrationDialog
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
from ui.dialogs.design_dialog import DesignDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.diplomas_page import DiplomasPage
from ui.main_window import MainWindow
from ui.progress import LongTask
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.DIPLOMAS_TAB)
    yield window


@pytest.fixture
def page(window: MainWindow) -> DiplomasPage:
    return window.cohort_page.diplomas


def _dialog(qtbot: QtBot, page: DiplomasPage, demo_db: Database) -> DesignDialog:
    cohort_id = page.cohort_id
    assert cohort_id is not None
    with demo_db.read() as s:
        settings = load_settings(s, cohort_id)
        people = diploma_design.preview_contents(s, cohort_id, today=AFTER_DEMO)
        signers = diploma_settings.programme_signatories(s, cohort_id)
    dialog = DesignDialog(page, page.workspace, settings, people, signers, today=AFTER_DEMO)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_follows_every_edit(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, page, demo_db)
    assert dialog.document.pageCount() == 1
    width, height = dialog.preview_page_size()
    assert width > height  # A4 landscape by default

    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    qtbot.waitUntil(lambda: dialog.preview_page_size()[0] < dialog.preview_page_size()[1])

    dialog.wording.setFocus()
    dialog.wording.selectAll()
    qtbot.keyClicks(dialog.wording, "{namn} har deltagit i {programme}")
    assert dialog.wording_warning.isVisibleTo(dialog)
    assert "{namn}" in dialog.wording_warning.text()
    assert "Empty" not in dialog.wording_warning.text()  # the demo cohort has everything

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.title.text() == "Diploma"  # the default follows the language
    assert "{namn}" in dialog.wording.toPlainText()  # what was typed does not
    dialog.wording.setPlainText("{name} took part for {hours}.")
    qtbot.waitUntil(lambda: "hours" in dialog.document.getAllText(0).text())
    assert "timmar" not in dialog.document.getAllText(0).text()  # the facts follow too

    dialog.accent.clear()
    qtbot.keyClicks(dialog.accent, "12")  # an unfinished colour: said, not crashed
    qtbot.waitUntil(lambda: "RRGGBB" in dialog.preview_status.text())
    dialog.accent.clear()
    qtbot.keyClicks(dialog.accent, "A0522D")
    qtbot.waitUntil(lambda: "Preview" in dialog.preview_status.text())


def test_the_formal_template_and_the_print_shop_version_are_chosen_in_the_editor(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, page, demo_db)
    assert dialog.template.findData("formal") >= 0
    dialog.template.setCurrentIndex(dialog.template.findData("formal"))
    assert not dialog.bleed.isChecked()  # an office print by default
    width, _height = dialog.preview_page_size()
    dialog.bleed.setChecked(True)
    settings = dialog.settings()
    assert settings.template == "formal" and settings.edge == "bleed"
    # The preview shows the sheet with its bleed: 3 mm more on each side.
    qtbot.waitUntil(lambda: dialog.preview_page_size()[0] > width + 16)
    dialog.set_settings(dataclasses.replace(settings, edge="margin"))
    assert not dialog.bleed.isChecked()


def test_programme_signatories_are_shown_and_own_ones_come_back(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, page, demo_db)
    first = dialog.signatories[0]
    assert dialog.use_programme.isChecked() and not first.name.isEnabled()
    assert first.name.text() == "Anna-Karin Lindqvist"
    dialog.use_programme.setChecked(False)
    assert first.name.isEnabled()
    assert first.name.text() == "Anna-Karin Lindqvist"  # starts from the programme's
    first.name.clear()
    qtbot.keyClicks(first.name, "Eva Lund")
    dialog.use_programme.setChecked(True)
    assert first.name.text() == "Anna-Karin Lindqvist"
    dialog.use_programme.setChecked(False)
    assert first.name.text() == "Eva Lund"
    chosen = dialog.settings()
    assert not chosen.programme_signatories and chosen.signatories[0].name == "Eva Lund"


def test_saving_the_design_from_the_page(
    page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(self: DesignDialog) -> tuple[DesignSettings, bool]:
        return dataclasses.replace(self.settings(), template="modern", place="Alingsås"), False

    monkeypatch.setattr(DesignDialog, "run", run)
    page.design()
    with demo_db.read() as s:
        saved = load_settings(s, page.cohort_id or 0)
    assert saved.template == "modern" and saved.place == "Alingsås"


def test_a_refused_design_reopens_with_what_was_typed(
    page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str | None]] = []

    def run(self: DesignDialog) -> tuple[DesignSettings, bool] | None:
        seen.append((self.place.text(), self.error.text() or None))
        if len(seen) == 1:
            return dataclasses.replace(self.settings(), place="Borås", accent_color="#12"), False
        return None  # cancelled the second time

    monkeypatch.setattr(DesignDialog, "run", run)
    page.design()
    assert seen[1][0] == "Borås" and "RRGGBB" in (seen[1][1] or "")


def _issue_all(page: DiplomasPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    assert any(page.model.row_at(r).diploma for r in range(page.model.rowCount()))


def test_cancelling_an_issue_leaves_no_register_rows(
    window: MainWindow, page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def cancelled(_self: LongTask) -> bool:
        calls.append(1)
        return len(calls) > 3  # stop after a few diplomas

    monkeypatch.setattr(LongTask, "cancelled", cancelled)
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()
    with demo_db.read() as s:
        assert diploma_listing.list_diplomas(s, page.cohort_id or 0) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_ceremony_order_by_keyboard_becomes_custom(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue_all(page, monkeypatch)
    with demo_db.read() as s:
        printed = diploma_output.printable(s, page.cohort_id or 0)
    dialog = CeremonyDialog(page, printed)
    qtbot.addWidget(dialog)
    before = dialog.enrollment_order()
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    dialog.move_selected(1)
    after = dialog.enrollment_order()
    assert after[:2] == (before[1], before[0]) and after[2:] == before[2:]
    assert dialog.order.currentData() == HandOutOrder.CUSTOM
    assert dialog.list.item(0).text().startswith("1. ")
    dialog.checklist.setChecked(False)
    dialog.finish(Destination.OPEN)
    choice = dialog.choice()
    assert choice.custom_order == after and not choice.checklist
    with demo_db.read() as s:
        pdf, ids = diploma_output.ceremony_pdf(
            s,
            page.cohort_id or 0,
            order=choice.order,
            custom_order=choice.custom_order,
            checklist=False,
        )
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(after) == len(ids)

    again = CeremonyDialog(page, printed, choice)  # the arranged order is not lost
    qtbot.addWidget(again)
    assert again.enrollment_order() == after and not again.checklist.isChecked()
    assert again.order.currentData() == HandOutOrder.CUSTOM


def test_no_pdf_reader_is_said_and_nothing_is_marked_printed(
    page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue_all(page, monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(files, "launch_viewer", lambda _path: False)
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(
        CeremonyDialog,
        "run",
        lambda _self: CeremonyChoice(HandOutOrder.SURNAME, None, True, Destination.OPEN),
    )
    page.output.ceremony()
    assert errors and "No PDF reader" in errors[0]
    with demo_db.read() as s:
        assert not any(d.printed_at for d in diploma_listing.list_diplomas(s, page.cohort_id or 0))


def test_ctrl_5_puts_the_focus_in_the_diplomas_table_without_selecting(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.sidebar.setFocus()
    window.cohort_page.show_tab(window.cohort_page.DIPLOMAS_TAB)
    page = window.cohort_page.diplomas
    assert page.view.hasFocus() or page.view.currentIndex().isValid()
    assert page.selected() == []  # Issue… still means everyone eligible
    window.cohort_page.show_tab(window.cohort_page.PARTICIPANTS_TAB)
    assert window.cohort_page.participants.view.selectionModel().hasSelection()


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(printing.DPI)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_keeps_each_pages_orientation(
    qtbot: QtBot,
    page: DiplomasPage,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _issue_all(page, monkeypatch)
    with demo_db.read() as s:
        pdf, ids = diploma_output.ceremony_pdf(s, page.cohort_id or 0)  # + portrait checklist
    out = tmp_path / "printed.pdf"
    offsets = {"landscape": (2.0, -1.5), "portrait": (0.0, 3.0)}
    pages = printing.print_pdf_pages(_pdf_printer(out), pdf, offsets=offsets)
    assert pages == len(ids) + 1
    boxes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(out).pages]
    assert len(boxes) == pages
    assert all(w > h for w, h in boxes[:-1]) and boxes[-1][0] < boxes[-1][1]


def test_a_page_range_prints_only_those_pages(tmp_path: Path, qtbot: QtBot) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for landscape in (True, False, True):
        writer.append(PdfReader(io.BytesIO(calibration_page_pdf(landscape=landscape))))
    merged = io.BytesIO()
    writer.write(merged)
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert printing.print_pdf_pages(printer, merged.getvalue()) == 1
    (only,) = PdfReader(tmp_path / "range.pdf").pages
    assert float(only.mediabox.width) < float(only.mediabox.height)  # page 2: portrait


def test_the_calibration_offset_moves_the_page_by_so_many_millimetres(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from pypdf.generic import ContentStream

    def translation(offsets: printing.Offsets) -> tuple[float, float]:
        out = tmp_path / "offset.pdf"
        printing.print_pdf_pages(
            _pdf_printer(out), calibration_page_pdf(landscape=True), offsets=offsets
        )
        page = PdfReader(out).pages[0]
        matrices = [
            [float(x) for x in operands]
            for operands, op in ContentStream(page.get_contents(), page.pdf).operations
            if op == b"cm"
        ]
        return matrices[1][4], matrices[1][5]  # inside Qt's page transform, in device pixels

    x0, y0 = translation({})
    x1, y1 = translation({"landscape": (10.0, 5.0), "portrait": (-3.0, 0.0)})
    assert (x1 - x0, y1 - y0) == pytest.approx((10 / 25.4 * 300, 5 / 25.4 * 300), abs=0.5)


def test_stopping_the_print_stops_at_once(tmp_path: Path, qtbot: QtBot) -> None:
    pdf = calibration_page_pdf(landscape=True)
    out = tmp_path / "none.pdf"
    assert printing.print_pdf_pages(_pdf_printer(out), pdf, progress=lambda *_: False) == 0


def test_calibration_is_kept_per_printer(qtbot: QtBot, ui_settings: QSettings) -> None:
    dialog = CalibrationDialog(None, ui_settings)
    qtbot.addWidget(dialog)
    dialog.offset_x.setValue(2.5)
    dialog.offset_y.setValue(-1.0)
    dialog.landscape.setCurrentIndex(1)  # portrait pages have their own offset
    assert dialog.offset_x.value() == 0.0
    dialog.offset_y.setValue(4.0)
    dialog.accept()
    name = dialog.printer.currentText()
    assert printing.calibrations(ui_settings, name) == {
        "landscape": (2.5, -1.0),
        "portrait": (0.0, 4.0),
    }
    assert printing.calibration(ui_settings, name + " other", "landscape") == (0.0, 0.0)
    again = CalibrationDialog(None, ui_settings)
    qtbot.addWidget(again)
    assert again.offset_x.value() == 2.5


def test_the_test_page_prints_with_the_offsets_being_tried(
    qtbot: QtBot, ui_settings: QSettings, tmp_path: Path
) -> None:
    dialog = CalibrationDialog(None, ui_settings)
    qtbot.addWidget(dialog)
    dialog.landscape.setCurrentIndex(1)  # portrait
    out = tmp_path / "test-page.pdf"
    dialog.print_test_page_to(_pdf_printer(out))
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)
    assert printing.calibration(ui_settings, dialog.printer.currentText(), "portrait") == (0, 0)


@pytest.mark.skipif(not os.environ.get("KOHORT_SCREENSHOTS"), reason="screenshots on request")
def test_screenshot_of_the_design_editor(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, page, demo_db)
    dialog.show()
    qtbot.wait(200)
    folder = Path(os.environ["KOHORT_SCREENSHOTS"])
    target = folder / "design-editor.png"
    assert dialog.grab().save(str(target)) and target.stat().st_size > 0


def test_verify_a_code_in_the_window(
    qtbot: QtBot, window: MainWindow, page: DiplomasPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue_all(page, monkeypatch)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    diploma = next(r.diploma for r in rows if r.diploma is not None)
    dialog = VerifyDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()  # Enter presses the dialog's default button, which must be visible
    qtbot.keyClicks(dialog.code, diploma.verification_code.lower().replace("-", " "))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "Valid" in dialog.answer.text() and diploma.serial in dialog.answer.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "ZZZZ-ZZZZ")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "Unknown code" in dialog.answer.text()


def test_only_a_whole_print_marks_the_diplomas_printed(
    window: MainWindow, page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue_all(page, monkeypatch)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    ids = [r.diploma.id for r in rows if r.diploma is not None][:3]

    def printed() -> int:
        with demo_db.read() as s:
            return sum(
                1 for d in diploma_listing.list_diplomas(s, page.cohort_id or 0) if d.printed_at
            )

    monkeypatch.setattr(printing, "print_with_dialog", lambda *_a: (2, 3))  # a page range
    page.output.print_pdf(b"%PDF", ids)
    assert printed() == 0 and "2 of 3 pages" in window.statusBar().currentMessage()
    monkeypatch.setattr(printing, "print_with_dialog", lambda *_a: None)  # cancelled
    page.output.print_pdf(b"%PDF", ids)
    assert printed() == 0
    monkeypatch.setattr(printing, "print_with_dialog", lambda *_a: (3, 3))
    page.output.print_pdf(b"%PDF", ids)
    assert printed() == 3
