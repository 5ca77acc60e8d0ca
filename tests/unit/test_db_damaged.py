"""Damaged means refused: the cheap check at every open, the full check when due, and the
damaged state that refuses every later write while reads go on."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.db_check import CheckRecord, record_path
from app.errors import DatabaseDamagedError
from app.models import Person
from app.services import cohorts
from tests.conftest import copy_database
from tests.corruptions import KINDS, flip_bit, page

TODAY = dt.datetime(2026, 12, 7, 9, 0)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_file(db_path: Path, demo_template: Path) -> Path:
    return copy_database(demo_template, db_path)


def _opened_and_closed(path: Path, now: dt.datetime = TODAY) -> None:
    """Open with the full check (as the command line does) and close cleanly."""
    with open_database(str(path), now=now, full_check=True) as database:
        assert database.damaged is None and not database.full_check_due


@pytest.mark.parametrize("kind", ["last pages cut off", "cut off mid-page", "bad header magic"])
def test_the_cheap_check_refuses_a_bad_header_or_size_before_writing(
    demo_file: Path, kind: str
) -> None:
    KINDS[kind](demo_file)
    before = _sha(demo_file)
    with pytest.raises(DatabaseDamagedError, match="damaged.*will not write"):
        open_database(str(demo_file))
    assert _sha(demo_file) == before
    assert not demo_file.with_name(demo_file.name + "-wal").exists()


def test_the_cheap_check_refuses_a_schema_without_a_column_kohort_needs(demo_file: Path) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("DROP INDEX ix_person_email_lower")
    con.execute("ALTER TABLE person DROP COLUMN email")
    con.commit()
    con.close()
    before = _sha(demo_file)
    with pytest.raises(DatabaseDamagedError, match="missing: person.email"):
        open_database(str(demo_file))
    assert _sha(demo_file) == before


def test_when_the_full_check_is_due(demo_file: Path) -> None:
    # A file Kohort has never checked (a copy, a download): due.
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due
        database.run_full_check(TODAY.date())
        assert not database.full_check_due
    assert CheckRecord.read(demo_file).checked == TODAY.date()
    # Checked today and closed cleanly: not due the same day, due the next day.
    with open_database(str(demo_file), now=TODAY) as database:
        assert not database.full_check_due
    with open_database(str(demo_file), now=TODAY + dt.timedelta(days=1)) as database:
        assert database.full_check_due
    _opened_and_closed(demo_file)
    # Changed outside Kohort since it closed it: due.
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE program SET name = name || ' (x)'")
    con.commit()
    con.close()
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due


def test_a_same_day_change_with_its_time_set_back_makes_the_full_check_due(
    demo_file: Path,
) -> None:
    """Bit rot or an outside edit hidden by restoring the modification time (touch -r)."""
    _opened_and_closed(demo_file)
    before = demo_file.stat()
    offset = page(demo_file, "attendance")[0] + 200
    flip_bit(demo_file, offset, 2)
    os.utime(demo_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert demo_file.stat().st_mtime_ns == before.st_mtime_ns
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due


def test_an_unclean_shutdown_makes_the_full_check_due(demo_file: Path) -> None:
    _opened_and_closed(demo_file)
    lock = demo_file.with_name(demo_file.name + ".lock")
    lock.write_text("process 4242 on elsewhere")  # left by a Kohort that was killed
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due
    _opened_and_closed(demo_file)
    # A write-ahead log nobody merged into the file (the process died before closing).
    writer = sqlite3.connect(demo_file, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE program SET name = name")
    wal = demo_file.with_name(demo_file.name + "-wal")
    assert wal.stat().st_size > 0
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due
    writer.close()


def test_a_new_database_needs_no_full_check(db_path: Path) -> None:
    with open_database(str(db_path), now=TODAY) as database:
        assert not database.full_check_due
    assert record_path(db_path).exists()
    assert record_path(db_path).stat().st_mode & 0o077 == 0


def _damage_a_page(path: Path) -> None:
    start, _size = page(path, "attendance")
    flip_bit(path, start + 9, 4)  # a cell pointer: quick_check sees it, reads mostly work


def test_a_failed_full_check_refuses_writes_and_keeps_reads(demo_file: Path) -> None:
    _damage_a_page(demo_file)
    before = _sha(demo_file)
    database = open_database(str(demo_file), now=TODAY)
    try:
        assert database.full_check_due
        with pytest.raises(DatabaseDamagedError, match="damaged.*will not write"):
            database.run_full_check(TODAY.date())
        assert database.damaged is not None
        with pytest.raises(DatabaseDamagedError, match="restore"), database.write() as session:
            session.add(Person(first_name="Ny", last_name="Person"))
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) > 0
    finally:
        database.close()
    assert _sha(demo_file) == before
    assert not record_path(demo_file).exists()  # the next open checks it again


def test_the_command_line_open_checks_first_and_opens_a_damaged_file_read_only(
    demo_file: Path,
) -> None:
    _damage_a_page(demo_file)
    before = _sha(demo_file)
    with open_database(str(demo_file), now=TODAY, full_check=True) as database:
        assert database.damaged is not None and "damaged" in database.damaged
        with database.read() as session:
            assert len(cohorts.list_cohorts(session, include_archived=True)) == 4
        with pytest.raises(DatabaseDamagedError), database.write() as session:
            session.add(Person(first_name="Ny", last_name="Person"))
    assert _sha(demo_file) == before


def _damage_people(path: Path) -> None:
    start, size = page(path, "person")
    data = bytearray(path.read_bytes())
    data[start : start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def test_a_statement_meeting_corruption_stops_all_writing(demo_file: Path) -> None:
    _opened_and_closed(demo_file)
    database = open_database(str(demo_file), now=TODAY)
    try:
        assert not database.full_check_due
        database.engine.dispose()
        _damage_people(demo_file)  # damaged while open, after the check
        before = _sha(demo_file)
        with pytest.raises(DatabaseDamagedError, match="damaged"), database.read() as session:
            session.scalars(select(Person)).all()
        assert database.damaged is not None
        with pytest.raises(DatabaseDamagedError), database.write() as session:
            session.execute(select(1))
        assert _sha(demo_file) == before
    finally:
        database.close()


def test_a_zero_byte_file_is_refused_not_initialized(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match=r"empty file \(0 bytes\).*delete the file"):
        open_database(str(db_path))
    assert db_path.read_bytes() == b""
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    other = db_path.with_name("new.sqlite3")  # a missing file is still created
    with open_database(str(other)) as database:
        assert isinstance(database, Database)
    assert other.stat().st_size > 0


def test_a_database_kept_open_is_checked_again_the_next_day(demo_file: Path) -> None:
    _opened_and_closed(demo_file)
    with open_database(str(demo_file), now=TODAY) as database:
        assert not database.full_check_due_now(TODAY.date())
        assert database.full_check_due_now(TODAY.date() + dt.timedelta(days=1))
        database.run_full_check(TODAY.date() + dt.timedelta(days=1))
        assert not database.full_check_due_now(TODAY.date() + dt.timedelta(days=1))


def test_a_due_full_check_not_run_before_closing_stays_due(demo_file: Path) -> None:
    """The window closed while still opening: the file changed outside Kohort is not
    stamped as checked by the clean close (review 2, finding 1)."""
    _opened_and_closed(demo_file)
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE program SET name = name || ' (x)'")
    con.commit()
    con.close()
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due  # and closed before run_full_check()
    with open_database(str(demo_file), now=TODAY) as database:
        assert database.full_check_due
        database.run_full_check(TODAY.date())
    with open_database(str(demo_file), now=TODAY) as database:
        assert not database.full_check_due
