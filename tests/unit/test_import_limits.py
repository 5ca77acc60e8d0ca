"""Imports within bounds: decompression bombs, huge cells, too many columns, rows, strings.

The bombs of issue 14 are built streamed (tests/unit/xlsx_bombs.py) and read in a
subprocess whose peak memory is asserted with a generous bound; time is not asserted.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.importing import limits, reader
from app.importing.errors import ImportLimitError
from app.importing.limits import MAX_CELL_CHARS, check_workbook, preview
from app.importing.reader import ImportFileError, read_table
from tests.unit.import_corpus import HEADERS, PEOPLE, write_csv
from tests.unit.import_corpus import write_xlsx as write_openpyxl_xlsx
from tests.unit.xlsx_bombs import (
    HEADER,
    Repeat,
    Shared,
    lie_about_sizes,
    many_big_cells,
    one_huge_cell,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
PEAK_MB = 300


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    shared = one_huge_cell(folder / "shared.xlsx")
    lying = folder / "lying.xlsx"
    lying.write_bytes(shared.read_bytes())
    return {
        "shared": shared,
        "inline": one_huge_cell(folder / "inline.xlsx", inline=True),
        "many": many_big_cells(folder / "many.xlsx"),
        "many-shared": many_big_cells(folder / "many-shared.xlsx", inline=False),
        "lying": lie_about_sizes(lying),
    }


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    message = str(info.value)
    assert len(message) < 300 and "x" * 41 not in message and "a" * 41 not in message
    return message


def test_the_300_mb_cell_bomb_is_small_on_disk_and_refused_by_its_unpacked_size(
    bombs: dict[str, Path],
) -> None:
    for key in ("shared", "inline"):
        assert bombs[key].stat().st_size < 400_000
        assert "unpacks to more than 50 MB" in _refusal(bombs[key])


def test_16384_cells_of_20_kb_are_refused(bombs: dict[str, Path]) -> None:
    assert "unpacks to more than 50 MB" in _refusal(bombs["many"])
    # the same text shared by every cell unpacks small: the cell length stops it
    message = _refusal(bombs["many-shared"])
    assert message.startswith("Sheet Deltagare, row 2, column A: a cell holds 20,480 characters")
    assert f"the limit is {MAX_CELL_CHARS:,}" in message
    assert "“" + "x" * 40 + "…”" in message


def test_a_directory_that_understates_the_sizes_is_still_refused(bombs: dict[str, Path]) -> None:
    _refusal(bombs["lying"])


CHILD = """
import json, resource, sys
from pathlib import Path
from app.importing.reader import read_table
messages = []
for name in sys.argv[1:]:
    try:
        read_table(Path(name))
        messages.append("read")
    except Exception as exc:
        messages.append(f"{type(exc).__name__}: {exc}")
try:  # this process's own peak: ru_maxrss keeps the forking parent's across exec
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak /= 1024 if sys.platform == "darwin" else 1
print(json.dumps({"peak_mb": peak, "messages": messages}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX only")
def test_every_bomb_is_refused_in_bounded_memory(bombs: dict[str, Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, bombs.values())],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result = json.loads(done.stdout)
    assert all(m.startswith(("ImportLimitError", "ImportFileError")) for m in result["messages"])
    assert result["peak_mb"] < PEAK_MB


def test_a_part_that_inflates_beyond_its_directory_entry_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python's zipfile stops at the declared size; the counting read does not rely on it."""
    path = write_xlsx(tmp_path / "w.xlsx", [HEADER, ("Anna", "Ek", "a@b.se")])
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            buffer[:] = b" " * len(buffer)
            return len(buffer)

    with zipfile.ZipFile(path) as archive:
        monkeypatch.setattr(archive, "open", lambda *_a, **_k: Endless())
        with pytest.raises(ImportLimitError, match="unpacks to more than 2 MB"):
            check_workbook("w.xlsx", archive)


def test_too_many_shared_strings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 3)
    rows = [HEADER, *((Shared(i), "Ek", f"p{i}@b.se") for i in range(5))]
    path = write_xlsx(tmp_path / "s.xlsx", rows, [f"Anna{i}" for i in range(5)])
    assert "more than 3 different texts" in _refusal(path)
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 5)
    assert len(read_table(path).rows) == 5


