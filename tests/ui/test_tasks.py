"""The task runner: work on a worker thread, results and errors back on the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.db import Database
from app.errors import ValidationError
from ui.tasks import TaskRunner
from ui.workspace import Workspace


def test_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_ui_thread"] = QThread.currentThread() is ui_thread

    runner.run(work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"worker": True, "value": 42, "on_ui_thread": True}
    assert not runner.busy


def test_errors_arrive_as_exceptions(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValidationError("The cohort cannot end before it starts.")

    runner.run(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationError)


def test_work_runs_one_at_a_time_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    order: list[int] = []
    active = []

    def work(i: int) -> int:
        active.append(i)
        assert len(active) == 1  # never two at once: database writes are serialized
        active.pop()
        return i

    for i in range(20):
        runner.run(lambda i=i: work(i), order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_synchronous_mode_for_unit_tests() -> None:
    runner = TaskRunner(synchronous=True)
    got: list[int] = []
    runner.run(lambda: 7, got.append)
    assert got == [7]


def test_a_result_for_a_closed_dialog_is_dropped_not_crashed(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """A dialog closed (and deleted) while its work runs: the answer finds no widget."""
    runner = TaskRunner()
    workspace = Workspace(db, runner)
    dialog = QDialog()
    label = QLabel(dialog)
    release = threading.Event()
    delivered: list[str] = []

    def work() -> str:
        release.wait(5)
        return "answer"

    def done(text: str) -> None:
        label.setText(text)  # would raise RuntimeError on a deleted label
        delivered.append(text)

    workspace.run(dialog, work, done)
    workspace.read(dialog, lambda _s: "read", done)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    release.set()
    assert runner.wait(5000)
    qtbot.wait(50)  # let the queued results arrive
    assert delivered == [] and not runner.busy
    kept = QDialog()
    qtbot.addWidget(kept)
    workspace.run(kept, lambda: "still here", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["still here"], timeout=5000)


def test_when_idle_waits_for_the_work_and_its_delivery(qtbot: QtBot) -> None:
    runner = TaskRunner()
    order: list[str] = []
    release = threading.Event()
    runner.run(lambda: release.wait(10), lambda _: order.append("delivered"))
    runner.when_idle(lambda: order.append("idle"))
    assert order == []
    release.set()
    qtbot.waitUntil(lambda: "idle" in order, timeout=5000)
    assert order == ["delivered", "idle"]
    runner.when_idle(lambda: order.append("at once"))
    assert order[-1] == "at once"
    runner.shutdown()
