"""Create or edit a session, or create a series of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain import SessionFormat
from app.services.sessions import SessionFields
from ui.dialogs.base import FormDialog
from ui.forms import date_edit, time_edit, to_date, to_time
from ui.labels import label


class SessionForm(QObject):
    """The fields of a session, shared by the single-session and the series dialogs (a
    QObject for its own translation context, owned by the dialog)."""

    def __init__(self, owner: QWidget, initial: SessionFields, focus_areas: tuple[str, ...]):
        super().__init__(owner)
        self.title = QLineEdit(initial.title)
        self.title.setPlaceholderText(self.tr("e.g. Att leda förändring"))
        self.date = date_edit(initial.date)
        self.several_days = QCheckBox(self.tr("Over several days (residential)"))
        self.several_days.setChecked(initial.end_date is not None)
        self.end_date = date_edit(initial.end_date or initial.date)
        self.end_date.setEnabled(self.several_days.isChecked())
        self.several_days.toggled.connect(self.end_date.setEnabled)
        self.has_times = QCheckBox(self.tr("Times"))
        self.has_times.setChecked(initial.start_time is not None)
        self.start_time = time_edit(initial.start_time)
        self.end_time = time_edit(initial.end_time or dt.time(16, 0))
        for edit in (self.start_time, self.end_time):
            edit.setEnabled(self.has_times.isChecked())
            self.has_times.toggled.connect(edit.setEnabled)
        self.venue = QLineEdit(initial.venue or "")
        self.venue.setPlaceholderText(self.tr("e.g. Stadshuset, Alingsås"))
        self.online_url = QLineEdit(initial.online_url or "")
        self.online_url.setPlaceholderText("https://…")
        self.format = QComboBox()
        for value in SessionFormat:
            self.format.addItem(label(value), value)
        self.format.setCurrentIndex(list(SessionFormat).index(initial.format))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("not set"))
        self.hours.setValue((initial.minutes or 0) / 60)
        self.focus_area = QComboBox()
        self.focus_area.setEditable(True)
        self.focus_area.addItems(["", *focus_areas])
        self.focus_area.setCurrentText(initial.focus_area or "")
        self.several_days.toggled.connect(self._several_days_toggled)
        self.mandatory = QCheckBox(self.tr("Mandatory for completion"))
        self.mandatory.setChecked(initial.mandatory)
        self.cancelled = QCheckBox(self.tr("Cancelled"))
        self.cancelled.setChecked(initial.cancelled)

    def _several_days_toggled(self, on: bool) -> None:
        residential = list(SessionFormat).index(SessionFormat.RESIDENTIAL)
        if on and self.format.currentData() == SessionFormat.IN_PERSON:
            self.format.setCurrentIndex(residential)
        elif not on and self.format.currentIndex() == residential:
            self.format.setCurrentIndex(list(SessionFormat).index(SessionFormat.IN_PERSON))
        if on and self.end_date.date() <= self.date.date():
            self.end_date.setDate(self.date.date().addDays(1))

    def add_to(self, owner: FormDialog[object], *, with_title: bool = True) -> None:
        form = owner.form
        if with_title:
            form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        days = QHBoxLayout()
        days.addWidget(self.several_days)
        days.addWidget(self.end_date, 1)
        form.addRow("", days)
        times = QHBoxLayout()
        times.addWidget(self.has_times)
        times.addWidget(self.start_time, 1)
        times.addWidget(self.end_time, 1)
        form.addRow(self.tr("Time:"), times)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("Online &link:"), self.online_url)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("Focus &area:"), self.focus_area)
        form.addRow("", self.mandatory)

    def values(self) -> SessionFields:
        if not self.title.text().strip():
            raise ValueError(self.tr("A session needs a title."))
        date = to_date(self.date.date())
        assert date is not None
        end = to_date(self.end_date.date()) if self.several_days.isChecked() else None
        if end is not None and end < date:
            raise ValueError(self.tr("A session cannot end on a day before it starts."))
        start_time = to_time(self.start_time.time()) if self.has_times.isChecked() else None
        end_time = to_time(self.end_time.time()) if self.has_times.isChecked() else None
        if start_time and end_time and not end and end_time <= start_time:
            raise ValueError(self.tr("A session must end after it starts."))
        url = self.online_url.text().strip()
        if url and not url.lower().startswith(("https://", "http://")):
            raise ValueError(self.tr("An online link must start with https://"))
        minutes = round(self.hours.value() * 60)
        return SessionFields(
            title=self.title.text(),
            date=date,
            end_date=end if end and end > date else None,
            start_time=start_time,
            end_time=end_time,
            venue=self.venue.text(),
            online_url=url,
            format=SessionFormat(self.format.currentData()),
            minutes=minutes or None,
            focus_area=self.focus_area.currentText(),
            mandatory=self.mandatory.isChecked(),
            cancelled=self.cancelled.isChecked(),
        )


class SessionDialog(FormDialog[SessionFields]):
    def __init__(
        self, parent: QWidget | None, initial: SessionFields | None, focus_areas: tuple[str, ...]
    ) -> None:
        super().__init__(parent, self.tr("Session") if initial else self.tr("New session"))
        self.fields = SessionForm(self, initial or SessionFields("", dt.date.today()), focus_areas)
        self.fields.add_to(self)
        if initial is not None:
            self.form.addRow("", self.fields.cancelled)

    def values(self) -> SessionFields:
        return self.fields.values()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        initial: SessionFields | None,
        focus_areas: tuple[str, ...],
        error: str | None = None,
    ) -> SessionFields | None:
        dialog = cls(parent, initial, focus_areas)
        dialog.show_error(error)
        return dialog.run()


@dataclass(frozen=True)
class SeriesRequest:
    template: SessionFields
    count: int
    every_days: int


class SeriesDialog(FormDialog[SeriesRequest]):
    """ "6 sessions, every 4 weeks from 2 September"."""

    def __init__(
        self,
        parent: QWidget | None,
        focus_areas: tuple[str, ...],
        first_date: dt.date | None = None,
    ) -> None:
        super().__init__(parent, self.tr("New series of sessions"))
        self.fields = SessionForm(
            self, SessionFields("", first_date or dt.date.today()), focus_areas
        )
        self.fields.title.setPlaceholderText(self.tr("e.g. Nätverksträff (numbered 1, 2, 3…)"))
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.count.setValue(6)
        self.count.valueChanged.connect(self._count_changed)
        self._count_changed(self.count.value())
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setValue(4)
        self.unit = QComboBox()
        self.unit.addItems(["", ""])
        self.unit.setItemData(0, 7)
        self.unit.setItemData(1, 1)
        self.every.valueChanged.connect(self._every_changed)
        self._every_changed(self.every.value())
        every = QHBoxLayout()
        every.addWidget(self.every)
        every.addWidget(self.unit)
        self.form.addRow(self.tr("&Title:"), self.fields.title)
        self.form.addRow(self.tr("How &many:"), self.count)
        self.form.addRow(self.tr("Every:"), every)
        self.fields.add_to(self, with_title=False)

    def _count_changed(self, count: int) -> None:
        self.count.setSuffix(self.tr(" session(s)", "", count))

    def _every_changed(self, every: int) -> None:
        """The units agree with the number: "1 week", "4 weeks"."""
        self.unit.setItemText(0, self.tr("week(s)", "", every))
        self.unit.setItemText(1, self.tr("day(s)", "", every))

    def values(self) -> SeriesRequest:
        return SeriesRequest(
            template=self.fields.values(),
            count=self.count.value(),
            every_days=self.every.value() * int(self.unit.currentData()),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        focus_areas: tuple[str, ...],
        error: str | None = None,
        first_date: dt.date | None = None,
    ) -> SeriesRequest | None:
        dialog = cls(parent, focus_areas, first_date)
        dialog.show_error(error)
        return dialog.run()
