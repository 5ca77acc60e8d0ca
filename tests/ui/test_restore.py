"""Automatic backups from the window, File ▸ Restore from backup…, and the offer of the
newest good backup when the database is damaged (at start or during work)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.backups import BackupInfo, Kind, automatic_backup, automatic_name, list_backups
from app.db import Database, open_database
from app.domain import Language
from app.errors import DatabaseDamagedError, DatabaseError
from app.services import programs
from app.services.programs import ProgramFields
from tests.conftest import AFTER_DEMO, copy_database
from tests.ui.languages import interface_in
from tests.ui.test_qt_runtime import _run
from ui import msgbox, ui_state
from ui.auto_backup import AutoBackup, backup_on_close
from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from ui.dialogs.restore_dialog import BackupTableModel, RestoreDialog
from ui.file_actions import offer_text, restore_at_start
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

NOW = dt.datetime(2026, 12, 5, 17, 5)


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM program ORDER BY name")]
    finally:
        con.close()


def _sidebar(window: MainWindow) -> list[str]:
    model = window.tree_model
    return sorted(model.item(row).text() for row in range(model.rowCount()))


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    (tmp_path / "data").mkdir()
    return copy_database(demo_template, tmp_path / "data" / "kohort.sqlite3")


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, ui_settings: QSettings) -> Iterator[MainWindow]:
    db = open_database(str(demo_file))
    main = MainWindow(db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    yield main
    main.db.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append("error: " + text))
    return shown


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(msgbox, "question", question)
    return asked


def _add_programme(db: Database, name: str) -> None:
    with db.write() as session:
        programs.create_program(session, ProgramFields(name=name, code=name[:2].upper()))


def test_the_file_menu_offers_restore(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts[:4] == [
        "&Open another database…",
        "Open &recent",
        "&Backup…",
        "Res&tore from backup…",
    ]


# -- the dialog --------------------------------------------------------------------------------


def test_the_backup_model_shows_date_size_counts_and_check(
    qtmodeltester: ModelTester, demo_file: Path
) -> None:
    automatic_backup(demo_file, NOW)
    (demo_file.parent / "backups" / "kohort-2026-12-06-0900.sqlite3").write_bytes(b"x" * 2000)
    model = BackupTableModel()
    model.set_rows(list_backups(demo_file))
    qtmodeltester.check(model)
    cells = [
        [model.index(row, col).data() for col in range(model.columnCount())] for row in range(2)
    ]
    assert cells[0][BackupTableModel.CHECK] == "Damaged"
    assert cells[0][BackupTableModel.PROGRAMMES] == ""
    assert cells[1][BackupTableModel.TAKEN] == "5 december 2026 17:05"
    assert cells[1][BackupTableModel.PROGRAMMES] == "2"
    assert cells[1][BackupTableModel.COHORTS] == "4"
    assert cells[1][BackupTableModel.CHECK] == "OK"
    assert cells[1][BackupTableModel.KIND] == "Automatic"


def test_the_dialog_chooses_a_good_backup_only(qtbot: QtBot, demo_file: Path) -> None:
    automatic_backup(demo_file, NOW)
    (demo_file.parent / "backups" / "kohort-2026-12-06-0900.sqlite3").write_bytes(b"x" * 2000)
    found = list_backups(demo_file)
    dialog = RestoreDialog(None, found, "backups")
    qtbot.addWidget(dialog)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.taken_at == NOW  # the newest good one, chosen
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # the damaged one
    assert not dialog.restore_button.isEnabled()


# -- restoring from the window -----------------------------------------------------------------


def test_restore_from_the_menu_brings_the_backup_back_and_reopens(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    path = window.db.path
    automatic_backup(path, NOW)
    _add_programme(window.db, "Added after the backup")
    window.refresh()
    assert "Added after the backup" in _sidebar(window)
    offered: list[list[BackupInfo]] = []

    def choose(
        _parent: object, backups: list[BackupInfo], _folder: str, _other: object = None
    ) -> BackupInfo:
        offered.append(backups)
        return backups[0]

    monkeypatch.setattr(RestoreDialog, "choose", choose)
    asked = _answer(monkeypatch, True)
    window.file_actions.restore()
    assert len(offered[0]) == 1
    assert "Replace the database with the backup from 5 december 2026 17:05?" in asked[0]
    assert "saved as a backup" in asked[0]
    assert "Added after the backup" not in _sidebar(window)
    assert window.db.path == path and "Restored the backup" in told[0]
    saved = Path(told[0].split("saved as ")[1].rstrip("."))
    assert "Added after the backup" in _names(saved)
    _add_programme(window.db, "Still writable")  # the reopened database is locked and ours
    with pytest.raises(Exception, match="already open"):
        open_database(str(path))


def test_declining_the_restore_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    automatic_backup(window.db.path, NOW)
    _add_programme(window.db, "Kept")
    monkeypatch.setattr(RestoreDialog, "choose", lambda _p, backups, _f, _o=None: backups[0])
    _answer(monkeypatch, False)
    window.file_actions.restore()
    assert "Kept" in _names(window.db.path)


def test_a_damaged_database_during_work_offers_the_newest_good_backup(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    automatic_backup(window.db.path, NOW)
    _add_programme(window.db, "Lost with the damage")
    asked = _answer(monkeypatch, True)
    damage = DatabaseDamagedError("The database is damaged (malformed).")
    window.workspace.report(window, damage, None)
    assert asked[0].startswith("The database is damaged (malformed).")
    assert "Restore the backup from 5 december 2026 17:05?" in asked[0]
    assert "Lost with the damage" not in _names(window.db.path)
    assert "Restored the backup" in told[0]


def test_yes_to_the_offer_waits_for_the_busy_worker(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    """The worker is busy when the coordinator says Yes: the restore waits for it (the
    answer is never refused with "try again in a moment")."""
    automatic_backup(window.db.path, NOW)
    _add_programme(window.db, "Lost with the damage")
    runner = TaskRunner()
    window.runner = window.workspace.runner = runner
    release = threading.Event()
    finished: list[object] = []

    def question(_parent: object, _title: str, _text: str) -> bool:
        runner.run(lambda: release.wait(10), finished.append)  # work under way as Yes is said
        return True

    monkeypatch.setattr(msgbox, "question", question)
    try:
        window.file_actions.offer_restore(DatabaseDamagedError("The database is damaged."))
        qtbot.waitUntil(lambda: runner.busy and not window.file_actions._offering)
        assert told == [] and "Lost with the damage" in _names(window.db.path)
        release.set()
        qtbot.waitUntil(lambda: bool(told))
        assert finished == [True] and told[0].startswith("Restored the backup")
        assert "Lost with the damage" not in _names(window.db.path)
    finally:
        release.set()
        runner.shutdown()


def test_a_damaged_database_without_a_good_backup_says_so(
    window: MainWindow, told: list[str]
) -> None:
    window.workspace.report(window, DatabaseDamagedError("Damaged."), None)
    assert told[0].startswith("error: Damaged.") and "There is no backup" in told[0]


# -- damaged at start --------------------------------------------------------------------------


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_a_database_damaged_at_start_offers_the_newest_good_backup(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    automatic_backup(demo_file, NOW)
    _damage(demo_file)
    with pytest.raises(DatabaseDamagedError) as refused:
        open_database(str(demo_file))
    asked = _answer(monkeypatch, True)
    db = restore_at_start(str(demo_file), refused.value)
    assert db is not None
    try:
        assert "Restore the backup from 5 december 2026 17:05?" in asked[0]
        assert "The damaged file was saved as" in told[0]
        assert len(_names(demo_file)) == 2
    finally:
        db.close()
    assert any("damaged" in p.name for p in (demo_file.parent / "backups").iterdir())


def test_declining_at_start_leaves_the_damaged_file(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    automatic_backup(demo_file, NOW)
    _damage(demo_file)
    before = demo_file.read_bytes()
    _answer(monkeypatch, False)
    assert restore_at_start(str(demo_file), DatabaseDamagedError("Damaged.")) is None
    assert demo_file.read_bytes() == before


def test_no_offer_at_start_without_a_good_backup(demo_file: Path) -> None:
    _damage(demo_file)
    # msgbox.question is not patched: asking would fail the test
    assert restore_at_start(str(demo_file), DatabaseDamagedError("Damaged.")) is None


# -- automatic backups from the window ---------------------------------------------------------


def test_the_daily_backup_runs_once_a_day_and_says_so_quietly(window: MainWindow) -> None:
    clock = [NOW]
    auto = AutoBackup(window, now=lambda: clock[0])
    assert auto.check()
    assert window.statusBar().currentMessage() == "Backup saved 17:05"
    assert not auto.check()  # just taken
    clock[0] = NOW + dt.timedelta(hours=23)
    assert not auto.check()
    clock[0] = NOW + dt.timedelta(days=1)
    assert auto.check()
    assert len(list_backups(window.db.path)) == 2


def test_a_missing_second_folder_is_a_quiet_notice(
    window: MainWindow, ui_settings: QSettings, tmp_path: Path
) -> None:
    ui_state.SECOND_BACKUP_FOLDER.write(ui_settings, str(tmp_path / "usb-stick"))
    auto = AutoBackup(window, now=lambda: NOW)
    assert auto.check()
    message = window.statusBar().currentMessage()
    assert message.startswith("Backup saved 17:05. The second backup folder")
    assert not (tmp_path / "usb-stick").exists()


def test_the_backup_on_closing_goes_to_both_folders(demo_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ui_state.SECOND_BACKUP_FOLDER.write(settings, str(stick))
    backup_on_close(demo_file, settings, NOW)
    name = f"{automatic_name(demo_file, NOW)}.sqlite3"
    assert (demo_file.parent / "backups" / name).exists()
    assert (stick / name).exists()


def test_preferences_keep_the_second_backup_folder(
    window: MainWindow, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(_parent: object, current: Preferences, _system: object) -> Preferences:
        return Preferences(current.language, "/media/usb")

    monkeypatch.setattr(PreferencesDialog, "ask", ask)
    window.edit_preferences()
    assert ui_state.SECOND_BACKUP_FOLDER.read(ui_settings) == "/media/usb"


CLOSE_SCRIPT = """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui import app as kohort_app
    from ui.main_window import MainWindow

    app = QApplication([])

    def close():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.close()

    QTimer.singleShot(300, close)
    print("exit", kohort_app.run_gui(sys.argv[1]), flush=True)
