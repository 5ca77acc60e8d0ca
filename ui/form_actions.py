"""The File menu's work on answers that come back from outside: filled-in PDF forms and
Microsoft Forms / Google Forms exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui import msgbox

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def add_form_actions(window: MainWindow, menu: QMenu) -> None:
    """Adds the actions to ``menu``; they belong to the window (the menu may be a passing
    one whose actions are moved into the File menu)."""
    from ui.dialogs.returned_forms_dialog import menu_text

    read = QAction(menu_text(), window)
    read.triggered.connect(lambda: read_forms(window))
    answers = QAction(
        QCoreApplication.translate("EvaluationImportDialog", "Import evaluation ans&wers…"),
        window,
    )
    answers.triggered.connect(lambda: import_answers(window))
    separator = QAction(window)
    separator.setSeparator(True)
    menu.addActions([separator, read, answers])


def read_forms(window: MainWindow) -> None:
    from ui.dialogs.returned_forms_dialog import read_returned_forms

    cohort = window.sidebar.current_cohort()
    chosen = (cohort.id, cohort.name) if cohort is not None else None
    read_returned_forms(window, window.workspace, chosen)


def import_answers(window: MainWindow) -> None:
    """A Microsoft Forms or Google Forms export into the chosen cohort's evaluation."""
    from ui.dialogs.evaluation_import_dialog import import_evaluation_answers

    cohort = window.sidebar.current_cohort()
    if cohort is None:
        msgbox.information(
            window,
            QCoreApplication.translate("EvaluationImportDialog", "Import evaluation answers"),
            QCoreApplication.translate(
                "EvaluationImportDialog", "Choose the cohort in the list on the left first."
            ),
        )
        return
    import_evaluation_answers(window, window.workspace, cohort.id)
