"""Private by default (POSIX): what Kohort writes is 0600, the folders it makes are 0700,
and what an older Kohort left readable by others is tightened when it is opened."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app import cli
from app.backup import backup_database
from app.db import Database, open_database
from app.db_location import default_db_path
from app.domain import Language
from app.files import write_atomically, write_each
from app.logs import private_log_handler
from app.models import Session as SessionRow
from app.privacy import tighten
from app.services.enrollments import list_participants
from app.services.exporting import export_participants
from app.services.signin import write_signin_sheet
from tests.conftest import AFTER_DEMO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shared_umask() -> None:
    """The umask most desktops start programs with: new files 0644, folders 0755. Code that
    is private under it is private whatever umask it runs with."""
    os.umask(0o022)


def test_kohort_makes_the_process_umask_private(tmp_path: Path) -> None:
    os.umask(0o022)
    assert cli.main(["demo", "--db", str(tmp_path / "new" / "kohort.sqlite3")]) == 0  # creates
    assert os.umask(0o022) == 0o077  # _process_umask puts the test's own back
    assert mode(tmp_path / "new" / "kohort.sqlite3") == 0o600
    assert mode(tmp_path / "new") == 0o700


def test_a_new_database_its_log_files_and_lock_are_private(
    tmp_path: Path, private_umask: None
) -> None:
    path = tmp_path / "data" / "kohort.sqlite3"
    with open_database(str(path)) as db, db.write() as session:
        session.execute(select(1))
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        lock = path.with_name(path.name + ".lock")
        assert wal.exists() and shm.exists() and lock.exists()
        assert [mode(p) for p in (path, wal, shm, lock)] == [0o600] * 4
    assert mode(path.parent) == 0o700


def test_existing_files_and_kohorts_own_folders_are_tightened_on_open(
    empty_template: Path, shared_umask: None
) -> None:
    path = default_db_path()  # in Kohort's own data folder (a temporary one in tests)
    path.parent.mkdir(parents=True)
    path.write_bytes(empty_template.read_bytes())
    lock = path.with_name(path.name + ".lock")
    lock.write_text("")
    backups = path.parent / "backups"
    backups.mkdir()
    old_backup = backups / "kohort-before-upgrade-20250101-120000.sqlite3"
    old_backup.write_bytes(b"")
    for item, old_mode in ((path, 0o644), (lock, 0o644), (old_backup, 0o644)):
        item.chmod(old_mode)
    backups.chmod(0o755)
    path.parent.chmod(0o755)
    with open_database(None) as db:
        assert db.path == path
        assert mode(path) == 0o600
        assert mode(path.with_name(path.name + "-wal")) == 0o600
        assert mode(path.with_name(path.name + "-shm")) == 0o600
        assert mode(lock) == 0o600
        assert mode(backups) == 0o700 and mode(old_backup) == 0o600
        assert mode(path.parent) == 0o700


def test_a_folder_the_coordinator_chose_is_left_as_it_is(
    tmp_path: Path, empty_template: Path, shared_umask: None
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    path = documents / "kohort.sqlite3"
    path.write_bytes(empty_template.read_bytes())
    path.chmod(0o644)
    open_database(str(path)).close()
    assert mode(path) == 0o600
    assert mode(documents) == 0o755


def test_tightening_keeps_the_owners_own_bits(tmp_path: Path) -> None:
    read_only = tmp_path / "read-only.sqlite3"
    read_only.write_bytes(b"")
    read_only.chmod(0o444)
    tighten(read_only)
    assert mode(read_only) == 0o400
    tighten(tmp_path / "missing")  # nothing there: nothing to do, no error


@pytest.mark.sqlite_only  # backups of a file
def test_backups_are_private(demo_db: Database, tmp_path: Path, shared_umask: None) -> None:
    (tmp_path / "stick").mkdir()
    target = backup_database(demo_db.path, tmp_path / "stick" / "copy.sqlite3")
    assert mode(target) == 0o600


def test_exports_and_pdfs_are_private(
    demo_db: Database, tmp_path: Path, shared_umask: None
) -> None:
    with demo_db.read() as session:
        cohort_id = session.scalars(select(SessionRow.cohort_id)).first()
        session_id = session.scalars(select(SessionRow.id)).first()
        assert cohort_id is not None and session_id is not None
        rows = list_participants(session, cohort_id, today=AFTER_DEMO)
        for name in ("list.csv", "list.xlsx"):
            export_participants(rows, tmp_path / name, language=Language.ENGLISH)
            assert mode(tmp_path / name) == 0o600
        assert openpyxl.load_workbook(tmp_path / "list.xlsx").active is not None
        write_signin_sheet(session, session_id, tmp_path / "sheet.pdf")
        assert mode(tmp_path / "sheet.pdf") == 0o600


def test_a_file_is_private_whatever_its_writer_does(tmp_path: Path, shared_umask: None) -> None:
    def replacing_writer(partial: Path) -> None:  # writes elsewhere, then moves it over
        other = tmp_path / "elsewhere"
        other.write_bytes(b"data")
        other.chmod(0o644)
        other.replace(partial)

    target = tmp_path / "out.pdf"
    target.write_bytes(b"an older, world-readable file")
    target.chmod(0o644)
    write_atomically(target, replacing_writer, what="the test file")
    assert target.read_bytes() == b"data" and mode(target) == 0o600


def test_one_pdf_per_person_is_private_and_so_is_a_folder_kohort_makes(
    tmp_path: Path, shared_umask: None
) -> None:
    folder = tmp_path / "plans"
    written = write_each(folder, [("Åsa Öberg", lambda: b"%PDF")], what="the plans")
    assert [mode(p) for p in written] == [0o600]
    assert mode(folder) == 0o700


def test_the_log_is_private_rotated_files_too(tmp_path: Path, shared_umask: None) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    old = folder / "kohort.log.1"
    old.write_text("from an older Kohort\n")
    old.chmod(0o644)
    handler = private_log_handler(folder / "kohort.log")
    log = logging.getLogger("test.privacy")
    log.addHandler(handler)
    try:
        log.warning("something happened")
        assert mode(folder / "kohort.log") == 0o600
        assert mode(old) == 0o600 and mode(folder) == 0o700
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        log.warning("after the rollover")
        assert {p.name: mode(p) for p in folder.iterdir()} == {
            "kohort.log": 0o600,
            "kohort.log.1": 0o600,
            "kohort.log.2": 0o600,
        }
    finally:
        log.removeHandler(handler)
        handler.close()
