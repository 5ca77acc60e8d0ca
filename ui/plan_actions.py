"""The actions of an action plan as an editable table: what, how, by when, support needed,
how success will be seen, status. Every change (a cell, an added, removed or moved row) goes
through an undo stack; typing on in one cell is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain import ActionStatus
from app.services.action_plans import ActionItemFields
from ui.forms import parse_date
from ui.labels import date_text

AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_TEXT = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("plans", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("plans", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("plans", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("plans", "Dropped"),
}


def status_label(status: ActionStatus) -> str:
    return QCoreApplication.translate("plans", str(STATUS_TEXT[status]))


# -- the actions table ----------------------------------------------------------------------


class _Command(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class _CellEdit(QUndoCommand):
    """One cell's edit; typing on in the same cell merges into one undo step."""

    def __init__(
        self,
        model: ActionTableModel,
        row: int,
        column: int,
        old: ActionItemFields,
        new: ActionItemFields,
    ) -> None:
        super().__init__(QCoreApplication.translate("plans", "edit action {n}").format(n=row + 1))
        self.model, self.row, self.column, self.old, self.new = model, row, column, old, new

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, _CellEdit) and (other.row, other.column) == (self.row, self.column)
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model.set_item(self.row, self.new)

    def undo(self) -> None:
        self.model.set_item(self.row, self.old)


class ActionTableModel(QAbstractTableModel):
    """The plan's actions, editable; every change goes through the undo stack."""

    WHAT, HOW, BY_WHEN, SUPPORT, SUCCESS, STATUS = range(6)
    TITLES = (
        QT_TRANSLATE_NOOP("plans", "What"),
        QT_TRANSLATE_NOOP("plans", "How"),
        QT_TRANSLATE_NOOP("plans", "By when"),
        QT_TRANSLATE_NOOP("plans", "Support needed"),
        QT_TRANSLATE_NOOP("plans", "How success will be seen"),
        QT_TRANSLATE_NOOP("plans", "Status"),
    )
    _TEXT_FIELDS = {WHAT: "what", HOW: "how", SUPPORT: "support", SUCCESS: "success_measure"}
    edited = Signal()
    problem = Signal(str)  # a value that could not be taken (a date that is not one)

    def __init__(self, items: tuple[ActionItemFields, ...], undo_stack: QUndoStack) -> None:
        super().__init__()
        self._items = list(items)
        self.undo_stack = undo_stack

    def items(self) -> tuple[ActionItemFields, ...]:
        return tuple(self._items)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("plans", str(self.TITLES[section]))
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.BY_WHEN:
                return date_text(item.by_when)
            if column == self.STATUS and role == Qt.ItemDataRole.EditRole:
                return item.status.value
            if column == self.STATUS:
                return status_label(item.status)
            return str(getattr(item, self._TEXT_FIELDS[column]))
        if role == Qt.ItemDataRole.ToolTipRole and column in self._TEXT_FIELDS:
            return str(getattr(item, self._TEXT_FIELDS[column])) or None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        old = self._items[row]
        if column == self.BY_WHEN:
            try:
                new = replace(old, by_when=parse_date(str(value or "")))
            except ValueError:
                self.problem.emit(
                    QCoreApplication.translate(
                        "plans", "“{text}” is not a date; write it as e.g. 2026-04-30."
                    ).format(text=value)
                )
                return False
        elif column == self.STATUS:
            new = replace(old, status=ActionStatus(value))
        else:
            new = _with_text(old, self._TEXT_FIELDS[column], str(value or ""))
        if new == old:
            return False
        self.undo_stack.push(_CellEdit(self, row, column, old, new))
        return True

    def add_row(self, at: int) -> None:
        at = max(0, min(at, len(self._items)))
        self.undo_stack.push(
            _Command(
                QCoreApplication.translate("plans", "add an action"),
                lambda: self._insert(at, ActionItemFields()),
                lambda: self._remove(at),
            )
        )

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        item = self._items[row]
        self.undo_stack.push(
            _Command(
                QCoreApplication.translate("plans", "delete action {n}").format(n=row + 1),
                lambda: self._remove(row),
                lambda: self._insert(row, item),
            )
        )

    def move_row(self, row: int, delta: int) -> None:
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return
        self.undo_stack.push(
            _Command(
                QCoreApplication.translate("plans", "move action {n}").format(n=row + 1),
                lambda: self._swap(row, target),
                lambda: self._swap(row, target),
            )
        )

    def set_item(self, row: int, item: ActionItemFields) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    def _insert(self, row: int, item: ActionItemFields) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self.edited.emit()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.edited.emit()

    def _swap(self, a: int, b: int) -> None:
        low, high = min(a, b), max(a, b)
        self.beginMoveRows(QModelIndex(), high, high, QModelIndex(), low)
        self._items[low], self._items[high] = self._items[high], self._items[low]
        self.endMoveRows()
        self.edited.emit()


class StatusDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Wide enough for the longest status with the drop-down's arrow, so the column
        does not cut the editor ("Plan▾")."""
        hint = super().sizeHint(option, index)
        if not hasattr(self, "_editor_width"):  # measured once: a combo of every status
            combo = QComboBox()
            for status in ActionStatus:
                combo.addItem(status_label(status))
            self._editor_width = combo.sizeHint().width()
        return QSize(max(hint.width(), self._editor_width), hint.height())

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for status in ActionStatus:
            combo.addItem(status_label(status), status.value)  # plain text compares safely
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """Every keystroke reaches the model (and so the autosave), not only the finished cell."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: AnyIndex
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.textEdited.connect(lambda _text: self.commitData.emit(edit))
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.text() != text:  # the model echoing a keystroke must not move the cursor
            editor.setText(text)


class DateDelegate(QStyledItemDelegate):
    """By when: typed as text (2026-04-30, 30/4/2026, 30 april 2026…); empty for none."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: AnyIndex
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate("plans", "e.g. 2026-04-30"))
        return edit


def _with_text(item: ActionItemFields, name: str, text: str) -> ActionItemFields:
    if name == "what":
        return replace(item, what=text)
    if name == "how":
        return replace(item, how=text)
    if name == "support":
        return replace(item, support=text)
    return replace(item, success_measure=text)
