"""A PDF as it will print (a frozen diploma), shown through QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class PreviewDialog(QDialog):
    """The frozen PDF as it will print, through QtPdf."""

    def __init__(self, parent: QWidget | None, title: str, pdf: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 680)

    @classmethod
    def show_pdf(cls, parent: QWidget | None, title: str, pdf: bytes) -> None:
        dialog = cls(parent, title, pdf)
        try:
            dialog.exec()
        finally:
            dialog.document.close()
            dialog.deleteLater()
