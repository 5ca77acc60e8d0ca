"""Programmes and their cohorts: choose, create, edit, duplicate, archive."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMenu, QTreeView, QVBoxLayout, QWidget

from app.changes import Changes
from app.rules import CompletionRule
from app.services import cohorts, programs
from app.services.cohorts import CohortInfo
from app.services.programs import ProgramInfo
from ui import msgbox, ui_state
from ui.workspace import Workspace, retrying

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from app.checkout import CheckoutInfo

COHORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRAM_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Tree = list[tuple[ProgramInfo, list[CohortInfo]]]


def load_tree(session: DbSession, include_archived: bool) -> Tree:
    found = cohorts.list_cohorts(session, include_archived=include_archived)
    return [
        (p, [c for c in found if c.program_id == p.id])
        for p in programs.list_programs(session, include_archived=include_archived)
    ]


def load_checkouts(session: DbSession, on_server: bool) -> dict[int, CheckoutInfo]:
    """The cohorts checked out to laptops (a team database only: a laptop's own file keeps
    its checkout row, which means nothing there)."""
    from app.checkout import checked_out_cohorts

    return checked_out_cohorts(session) if on_server else {}


class Sidebar(QWidget):
    cohort_chosen = Signal(int)
    selection_changed = Signal()  # what the menu's actions apply to (ui.checkout_actions)
    loaded = Signal(object)  # the Tree just shown

    def __init__(
        self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.tree_data: Tree = []
        self.checkouts: dict[int, CheckoutInfo] = {}  # checked-out cohorts, by id
        self._filling = False
        self._select_program: int | None = None
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

        self.read_only = False  # a damaged database: nothing here may start a write
        self.menu = QMenu(self.tr("&Programme"), self)
        self.new_programme_action = self._action(self.tr("New &programme…"), self.new_programme)
        self.new_cohort_action = self._action(self.tr("New &cohort…"), self.new_cohort)
        self.menu.addSeparator()
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "F2")
        self.duplicate_action = self._action(self.tr("&Duplicate cohort…"), self.duplicate_cohort)
        self.archive_action = self._action(self.tr("&Archive"), self.toggle_archive)
        self.menu.addSeparator()
        self.release_anchor = self.menu.addSeparator()  # ui.checkout_actions adds its item
        self.reunions_action = self._action(
            self.tr("Re&unions and former participants…"), self.open_reunions
        )
        self.menu.addSeparator()
        self.show_archived = self._action(self.tr("Show a&rchived"), self.reload)
        self.show_archived.setCheckable(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self.menu.popup(self.tree.viewport().mapToGlobal(pos))
        )
        self._update_actions()

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        item = self.menu.addAction(text)
        item.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if shortcut:
            # only while the sidebar has focus: the pages use F2 for their own rows
            item.setShortcut(QKeySequence(shortcut))
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(item)
        return item

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        archived = self.show_archived.isChecked()
        on_server = self.workspace.db.on_server
        self.workspace.read(
            self,
            lambda s: (load_tree(s, archived), load_checkouts(s, on_server)),
            lambda loaded: self._fill(*loaded),
        )

    def _fill(self, tree: Tree, checkouts: dict[int, CheckoutInfo]) -> None:
        self.tree_data = tree
        self.checkouts = checkouts
        wanted = ui_state.CHOSEN_COHORT.read(self.settings)
        self._filling = True  # one load of the chosen cohort at the end, not one per step
        self.model.clear()
        bold = QFont()
        bold.setBold(True)
        select: QModelIndex | None = None
        for program, program_cohorts in tree:
            title = program.name + (self.tr(" (archived)") if program.archived else "")
            program_item = QStandardItem(title)
            program_item.setFont(bold)
            program_item.setData(program.id, PROGRAM_ID_ROLE)
            program_item.setToolTip(program.description or program.name)
            self.model.appendRow(program_item)
            for cohort in program_cohorts:
                text = cohort.name + (self.tr(" (archived)") if cohort.archived else "")
                checked_out = checkouts.get(cohort.id)
                if checked_out is not None:
                    text += self.tr(" (checked out)")
                item = QStandardItem(text)
                if checked_out is not None:
                    item.setToolTip(checked_out.text())
                item.setData(cohort.id, COHORT_ID_ROLE)
                item.setData(program.id, PROGRAM_ID_ROLE)
                program_item.appendRow(item)
                if select is None or cohort.id == wanted:
                    select = item.index()
        self.tree.expandAll()
        wanted_program = self._select_program
        self._select_program = None
        for row in range(self.model.rowCount()):
            if (
                wanted_program is not None
                and self.model.item(row).data(PROGRAM_ID_ROLE) == wanted_program
            ):
                select = self.model.item(row).index()
        if select is not None:
            self.tree.setCurrentIndex(select)
        self._filling = False
        if select is not None and select.data(COHORT_ID_ROLE) is not None:
            cohort_id = select.data(COHORT_ID_ROLE)
            self.cohort_chosen.emit(int(cohort_id))  # reload it even if it stayed chosen
        self._update_actions()
        self.loaded.emit(tree)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        cohort_id = current.data(COHORT_ID_ROLE) if current.isValid() else None
        if cohort_id is not None and not self._filling:
            ui_state.CHOSEN_COHORT.write(self.settings, int(cohort_id))
            self.cohort_chosen.emit(int(cohort_id))

    # -- what is selected -------------------------------------------------------------------

    def current_cohort_id(self) -> int | None:
        value = self.tree.currentIndex().data(COHORT_ID_ROLE)
        return None if value is None else int(value)

    def current_program(self) -> ProgramInfo | None:
        value = self.tree.currentIndex().data(PROGRAM_ID_ROLE)
        return next((p for p, _ in self.tree_data if p.id == value), None)

    def current_checkout(self) -> CheckoutInfo | None:
        """Who has the chosen cohort checked out, if anybody (on a team database)."""
        cohort_id = self.current_cohort_id()
        return None if cohort_id is None else self.checkouts.get(cohort_id)

    def current_cohort(self) -> CohortInfo | None:
        wanted = self.current_cohort_id()
        return next((c for _, cs in self.tree_data for c in cs if c.id == wanted), None)

    def index_of(self, cohort_id: int) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            program = self.model.item(row)
            for i in range(program.rowCount()):
                if program.child(i).data(COHORT_ID_ROLE) == cohort_id:
                    return program.child(i).index()
        return None

    def _update_actions(self) -> None:
        program, cohort = self.current_program(), self.current_cohort()
        writable = not self.read_only
        # a checked-out cohort's settings are read-only here (a copy of it may be made)
        its_own = writable and not (cohort is not None and cohort.id in self.checkouts)
        self.new_programme_action.setEnabled(writable)
        self.new_cohort_action.setEnabled(writable and program is not None)
        self.edit_action.setEnabled(its_own and program is not None)
        self.duplicate_action.setEnabled(writable and cohort is not None)
        self.archive_action.setEnabled(its_own and program is not None)
        self.selection_changed.emit()
        self.reunions_action.setEnabled(program is not None)
        archived = cohort.archived if cohort else (program.archived if program else False)
        self.archive_action.setText(self.tr("&Restore") if archived else self.tr("&Archive"))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_actions()

    # -- actions ----------------------------------------------------------------------------

    # Each dialog (with the diploma-design pieces the programme's uses) is imported when first
    # opened, not before the sidebar fills the window.

    def new_programme(self) -> None:
        from ui.dialogs.program_dialog import ProgramDialog

        def created(program: ProgramInfo) -> None:
            self._select_program = program.id  # chosen after the reload, ready for a cohort

        retrying(
            lambda values, error: ProgramDialog.ask(self, values, error),
            lambda fields, failed: self.workspace.write(
                self,
                lambda s: programs.create_program(s, fields),
                changes=Changes(programs=True),
                done=created,
                failed=failed,
                message=self.tr("Programme created. Now add its first cohort."),
            ),
            None,
        )

    def new_cohort(self) -> None:
        program = self.current_program()
        if program is None:
            msgbox.information(
                self,
                self.tr("New cohort"),
                self.tr("Choose the programme the cohort belongs to first."),
            )
            return
        from ui.dialogs.cohort_dialog import CohortDialog

        def created(cohort: CohortInfo) -> None:
            ui_state.CHOSEN_COHORT.write(self.settings, cohort.id)

        retrying(
            lambda values, error: CohortDialog.ask(self, values, program.rule, error),
            lambda fields, failed: self.workspace.write(
                self,
                lambda s: cohorts.create_cohort(s, program.id, fields),
                changes=Changes(programs=True),
                done=created,
                failed=failed,
                message=self.tr("Cohort created."),
            ),
            None,
        )

    def edit_selected(self) -> None:
        cohort, program = self.current_cohort(), self.current_program()
        if cohort is not None:
            from ui.dialogs.cohort_dialog import CohortDialog

            retrying(
                lambda values, error: CohortDialog.ask(self, values, CompletionRule(), error),
                lambda fields, failed: self.workspace.write(
                    self,
                    lambda s: cohorts.update_cohort(s, cohort.id, fields),
                    changes=Changes(cohort=True),
                    failed=failed,
                    message=self.tr("Cohort saved."),
                ),
                cohorts.fields_of(cohort),
            )
        elif program is not None:
            from ui.dialogs.plan_guide_dialog import edit_plan_guide
            from ui.dialogs.program_dialog import ProgramDialog

            retrying(
                lambda values, error: ProgramDialog.ask(
                    self,
                    values,
                    error,
                    edit_guide=lambda w: edit_plan_guide(w, self.workspace, program.id),
                ),
                lambda fields, failed: self.workspace.write(
                    self,
                    lambda s: programs.update_program(
                        s, program.id, fields, design_version=program.design_version
                    ),
                    changes=Changes(programs=True),
                    failed=failed,
                    message=self.tr("Programme saved."),
                ),
                programs.fields_of(program),
            )

    def duplicate_cohort(self) -> None:
        cohort = self.current_cohort()
        if cohort is None:
            return
        from ui.dialogs.cohort_dialog import DuplicateCohortDialog

        start = (cohort.start_date or dt.date.today()) + dt.timedelta(weeks=52)  # same weekday
        answer = DuplicateCohortDialog.ask(
            self, self.tr("{name} (copy)").format(name=cohort.name), start
        )
        if answer is None:
            return
        name, new_start = answer

        def created(copy: CohortInfo) -> None:
            ui_state.CHOSEN_COHORT.write(self.settings, copy.id)

        self.workspace.write(
            self,
            lambda s: cohorts.duplicate_cohort(s, cohort.id, name=name, start_date=new_start),
            changes=Changes(programs=True),
            done=created,
            message=self.tr("Cohort duplicated."),
        )

    def toggle_archive(self) -> None:
        cohort, program = self.current_cohort(), self.current_program()
        if cohort is not None:
            archive = not cohort.archived
            self.workspace.write(
                self,
                lambda s: cohorts.archive_cohort(s, cohort.id, archive),
                changes=Changes(programs=True, cohort=True),
                message=self.tr("Cohort archived; Programme ▸ Show archived brings it back.")
                if archive
                else self.tr("Cohort restored."),
            )
        elif program is not None:
            archive = not program.archived
            self.workspace.write(
                self,
                lambda s: programs.archive_program(s, program.id, archive),
                changes=Changes(programs=True),
                message=self.tr("Programme archived.")
                if archive
                else self.tr("Programme restored."),
            )

    def open_reunions(self) -> None:
        """The selected programme's reunions and alumni, in a window of their own."""
        program = self.current_program()
        if program is None:
            return
        from ui.reunions_window import ReunionsWindow  # on first use

        window = ReunionsWindow(self.window(), self.workspace, program)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reunions_window = window
        window.show()
