"""Automatic backups from the window: at most once a day while it is open (on the worker,
said quietly in the status bar), and once more when Kohort closes, after the window is gone.

When the last one was taken is read from the names of the files in ``backups/``
(app.backups), so the daily rule holds across restarts and for every database opened.

A failed backup never passes silently: the failure (why, when, of which database, and the
language the reason is in) is kept in QSettings, told in a message box when that database is
next opened and shown in the status bar until a backup succeeds; when the newest automatic
backup is over a week old the coordinator is told so, once a day.

A database known to be damaged is not backed up (a copy of it would be damaged too): that
is not a failed backup, and the window offers to restore one instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QLabel

from app.backups import (
    AutomaticBackup,
    automatic_backup,
    backup_due,
    last_automatic_backup,
)
from app.errors import DatabaseDamagedError, KohortError
from app.i18n import language
from ui import msgbox, ui_state
from ui.labels import time_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000  # how often the window asks whether a backup is due
FIRST_CHECK_MS = 60 * 1000  # not during start-up: the window comes first
OLD_BACKUP = dt.timedelta(days=7)  # the newest automatic backup older than this: say so


def second_folder(settings: QSettings) -> Path | None:
    chosen = ui_state.SECOND_BACKUP_FOLDER.read(settings)
    return Path(chosen) if chosen else None


def remember_failure(settings: QSettings, db_path: Path, reason: str, when: dt.datetime) -> None:
    """Keep a failure of ``db_path``'s backup; ``reason`` is in the language now in use."""
    settings.setValue(ui_state.BACKUP_FAILURE.key, reason)
    settings.setValue(ui_state.BACKUP_FAILURE_AT.key, when.isoformat(timespec="minutes"))
    settings.setValue(ui_state.BACKUP_FAILURE_DB.key, str(db_path))
    settings.setValue(ui_state.BACKUP_FAILURE_LANGUAGE.key, language())
    settings.sync()  # on closing, nothing else writes it out


def forget_failure(settings: QSettings) -> None:
    for setting in (
        ui_state.BACKUP_FAILURE,
        ui_state.BACKUP_FAILURE_AT,
        ui_state.BACKUP_FAILURE_DB,
        ui_state.BACKUP_FAILURE_LANGUAGE,
    ):
        setting.forget(settings)


def failure_of(settings: QSettings, db_path: Path) -> bool:
    """Whether a failed backup of ``db_path`` is remembered (one recorded by an older Kohort,
    without its database, counts for any)."""
    if not ui_state.BACKUP_FAILURE.read(settings):
        return False
    recorded = ui_state.BACKUP_FAILURE_DB.read(settings)
    return not recorded or Path(recorded) == db_path


