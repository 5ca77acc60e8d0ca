"""What the command line says when a check meets a full or failing disk, a damaged file or a
file that is not a backup: a translated sentence once, never a traceback, never SQLite's or
the operating system's English inside a Swedish or Finnish sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import db as db_module
from app import db_errors
from app.db import open_database
from app.db_check import record_path
from app.errors import DatabaseError
from app.lockfile import LockFile
from app.reasons import reason_text
from tests.corruptions import KINDS
from tests.integration.test_cli import run

MARK = ("attendance", "mark", "--session", "6", "--status", "present", "19")
ENGLISH = (
    "database disk image",
    "malformed",
    "No space left",
    "disk I/O error",
    "Read-only file system",
    "No such file",
    "On tree page",
    "process ",
)


def _sqlite_error(code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")  # English: must never be shown
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


def _failing_check(code: int) -> object:
    def check(_path: Path) -> list[str]:
        raise _sqlite_error(code)

    return check


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (
            sqlite3.SQLITE_IOERR | (3 << 8),
            "reported an error while reading it; nothing was changed",
        ),
        (sqlite3.SQLITE_FULL, "is full; nothing was saved, and the database itself is fine"),
        (sqlite3.SQLITE_CANTOPEN, "cannot open"),
        (sqlite3.SQLITE_READONLY, "read-only"),
    ],
)
def test_the_full_check_meeting_a_disk_error_says_so_without_a_traceback(
    demo_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    says: str,
) -> None:
    record_path(demo_file).unlink(missing_ok=True)  # the full check is due
    monkeypatch.setattr(db_module, "quick_check_problems", _failing_check(code))
    status, out, err = run(capsys, "--db", str(demo_file), "cohorts")
    assert status == 1 and out == ""
    assert says in err and err.count("kohort:") == 1, err
    assert "damaged" not in err and "disk I/O error" not in err


def test_a_disk_error_on_a_nearly_full_disk_says_the_disk_is_full(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record_path(demo_file).unlink(missing_ok=True)
    monkeypatch.setattr(db_module, "quick_check_problems", _failing_check(sqlite3.SQLITE_IOERR))
    monkeypatch.setattr(db_errors, "_nearly_full", lambda _path: True)
    status, _out, err = run(capsys, "--db", str(demo_file), "cohorts")
    assert status == 1 and "is full" in err and "Free some space" in err


def test_the_window_s_full_check_raises_a_translated_error_not_a_raw_one(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(str(demo_file)) as database:
        monkeypatch.setattr(db_module, "quick_check_problems", _failing_check(sqlite3.SQLITE_IOERR))
        with pytest.raises(DatabaseError, match="reported an error while reading"):
            database.run_full_check()
        assert database.damaged is None  # a disk error is not damage


def test_a_disk_error_in_a_fresh_process_is_one_line_not_a_traceback(demo_file: Path) -> None:
    record_path(demo_file).unlink(missing_ok=True)
    script = textwrap.dedent(
        """
        import sqlite3, sys
        from app import db
        def check(path):
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = sqlite3.SQLITE_IOERR
            raise exc
        db.quick_check_problems = check
        from app.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2]), "KOHORT_LANG": "sv"}
    done = subprocess.run(
        [sys.executable, "-c", script, "--db", str(demo_file), "cohorts"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "Ingenting ändrades" in done.stderr, done.stderr
    assert not any(phrase in done.stderr for phrase in ENGLISH)


# -- the damage message: once, and fitting where it is shown ------------------------------


@pytest.mark.parametrize("command", [("participants", "--cohort", "1"), MARK, ("cohorts",)])
def test_the_damage_warning_is_printed_once(
    demo_file: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    KINDS["bit in an index page's cell pointers"](demo_file)
    _status, _out, err = run(capsys, "--db", str(demo_file), *command)
    assert err.count("damaged") == 1 and err.count("kohort:") == 1, err
    assert "`kohort backups`, then restore one with `kohort restore BACKUP`" in err
    assert "File ▸" not in err  # the command line has no menus


def test_check_lists_the_detail_and_says_it_once_in_short(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    KINDS["bit in an index page's cell pointers"](demo_file)
    status, out, err = run(capsys, "--db", str(demo_file), "check")
    assert status == 1 and out.strip()  # SQLite's own words, for whoever repairs it
    assert err.count("kohort:") == 1 and "(listed above)" in err, err


def test_restoring_a_file_that_is_no_backup_says_choose_another(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_backup = tmp_path / "people.csv"
    not_backup.write_text("first_name,last_name\nAnna,Berg\n", encoding="utf-8")
    status, _out, err = run(capsys, "--db", str(demo_file), "restore", "--yes", str(not_backup))
    assert status == 1
    assert "is not a Kohort backup or is damaged; choose another from `kohort backups`" in err
    assert "kohort restore" not in err  # no circular advice
    assert "Nothing was changed" in err


# -- no English inside Swedish or Finnish --------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_a_damaged_file_is_described_without_english(
    demo_file: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    KINDS["bit in a table page's cell pointers"](demo_file)
    _status, _out, err = run(capsys, "--lang", lang, "--db", str(demo_file), "cohorts")
    assert err.strip() and not any(phrase in err for phrase in ENGLISH), err
    _status, _out, err = run(capsys, "--lang", lang, "--db", str(demo_file), *MARK)
    assert err.strip() and not any(phrase in err for phrase in ENGLISH), err


def test_the_lock_owner_and_os_reasons_are_translated(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.i18n import set_language

    lock = LockFile(demo_file.with_name(demo_file.name + ".lock"))
    lock.acquire(demo_file)
    try:
        status, _out, err = run(capsys, "--lang", "sv", "--db", str(demo_file), "cohorts")
    finally:
        lock.release()
    assert status == 1 and f"(process {os.getpid()} på " in err, err
    set_language("sv")
    try:
        for number in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.ENOENT, errno.EIO):
            text = reason_text(OSError(number, os.strerror(number)))
            assert text != os.strerror(number) and not any(p in text for p in ENGLISH)
        assert reason_text(OSError(errno.ENOSPC, "x")) == "disken är full"
        assert reason_text(_sqlite_error(sqlite3.SQLITE_CORRUPT)) == "filen är skadad"
    finally:
        set_language("en")


def test_damage_hidden_by_setting_the_time_back_is_refused_the_same_day(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's bit rot: a clean `cohorts`, bytes flipped, the time set back (touch -r)."""
    assert run(capsys, "--db", str(demo_file), "cohorts")[0] == 0  # checked, closed cleanly
    before = demo_file.stat()
    KINDS["bit in an index page's cell pointers"](demo_file)
    os.utime(demo_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    status, _out, err = run(capsys, "--db", str(demo_file), *MARK)
    assert status == 1 and "damaged" in err and err.count("kohort:") == 1, err
