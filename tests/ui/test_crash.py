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


def test_a_failure_before_the_first_paint_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log and the crash hook are set up once the window has painted (their imports
    wait); a failure before that sets them up at once and reaches both."""
    from ui import app as kohort_app

    shown: list[str] = []
    monkeypatch.setattr(msgbox, "crash", lambda _text, details: shown.append(details))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))  # the log handler added, undone
    log_file = tmp_path / "logs" / "kohort.log"
    kohort_app.catch_early(log_file)
    assert not log_file.exists()  # nothing set up yet
    name = "Anna " + "Svensson"
    try:
        raise KeyError(name)
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "KeyError" in shown[0]
    for handler in root.handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception" in logged and "KeyError" in logged
    assert "Anna Svensson" not in logged
    kohort_app.log_and_catch(log_file)  # after the first paint: already done, not twice
    ours = [h for h in root.handlers if getattr(h, "baseFilename", None) == str(log_file)]
    assert len(ours) == 1
    for handler in ours:
        handler.close()
