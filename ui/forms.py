"""Form building blocks: dates in the user's locale, money as money, inline errors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QToolTip,
    QWidget,
)

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


def date_edit(value: dt.date | None) -> DateEdit:
    """A date field in the locale's short format, with a calendar; every date field of the
    app is one of these (see :class:`DateEdit`)."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    return edit


def parse_date(text: str) -> dt.date | None:
    """A date as people type it: 2026-04-30, 30/4/2026, 30.4.2026, 30 april 2026 or the
    locale's short format; ``None`` for nothing. Raises ValueError otherwise."""
    text = " ".join(text.split())
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    for pattern in (
        "yyyy-M-d",
        short.replace("yy", "yyyy") if "yyyy" not in short else short,
        short,
        "d.M.yyyy",
        "d/M/yyyy",
        "d/M yyyy",
        "d-M-yyyy",
        "d MMM yyyy",
        "d MMMM yyyy",
    ):
        value = locale.toDate(text, pattern)
        if value.isValid():
            return dt.date(value.year(), value.month(), value.day())
    raise ValueError(text)


_Key = tuple[int, Qt.KeyboardModifier, str]
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class DateEdit(QDateEdit):
    """A date field that takes a whole date typed in one go, wherever the cursor is.

    Qt's date field edits one section (year, month, day) at a time, and what is typed goes
    into the section the cursor happens to be in and spills over the next ones: Tab into it,
    type 2026-12-02, and it holds 2026-11-12. Here:

    - Entering the field from the keyboard selects the whole date, and typing replaces it:
      the field shows exactly what is typed, and when the field is left (Tab, Enter, a
      click elsewhere) the text is read as a whole date with :func:`parse_date` (ISO
      2026-12-02, 20261202, the locale's format, 2.12.2026, …). Up to four digits ("2027")
      are handed to Qt as if typed into the section the cursor was in, so editing one
      section works as it always did; anything else that is not a date leaves the date as
      it was and says so. Esc takes the typing back.
    - Typing into the sections (after a click, or after moving with the arrows) is Qt's
      own; but if what was typed there since adds up to a whole date, the field holds that
      date when Tab, Enter or a click leaves it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: str | None = None  # replacing the whole text; None when not
        self._keys: list[_Key] = []  # the keys typed, to hand to Qt for a section edit
        self._section = QDateTimeEdit.Section.NoSection  # where Qt put the cursor
        self._in_sections = ""  # typed into the sections since the field was entered
        self._handing_on = False  # Qt is handling a typed key (a separator moves sections)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._in_sections = ""
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click picks its section
            self._section = self.currentSection()
            self.lineEdit().selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        printable = bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS
        line = self.lineEdit()
        if printable and self._typed is None and line.selectedText() == line.text():
            self._typed, self._keys = "", []
        if self._typed is not None:
            if printable or key == Qt.Key.Key_Backspace:
                self._typed = self._typed + text if printable else self._typed[:-1]
                self._keys.append((key, event.modifiers(), text))
                line.setText(self._typed)
                return
            if key == Qt.Key.Key_Escape:
                self._typed = None
                self.setDate(self.date())  # shows the date again
                line.selectAll()
                return
            self._finish_typing()
        elif printable:
            self._in_sections += text
        elif key == Qt.Key.Key_Backspace:
            self._in_sections = self._in_sections[:-1]
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take_whole_date()
        else:
            self._in_sections = ""  # moved with the keys: one section at a time from here
        self._hand_on(event)

    def _hand_on(self, event: QKeyEvent) -> None:
        self._handing_on = True
        try:
            super().keyPressEvent(event)
        finally:
            self._handing_on = False

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typed is not None:  # anything, until the field is left
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab: a whole date typed leaves the field; otherwise Qt moves between sections."""
        if not self._handing_on:
            whole = self._finish_typing() if self._typed is not None else self._take_whole_date()
            if whole:  # from the last (or first) section Qt passes the focus on
                self.setCurrentSectionIndex(self.sectionCount() - 1 if next else 0)
        return super().focusNextPrevChild(next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None:
            self._finish_typing()
        else:
            self._take_whole_date()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._typed is not None:
            self._finish_typing()
        self._in_sections = ""
        super().mousePressEvent(event)

    def _finish_typing(self) -> bool:
        """Read what was typed over the whole date; ``True`` if it was a whole date."""
        typed, keys = self._typed or "", self._keys
        self._typed, self._keys = None, []
        if self._set_typed_date(typed):
            return True
        self.setDate(self.date())  # shows the date as it was
        if re.fullmatch(r"\d{1,4}", typed):  # a year, month or day: as Qt would take it
            self.setSelectedSection(self._section)
            for key, modifiers, text in keys:
                self._hand_on(QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        elif typed.strip():
            example = QLocale().toString(QDate(2026, 4, 30), self.displayFormat())
            QToolTip.showText(
                self.mapToGlobal(self.rect().bottomLeft()),
                self.tr("“{text}” is not a date; type it as, for example, {example}.").format(
                    text=typed, example=example
                ),
                self,
            )
        return False

    def _take_whole_date(self) -> bool:
        """A whole date typed into the sections wins over what the sections made of it."""
        if self._set_typed_date(self._in_sections):
            self._in_sections = ""
            return True
        return False

    def _set_typed_date(self, typed: str) -> bool:
        try:
            value = parse_date(typed)
        except ValueError:
            return False
        if value is None or not self.minimumDate() <= to_qdate(value) <= self.maximumDate():
            return False
        self.setDate(to_qdate(value))
        return True


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
