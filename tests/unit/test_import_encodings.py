"""CSV in an encoding Excel never writes for Swedish/Finnish is refused, not stored as mojibake.

Nordic cp1252 text must never be flagged: a Hypothesis test writes lists of generated
Nordic names, organizations and typography in cp1252 and reads them back.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.importing.encoding import looks_like_mojibake
from app.importing.reader import ImportFileError, read_table
from tests.unit.import_corpus import CP1252_PEOPLE, HEADERS, write_csv

ASCII_HEADER = "Fornamn;Efternamn;E-post\r\n"
# Names whose Shift-JIS bytes avoid the five bytes cp1252 leaves undefined: such a file
# decodes "fine" as cp1252, which is exactly how mojibake got stored before.
JAPANESE = ("山田", "太郎", "鈴木", "一郎", "田中", "健太", "伊藤", "直樹", "中村", "翔")
FOREIGN = {
    "shift_jis": JAPANESE,
    "gb2312": ("张", "三", "李", "四", "王", "五", "刘", "德华", "周", "杰伦"),
    "big5": ("陳", "大文", "林", "小明", "黃", "志強", "張", "美玲"),
    "euc_kr": ("김", "민준", "이", "서연", "박", "지훈", "최", "수아"),
    "koi8_r": ("Иван", "Иванов", "Пётр", "Петров", "Анна", "Смирнова"),
    "cp1251": ("Иван", "Иванов", "Пётр", "Петров", "Анна", "Смирнова"),
}


def _foreign_csv(path: Path, encoding: str) -> Path:
    names = FOREIGN[encoding]
    pairs = zip(names[::2], names[1::2], strict=True)
    rows = [f"{a};{b};p{i}@example.se" for i, (a, b) in enumerate(pairs)]
    data = (ASCII_HEADER + "\r\n".join(rows) + "\r\n").encode(encoding)
    data.decode("cp1252")  # the old reader accepted it
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", sorted(FOREIGN))
def test_asian_and_cyrillic_legacy_encodings_are_refused(tmp_path: Path, encoding: str) -> None:
    path = _foreign_csv(tmp_path / f"{encoding}.csv", encoding)
    with pytest.raises(ImportFileError, match="save it as “CSV UTF-8”") as info:
        read_table(path)
    assert "encoding for another language" in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_the_same_names_in_unicode_are_read(tmp_path: Path, encoding: str) -> None:
    text = ASCII_HEADER + "山田;太郎;p@example.se\r\n"
    path = tmp_path / "u.csv"
    path.write_bytes(text.encode(encoding))
    assert read_table(path).rows == (("山田", "太郎", "p@example.se"),)


def test_the_nordic_corpus_in_cp1252_is_not_flagged(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv", [HEADERS, *CP1252_PEOPLE], encoding="cp1252", delimiter=";"
    )
    assert read_table(path).encoding == "cp1252"


NORDIC_TEXTS = (
    "Öberg-Jäätteenmäki;Åsa;Alingsås kommun",
    "Mäkelä–Öhman;Päivi;Föreningen ”Hyvä Pää”",
    "O’Brien;Sinéad;“Örebro läns landsting”",
    "Jäääär;Ülle;• Ärende … — Ödeshög",
    "Þórðarson;Máret Ánde;Sámediggi",
    "ÅÄÖ-gruppen;Björn;1½ dagar, 5 °C, 20 m², 350 €",
    "Ääninen;Öö;Hääyöaie",
)


@pytest.mark.parametrize("text", NORDIC_TEXTS)
def test_nordic_typography_is_not_mojibake(text: str) -> None:
    assert not looks_like_mojibake(f"{text}\r\n" * 20)


_CONSONANTS = ("", "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v")
_ONSETS = (*_CONSONANTS, "bj", "st", "sj", "kr", "tr", "gr", "Ö", "Å", "Ä")
_VOWELS = ("a", "e", "i", "o", "u", "y", "å", "ä", "ö", "é", "ü", "aa", "ää", "öö", "yö", "ie")
_SYLLABLE = st.builds(
    lambda onset, vowel, coda: onset + vowel + coda,
    st.sampled_from(_ONSETS),
    st.sampled_from(_VOWELS),
    st.sampled_from(("", "", "n", "r", "l", "k", "s", "tt", "ck", "nd", "rg")),
)


@st.composite
def nordic_words(draw: st.DrawFn) -> str:
    word = "".join(draw(st.lists(_SYLLABLE, min_size=1, max_size=5)))
    word = word[:1].upper() + word[1:]
    glue = draw(st.sampled_from(("", "", "", "-", "–", "’", " af ", " ")))
    if glue:
        word += glue + draw(st.lists(_SYLLABLE, min_size=1, max_size=3).map("".join)).title()
    left, right = draw(st.sampled_from((("", ""), ("", ""), ("“", "”"), ("”", "”"), ("• ", ""))))
    return left + word + right + draw(st.sampled_from(("", "", "", " …", " —", ",")))


NORDIC_ROWS = st.lists(
    st.tuples(nordic_words(), nordic_words(), nordic_words()), min_size=1, max_size=30
)


@given(rows=NORDIC_ROWS)
@example(rows=[("Jäätteenmäki", "Öberg", "“Åsa” — Öö …")])
@example(rows=[("A", "A", "Ää-Ääää")])  # found by the test: four ä in a row are Nordic
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_nordic_lists_in_cp1252_are_never_flagged(
    rows: list[tuple[str, str, str]],
) -> None:
    text = "Efternamn;Förnamn;Organisation\r\n" + "".join(";".join(r) + "\r\n" for r in rows)
    assert not looks_like_mojibake(text.encode("cp1252").decode("cp1252"))


@given(rows=NORDIC_ROWS)
@settings(max_examples=25, deadline=None)
def test_generated_nordic_lists_read_from_cp1252_files(rows: list[tuple[str, str, str]]) -> None:
    data = "Efternamn;Förnamn;Organisation\r\n" + "".join(";".join(r) + "\r\n" for r in rows)
    table_rows = _read_bytes(data.encode("cp1252"))
    assert len(table_rows) == len(rows)


def _read_bytes(data: bytes) -> tuple[tuple[str, ...], ...]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lista.csv"
        path.write_bytes(data)
        return read_table(path).rows
