"""The ceremony checklist, read as whoever hands out the diplomas would read it."""

from __future__ import annotations

import pytest

from app.domain import Language
from diplomas.checklist import (
    COLUMNS,
    NAME_SIZE,
    PAGE_WIDTH,
    ROWS_PER_PAGE,
    WORDS,
    Checklist,
    ChecklistRow,
    checklist_pdf,
    name_columns,
)
from tests.pdf_text import drawn_texts, read
from tests.unit.test_fonts import embedded_fonts

# Far too long for the column even at the 6 pt the old copy of the shrink loop stopped at.
LONGEST = "Hugo Alfvén de la Gardie Wachtmeister af Johannishus " * 3 + "Björnstjerna"


def rows(count: int) -> tuple[ChecklistRow, ...]:
    return tuple(ChecklistRow(f"Åsa Öberg {n}", f"FL-2026-{n:03d}") for n in range(1, count + 1))


@pytest.mark.parametrize("language", list(Language))
def test_every_diploma_in_order_with_the_words_of_the_language(language: Language) -> None:
    checklist = Checklist(title="Framtidens ledare, Omgång 3", rows=rows(3), language=language)
    data = checklist_pdf(checklist)
    text = read(data).pages[0].extract_text()
    words = WORDS[language]
    assert f"{words.heading} – Framtidens ledare, Omgång 3" in text
    for word in (words.number, words.name, words.serial, words.handed_out):
        assert word in text
    positions = [text.index(f"FL-2026-00{n}") for n in (1, 2, 3)]
    assert positions == sorted(positions) and "3." in text
    metadata = read(data).metadata
    assert (
        metadata is not None and metadata.title == f"{words.heading} – Framtidens ledare, Omgång 3"
    )
    assert read(data).trailer["/Root"]["/Lang"] == words.lang
    assert embedded_fonts(read(data)) == {"Lato-Bold", "Lato-Regular"}


def test_rows_continue_on_the_next_page_numbered_on() -> None:
    data = checklist_pdf(Checklist(title="Omgång 3", rows=rows(ROWS_PER_PAGE + 1)))
    pages = read(data).pages
    assert len(pages) == 2
    second = pages[1].extract_text()
    assert "Checklista – Omgång 3" in second and f"{ROWS_PER_PAGE + 1}." in second
    assert f"FL-2026-{ROWS_PER_PAGE + 1:03d}" in second
    assert f"FL-2026-{ROWS_PER_PAGE:03d}" not in second


def test_an_empty_checklist_is_one_page_of_headings() -> None:
    pages = read(checklist_pdf(Checklist(title="Omgång 3", rows=()))).pages
    assert len(pages) == 1 and "Diplom nr" in pages[0].extract_text()


def test_long_names_and_titles_shrink_to_their_column_and_never_overflow() -> None:
    checklist = Checklist(
        title=LONGEST,
        rows=(ChecklistRow("Bo Ek", "FL-2026-001"), ChecklistRow(LONGEST, "FL-2026-002")),
    )
    drawn = drawn_texts(read(checklist_pdf(checklist)).pages[0])
    short = next(t for t in drawn if t.text == "Bo Ek")
    heading = next(t for t in drawn if t.text.startswith("Checklista"))
    lines = [t for t in drawn if t.text in " ".join(LONGEST.split()) and t is not heading]
    assert " ".join(t.text for t in lines) == " ".join(LONGEST.split())  # two lines
    assert short.size == lines[0].size < NAME_SIZE  # one size for every name
    columns = name_columns(checklist.rows)
    for long_name in lines:
        assert long_name.x == COLUMNS[1]
        assert long_name.x + long_name.width <= COLUMNS[1] + columns.name_width + 0.01
        assert long_name.x + long_name.width < columns.organization_x  # clear of it
    assert heading.size < 16 and heading.x + heading.width <= PAGE_WIDTH - COLUMNS[0] + 0.01


def test_long_names_take_the_room_and_every_name_keeps_one_size() -> None:
    """Seen in review: names over ~35 characters dropped to ~7 pt on two lines while the
    others stood at 11 pt and the organization column had room to spare."""
    names = (
        "Bo Ek",
        "Karl-Johan Wachtmeister af Johannishus",
        "Marie-Louise Gyllenstierna af Lundholm-Björkqvist",
        "Anna-Karin Charlotte Elisabeth Gyllenstierna af Lundholm-Björkqvist-Wachtmeister",
    )
    checklist = Checklist(
        title="Omgång 3",
        rows=tuple(
            ChecklistRow(name, f"FL-2026-{n:03d}", "Alingsås kommun")
            for n, name in enumerate(names, start=1)
        ),
    )
    drawn = drawn_texts(read(checklist_pdf(checklist)).pages[0])
    columns = name_columns(checklist.rows, "Organisation")
    texts = {t.text: t for t in drawn}
    for name in names[:2]:  # 38 characters still on one line, at the one size
        assert texts[name].size == NAME_SIZE, name
    for n, name in enumerate(names[2:], start=3):  # longer: two lines of the same size
        row_y = texts[f"FL-2026-{n:03d}"].y
        lines = [t for t in drawn if t.x == COLUMNS[1] and abs(t.y - row_y) < 8]
        assert " ".join(t.text for t in lines) == name and len(lines) == 2
        assert {t.size for t in lines} == {NAME_SIZE}, name
    organization = next(t for t in drawn if t.text == "Alingsås kommun")
    assert organization.size == 9 and organization.x == pytest.approx(
        columns.organization_x, abs=0.01
    )
    assert organization.x + organization.width <= COLUMNS[3]
    assert all(t.x + t.width < organization.x for t in drawn if t.x == COLUMNS[1])


def test_every_page_is_numbered_and_people_of_one_name_are_told_apart() -> None:
    fatimas = tuple(
        ChecklistRow("Fatima Al-Sayed", f"FL-2026-{n:03d}", organization)
        for n, organization in enumerate(
            ("Alingsås kommun", "Lerums kommun", "Västra Götalandsregionen"), start=1
        )
    )
    data = checklist_pdf(Checklist(title="Omgång 3", rows=rows(ROWS_PER_PAGE * 2) + fatimas))
    pages = read(data).pages
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av 3" in page.extract_text()
    last = drawn_texts(pages[2])
    for row in fatimas:
        serial = next(t for t in last if t.text == row.serial)
        organization = next(t for t in last if t.text == row.organization)
        assert organization.y == serial.y  # on the person's row
        assert organization.x + organization.width < serial.x
    assert "Organisation" in pages[0].extract_text()
