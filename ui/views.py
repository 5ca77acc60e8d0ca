"""Small shared pieces for pages: a configured table view, actions with shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Rows looked at when fitting columns to their contents (Qt's default is 1,000, and a hidden
# tab's table measures all of them: most of the time it took to open a cohort of 2,000).
FIT_ROWS = 100


def table_view(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def action(
    owner: QWidget,
    text: str,
    slot: Callable[[], None],
    shortcut: QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action whose shortcut works anywhere inside ``owner`` (its page), not elsewhere."""
    item = QAction(text, owner)
    item.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        item.setShortcut(QKeySequence(shortcut))
        item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut_text = item.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        item.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut_text})")
    owner.addAction(item)
    return item
