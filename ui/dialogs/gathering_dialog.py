"""Plan or edit a reunion (återträff) or open lecture; pick a person to add to its list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import GatheringKind
from app.services.gatherings import GatheringFields
from app.services.people import PersonMatch
from ui.dialogs.base import FormDialog
from ui.forms import date_edit, time_edit, to_date, to_time

Search = Callable[[str, Callable[[list[PersonMatch]], None]], None]


class GatheringDialog(FormDialog[GatheringFields]):
    def __init__(self, parent: QWidget | None, initial: GatheringFields | None) -> None:
        super().__init__(
            parent, self.tr("Reunion or lecture") if initial else self.tr("New reunion or lecture")
        )
        start = initial or GatheringFields("", dt.date.today() + dt.timedelta(days=60))
        self.title = QLineEdit(start.title)
        self.title.setPlaceholderText(self.tr("e.g. Återträff 2026"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Reunion"), GatheringKind.REUNION)
        self.kind.addItem(self.tr("Open lecture"), GatheringKind.LECTURE)
        self.kind.setCurrentIndex(list(GatheringKind).index(start.kind))
        self.date = date_edit(start.date)
        self.has_times = QCheckBox(self.tr("Times"))
        self.has_times.setChecked(start.start_time is not None)
        self.start_time = time_edit(start.start_time or dt.time(17, 0))
        self.end_time = time_edit(start.end_time or dt.time(20, 0))
        for edit in (self.start_time, self.end_time):
            edit.setEnabled(self.has_times.isChecked())
            self.has_times.toggled.connect(edit.setEnabled)
        self.venue = QLineEdit(start.venue or "")
        self.venue.setPlaceholderText(self.tr("e.g. Stadshotellet, Alingsås"))
        self.notes = QPlainTextEdit(start.notes or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Date:"), self.date)
        times = QHBoxLayout()
        times.addWidget(self.has_times)
        times.addWidget(self.start_time, 1)
        times.addWidget(self.end_time, 1)
        self.form.addRow(self.tr("Time:"), times)
        self.form.addRow(self.tr("&Venue:"), self.venue)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.resize(460, self.sizeHint().height())

    def values(self) -> GatheringFields:
        if not self.title.text().strip():
            raise ValueError(self.tr("A reunion or lecture needs a title."))
        date = to_date(self.date.date())
        if date is None:
            raise ValueError(self.tr("A reunion or lecture needs a date."))
        start = to_time(self.start_time.time()) if self.has_times.isChecked() else None
        end = to_time(self.end_time.time()) if self.has_times.isChecked() else None
        if start and end and end <= start:
            raise ValueError(self.tr("A reunion or lecture must end after it starts."))
        return GatheringFields(
            title=self.title.text(),
            date=date,
            kind=GatheringKind(self.kind.currentData()),
            start_time=start,
            end_time=end,
            venue=self.venue.text(),
            notes=self.notes.toPlainText(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, initial: GatheringFields | None, error: str | None = None
    ) -> GatheringFields | None:
        dialog = cls(parent, initial)
        dialog.show_error(error)
        return dialog.run()


class PersonPicker(QDialog):
    """Search everyone in Kohort and choose one person to add to an invitation list."""

    def __init__(self, parent: QWidget | None, search: Search) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person to the list"))
        self._search = search
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a name, e-mail or organization"))
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        text = self.query.text()
        self._search(text, lambda found: self._show(text, found))

    def _show(self, text: str, found: list[PersonMatch]) -> None:
        if text != self.query.text():
            return
        self.results.clear()
        for match in found:
            p = match.person
            where = ", ".join(x for x in (p.organization, p.email) if x)
            item = QListWidgetItem(" — ".join(x for x in (p.full_name, where) if x))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        if self.results.currentItem() is not None:
            super().accept()

    def person_id(self) -> int:
        return int(self.results.currentItem().data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None, search: Search) -> int | None:
        dialog = cls(parent, search)
        return dialog.person_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
