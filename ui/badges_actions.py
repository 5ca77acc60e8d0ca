"""Making name badges or table cards from the Sessions tab: ask what, ask where, write it on
the worker with progress and cancel, then open it as the sign-in sheet is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services import badges
from app.services.badges import BadgeOptions, BadgesWritten
from app.services.cohorts import CohortInfo
from app.services.sessions import SessionInfo
from ui.dialogs import files
from ui.dialogs.badges_dialog import BadgesDialog
from ui.progress import LongTask, run_long_task
from ui.workspace import Workspace

if TYPE_CHECKING:  # for annotations only: the UI never builds queries itself
    from sqlalchemy.orm import Session as DbSession


def make_badges(
    parent: QWidget,
    workspace: Workspace,
    cohort: CohortInfo,
    sessions: list[SessionInfo],
    session_id: int | None,
) -> None:
    options = BadgesDialog.ask(parent, sessions, session_id)
    if options is None:
        return
    title = (
        QCoreApplication.translate("badges", "Table cards – {cohort}")
        if options.tents
        else QCoreApplication.translate("badges", "Name badges – {cohort}")
    )
    path = files.choose_pdf_file(parent, title.format(cohort=cohort.name))
    if path is None:
        return
    save_badges(parent, workspace, cohort.id, options, path)


def save_badges(
    parent: QWidget, workspace: Workspace, cohort_id: int, options: BadgeOptions, path: Path
) -> None:
    """Write the badges to ``path`` (the save dialog has asked before replacing a file)."""

    def work(session: DbSession, task: LongTask) -> BadgesWritten:
        return badges.write_badges(
            session,
            cohort_id,
            path,
            options,
            overwrite=True,
            progress=task.progress,
            cancelled=task.cancelled,
        )

    def done(written: BadgesWritten) -> None:
        workspace.announce(
            QCoreApplication.translate(
                "badges", "Name badges saved: {path} (%n person(s)).", "", written.people
            ).format(path=path)
        )
        files.open_file(parent, path)

    run_long_task(
        workspace,
        parent,
        QCoreApplication.translate("badges", "Writing name badges…"),
        work,
        done,
        cancelled_message=QCoreApplication.translate(
            "badges", "Name badges cancelled; nothing was written."
        ),
        changes=None,
    )
