"""A second process that makes the ceremony file's QR codes while this one issues and draws.

Encoding a QR code (choosing its mask) is pure Python, about 1.2 ms a code: for 500 diplomas
more than half the drawing. `kohort diplomas` forks this helper before it loads the
database layer, while the process is still small; each code's address is handed to it as
soon as issuing lays the diploma out (:func:`diplomas.qr.prepare`), and the drawing takes
its result (:func:`diplomas.qr.draw_qr`), so the two cores share the work.

The helper only ever saves time. Its results are what :func:`diplomas.qr.qr_path` gives
here, byte for byte; a code it has not made yet, or would reach only later, is made here
(and the helper told to skip it), and a helper that is killed or fails is simply not asked
again: the file is the same, only slower. It never touches the database or a file. Once
every code handed over is answered or made here, it is stopped while the drawing goes on,
so its memory is gone before the command's own peak (writing the file out).

Only where ``os.fork`` exists (Linux, macOS) and the process has a single thread (forking a
threaded process may deadlock the child), and not with ``KOHORT_QR_HELPER=0``; otherwise
every code is made in the process itself.
"""

from __future__ import annotations

import os
import select
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from diplomas import qr

OFF = "KOHORT_QR_HELPER"  # "0": no helper process, every code made in the process itself
WAIT = 0.002  # seconds: about what making one code takes
READ = 1 << 16  # bytes read at a time: ~30 answers, never a megabyte copied three times over


class QrHelper:
    """The parent's side: the texts handed over (by their number), the answers read as they
    come (without a thread: read whenever a text is handed over or a code is asked for, so
    this process never waits for its own reader), and what was made here instead."""

    def __init__(self, pid: int, to_child: int, from_child: int) -> None:
        self.pid = pid
        self._to_child = to_child
        self._from_child = from_child
        os.set_blocking(to_child, False)  # a helper held up never holds this process up
        os.set_blocking(from_child, False)
        self._outbox = bytearray()  # what the pipe had no room for yet
        self._inbox = b""  # the start of an answer not complete yet
        self._numbers: dict[str, int] = {}
        self._texts: list[str] = []
        self._end = -1  # where to look for the last number not answered (see _tail)
        self._results: dict[int, tuple[int, str] | None] = {}  # None: the helper failed on it
        self._last = -1  # the highest number the helper answered
        self._skipped: set[int] = set()
        self._waited_in_vain = -2  # the helper's last answer when waiting for it timed out
        self._alive = True
        self._reaped = False

    def submit(self, text: str) -> None:
        if text in self._numbers or not self._alive:
            return
        self._numbers[text] = len(self._texts)
        self._texts.append(text)
        self._end = len(self._texts) - 1
        self._send(b"t" + text.encode("utf-8").hex().encode("ascii") + b"\n")
        self._receive()

    def take(self, text: str) -> tuple[int, str] | None:
        number = self._numbers.get(text)
        if number is None:
            return None
        self._receive()
        # Making it now: rather than wait, make a code from the end of the queue here (the
        # helper skips it), until this one is answered; with none left there, wait about
        # the time one takes (a helper held up by a busy machine is not waited for; once it
        # kept us waiting, not again until it answers something new).
        while (
            number not in self._results
            and self._alive
            and number == self._working_on()
            and self._last != self._waited_in_vain
        ):
            if (tail := self._tail()) > number:
                self._make_here(tail)
            elif not select.select([self._from_child], [], [], WAIT)[0]:
                self._waited_in_vain = self._last
                break
            self._receive()
        found = None
        if number in self._results:
            found = self._results.pop(number)
        elif number not in self._skipped:
            self._skipped.add(number)
            self._send(b"s" + str(number).encode("ascii") + b"\n")
        if self._alive and self._working_on() == -1 and self._tail() == -1:
            self._let_go()  # nothing left for it: its memory is freed now, not at the end
        return found

    def close(self) -> None:
        """Stop the helper (it leaves what it has not done) and wait for it to end."""
        self._let_go()
        if not self._reaped:
            with suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self._reaped = True

    def _let_go(self) -> None:
        """Stop the helper without waiting for it: with its pipes closed it ends as soon as
        it sees that (reaped here now if it already has, else by :meth:`close`)."""
        self._alive = False
        for fd in (self._to_child, self._from_child):
            with suppress(OSError):  # closed already
                os.close(fd)
        self._to_child = self._from_child = -1
        if not self._reaped:
            with suppress(ChildProcessError):
                self._reaped = os.waitpid(self.pid, os.WNOHANG)[0] != 0

    def _working_on(self) -> int:
        """The number the helper makes now: the first after its last answer not skipped."""
        number = self._last + 1
        while number in self._skipped:
            number += 1
        return number if number < len(self._numbers) else -1

    def _tail(self) -> int:
        """The last number neither answered nor skipped (-1: none)."""
        while self._end > self._last and (self._end in self._skipped or self._end in self._results):
            self._end -= 1
        return self._end if self._end > self._last else -1

    def _make_here(self, number: int) -> None:
        self._skipped.add(number)
        self._send(b"s" + str(number).encode("ascii") + b"\n")
        try:
            self._results[number] = qr.qr_path(self._texts[number])
        except ValueError:
            self._results[number] = None  # drawn here again, which says why

    def _send(self, message: bytes) -> None:
        self._outbox += message
        try:
            while self._outbox and self._alive:
                del self._outbox[: os.write(self._to_child, self._outbox)]
        except BlockingIOError:
            pass  # the pipe is full: the rest goes with the next message
        except OSError:  # the helper is gone: every code is made here from now on
            self._alive = False

    def _receive(self) -> None:
        """Read what the helper has answered so far, without waiting."""
        try:
            while self._alive and (chunk := os.read(self._from_child, READ)):
                *lines, self._inbox = (self._inbox + chunk).split(b"\n")
                for line in lines:
                    number, modules, path = line.decode("ascii").split(" ", 2)
                    self._last = max(self._last, int(number))
                    if int(number) not in self._skipped:
                        self._results[int(number)] = (int(modules), path) if path else None
            else:
                self._alive = False  # the end: the helper is gone
        except BlockingIOError:
            pass  # nothing more for now
        except (OSError, ValueError):
            self._alive = False  # a broken answer: the rest is made here


