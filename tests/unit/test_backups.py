"""Automatic backups: rotation, the daily timer's rule, listing and restoring."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import backup as backup_module
from app import restore
from app.backup import _being_written, backup_database, being_written, integrity_problems
from app.backups import (
    Kind,
    automatic_backup,
    automatic_name,
    backup_due,
    backups_to_keep,
    database_id,
    describe,
    last_automatic_backup,
    list_backups,
    newest_good_backup,
    recognise,
)
from app.db import open_database
from app.db_check import remove_orphaned_partials
from app.errors import DatabaseDamagedError, DatabaseError, DatabaseInUseError
from app.restore import restore_backup
from app.services import programs
from app.services.programs import ProgramFields
from tests.conftest import copy_database
from tests.corruptions import KINDS

NOW = dt.datetime(2026, 12, 7, 17, 5)

times = st.lists(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31)),
    max_size=120,
)


def _programmes(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM program ORDER BY name")]
    finally:
        con.close()


@pytest.fixture
def demo_file(db_path: Path, demo_template: Path) -> Path:
    return copy_database(demo_template, db_path)


# -- the rotation rule -----------------------------------------------------------------------


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months() -> None:
    taken = [NOW - dt.timedelta(days=n) for n in range(400)]
    kept = sorted(backups_to_keep(taken), reverse=True)
    assert kept[:7] == taken[:7]  # the last seven days
    assert len(kept) == 23
    weeks = kept[7:11]  # then one per week, each from an older week than the last
    assert [w.isocalendar()[:2] for w in weeks] == sorted(
        {w.isocalendar()[:2] for w in weeks}, reverse=True
    )
    assert len({(m.year, m.month) for m in kept[11:]}) == 12


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    taken = [NOW.replace(hour=h) for h in (9, 12, 17)]
    assert backups_to_keep(taken) == {NOW.replace(hour=17)}


@given(times)
@example([])
def test_rotation_properties(taken: list[dt.datetime]) -> None:
    kept = backups_to_keep(taken)
    assert kept <= set(taken)
    assert len(kept) <= 7 + 4 + 12
    if taken:
        assert max(taken) in kept  # never the newest
    days = sorted({t.date() for t in taken}, reverse=True)[:7]
    for day in days:  # the newest of each of the last seven days with a backup
        assert max(t for t in taken if t.date() == day) in kept
    months = sorted({(t.year, t.month) for t in taken}, reverse=True)[:12]
    assert {(t.year, t.month) for t in kept} >= set(months)
    assert backups_to_keep(kept) == kept  # rotating again removes nothing more


@given(times, st.datetimes(min_value=dt.datetime(2024, 1, 1)))
def test_a_new_backup_never_brings_back_one_let_go(
    taken: list[dt.datetime], newer: dt.datetime
) -> None:
    kept = backups_to_keep(taken)
    assert backups_to_keep([*kept, newer]) <= kept | {newer}


def test_the_daily_backup_is_due_after_a_day_or_when_the_clock_went_back() -> None:
    assert backup_due(None, NOW)
    assert not backup_due(NOW - dt.timedelta(hours=23, minutes=59), NOW)
    assert backup_due(NOW - dt.timedelta(days=1), NOW)
    assert backup_due(NOW + dt.timedelta(hours=1), NOW)


def test_names_are_recognised_and_others_are_not(tmp_path: Path) -> None:
    db = tmp_path / "kohort.sqlite3"
    assert recognise(db, "kohort-2026-12-07-1705.sqlite3") == (Kind.AUTOMATIC, NOW)
    assert recognise(db, "kohort-2026-12-07-1705-2.sqlite3") == (Kind.AUTOMATIC, NOW)
    assert recognise(db, "kohort-before-upgrade-20261207-170500.sqlite3") == (
        Kind.BEFORE_UPGRADE,
        NOW,
    )
    for other in (
        "kohort-2026-13-07-1705.sqlite3",
        "annan-2026-12-07-1705.sqlite3",
        "kohort-2026-12-07-1705.sqlite3.partial",
        "mitt eget.sqlite3",
    ):
        assert recognise(db, other) is None


# -- automatic backups -------------------------------------------------------------------------


def test_an_automatic_backup_is_verified_named_and_private(demo_file: Path) -> None:
    made = automatic_backup(demo_file, NOW)
    folder = demo_file.parent / "backups"
    name = automatic_name(demo_file, NOW)
    assert name == f"kohort-{database_id(demo_file)}-2026-12-07-1705"
    assert made.path == folder / f"{name}.sqlite3"
    assert _programmes(made.path) == _programmes(demo_file)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert made.second is None and made.notice is None
    again = automatic_backup(demo_file, NOW)  # the same minute: its own name
    assert again.path.name == f"{name}-2.sqlite3" and made.path.exists()
    assert last_automatic_backup(demo_file) == NOW


def test_rotation_removes_only_its_own_old_copies(demo_file: Path) -> None:
    folder = demo_file.parent / "backups"
    folder.mkdir()
    for n in range(1, 400):
        (folder / f"kohort-{NOW - dt.timedelta(days=n):%Y-%m-%d-%H%M}.sqlite3").write_bytes(b"x")
    theirs = [
        folder / "kohort-before-upgrade-20200101-120000.sqlite3",
        folder / "min egen kopia.sqlite3",
        folder / "annan-2020-01-01-1200.sqlite3",
    ]
    for path in theirs:
        path.write_bytes(b"keep me")
    made = automatic_backup(demo_file, NOW)
    assert len(made.removed) == 400 - 23
    left = [p for p in folder.iterdir() if recognise(demo_file, p.name)]
    automatic = [p for p in left if recognise(demo_file, p.name)[0] == Kind.AUTOMATIC]  # type: ignore[index]
    assert len(automatic) == 23 and made.path in automatic
    assert all(p.read_bytes() == b"keep me" for p in theirs)


def test_a_missing_second_folder_is_skipped_with_a_notice(demo_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "usb"
    made = automatic_backup(demo_file, NOW, stick)
    assert made.path.exists() and made.second is None
    assert made.notice is not None and "is not there" in made.notice
    assert not (tmp_path / "media").exists()


def test_a_second_folder_gets_its_own_copy(demo_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    made = automatic_backup(demo_file, NOW, stick)
    name = f"{automatic_name(demo_file, NOW)}.sqlite3"
    assert made.second == stick / name and made.notice is None
    assert _programmes(made.second) == _programmes(demo_file)


def test_two_databases_sharing_a_second_folder_keep_their_own_copies(
    demo_file: Path, tmp_path: Path
) -> None:
    """A/kohort.sqlite3 and B/kohort.sqlite3 back up into one folder (a network share): each
    keeps its own 23 copies; neither rotates out the other's, and each lists only its own."""
    stick = tmp_path / "share"
    stick.mkdir()
    a, b = tmp_path / "A" / "kohort.sqlite3", tmp_path / "B" / "kohort.sqlite3"
    for db in (a, b):
        db.parent.mkdir()
        copy_database(demo_file, db)
    assert database_id(a) != database_id(b)
    # an older copy of A's named without the id, from before: listed beside A, left on the stick
    older = stick / "kohort-2020-01-01-1200.sqlite3"
    older.write_bytes(b"x")
    for day in range(30):
        for db in (a, b):
            automatic_backup(db, NOW + dt.timedelta(days=day), stick)
    kept = len(backups_to_keep([NOW + dt.timedelta(days=day) for day in range(30)]))
    assert len(list(stick.iterdir())) == 2 * kept + 1
    for db in (a, b):
        own = [p for p in stick.iterdir() if p.name.startswith(f"kohort-{database_id(db)}-")]
        assert len(own) == kept
        assert len(list_backups(db)) == kept  # beside it: only its own
        assert not set(own) & {p for p in stick.iterdir() if recognise(a if db is b else b, p.name)}
    assert older.exists()  # not surely either's: never removed from the shared folder


