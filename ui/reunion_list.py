"""A reunion's invitation list as a table: its model, the status keys and colours, and the
view that changes a status from the keyboard like the roll call.

Keys (every one works whatever the interface language, so a coordinator's habit carries
over; each language shows its own in the tooltips and the status column):

- accepted: J (ja), K (kyllä), Y (yes)
- declined: N (nej, no), E (ei)
- attended: D (deltog), O (osallistui)
- absent: F (frånvarande), P (poissa), A (absent)

After a key the cursor moves to the next row. Ctrl+Z undoes the last change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain import InviteeStatus
from app.services.gathering_output import Invitee

KEYS: dict[int, InviteeStatus] = {
    Qt.Key.Key_J: InviteeStatus.ACCEPTED,
    Qt.Key.Key_K: InviteeStatus.ACCEPTED,
    Qt.Key.Key_Y: InviteeStatus.ACCEPTED,
    Qt.Key.Key_N: InviteeStatus.DECLINED,
    Qt.Key.Key_E: InviteeStatus.DECLINED,
    Qt.Key.Key_D: InviteeStatus.ATTENDED,
    Qt.Key.Key_O: InviteeStatus.ATTENDED,
    Qt.Key.Key_F: InviteeStatus.ABSENT,
    Qt.Key.Key_P: InviteeStatus.ABSENT,
    Qt.Key.Key_A: InviteeStatus.ABSENT,
}

COLOURS: dict[InviteeStatus, QColor | None] = {
    InviteeStatus.INVITED: None,
    InviteeStatus.ACCEPTED: QColor("#dde7f6"),
    InviteeStatus.DECLINED: QColor("#eeeeee"),
    InviteeStatus.ATTENDED: QColor("#d8f0dc"),
    InviteeStatus.ABSENT: QColor("#f6d6d8"),
}


def status_name(status: InviteeStatus) -> str:
    match status:
        case InviteeStatus.INVITED:
            return QCoreApplication.translate("reunions", "invited")
        case InviteeStatus.ACCEPTED:
            return QCoreApplication.translate("reunions", "accepted")
        case InviteeStatus.DECLINED:
            return QCoreApplication.translate("reunions", "declined")
        case InviteeStatus.ATTENDED:
            return QCoreApplication.translate("reunions", "attended")
    return QCoreApplication.translate("reunions", "absent")


def status_letter(status: InviteeStatus) -> str:
    """The key this language shows for a status (Swedish J, N, D, F; Finnish K, E, O, P)."""
    match status:
        case InviteeStatus.ACCEPTED:
            return QCoreApplication.translate("reunions", "Y", "key: accepted")
        case InviteeStatus.DECLINED:
            return QCoreApplication.translate("reunions", "N", "key: declined")
        case InviteeStatus.ATTENDED:
            return QCoreApplication.translate("reunions", "D", "key: attended")
        case InviteeStatus.ABSENT:
            return QCoreApplication.translate("reunions", "A", "key: absent")
    return ""


def keys_help() -> str:
    """ "J tackat ja · N tackat nej · D deltog · F frånvarande · Ctrl+Z ångra"."""
    parts = [
        f"{status_letter(s)} {status_name(s)}" for s in InviteeStatus if s != InviteeStatus.INVITED
    ]
    parts.append(QCoreApplication.translate("reunions", "Ctrl+Z undo"))
    return " · ".join(parts)


class InviteeModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Invitee] = []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("reunions", "Name"),
            QCoreApplication.translate("reunions", "E-mail"),
            QCoreApplication.translate("reunions", "Organization"),
            QCoreApplication.translate("reunions", "Cohort"),
            QCoreApplication.translate("reunions", "Status"),
        ]

    def set_rows(self, rows: list[Invitee]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace(self, row: int, invitee: Invitee) -> None:
        self.rows[row] = invitee
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.person_id == person_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.listed_name + (" ⌂" if row.archived else "")
            if column == 1:
                return row.email or ""
            if column == 2:
                return row.organization or ""
            if column == 3:
                if row.cohorts:
                    return row.cohort_names
                return QCoreApplication.translate("reunions", "added by hand")
            letter = status_letter(row.status)
            name = status_name(row.status)
            return f"{letter}  {name}" if letter else name
        if role == Qt.ItemDataRole.BackgroundRole and column == 4:
            return COLOURS[row.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                archived = QCoreApplication.translate("reunions", "Archived")
                return f"{row.full_name} ({archived})" if row.archived else row.full_name
            if column == 1 and row.email:
                return row.email
            return keys_help()
        return None


class InviteeView(QTableView):
    """The list; a status key changes the selected rows' status, Ctrl+Z is the window's."""

    def __init__(
        self, on_key: Callable[[list[int], InviteeStatus], None], on_undo: Callable[[], None]
    ) -> None:
        super().__init__()
        self._on_key = on_key
        self._on_undo = on_undo
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):  # also when the window's shortcut
            self._on_undo()  # does not see it first (another window is the active one)
            event.accept()
            return
        status = KEYS.get(event.key())
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if status is not None and plain and self.model() is not None:
            rows = self.selected_rows()
            if rows:
                self._on_key(rows, status)
                last = rows[-1]
                if len(rows) == 1 and last + 1 < self.model().rowCount():
                    self.setCurrentIndex(self.model().index(last + 1, 0))
                event.accept()
                return
        super().keyPressEvent(event)
