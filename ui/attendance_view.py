"""The attendance grid's view: marking from the keyboard, and the participants' names kept
in view while scrolling right through many sessions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.services.attendance import Mark
from ui.attendance_marks import KEYS, next_in_cycle
from ui.attendance_model import NAME as NAME_COLUMN
from ui.views import FIT_ROWS


class AttendanceView(QTableView):
    """Arrows move; a status key marks the selected cells and moves down; Space cycles;
    Delete clears; Enter edits the note."""

    def __init__(
        self,
        mark: Callable[[Callable[[Mark | None], Mark | None], bool], None],
        edit_note: Callable[[], None],
    ) -> None:
        super().__init__()
        self._mark = mark
        self._edit_note = edit_note
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        # The names stay in view when scrolling right through many sessions: a second view
        # of the same model and selection, showing only the name column, lies over the first.
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet("QTableView { border: none; }")
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size)
        )
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.frozen.viewport().installEventFilter(self)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.columnsInserted.connect(lambda *_: self._show_name_only())
            model.modelReset.connect(self._show_name_only)
            model.layoutChanged.connect(self._show_name_only)
        self._show_name_only()
        # The name header sorts like the grid's own (a click never selects the column) and
        # the two show the same sort arrow. A grid opens by surname, A to Ö (a header's own
        # default is descending: the roll call opened Z to A).
        for header in (self.horizontalHeader(), self.frozen.horizontalHeader()):
            header.setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.frozen.setSortingEnabled(True)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sorted)
        self.horizontalHeader().sortIndicatorChanged.connect(self._grid_sorted)
        self._grid_sorted(
            self.horizontalHeader().sortIndicatorSection(),
            self.horizontalHeader().sortIndicatorOrder(),
        )

    def _frozen_sorted(self, section: int, order: Qt.SortOrder) -> None:
        if section == NAME_COLUMN:
            self.horizontalHeader().setSortIndicator(section, order)  # sorts the grid

    def _grid_sorted(self, section: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        header.blockSignals(True)
        # another column sorted: no arrow over the names (-1 shows none)
        header.setSortIndicator(section if section == NAME_COLUMN else -1, order)
        header.blockSignals(False)
        header.viewport().update()

    def _frozen_resized(self, column: int, _old: int, size: int) -> None:
        if column == NAME_COLUMN and size != self.columnWidth(NAME_COLUMN):
            self.setColumnWidth(NAME_COLUMN, size)  # dragged on the names: the grid follows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frozen.viewport() and event.type() == QEvent.Type.Wheel:
            self.wheelEvent(event)  # type: ignore[arg-type]  # sideways too, over the names
            return True
        return super().eventFilter(watched, event)

    def _show_name_only(self) -> None:
        model = self.frozen.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, column != NAME_COLUMN)
        self.frozen.setColumnWidth(NAME_COLUMN, self.columnWidth(NAME_COLUMN))
        self._place_frozen()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column == NAME_COLUMN:
            self.frozen.setColumnWidth(NAME_COLUMN, size)
            self._place_frozen()

    def _place_frozen(self) -> None:
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        # the same header height (the session headers have two lines), so rows line up
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.columnWidth(NAME_COLUMN),
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()  # the header's height is known only now
        if hasattr(self, "frozen"):  # (also called while the view is being built)
            self._place_frozen()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if index.column() != NAME_COLUMN:  # a cell under the names scrolls out from under them
            super().scrollTo(index, hint)
            rect = self.visualRect(self.model().index(index.row(), index.column()))
            hidden = self.columnWidth(NAME_COLUMN) - rect.left()
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - hidden)
        else:
            super().scrollTo(index, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                status = KEYS[key]
                self._mark(lambda old: Mark(status, old.note if old else None), True)
                return
            if key == Qt.Key.Key_Space:
                self._mark(lambda old: _cycled(old), False)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._mark(lambda _old: None, False)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit_note()
                return
        super().keyPressEvent(event)


def _cycled(old: Mark | None) -> Mark | None:
    status = next_in_cycle(old.status if old else None)
    return None if status is None else Mark(status, old.note if old else None)
