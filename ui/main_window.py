"""The main window: programmes and their cohorts on the left, the chosen cohort on the right."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.db import Database
from app.errors import KohortError
from app.services import cohorts, demo, enrollments, programs, sessions
from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.programs import ProgramInfo
from app.services.sessions import SessionInfo
from ui import msgbox
from ui.cohort_page import CohortPage
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

COHORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CohortView:
    cohort: CohortInfo
    sessions: list[SessionInfo]
    participants: list[ParticipantInfo]


def load_programmes(db: Database) -> list[tuple[ProgramInfo, list[CohortInfo]]]:
    with db.read() as session:
        found = cohorts.list_cohorts(session)
        return [
            (p, [c for c in found if c.program_id == p.id]) for p in programs.list_programs(session)
        ]


def load_cohort_view(db: Database, cohort_id: int, today: dt.date) -> CohortView:
    with db.read() as session:
        return CohortView(
            cohorts.get_cohort(session, cohort_id),
            sessions.list_sessions(session, cohort_id),
            enrollments.list_participants(session, cohort_id, today=today),
        )


def create_demo(db: Database) -> demo.DemoResult:
    with db.write() as session:
        return demo.create_demo(session)


class MainWindow(QMainWindow):
    """Dependencies come in: the open database, the task runner and the UI-state settings."""

    PAGE_EMPTY, PAGE_COHORT = range(2)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        settings: QSettings,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.runner = runner
        self.settings = settings
        self._fixed_today = today  # tests pin the date; the app follows the calendar
        self.setWindowTitle(f"{APP_NAME} — {db.path.name}")
        self.loaded_programmes: list[tuple[ProgramInfo, list[CohortInfo]]] = []

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.cohort_page = CohortPage()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Create the &demo programme"))
        self.demo_button.clicked.connect(self.create_demo)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(self.cohort_page)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=db.path))
        self._build_menus()
        self._restore_geometry()
        self._show_empty(self.tr("Loading…"), offer_demo=False)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = file_menu.addAction(self.tr("&Refresh"), self.refresh)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Kohort"), self._about)

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About Kohort"),
            self.tr(
                "Kohort {version}\nLeadership programmes, from roll call to diploma.\n\n"
                "Database: {path}"
            ).format(version=__version__, path=self.db.path),
        )

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # -- loading -----------------------------------------------------------------------

    def refresh(self, *, offer_demo: bool = False) -> None:
        """Reload the sidebar; on an empty database, optionally offer the demo."""

        def done(result: list[tuple[ProgramInfo, list[CohortInfo]]]) -> None:
            self._fill_tree(result)
            if (
                not result
                and offer_demo
                and msgbox.question(
                    self,
                    self.tr("Welcome to Kohort"),
                    self.tr(
                        "This database is empty. Create a demo programme to look around?\n"
                        "You can delete it later."
                    ),
                )
            ):
                self.create_demo()

        self.runner.run(lambda: load_programmes(self.db), done, self._report_error)

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)

        def done(result: demo.DemoResult) -> None:
            self.demo_button.setEnabled(True)
            self.statusBar().showMessage(self.tr("Demo programme created."), 5000)
            if result.cohort_ids:
                self.settings.setValue("workspace/cohort", result.cohort_ids[0])
            self.refresh()

        self.runner.run(lambda: create_demo(self.db), done, self._report_error)

    def _fill_tree(self, result: list[tuple[ProgramInfo, list[CohortInfo]]]) -> None:
        self.loaded_programmes = result
        self.tree_model.clear()
        wanted = self.settings.value("workspace/cohort", None)
        select: QModelIndex | None = None
        bold = QFont()
        bold.setBold(True)
        for program, program_cohorts in result:
            program_item = QStandardItem(program.name)
            program_item.setFont(bold)
            program_item.setToolTip(program.description or program.name)
            self.tree_model.appendRow(program_item)
            for cohort in program_cohorts:
                item = QStandardItem(cohort.name)
                item.setData(cohort.id, COHORT_ID_ROLE)
                program_item.appendRow(item)
                if select is None or str(cohort.id) == str(wanted):
                    select = item.index()
        self.tree.expandAll()
        if select is not None:
            self.tree.setCurrentIndex(select)
        elif result:
            self._show_empty(self.tr("This programme has no cohorts yet."), offer_demo=False)
        else:
            self._show_empty(
                self.tr("There are no programmes in this database yet."), offer_demo=True
            )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cohort_id = current.data(COHORT_ID_ROLE) if current.isValid() else None
        if cohort_id is None:
            if current.isValid():
                self._show_empty(self.tr("Choose a cohort."), offer_demo=False)
            return
        self.settings.setValue("workspace/cohort", int(cohort_id))
        self.runner.run(
            lambda: load_cohort_view(self.db, int(cohort_id), self.today),
            self._show_cohort,
            self._report_error,
        )

    def _show_cohort(self, view: CohortView) -> None:
        current = self.tree.currentIndex().data(COHORT_ID_ROLE)
        if current is not None and int(current) != view.cohort.id:
            return  # the user moved on while this was loading
        self.cohort_page.show_cohort(view.cohort, view.sessions, view.participants)
        self.pages.setCurrentIndex(self.PAGE_COHORT)

    def _show_empty(self, text: str, *, offer_demo: bool) -> None:
        self.empty_label.setText(text)
        self.demo_button.setVisible(offer_demo)
        self.pages.setCurrentIndex(self.PAGE_EMPTY)

    def _report_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KohortError):
            raise exc  # a bug: to the crash handler
        self.demo_button.setEnabled(True)
        msgbox.error(self, self.tr("Kohort"), str(exc))

    # -- window state (kept apart from user data) ---------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.runner.wait()
        super().closeEvent(event)