def test_older_names_beside_the_database_are_listed_and_rotated(demo_file: Path) -> None:
    folder = demo_file.parent / "backups"
    folder.mkdir()
    for n in range(1, 40):
        (folder / f"kohort-{NOW - dt.timedelta(days=n):%Y-%m-%d-%H%M}.sqlite3").write_bytes(b"x")
    assert last_automatic_backup(demo_file) == NOW - dt.timedelta(days=1)
    made = automatic_backup(demo_file, NOW)
    times = [NOW - dt.timedelta(days=n) for n in range(40)]
    assert len(made.removed) == 40 - len(backups_to_keep(times)) > 0


def test_a_moved_database_keeps_its_backups(demo_file: Path, tmp_path: Path) -> None:
    """The Kohort folder moved (another home path, another drive letter): the copies in its
    own backups/ carry the old id, and are still listed, offered and rotated."""
    (tmp_path / "laptop").mkdir()
    before = copy_database(demo_file, tmp_path / "laptop" / "kohort.sqlite3")
    for day in range(3):
        automatic_backup(before, NOW - dt.timedelta(days=day))
    db = Path(shutil.move(before.parent, tmp_path / "moved")) / before.name
    assert database_id(db) != database_id(before)
    assert len(list_backups(db)) == 3
    assert last_automatic_backup(db) == NOW
    good = newest_good_backup(db)
    assert good is not None and good.taken_at == NOW
    for n in range(1, 40):  # old copies with the old id rotate out beside the moved file
        automatic_backup(db, NOW + dt.timedelta(days=n))
    kept = backups_to_keep([NOW + dt.timedelta(days=n) for n in range(-2, 40)])
    assert len(list_backups(db)) == len(kept)


