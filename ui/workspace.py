"""User actions: one function per action calls a service off the UI thread, reports
errors, and announces what it changed (:class:`~app.changes.Changes`) so the views that show
that reload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from app.changes import NOTHING, Changes
from app.errors import DatabaseDamagedError, KohortError
from ui import msgbox
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # for annotations only: the UI never builds queries itself
    from sqlalchemy.orm import Session as DbSession

    from app.db import Database  # the window imports SQLAlchemy once it is on screen

T = TypeVar("T")


class Workspace(QObject):
    changed = Signal(Changes)  # what a write changed: the views that show it reload

    def __init__(self, db: Database, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.status_bar: QStatusBar | None = None
        # UI state (window geometry, printer calibration): the main window's QSettings.
        self.ui_state: QSettings | None = None
        self._held = NOTHING  # quiet writes' changes, announced by release_changes()
        # What "today" is for eligibility and issuing: the calendar; tests pin a date.
        self.today: Callable[[], dt.date] = dt.date.today
        # A damaged database met during work: offer the newest good backup (FileActions).
        self.on_damaged: Callable[[KohortError], None] | None = None

    def read(
        self,
        parent: QWidget | None,
        work: Callable[[DbSession], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[KohortError], None] | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        def run() -> T:
            with self.db.read() as session:
                return work(session)

        self.runner.run(
            run,
            _unless_gone(parent, done),
            lambda exc: self.report(parent, exc, failed),
            cancel=cancel,
        )

    def run(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Work that does not touch the database (reading or writing a file)."""
        self.runner.run(
            work,
            _unless_gone(parent, done),
            lambda exc: self.report(parent, exc, None),
            cancel=cancel,
        )

    def check_if_due(self, parent: QWidget | None) -> None:
        """The database's full check, when due (an unclean shutdown, once a day), on the
        worker: the window stays usable, and writes queued after it wait for its verdict."""
        db = self.db
        if db.full_check_due_now():
            self.runner.run(
                db.run_full_check, lambda _ok: None, lambda e: self.report(parent, e, None)
            )

    def announce(self, message: str) -> None:
        if self.status_bar is not None:
            self.status_bar.showMessage(message, 8000)

    def write(
        self,
        parent: QWidget | None,
        work: Callable[[DbSession], T],
        *,
        changes: Changes,
        done: Callable[[T], None] | None = None,
        failed: Callable[[KohortError], None] | None = None,
        message: str | None = None,
        quiet: bool = False,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` in one write transaction; all of it is saved or none of it.

        ``changes`` says what ``work`` changes; once it is saved, :attr:`changed` announces
        it and the views that show it reload. On a problem the user can act on, ``failed``
        (for example: reopen the dialog with what was typed and the message) or else a
        message box, and nothing is announced.

        ``quiet``: for an editor that shows its own edits at once and writes at every
        keystroke (the attendance grid, the action plan editor). Its changes are held and
        announced once, by :meth:`release_changes` when the coordinator leaves the editor
        (or with the next write that is not quiet), so the other views do not reload at
        every mark.
        """
        if quiet:  # held now: a reload asked for later is queued after this write
            self._held |= changes

        def run() -> T:
            with self.db.write() as session:
                return work(session)

        def finished(result: T) -> None:
            if message and self.status_bar is not None:
                self.status_bar.showMessage(message, 5000)
            if done is not None and not _gone(parent):
                done(result)
            if not quiet:
                self._announce(changes)

        self.runner.run(run, finished, lambda exc: self.report(parent, exc, failed), cancel=cancel)

    @property
    def held(self) -> Changes:
        """What quiet writes changed and is not announced yet."""
        return self._held

    def release_changes(self, *, shown: bool = False) -> None:
        """Announce what quiet writes changed since the last announcement, if anything;
        ``shown``: the views show it already (the grid's marks laid over them), so it is
        dropped, not announced."""
        if shown:
            self._held = NOTHING
            return
        self._announce(NOTHING)

    def _announce(self, changes: Changes) -> None:
        changes, self._held = changes | self._held, NOTHING
        if changes:
            self.changed.emit(changes)

    def report(
        self,
        parent: QWidget | None,
        exc: BaseException,
        failed: Callable[[KohortError], None] | None,
    ) -> None:
        if not isinstance(exc, KohortError):
            raise exc  # a bug: the global crash handler logs and shows it
        if isinstance(exc, DatabaseDamagedError) and self.on_damaged is not None:
            self.on_damaged(exc)
        elif _gone(parent):  # its window was closed while the work ran: tell the status bar
            self.announce(str(exc))
        elif failed is not None:
            failed(exc)
        else:
            msgbox.error(parent, "Kohort", str(exc))


def _gone(widget: QWidget | None) -> bool:
    """True when ``widget`` was deleted (a dialog closed) while work for it was running."""
    return widget is not None and not shiboken6.isValid(widget)


def _unless_gone[T](widget: QWidget | None, done: Callable[[T], None]) -> Callable[[T], None]:
    def deliver(result: T) -> None:
        if not _gone(widget):
            done(result)

    return deliver


def retrying[T](
    ask: Callable[[Any, str | None], T | None],
    save: Callable[[T, Callable[[KohortError], None]], None],
    initial: Any,
) -> None:
    """Show a dialog; save what was entered; if saving fails, show the dialog again with
    the same values and the reason, so nothing typed is lost."""

    def attempt(values: Any, error: str | None) -> None:
        result = ask(values, error)
        if result is not None:
            save(result, lambda exc: attempt(result, str(exc)))

    attempt(initial, None)