class AutoBackup(QObject):
    """Built by the main window; :meth:`start` (run_gui) starts the daily checks."""

    def __init__(
        self, window: MainWindow, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(window)
        self.window = window
        self.now = now
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.note = QLabel()  # "the automatic backup failed", until one succeeds
        self.note.setStyleSheet("color: #b00020")
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        self.show_failure()

    def start(self) -> None:
        """The daily checks (what an interrupted backup left was cleared at open); and a
        failure of the last automatic backup (on closing, say) told once the window shows."""
        if self.window.db.on_server:
            return  # a team database's backups are the server's (pg_dump)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        if failure_of(self.window.settings, self.window.db.path):
            QTimer.singleShot(0, self, self.tell_failure)

    def failure_text(self) -> str:
        """The remembered failure, in the language now in use: its reason is left out when
        it was written in another (the time is still said)."""
        settings = self.window.settings
        reason = ui_state.BACKUP_FAILURE.read(settings)
        when = ui_state.BACKUP_FAILURE_AT.read(settings)
        if ui_state.BACKUP_FAILURE_LANGUAGE.read(settings) != language():
            if when is None:
                return self.tr("The last automatic backup of this database failed.")
            return self.tr("The automatic backup of this database on {when} failed.").format(
                when=_when(when)
            )
        if when is None:
            return self.tr("The last automatic backup failed: {reason}").format(reason=reason)
        return self.tr("The automatic backup on {when} failed: {reason}").format(
            when=_when(when), reason=reason
        )

    def tell_failure(self) -> None:
        """At start: the last automatic backup failed (on closing, or the daily one)."""
        advice = self.tr(
            "Kohort tries again within a few minutes. Until a backup succeeds, make one with "
            "File ▸ Backup… (to a USB stick, say), and check that the disk has free space."
        )
        msgbox.error(self.window, self.tr("Automatic backup"), f"{self.failure_text()}\n\n{advice}")

    def show_failure(self) -> None:
        """The status bar's note, for the database open now (File ▸ Open calls it too)."""
        if self.window.db.on_server:
            self.note.setVisible(False)
            return
        failed = failure_of(self.window.settings, self.window.db.path)
        self.note.setText(self.tr("Automatic backup failed") if failed else "")
        self.note.setToolTip(self.failure_text() if failed else "")
        self.note.setVisible(failed)

    def tell_if_old(self, now: dt.datetime) -> bool:
        """Once a day: the newest automatic backup is over a week old; whether it was told."""
        if self.window.db.on_server:
            return False
        last = last_automatic_backup(self.window.db.path)
        settings = self.window.settings
        if last is None or now - last < OLD_BACKUP:
            return False
        if ui_state.OLD_BACKUP_TOLD_ON.read(settings) == now.date():
            return False
        settings.setValue(ui_state.OLD_BACKUP_TOLD_ON.key, now.date().isoformat())
        msgbox.error(
            self.window,
            self.tr("Automatic backup"),
            self.tr(
                "The newest automatic backup of this database is from {when}, {days} days "
                "ago: the automatic backups since then failed. Make a backup now with "
                "File ▸ Backup… (to a USB stick, say), and check that the disk has free space."
            ).format(when=_when(last), days=(now - last).days),
        )
        return True

    def check(self) -> bool:
        """Take a backup on the worker if the newest is a day old; whether one was started."""
        if self.running or self.window.db.damaged is not None or self.window.db.on_server:
            return False  # a copy of a damaged file would be damaged too: restoring helps
        path, now = self.window.db.path, self.now()
        if not backup_due(last_automatic_backup(path), now):
            return False
        self.running = True
        self.window.runner.run(
            lambda: automatic_backup(path, now, second_folder(self.window.settings)),
            self._done,
            self._failed,
        )
        return True

    def _done(self, made: AutomaticBackup) -> None:
        self.running = False
        forget_failure(self.window.settings)
        self.show_failure()
        taken = self.tr("Backup saved {time}").format(time=time_text(self.now().time()))
        self.window.workspace.announce(f"{taken}. {made.notice}" if made.notice else taken)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, KohortError):
            raise exc  # a bug: the crash hook shows it
        if isinstance(exc, DatabaseDamagedError):
            # The database itself is damaged, not the backup: no failure to remember; the
            # window goes read only and offers the newest good backup.
            log.warning("automatic backup: the database is damaged")
            self.window.db.mark_damaged(exc)
            self.window.file_actions.offer_restore(exc)
            return
        log.warning("automatic backup failed (%s)", type(exc).__name__)
        now = self.now()
        remember_failure(self.window.settings, self.window.db.path, str(exc), now)
        self.show_failure()
        self.window.workspace.announce(
            self.tr("The automatic backup failed: {reason}").format(reason=exc)
        )
        self.tell_if_old(now)


def backup_on_close(
    db_path: Path, settings: QSettings, now: dt.datetime | None = None, *, damaged: bool = False
) -> DatabaseDamagedError | None:
    """The backup taken when Kohort closes; the window is gone, so a failure is kept in the
    settings and told at the next start (and logged). None of a ``damaged`` database, and
    finding it damaged is no failed backup: the next start finds the damage and offers a
    backup to restore. The damage found is returned, for the caller to mark the database
    damaged (then closing it does not stamp it as checked: Database.mark_damaged)."""
    if damaged:
        log.info("no backup on closing: the database is damaged")
        return None
    now = now or dt.datetime.now()
    try:
        made = automatic_backup(db_path, now, second_folder(settings))
    except DatabaseDamagedError as exc:
        log.warning("no backup on closing: the database is damaged")
        return exc
    except KohortError as exc:
        log.warning("backup on closing failed (%s)", type(exc).__name__)
        remember_failure(settings, db_path, str(exc), now)
        return None
    forget_failure(settings)
    log.info("backup on closing saved as %s", made.path.name)
    if made.notice:
        log.info("backup on closing: no copy in the second folder")
    return None


def _when(taken: dt.datetime) -> str:
    """As the restore dialog says when a backup was taken; imported when a failure is told
    (the dialog's table is not needed to fill the window)."""
    from ui.dialogs.restore_dialog import when_text

    return when_text(taken)
