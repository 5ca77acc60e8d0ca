"""An evaluation's results as the PDF report prints them, previewed with QtPdf (as the
diploma design editor previews diplomas), so that the screen and the paper agree. Drawn on
the worker; one drawing at a time, the newest wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import KohortError
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


def results_pdf(s: DbSession, evaluation_id: int) -> bytes:
    from app.services.evaluation_documents import results_pdf as draw  # on first use

    return draw(s, evaluation_id)


class ResultsView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.evaluation_id: int | None = None
        self.rendering = False
        self.pending = False  # the results changed while a drawing ran: draw again
        self.pdf: bytes | None = None  # the results shown, as printed
        self.buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(320)
        self.view.setToolTip(self.tr("The results as the PDF report prints them (Ctrl+S saves it)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        title = QLabel(self.tr("Results"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def clear(self) -> None:
        self.evaluation_id = None
        self.pdf = None
        self.document.close()
        self.status.clear()

    def draw(self, evaluation_id: int) -> None:
        """Draw ``evaluation_id``'s results report on the worker and show it."""
        self.evaluation_id = evaluation_id
        if self.rendering:
            self.pending = True
            return
        self.rendering, self.pending = True, False
        self.status.setText(self.tr("Drawing the results…"))

        def failed(exc: KohortError) -> None:
            self.rendering = False
            self.status.setText(
                self.tr("The results could not be drawn: {reason}").format(reason=exc)
            )

        self.workspace.read(
            self, lambda s: results_pdf(s, evaluation_id), self._show, failed=failed
        )

    def _show(self, pdf: bytes) -> None:
        self.rendering = False
        if self.pending and self.evaluation_id is not None:
            self.draw(self.evaluation_id)  # newer answers came in meanwhile
            return
        self.pdf = pdf
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.status.setText(
            self.tr("The results report as it prints: %n page(s).", "", self.document.pageCount())
        )

    @property
    def pages(self) -> int:
        ready = self.document.status() == QPdfDocument.Status.Ready
        return self.document.pageCount() if ready else 0
