"""The Participants tab's rarer actions: deleting a person, probable duplicates, import and
export (apart from the page, which is about the list and enrolling; the strings stay in
the page's translation context)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.changes import Changes
from app.services import deletion, duplicates
from app.services.exporting import export_participants
from app.services.people import PersonInfo
from ui import msgbox
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.dialogs.files import choose_export_file, choose_file
from ui.dialogs.import_dialog import import_into_cohort

if TYPE_CHECKING:
    from ui.participants_page import ParticipantsPage


def delete_person(page: ParticipantsPage, person: PersonInfo) -> None:
    """Delete a person from Kohort altogether, after saying what goes with them (not when
    they hold issued diplomas: those stay in the register)."""
    workspace = page.workspace

    def confirm(impact: deletion.DeletionImpact) -> None:
        if impact.diplomas:
            msgbox.error(
                page,
                QCoreApplication.translate("ParticipantsPage", "Delete person"),
                QCoreApplication.translate(
                    "ParticipantsPage",
                    "{name} has %n issued diploma(s), which stay in the register. Withdraw "
                    "{name} from the cohort instead.",
                    "",
                    impact.diplomas,
                ).format(name=person.full_name),
            )
            return
        counted = [
            QCoreApplication.translate(
                "ParticipantsPage", "%n enrollment(s) in all cohorts", "", impact.enrollments
            ),
            QCoreApplication.translate(
                "ParticipantsPage", "%n attendance mark(s)", "", impact.attendance_marks
            ),
            QCoreApplication.translate(
                "ParticipantsPage", "%n action plan(s)", "", impact.action_plans
            ),
        ]
        if impact.evaluation_responses:  # the rarer ones only when there are any
            counted.append(
                QCoreApplication.translate(
                    "ParticipantsPage",
                    "%n named course evaluation response(s)",
                    "",
                    impact.evaluation_responses,
                )
            )
        if impact.invitations:
            counted.append(
                QCoreApplication.translate(
                    "ParticipantsPage",
                    "%n place(s) on reunion invitation lists",
                    "",
                    impact.invitations,
                )
            )
        text = QCoreApplication.translate(
            "ParticipantsPage",
            "Delete {name} from Kohort altogether?\n\nThis also deletes: {what}.\n\n"
            "To keep the history, choose Withdraw instead.",
        ).format(name=person.full_name, what=", ".join(counted))
        if msgbox.question(
            page, QCoreApplication.translate("ParticipantsPage", "Delete person"), text
        ):
            workspace.write(
                page,
                lambda s: deletion.delete_person(s, person.id, confirmed=impact),
                # with the person go their enrollments, marks and plans
                changes=Changes(people=True, marks=True, plans=True),
                message=QCoreApplication.translate("ParticipantsPage", "{name} deleted.").format(
                    name=person.full_name
                ),
            )

    workspace.read(page, lambda s: deletion.person_impact(s, person.id), confirm)


def find_duplicates(page: ParticipantsPage) -> None:
    """Probable duplicates involving the cohort's people, offered for merging."""
    cohort, workspace = page.cohort, page.workspace
    if cohort is None:
        return

    def merge(keep: int, other: int) -> None:
        workspace.write(
            page,
            lambda s: duplicates.merge_people(s, keep, other),
            # the other's enrollments, marks, plans and diplomas move to the one kept
            changes=Changes(people=True, marks=True, plans=True, diplomas=True),
            message=QCoreApplication.translate("ParticipantsPage", "Merged."),
        )

    workspace.read(
        page,
        lambda s: duplicates.probable_duplicates(s, cohort.id),
        lambda pairs: DuplicatesDialog.show_pairs(page, pairs, merge),
    )


def import_file(page: ParticipantsPage, path: Path | None = None) -> None:
    cohort = page.cohort
    if cohort is None:
        return
    path = path or choose_file(page)
    if path is not None:
        import_into_cohort(page, page.workspace, cohort.id, path)


def export_list(page: ParticipantsPage) -> None:
    cohort = page.cohort
    if cohort is None:
        return
    path = choose_export_file(
        page,
        QCoreApplication.translate("ParticipantsPage", "Participants – {cohort}").format(
            cohort=cohort.name
        ),
        QCoreApplication.translate("ParticipantsPage", "Export participants"),
    )
    if path is None:
        return
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    page.workspace.run(
        page,
        lambda: export_participants(rows, path, language=cohort.language),
        lambda _result: page.workspace.announce(
            QCoreApplication.translate(
                "ParticipantsPage", "Saved %n person(s) to {path}.", "", len(rows)
            ).format(path=path)
        ),
    )
