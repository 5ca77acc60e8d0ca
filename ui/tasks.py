"""Run work off the UI thread and get the result (or the exception) back on it.

One worker thread: database work is serialized, so writes never race each other. A task is a
plain function; it opens its own database session and never touches widgets. With
``synchronous=True`` (unit tests) the function runs at once on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it, Qt queues the call across."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id = job_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the UI thread, never lost
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.finished.emit(self._id, result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, tuple[OnDone, OnError | None]] = {}
        self._next_id = 0

    def run(self, fn: Callable[[], Any], on_done: OnDone, on_error: OnError | None = None) -> None:
        """Call ``fn`` on the worker; then ``on_done(result)`` or ``on_error(exc)`` here.

        Without ``on_error``, an exception goes to the global crash handler (it is a bug).
        """
        if self._synchronous:
            try:
                result = fn()
            except BaseException as exc:  # the same as the worker path
                if on_error is None or isinstance(exc, KeyboardInterrupt | SystemExit):
                    raise
                on_error(exc)
            else:
                on_done(result)
            return
        self._next_id += 1
        self._pending[self._next_id] = (on_done, on_error)
        self._pool.start(_Job(self._next_id, fn, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used on shutdown and in tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        on_done, _ = self._pending.pop(job_id)
        on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        _, on_error = self._pending.pop(job_id)
        assert isinstance(exc, BaseException)
        if on_error is None:
            raise exc
        on_error(exc)
