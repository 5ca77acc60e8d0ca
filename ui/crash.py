"""The global exception hook: a bug is logged and shown, never silently swallowed.

What is logged and shown is where it happened and what kind of error it was, never the
exception's message (app.logs): that may quote a name, an e-mail or a row of the database,
and the details are what a coordinator copies into a message to support.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.logs import exception_summary
from ui import msgbox

log = logging.getLogger("kohort.crash")


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        details = exception_summary(exc)
        log.error("Unhandled exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        text = QCoreApplication.translate(
            "crash",
            "Kohort ran into a problem it did not expect. What was saved is safe. "
            "The details were written to:\n{path}",
        ).format(path=log_file)
        msgbox.crash(text, details)

    sys.excepthook = hook
