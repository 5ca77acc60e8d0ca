"""Form building blocks: dates in the user's locale, money as money, inline errors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QTimeEdit, QWidget

_NO_DATE = QDate(1900, 1, 1)


def parse_money(text: str) -> int | None:
    """Kronor (or euros) typed as people type them → minor units; ``None`` for empty.

    Accepts "24 500", "24 500,50", "24500.50 kr", "1 234,5 SEK". Raises ValueError otherwise.
    """
    cleaned = re.sub(r"[\s\u00a0\u202f]|kr|sek|eur|€|:-", "", text.strip().lower())
    if not cleaned:
        return None
    if re.fullmatch(r"\d+([.,]\d{1,2})?", cleaned) is None:
        raise ValueError(text)
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern above rules this out
        raise ValueError(text) from exc
    return int(value * 100)


def format_money(minor: int | None) -> str:
    if minor is None:
        return ""
    return QLocale().toString(minor / 100, "f", 2)


def parse_percent(text: str) -> int:
    """ "25 %", "12", "6,5" → basis points (2500, 1200, 650). Raises ValueError otherwise."""
    cleaned = re.sub(r"[\s%\u00a0]", "", text).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not Decimal(0) <= value <= Decimal(100):
        raise ValueError(text)
    return int(value * 100)


def format_percent(basis_points: int) -> str:
    return f"{QLocale().toString(basis_points / 100, 'g', 4)} %"


def to_qdate(value: dt.date | None) -> QDate:
    return _NO_DATE if value is None else QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date | None:
    if not value.isValid() or value == _NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date | None) -> QDateEdit:
    """A date field in the locale's short format, with a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    return edit


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box, then an ordinary date field.

    (Qt's "special value" trick for empty dates makes typing a date impossible.)
    """

    def __init__(
        self,
        value: dt.date | None,
        text: str,
        default: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(value or default)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda on: self.edit.setFocus() if on else None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so a label's Alt+key reaches it

    def value(self) -> dt.date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def _four_digit_years(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_edit(value: dt.time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute) if value else QTime(9, 0))
    return edit


def to_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red line under a form for what is wrong, announced as text (not colour alone)."""
    label = QLabel(parent)
    label.setStyleSheet("color: #a4262c;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))