def start() -> QrHelper | None:
    """Fork the helper and make :func:`diplomas.qr.draw_qr` use it; ``None`` (and nothing
    started) where forking is not available or not safe."""
    if not hasattr(os, "fork") or not _single_threaded() or os.environ.get(OFF) == "0":
        return None
    down_read, down_write = os.pipe()
    up_read, up_write = os.pipe()
    with suppress(OSError, ImportError, AttributeError):  # room for ~300 answers (Linux)
        import fcntl

        fcntl.fcntl(up_write, fcntl.F_SETPIPE_SZ, 1 << 20)
    pid = os.fork()
    if pid == 0:  # the helper
        status = 1
        try:
            os.close(down_write)
            os.close(up_read)
            _serve(down_read, up_write)
            status = 0
        finally:
            os._exit(status)  # never back into the parent's code, buffers or exit handlers
    os.close(down_read)
    os.close(up_write)
    helper = QrHelper(pid, down_write, up_read)
    qr.use_helper(helper)
    return helper


def _single_threaded() -> bool:
    """One thread only, also counting threads Python did not start (Qt's, a library's)."""
    if threading.active_count() != 1:
        return False
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return all(int(line.split()[1]) == 1 for line in status if line.startswith("Threads:"))
    except (OSError, ValueError, IndexError):
        return True  # no /proc (macOS): Python's own count is what there is


@contextmanager
def helping() -> Iterator[QrHelper | None]:
    """:func:`start`, and at the end stop the helper and draw without it again."""
    helper = start()
    try:
        yield helper
    finally:
        if helper is not None:
            qr.use_helper(None)
            helper.close()


def _serve(source: int, answers: int) -> None:
    """The helper's loop: read texts (and numbers to skip) as they come, answer each text
    with ``number modules path``, in order; stop at the end of input."""
    pending: deque[tuple[int, str]] = deque()
    skipped: set[int] = set()
    buffer = b""
    count = 0
    while True:
        if not pending or select.select([source], [], [], 0)[0]:
            chunk = os.read(source, 1 << 16)
            if not chunk:
                return  # the parent is done (or gone): what is left is not needed
            *lines, buffer = (buffer + chunk).split(b"\n")
            for line in lines:
                if line[:1] == b"t":
                    pending.append((count, bytes.fromhex(line[1:].decode("ascii")).decode()))
                    count += 1
                elif line[:1] == b"s":
                    skipped.add(int(line[1:]))
            continue
        number, text = pending.popleft()
        if number in skipped:
            continue
        try:
            modules, path = qr.qr_path(text)
            answer = f"{number} {modules} {path}\n"
        except ValueError:  # too long for a code: the parent says so itself
            answer = f"{number} 0 \n"
        _write_all(answers, answer.encode("ascii"))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
