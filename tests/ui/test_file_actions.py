"""File ▸ Open another database…, Open recent and Backup…, driven as a coordinator would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.db import Database, open_database
from app.services import programs
from app.services.programs import ProgramFields
from tests.conftest import AFTER_DEMO
from ui import msgbox
from ui.dialogs import files
from ui.file_actions import RECENT_KEY
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def _database_with(path: Path, programme: str) -> Path:
    with open_database(str(path)) as db, db.write() as session:
        programs.create_program(session, ProgramFields(name=programme, code="X"))
    return path


def _programmes(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.item(row).text() for row in range(model.rowCount())]


@pytest.fixture
def first(db: Database) -> Database:
    with db.write() as session:
        programs.create_program(session, ProgramFields(name="Framtidens ledare", code="FL"))
    return db


@pytest.fixture
def window(qtbot: QtBot, first: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(first, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    yield main
    main.db.close()  # the file it switched to, if it did


@pytest.fixture
def other(tmp_path: Path) -> Path:
    return _database_with(tmp_path / "annan" / "chefsprogram.sqlite3", "Chefsprogrammet")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    return shown


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]


def test_the_file_menu_offers_open_recent_and_backup(window: MainWindow) -> None:
    texts = _file_menu_texts(window)
    assert texts[:4] == [
        "&Open another database…",
        "Open a tea&m database…",
        "Open &recent",
        "&Backup…",
    ]
    assert window.file_actions.open_action.shortcut().toString() == "Ctrl+O"
    assert window.file_actions.backup_action.shortcut().toString() == "Ctrl+Shift+B"


# -- backup -------------------------------------------------------------------------------


def test_backup_suggests_a_dated_name_and_writes_a_checked_copy(
    qtbot: QtBot,
    first: Database,
    ui_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(first, TaskRunner(), ui_settings, today=AFTER_DEMO)  # a real worker
    qtbot.addWidget(window)
    stick = tmp_path / "stick"
    stick.mkdir()
    asked: list[str] = []

    def save(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(stick / "kopia"), "Kohort databases (*.sqlite3)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.file_actions.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())
    window.runner.shutdown()
    assert asked == [str(Path.home() / "Kohort backup 2027-06-01.sqlite3")]
    copy = stick / "kopia.sqlite3"
    assert window.statusBar().currentMessage() == (
        f"Backed up to {copy} (integrity and row counts checked)."
    )
    con = sqlite3.connect(copy)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM program")] == ["Framtidens ledare"]
    finally:
        con.close()

    monkeypatch.setattr(files, "choose_backup_file", lambda _p, _s, folder: asked.append(folder))
    window.file_actions.backup()
    assert asked[-1] == stick  # the next backup starts where the last one went


def test_backup_to_a_stick_that_is_not_there_says_so_and_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    target = tmp_path / "media" / "usb" / "kohort.sqlite3"
    monkeypatch.setattr(files, "choose_backup_file", lambda *_a: target)
    window.file_actions.backup()
    assert len(errors) == 1
    assert f"The folder {target.parent} does not exist. Is the USB stick" in errors[0]
    assert not (tmp_path / "media").exists()


# -- opening another database -------------------------------------------------------------


def test_open_another_database_switches_and_lets_go_of_this_one(
    window: MainWindow, first: Database, other: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen_in: list[Path] = []

    def choose(_parent: object, folder: Path) -> Path:
        chosen_in.append(folder)
        return other

    monkeypatch.setattr(files, "choose_database_file", choose)
    window.file_actions.open_action.trigger()
    assert chosen_in == [first.path.parent]
    assert window.db.path == window.workspace.db.path == other
    assert window.windowTitle() == "Kohort — chefsprogram.sqlite3"
    assert _programmes(window) == ["Chefsprogrammet"]
    assert not first.path.with_name(first.path.name + ".lock").exists()
    open_database(str(first.path)).close()  # the first file is free for another Kohort
    assert window.file_actions.recent() == [other, first.path]


def test_open_recent_lists_the_other_files_and_opens_one(
    window: MainWindow, first: Database, other: Path
) -> None:
    window.file_actions.open_database_file(other)
    menu = window.file_actions.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(first.path)]  # not the one that is open
    assert entries[0].text() == f"&1 {first.path.name} — {first.path.parent}"
    entries[0].trigger()
    assert window.db.path == first.path
    assert _programmes(window) == ["Framtidens ledare"]


def test_a_recent_list_stored_as_one_string_reads_as_one_file(
    window: MainWindow, ui_settings: QSettings, first: Database
) -> None:
    # Some QSettings back ends give a one-item list back as a plain string.
    ui_settings.setValue(RECENT_KEY, str(first.path))
    assert window.file_actions.recent() == [first.path]
    ui_settings.setValue(RECENT_KEY, None)
    assert window.file_actions.recent() == []


@pytest.mark.parametrize("problem", ["in use", "too new", "damaged"])
def test_a_file_that_cannot_be_opened_is_explained_and_this_one_stays(
    window: MainWindow, first: Database, other: Path, errors: list[str], problem: str
) -> None:
    holder = None
    if problem == "in use":
        holder = open_database(str(other))
        expected = "already open in another Kohort"
    elif problem == "too new":
        con = sqlite3.connect(other)
        con.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
        con.commit()
        con.close()
        expected = "newer version of Kohort"
    else:
        other.write_bytes(b"PK\x03\x04 a spreadsheet" * 100)
        expected = "not a Kohort database"
    try:
        assert window.file_actions.open_database_file(other) is False
    finally:
        if holder is not None:
            holder.close()
    assert len(errors) == 1 and expected in errors[0]
    assert window.db is first and window.workspace.db is first
    assert _programmes(window) == ["Framtidens ledare"]
    with first.write() as session:  # still open, locked and writable
        programs.create_program(session, ProgramFields(name="Ny", code="NY"))
    assert first.path.with_name(first.path.name + ".lock").exists()


def test_a_recent_file_that_is_gone_is_said_and_dropped(
    window: MainWindow, other: Path, errors: list[str]
) -> None:
    window.file_actions.open_database_file(other)
    window.file_actions.open_database_file(window.file_actions.recent()[1])  # back again
    for leftover in other.parent.iterdir():
        leftover.unlink()
    other.parent.rmdir()
    assert window.file_actions.open_database_file(other) is False
    assert "There is no database file" in errors[0]
    assert other not in window.file_actions.recent()
    assert not other.parent.exists()  # nothing was created in its place


def test_the_open_file_itself_is_not_opened_again(window: MainWindow, first: Database) -> None:
    assert window.file_actions.open_database_file(first.path) is False
    assert window.db is first
    assert "is already open" in window.statusBar().currentMessage()


def test_no_switch_while_work_for_this_database_is_running(
    window: MainWindow, first: Database, other: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(TaskRunner, "busy", property(lambda _self: True))
    assert window.file_actions.open_database_file(other) is False
    assert told and "still working" in told[0]
    assert window.db is first


SWITCH_AND_QUIT = """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui import app as kohort_app, msgbox
    from ui.main_window import MainWindow

    first, other = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    # A message box nobody answers would hang the process: print it instead.
    msgbox.error = msgbox.information = lambda _p, _t, text: print("box", text, flush=True)

    def switch():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        if window.runner.busy:  # still loading the first file on a busy machine
            QTimer.singleShot(50, switch)
            return
        print("switched", window.file_actions.open_database_file(Path(other)), flush=True)
        window.close()

    QTimer.singleShot(300, switch)
    print("exit", kohort_app.run_gui(first), flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the lock files")
def test_quitting_after_a_switch_leaves_no_lock_file_behind(tmp_path: Path, other: Path) -> None:
    script = tmp_path / "switch.py"
    script.write_text(textwrap.dedent(SWITCH_AND_QUIT), encoding="utf-8")
    first = _database_with(tmp_path / "forsta.sqlite3", "Framtidens ledare")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(script), str(first), str(other)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
        cwd=tmp_path,
        check=False,
    )
    assert "switched True" in result.stdout and "exit 0" in result.stdout, (
        result.stdout + result.stderr[-2000:]
    )
    assert list(tmp_path.glob("*.lock")) == [] and list(other.parent.glob("*.lock")) == []
