"""The main window: programmes and their cohorts on the left, the chosen cohort on the right.

Window first, then data: built without a database the window is a shell (its menus, an
empty sidebar, "Opening the database…", the status bar) made of Qt and light modules only,
so it is on screen about as fast as any small Qt app; :meth:`MainWindow.attach` fills it
once the database is open (ui.window_start opens it on the worker). Until then the actions
that need the database are disabled. The cohort page's module (and with it every tab's) is
imported when a cohort is first shown, each dialog's when it is first asked for.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.changes import Changes
from ui import msgbox, ui_state
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.db import Database
    from app.services.cohorts import CohortInfo
    from app.services.programs import ProgramInfo
    from ui.auto_backup import AutoBackup
    from ui.checkout_actions import CheckoutActions
    from ui.cohort_page import CohortPage
    from ui.cohort_view import CohortView, Read
    from ui.damage_state import DamageState
    from ui.file_actions import FileActions
    from ui.sidebar import Sidebar
    from ui.team_changes import TeamChanges
    from ui.workspace import Workspace

log = logging.getLogger(__name__)

__all__ = ["MainWindow"]  # and COHORT_ID_ROLE, the sidebar's: see __getattr__


# Until the first paint, the window does without Python's ``Qt`` namespace: building its
# ~90 enum classes takes 15–30 ms, as long as the rest of the shell. So the shell's few
# enum values go through Qt's property system (:func:`_set`), which takes plain values.
ALIGN_CENTER = 0x0084  # Qt::AlignCenter


def _set(widget: QObject, name: str, value: object) -> None:
    """``widget``'s Qt property ``name``: ``setProperty`` converts ``value`` in C++, where
    the typed setter would look up its overloads' types in the ``Qt`` namespace."""
    widget.setProperty(name, value)


def _shortcut(action: QAction, keys: QKeySequence.StandardKey | str) -> None:
    _set(action, "shortcut", QKeySequence(keys))


def __getattr__(name: str) -> object:
    """``COHORT_ID_ROLE`` is the sidebar's: imported from it when first asked for."""
    if name == "COHORT_ID_ROLE":
        from ui.sidebar import COHORT_ID_ROLE

        return COHORT_ID_ROLE
    raise AttributeError(name)


def load_cohort_view(db: Database, cohort_id: int, today: dt.date, reads: Read) -> CohortView:
    """On the worker: everything :class:`CohortPage` shows of a cohort (ui.cohort_view,
    imported there on first use)."""
    from ui.cohort_view import load_cohort_view as load

    return load(db, cohort_id, today, reads)