# -- listing and restoring ---------------------------------------------------------------------


def test_backups_are_listed_newest_first_with_counts(demo_file: Path) -> None:
    automatic_backup(demo_file, NOW - dt.timedelta(days=1))
    automatic_backup(demo_file, NOW)
    (demo_file.parent / "backups" / "kohort-2026-12-07-1800.sqlite3").write_bytes(b"garbage!" * 99)
    listed = list_backups(demo_file)
    assert [b.taken_at for b in listed] == [
        NOW.replace(hour=18, minute=0),
        NOW,
        NOW - dt.timedelta(days=1),
    ]
    assert listed[0].problem is not None and listed[0].programmes is None
    assert listed[1].good and listed[1].programmes == 2 and listed[1].size > 0
    assert listed[1].cohorts == 4 and (listed[1].people or 0) > 0
    good = newest_good_backup(demo_file)
    assert good is not None and good.taken_at == NOW


def test_restore_brings_the_data_back_and_saves_the_current_file(demo_file: Path) -> None:
    made = automatic_backup(demo_file, NOW)
    with open_database(str(demo_file)) as db, db.write() as session:
        programs.create_program(session, ProgramFields(name="Added later", code="AL"))
    assert "Added later" in _programmes(demo_file)
    done = restore_backup(demo_file, made.path, NOW + dt.timedelta(minutes=1))
    assert "Added later" not in _programmes(demo_file)
    assert done.previous is not None and not done.previous_damaged
    assert "before-restore" in done.previous.name
    assert "Added later" in _programmes(done.previous)
    assert not demo_file.with_name(demo_file.name + ".partial").exists()
    with open_database(str(demo_file)) as db:  # opens as a Kohort database again
        assert db.path == demo_file


def test_restore_waits_for_no_one_holding_the_database(demo_file: Path) -> None:
    made = automatic_backup(demo_file, NOW)
    before = demo_file.read_bytes()
    with open_database(str(demo_file)), pytest.raises(DatabaseInUseError):
        restore_backup(demo_file, made.path, NOW)
    assert demo_file.read_bytes() == before


def test_a_damaged_current_file_is_saved_as_raw_bytes(demo_file: Path) -> None:
    made = automatic_backup(demo_file, NOW)
    damaged = bytearray(demo_file.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)  # the first page's schema is gone
    demo_file.write_bytes(bytes(damaged))
    done = restore_backup(demo_file, made.path, NOW)
    assert done.previous_damaged and done.previous is not None
    assert done.previous.name == "kohort-damaged-20261207-170500.sqlite3"
    assert done.previous.read_bytes() == bytes(damaged)
    assert _programmes(demo_file) == _programmes(made.path)


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = demo_file.read_bytes()
    with pytest.raises(DatabaseError):
        restore_backup(demo_file, bad, NOW)
    with pytest.raises(DatabaseError, match="no backup file"):
        restore_backup(demo_file, tmp_path / "missing.sqlite3", NOW)
    assert demo_file.read_bytes() == before
    assert not (demo_file.parent / "backups").exists()


