"""The command line never writes to a damaged file: the issue's "7 of 12 corruptions accepted
a write" measured again over the same twelve kinds, and one flipped bit at several offsets."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.corruptions import KINDS, STRUCTURAL_BITS, flip_bit, page
from tests.integration.test_cli import run

# Session 6 belongs to the running demo cohort, where person 19 is enrolled.
MARK = ("attendance", "mark", "--session", "6", "--status", "present", "19")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(capsys: pytest.CaptureFixture[str], path: Path, damage: Callable[[Path], None]) -> str:
    """Damage ``path``; check that `kohort check` sees it and a write changes nothing."""
    damage(path)
    copy = path.with_name("for-check.sqlite3")
    shutil.copy(path, copy)
    code, _out, err = run(capsys, "--db", str(copy), "check")
    assert code == 1, "kohort check must see this damage"
    before = _sha(path)
    code, _out, err = run(capsys, "--db", str(path), *MARK)
    assert code == 1 and "damaged" in err and "will not write" in err, err
    assert "Traceback" not in err
    assert _sha(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return err


def test_the_write_works_on_an_undamaged_copy(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(demo_file), *MARK)  # the control case
    assert code == 0 and err == ""


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_kind_of_damage_accepts_a_write(
    demo_file: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    _refused(capsys, demo_file, KINDS[kind])


@pytest.mark.parametrize(("name", "offset", "bit"), STRUCTURAL_BITS)
def test_a_flipped_bit_in_a_table_or_index_page_is_refused(
    demo_file: Path, capsys: pytest.CaptureFixture[str], name: str, offset: int, bit: int
) -> None:
    _refused(capsys, demo_file, lambda p: flip_bit(p, page(p, name)[0] + offset, bit))


def test_damage_after_a_good_check_the_same_day_is_still_refused(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(demo_file), "cohorts")[0] == 0  # checked, closed cleanly
    _refused(capsys, demo_file, KINDS["bit in an index page's cell pointers"])


def test_reads_still_work_on_a_damaged_file_with_a_warning(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    KINDS["bit in an index page's cell pointers"](demo_file)
    before = _sha(demo_file)
    code, out, err = run(capsys, "--db", str(demo_file), "cohorts")
    assert code == 0 and "Framtidens ledare" in out
    assert "damaged" in err and "kohort restore" in err
    assert _sha(demo_file) == before


def test_a_zero_byte_file_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"")
    code, _out, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 1 and "empty file" in err and "delete the file" in err
    assert db_path.read_bytes() == b""
