"""A bug reaches the global hook: it is logged and shown, with where it happened but never
the exception's message (it may quote a person's name or e-mail)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import crash, msgbox


def test_unexpected_exception_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(msgbox, "crash", lambda text, details: shown.append((text, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "kohort.log"
    crash.install(log_file)
    message = "division by zero in the grid of " + "Anna Svensson"
    try:
        raise ZeroDivisionError(message)
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="kohort.crash"):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    text, details = shown[0]
    assert str(log_file) in text and "What was saved is safe" in text
    assert "ZeroDivisionError" in details and "test_crash.py" in details
    assert "Anna Svensson" not in details
    assert "Unhandled exception" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "Anna Svensson" not in caplog.text
