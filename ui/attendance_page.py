"""The attendance grid of a cohort: mark from the keyboard, undo and redo, notes, roll
call, the sign-in sheet and the attendance report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import KohortError
from app.services import attendance
from app.services.attendance import Mark, MarkChange
from app.services.grid import AttendanceGrid
from ui.attendance_model import FIRST_SESSION, AttendanceModel, GridSortProxy
from ui.attendance_view import AttendanceView
from ui.checkout_state import refused_read_only
from ui.dialogs import files
from ui.views import action
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


class MarkCommand(QUndoCommand):
    """One mark or bulk change; undo puts back exactly what was there."""

    def __init__(
        self, page: AttendancePage, new: list[MarkChange], old: list[MarkChange], text: str
    ) -> None:
        super().__init__(text)
        self.page, self.new, self.old = page, new, old

    def redo(self) -> None:
        self.page.show_and_save(self.new)

    def undo(self) -> None:
        self.page.show_and_save(self.old)


class AttendancePage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = ("undo_action", "redo_action", "rollcall_action", "note_action", "rule_action")
    marks_changed = Signal()  # shown on screen (eligibility in the header follows)
    reload_requested = Signal()  # the grid no longer matches the file: read it again
    rule_requested = Signal()  # edit the cohort's completion rule

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._reloading_after_failure = False
        self._sent: list[tuple[int, list[MarkChange]]] = []
        self._sent_count = 0
        self.model = AttendanceModel(self)
        self.proxy = GridSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = AttendanceView(self.mark_selection, self.edit_note)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        # fixed labels (the stack's own actions grow with the command text and move buttons)
        undo = QAction(self.tr("&Undo"), self)
        undo.triggered.connect(self.undo_stack.undo)
        undo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: undo.setToolTip(self.tr("Undo {what} (Ctrl+Z)").format(what=text))
        )
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = QAction(self.tr("Re&do"), self)
        redo.triggered.connect(self.undo_stack.redo)
        redo.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for item in (undo, redo):
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(item)
        self.undo_action, self.redo_action = undo, redo
        self.rollcall_action = action(self, self.tr("&Roll call…"), self.roll_call, "Ctrl+R")
        self.note_action = action(self, self.tr("&Note…"), self.edit_note)
        self.rule_action = action(self, self.tr("C&ompletion rule…"), self.rule_requested.emit)
        self.export_action = action(self, self.tr("E&xport report…"), self.export_report, "Ctrl+E")
        toolbar = QToolBar()
        for item in (
            self.rollcall_action,
            undo,
            redo,
            self.note_action,
            self.rule_action,
            self.export_action,
        ):
            toolbar.addAction(item)
        self.toolbar = toolbar
        self.legend = QLabel(
            self.tr(
                "Keys: P present · L late · E left early · X excused · A absent (Swedish: N, S, "
                "G, X, F) · Space cycles · Delete clears · Enter adds a note · Ctrl+Z undoes"
            )
        )
        self.legend.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_summary())

    # -- showing ----------------------------------------------------------------------------

    def show_grid(self, grid: AttendanceGrid, token: int | None = None) -> None:
        """Show a freshly read grid. Marks sent after the read was queued (``token``) are not
        in it — the one worker runs tasks in order — so they are shown again on top."""
        same_cohort = self.model.grid is not None and self.model.grid.cohort_id == grid.cohort_id
        self._reloading_after_failure = False
        later = (
            [c for seq, changes in self._sent if seq > token for c in changes]
            if same_cohort and token is not None
            else []
        )
        if same_cohort and not later and self.model.take_grid(grid):
            self._update_summary()  # what is on screen is what was read: kept as it is
            return
        where = self._current_cell()
        self.model.set_grid(grid)
        if not same_cohort:
            self.undo_stack.clear()
            self._sent.clear()
        elif later:
            self.model.apply(later)
        self.view.resizeColumnsToContents()
        self._restore_cell(where)
        self._update_summary()

    def _current_cell(self) -> tuple[int, int] | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        session = self.model.session_at(index.column())
        if not index.isValid() or not self.model.participants:
            return None
        return (
            self.model.participants[index.row()].enrollment_id,
            session.id if session else -index.column(),
        )

    def _restore_cell(self, where: tuple[int, int] | None) -> None:
        if where is None:
            return
        try:
            row = self.model.row_of(where[0])
            column = self.model.column_of(where[1]) if where[1] > 0 else -where[1]
        except ValueError:
            return
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, column)))

    def _update_summary(self) -> None:
        if self.model.grid is None:
            return
        held = [
            s for s in self.model.sessions if not s.cancelled and s.date <= self.model.grid.today
        ]
        meets, judged = self.model.meets_count()
        if self.model.grid.programme_done:
            text = self.tr(
                "{n} of {total} participants eligible · {held} of {sessions} sessions held"
            )
        else:
            text = self.tr(
                "{n} of {total} participants on track · {held} of {sessions} sessions held"
            )
        self.summary.setText(
            text.format(n=meets, total=judged, held=len(held), sessions=len(self.model.sessions))
        )

    def focus_grid(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            first_session = self.proxy.mapFromSource(self.model.index(0, FIRST_SESSION))
            self.view.setCurrentIndex(first_session)

    # -- marking ----------------------------------------------------------------------------

    def selected_cells(self) -> list[QModelIndex]:
        cells = [self.proxy.mapToSource(i) for i in self.view.selectionModel().selectedIndexes()]
        if not cells and self.view.currentIndex().isValid():
            cells = [self.proxy.mapToSource(self.view.currentIndex())]
        return [c for c in cells if c.column() >= FIRST_SESSION]

    def mark_selection(self, how: Callable[[Mark | None], Mark | None], advance: bool) -> None:
        cells = self.selected_cells()
        current = self.view.currentIndex()
        # the row below in what the coordinator sees, fixed before a re-sort can move it
        below = self.proxy.mapToSource(current.siblingAtRow(current.row() + 1))
        changes = [
            change
            for c in cells
            if (
                change := self.model.change_for(
                    c.row(), c.column(), how(self.model.mark_at(c.row(), c.column()))
                )
            )
        ]
        self.apply(changes, self.tr("Mark attendance"))
        if advance and len(cells) == 1 and below.isValid():
            self.view.setCurrentIndex(
                self.proxy.mapFromSource(self.model.index(below.row(), cells[0].column()))
            )

    def apply(self, changes: list[MarkChange], text: str) -> None:
        """Record changes as one undoable step (skipping cells that already hold them, and
        marks on cancelled sessions)."""
        if refused_read_only(self):
            return
        cancelled = {s.id for s in self.model.sessions if s.cancelled}
        if any(c.session_id in cancelled and c.mark is not None for c in changes):
            self.workspace.announce(
                self.tr(
                    "That session is cancelled; it is not marked. Edit the session to un-cancel it."
                )
            )
            changes = [c for c in changes if not (c.session_id in cancelled and c.mark)]
        changes = [c for c in changes if self.model.current_change(c) != c]
        if not changes:
            return
        old = [self.model.current_change(c) for c in changes]
        self.undo_stack.push(MarkCommand(self, changes, old, text))

    def mark_token(self) -> int:
        """Taken when a reload is asked for; see :meth:`show_grid`."""
        return self._sent_count

    def show_and_save(self, changes: list[MarkChange]) -> None:
        self._sent_count += 1
        self._sent.append((self._sent_count, changes))
        del self._sent[:-500]  # a reload is never that far behind
        self.model.apply(changes)
        self.view.horizontalHeader().viewport().update()
        self._update_summary()
        self.marks_changed.emit()

        def failed(exc: KohortError) -> None:
            # Later marks queued behind this one fail the same way: one message, one reload.
            if self._reloading_after_failure:
                return
            self._reloading_after_failure = True
            self.undo_stack.clear()  # the screen no longer matches the file: reload it
            self.workspace.report(
                self,
                KohortError(
                    self.tr(
                        "The last marks were not saved, and the grid now shows what is saved. {why}"
                    ).format(why=exc)
                ),
                None,
            )
            self.reload_requested.emit()

        # quiet: the grid shows its marks already; the views that count them follow when
        # the coordinator leaves the grid (CohortPage releases the changes)
        self.workspace.write(
            self,
            lambda s: attendance.set_marks(s, changes),
            changes=Changes(marks=True),
            failed=failed,
            quiet=True,
        )

    def edit_note(self) -> None:
        cells = self.selected_cells()
        if len(cells) == 1:
            self.edit_note_at(cells[0].row(), cells[0].column())

    def edit_note_at(self, row: int, column: int) -> None:
        if refused_read_only(self):
            return
        mark = self.model.mark_at(row, column)
        if mark is None:
            self.workspace.announce(self.tr("Mark the session first, then add a note."))
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Note"), self.tr("Note for this mark:"), text=mark.note or ""
        )
        if ok:
            change = self.model.change_for(row, column, Mark(mark.status, text.strip() or None))
            if change is not None:
                self.apply([change], self.tr("Edit note"))

    # -- roll call, report ------------------------------------------------------------------

    def roll_call(self) -> None:
        from ui.dialogs.rollcall_dialog import RollCallDialog

        if self.model.grid is None or not self.model.sessions:
            self.workspace.announce(self.tr("Add sessions first."))
            return
        RollCallDialog.run(self)

    def export_report(self) -> None:
        if self.model.grid is None:
            return
        cohort = self.model.grid.cohort_name if self.model.grid else ""
        path = files.choose_export_file(
            self,
            self.tr("Attendance – {cohort}").format(cohort=cohort),
            self.tr("Export attendance"),
        )
        if path is not None:
            self.save_report(path)

    def save_report(self, path: Path) -> None:
        grid = self.model.grid
        if grid is None:
            return

        def work(s: DbSession) -> int:
            from app.services.attendance_report import export_attendance  # on first use

            return export_attendance(s, grid.cohort_id, path, today=grid.today)

        self.workspace.read(
            self,
            work,
            lambda n: self.workspace.announce(
                self.tr("Saved the attendance report (%n row(s)) to {path}.", "", n).format(
                    path=path
                )
            ),
        )
