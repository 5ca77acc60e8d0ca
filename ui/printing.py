"""Printing PDFs from Kohort: each page rendered through QtPdf at 300 dpi onto the printer,
in the page's own orientation, shifted by the printer's calibration offset.

The calibration (x/y in millimetres, per printer name) is for pre-printed diploma paper whose
frame must meet the text; it is UI state, kept in QSettings. For the best possible output the
coordinator can always open the vector PDF in their PDF reader and print from there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from app.errors import KohortError
from ui import ui_state

DPI = 300
MM_PER_INCH = 25.4


ORIENTATIONS = ("landscape", "portrait")
Offsets = dict[str, tuple[float, float]]  # per page orientation: mm right, mm down


def calibration(settings: QSettings, printer_name: str, orientation: str) -> tuple[float, float]:
    """The printer's x/y offset in mm for pages of this orientation, as the page is read
    (positive: right and down); 0/0 if never calibrated. A sheet fed the same way shifts
    differently on a landscape page, so each orientation has its own."""
    return (
        ui_state.printer_offset(printer_name, orientation, "x").read(settings),
        ui_state.printer_offset(printer_name, orientation, "y").read(settings),
    )


def calibrations(settings: QSettings, printer_name: str) -> Offsets:
    return {o: calibration(settings, printer_name, o) for o in ORIENTATIONS}


def set_calibration(
    settings: QSettings, printer_name: str, orientation: str, x_mm: float, y_mm: float
) -> None:
    ui_state.printer_offset(printer_name, orientation, "x").write(settings, round(x_mm, 1))
    ui_state.printer_offset(printer_name, orientation, "y").write(settings, round(y_mm, 1))
    settings.sync()


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise KohortError("The PDF to print could not be read; nothing was printed.")
    return document, buffer


def print_pdf_pages(
    printer: QPrinter,
    pdf: bytes,
    *,
    offsets: Offsets | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the pages of ``pdf`` onto ``printer`` (all, or the range chosen in the print
    dialog); returns the pages printed.

    Each page is rendered at 300 dpi and drawn over the whole sheet (full-page mode, so the
    printer's margins do not shrink it), turned to the page's own orientation and shifted
    by that orientation's offset. ``progress`` is called with (done, total) and returns
    False to stop.
    """
    document, buffer = load_pdf(pdf)
    pages = list(range(document.pageCount()))
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = pages[printer.fromPage() - 1 : printer.toPage() or None]
    total = len(pages)
    printer.setFullPage(True)
    painter = QPainter()
    printed = 0
    try:
        for done, index in enumerate(pages):
            if progress is not None and not progress(done, total):
                break
            size = document.pagePointSize(index)
            landscape = size.width() > size.height()
            offset_mm = (offsets or {}).get(ORIENTATIONS[0 if landscape else 1], (0.0, 0.0))
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            if done == 0:
                if not painter.begin(printer):
                    raise KohortError(
                        "The printer could not be opened; check that it is connected and "
                        "not paused, or open the PDF in your PDF reader and print from there."
                    )
            elif not printer.newPage():
                raise KohortError("The printer stopped accepting pages; nothing more printed.")
            pixels = QSize(round(size.width() / 72 * DPI), round(size.height() / 72 * DPI))
            image = document.render(index, pixels)
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            resolution = printer.resolution()
            shift = QPointF(
                offset_mm[0] / MM_PER_INCH * resolution, offset_mm[1] / MM_PER_INCH * resolution
            )
            painter.drawImage(QRectF(shift, sheet.size()), image)
            printed += 1
        return printed
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()


def page_count(pdf: bytes) -> int:
    document, buffer = load_pdf(pdf)
    try:
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def print_with_dialog(
    parent: QWidget | None, pdf: bytes, title: str, settings: QSettings
) -> tuple[int, int] | None:
    """Ask for the printer, then print with its calibration: (pages printed, pages in the
    document), or None when the dialog was cancelled."""
    total = page_count(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(DPI)
    printer.setDocName(title)
    printer.setFromTo(1, total)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QApplication.translate("printing", "Print {title}").format(title=title))
    dialog.setMinMax(1, total)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    offsets = calibrations(settings, printer.printerName())
    return print_with_progress(parent, printer, pdf, offsets), total


def print_with_progress(
    parent: QWidget | None, printer: QPrinter, pdf: bytes, offsets: Offsets
) -> int:
    progress_dialog = QProgressDialog(
        QApplication.translate("printing", "Sending pages to the printer…"),
        QApplication.translate("printing", "Stop"),
        0,
        0,
        parent,
    )
    # Modal for the whole application and shown at once: the pages are painted here, on the
    # UI thread, so Ctrl+Q or closing the window meanwhile would stop the print half-way
    # without a word. Stop is the way to end it early (the diplomas are then not marked).
    progress_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress_dialog.setMinimumDuration(0)

    def step(done: int, total: int) -> bool:
        progress_dialog.setMaximum(total)
        progress_dialog.setValue(done)
        QApplication.processEvents()
        return not progress_dialog.wasCanceled()

    try:
        return print_pdf_pages(printer, pdf, offsets=offsets, progress=step)
    finally:
        progress_dialog.close()
        progress_dialog.deleteLater()
