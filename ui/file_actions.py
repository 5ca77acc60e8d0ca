"""The File menu's work on whole database files: Backup…, Restore from backup…, Open another
database…, Open recent; and the offer of the newest good backup when the database is damaged.

The list of recently opened databases is UI state (QSettings beside the window geometry),
never user data: it says where files are, not what they hold.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app import APP_NAME
from app.backups import (
    BackupInfo,
    Kind,
    backups_folder,
    describe,
    list_backups,
    newest_good_backup,
)
from app.db import Database, open_database
from app.db_errors import Advice, advice_text, damage_text, not_a_backup_error
from app.db_location import database_path, server_address_problem
from app.errors import DatabaseDamagedError, KohortError
from ui import auto_backup, cloud_warning, msgbox, ui_state

if TYPE_CHECKING:
    from app.restore import Restored
    from ui.main_window import MainWindow

RECENT_KEY = "files/recent-databases"
BACKUP_FOLDER_KEY = "files/backup-folder"
RECENT_MAX = 8
SERVER_KEY = "files/team-database"  # the last team database's address, never with a password


class FileActions(QObject):
    """Built by the main window; adds its actions to the File menu with :meth:`add_to`."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.open_action = QAction(self.tr("&Open another database…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_another)
        self.server_action = QAction(self.tr("Open a tea&m database…"), window)
        self.server_action.triggered.connect(self.open_team_database)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.backup_action = QAction(self.tr("&Backup…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("Res&tore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        self._offering = False  # an offer to restore is on screen (or being prepared)
        self._show_database(window.db)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.open_action)
        menu.addAction(self.server_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    # -- backup ---------------------------------------------------------------------------

    def backup(self) -> None:
        source = self.window.db.path
        folder = Path(str(self.settings.value(BACKUP_FOLDER_KEY, "") or Path.home()))
        suggested = self.tr("Kohort backup {date}").format(date=self.window.today.isoformat())
        from app.backup import backup_database
        from ui.dialogs import files

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

    # -- restoring ------------------------------------------------------------------------

    def restore(self) -> None:
        """List the backups (on the worker), let the coordinator choose, ask, restore."""
        path = self.window.db.path
        self.window.workspace.run(
            self.window, lambda: list_backups(path), lambda found: self._choose(path, found)
        )

    def _choose(self, path: Path, found: list[BackupInfo]) -> None:
        from ui.dialogs.restore_dialog import RestoreDialog

        other = auto_backup.second_folder(self.settings)
        chosen = RestoreDialog.choose(
            self.window,
            found,
            str(backups_folder(path)),
            other if other is not None and other.is_dir() else None,
        )
        if chosen is None or path != self.window.db.path:
            return
        if isinstance(chosen, Path):
            self._check_file(path, chosen)
        else:
            self._confirm(path, chosen)

    def _check_file(self, path: Path, chosen: Path) -> None:
        """A file chosen by hand gets the full check (on the worker) before the question."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, KohortError):
                raise exc  # a bug: the crash hook shows it
            # said here: a damaged *backup* must not start the offer for the database
            msgbox.error(self.window, self.tr("Restore from backup"), str(exc))

        def checked(info: BackupInfo) -> None:
            if path == self.window.db.path:
                self._confirm(path, info)

        self.window.runner.run(lambda: checked_backup(path, chosen), checked, failed)

    def _confirm(self, path: Path, chosen: BackupInfo) -> None:
        question = (
            self.tr(
                "Replace the database with the backup {file} (saved {when})?\n\nThe current "
                "database is saved as a backup in {folder} first."
            ).format(file=chosen.path, when=_when(chosen.taken_at), folder=backups_folder(path))
            if chosen.kind == Kind.OTHER
            else self.tr(
                "Replace the database with the backup from {when}?\n\nThe current database "
                "is saved as a backup in {folder} first."
            ).format(when=_when(chosen.taken_at), folder=backups_folder(path))
        )
        if msgbox.question(self.window, self.tr("Restore from backup"), question):
            self.restore_now(chosen)

    def offer_restore(self, damage: KohortError) -> None:
        """A write (or read) met a damaged file: offer the newest backup that passes its
        check, found on the worker, instead of only saying so."""
        self.window.damage_state.update()  # read only until a backup is restored
        if self._offering:
            return  # several reads failing at once make one offer
        self._offering = True
        path = self.window.db.path

        def found(good: BackupInfo | None) -> None:
            try:
                if good is None:
                    msgbox.error(self.window, APP_NAME, no_backup_damage_text(damage, path))
                elif msgbox.question(
                    self.window, self.tr("Restore from backup"), offer_text(damage, good)
                ):
                    self.restore_now(good)
            finally:
                self._offering = False

        def failed(exc: BaseException) -> None:
            self._offering = False
            self.window.workspace.report(self.window, exc, None)

        self.window.runner.run(lambda: newest_good_backup(path), found, failed)

    def restore_now(self, backup: BackupInfo) -> None:
        """Close the database, restore, reopen, once the worker has finished what it is
        doing (the coordinator said Yes: the answer is never refused for being busy).

        On the UI thread, like File ▸ Open: nothing may use the file meanwhile (the copy of
        a 100 MB file takes a second or two)."""
        if self.window.runner.busy:
            self.window.workspace.announce(
                self.tr("Restoring as soon as Kohort has finished its current work…")
            )
        path = self.window.db.path

        def now() -> None:
            if path == self.window.db.path:  # still the database the backup is of
                self._restore_idle(backup)

        self.window.runner.when_idle(now)

    def _restore_idle(self, backup: BackupInfo) -> bool:
        """The restore itself, with nothing running on the worker; whether it succeeded."""
        from app.restore import restore_backup

        title = self.tr("Restore from backup")
        path = self.window.db.path
        problem: KohortError | None = None
        done: Restored | None = None
        reopened: Database | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.window.db.close()
            try:
                done = restore_backup(path, backup.path, dt.datetime.now())
            except DatabaseDamagedError as exc:  # only ever about the backup
                problem = not_a_backup_error(backup.path, Advice.WINDOW)
                problem.__cause__ = exc
            except KohortError as exc:
                problem = exc
            try:
                reopened = open_database(str(path), create=False)
            except KohortError as exc:
                problem = problem or exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if reopened is None:
            # Without its database the window cannot go on: say why and close.
            msgbox.error(
                self.window, title, self.tr("{problem}\n\nKohort closes.").format(problem=problem)
            )
            self.window.close()
            return False
        self._switch_to(reopened, close_previous=False)
        if problem is not None or done is None:
            msgbox.error(self.window, title, _plain(problem))
            return False
        msgbox.information(self.window, title, restored_text(done, backup))
        return True

    # -- opening another file -------------------------------------------------------------

    def open_another(self) -> None:
        from ui.dialogs import files

        current = self.window.db.file
        path = files.choose_database_file(
            self.window, current.parent if current is not None else Path.home()
        )
        if path is not None:
            self.open_database_file(path)

    def open_database_file(self, path: Path) -> bool:
        """Switch the window to the database at ``path``; on any problem say so and stay.

        The other file is opened (locked, checked, upgraded if need be) before this one is
        let go of, so a refusal leaves everything as it was.
        """
        title = self.tr("Open another database")
        path = path.expanduser().resolve()
        if path == self.window.db.file:
            self.window.workspace.announce(self.tr("{path} is already open.").format(path=path))
            return False
        return self._open_location(str(path), title, path)

    def open_team_database(self) -> bool:
        """Ask for a team database's address (a PostgreSQL server), and switch to it.

        An address with a password in it is refused before anything is opened or kept."""
        title = self.tr("Open a team database")
        last = str(self.settings.value(SERVER_KEY, "") or "postgresql://")
        explained = self.tr(
            "The address of the team database on its PostgreSQL server, such as "
            "postgresql://anna@db.example.org/kohort. No password here: Kohort reads it "
            "from ~/.pgpass (or PGPASSWORD)."
        )
        address = (ask_address(self.window, title, explained, last) or "").strip()
        if not address:
            return False
        problem = server_address_problem(address)
        if problem is not None:
            msgbox.error(self.window, title, problem)
            return False
        if self.window.db.on_server and self.window.db.location == address:
            self.window.workspace.announce(
                self.tr("{path} is already open.").format(path=self.window.db.location)
            )
            return False
        return self.open_team_address(address)

    def open_team_address(self, address: str) -> bool:
        """Switch to the team database at ``address`` (checked: no password in it)."""
        self.settings.setValue(SERVER_KEY, address)
        return self._open_location(address, self.tr("Open a team database"), None)

    def _open_location(self, location: str, title: str, path: Path | None) -> bool:
        """Open ``location`` (a file at ``path``, or a server's address) and switch to it."""
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
            other = open_database(location, create=False)
        except KohortError as exc:
            refusal: KohortError | None = exc
        else:
            refusal = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if refusal is not None:
            if path is not None and not path.exists():
                self._forget(path)
            msgbox.error(self.window, title, _plain(refusal))  # choosing a file: no advice
            return False
        self._switch_to(other, close_previous=True)
        ui_state.CHOSEN_COHORT.forget(self.settings)  # its id means nothing in another file
        return True

    def _switch_to(self, other: Database, *, close_previous: bool) -> None:
        previous = self.window.db
        self.window.db = other
        self.window.workspace.db = other
        if close_previous:
            previous.close()  # releases its lock, and removes the lock file where it can
        self._show_database(other)
        self.window.auto_backup.show_failure()  # a failed backup is told for its own database
        self.window.workspace.check_if_due(self.window)
        self.window.refresh()

    # -- the recent list ------------------------------------------------------------------

    def recent(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        # QSettings gives a one-item list back as a plain string (INI files do so).
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(item)) for item in items if item]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        others = [p for p in self.recent() if p != self.window.db.file]
        for number, path in enumerate(others, start=1):
            item = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            item.setToolTip(str(path))
            item.triggered.connect(lambda _checked=False, p=path: self.open_database_file(p))
        if not others:
            self.recent_menu.addAction(self.tr("No other databases opened yet")).setEnabled(False)

    def _show_database(self, db: Database) -> None:
        self.window.damage_state.update()  # the title, and "damaged, read only" if so
        self.window.team_changes.follow(db)  # on a server: what others change is shown
        self.window.checkout_actions.follow(db)  # a laptop's file says where it came from
        self.window.statusBar().showMessage(self.tr("Database: {path}").format(path=db.location))
        self.backup_action.setEnabled(not db.on_server)  # a server's backups are its own
        self.restore_action.setEnabled(not db.on_server)
        if db.on_server:
            return  # the recent list holds files (the server's address: SERVER_KEY)
        paths = [db.path, *(p for p in self.recent() if p != db.path)]
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:RECENT_MAX]])
        # Once the window is on screen (at start, the event loop has not run yet).
        QTimer.singleShot(
            0, self, lambda: cloud_warning.warn_once(self.window, db.path, self.settings)
        )

    def _forget(self, path: Path) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in self.recent() if p != path])


