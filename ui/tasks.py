"""Run work off the UI thread and get the result (or the exception) back on it.

One worker thread: database work is serialized, so writes never race each other. A task is a
plain function; it opens its own database session and never touches widgets. With
``synchronous=True`` (unit tests) the function runs at once on the calling thread.

Quitting: :meth:`TaskRunner.shutdown` asks running work to stop (a task that can be
cancelled says how, with ``cancel=``), waits for the worker, and drops every result that
arrives afterwards, so no worker thread outlives the window and no signal is emitted from an
object Qt has already deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    def _deliver(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self._id, value)
        except RuntimeError:  # the application is gone (quit): there is nobody to tell
            log.debug("result of task %d dropped: the application has quit", self._id)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        # Queued: the relay is emitted on the worker thread only, so the automatic type
        # queues each call to this (UI) thread. (Not named: building Python's Qt namespace
        # of enums costs ~20 ms, which the window spends after its first paint.)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._pending: dict[int, tuple[OnDone, OnError | None]] = {}
        self._cancels: dict[int, Callable[[], None]] = {}
        self._next_id = 0
        self._closed = False
        self._when_idle: list[Callable[[], None]] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError | None = None,
        *,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Call ``fn`` on the worker; then ``on_done(result)`` or ``on_error(exc)`` here.

        Without ``on_error``, an exception goes to the global crash handler (it is a bug).
        ``cancel`` asks ``fn`` to stop early; :meth:`shutdown` calls it.
        """
        if self._closed:
            log.debug("task not started: the runner is shut down")
            return
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
        if cancel is not None:
            self._cancels[self._next_id] = cancel
        self._pool.start(_Job(self._next_id, fn, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used in tests)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = -1) -> bool:
        """Stop for good: cancel what can be cancelled, wait for the worker, drop results.

        Work that cannot be cancelled (a write of a few rows) is waited for, so what the
        user did last is saved. Returns False if the worker was still busy after ``msecs``.
        """
        self._closed = True
        for cancel in list(self._cancels.values()):
            cancel()
        self._cancels.clear()
        idle = self._pool.waitForDone(msecs)
        self._pending.clear()
        self._when_idle.clear()
        return idle

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` here once no work is running or waiting for its result to be
        delivered (at once if none is): for what must not overlap the worker's work, such
        as replacing the database file. Dropped at :meth:`shutdown`."""
        if not self.busy:
            fn()
            return
        self._when_idle.append(fn)

    def _after_delivery(self) -> None:
        while self._when_idle and not self.busy and not self._closed:
            self._when_idle.pop(0)()

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        self._cancels.pop(job_id, None)
        callbacks = self._pending.pop(job_id, None)
        if callbacks is None:  # arrived after shutdown
            return
        try:
            callbacks[0](result)
        finally:
            self._after_delivery()

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        self._cancels.pop(job_id, None)
        callbacks = self._pending.pop(job_id, None)
        if callbacks is None:  # arrived after shutdown
            return
        on_error = callbacks[1]
        assert isinstance(exc, BaseException)
        try:
            if on_error is None:
                raise exc
            on_error(exc)
        finally:
            self._after_delivery()
