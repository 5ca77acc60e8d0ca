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


def drawn_results(s: DbSession, evaluation_id: int) -> tuple[bytes, bool]:
    """The report, and whether it is an anonymous one of too few answers to show freely."""
    from app.errors import ValidationError
    from app.i18n import explain
    from app.services.evaluation_documents import evaluation_report
    from diplomas.evaluation_report import evaluation_report_pdf
    from diplomas.problems import DocumentError

    report = evaluation_report(s, evaluation_id)
    try:
        return evaluation_report_pdf(report), report.few_answers
    except DocumentError as problem:
        raise ValidationError(explain(problem)) from problem


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
        self.caution = QLabel(
            self.tr(
                "Fewer than 5 answers: the results may point out single participants – "
                "show them with care."
            )
        )
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.caution.hide()
        title = QLabel(self.tr("Results"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.caution)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def clear(self) -> None:
        self.evaluation_id = None
        self.pdf = None
        self.document.close()
        self.status.clear()
        self.caution.hide()

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
            self, lambda s: drawn_results(s, evaluation_id), self._show, failed=failed
        )

    def _show(self, drawn: tuple[bytes, bool]) -> None:
        pdf, few_answers = drawn
        self.rendering = False
        if self.pending and self.evaluation_id is not None:
            self.draw(self.evaluation_id)  # newer answers came in meanwhile
            return
        self.pdf = pdf
        self.caution.setVisible(few_answers)
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
