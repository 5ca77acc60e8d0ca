"""`kohort cohorts` reads an everyday file through plain sqlite3 (app.lean_read), prints the
very same bytes as the full path, and leaves every file that is not everyday to the full
path: missing, damaged, locked, in use, older or newer schema, a column gone."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app import cli, lean_read
from app import db as db_module
from app.cohort_list import CohortInfo, cohort_query
from app.db import SCHEMA_HEAD, open_database
from app.db_check import CheckRecord
from app.lean_read import read_lean
from app.services import cohorts, sessions
from app.session_list import SessionInfo, session_query
from tests.corruptions import KINDS
from tests.integration.test_cli import run

LISTS = [
    ["cohorts"],
    ["cohorts", "--json"],
    ["sessions", "--cohort", "1"],
    ["sessions", "--cohort", "2", "--json"],
]


def everyday(path: Path) -> Path:
    """The file as a command leaves it: checked in full today, closed cleanly."""
    open_database(str(path), full_check=True).close()
    return path


def full_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_LEAN", {})


def lean_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the full path was taken")

    monkeypatch.setattr(db_module, "open_database", refuse)


@pytest.mark.parametrize(
    "query",
    [{"include_archived": True}, {}, {"program_id": 1}, {"program_id": 2}, {"program_id": 9}],
    ids=str,
)
def test_the_lean_read_equals_the_session_s(demo_file: Path, query: dict[str, Any]) -> None:
    with open_database(str(demo_file), full_check=True) as database, database.read() as session:
        full = cohorts.list_cohorts(session, **query)
        one = cohorts.get_cohort(session, 2)
    assert read_lean(demo_file, cohort_query(**query)) == full  # closed: everyday now
    assert read_lean(demo_file, cohort_query(cohort_id=2, include_archived=True)) == [one]


@pytest.mark.parametrize("cohort_id", [1, 2, 99])
def test_the_lean_sessions_equal_the_session_s(demo_file: Path, cohort_id: int) -> None:
    with open_database(str(demo_file), full_check=True) as database, database.read() as session:
        full = sessions.list_sessions(session, cohort_id) if cohort_id != 99 else []
    assert read_lean(demo_file, session_query(cohort_id)) == full
    assert full or cohort_id == 99
    cohort = cohort_query(cohort_id=cohort_id, include_archived=True)
    lean = read_lean(demo_file, session_query(cohort_id), requires=cohort)
    assert lean == (None if cohort_id == 99 else full)  # no such cohort: the full path says so


@pytest.mark.parametrize("lang", ["en", "sv", "fi"])
@pytest.mark.parametrize("args", LISTS, ids=" ".join)
def test_the_same_bytes_in_every_language(
    demo_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    args: list[str],
) -> None:
    everyday(demo_file)
    with monkeypatch.context() as full:
        full_path_only(full)
        expected = run(capsys, "--lang", lang, "--db", str(demo_file), *args)
    lean_only(monkeypatch)
    assert run(capsys, "--lang", lang, "--db", str(demo_file), *args) == expected
    assert expected[0] == 0 and expected[1] and expected[2] == ""


@pytest.mark.parametrize("args", [["sessions", "--cohort", "99"]], ids=" ".join)
def test_a_cohort_that_is_not_there_is_said_as_before(
    demo_file: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    everyday(demo_file)
    code, out, err = run(capsys, "--db", str(demo_file), *args)
    assert (code, out, err) == (1, "", "kohort: There is no cohort with id 99.\n")


def test_nothing_is_written_or_left_beside_the_file(demo_file: Path) -> None:
    everyday(demo_file)
    os.chmod(demo_file, 0o644)  # as an older Kohort left it: tightened, as the full path does
    CheckRecord.read(demo_file).write(demo_file, stamp=True)  # and closed it cleanly so
    before = sorted(p.name for p in demo_file.parent.iterdir())
    record = CheckRecord.read(demo_file)
    stamp = demo_file.stat()
    assert read_lean(demo_file, cohort_query()) is not None
    assert sorted(p.name for p in demo_file.parent.iterdir()) == before
    # Only the stamp is renewed: tightening moved the file's change time (review 2, 3).
    assert CheckRecord.read(demo_file).checked == record.checked
    assert not CheckRecord.read(demo_file).full_check_due(demo_file, dt.date.today())
    renewed = CheckRecord.read(demo_file)
    assert read_lean(demo_file, cohort_query()) is not None  # and nothing written now
    assert CheckRecord.read(demo_file) == renewed
    after = demo_file.stat()
    assert (after.st_size, after.st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    if os.name == "posix":
        assert after.st_mode & 0o077 == 0


# -- what is not everyday goes the full path ------------------------------------------------


def _lock_text(path: Path) -> None:
    path.with_name(path.name + ".lock").write_text("process 1 on elsewhere")


def _wal(path: Path) -> None:
    path.with_name(path.name + "-wal").write_bytes(b"")


def _journal(path: Path) -> None:
    path.with_name(path.name + "-journal").write_bytes(b"")


def _checked_yesterday(path: Path) -> None:
    CheckRecord(dt.date.today() - dt.timedelta(days=1), CheckRecord.read(path).stamp).write(path)


def _no_record(path: Path) -> None:
    CheckRecord.forget(path)


def _touched(path: Path) -> None:
    os.utime(path, None)


@pytest.mark.parametrize(
    "change",
    [_lock_text, _wal, _journal, _checked_yesterday, _no_record, _touched],
    ids=lambda f: f.__name__.strip("_"),
)
def test_a_file_not_in_its_everyday_state_is_left_to_the_full_path(
    demo_file: Path, change: object
) -> None:
    everyday(demo_file)
    assert read_lean(demo_file, cohort_query()) is not None
    change(demo_file)  # type: ignore[operator]
    assert read_lean(demo_file, cohort_query()) is None


def test_a_folder_kohort_may_not_write_in_is_left_to_the_full_path(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full path refuses it (the lock file cannot be made); root may write anywhere, so
    the answer of the permission check is what is changed here."""
    everyday(demo_file)
    monkeypatch.setattr(lean_read.os, "access", lambda path, mode: Path(path) == demo_file)
    assert read_lean(demo_file, cohort_query()) is None


