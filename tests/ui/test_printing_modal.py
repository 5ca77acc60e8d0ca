"""Printing paints pages on the UI thread: meanwhile the window takes no Ctrl+Q or close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from ui import printing


def test_the_print_progress_is_modal_for_the_whole_application_from_the_first_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen: list[object] = []

    def paint(_printer: QPrinter, _pdf: bytes, *, offsets: object, progress: object) -> int:
        assert callable(progress)
        progress(1, 3)  # the first page is out
        seen.append(QApplication.activeModalWidget())
        return 3

    monkeypatch.setattr(printing, "print_pdf_pages", paint)
    assert printing.print_with_progress(window, QPrinter(), b"%PDF", {}) == 3  # type: ignore[arg-type]
    dialog = seen[0]
    assert isinstance(dialog, QProgressDialog)
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