def test_too_many_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, ("Anna", "Ek", "a@b.se")])
    monkeypatch.setattr(limits, "MAX_MEMBERS", 3)
    assert "holds more than 3 parts" in _refusal(path)


def test_a_long_cell_in_a_workbook_names_sheet_row_and_column(tmp_path: Path) -> None:
    long_org = "Kommunförbundet " * 400  # 6,400 characters
    path = write_openpyxl_xlsx(
        tmp_path / "l.xlsx", [HEADERS, PEOPLE[0], (*PEOPLE[2][:4], long_org, *PEOPLE[2][5:])]
    )
    message = _refusal(path)
    assert message.startswith("Sheet Deltagare, row 3, column E: a cell holds 6,400 characters")
    assert "(“Kommunförbundet Kommunförbundet Kommunfö…”)" in message


def test_a_long_cell_in_a_csv_names_row_and_column(tmp_path: Path) -> None:
    rows = [HEADERS, PEOPLE[0], (*PEOPLE[2][:2], "a" * 6000, *PEOPLE[2][3:])]
    path = write_csv(tmp_path / "l.csv", rows, encoding="utf-8", delimiter=";")
    message = _refusal(path)
    assert message == (
        "Row 3, column C: a cell holds 6,000 characters (“" + "a" * 40 + "…”); the limit is "
        "5,000. Shorten it or remove the column, then import again."
    )
    rows[2] = (*PEOPLE[2][:2], "a" * 5000, *PEOPLE[2][3:])
    assert read_table(write_csv(tmp_path / "ok.csv", rows, encoding="utf-8", delimiter=";"))


def test_a_csv_cell_beyond_the_csv_modules_own_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Förnamn;Efternamn\nAnna;Ek\nPer;" + "a" * 200_000 + "\n", encoding="utf-8")
    assert _refusal(path).startswith("Row 3 of huge.csv: a cell holds more than 131,072")


def test_text_beyond_200_columns_is_refused_but_empty_columns_are_not(tmp_path: Path) -> None:
    wide = [*HEADERS, *([""] * 250)]
    rows = [HEADERS, PEOPLE[0], PEOPLE[2]]
    ok = write_csv(tmp_path / "ok.csv", [wide, *rows[1:]], encoding="utf-8", delimiter=";")
    assert len(read_table(ok).rows) == 2
    wide[240] = "Anteckning"
    bad = write_csv(tmp_path / "bad.csv", [wide, *rows[1:]], encoding="utf-8", delimiter=";")
    assert _refusal(bad) == (
        "Row 1, column IG: bad.csv has text in more than 200 columns, far more than a "
        "participant list; check that it is the right file."
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    rows = [HEADER, *((f"Anna{i}", "Ek", f"a{i}@b.se") for i in range(30))]
    if suffix == ".csv":
        path = write_csv(tmp_path / "r.csv", rows, encoding="utf-8", delimiter=";")
    else:
        path = write_xlsx(tmp_path / "r.xlsx", rows)
    assert "has more than 5 rows" in _refusal(path)


def test_preview_is_one_short_line() -> None:
    assert preview("Anna") == "Anna"
    assert preview("a\n\tb  c") == "a b c"
    assert preview("x" * 41) == "x" * 40 + "…"
    assert preview("x" * 10 + " " * 1000 + "y") == "x" * 10 + "…"
    assert len(preview("ö" * 10_000_000)) == 41


def test_repeat_cells_round_trip_in_a_small_workbook(tmp_path: Path) -> None:
    """The bomb writer makes a workbook openpyxl reads like any other."""
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, (Repeat("å", 3), "Öberg", "a@b.se")])
    table = read_table(path)
    assert table.headers == HEADER and table.rows == (("ååå", "Öberg", "a@b.se"),)
