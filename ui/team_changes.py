"""The window hears of changes others make on a team database, and shows them.

On a server only (a file has one user at a time): :class:`app.db_notify.ChangeListener`
LISTENs in its own thread; what it hears is posted to the GUI thread, which reloads the
affected views the same way it does after its own writes (``MainWindow.reload_changed``).
Views that read for themselves, outside the cohort's reads — the Evaluation tab, the
Reunions and alumni window — have a ``show_others_changes(changes)`` method, called too.
While the user is editing — a cell's editor open, a dialog up, text being typed on the
cohort page, a paper evaluation form half typed in — nothing is reloaded: the changes are
kept and shown once the editing ends. A window to work in rather than a form being filled
(``BROWSING = True``: the Reunions and alumni window) does not count as a dialog up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.changes import NOTHING, Changes

if TYPE_CHECKING:
    from app.db import Database
    from app.db_notify import ChangeListener
    from ui.main_window import MainWindow

SHOWN_MS = 6000  # how long the status bar says so
RETRY_MS = 700  # how often a deferred reload looks whether the editing has ended


class TeamChanges(QObject):
    """Owned by the window while a team database is open; :meth:`stop` on close."""

    heard = Signal(Changes)  # emitted in the listener's thread, received in the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending = NOTHING
        self.applied = 0  # reloads made for others' changes (tests count them)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.apply)
        self.heard.connect(self._arrived)
        self.listener: ChangeListener | None = None

    def follow(self, db: Database) -> None:
        """Listen on ``db``'s server (the database now open); on a file, not at all."""
        self.stop()
        self.pending = NOTHING  # what was heard of the database before no longer applies
        if not db.on_server:
            return
        from app.db_notify import ChangeListener

        self.listener = ChangeListener(db.engine.url, db.change_source, self._post)
        self.listener.start()

    def _post(self, changes: Changes) -> None:
        """In the listener's thread: to the GUI thread (a queued signal)."""
        with suppress(RuntimeError):  # the window is gone (its close stops the listener)
            self.heard.emit(changes)

    def stop(self) -> None:
        self._retry.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _arrived(self, changes: Changes) -> None:
        self.pending = self.pending | changes
        self.apply()

    def apply(self) -> None:
        """Reload what the pending changes touch, unless the user is editing: then later."""
        if not self.pending:
            return
        if self.editing():
            self._retry.start()
            return
        changes, self.pending = self.pending, NOTHING
        self.applied += 1
        self.window.reload_changed(changes)
        for view in self._own_readers():
            view.show_others_changes(changes)
        self.window.statusBar().showMessage(
            self.tr("Updated: changes made by another user"), SHOWN_MS
        )

    def editing(self) -> bool:
        """A dialog is up, a cell's editor is open, or text is being typed in the window."""
        if QApplication.activeModalWidget() is not None:
            return True
        if any(
            isinstance(w, QDialog) and w.isVisible() and not getattr(w, "BROWSING", False)
            for w in QApplication.topLevelWidgets()
        ):
            return True  # a dialog without modality (a plan being written) counts too
        if any(view.editing_now() for view in self._own_readers() if hasattr(view, "editing_now")):
            return True
        window = self.window
        for view in window.findChildren(QAbstractItemView):
            if view.state() == QAbstractItemView.State.EditingState:
                return True
        focus = QApplication.focusWidget()
        # Text being written (an action plan's): a search box or a filter is not editing.
        if isinstance(focus, (QTextEdit, QPlainTextEdit)) and window.isAncestorOf(focus):
            return not focus.isReadOnly()
        return False

    def _own_readers(self) -> Iterator[Any]:
        """The views (built so far) that read for themselves: see the module's docstring."""
        for widget in self.window.findChildren(QWidget):
            if hasattr(widget, "show_others_changes"):
                yield widget
