"""The File menu's work on answers that come back from outside: filled-in PDF forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def add_form_actions(window: MainWindow, menu: QMenu) -> None:
    from ui.dialogs.returned_forms_dialog import menu_text

    menu.addSeparator()
    menu.addAction(menu_text(), lambda: read_forms(window))


def read_forms(window: MainWindow) -> None:
    from ui.dialogs.returned_forms_dialog import read_returned_forms

    cohort = window.sidebar.current_cohort()
    chosen = (cohort.id, cohort.name) if cohort is not None else None
    read_returned_forms(window, window.workspace, chosen)
