"""The File menu's work on whole database files: Backup…, Open another database…, Open recent.

The list of recently opened databases is UI state (QSettings beside the window geometry),
never user data: it says where files are, not what they hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from app import APP_NAME
from app.backup import backup_database
from app.db import Database, open_database
from app.errors import KohortError
from ui import cloud_warning, msgbox, ui_state
from ui.dialogs import files

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RECENT_KEY = "files/recent-databases"
BACKUP_FOLDER_KEY = "files/backup-folder"
RECENT_MAX = 8


class FileActions(QObject):
    """Built by the main window; adds its actions to the File menu with :meth:`add_to`."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.open_action = QAction(self.tr("&Open another database…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_another)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.backup_action = QAction(self.tr("&Backup…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup)
        self._show_database(window.db)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.backup_action)

    # -- backup ---------------------------------------------------------------------------

    def backup(self) -> None:
        source = self.window.db.path
        folder = Path(str(self.settings.value(BACKUP_FOLDER_KEY, "") or Path.home()))
        suggested = self.tr("Kohort backup {date}").format(date=self.window.today.isoformat())
        target = files.choose_backup_file(self.window, suggested, folder)
        if target is None:
            return

        def done(written: Path) -> None:
            self.settings.setValue(BACKUP_FOLDER_KEY, str(written.parent))
            self.window.workspace.announce(
                self.tr("Backed up to {path} (integrity and row counts checked).").format(
                    path=written
                )
            )

        # Off the UI thread: a big file on a slow stick takes a while. The backup reads
        # through its own read-only connection, so it never waits for Kohort's own lock.
        self.window.workspace.run(
            self.window, lambda: backup_database(source, target, overwrite=True), done
        )

    # -- opening another file -------------------------------------------------------------

    def open_another(self) -> None:
        path = files.choose_database_file(self.window, self.window.db.path.parent)
        if path is not None:
            self.open_database_file(path)

    def open_database_file(self, path: Path) -> bool:
        """Switch the window to the database at ``path``; on any problem say so and stay.

        The other file is opened (locked, checked, upgraded if need be) before this one is
        let go of, so a refusal leaves everything as it was.
        """
        title = self.tr("Open another database")
        path = path.expanduser().resolve()
        if path == self.window.db.path:
            self.window.workspace.announce(self.tr("{path} is already open.").format(path=path))
            return False
        if self.window.runner.busy:
            # Work still queued for this database must not run against the other one.
            msgbox.information(
                self.window,
                title,
                self.tr("Kohort is still working on this database; try again in a moment."),
            )
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # On the UI thread, on purpose: nothing may use either database meanwhile, and
            # opening an up-to-date file takes milliseconds.
            other = open_database(str(path), create=False)
        except KohortError as exc:
            refusal: KohortError | None = exc
        else:
            refusal = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if refusal is not None:
            if not path.exists():
                self._forget(path)
            msgbox.error(self.window, title, str(refusal))
            return False
        previous = self.window.db
        self.window.db = other
        self.window.workspace.db = other
        previous.close()  # releases its lock, and removes the lock file where it can
        ui_state.CHOSEN_COHORT.forget(self.settings)  # its id means nothing in another file
        self._show_database(other)
        self.window.workspace.check_if_due(self.window)
        self.window.refresh()
        return True

    # -- the recent list ------------------------------------------------------------------

    def recent(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        # QSettings gives a one-item list back as a plain string (INI files do so).
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(item)) for item in items if item]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        others = [p for p in self.recent() if p != self.window.db.path]
        for number, path in enumerate(others, start=1):
            item = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            item.setToolTip(str(path))
            item.triggered.connect(lambda _checked=False, p=path: self.open_database_file(p))
        if not others:
            self.recent_menu.addAction(self.tr("No other databases opened yet")).setEnabled(False)

    def _show_database(self, db: Database) -> None:
        self.window.setWindowTitle(f"{APP_NAME} — {db.path.name}")
        self.window.statusBar().showMessage(self.tr("Database: {path}").format(path=db.path))
        paths = [db.path, *(p for p in self.recent() if p != db.path)]
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:RECENT_MAX]])
        # Once the window is on screen (at start, the event loop has not run yet).
        QTimer.singleShot(
            0, self, lambda: cloud_warning.warn_once(self.window, db.path, self.settings)
        )

    def _forget(self, path: Path) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in self.recent() if p != path])
