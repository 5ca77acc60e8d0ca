"""Progress and cancel for long work on the worker thread (issuing, writing, rendering).

The worker calls :meth:`LongTask.progress` and :meth:`LongTask.cancelled` from its thread;
the progress dialog lives on the UI thread and is updated through a queued signal. Work that
sees ``cancelled()`` raises :class:`~app.errors.CancelledError`, so its transaction is rolled
back and nothing half-done is kept. :func:`run_long_task` is the one way to start such work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.changes import Changes
from app.errors import CancelledError, KohortError
from ui import msgbox

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from ui.workspace import Workspace

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class _Relay(QObject):
    step = Signal(int, int)


class LongTask:
    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("progress", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self._stop = threading.Event()
        self._finished = False
        self.dialog.canceled.connect(self._stop.set)
        self._relay = _Relay()
        self._relay.step.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def progress(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        self._relay.step.emit(done, total)

    def cancelled(self) -> bool:
        """Called from the worker thread."""
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def _show(self, done: int, total: int) -> None:
        if self._finished:  # a step queued before the work ended arrives after it
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def finish(self) -> None:
        self._finished = True
        self._relay.step.disconnect(self._show)
        self.dialog.close()
        self.dialog.deleteLater()


def run_long_task[T](
    workspace: Workspace,
    parent: QWidget | None,
    label: str,
    work: Callable[[DbSession, LongTask], T],
    done: Callable[[T], None],
    *,
    cancelled_message: str,
    changes: Changes | None,
) -> None:
    """Run ``work(session, task)`` on the worker with a progress dialog and a Cancel button.

    ``changes``: what ``work`` changes, in one write transaction (a cancel rolls all of it
    back and announces nothing); ``None``: ``work`` only reads.
    ``work`` passes ``task.progress`` and ``task.cancelled`` to the service; a cancel is
    announced with ``cancelled_message`` (what was kept or not), not shown as an error.
    Quitting the window cancels the task too.
    """
    task = LongTask(parent, label)

    def finished(result: T) -> None:
        task.finish()
        done(result)

    def failed(exc: KohortError) -> None:
        task.finish()
        if isinstance(exc, CancelledError):
            workspace.announce(cancelled_message)
        else:
            msgbox.error(parent, "Kohort", str(exc))

    def run(session: DbSession) -> T:
        return work(session, task)

    if changes is not None:
        workspace.write(
            parent, run, changes=changes, done=finished, failed=failed, cancel=task.cancel
        )
    else:
        workspace.read(parent, run, finished, failed=failed, cancel=task.cancel)