def ask_address(parent: QWidget, title: str, text: str, last: str) -> str | None:
    """The address typed (None: cancelled), in a dialog whose explanation wraps."""
    from PySide6.QtWidgets import QDialog, QInputDialog, QLabel

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setTextValue(last)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.resize(560, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


# -- texts and the offer at start (no window yet) -------------------------------------------


def checked_backup(db_path: Path, chosen: Path) -> BackupInfo:
    """A backup file chosen by hand, checked in full (KohortError when it cannot be
    restored); on the worker."""
    from app.restore import check_backup_file

    check_backup_file(chosen)
    return describe(db_path, chosen.expanduser().resolve(), full_check=True)


def _when(taken: dt.datetime) -> str:
    """When a backup was taken, as the restore dialog says it (imported on first use, with
    the dialog's table: the File menu does not need it before)."""
    from ui.dialogs.restore_dialog import when_text

    return when_text(taken)


def _plain(error: KohortError | None) -> str:
    """What is true, without the command line's advice (the window has its own menus)."""
    if isinstance(error, DatabaseDamagedError):
        return damage_text(error, Advice.OFFER)
    return str(error)


def no_backup_damage_text(damage: KohortError, path: Path) -> str:
    """Damaged, and no backup passes its check: say so, and what the window offers."""
    if not isinstance(damage, DatabaseDamagedError):
        return f"{damage}\n\n{no_backup_text(path)}"
    return (
        f"{damage_text(damage, Advice.OFFER)}\n\n{no_backup_text(path)} "
        f"{advice_text(Advice.WINDOW)}"
    )


def offer_text(damage: KohortError, good: BackupInfo) -> str:
    """The restore offer asks its own question: the damage message without advice."""
    return f"{_plain(damage)}\n\n" + QCoreApplication.translate(
        "FileActions",
        "Restore the backup from {when}? The damaged file is kept in the backups folder.",
    ).format(when=_when(good.taken_at))


def no_backup_text(path: Path) -> str:
    return QCoreApplication.translate(
        "FileActions", "There is no backup that passes its check in {folder}."
    ).format(folder=backups_folder(path))


def restored_text(done: Restored, backup: BackupInfo) -> str:
    text = QCoreApplication.translate("FileActions", "Restored the backup from {when}.").format(
        when=_when(backup.taken_at)
    )
    if done.previous is None:
        return text
    saved = (
        QCoreApplication.translate("FileActions", "The damaged file was saved as {path}.")
        if done.previous_damaged
        else QCoreApplication.translate("FileActions", "The previous database was saved as {path}.")
    )
    return f"{text}\n\n{saved.format(path=done.previous)}"


def restore_at_start(location: str | None, damage: DatabaseDamagedError) -> Database | None:
    """The database is damaged at start: offer the newest good backup (No is the default).

    None when there is none or the coordinator declines: the caller explains and exits.
    A failing restore raises its KohortError, which the caller shows the same way.
    """
    from app.restore import restore_backup

    path = database_path(location)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        good = newest_good_backup(path)  # a full check of each candidate: before any window
    finally:
        QGuiApplication.restoreOverrideCursor()
    if good is None or not msgbox.question(None, APP_NAME, offer_text(damage, good)):
        return None
    done = restore_backup(path, good.path, dt.datetime.now())
    db = open_database(location)
    msgbox.information(None, APP_NAME, restored_text(done, good))
    return db