def test_a_missing_file_is_said_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "kohrt.sqlite3"
    code, out, err = run(capsys, "--db", str(missing), "cohorts", "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"kohort: There is no database file {missing};")
    assert not missing.exists()


def test_damage_after_a_good_check_still_warns_even_with_the_time_set_back(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everyday(demo_file)
    before = demo_file.stat()
    KINDS["bit in an index page's cell pointers"](demo_file)
    os.utime(demo_file, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves
    code, out, err = run(capsys, "--db", str(demo_file), "cohorts")
    assert code == 0 and "Framtidens ledare" in out
    assert "damaged" in err and "kohort restore" in err


def test_a_file_open_in_another_kohort_is_refused_as_before(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everyday(demo_file)
    with open_database(str(demo_file)):
        code, out, err = run(capsys, "--db", str(demo_file), "cohorts", "--json")
    assert (code, out) == (1, "")
    assert "already open in another Kohort" in err


def test_a_write_in_progress_elsewhere_reads_as_the_full_path_does(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program (not Kohort) in the middle of a write: the last committed rows."""
    everyday(demo_file)
    other = sqlite3.connect(demo_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE cohort SET name = 'not yet' WHERE id = 1")
        code, out, err = run(capsys, "--db", str(demo_file), "cohorts", "--json")
        with monkeypatch.context() as full:
            full_path_only(full)
            assert run(capsys, "--db", str(demo_file), "cohorts", "--json") == (code, out, err)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 0 and "not yet" not in out and "Framtidens ledare" in out


def _altered(path: Path, statement: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(statement)
        con.commit()
    finally:
        con.close()


def _with_record(path: Path) -> Path:
    """Checked today and stamped as closed cleanly now: only the schema can send it away."""
    CheckRecord(dt.date.today(), None).write(path, checked=dt.date.today(), stamp=True)
    return path


def test_an_older_file_is_upgraded_first(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(db_module.alembic_config(connection), "0004")
    engine.dispose()
    code, out, err = run(capsys, "--db", str(_with_record(db_path)), "cohorts", "--json")
    assert (code, out.strip(), err) == (0, "[]", "")
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        con.close()
    assert list((db_path.parent / "backups").glob("*before-upgrade*"))


def test_a_newer_file_is_refused_as_before(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _altered(demo_file, "UPDATE alembic_version SET version_num = '9999'")
    before = demo_file.read_bytes()
    code, out, err = run(capsys, "--db", str(_with_record(demo_file)), "cohorts")
    assert (code, out) == (1, "")
    assert "newer version of Kohort" in err and "9999" in err
    assert demo_file.read_bytes() == before


def test_a_file_missing_a_column_is_refused_as_before(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _altered(demo_file, "ALTER TABLE program DROP COLUMN verification_url")
    code, out, err = run(capsys, "--db", str(_with_record(demo_file)), "cohorts", "--json")
    assert (code, out) == (1, "")
    assert "program.verification_url" in err


def test_the_lean_commands_have_a_full_path_too() -> None:
    assert set(cli._LEAN) <= set(cli._HANDLERS)
    for target in cli._LEAN.values():
        assert callable(cli._handler(target)), target


def test_the_infos_are_one_class_each() -> None:
    assert cohorts.CohortInfo is CohortInfo
    assert sessions.SessionInfo is SessionInfo
