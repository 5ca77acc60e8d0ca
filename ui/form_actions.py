"""The File menu's work on answers that come back from outside: filled-in PDF forms and
Microsoft Forms / Google Forms exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ui import msgbox

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def add_form_actions(window: MainWindow, menu: QMenu) -> None:
    from ui.dialogs.returned_forms_dialog import menu_text

    menu.addSeparator()
    menu.addAction(menu_text(), lambda: read_forms(window))
    menu.addAction(
        QCoreApplication.translate("EvaluationImportDialog", "Import evaluation ans&wers…"),
        lambda: import_answers(window),
    )


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
