"""What the reunions window does with whole gatherings and files: plan, edit and delete a
gathering, add or remove people by hand, export the list and write the sign-in sheet.
A mixin of :class:`ui.reunions_window.ReunionsWindow`, kept apart for its size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from app.changes import NOTHING
from app.domain import InviteeStatus
from app.services import gathering_output, gatherings, people
from app.services.gatherings import GatheringInfo
from diplomas.signin_sheet_model import SigninSheet
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.gathering_dialog import GatheringDialog, PersonPicker
from ui.workspace import Workspace, retrying

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session as DbSession

    from app.services.programs import ProgramInfo
    from ui.reunion_list import InviteeModel, InviteeView


class ReunionActions:
    """Needs the window's workspace, its current gathering, its list and its reload."""

    workspace: Workspace
    model: InviteeModel
    view: InviteeView
    current: Callable[[], GatheringInfo | None]
    reload: Callable[..., None]
    program: ProgramInfo
    say: Callable[[str], None]

    def widget(self) -> QWidget:
        """The window itself, as the parent of what it opens."""
        return cast("QWidget", self)

    def reloaded(self, message: str, *, select: int | None = None) -> None:
        """After a write: the window shows it, and says what was done in its status bar."""
        self.reload(select=select)
        self.say(message)

    # -- gatherings -------------------------------------------------------------------------

    def new_gathering(self) -> None:
        program_id = self.program.id
        retrying(
            lambda values, error: GatheringDialog.ask(self.widget(), values, error),
            lambda fields, failed: self.workspace.write(
                self.widget(),
                lambda s: gatherings.create_gathering(s, program_id, fields),
                changes=NOTHING,
                done=lambda info: self.reloaded(
                    QCoreApplication.translate("ReunionActions", "Reunion planned."), select=info.id
                ),
                failed=failed,
            ),
            None,
        )

    def edit_gathering(self) -> None:
        current = self.current()
        if current is None:
            return
        gathering_id = current.id
        retrying(
            lambda values, error: GatheringDialog.ask(self.widget(), values, error),
            lambda fields, failed: self.workspace.write(
                self.widget(),
                lambda s: gatherings.update_gathering(s, gathering_id, fields),
                changes=NOTHING,
                done=lambda info: self.reloaded(
                    QCoreApplication.translate("ReunionActions", "Reunion saved."), select=info.id
                ),
                failed=failed,
            ),
            gatherings.fields_of(current),
        )

    def delete_gathering(self) -> None:
        current = self.current()
        if current is None:
            return
        if not msgbox.question(
            self.widget(),
            QCoreApplication.translate("ReunionActions", "Delete reunion"),
            QCoreApplication.translate(
                "ReunionActions",
                "Delete “{title}” ({date}) and its invitation list of %n person(s)? "
                "This cannot be undone.",
                "",
                current.invited,
            ).format(title=current.title, date=current.date.isoformat()),
        ):
            return
        gathering_id = current.id
        self.workspace.write(
            self.widget(),
            lambda s: gatherings.delete_gathering(s, gathering_id),
            changes=NOTHING,
            done=lambda _none: self.reloaded(
                QCoreApplication.translate("ReunionActions", "Reunion deleted.")
            ),
        )

    def add_person(self) -> None:
        current = self.current()
        if current is None:
            return

        def search(text: str, done: Callable[[list[people.PersonMatch]], None]) -> None:
            self.workspace.read(
                self.widget(), lambda s: people.search_people(s, text, limit=100), done
            )

        person_id = PersonPicker.ask(self.widget(), search)
        if person_id is None:
            return
        gathering_id = current.id
        self.workspace.write(
            self.widget(),
            lambda s: gatherings.add_by_hand(s, gathering_id, person_id),
            changes=NOTHING,
            done=lambda _none: self.reloaded(
                QCoreApplication.translate("ReunionActions", "Added to the list.")
            ),
        )

    def remove_selected(self) -> None:
        current = self.current()
        rows = [self.model.rows[r] for r in self.view.selected_rows()]
        if current is None or not rows:
            return
        names = ", ".join(r.full_name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        if not msgbox.question(
            self.widget(),
            QCoreApplication.translate("ReunionActions", "Remove from the list"),
            QCoreApplication.translate(
                "ReunionActions", "Remove {names} from the invitation list of “{title}”?"
            ).format(names=names, title=current.title),
        ):
            return
        gathering_id, ids = current.id, [r.person_id for r in rows]

        def work(s: DbSession) -> None:
            for pid in ids:
                gatherings.remove_invitee(s, gathering_id, pid)

        self.workspace.write(
            self.widget(),
            work,
            changes=NOTHING,
            done=lambda _none: self.reloaded(
                QCoreApplication.translate("ReunionActions", "Removed.")
            ),
        )

    # -- files ------------------------------------------------------------------------------

    def export_list(self) -> None:
        current = self.current()
        if current is None:
            return
        path = files.choose_export_file(
            self.widget(),
            QCoreApplication.translate("ReunionActions", "Invitation list – {title}").format(
                title=current.title
            ),
        )
        if path is None:
            return
        self.save_export(current.id, path)

    def save_export(self, gathering_id: int, path: Path) -> None:
        def done(n: int) -> None:
            self.say(
                QCoreApplication.translate(
                    "ReunionActions", "Invitation list saved: {path} (%n name(s)).", "", n
                ).format(path=path)
            )

        self.workspace.read(
            self.widget(), lambda s: gathering_output.export_invitees(s, gathering_id, path), done
        )

    def signin_sheet(self) -> None:
        current = self.current()
        if current is None:
            return
        path = files.choose_pdf_file(
            self.widget(),
            QCoreApplication.translate("ReunionActions", "Sign-in sheet – {title} {date}").format(
                title=current.title, date=current.date.isoformat()
            ),
        )
        if path is None:
            return
        self.save_signin_sheet(current.id, path)

    def save_signin_sheet(self, gathering_id: int, path: Path, *, show: bool = True) -> None:
        """Write the sheet; the window says how many names it holds and how many who
        declined are left off it (the list's count includes them)."""

        def work(s: DbSession) -> tuple[SigninSheet, int]:
            sheet = gathering_output.write_gathering_signin_sheet(s, gathering_id, path)
            declined = sum(
                1
                for i in gathering_output.invitees(s, gathering_id)
                if i.status == InviteeStatus.DECLINED
            )
            return sheet, declined

        def done(result: tuple[SigninSheet, int]) -> None:
            sheet, declined = result
            saved = QCoreApplication.translate(
                "ReunionActions", "Sign-in sheet saved: {path} (%n name(s)).", "", len(sheet.rows)
            ).format(path=path)
            left_off = QCoreApplication.translate(
                "ReunionActions", "%n who declined left off.", "", declined
            )
            self.say(f"{saved} {left_off}" if declined else saved)
            if show:
                files.open_file(self.widget(), path)

        self.workspace.read(self.widget(), work, done)