class MainWindow(QMainWindow):
    """Dependencies come in: the open database (or None: the shell, filled by
    :meth:`attach`), the task runner and the UI-state settings."""

    PAGE_EMPTY, PAGE_COHORT = range(2)
    opened = Signal()  # attach() is done: the database is open, the sidebar loading

    # Set by attach(): the window's parts that work on the database.
    db: Database
    workspace: Workspace
    sidebar: Sidebar
    damage_state: DamageState
    team_changes: TeamChanges  # on a team database: what others change
    checkout_actions: CheckoutActions  # taking a cohort along offline, and back
    file_actions: FileActions
    auto_backup: AutoBackup
    programme_menu: QMenu  # the sidebar's, once attached
    _needs_database: list[QAction]  # disabled until the database is open

    def __init__(
        self,
        db: Database | None,
        runner: TaskRunner,
        settings: QSettings,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.runner = runner
        self.settings = settings
        self._fixed_today = today  # tests pin the date; the app follows the calendar
        self.is_open = False  # attach() has run
        self.filled = False  # the sidebar has shown the database's programmes once
        self._cohort_page: CohortPage | None = None
        self.loaded_programmes: list[tuple[ProgramInfo, list[CohortInfo]]] = []
        self._offer_demo = False
        self.setWindowTitle(APP_NAME)

        self.empty_label = QLabel()
        _set(self.empty_label, "alignment", ALIGN_CENTER)
        self.empty_label.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Create the &demo programme"))
        self.demo_button.clicked.connect(self.create_demo)
        self.new_programme_button = QPushButton(self.tr("&New programme…"))
        self.new_programme_button.clicked.connect(lambda: self.sidebar.new_programme())
        self.new_cohort_button = QPushButton(self.tr("New &cohort…"))
        self.new_cohort_button.clicked.connect(lambda: self.sidebar.new_cohort())
        empty = QWidget()
        self._empty_layout = QVBoxLayout(empty)
        self._empty_layout.addStretch()
        self._empty_layout.addWidget(self.empty_label)
        for button in self._empty_buttons():  # hidden until attach() centres them
            self._empty_layout.addWidget(button)
        self._empty_layout.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)  # the cohort page joins it when first shown

        self.splitter = QSplitter()
        placeholder = QTreeView()  # the sidebar, empty until the database is open
        placeholder.setHeaderHidden(True)
        self.splitter.addWidget(placeholder)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        self.setCentralWidget(self.splitter)
        self.statusBar()  # there from the start: filling the window does not move its parts
        self._build_menus()
        self._restore_geometry()
        self._show_empty(self.tr("Opening the database…"), offer_demo=False)
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Fill the shell with the open database ``db``: the sidebar, the File menu's work
        on files, the damaged state, the automatic backups. The caller then refreshes."""
        from PySide6.QtCore import Qt

        from ui.auto_backup import AutoBackup
        from ui.checkout_actions import CheckoutActions
        from ui.damage_state import DamageState
        from ui.file_actions import FileActions
        from ui.form_actions import add_form_actions
        from ui.sidebar import Sidebar
        from ui.team_changes import TeamChanges
        from ui.workspace import Workspace

        self.db = db
        self.workspace = Workspace(db, self.runner, self)
        if self._fixed_today is not None:
            today = self._fixed_today
            self.workspace.today = lambda: today
        self.workspace.ui_state = self.settings
        self.workspace.status_bar = self.statusBar()
        self.workspace.changed.connect(self.reload_changed)

        self.sidebar = Sidebar(self.workspace, self.settings)
        self.sidebar.cohort_chosen.connect(self._load_cohort)
        self.sidebar.loaded.connect(self._after_load)
        self.tree = self.sidebar.tree
        self.tree_model = self.sidebar.model
        placeholder = self.splitter.replaceWidget(0, self.sidebar)
        if placeholder is not None:
            placeholder.deleteLater()
        self.menuBar().insertMenu(self.programme_menu.menuAction(), self.sidebar.menu)
        self.menuBar().removeAction(self.programme_menu.menuAction())
        self.programme_menu.deleteLater()
        self.programme_menu = self.sidebar.menu

        self.damage_state = DamageState(self)  # before FileActions: it sets the title
        self.team_changes = TeamChanges(self)  # before FileActions: it follows the database
        self.checkout_actions = CheckoutActions(self)  # before FileActions: it follows too
        self.file_actions = FileActions(self, self.settings)  # sets the title, status bar
        its_items = QMenu()
        self.file_actions.add_to(its_items)
        self.checkout_actions.add_to(its_items)
        add_form_actions(self, its_items)
        for item in its_items.actions():  # at the top of the File menu
            self.file_menu.insertAction(self._file_actions_anchor, item)
        self.auto_backup = AutoBackup(self)  # run_gui starts its daily checks
        self.workspace.on_damaged = self.file_actions.offer_restore
        for item in self._needs_database:
            item.setEnabled(True)
        for button in self._empty_buttons():
            self._empty_layout.setAlignment(button, Qt.AlignmentFlag.AlignHCenter)
        self.is_open = True
        self._show_empty(self.tr("Loading…"), offer_demo=False)
        self.opened.emit()

    @property
    def cohort_page(self) -> CohortPage:
        """The page of the chosen cohort, built (and its module imported) when first needed."""
        if self._cohort_page is None:
            from ui.cohort_page import CohortPage

            page = CohortPage(self.workspace)
            page.reload_requested.connect(self._reload_current)
            page.rule_requested.connect(self.sidebar.edit_selected)
            self.pages.addWidget(page)
            self._cohort_page = page
        return self._cohort_page

    def _empty_buttons(self) -> tuple[QPushButton, ...]:
        return (self.new_programme_button, self.new_cohort_button, self.demo_button)

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _build_menus(self) -> None:
        """The menus as they are before the database is open: what needs it is disabled,
        and the File menu's work on files joins at the top in :meth:`attach`."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self._file_actions_anchor = file_menu.addSeparator()
        refresh = file_menu.addAction(self.tr("Re&fresh"), self.refresh)
        _shortcut(refresh, QKeySequence.StandardKey.Refresh)
        verify = file_menu.addAction(self.tr("&Verify a diploma…"), self.verify_diploma)
        _shortcut(verify, "Ctrl+Shift+V")
        self.retention_action = file_menu.addAction(self.tr("Rete&ntion…"), self.review_retention)
        file_menu.addSeparator()
        preferences = file_menu.addAction(self.tr("Pr&eferences…"), self.edit_preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu
        _shortcut(
            preferences,
            QKeySequence(QKeySequence.StandardKey.Preferences).toString() or "Ctrl+,",
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        _shortcut(quit_action, QKeySequence.StandardKey.Quit)
        # The sidebar's menu takes its place in attach(); until then, a disabled title.
        self.programme_menu = self.menuBar().addMenu(
            QCoreApplication.translate("Sidebar", "&Programme")
        )
        self.programme_menu.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("&User guide"), self._show_guide)
        _shortcut(self.guide_action, QKeySequence.StandardKey.HelpContents)  # F1
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About Kohort"), self._about)  # says the file
        self._needs_database = [refresh, verify, self.retention_action, about]
        for item in self._needs_database:
            item.setEnabled(False)

    def _show_guide(self) -> None:
        from ui.dialogs.guide_dialog import GuideDialog

        GuideDialog.show_guide(self)

    def verify_diploma(self) -> None:
        """Whose diploma a code is, and whether it holds (also without a cohort chosen)."""
        from PySide6.QtCore import Qt

        from ui.dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self, self.workspace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def review_retention(self) -> None:
        from ui.dialogs.retention_dialog import RetentionDialog

        RetentionDialog.show_for(self, self.workspace)

    def edit_preferences(self) -> None:
        """The interface language for the next start (it needs every window built anew),
        and the second backup folder."""
        from app.interface_language import choose_interface_language
        from ui import i18n
        from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog

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
            self.statusBar().showMessage(
                self.tr("Saved. The new language applies when Kohort restarts."), 8000
            )

    def _about(self) -> None:
        msgbox.information(
            self,
            self.tr("About Kohort"),
            self.tr(
                "Kohort {version}\nLeadership programmes, from roll call to diploma.\n\n"
                "Database: {path}"
            ).format(version=__version__, path=self.db.location),
        )

    # -- loading -----------------------------------------------------------------------

    def refresh(self, *, offer_demo: bool = False) -> None:
        """Reload the sidebar (and so the chosen cohort); on an empty database, optionally
        offer the demo."""
        self._offer_demo = offer_demo
        self.sidebar.reload()

    def reload_changed(self, changes: Changes) -> None:
        """After a write: read again what shows ``changes``, and only that."""
        from ui.cohort_view import Read, reads_for

        reads = reads_for(changes)
        if Read.SIDEBAR in reads:
            self.sidebar.reload()  # and with it all of the chosen cohort
        elif reads:
            self._reload_current(reads)

    def _after_load(self, result: list[tuple[ProgramInfo, list[CohortInfo]]]) -> None:
        self.loaded_programmes = result
        self.filled = True
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
        from app.services import demo

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

    def _load_cohort(self, cohort_id: int, reads: Read | None = None) -> None:
        from ui.cohort_view import Read

        page = self._cohort_page  # None until a cohort is first shown: built with it
        shown = page.view if page is not None else None
        if reads is None or shown is None or shown.cohort_id != cohort_id:
            reads = Read.COHORT  # a part can only be laid over the same cohort
        token = page.mark_token() if page is not None else None
        today = self.today

        def load() -> CohortView:
            view = load_cohort_view(self.db, cohort_id, today, reads)
            if page is None:  # the page's modules, imported here rather than on the UI thread
                import ui.cohort_page  # noqa: F401
                import ui.overview_page  # noqa: F401  (the tab in view on a new page)

            return view

        self.runner.run(load, lambda view: self._show_cohort(view, token), self._cohort_failed)

    def _reload_current(self, reads: Read | None = None) -> None:
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
        self.cohort_page.set_checkout(self.sidebar.checkouts.get(view.cohort_id))
        self.cohort_page.show_cohort(view, token)
        self.pages.setCurrentIndex(self.PAGE_COHORT)

    def _show_empty(self, text: str, *, offer_demo: bool) -> None:
        self.empty_label.setText(text)
        self.demo_button.setVisible(offer_demo)
        self.new_programme_button.setVisible(self.is_open)
        self.new_cohort_button.setVisible(
            self.is_open and self.sidebar.current_program() is not None
        )
        self.pages.setCurrentIndex(self.PAGE_EMPTY)

    # -- window state (kept apart from user data) ---------------------------------------

    def _restore_geometry(self) -> None:
        geometry = ui_state.WINDOW_GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the first start
            from ui.screen_fit import fit_on_screen

            fit_on_screen(self, 1200, 760)
        state = ui_state.WINDOW_STATE.read(self.settings)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        ui_state.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        ui_state.WINDOW_STATE.write(self.settings, self.saveState())
        self.settings.sync()
        if self.is_open:
            self.auto_backup.timer.stop()
            self.team_changes.stop()
        self.hide()  # what is still running (a backup, a write) is waited for out of sight
        # Long work (issuing, printing to a file) is cancelled and rolled back; a short
        # write is waited for, so the last thing the user did is saved.
        self.runner.shutdown()
        super().closeEvent(event)

    def _index_of(self, cohort_id: int) -> QModelIndex | None:
        return self.sidebar.index_of(cohort_id)