def test_a_backup_failing_its_integrity_check_is_refused(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = automatic_backup(demo_file, NOW)
    monkeypatch.setattr(restore, "integrity_problems", lambda _p, **_kw: ["page 7 is never used"])
    with pytest.raises(DatabaseDamagedError, match="page 7"):
        restore_backup(demo_file, made.path, NOW)


def test_what_an_interrupted_backup_left_is_removed_at_the_next_start(demo_file: Path) -> None:
    folder = demo_file.parent / "backups"
    folder.mkdir()
    ours = [
        folder / "kohort-2026-12-07-1600.sqlite3.partial",
        folder / "kohort-before-upgrade-20261207-160000.sqlite3.partial",
        demo_file.with_name("kohort.sqlite3.partial"),  # an interrupted restore
    ]
    theirs = folder / "min kopia.sqlite3.partial"
    for path in [*ours, theirs]:
        path.write_bytes(b"half")
    assert sorted(remove_orphaned_partials(demo_file)) == sorted(ours)
    assert theirs.exists()
    assert not any(p.exists() for p in ours)


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_copy_still_being_written_is_left_alone(demo_file: Path) -> None:
    """`kohort backup --out backups/…` takes no lock on the database: its copy under way
    must survive a window opening the database meanwhile."""
    folder = demo_file.parent / "backups"
    folder.mkdir()
    under_way = folder / "kohort-2026-12-07-1704.sqlite3.partial"
    with _being_written(under_way):
        assert being_written(under_way)
        assert remove_orphaned_partials(demo_file) == []
        assert under_way.exists()
    assert not being_written(under_way)
    assert remove_orphaned_partials(demo_file) == [under_way]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_listing_never_calls_a_damaged_backup_good(demo_file: Path, kind: str) -> None:
    """Each kind of damage the command line refuses to write to: the listing's check (not a
    count of three tables) says so, so Restore is not offered for it."""
    made = automatic_backup(demo_file, NOW)
    KINDS[kind](made.path)
    assert integrity_problems(made.path)  # the damage is real
    (listed,) = list_backups(demo_file)
    assert not listed.good and listed.problem


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_backing_up_a_damaged_database_says_the_database_is_damaged(
    demo_file: Path, tmp_path: Path, kind: str
) -> None:
    """Not "could not write the backup… check disk space": the database itself is damaged,
    and the advice is to restore one; nothing is left where the backup was to go."""
    KINDS[kind](demo_file)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DatabaseDamagedError) as caught:
        backup_database(demo_file, out / "copy.sqlite3")
    text = str(caught.value)
    assert text.startswith(f"The database {demo_file} is damaged")
    assert "kohort restore" in text and "Could not write" not in text
    assert list(out.iterdir()) == []


def test_a_copy_that_alone_fails_its_check_is_no_damaged_database(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy written wrongly (a failing stick) is the backup's problem, not the database's:
    no DatabaseDamagedError, which would have the window offer to restore."""
    real = backup_module.integrity_problems
    monkeypatch.setattr(
        backup_module,
        "integrity_problems",
        lambda path, **kw: ["page 7 is never used"] if path.suffix == ".partial" else real(path),
    )
    with pytest.raises(DatabaseError) as caught:
        backup_database(demo_file, tmp_path / "copy.sqlite3")
    assert not isinstance(caught.value, DatabaseDamagedError)
    assert "failed its integrity check" in str(caught.value)


@pytest.mark.parametrize("kind", ["table page of 0xff", "last pages cut off", None])
def test_listing_and_checking_leave_no_files_beside_a_backup(
    demo_file: Path, kind: str | None
) -> None:
    """A damaged file saved as it was (in WAL mode, say): looking at it leaves no
    -wal/-shm/-journal in backups/."""
    automatic_backup(demo_file, NOW)
    con = sqlite3.connect(demo_file)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    folder = demo_file.parent / "backups"
    damaged = folder / "kohort-damaged-20261207-170600.sqlite3"
    damaged.write_bytes(demo_file.read_bytes())
    if kind is not None:
        KINDS[kind](damaged)
    before = sorted(folder.iterdir())
    listed = list_backups(demo_file)
    assert len(listed) == 2 and newest_good_backup(demo_file) is not None
    for info in listed:
        describe(demo_file, info.path, full_check=True)
    if kind is not None:
        with pytest.raises(DatabaseError):
            restore.check_backup_file(damaged)
    assert sorted(folder.iterdir()) == before
