"""Long work on the real worker thread: the progress dialog, Cancel, and files written.

The other UI tests run tasks synchronously, where the queued progress signal, the dialog
that appears after a while and the Cancel button are never exercised. Here the worker is a
real thread; the work waits on an event the test sets, so no test depends on timing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import diploma_listing
from app.services.diploma_output import HandOutOrder
from tests.conftest import AFTER_DEMO
from tests.pdf_text import squashed
from tests.ui.helpers import on_tab
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
from ui.main_window import MainWindow
from ui.progress import LongTask, run_long_task
from ui.tasks import TaskRunner
from ui.workspace import Workspace

WAIT_MS = 15_000  # generous: a shared machine may be slow; waitUntil returns at once when met


def let_go(event: threading.Event) -> None:
    """Called on the worker: wait for the test, but never hang the run if it failed."""
    if not event.wait(WAIT_MS / 1000):
        raise AssertionError("the test never let the work go on")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_the_dialog_follows_the_worker_and_is_gone_at_the_end(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started: list[LongTask] = []
    go_on = threading.Event()
    results: list[str] = []

    def work(_session: object, task: LongTask) -> str:
        started.append(task)
        task.progress(0, 3)
        task.progress(1, 3)
        let_go(go_on)
        task.progress(2, 3)
        task.progress(3, 3)
        return "written"

    run_long_task(
        Workspace(db, runner),
        parent,
        "Working…",
        work,
        results.append,
        cancelled_message="Cancelled.",
        changes=None,
    )
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT_MS)
    dialog = started[0].dialog
    shown: list[tuple[int, bool]] = []  # each value the bar took, and whether on the UI thread
    dialog.findChild(QProgressBar).valueChanged.connect(
        lambda value: shown.append((value, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: dialog.maximum() == 3 and dialog.value() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # appears while the work goes on
    assert dialog.labelText() == "Working…" and not results
    go_on.set()
    qtbot.waitUntil(lambda: results == ["written"], timeout=WAIT_MS)
    assert [value for value, _ in shown][-2:] == [2, 3]
    assert all(on_ui_thread for _, on_ui_thread in shown)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)  # closed, deleted


@pytest.fixture
def window(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, runner: TaskRunner
) -> Iterator[MainWindow]:
    main = MainWindow(demo_db, runner, ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    qtbot.waitUntil(
        lambda: on_tab(main, main.cohort_page.diplomas).model.rowCount() == 14, timeout=WAIT_MS
    )
    main.cohort_page.tabs.setCurrentIndex(main.cohort_page.DIPLOMAS_TAB)
    yield main
    main.close()  # cancels what still runs and waits for the worker


def issued(window: MainWindow) -> int:
    model = on_tab(window, window.cohort_page.diplomas).model
    return sum(1 for r in range(model.rowCount()) if model.row_at(r).diploma is not None)


def test_cancel_in_the_dialog_rolls_the_issuing_back(
    qtbot: QtBot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    running: list[LongTask] = []
    go_on = threading.Event()
    report = LongTask.progress

    def progress(task: LongTask, done: int, total: int) -> None:
        report(task, done, total)
        if done == 1:  # one diploma made: hold the worker there until Cancel is pressed
            running.append(task)
            let_go(go_on)

    monkeypatch.setattr(LongTask, "progress", progress)
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    on_tab(window, window.cohort_page.diplomas).issue()  # all ten eligible
    qtbot.waitUntil(lambda: bool(running), timeout=WAIT_MS)
    dialog = running[0].dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.maximum() == 10
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(
        lambda: "no diploma was issued" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    with demo_db.read() as s:
        cohort_id = on_tab(window, window.cohort_page.diplomas).cohort_id
        assert cohort_id is not None
        assert diploma_listing.list_diplomas(s, cohort_id) == []
    assert issued(window) == 0


def test_one_file_per_person_from_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    on_tab(window, window.cohort_page.diplomas).issue()
    qtbot.waitUntil(lambda: issued(window) == 10, timeout=WAIT_MS)  # the register reloaded

    folder = tmp_path / "diplom"
    choice = CeremonyChoice(HandOutOrder.SURNAME, None, False, Destination.SEPARATE)
    monkeypatch.setattr(CeremonyDialog, "run", lambda _self: choice)
    monkeypatch.setattr(files, "choose_folder", lambda *_: folder)
    on_tab(window, window.cohort_page.diplomas).output.ceremony()
    qtbot.waitUntil(
        lambda: "10 files written to" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == 10
    names = {p.name.split(" FL-")[0] for p in written}
    assert "Fatima Al-Hassan" in names
    for path in written:
        text = PdfReader(path).pages[0].extract_text()
        assert squashed(path.name.split(" FL-")[0]) in squashed(text)  # long names: two lines
