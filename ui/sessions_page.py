"""The schedule of a cohort: add, edit, duplicate, series, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import sessions, signin
from app.services.cohorts import CohortInfo
from app.services.sessions import SessionFields, SessionInfo
from diplomas.signin_sheet_model import SigninSheet
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.session_dialog import SeriesDialog, SessionDialog
from ui.table_models import ROW_ROLE, SORT_ROLE, RowSortProxy, SessionTableModel
from ui.views import action, table_view
from ui.workspace import Workspace, retrying


class SessionsPage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = ("add_action", "series_action", "edit_action", "duplicate_action", "delete_action")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort: CohortInfo | None = None
        self.focus_areas: tuple[str, ...] = ()
        self.model = SessionTableModel(self)
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.edit_session())

        self.add_action = action(
            self, self.tr("&Add session…"), self.add_session, QKeySequence.StandardKey.New
        )
        self.series_action = action(self, self.tr("Add &series…"), self.add_series, "Ctrl+Shift+N")
        self.edit_action = action(self, self.tr("&Edit…"), self.edit_session, "F2")
        self.duplicate_action = action(
            self, self.tr("&Duplicate…"), self.duplicate_session, "Ctrl+D"
        )
        self.signin_action = action(self, self.tr("Sign-in s&heet…"), self.signin_sheet, "Ctrl+P")
        self.badges_action = action(self, self.tr("Name &badges…"), self.name_badges, "Ctrl+B")
        self.delete_action = action(
            self, self.tr("De&lete"), self.delete_session, QKeySequence.StandardKey.Delete
        )
        toolbar = QToolBar()
        for item in (
            self.add_action,
            self.series_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            toolbar.addAction(item)
        toolbar.addSeparator()
        toolbar.addAction(self.signin_action)
        toolbar.addAction(self.badges_action)
        self.view.addActions(
            [self.edit_action, self.duplicate_action, self.signin_action, self.delete_action]
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)
        self._update_actions()

    def show_sessions(
        self, cohort: CohortInfo, rows: list[SessionInfo], focus_areas: tuple[str, ...]
    ) -> None:
        self.cohort = cohort
        self.focus_areas = focus_areas
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._update_actions()

    def selected(self) -> SessionInfo | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, SessionInfo) else None

    def _update_actions(self) -> None:
        has = self.selected() is not None
        for item in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.signin_action,
        ):
            item.setEnabled(has)
        self.add_action.setEnabled(self.cohort is not None)
        self.series_action.setEnabled(self.cohort is not None)
        self.badges_action.setEnabled(self.cohort is not None)

    def _next_date(self) -> dt.date:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        if rows:
            return max(r.last_date for r in rows) + dt.timedelta(weeks=4)
        if self.cohort and self.cohort.start_date:
            return self.cohort.start_date
        return dt.date.today()

    def add_session(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return
        retrying(
            lambda values, error: SessionDialog.ask(self, values, self.focus_areas, error),
            lambda fields, failed: self.workspace.write(
                self,
                lambda s: sessions.create_session(s, cohort.id, fields),
                changes=Changes(sessions=True),
                failed=failed,
                message=self.tr("Session added."),
            ),
            None if not self.model.rowCount() else SessionFields("", self._next_date()),
        )

    def add_series(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return
        first = (
            cohort.start_date
            if not self.model.rowCount() and cohort.start_date
            else self._next_date()
        )
        request = SeriesDialog.ask(self, self.focus_areas, first_date=first)
        if request is None:
            return
        self.workspace.write(
            self,
            lambda s: sessions.create_series(
                s, cohort.id, request.template, count=request.count, every_days=request.every_days
            ),
            changes=Changes(sessions=True),
            message=self.tr("%n session(s) added.", "", request.count),
        )

    def edit_session(self) -> None:
        current = self.selected()
        if current is None:
            return
        retrying(
            lambda values, error: SessionDialog.ask(self, values, self.focus_areas, error),
            lambda fields, failed: self.workspace.write(
                self,
                lambda s: sessions.update_session(s, current.id, fields, version=current.version),
                changes=Changes(sessions=True),
                failed=failed,
                message=self.tr("Session saved."),
            ),
            sessions.fields_of(current),
        )

    def duplicate_session(self) -> None:
        current = self.selected()
        if current is None:
            return
        fields = SessionDialog.ask(
            self,
            replace(sessions.fields_of(current), date=self._next_date(), cancelled=False),
            self.focus_areas,
        )
        if fields is None:
            return
        cohort_id = current.cohort_id
        self.workspace.write(
            self,
            lambda s: sessions.create_session(s, cohort_id, fields),
            changes=Changes(sessions=True),
            message=self.tr("Session duplicated."),
        )

    def delete_session(self) -> None:
        current = self.selected()
        if current is None:
            return
        if not msgbox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete “{title}” on {date}?").format(
                title=current.title, date=current.date.isoformat()
            ),
        ):
            return
        self.workspace.write(
            self,
            lambda s: sessions.delete_session(s, current.id),
            changes=Changes(sessions=True, marks=True),  # its marks go with it
            message=self.tr("Session deleted."),
        )

    def signin_sheet(self) -> None:
        current = self.selected()
        if current is None:
            return
        path = files.choose_pdf_file(
            self,
            self.tr("Sign-in sheet – {title} {date}").format(
                title=current.title, date=current.date.isoformat()
            ),
        )
        if path is None:
            return
        self.save_signin_sheet(current.id, path)

    def save_signin_sheet(self, session_id: int, path: Path) -> None:
        def done(sheet: SigninSheet) -> None:
            self.workspace.announce(
                self.tr("Sign-in sheet saved: {path} (%n name(s)).", "", len(sheet.rows)).format(
                    path=path
                )
            )
            files.open_file(self, path)

        self.workspace.read(self, lambda s: signin.write_signin_sheet(s, session_id, path), done)

    def name_badges(self) -> None:
        """Name badges or table cards for the cohort (or the selected session's people)."""
        if self.cohort is None:
            return
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        current = self.selected()
        from ui.badges_actions import make_badges  # on first use

        make_badges(self, self.workspace, self.cohort, rows, current.id if current else None)