"""


def test_closing_kohort_takes_a_backup(tmp_path: Path, demo_template: Path) -> None:
    path = copy_database(demo_template, tmp_path / "k.sqlite3")
    result = _run(CLOSE_SCRIPT, tmp_path, str(path), timeout=60)
    assert "exit 0" in result.stdout, result.stderr[-2000:]
    made = list_backups(path)
    assert len(made) == 1 and made[0].good and made[0].programmes == 2


def test_closing_while_the_daily_backup_runs_waits_for_it(
    qtbot: QtBot, demo_file: Path, ui_settings: QSettings
) -> None:
    db = open_database(str(demo_file))
    main = MainWindow(db, TaskRunner(), ui_settings, today=AFTER_DEMO)  # a real worker
    qtbot.addWidget(main)
    main.show()
    try:
        assert AutoBackup(main, now=lambda: NOW).check()
        main.close()
        assert not main.isVisible()
        made = list_backups(demo_file)
        assert len(made) == 1 and made[0].good
        assert not list((demo_file.parent / "backups").glob("*.partial"))
    finally:
        db.close()


def test_the_restore_questions_ask_as_one_asks() -> None:
    """ "Vill du återställa …?", not the bare infinitive "Återställa …?"."""
    good = BackupInfo(Path("b.sqlite3"), Kind.AUTOMATIC, NOW, 1, 1, 1, 1, None)
    with interface_in(Language.SWEDISH):
        offer = offer_text(DatabaseError("Databasen är skadad."), good)
        replace = QCoreApplication.translate(
            "FileActions",
            "Replace the database with the backup from {when}?\n\nThe current database "
            "is saved as a backup in {folder} first.",
        )
    assert "\n\nVill du återställa säkerhetskopian från 5 december 2026 17:05?" in offer
    assert replace.startswith("Vill du ersätta databasen med säkerhetskopian från {when}?")
