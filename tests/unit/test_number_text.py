"""Numbers and sizes in messages are written the interface language's way: "50 000" in
Swedish and Finnish (a no-break space), "50,000" in English; the CLI's backup sizes in the
window's units ("312,0 KiB")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.i18n import set_language
from app.importing.errors import ImportLimitError
from app.importing.limits import MAX_CELL_CHARS, check_row
from app.locales import number_text, size_text

NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def speak() -> Iterator[None]:
    """Back to the tests' English afterwards, whatever the test set."""
    yield
    set_language("en")


@pytest.mark.parametrize(
    ("language", "number", "size"),
    [
        ("en", "50,000", "312.0 KiB"),
        ("sv", f"50{NBSP}000", "312,0 KiB"),
        ("fi", f"50{NBSP}000", "312,0 KiB"),
    ],
)
def test_numbers_and_sizes_in_each_language(
    speak: None, language: str, number: str, size: str
) -> None:
    set_language(language)
    assert number_text(50_000) == number
    assert size_text(312 * 1024).replace(NBSP, " ") == size


def test_sizes_pick_the_unit() -> None:
    assert size_text(512) == "512 bytes"
    assert size_text(1) == "1 byte"
    assert size_text(int(1.25 * 1024 * 1024)) == f"1.2{NBSP}MiB"
    assert size_text(3 * 1024**3) == f"3.0{NBSP}GiB"


def test_the_import_limit_says_50_000_in_swedish(speak: None) -> None:
    set_language("sv")
    with pytest.raises(ImportLimitError) as refused:
        check_row("list.csv", 2, ["x" * 50_000])
    message = str(refused.value)
    assert f"50{NBSP}000 tecken" in message
    assert number_text(MAX_CELL_CHARS) in message and "," not in number_text(MAX_CELL_CHARS)
