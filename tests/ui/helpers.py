"""Helpers the UI tests share (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def select_by_surname(
    view: QAbstractItemView, proxy: QSortFilterProxyModel, last_name: str
) -> None:
    """Select the one row whose name column reads "Surname, First name"."""
    view.clearSelection()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data().startswith(last_name + ","):
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{last_name} is not shown")


def on_tab[PageT: QWidget](window: MainWindow, page: PageT) -> PageT:
    """``page`` of the cohort page with its tab shown: a tab is filled when it is shown."""
    window.cohort_page.tabs.setCurrentWidget(page)
    return page
