"""`kohort backups` and `kohort restore`."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from app.backups import automatic_backup
from app.cli import main
from app.db import open_database
from app.services import programs
from app.services.programs import ProgramFields
from tests.corruptions import KINDS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _programme_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM program").fetchone()[0])
    finally:
        con.close()


def test_backups_lists_them_as_a_table_and_as_json(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "backups")
    assert code == 0 and "There are no backups of this database" in out
    automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    code, out, _ = run(capsys, "--db", str(demo_file), "backups")
    assert code == 0
    assert "2026-12-07 17:05" in out and "OK" in out and "PROGRAMMES" in out
    code, out, _ = run(capsys, "--db", str(demo_file), "backups", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1
    assert listed[0]["taken_at"] == "2026-12-07T17:05" and listed[0]["programmes"] == 2
    assert listed[0]["good"] is True and listed[0]["kind"] == "automatic"


def test_backups_lists_a_damaged_copy_as_damaged(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The listing's check is SQLite's quick_check, not a count of three tables: a copy
    whose attendance page is broken is "Damaged" (the window's word too), never "OK"."""
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    KINDS["table page of 0xff"](made.path)
    code, out, _ = run(capsys, "--db", str(demo_file), "backups")
    assert code == 0 and "Damaged" in out and "OK" not in out
    code, out, _ = run(capsys, "--db", str(demo_file), "backups", "--json")
    assert json.loads(out)[0]["good"] is False


def test_restore_refuses_without_yes_when_not_interactive(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, _, err = run(capsys, "--db", str(demo_file), "restore", str(made.path))
    assert code == 1 and "--yes" in err


def test_restore_asks_on_a_terminal_and_no_changes_nothing(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    before = demo_file.read_bytes()
    terminal = io.StringIO("\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    code, out, _ = run(capsys, "--db", str(demo_file), "restore", str(made.path))
    assert code == 1 and "[y/N]" in out and "Nothing was changed" in out
    assert demo_file.read_bytes() == before


def test_restore_with_yes_brings_the_backup_back(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    with open_database(str(demo_file)) as db, db.write() as session:
        programs.create_program(session, ProgramFields(name="Added later", code="AL"))
    assert _programme_count(demo_file) == 3
    code, out, err = run(capsys, "--db", str(demo_file), "restore", str(made.path), "--yes")
    assert code == 0, err
    assert "Restored" in out and "The previous file was saved as" in out
    saved = Path(out.split("saved as ")[1].strip().rstrip("."))
    assert saved.parent == demo_file.parent / "backups" and saved.exists()
    assert _programme_count(demo_file) == 2
    code, out, _ = run(capsys, "--db", str(demo_file), "cohorts", "--json")
    assert code == 0 and len(json.loads(out)) == 4


def test_restore_is_refused_while_the_database_is_open(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    with open_database(str(demo_file)):
        code, _, err = run(capsys, "--db", str(demo_file), "restore", str(made.path), "--yes")
    assert code == 1 and "already open" in err


def test_restore_on_a_new_computer_creates_the_data_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The laptop is lost; the new one has no Kohort folder and no database yet: restoring
    the copy from the USB stick makes the default data folder (0700) and says there was
    nothing to save first."""
    stick = tmp_path / "usb"
    stick.mkdir()
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5), stick).second
    assert made is not None
    data = tmp_path / "home" / "xdg_data_home" / "Kohort"
    assert not data.parent.exists()
    code, out, err = run(capsys, "restore", str(made), "--yes")
    assert code == 0, err
    assert "nothing to save first" in out
    assert (data / "kohort.sqlite3").is_file()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    code, out, _ = run(capsys, "cohorts", "--json")
    assert code == 0 and len(json.loads(out)) == 4


def test_restore_to_a_named_file_in_a_missing_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5)).path
    target = tmp_path / "new" / "place" / "kohort.sqlite3"
    code, out, err = run(capsys, "--db", str(target), "restore", str(made), "--yes")
    assert code == 0, err
    assert target.is_file() and "nothing to save first" in out


def test_a_damaged_backup_creates_no_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5)).path
    KINDS["table page of 0xff"](made)
    target = tmp_path / "new" / "kohort.sqlite3"
    code, _, err = run(capsys, "--db", str(target), "restore", str(made), "--yes")
    assert code == 1 and "is not a Kohort backup or is damaged" in err
    assert not target.parent.exists()
