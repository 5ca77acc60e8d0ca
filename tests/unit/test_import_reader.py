"""Reading participant lists: every CSV flavour Excel writes, XLSX, and every broken file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import KohortError
from app.importing import reader
from app.importing.mapping import Field, guess_mapping, to_records
from app.importing.reader import ImportFileError, RawTable, read_table
from tests.unit.import_corpus import (
    CP1252_PEOPLE,
    EXPECTED,
    HEADERS,
    PEOPLE,
    TITLE,
    ole2_bytes,
    write_csv,
    write_xlsx,
    xlsx_people_rows,
)

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _people(table: RawTable) -> list[tuple[str, str, str | None, str | None, str | None]]:
    records, errors = to_records(table, guess_mapping(table.headers))
    assert errors == []
    return [(r.first_name, r.last_name, r.email, r.phone, r.organization) for r in records]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "people"),
    [
        ("utf-8-sig", ";", PEOPLE),  # Excel "CSV UTF-8" on a Nordic Windows
        ("cp1252", ";", CP1252_PEOPLE),  # Excel "CSV" on a Swedish/Finnish Windows
        ("utf-16", "\t", PEOPLE),  # Excel "Unicode text"
        ("utf-8", ",", PEOPLE),  # Google Sheets, Numbers, scripts
    ],
)
def test_every_csv_flavour_reads_the_same_people(
    tmp_path: Path, encoding: str, delimiter: str, people: tuple[tuple[str, ...], ...]
) -> None:
    path = write_csv(
        tmp_path / "deltagare.csv", [HEADERS, *people], encoding=encoding, delimiter=delimiter
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header_row) == (encoding, delimiter, 1)
    assert table.headers == HEADERS and table.row_numbers == tuple(range(2, 2 + len(people)))
    found = _people(table)
    if people is PEOPLE:
        assert found == [tuple(e) for e in EXPECTED]
    else:
        assert found[0] == EXPECTED[0]
        assert found[1][:2] == ("Åsa", "Lindqvist")


def test_title_line_and_blank_row_above_the_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lista.csv", [HEADERS, *PEOPLE], encoding="utf-8-sig", delimiter=";", title=TITLE
    )
    table = read_table(path)
    assert table.header_row == 3 and table.headers == HEADERS
    assert table.row_numbers == (4, 5, 6)
    assert [p[:2] for p in _people(table)] == [e[:2] for e in EXPECTED]


def test_quoted_cells_with_separators_and_line_breaks(tmp_path: Path) -> None:
    rows = [
        ("Namn", "E-post", "Organisation"),
        ("Lindqvist, Anna", "anna@lerum.se", 'Lerums kommun; "Barn och unga"'),
        ("Per Ek", "per@lerum.se", "Kommunledningskontoret\nStrategiska enheten"),
        ("Marie-Louise Gyllenstierna af Lundholm", "ml@lerum.se", ""),
    ]
    path = write_csv(tmp_path / "q.csv", rows, encoding="utf-8", delimiter=";")
    table = read_table(path)
    assert table.delimiter == ";" and table.row_numbers == (2, 3, 4)  # rows as Excel shows them
    assert table.rows[1][2] == "Kommunledningskontoret\nStrategiska enheten"
    people = _people(table)
    assert people[0] == (
        "Anna",
        "Lindqvist",
        "anna@lerum.se",
        None,
        'Lerums kommun; "Barn och unga"',
    )
    assert people[1][4] == "Kommunledningskontoret Strategiska enheten"  # one line in a name
    assert people[2][:2] == ("Marie-Louise Gyllenstierna", "af Lundholm")


def test_surname_comma_first_name_header_in_a_semicolon_file(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("Efternamn, förnamn;E-post\r\nLindqvist, Anna;anna@x.se\r\n".encode("cp1252"))
    table = read_table(path)
    assert (table.delimiter, table.headers) == (";", ("Efternamn, förnamn", "E-post"))
    assert _people(table) == [("Anna", "Lindqvist", "anna@x.se", None, None)]


def test_comma_file_with_comma_in_quoted_names_is_still_comma_separated(tmp_path: Path) -> None:
    rows = [("Name", "Email"), ("Lindqvist, Anna", "anna@x.se"), ("Ek, Per", "per@x.se")]
    table = read_table(write_csv(tmp_path / "c.csv", rows, encoding="utf-8", delimiter=","))
    assert table.delimiter == "," and table.headers == ("Name", "Email")
    assert [p[:3] for p in _people(table)] == [
        ("Anna", "Lindqvist", "anna@x.se"),
        ("Per", "Ek", "per@x.se"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Namn\r\nAnna Lindqvist\r\nPer Ek\r\n",
        "Namn\nLindqvist, Anna\nEk, Per\n",  # one column whose names hold commas, unquoted
        "\ufeffNamn;\nAnna Lindqvist;\nPer Ek;\n",
    ],
)
def test_one_column_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "namn.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Namn",) and table.rows[0] in (
        ("Anna Lindqvist",),
        ("Lindqvist, Anna",),
    )
    assert [p[:2] for p in _people(table)] == [("Anna", "Lindqvist"), ("Per", "Ek")]


def test_unknown_headers_still_give_a_table_for_the_mapping_step(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Kolumn A;Kolumn B\nAnna;Lindqvist\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Kolumn A", "Kolumn B") and guess_mapping(table.headers) == {}
    records, errors = to_records(table, {0: Field.FIRST_NAME, 1: Field.LAST_NAME})
    assert errors == [] and (records[0].first_name, records[0].last_name) == ("Anna", "Lindqvist")


def test_xlsx_with_title_blank_rows_numbers_dates_and_formatted_empty_rows(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "deltagare.xlsx",
        xlsx_people_rows(),
        title=TITLE,
        blank_rows_above=2,
        trailing_formatted_rows=40,
    )
    table = read_table(path)
    assert (table.sheet, table.header_row, table.row_numbers) == ("Deltagare", 4, (5, 6, 7))
    assert table.headers == (*HEADERS, "Startdatum")
    assert [row[3] for row in table.rows] == ["701234567", "46707654321", ""]  # no ".0"
    assert {row[7] for row in table.rows} == {"2025-09-02"}
    people = _people(table)
    assert [p[3] for p in people] == ["0701234567", "+46707654321", None]
    assert [(p[0], p[1], p[2], p[4]) for p in people] == [
        (e[0], e[1], e[2], e[4]) for e in EXPECTED
    ]


def test_xlsx_picks_the_sheet_with_the_participants(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", xlsx_people_rows(), sheets_before=2)
    table = read_table(path)
    assert table.sheet == "Deltagare" and len(table.rows) == 3


def test_xlsx_file_is_closed_after_reading(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", xlsx_people_rows())
    read_table(path)
    path.rename(tmp_path / "moved.xlsx")  # would fail on Windows if still open
    (tmp_path / "moved.xlsx").unlink()


def _garbage(tmp_path: Path) -> Path:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 8)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.csv", "does not exist"),
        (lambda p: p, "is a folder"),
        (lambda p: _write(p / "empty.csv", b""), "is empty"),
        (lambda p: _write(p / "blank.csv", b" ;;\r\n\xc2\xa0;\r\n"), "is empty"),
        (lambda p: _write(p / "legacy.xls", ole2_bytes()), r"save it as \.xlsx \(Excel Workbook\)"),
        (lambda p: _write(p / "renamed.xlsx", ole2_bytes()), r"old Excel format \(\.xls\)"),
        (lambda p: _write(p / "html.xls", b"<html><table></table></html>"), "save it as .xlsx"),
        (lambda p: _write(p / "calc.ods", b"PK\x03\x04"), "OpenDocument"),
        (lambda p: _write(p / "broken.xlsx", b"PK\x03\x04" + bytes(100)), "damaged"),
        (lambda p: _write(p / "text.xlsx", b"Namn;E-post\n"), "not a valid Excel workbook"),
        (_garbage, "neither a CSV text file nor an Excel workbook"),
        (lambda p: _write(p / "names.csv", b"Anna Lindqvist\nPer Ek\n"), "no header row"),
        (lambda p: _write(p / "q.csv", b'Namn;Kommun\n"Anna' + b"a" * 200_000), "never closed"),
        (lambda p: _write(p / "mails.csv", b"anna@x.se;Anna\nper@x.se;Per\n"), "no header row"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ImportFileError, match=message) as info:
        read_table(path)
    assert str(info.value).endswith(".") and "\n" not in str(info.value)


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    data = write_xlsx(tmp_path / "full.xlsx", xlsx_people_rows()).read_bytes()
    path = _write(tmp_path / "cut.xlsx", data[: len(data) // 2])
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(path)


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path / "big.csv", b"Namn\n" + b"Anna Lindqvist\n" * 100)
    with pytest.raises(ImportFileError, match="larger than"):
        read_table(path)


def test_invalid_cp1252_bytes_are_refused_not_guessed(tmp_path: Path) -> None:
    path = _write(tmp_path / "odd.csv", b"Namn;E-post\nAnna \x81;a@x.se\n")
    with pytest.raises(ImportFileError, match="CSV UTF-8"):
        read_table(path)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _must_read_or_refuse(path: Path) -> None:
    """The property every file must have: a table that maps cleanly, or ImportFileError."""
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert len(table.rows) == len(table.row_numbers)
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert list(table.row_numbers) == sorted(set(table.row_numbers))
    assert all(n > table.header_row for n in table.row_numbers)
    try:
        to_records(table, guess_mapping(table.headers))
    except KohortError as exc:  # pragma: no cover - guessed mappings always fit
        pytest.fail(f"guessed mapping did not fit: {exc}")


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".xls"]))
def test_random_bytes_never_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    _must_read_or_refuse(_write(tmp_path / f"fuzz{suffix}", data))


_CELL = st.one_of(
    st.text(alphabet=list('aÅö ı@.,;\t"\n\r\u00a0\u0301-=+'), max_size=8),
    st.sampled_from(["Namn", "E-post", "anna@x.se", "Lindqvist, Anna"]),
)
_CSVISH = st.lists(st.lists(_CELL, max_size=6), max_size=12)


@FUZZ
@given(
    rows=_CSVISH,
    header=st.lists(st.sampled_from([*HEADERS, "Namn", "", "X"]), max_size=6),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_csv_like_text_never_crashes(
    tmp_path: Path, rows: list[list[str]], header: list[str], delimiter: str, encoding: str
) -> None:
    text = "\r\n".join(delimiter.join(r) for r in [header, *rows])
    _must_read_or_refuse(_write(tmp_path / "fuzz.csv", text.encode(encoding, errors="replace")))


@FUZZ
@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255))))
def test_damaged_xlsx_never_crashes(
    tmp_path: Path, cut: float, flips: list[tuple[float, int]]
) -> None:
    source = tmp_path / "source.xlsx"
    if not source.exists():
        write_xlsx(source, xlsx_people_rows(), title=TITLE)
    data = bytearray(source.read_bytes())
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    _must_read_or_refuse(
        _write(tmp_path / "damaged.xlsx", bytes(data[: max(2, int(cut * len(data)))]))
    )


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@FUZZ
@given(
    part=st.sampled_from(
        ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "[Content_Types].xml"]
    ),
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(list(b'<>"/= a1Z\x00'))), min_size=1, max_size=4
    ),
    drop=st.booleans(),
)
def test_damaged_xml_inside_a_sound_zip_never_crashes(
    tmp_path: Path, part: str, edits: list[tuple[float, int]], drop: bool
) -> None:
    source = tmp_path / "source.xlsx"
    if not source.exists():
        write_xlsx(source, xlsx_people_rows(), title=TITLE)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in _members(source).items():
            if name == part:
                if drop:
                    continue
                changed = bytearray(data)
                for where, value in edits:
                    changed[int(where * (len(changed) - 1))] = value
                data = bytes(changed)
            archive.writestr(name, data)
    _must_read_or_refuse(_write(tmp_path / "damaged.xlsx", buffer.getvalue()))


def test_xml_entity_bombs_are_refused(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "source.xlsx", xlsx_people_rows())
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in _members(source).items():
            if name == "xl/worksheets/sheet1.xml":  # openpyxl writes strings inline
                assert b"Zeynep" in data
                body = data.split(b"?>", 1)[-1]  # after the XML declaration, if any
                data = bomb + body.replace(b"Zeynep", b"&lol9;")
            archive.writestr(name, data)
    with pytest.raises(ImportFileError, match="not a valid Excel workbook"):
        read_table(_write(tmp_path / "bomb.xlsx", buffer.getvalue()))
