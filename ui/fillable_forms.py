"""Writing fillable PDF forms to a folder, one file each, on the worker with a progress bar:
shared by the Action plans tab (each participant's plan) and the Evaluation tab (the
evaluation's forms). What goes in the forms is the caller's ``make_job``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.changes import NOTHING
from ui.dialogs import files
from ui.progress import LongTask, run_long_task
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from app.services.returnable_forms import FormsJob


def action_text() -> str:
    return QCoreApplication.translate("FillableForms", "Write fi&llable PDF forms…")


def write_fillable_forms(
    parent: QWidget, workspace: Workspace, make_job: Callable[[DbSession], FormsJob]
) -> None:
    """Ask for a folder, write the forms there (all, or none when cancelled) and open it."""
    folder = files.choose_folder(
        parent, QCoreApplication.translate("FillableForms", "Folder for the fillable forms")
    )
    if folder is None:
        return

    def work(s: DbSession, task: LongTask) -> int:
        from app.services import returnable_forms

        written = returnable_forms.write_forms(
            make_job(s), folder, progress=task.progress, cancelled=task.cancelled
        )
        return len(written)

    def done(count: int) -> None:
        saved = QCoreApplication.translate(
            "FillableForms", "%n fillable form(s) saved to {path}.", "", count
        )
        workspace.announce(saved.format(path=folder))
        files.open_file(parent, folder)

    run_long_task(
        workspace,
        parent,
        QCoreApplication.translate("FillableForms", "Writing the fillable forms…"),
        work,
        done,
        cancelled_message=QCoreApplication.translate(
            "FillableForms", "Cancelled; nothing was written."
        ),
        changes=NOTHING,  # the forms' ids are stored; no view shows them
    )
