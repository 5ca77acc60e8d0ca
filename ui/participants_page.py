"""The people of a cohort: filter, add, enroll alumni, edit, roles, status, mentors,
action plans, withdraw, delete, probable duplicates, import and export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.domain import EnrollmentStatus, Role
from app.services import enrollments, people
from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.people import PersonFields, PersonInfo
from ui import msgbox, privacy_actions
from ui.dialogs.files import dropped_file
from ui.dialogs.person_dialog import EnrollDialog, PersonDialog
from ui.labels import label
from ui.table_models import ROW_ROLE, SORT_ROLE, ParticipantFilter, ParticipantTableModel
from ui.views import action, table_view
from ui.workspace import Workspace, retrying

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


def _menu_button(menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(menu.title())
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


class ParticipantsPage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = (
        "add_action",
        "enroll_action",
        "edit_action",
        "plan_action",
        "withdraw_action",
        "override_action",
        "delete_action",
        "duplicates_action",
        "erase_data_action",
        "import_action",
        "status_menu",
        "role_menu",
        "mentor_menu",
    )

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort: CohortInfo | None = None
        self.organizations: list[str] = []
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, organization, e-mail… (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_words)

        self.add_action = action(
            self, self.tr("&New person…"), self.add_person, QKeySequence.StandardKey.New
        )
        self.enroll_action = action(
            self, self.tr("Enro&ll existing…"), self.enroll_existing, "Ctrl+Shift+N"
        )
        self.edit_action = action(self, self.tr("&Edit…"), self.edit_person, "F2")
        self.plan_action = action(self, self.tr("Action &plan…"), self.edit_plan, "Ctrl+Shift+A")
        self.withdraw_action = action(self, self.tr("&Withdraw"), self.withdraw)
        self.override_action = action(
            self, self.tr("Eligibility &override…"), self.override_eligibility
        )
        self.delete_action = action(
            self, self.tr("&Delete person…"), self.delete_person, QKeySequence.StandardKey.Delete
        )
        self.duplicates_action = action(self, self.tr("D&uplicates…"), self.find_duplicates)
        self.export_data_action = action(
            self, self.tr("E&xport personal data…"), self.export_personal_data
        )
        self.erase_data_action = action(
            self, self.tr("Erase personal d&ata…"), self.erase_personal_data
        )
        privacy_actions.explain_removals(self.delete_action, self.erase_data_action)
        self.import_action = action(self, self.tr("&Import list…"), self.import_file, "Ctrl+I")
        self.export_action = action(self, self.tr("E&xport list…"), self.export_list, "Ctrl+E")
        self.setAcceptDrops(True)
        self.status_menu = QMenu(self.tr("S&tatus"), self)
        for status in EnrollmentStatus:
            self.status_menu.addAction(label(status), partial(self.set_status, status))
        self.role_menu = QMenu(self.tr("&Role"), self)
        for role in Role:
            self.role_menu.addAction(label(role), partial(self.set_role, role))
        self.mentor_menu = QMenu(self.tr("&Mentor"), self)
        self.mentor_menu.aboutToShow.connect(self._fill_mentor_menu)

        # The less frequent actions under "More", so that the toolbar fits the window at its
        # default width in every language (they are in the context menu as well).
        self.more_menu = QMenu(self.tr("More"), self)
        self.more_menu.setToolTipsVisible(True)
        self.more_menu.addActions([self.override_action, self.withdraw_action, self.delete_action])
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.duplicates_action)
        self.more_menu.addSeparator()
        self.more_menu.addActions([self.export_data_action, self.erase_data_action])
        toolbar = QToolBar()
        for item in (self.add_action, self.enroll_action, self.edit_action, self.plan_action):
            toolbar.addAction(item)
        for menu in (self.status_menu, self.role_menu, self.mentor_menu):
            toolbar.addWidget(_menu_button(menu))
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addWidget(_menu_button(self.more_menu))
        self.toolbar = toolbar

        context = QMenu(self)
        context.setToolTipsVisible(True)
        context.addActions([self.edit_action, self.plan_action])
        context.addMenu(self.status_menu)
        context.addMenu(self.role_menu)
        context.addMenu(self.mentor_menu)
        context.addActions([self.override_action, self.withdraw_action, self.delete_action])
        context.addSeparator()
        context.addActions([self.export_data_action, self.erase_data_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: context.popup(self.view.viewport().mapToGlobal(pos))
        )
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self._update_actions()

    # -- showing --------------------------------------------------------------------------

    def show_participants(
        self, cohort: CohortInfo, rows: list[ParticipantInfo], organizations: list[str]
    ) -> None:
        self.cohort = cohort
        self.organizations = organizations
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._update_actions()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def selected(self) -> list[ParticipantInfo]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        found = [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]
        return [r for r in found if isinstance(r, ParticipantInfo)]

    def _update_actions(self) -> None:
        chosen = self.selected()
        for item in (
            self.edit_action,
            self.delete_action,
            self.export_data_action,
            self.erase_data_action,
        ):
            item.setEnabled(len(chosen) == 1)
        self.override_action.setEnabled(len(chosen) == 1 and chosen[0].eligibility is not None)
        self.plan_action.setEnabled(len(chosen) == 1 and chosen[0].role == Role.PARTICIPANT)
        self.withdraw_action.setEnabled(bool(chosen))
        for menu in (self.status_menu, self.role_menu, self.mentor_menu):
            menu.setEnabled(bool(chosen))
        for item in (
            self.add_action,
            self.enroll_action,
            self.duplicates_action,
            self.import_action,
            self.export_action,
        ):
            item.setEnabled(self.cohort is not None)

    def _fill_mentor_menu(self) -> None:
        self.mentor_menu.clear()
        mentors = [
            self.model.row_at(r)
            for r in range(self.model.rowCount())
            if self.model.row_at(r).role == Role.MENTOR
        ]
        self.mentor_menu.addAction(self.tr("No mentor"), lambda: self.set_mentor(None))
        if not mentors:
            hint: QAction = self.mentor_menu.addAction(
                self.tr("(enroll someone with the role Mentor first)")
            )
            hint.setEnabled(False)
        for mentor in mentors:
            self.mentor_menu.addAction(
                mentor.person.full_name, partial(self.set_mentor, mentor.enrollment_id)
            )

    # -- actions ----------------------------------------------------------------------------

    def add_person(self, role: Role = Role.PARTICIPANT) -> None:
        cohort = self.cohort
        if cohort is None:
            return

        def attempt(initial: PersonFields | None, error: str | None) -> None:
            result = PersonDialog.ask_new_with_role(
                self, self.organizations, initial, error, role=role
            )
            if result is None:
                return
            fields, chosen_role = result
            if fields.email:
                self.workspace.read(
                    self,
                    lambda s: people.find_people_by_email(s, fields.email or ""),
                    lambda found: save(fields, chosen_role, found),
                )
            else:
                save(fields, chosen_role, [])

        def save(fields: PersonFields, chosen_role: Role, same_email: list[PersonInfo]) -> None:
            existing = same_email[0] if same_email else None
            if existing is not None and msgbox.offer(
                self,
                self.tr("Already in Kohort"),
                self.tr(
                    "{name} already has the e-mail {email}.\n\nEnroll {name} instead of "
                    "adding a new person? (No adds a new person anyway.)"
                ).format(name=existing.full_name, email=existing.email),
            ):
                person_id = existing.id
                self.workspace.write(
                    self,
                    lambda s: enrollments.enroll(
                        s, cohort_id=cohort.id, person_id=person_id, role=chosen_role
                    ),
                    changes=Changes(people=True),
                    message=self.tr("{name} enrolled.").format(name=existing.full_name),
                )
                return

            def work(s: DbSession) -> int:
                person = people.create_person(s, fields)
                return enrollments.enroll(
                    s, cohort_id=cohort.id, person_id=person.id, role=chosen_role
                )

            self.workspace.write(
                self,
                work,
                changes=Changes(people=True),
                failed=lambda exc: attempt(fields, str(exc)),
                message=self.tr("{name} added.").format(
                    name=f"{fields.first_name} {fields.last_name}".strip()
                ),
            )

        attempt(None, None)

    def enroll_existing(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return

        def search(text: str, done: Callable[[list[people.PersonMatch]], None]) -> None:
            self.workspace.read(self, lambda s: people.search_people(s, text, limit=100), done)

        choice = EnrollDialog.ask(self, search)
        if choice is None:
            return
        if choice.person_id is None:
            self.add_person(choice.role)
            return
        person_id, role = choice.person_id, choice.role
        self.workspace.write(
            self,
            lambda s: enrollments.enroll(s, cohort_id=cohort.id, person_id=person_id, role=role),
            changes=Changes(people=True),
            message=self.tr("Enrolled."),
        )

    def edit_person(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        person_id = chosen[0].person.id
        # the person as saved now, with its version: a save after someone else's is refused
        self.workspace.read(self, lambda s: people.get_person(s, person_id), self._edit_person)

    def _edit_person(self, person: PersonInfo) -> None:
        retrying(
            lambda values, error: PersonDialog.ask(self, values, self.organizations, error),
            lambda fields, failed: self.workspace.write(
                self,
                lambda s: people.update_person(s, person.id, fields, version=person.version),
                changes=Changes(people=True),
                failed=failed,
                message=self.tr("Saved."),
            ),
            people.fields_of(person),
        )

    def edit_plan(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].role == Role.PARTICIPANT:
            from ui.dialogs.action_plan_dialog import ActionPlanDialog  # on first use

            ActionPlanDialog.edit(self, self.workspace, chosen[0].enrollment_id)

    def set_status(self, status: EnrollmentStatus) -> None:
        ids = [p.enrollment_id for p in self.selected()]

        def work(s: DbSession) -> None:
            for enrollment_id in ids:
                enrollments.set_status(s, enrollment_id, status)

        self.workspace.write(
            self,
            work,
            changes=Changes(people=True),
            message=self.tr("Status changed for %n person(s).", "", len(ids)),
        )

    def set_role(self, role: Role) -> None:
        ids = [p.enrollment_id for p in self.selected()]

        def work(s: DbSession) -> None:
            for enrollment_id in ids:
                enrollments.set_role(s, enrollment_id, role)

        self.workspace.write(
            self,
            work,
            changes=Changes(people=True),
            message=self.tr("Role changed for %n person(s).", "", len(ids)),
        )

    def set_mentor(self, mentor_enrollment_id: int | None) -> None:
        ids = [p.enrollment_id for p in self.selected() if p.role == Role.PARTICIPANT]
        if not ids:
            msgbox.information(self, self.tr("Mentor"), self.tr("Only participants have mentors."))
            return

        def work(s: DbSession) -> None:
            for enrollment_id in ids:
                enrollments.set_mentor(s, enrollment_id, mentor_enrollment_id)

        self.workspace.write(
            self, work, changes=Changes(people=True), message=self.tr("Mentor set.")
        )

    def override_eligibility(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        participant, current = chosen[0], chosen[0].eligibility
        if current is None:
            return
        from ui.dialogs.override_dialog import OverrideDialog  # on first use

        choice = OverrideDialog.ask(self, participant.person.full_name, current)
        if choice is None:
            return
        self.workspace.write(
            self,
            lambda s: enrollments.set_override(
                s, participant.enrollment_id, choice.eligible, choice.reason
            ),
            changes=Changes(people=True),
            message=self.tr("Eligibility recorded."),
        )

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen and msgbox.question(
            self,
            self.tr("Withdraw"),
            self.tr(
                "Withdraw {names} from this cohort? Their attendance and plans are kept."
            ).format(
                names=", ".join(p.person.full_name for p in chosen[:5])
                + ("…" if len(chosen) > 5 else "")
            ),
        ):
            self.set_status(EnrollmentStatus.WITHDRAWN)

    def delete_person(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            from ui import participants_actions  # its dialogs and services: on first use

            participants_actions.delete_person(self, chosen[0].person)

    def export_personal_data(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            language = self.cohort.language if self.cohort is not None else None
            privacy_actions.export_person(self, self.workspace, chosen[0].person, language)

    def erase_personal_data(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            privacy_actions.erase_person(self, self.workspace, chosen[0].person)

    def find_duplicates(self) -> None:
        from ui import participants_actions

        participants_actions.find_duplicates(self)

    # -- import and export ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.cohort is not None and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def import_file(self, path: Path | None = None) -> None:
        from ui import participants_actions

        participants_actions.import_file(self, path)

    def export_list(self) -> None:
        from ui import participants_actions

        participants_actions.export_list(self)
