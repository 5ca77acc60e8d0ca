"""The global exception hook: a bug is logged and shown, never silently swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import msgbox

log = logging.getLogger("kohort.crash")


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("Unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        text = QCoreApplication.translate(
            "crash",
            "Kohort ran into a problem it did not expect. What was saved is safe. "
            "The details were written to:\n{path}",
        ).format(path=log_file)
        msgbox.crash(text, "".join(traceback.format_exception(kind, exc, tb)))

    sys.excepthook = hook
