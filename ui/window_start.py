"""Window first, then data: open the database for a window already on screen.

run_gui shows the main window as a shell (ui.main_window), then :class:`WindowStart` opens
the database on the worker once the window has painted (SQLAlchemy and the models are
imported there, not before the window shows), with every check of the start as before: a
database another Kohort holds or one that cannot be opened is explained and Kohort exits;
a damaged one gets the offer of the newest good backup; then the window is filled, the
automatic backups start, the full check runs when due and an empty database is offered the
demo. The texts are the same as when the database was opened before the window.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from app import APP_NAME, __version__
from app.errors import DatabaseDamagedError, KohortError
from ui import msgbox

if TYPE_CHECKING:
    from app.db import Database
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# A window that is not painted (started minimized, on another desktop) opens its database
# anyway after this long: it must not wait to be looked at to hold its lock.
UNPAINTED_MS = 500
# What MainWindow.attach() builds the filled window from (the database layer, the
# services, the sidebar and the File menu's work on files with their dialogs), and the
# reads and the page (its other tabs are imported when first shown) of the cohort it shows
# first.
FILLED_WINDOW = (
    "ui.workspace",
    "ui.sidebar",
    "ui.damage_state",
    "ui.file_actions",
    "ui.auto_backup",
    "ui.cohort_view",
    "ui.cohort_page",  # the page of the cohort shown first, with its Overview tab
    "ui.overview_page",
)
DAILY_CHECK_MS = 60 * 60 * 1000  # a window left open for days checks the file once a day


def open_on_worker(location: str | None) -> Database:
    """On the worker: the database layer imported and the file opened (locked, checked,
    migrated), as before the window existed."""
    from app.db import open_database

    return open_database(location)


class WindowStart(QObject):
    """Opens ``location`` for ``window`` (a shell, on screen) and fills it."""

    def __init__(
        self,
        window: MainWindow,
        location: str | None,
        *,
        after_paint: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.location = location
        self.after_paint = after_paint  # run once the window has painted, before opening
        self.refused = False  # the database could not be opened (or a bug): exit with 1
        self.opened: list[Database] = []  # every database opened here, filled in or not
        self._started = False

    def begin(self) -> None:
        """Open the database once the window has painted for the first time, so that its
        imports do not compete with the first paint."""
        self.window.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)  # once the paint is on screen
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self.window.removeEventFilter(self)
        if self.after_paint is not None:
            self.after_paint()
        location = self.location

        def work() -> Database:
            db = open_on_worker(location)
            self.opened.append(db)  # kept even if the window closes meanwhile: see finish()
            for name in FILLED_WINDOW:  # imported here, not on the UI thread
                importlib.import_module(name)
            return db

        self.window.runner.run(work, self._fill, self._failed)

    def _fill(self, db: Database) -> None:
        log.info("Kohort %s opened %s", __version__, db.location)  # never a password
        window = self.window
        window.attach(db)
        window.auto_backup.start()
        window.workspace.check_if_due(window)
        daily = QTimer(window)
        daily.timeout.connect(lambda: window.workspace.check_if_due(window))
        daily.start(DAILY_CHECK_MS)
        # After what attach() queued (the cloud warning, a failed backup told): as before.
        QTimer.singleShot(0, window, lambda: window.refresh(offer_demo=True))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseDamagedError):
            from ui.file_actions import restore_at_start

            try:
                restored = restore_at_start(self.location, exc)  # offers the newest good backup
            except KohortError as again:
                self._refuse(again)
                return
            if restored is None:
                self._refuse(exc)
                return
            self.opened.append(restored)
            self._fill(restored)
        elif isinstance(exc, KohortError):
            self._refuse(exc)
        else:
            self._crashed(exc)

    def _crashed(self, exc: BaseException) -> None:
        """A bug while opening: the crash hook shows it; then every database opened here is
        let go of (its lock released) and the window closes, and Kohort exits with 1
        rather than wait at "Opening the database…" holding the lock."""
        self.refused = True
        try:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            opened, self.opened = self.opened, []
            for db in opened:
                db.close()
            self.window.close()

    def _refuse(self, exc: KohortError) -> None:
        """The window cannot open on this file: say why (as the command line would advise,
        the window's menus are no help), and close."""
        from app.db_errors import Advice, damage_text

        text = damage_text(exc, Advice.START) if isinstance(exc, DatabaseDamagedError) else str(exc)
        self.refused = True
        msgbox.error(None, APP_NAME, text)
        print(f"kohort: {text}", file=sys.stderr)
        self.window.close()

    def finish(self) -> None:
        """After the event loop (the worker shut down): the backup on closing of the
        database open now, and every database opened here let go of (its lock released)."""
        window = self.window
        current = window.db if window.is_open else (self.opened[-1] if self.opened else None)
        if current is not None and not current.on_server:  # a server's backups are its own
            from ui.auto_backup import backup_on_close

            # The window is gone: a second or two on a big file, unseen; still holding the lock.
            found = backup_on_close(
                current.path, window.settings, damaged=current.damaged is not None
            )
            if found is not None:  # the next open checks it in full; closing stamps nothing
                current.mark_damaged(found)
        for db in self.opened:
            db.close()
        if window.is_open:
            window.db.close()  # the file open now, if File ▸ Open switched to another
