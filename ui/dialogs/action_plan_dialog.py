"""The action plan editor: one participant's goal, strengths, development areas, concrete
actions, follow-up date, mentor and manager.

There is no Save button. What is typed is written through the worker half a second after
typing stops (and at most two seconds after the first unsaved change while typing goes on),
when the focus leaves a field and when the editor closes, so a crash loses at most the last
moments. Each text field has its own undo (Ctrl+Z in the field); the actions table has an
undo stack of its own for added, removed, moved and edited rows.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import (
    QLocale,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import KohortError
from app.services import action_plans, enrollments
from app.services.action_plans import PlanEditorData, PlanFields, PlanSaved
from diplomas.action_plan_model import GuideEntry
from ui.dialogs.base import fit_on_screen
from ui.forms import OptionalDate
from ui.plan_actions import ActionTableModel, DateDelegate, StatusDelegate, TextDelegate
from ui.workspace import Workspace

DEBOUNCE_MS = 500  # after typing stops
MAX_DELAY_MS = 2000  # while typing goes on
RETRY_MS = 5000  # after a failed save (database busy, disk full…)


class ActionPlanDialog(QDialog):
    """Edits one plan and saves it as it is typed. Open it with :meth:`edit`."""

    def __init__(self, parent: QWidget | None, workspace: Workspace, data: PlanEditorData):
        super().__init__(parent)
        self.workspace = workspace
        self.data = data
        self.setWindowTitle(self.tr("Action plan – {name}").format(name=data.person_name))
        self._dirty = self._saving = self._closing = False
        self._debounce = self._timer(DEBOUNCE_MS)
        self._deadline = self._timer(MAX_DELAY_MS)

        fields = data.fields
        guide = {entry.key: entry for entry in data.guide}
        self.goal = self._text(fields.goal)
        self.strengths = self._text(fields.strengths)
        self.development_areas = self._text(fields.development_areas)
        self.manager = QLineEdit(fields.manager_name)
        self.manager.setPlaceholderText(self.tr("The participant's manager"))
        self.follow_up = OptionalDate(
            fields.follow_up_date,
            self.tr("on"),
            default=dt.date.today() + dt.timedelta(days=182),
        )
        self.mentor = QComboBox()
        self.mentor.addItem(self.tr("No mentor"), None)
        for mentor in data.mentors:
            self.mentor.addItem(mentor.name, mentor.enrollment_id)
        self.mentor.setCurrentIndex(max(0, self.mentor.findData(data.mentor_enrollment_id)))

        self.undo_stack = QUndoStack(self)
        self.model = ActionTableModel(fields.items, self.undo_stack)
        self.table = self._table()
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build(guide)

        for text in (self.goal, self.strengths, self.development_areas):
            text.textChanged.connect(self._edited)
        self.manager.textEdited.connect(self._edited)
        self.follow_up.check.toggled.connect(self._edited)
        self.follow_up.edit.dateChanged.connect(self._edited)
        self.model.edited.connect(self._edited)
        self.model.problem.connect(lambda text: self._show_status(text, error=True))
        self.mentor.activated.connect(self._mentor_chosen)
        self._watching_focus = False
        self._watch_focus(True)
        self._show_status(
            self.tr("Saved as you type.")
            if data.has_plan
            else self.tr("No plan yet: start typing.")
        )
        fit_on_screen(self, 1040, 780)

    @classmethod
    def edit(cls, parent: QWidget, workspace: Workspace, enrollment_id: int) -> None:
        """Read the plan on the worker, then open the editor (window-modal, not blocking)."""

        def show(data: PlanEditorData) -> None:
            dialog = cls(parent, workspace, data)
            dialog.open()
            dialog.goal.setFocus()

        workspace.read(parent, lambda s: action_plans.open_plan(s, enrollment_id), show)

    # -- building ---------------------------------------------------------------------------

    def _timer(self, msecs: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(self.save_now)
        return timer

    def _text(self, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        return edit

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setItemDelegate(TextDelegate(view))
        view.setItemDelegateForColumn(ActionTableModel.STATUS, StatusDelegate(view))
        view.setItemDelegateForColumn(ActionTableModel.BY_WHEN, DateDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (ActionTableModel.BY_WHEN, ActionTableModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _action(
        self, text: str, slot: Callable[[], None], keys: list[QKeySequence], owner: QWidget
    ) -> QAction:
        item = QAction(text, owner)
        item.triggered.connect(lambda _checked=False: slot())
        item.setShortcuts(keys)
        item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys:
            shown = text.replace("&", "").rstrip("…")
            item.setToolTip(f"{shown} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        owner.addAction(item)
        return item

    def _build(self, guide: dict[str, GuideEntry]) -> None:
        data = self.data
        title = QLabel(
            f"<b>{html.escape(data.person_name)}</b>"
            + (f" · {html.escape(data.organization)}" if data.organization else "")
        )
        title.setStyleSheet("font-size: 15px")
        context = QLabel(f"{html.escape(data.program_name)} · {html.escape(data.cohort_name)}")
        facts = QHBoxLayout()
        for text, field, stretch in (
            (self.tr("&Mentor:"), self.mentor, 2),
            (self.tr("Mana&ger:"), self.manager, 3),
            (self.tr("&Follow-up:"), self.follow_up, 2),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            facts.addWidget(label)
            facts.addWidget(field, stretch)

        add = self._action(
            self.tr("&Add action"),
            self.add_action_row,
            [QKeySequence("Ctrl+N"), QKeySequence("Insert")],
            self,
        )
        remove = self._action(
            self.tr("&Delete action"), self.remove_action_row, [QKeySequence("Delete")], self.table
        )
        up = self._action(
            self.tr("Move u&p"), lambda: self.move_action_row(-1), [QKeySequence("Alt+Up")], self
        )
        down = self._action(
            self.tr("Move do&wn"), lambda: self.move_action_row(1), [QKeySequence("Alt+Down")], self
        )
        undo = self._action(
            self.tr("&Undo"),
            self.undo_stack.undo,
            [QKeySequence(QKeySequence.StandardKey.Undo)],
            self.table,
        )
        redo = self._action(
            self.tr("&Redo"),
            self.undo_stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            self.table,
        )
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.add_button_action, self.remove_button_action = add, remove
        self.undo_action, self.redo_action = undo, redo
        toolbar = QToolBar()
        for item in (add, remove, up, down, undo, redo):
            toolbar.addAction(item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        footer = QGridLayout()
        footer.addWidget(self.status, 0, 0)
        footer.addWidget(buttons, 0, 1)
        footer.setColumnStretch(0, 1)

        texts = QWidget()
        sections = QGridLayout(texts)
        sections.setContentsMargins(0, 0, 0, 0)
        self._section(sections, 0, 0, 2, guide["goal"], self.goal)
        self._section(sections, 1, 0, 1, guide["strengths"], self.strengths)
        self._section(sections, 1, 1, 1, guide["development_areas"], self.development_areas)
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(self._heading(guide["actions"]))
        if guide["actions"].question:
            actions_layout.addWidget(self._question(guide["actions"]))
        actions_layout.addWidget(toolbar)
        actions_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)  # the coordinator sets the balance
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(texts)
        self.splitter.addWidget(actions)
        self.splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(context)
        layout.addLayout(facts)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    def _section(
        self, grid: QGridLayout, row: int, column: int, span: int, entry: GuideEntry, edit: QWidget
    ) -> None:
        heading = self._heading(entry)
        heading.setBuddy(edit)
        box = QVBoxLayout()
        box.addWidget(heading)
        if entry.question:
            box.addWidget(self._question(entry))
        box.addWidget(edit, 1)
        grid.addLayout(box, row, column, 1, span)
        grid.setRowStretch(row, 1)

    def _heading(self, entry: GuideEntry) -> QLabel:
        label = QLabel(f"<b>{html.escape(entry.heading)}</b>")
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _question(self, entry: GuideEntry) -> QLabel:
        label = QLabel(entry.question)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text); font-style: italic")
        return label

    # -- the table's actions ----------------------------------------------------------------

    def add_action_row(self) -> None:
        current = self.table.currentIndex()
        at = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.add_row(at)
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(at, ActionTableModel.WHAT))
        self.table.edit(self.table.currentIndex())

    def remove_action_row(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def move_action_row(self, delta: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        target = current.row() + delta
        if 0 <= target < self.model.rowCount():
            self.model.move_row(current.row(), delta)
            self.table.setCurrentIndex(self.model.index(target, current.column()))

    # -- saving -----------------------------------------------------------------------------

    def fields(self) -> PlanFields:
        return PlanFields(
            goal=self.goal.toPlainText(),
            strengths=self.strengths.toPlainText(),
            development_areas=self.development_areas.toPlainText(),
            follow_up_date=self.follow_up.value(),
            manager_name=self.manager.text(),
            items=self.model.items(),
        )

    @property
    def unsaved(self) -> bool:
        return self._dirty or self._saving

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _watch_focus(self, on: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or on == self._watching_focus:
            return
        if on:
            app.focusChanged.connect(self._focus_changed)
        else:
            app.focusChanged.disconnect(self._focus_changed)
        self._watching_focus = on

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._dirty and old is not None and self.isAncestorOf(old):
            self.save_now()

    def save_now(self) -> None:
        """Write what is on screen now (one write at a time; a newer state follows)."""
        self._debounce.stop()
        self._deadline.stop()
        if not self._dirty or self._saving:
            return
        self._dirty, self._saving = False, True
        fields, enrollment_id = self.fields(), self.data.enrollment_id
        for text in (self.goal, self.strengths, self.development_areas):
            # what is typed after a save is its own undo step (Qt merges typing into one
            # step while the document counts as modified), so Ctrl+Z never takes a whole
            # paragraph written earlier
            text.document().setModified(False)
        self._show_status(self.tr("Saving…"))
        self.workspace.write(
            self,
            lambda s: action_plans.save_plan(s, enrollment_id, fields),
            changes=Changes(plans=True),
            done=self._saved,
            failed=self._failed,
            quiet=True,
        )

    def _saved(self, result: PlanSaved) -> None:
        self._saving = False
        if self._dirty:
            self.save_now()
            return
        now = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
        self._show_status(
            self.tr("All changes saved ({time}).").format(time=now)
            if result.has_plan
            else self.tr("Empty, so no plan is kept ({time}).").format(time=now)
        )
        if self._closing:
            self._finish()

    def _failed(self, exc: KohortError) -> None:
        self._saving = False
        self._dirty = True
        self._show_status(
            self.tr("Not saved yet: {reason} Kohort tries again.").format(reason=exc), error=True
        )
        if self._closing:  # closed with unsaved text: show it again rather than lose it
            self._closing = False
            self._watch_focus(True)
            self.open()
        QTimer.singleShot(RETRY_MS, self, self._retry)

    def _retry(self) -> None:
        if self._dirty and not self._saving:
            self.save_now()

    def _mentor_chosen(self, _index: int) -> None:
        mentor_id = self.mentor.currentData()
        enrollment_id = self.data.enrollment_id
        self.workspace.write(
            self,
            lambda s: enrollments.set_mentor(s, enrollment_id, mentor_id),
            changes=Changes(people=True),
            done=lambda _r: self._show_status(self.tr("Mentor saved.")),
            quiet=True,
        )

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a4262c;" if error else "")

    # -- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close now; the last save finishes on the worker, then the views reload."""
        if self._closing:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            editor.clearFocus()  # the delegate commits the open cell (a typed date) on focus-out
        self._closing = True
        self._watch_focus(False)
        super().done(result)
        if self._dirty:
            self.save_now()
        elif not self._saving:
            self._finish()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()

    def _finish(self) -> None:
        self.workspace.release_changes()  # the overview, participants and plans follow
        self.deleteLater()
