"""The main window: programmes and their cohorts on the left, the chosen cohort on the right."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.changes import Changes
from app.db import Database
from app.interface_language import choose_interface_language
from app.services import demo
from app.services.cohorts import CohortInfo
from app.services.programs import ProgramInfo
from ui import i18n, msgbox, ui_state
from ui.auto_backup import AutoBackup
from ui.cohort_page import CohortPage
from ui.cohort_view import CohortView, Read, load_cohort_view, reads_for
from ui.damage_state import DamageState
from ui.dialogs.base import fit_on_screen
from ui.dialogs.guide_dialog import GuideDialog
from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from ui.dialogs.retention_dialog import RetentionDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.file_actions import FileActions
from ui.sidebar import COHORT_ID_ROLE, Sidebar
from ui.tasks import TaskRunner
from ui.workspace import Workspace

log = logging.getLogger(__name__)

__all__ = ["COHORT_ID_ROLE", "MainWindow"]


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
        self.workspace = Workspace(db, runner, self)
        if today is not None:
            self.workspace.today = lambda: today
        self.workspace.ui_state = settings
        self.workspace.status_bar = self.statusBar()
        self.workspace.changed.connect(self.reload_changed)

        self.sidebar = Sidebar(self.workspace, settings)
        self.sidebar.cohort_chosen.connect(self._load_cohort)
        self.sidebar.loaded.connect(self._after_load)
        self.tree = self.sidebar.tree
        self.tree_model = self.sidebar.model
        self.loaded_programmes: list[tuple[ProgramInfo, list[CohortInfo]]] = []

        self.cohort_page = CohortPage(self.workspace)
        self.cohort_page.reload_requested.connect(self._reload_current)
        self.cohort_page.attendance.rule_requested.connect(self.sidebar.edit_selected)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Create the &demo programme"))
        self.demo_button.clicked.connect(self.create_demo)
        self.new_programme_button = QPushButton(self.tr("&New programme…"))
        self.new_programme_button.clicked.connect(self.sidebar.new_programme)
        self.new_cohort_button = QPushButton(self.tr("New &cohort…"))
        self.new_cohort_button.clicked.connect(self.sidebar.new_cohort)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.new_programme_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.new_cohort_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(self.cohort_page)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)
        self.damage_state = DamageState(self)  # before the menus: they set the title
        self._build_menus()
        self.auto_backup = AutoBackup(self)  # run_gui starts its daily checks
        self.workspace.on_damaged = self.file_actions.offer_restore
        self._restore_geometry()
        self._show_empty(self.tr("Loading…"), offer_demo=False)
        self._offer_demo = False

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_actions = FileActions(self, self.settings)  # sets the title, status bar
        self.file_actions.add_to(file_menu)
        file_menu.addSeparator()
        refresh = file_menu.addAction(self.tr("Re&fresh"), self.refresh)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        verify = file_menu.addAction(self.tr("&Verify a diploma…"), self.verify_diploma)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.retention_action = file_menu.addAction(self.tr("Rete&ntion…"), self.review_retention)
        file_menu.addSeparator()
        preferences = file_menu.addAction(self.tr("Pr&eferences…"), self.edit_preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu
        preferences.setShortcut(
            QKeySequence(QKeySequence.StandardKey.Preferences).toString() or "Ctrl+,"
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.menuBar().addMenu(self.sidebar.menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(
            self.tr("&User guide"), lambda: GuideDialog.show_guide(self)
        )
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About Kohort"), self._about)

    def verify_diploma(self) -> None:
        """Whose diploma a code is, and whether it holds (also without a cohort chosen)."""
        dialog = VerifyDialog(self, self.workspace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def review_retention(self) -> None:
        RetentionDialog.show_for(self, self.workspace)

    def edit_preferences(self) -> None:
        """The interface language for the next start (it needs every window built anew),
        and the second backup folder."""
        current = Preferences(
            ui_state.INTERFACE_LANGUAGE.read(self.settings),
            ui_state.SECOND_BACKUP_FOLDER.read(self.settings),
        )
        system = choose_interface_language(system=i18n.system_languages()).language
        chosen = PreferencesDialog.ask(self, current, system)
        if chosen is None or chosen == current:
            return
        ui_state.INTERFACE_LANGUAGE.write(self.settings, chosen.language)
        ui_state.SECOND_BACKUP_FOLDER.write(self.settings, chosen.second_backup_folder)
        self.settings.sync()
        if chosen.language != current.language:
            self.workspace.announce(
                self.tr("Saved. The new language applies when Kohort restarts.")
            )

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About Kohort"),
            self.tr(
                "Kohort {version}\nLeadership programmes, from roll call to diploma.\n\n"
                "Database: {path}"
            ).format(version=__version__, path=self.db.path),
        )

    # -- loading -----------------------------------------------------------------------

    def refresh(self, *, offer_demo: bool = False) -> None:
        """Reload the sidebar (and so the chosen cohort); on an empty database, optionally
        offer the demo."""
        self._offer_demo = offer_demo
        self.sidebar.reload()

    def reload_changed(self, changes: Changes) -> None:
        """After a write: read again what shows ``changes``, and only that."""
        reads = reads_for(changes)
        if Read.SIDEBAR in reads:
            self.sidebar.reload()  # and with it all of the chosen cohort
        elif reads:
            self._reload_current(reads)

    def _after_load(self, result: list[tuple[ProgramInfo, list[CohortInfo]]]) -> None:
        self.loaded_programmes = result
        if self.sidebar.current_cohort_id() is not None:
            return
        if result:
            self._show_empty(
                self.tr("Choose a cohort on the left, or create one."), offer_demo=False
            )
            return
        self._show_empty(self.tr("There are no programmes in this database yet."), offer_demo=True)
        if self._offer_demo and msgbox.offer(
            self,
            self.tr("Welcome to Kohort"),
            self.tr(
                "This database is empty. Create a demo programme to look around?\n"
                "You can archive it later (Programme ▸ Archive)."
            ),
        ):
            self.create_demo()
        self._offer_demo = False

    def create_demo(self) -> None:
        self.demo_button.setEnabled(False)

        def done(result: demo.DemoResult) -> None:
            self.demo_button.setEnabled(True)
            if result.cohort_ids:
                ui_state.CHOSEN_COHORT.write(self.settings, result.cohort_ids[0])

        self.workspace.write(
            self,
            demo.create_demo,
            changes=Changes.everything(),
            done=done,
            message=self.tr("Demo programme created."),
        )

    def _load_cohort(self, cohort_id: int, reads: Read = Read.COHORT) -> None:
        shown = self.cohort_page.view
        if shown is None or shown.cohort_id != cohort_id:
            reads = Read.COHORT  # a part can only be laid over the same cohort
        token = self.cohort_page.attendance.mark_token()
        today = self.today
        self.runner.run(
            lambda: load_cohort_view(self.db, cohort_id, today, reads),
            lambda view: self._show_cohort(view, token),
            self._cohort_failed,
        )

    def _reload_current(self, reads: Read = Read.COHORT) -> None:
        cohort_id = self.sidebar.current_cohort_id()
        if cohort_id is not None:
            self._load_cohort(cohort_id, reads)

    def _cohort_failed(self, exc: BaseException) -> None:
        self.workspace.report(self, exc, None)
        if self.db.damaged is not None:  # the cohort stays chosen: say why it is not shown
            self._show_empty(
                self.tr(
                    "This cohort cannot be read: the database is damaged. Restore a backup "
                    "with File ▸ Restore from backup…"
                ),
                offer_demo=False,
            )
            return
        self._show_empty(self.tr("Choose a cohort on the left."), offer_demo=False)

    def _show_cohort(self, view: CohortView, token: int | None = None) -> None:
        if self.sidebar.current_cohort_id() != view.cohort_id:
            return  # the user moved on while this was loading
        self.cohort_page.show_cohort(view, token)
        self.pages.setCurrentIndex(self.PAGE_COHORT)

    def _show_empty(self, text: str, *, offer_demo: bool) -> None:
        self.empty_label.setText(text)
        self.demo_button.setVisible(offer_demo)
        self.new_cohort_button.setVisible(self.sidebar.current_program() is not None)
        self.pages.setCurrentIndex(self.PAGE_EMPTY)

    # -- window state (kept apart from user data) ---------------------------------------

    def _restore_geometry(self) -> None:
        geometry = ui_state.WINDOW_GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_on_screen(self, 1200, 760)
        state = ui_state.WINDOW_STATE.read(self.settings)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        ui_state.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        ui_state.WINDOW_STATE.write(self.settings, self.saveState())
        self.settings.sync()
        self.auto_backup.timer.stop()
        self.hide()  # what is still running (a backup, a write) is waited for out of sight
        # Long work (issuing, printing to a file) is cancelled and rolled back; a short
        # write is waited for, so the last thing the user did is saved.
        self.runner.shutdown()
        super().closeEvent(event)

    def _index_of(self, cohort_id: int) -> QModelIndex | None:
        return self.sidebar.index_of(cohort_id)
