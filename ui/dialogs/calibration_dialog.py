"""Printer calibration for pre-printed diploma paper: an x/y offset in millimetres per
printer, tried out with a test page and kept for the next ceremony."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KohortError
from diplomas.calibration import MARK_MM, calibration_page_pdf
from ui import msgbox
from ui.printing import (
    DPI,
    ORIENTATIONS,
    Offsets,
    calibrations,
    print_with_progress,
    set_calibration,
)

MAX_OFFSET_MM = 30.0


def _offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setSuffix(" mm")
    return box


class CalibrationDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer calibration"))
        self.settings = settings
        self.printer = QComboBox()
        self.printer.setEditable(False)
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        for name in dict.fromkeys([default, *names] if default else names):
            self.printer.addItem(name)
        if not self.printer.count():
            self.printer.addItem("")  # no printer installed: the offset is kept for "" anyway
        self.offset_x = _offset_box()
        self.offset_y = _offset_box()
        self.landscape = QComboBox()
        self.landscape.addItem(self.tr("A4 landscape"), True)
        self.landscape.addItem(self.tr("A4 portrait"), False)
        self.edited: Offsets = {}  # per orientation, for the printer shown
        explanation = QLabel(
            self.tr(
                "For paper with a printed frame or logo. Print the test page, measure from the "
                "paper's edges to each corner cross (it should be {mm} mm) and enter the "
                "difference: positive moves the print right and down, as you read the page. "
                "Landscape and portrait pages each have their own offset. Kohort uses them "
                "whenever it prints to this printer."
            ).format(mm=int(MARK_MM))
        )
        explanation.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Print &test page…"))
        self.test_button.clicked.connect(self.print_test_page)
        form = QFormLayout()
        form.addRow(self.tr("&Printer:"), self.printer)
        form.addRow(self.tr("P&ages:"), self.landscape)
        form.addRow(self.tr("Move &right by:"), self.offset_x)
        form.addRow(self.tr("Move &down by:"), self.offset_y)
        form.addRow("", self.test_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.printer.currentTextChanged.connect(self._load)
        self.landscape.currentIndexChanged.connect(lambda _i: self._show_orientation())
        for box in (self.offset_x, self.offset_y):
            box.valueChanged.connect(lambda _v: self._remember())
        self._load(self.printer.currentText())

    @property
    def orientation(self) -> str:
        return ORIENTATIONS[0 if self.landscape.currentData() else 1]

    def _load(self, name: str) -> None:
        self.edited = calibrations(self.settings, name)
        self._show_orientation()

    def _show_orientation(self) -> None:
        x, y = self.edited[self.orientation]
        for box, value in ((self.offset_x, x), (self.offset_y, y)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _remember(self) -> None:
        self.edited[self.orientation] = (self.offset_x.value(), self.offset_y.value())

    def accept(self) -> None:
        for orientation, (x, y) in self.edited.items():
            set_calibration(self.settings, self.printer.currentText(), orientation, x, y)
        super().accept()

    def print_test_page(self) -> None:
        """The test page on the chosen printer, shifted by the offsets as they are now."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(DPI)
        if self.printer.currentText():
            printer.setPrinterName(self.printer.currentText())
        dialog = QPrintDialog(printer, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.print_test_page_to(printer)

    def print_test_page_to(self, printer: QPrinter) -> None:
        pdf = calibration_page_pdf(landscape=bool(self.landscape.currentData()))
        try:
            print_with_progress(self, printer, pdf, dict(self.edited))
        except KohortError as exc:
            msgbox.error(self, self.tr("Printer calibration"), str(exc))
