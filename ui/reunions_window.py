"""Programme ▸ Reunions and alumni…: a programme's reunions and open lectures with their
invitation lists (tab 1), and its alumni in figures and one by one (tab 2).

Every read and write runs on the worker (:class:`ui.workspace.Workspace`); a status change
updates its rows in place, so the cursor stays where the keyboard left it (see
:mod:`ui.reunion_list` for the keys). Ctrl+Z undoes the last status changes, one step at a
time, as long as the window is open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING, Changes
from app.domain import InviteeStatus
from app.services import gathering_output, gatherings
from app.services.gathering_output import Invitee
from app.services.gatherings import GatheringInfo
from app.services.programs import ProgramInfo
from ui.alumni_tab import AlumniTab
from ui.column_fit import ColumnFit
from ui.reunion_actions import ReunionActions
from ui.reunion_list import InviteeModel, InviteeView, keys_help, status_name
from ui.views import action
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


@dataclass(frozen=True)
class Filters:
    """The invitation list's filters, options for both showing and inviting."""

    years: list[int]
    organizations: list[tuple[int, str]]


# What the invitation lists and the alumni show: who took part, finished, got a diploma,
# answered an evaluation, was invited (the sessions, plans and design are not shown here).
SHOWN_KINDS = frozenset(
    {"programs", "cohort", "people", "marks", "diplomas", "evaluations", "reunions"}
)


