"""A --db path where there is no file: a command that only reads (or changes what is there)
says so and creates nothing; `demo` and `import` make the database, as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.backups import automatic_backup
from tests.integration.test_cli import run

READING = [
    ["cohorts"],
    ["cohorts", "--json"],
    ["sessions", "--cohort", "1"],
    ["participants", "--cohort", "1"],
    ["action-plans", "--cohort", "1"],
    ["check"],
    ["verify", "ABCD-EFGH"],
    ["person-data", "export", "1", "--json", "out.json"],
    ["person-data", "erase", "1"],
    ["retention"],
    ["retention", "--erase", "--yes"],
    ["attendance", "export", "--cohort", "1", "--out", "out.csv"],
    ["design", "--cohort", "1"],
    ["revoke", "FL-2027-001", "--reason", "x"],
    ["backups"],
]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("args", READING, ids=" ".join)
def test_a_mistyped_path_creates_nothing_and_says_so(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "kohrt.db"
    code, out, err = run(capsys, "--db", str(missing), *args)
    assert code == 1 and out == ""
    assert err == (
        f"kohort: There is no database file {missing}; check the name (or start Kohort, "
        "or run `kohort demo`, to make one).\n"
    )
    assert not missing.parent.exists()  # no folder, no empty database
    assert [f for f in _files(tmp_path) if not f.startswith("home")] == []


def test_it_is_said_in_swedish_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOHORT_LANG", "sv")
    code, _out, err = run(capsys, "--db", str(tmp_path / "kohrt.db"), "cohorts")
    assert code == 1 and "Det finns ingen databasfil" in err and "kohort demo" in err
    assert list(tmp_path.glob("kohrt.db*")) == []


def test_demo_still_makes_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = tmp_path / "new" / "kohort.sqlite3"
    code, _out, err = run(capsys, "--db", str(made), "demo")
    assert code == 0, err
    assert made.is_file()
    code, out, _err = run(capsys, "--db", str(made), "cohorts")
    assert code == 0 and "PROGRAMME" in out


def test_backups_of_a_missing_database_are_still_listed(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The listing is how a lost database is recovered: its backups folder is what counts."""
    automatic_backup(demo_file, dt.datetime(2026, 12, 7, 17, 5))
    demo_file.unlink()
    code, out, err = run(capsys, "--db", str(demo_file), "backups")
    assert code == 0, err
    assert "2026-12-07 17:05" in out and "OK" in out
    assert not demo_file.exists()  # and nothing made in its place
