"""Automatic backups from the window: at most once a day while it is open (on the worker,
said quietly in the status bar), and once more when Kohort closes, after the window is gone.

When the last one was taken is read from the names of the files in ``backups/``
(app.backups), so the daily rule holds across restarts and for every database opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer

from app.backups import (
    AutomaticBackup,
    automatic_backup,
    backup_due,
    last_automatic_backup,
)
from app.errors import KohortError
from ui import ui_state
from ui.labels import time_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000  # how often the window asks whether a backup is due
FIRST_CHECK_MS = 60 * 1000  # not during start-up: the window comes first


def second_folder(settings: QSettings) -> Path | None:
    chosen = ui_state.SECOND_BACKUP_FOLDER.read(settings)
    return Path(chosen) if chosen else None


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

    def start(self) -> None:
        """The daily checks (what an interrupted backup left was cleared at open)."""
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> bool:
        """Take a backup on the worker if the newest is a day old; whether one was started."""
        if self.running:
            return False
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
        taken = self.tr("Backup saved {time}").format(time=time_text(self.now().time()))
        self.window.workspace.announce(f"{taken}. {made.notice}" if made.notice else taken)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, KohortError):
            raise exc  # a bug: the crash hook shows it
        log.warning("automatic backup failed (%s)", type(exc).__name__)
        self.window.workspace.announce(
            self.tr("The automatic backup failed: {reason}").format(reason=exc)
        )


def backup_on_close(db_path: Path, settings: QSettings, now: dt.datetime | None = None) -> None:
    """The backup taken when Kohort closes; the window is gone, so problems go to the log."""
    try:
        made = automatic_backup(db_path, now or dt.datetime.now(), second_folder(settings))
    except KohortError as exc:
        log.warning("backup on closing failed (%s)", type(exc).__name__)
        return
    log.info("backup on closing saved as %s", made.path.name)
    if made.notice:
        log.info("backup on closing: no copy in the second folder")