class ReunionsWindow(ReunionActions, QDialog):
    # A window to work in, not a form being filled: on a team database others' changes are
    # shown in it at once (ui.team_changes), and it does not hold them back in the main one.
    BROWSING = True

    def __init__(self, parent: QWidget | None, workspace: Workspace, program: ProgramInfo):
        super().__init__(parent)
        self.workspace = workspace
        self.program = program
        self.setWindowTitle(
            self.tr("Reunions and alumni – {programme}").format(programme=program.name)
        )
        self.gathering_list: list[GatheringInfo] = []
        self.loaded: list[Invitee] = []  # the whole list; the model shows the filtered part
        self.undo_steps: list[tuple[int, list[tuple[int, InviteeStatus]]]] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._gatherings_tab(), self.tr("&Reunions"))
        self.alumni = AlumniTab(workspace, program.id)
        self.tabs.addTab(self.alumni, self.tr("&Former participants"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # What was just done, here where the coordinator works (the main window is behind).
        self.status_bar = QStatusBar()
        self.status_bar.setSizeGripEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status_bar)
        self.resize(1180, 680)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _gatherings_tab(self) -> QWidget:
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _row: self._gathering_chosen())
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.new_button.clicked.connect(self.new_gathering)
        self.edit_button.clicked.connect(self.edit_gathering)
        self.delete_button.clicked.connect(self.delete_gathering)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Reunions and lectures:")))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.year = QComboBox()
        self.organization = QComboBox()
        self.organization.setMinimumContentsLength(18)
        self.organization.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.active_only = QCheckBox(self.tr("Only &active"))
        self.active_only.setChecked(True)
        self.active_only.setToolTip(self.tr("Leave out archived people (erased people never show)"))
        for combo in (self.year, self.organization):
            combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.active_only.toggled.connect(lambda _on: self._show_rows())
        self.invite_button = QPushButton(self.tr("&Invite former participants"))
        self.invite_button.setToolTip(
            self.tr(
                "Invite every former participant the filters select; "
                "those already invited keep their answer"
            )
        )
        self.invite_button.clicked.connect(self.invite_alumni)
        filters = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        organization_label = QLabel(self.tr("Or&ganization:"))
        organization_label.setBuddy(self.organization)
        for widget in (year_label, self.year, organization_label, self.organization):
            filters.addWidget(widget)
        filters.addWidget(self.active_only)
        filters.addStretch(1)
        filters.addWidget(self.invite_button)

        self.model = InviteeModel(self)
        self.view = InviteeView(self.change_status, self.undo)
        self.view.setModel(self.model)
        # name, e-mail, organization and cohorts give way; the status column stays in sight
        self.columns = ColumnFit(self.view, shrinkable=(0, 1, 2, 3))
        self.view.setToolTip(keys_help())
        self.keys = QLabel(keys_help())
        self.add_button = QPushButton(self.tr("Add &person…"))
        self.remove_button = QPushButton(self.tr("Re&move from list…"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.sheet_button = QPushButton(self.tr("&Sign-in sheet…"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(self.export_list)
        self.sheet_button.clicked.connect(self.signin_sheet)
        self.undo_action = action(self, self.tr("Undo"), self.undo, "Ctrl+Z")
        self.undo_button.setToolTip(self.undo_action.toolTip())
        self.export_button.setToolTip(
            self.tr("The list with e-mail addresses for a mail merge (Excel or CSV)")
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.sheet_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(filters)
        right.addWidget(self.view, 1)
        right.addWidget(self.keys)
        right.addLayout(row)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        return splitter

    # -- loading ----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """The gatherings and the filters' choices; then the chosen gathering's list."""
        program_id = self.program.id
        wanted = select if select is not None else self.current_id()

        def work(s: DbSession) -> tuple[list[GatheringInfo], Filters]:
            found = gatherings.list_gatherings(s, program_id)
            alumni = gatherings.alumni_candidates(s, program_id, active_only=False)
            years = sorted({c.year for a in alumni for c in a.cohorts if c.year}, reverse=True)
            organizations = sorted(
                {(a.organization_id, a.organization) for a in alumni if a.organization_id},
                key=lambda item: item[1] or "",
            )
            return found, Filters(years, [(i, n or "") for i, n in organizations])

        self.workspace.read(self, work, lambda result: self._fill(*result, wanted))

    def show_others_changes(self, changes: Changes) -> None:
        """A team database: read again what another user's change touches here."""
        if not changes.kinds & SHOWN_KINDS:
            return
        self.reload()
        if self.tabs.currentWidget() is self.alumni:
            self.alumni.load()

    def _fill(self, found: list[GatheringInfo], filters: Filters, wanted: int | None) -> None:
        self.gathering_list = found
        self._fill_filters(filters)
        self.list.blockSignals(True)
        self.list.clear()
        for g in found:
            item = QListWidgetItem(f"{g.date.isoformat()}  {g.title}")
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setToolTip(self._describe(g))
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, g in enumerate(found) if g.id == wanted), 0 if found else -1)
        self.list.setCurrentRow(row)
        self._gathering_chosen()

    def _fill_filters(self, filters: Filters) -> None:
        year, organization = self.year.currentData(), self.organization.currentData()
        for combo in (self.year, self.organization):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in filters.years:
            self.year.addItem(str(y), y)
        self.organization.addItem(self.tr("All organizations"), None)
        for oid, name in filters.organizations:
            self.organization.addItem(name, oid)
        self.year.setCurrentIndex(max(self.year.findData(year), 0))
        self.organization.setCurrentIndex(max(self.organization.findData(organization), 0))
        for combo in (self.year, self.organization):
            combo.blockSignals(False)

    def current(self) -> GatheringInfo | None:
        row = self.list.currentRow()
        return self.gathering_list[row] if 0 <= row < len(self.gathering_list) else None

    def current_id(self) -> int | None:
        current = self.current()
        return current.id if current else None

    def _gathering_chosen(self) -> None:
        current = self.current()
        self.undo_steps.clear()
        for widget in (
            self.edit_button,
            self.delete_button,
            self.invite_button,
            self.add_button,
            self.remove_button,
            self.export_button,
            self.sheet_button,
            self.view,
        ):
            widget.setEnabled(current is not None and not self._read_only())
        self.new_button.setEnabled(not self._read_only())
        self.undo_button.setEnabled(False)
        if current is None:
            self.loaded = []
            self.model.set_rows([])
            self.heading.setText(self.tr("No reunions or lectures yet: plan one with New…"))
            return
        gathering_id = current.id
        self.workspace.read(
            self, lambda s: gathering_output.invitees(s, gathering_id), self._show_list
        )

    def _read_only(self) -> bool:
        return bool(getattr(self.parent(), "read_only", False))

    def _show_list(self, rows: list[Invitee]) -> None:
        self.loaded = rows
        self._show_rows()

    def _show_rows(self) -> None:
        year, organization = self.year.currentData(), self.organization.currentData()
        active = self.active_only.isChecked()
        shown = [
            r
            for r in self.loaded
            if (year is None or any(c.year == year for c in r.cohorts))
            and (organization is None or r.organization_id == organization)
            and not (active and r.archived)
        ]
        self.model.set_rows(shown)
        self.columns.fit()
        if shown:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update_heading()

    def _update_heading(self) -> None:
        current = self.current()
        if current is None:
            return
        counts = dict.fromkeys(InviteeStatus, 0)
        for r in self.loaded:
            counts[r.status] += 1
        shown = self.model.rowCount()
        figures = ", ".join(
            f"{counts[s]} {status_name(s)}" for s in InviteeStatus if s != InviteeStatus.INVITED
        )
        self.heading.setText(
            self.tr("{description}\n{n} on the list ({shown} shown): {figures}").format(
                description=self._describe(current),
                n=len(self.loaded),
                shown=shown,
                figures=figures,
            )
        )

    def _describe(self, g: GatheringInfo) -> str:
        times = "–".join(t.strftime("%H.%M") for t in (g.start_time, g.end_time) if t)
        parts = [g.title, f"{g.date.isoformat()} {times}".strip(), g.venue or ""]
        return " · ".join(p for p in parts if p)

    def say(self, message: str) -> None:
        """What was just done: in this window's status bar and the main window's."""
        self.status_bar.showMessage(message)
        self.workspace.announce(message)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.alumni:
            self.alumni.load()

    # -- the list ---------------------------------------------------------------------------

    def invite_alumni(self) -> None:
        current = self.current()
        if current is None:
            return
        gathering_id = current.id
        year, organization = self.year.currentData(), self.organization.currentData()
        active = self.active_only.isChecked()

        def done(n: int) -> None:
            self.say(self.tr("%n former participant(s) invited.", "", n))
            self.reload()

        self.workspace.write(
            self,
            lambda s: gatherings.invite_alumni(
                s,
                gathering_id,
                years=None if year is None else [year],
                organization_ids=None if organization is None else [organization],
                active_only=active,
            ),
            changes=NOTHING,
            done=done,
        )

    def change_status(self, rows: Sequence[int], status: InviteeStatus) -> None:
        """A status key on these rows: all of them change, or none (a change the rules do
        not allow is explained and nothing is saved)."""
        current = self.current()
        if current is None:
            return
        gathering_id = current.id
        ids = [self.model.rows[r].person_id for r in rows]
        today = self.workspace.today()

        def work(s: DbSession) -> list[tuple[int, InviteeStatus]]:
            return [
                (pid, gatherings.set_status(s, gathering_id, pid, status, today=today))
                for pid in ids
            ]

        def done(before: list[tuple[int, InviteeStatus]]) -> None:
            if gathering_id != self.current_id():  # saved; another list is shown by now
                return
            changed = [(pid, old) for pid, old in before if old != status]
            if changed:
                self.undo_steps.append((gathering_id, changed))
                self.undo_button.setEnabled(True)
            self._set_statuses({pid: status for pid, _old in before})

        self.workspace.write(self, work, changes=NOTHING, done=done, quiet=True)

    def undo(self) -> None:
        if not self.undo_steps:
            return
        gathering_id, changed = self.undo_steps.pop()
        self.undo_button.setEnabled(bool(self.undo_steps))

        def work(s: DbSession) -> None:
            for pid, old in changed:
                gatherings.restore_status(s, gathering_id, pid, old)

        def done(_none: None) -> None:
            if gathering_id == self.current_id():
                self._set_statuses(dict(changed))
            self.say(self.tr("Undone."))

        self.workspace.write(self, work, changes=NOTHING, done=done, quiet=True)

    def _set_statuses(self, statuses: dict[int, InviteeStatus]) -> None:
        self.loaded = [
            dataclasses.replace(r, status=statuses[r.person_id]) if r.person_id in statuses else r
            for r in self.loaded
        ]
        by_id = {r.person_id: r for r in self.loaded}
        for pid in statuses:
            row = self.model.row_of(pid)
            if row is not None:
                self.model.replace(row, by_id[pid])
        status = self.view.model().columnCount() - 1
        if self.view.columnWidth(status) < self.view.sizeHintForColumn(status):
            self.columns.fit()  # "F  frånvarande" is wider than "inbjuden"
        self._update_heading()
