"""The GDPR actions on one person: export their data, erase them (off the UI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from app.changes import Changes
from app.domain import Language
from app.services import privacy_erase, privacy_export, privacy_record
from app.services.people import PersonInfo
from ui.dialogs.erase_dialog import EraseDialog
from ui.dialogs.files import document_file_stem
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

# What an erasure removes: the person, their enrollments, marks, plans and maybe diplomas.
ERASED = Changes(people=True, marks=True, plans=True, diplomas=True)


def explain_removals(delete: QAction, erase: QAction) -> None:
    """Two removals easily confused side by side in a menu: say which one is for what."""
    delete.setStatusTip(
        QCoreApplication.translate(
            "privacy", "Remove a person added by mistake, who has no history yet"
        )
    )
    erase.setStatusTip(
        QCoreApplication.translate(
            "privacy",
            "GDPR: erase everything about someone who asks to be forgotten (issued diplomas "
            "stay in the register unless you choose to erase them too)",
        )
    )
    for item in (delete, erase):
        item.setToolTip(item.statusTip())


def choose_record_file(parent: QWidget | None, person: PersonInfo) -> Path | None:
    """Where the record goes; the JSON file is written beside it with the same name."""
    suggested = document_file_stem(
        QCoreApplication.translate("privacy", "Personal data – {name}").format(
            name=person.full_name
        )
    )
    name, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("privacy", "Export personal data"),
        f"{suggested}.pdf",
        "PDF (*.pdf)",
    )
    return Path(name).with_suffix(".pdf") if name else None


def export_person(
    parent: QWidget, workspace: Workspace, person: PersonInfo, language: Language | None
) -> None:
    """Write everything about ``person`` as a readable PDF and, beside it, as JSON."""
    path = choose_record_file(parent, person)
    if path is None:
        return
    data_file = path.with_suffix(".json")

    def work(session: DbSession) -> None:
        data = privacy_export.personal_data(session, person.id)
        privacy_record.write_pdf(data, path, language)
        privacy_export.write_json(data, data_file)

    workspace.read(
        parent,
        work,
        lambda _done: workspace.announce(
            QCoreApplication.translate(
                "privacy", "Saved {name}'s data to {pdf} and {json}."
            ).format(name=person.full_name, pdf=path, json=data_file)
        ),
    )


def erase_person(parent: QWidget, workspace: Workspace, person: PersonInfo) -> None:
    """Show what erasing ``person`` removes; erase once confirmed, then scrub the file."""
    backups = privacy_erase.backup_notice(workspace.db.file)

    def confirm(impact: privacy_erase.ErasureImpact) -> None:
        confirmed = EraseDialog.ask(parent, impact, backups)
        if confirmed is None:
            return
        workspace.write(
            parent,
            lambda s: privacy_erase.erase_person(s, person.id, confirmed=confirmed),
            changes=ERASED,
            done=lambda _none: scrub(parent, workspace, erased_text(confirmed)),
        )

    workspace.read(parent, lambda s: privacy_erase.erasure_impact(s, person.id), confirm)


def erased_text(erased: privacy_erase.ErasureImpact) -> str:
    """The status line after one person is erased."""
    if erased.keeps_diplomas:
        said = QCoreApplication.translate(
            "privacy",
            "{who} was erased; their %n issued diploma(s) stay(s) in the register.",
            "",
            erased.diplomas,
        )
    else:
        said = QCoreApplication.translate("privacy", "{who} was erased.")
    return said.format(who=erased.name)


def scrub(parent: QWidget | None, workspace: Workspace, said: str) -> None:
    """After an erasure is saved: leave none of its bytes in the file (on the worker), then
    say ``said`` in the status bar."""
    workspace.run(
        parent,
        lambda: privacy_erase.scrub(workspace.db),
        lambda _scrubbed: workspace.announce(said),
    )
