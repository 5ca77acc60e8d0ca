"""Roll call for one session: find a name, one key per status, everyone-else-present,
and walk-in guests. Marks go through the attendance page, so Ctrl+Z undoes them too."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.changes import Changes
from app.domain import AttendanceStatus, Role
from app.services import attendance, enrollments, people
from app.services.attendance import Mark
from app.services.sessions import SessionInfo
from app.text import matches_words, search_words
from ui.attendance_model import FIRST_SESSION, NAME, AttendanceModel, GridSortProxy
from ui.dialogs.person_dialog import PersonDialog
from ui.labels import date_text, label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from ui.attendance_page import AttendancePage

AnyIndex = QModelIndex | QPersistentModelIndex


def default_session(sessions: tuple[SessionInfo, ...], today: dt.date) -> int:
    """Today's session if there is one; else the last one held (entering yesterday's paper
    list is far more common than marking ahead); else the first upcoming one."""
    usable = [i for i, s in enumerate(sessions) if not s.cancelled] or list(range(len(sessions)))
    for i in usable:
        if sessions[i].date <= today <= sessions[i].last_date:
            return i
    held = [i for i in usable if sessions[i].date <= today]
    return held[-1] if held else usable[0]


class RollCallFilter(GridSortProxy):
    """Only the name column and one session's column; rows whose name has every word typed;
    sorted as the grid is (by surname, A to Ö, guests last)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_column = FIRST_SESSION
        self.words: list[str] = []

    def set_session_column(self, column: int) -> None:
        self.beginFilterChange()
        self.session_column = column
        self.endFilterChange(QSortFilterProxyModel.Direction.Columns)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = search_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsColumn(self, source_column: int, source_parent: AnyIndex) -> bool:
        return source_column in (NAME, self.session_column)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AttendanceModel)
        person = model.participants[source_row].person
        return matches_words(self.words, person.first_name, person.last_name, person.organization)


class RollCallDialog(QDialog):
    def __init__(self, page: AttendancePage) -> None:
        super().__init__(page)
        from ui.attendance_view import AttendanceView

        self.page = page
        model = page.model
        assert model.grid is not None
        self.setWindowTitle(self.tr("Roll call"))
        self.session_box = QComboBox()
        for s in model.sessions:
            self.session_box.addItem(f"{date_text(s.date)} — {s.title}", s.id)
        self.proxy = RollCallFilter(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to find a name, then ↓ and a status key"))
        self.search.textChanged.connect(self.proxy.set_words)
        self.search.returnPressed.connect(self._to_list)
        self.view = AttendanceView(self._mark, self._edit_note)
        self.view.setModel(self.proxy)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.everyone = QPushButton(self.tr("Everyone not yet recorded is &present"))
        self.everyone.clicked.connect(self.mark_rest_present)
        self.guest = QPushButton(self.tr("&Walk-in guest…"))
        self.guest.clicked.connect(self.add_walk_in)
        self.counts = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter finds and marks; it must never press a button ("everyone present"!)
        for button in (self.everyone, self.guest, *buttons.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.everyone)
        row.addWidget(self.guest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_box)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        keys = QLabel(
            self.tr(
                "Find a name, Enter, then P present · L late · E left early · "
                "X excused · A absent (Swedish: N, S, G, F) · Space cycles · "
                "Enter adds a note · Ctrl+Z undoes"
            )
        )
        keys.setWordWrap(True)
        layout.addWidget(keys)
        layout.addWidget(self.counts)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.addActions([page.undo_action, page.redo_action])
        self.session_box.currentIndexChanged.connect(self._session_changed)
        model.dataChanged.connect(self._update_counts)
        model.modelReset.connect(self._update_counts)  # a reload, e.g. with a walk-in guest
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session_box.setCurrentIndex(default_session(model.sessions, model.grid.today))
        self._session_changed()
        self.search.setFocus()
        self.resize(560, 620)

    @property
    def session(self) -> SessionInfo:
        return self.page.model.sessions[self.session_box.currentIndex()]

    def _session_changed(self) -> None:
        self.proxy.set_session_column(FIRST_SESSION + self.session_box.currentIndex())
        self.view.resizeColumnsToContents()
        self._update_counts()

    def _update_counts(self, *_changed: object) -> None:
        model = self.page.model
        if model.grid is None or not model.sessions:
            return
        totals = model.totals(self.session)
        text = self.tr("{recorded} of {total} recorded, {attended} attended").format(
            recorded=totals.recorded, total=totals.expected, attended=totals.attended
        )
        if totals.guests:
            text += " · " + self.tr("%n guest(s)", "", totals.guests)
        self.counts.setText(text)

    def _to_list(self) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(self.proxy.index(0, 1))

    def _mark(self, how: object, advance: bool) -> None:
        # the view's selection is on this proxy; map it onto the page's grid
        model = self.page.model
        changes = []
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        for index in indexes:
            source = self.proxy.mapToSource(index)
            if not source.isValid():
                continue
            column = FIRST_SESSION + self.session_box.currentIndex()
            old = model.mark_at(source.row(), column)
            change = model.change_for(source.row(), column, how(old))  # type: ignore[operator]
            if change is not None:
                changes.append(change)
        self.page.apply(changes, self.tr("Roll call"))
        self.view.viewport().update()
        if self.search.text():
            # typing the next name must not be read as status keys for this one
            self.search.setFocus()
            self.search.selectAll()
        elif advance and len(indexes) == 1:
            below = self.view.currentIndex().siblingAtRow(self.view.currentIndex().row() + 1)
            if below.isValid():
                self.view.setCurrentIndex(below)

    def _edit_note(self) -> None:
        source = self.proxy.mapToSource(self.view.currentIndex())
        if source.isValid():
            column = FIRST_SESSION + self.session_box.currentIndex()
            self.page.edit_note_at(source.row(), column)

    def mark_rest_present(self) -> None:
        model = self.page.model
        column = FIRST_SESSION + self.session_box.currentIndex()
        # Only the people shown (a search narrows the list) and never a guest: a walk-in of
        # another session is not present at this one because nobody marked them.
        shown = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        changes = [
            change
            for row in shown
            if not model.is_guest(row)
            and model.mark_at(row, column) is None
            and (change := model.change_for(row, column, Mark(AttendanceStatus.PRESENT)))
        ]
        self.page.apply(changes, self.tr("Everyone else present"))

    def add_walk_in(self) -> None:
        result = PersonDialog.ask_new_with_role(self, [], None, None, role=Role.GUEST)
        if result is None:
            return
        fields, role = result
        model = self.page.model
        assert model.grid is not None
        cohort_id, session_id = model.grid.cohort_id, self.session.id

        def work(s: DbSession) -> None:
            person = people.create_person(s, fields)
            enrollments.enroll(s, cohort_id=cohort_id, person_id=person.id, role=role)
            attendance.mark_attendance(
                s, session_id=session_id, person_ids=[person.id], status=AttendanceStatus.PRESENT
            )

        self.page.workspace.write(
            self,
            work,
            changes=Changes(people=True, marks=True),
            message=self.tr("{name} added as {role} and marked present.").format(
                name=f"{fields.first_name} {fields.last_name}".strip(), role=label(role).lower()
            ),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.search.hasFocus():
                self._to_list()
            return  # never the dialog's default button
        super().keyPressEvent(event)

    @classmethod
    def run(cls, page: AttendancePage) -> None:
        cls(page).exec()
