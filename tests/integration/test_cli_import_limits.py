"""`kohort import` refuses bombs and foreign encodings with one short line and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.db_contents import contents
from tests.unit.xlsx_bombs import many_big_cells


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_workbook_of_huge_cells_is_refused_in_one_short_line(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = many_big_cells(tmp_path / "deltagare.xlsx", inline=False)
    before = contents(demo_location)
    code, out, err = _run(capsys, "--db", demo_location, "import", str(bomb), "--cohort", "1")
    assert code == 1 and out == ""
    assert err.startswith("kohort: Sheet Deltagare, row 2, column A: a cell holds 20,480 ")
    assert len(err) < 300 and "x" * 41 not in err
    assert contents(demo_location) == before


def test_a_shift_jis_csv_is_refused_not_stored_as_mojibake(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deltagare.csv"
    path.write_bytes(
        "Fornamn;Efternamn;E-post\r\n山田;太郎;y@example.jp\r\n鈴木;一郎;s@example.jp\r\n".encode(
            "shift_jis"
        )
    )
    before = contents(demo_location)
    code, _out, err = _run(capsys, "--db", demo_location, "import", str(path), "--cohort", "1")
    assert code == 1 and "“CSV UTF-8”" in err and "Traceback" not in err
    assert contents(demo_location) == before
