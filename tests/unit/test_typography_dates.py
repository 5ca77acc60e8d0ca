"""Dates, amounts and times never break over two lines; a date range only after its dash;
one date format a document (README, "Typography rules")."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

import pytest

from app.domain import Language
from app.locales import NBSP, date_range_in, document_date, time_in
from diplomas.action_plan import action_plan_pdf
from diplomas.action_plan_model import DEFAULT_GUIDES, LABELS, PlanAction, PlanDocument
from diplomas.diploma import diploma_pdf
from diplomas.diploma_model import (
    DEFAULT_WORDINGS,
    TEMPLATES,
    DiplomaContent,
    DiplomaDesign,
    Signatory,
)
from tests.pdf_text import drawn_texts, read

LANGUAGES = (Language.SWEDISH, Language.FINNISH, Language.ENGLISH)
DAYS = [dt.date(2026, month, 28) for month in range(1, 13)]


def lines_of(data: bytes) -> list[str]:
    """Every line of every page: the texts drawn on one baseline, joined, spaces unified."""
    lines: list[str] = []
    for page in read(data).pages:
        by_baseline: dict[tuple[float, float], list[str]] = defaultdict(list)
        for run in drawn_texts(page):
            by_baseline[(round(run.y, 1), round(run.x, -2))].append(run.text)
        lines += [" ".join(parts).replace(NBSP, " ") for parts in by_baseline.values()]
    return lines


def assert_on_one_line(data: bytes, texts: list[str]) -> None:
    lines = lines_of(data)
    for text in texts:
        plain = text.replace(NBSP, " ")
        assert any(plain in line for line in lines), (plain, lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_is_one_unbreakable_word_and_a_range_breaks_only_after_its_dash(
    language: Language,
) -> None:
    for day in DAYS:
        assert " " not in document_date(day, language)
        assert NBSP in document_date(day, language)
    both = date_range_in(DAYS[0], DAYS[8], language)
    assert both.count(" ") == 1 and both.split(" ")[0].endswith("\N{EN DASH}")
    assert date_range_in(DAYS[0], DAYS[0], language) == document_date(DAYS[0], language)


def test_times_are_written_as_the_language_does() -> None:
    assert time_in(dt.time(14, 0), Language.SWEDISH) == "14.00"
    assert time_in(dt.time(9, 5), Language.FINNISH) == "9.05"
    assert time_in(dt.time(14, 0), Language.ENGLISH) == "14:00"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_date_in_an_action_plan_breaks_and_the_table_writes_dates_as_the_header(
    language: Language,
) -> None:
    statuses = LABELS[language].statuses
    long = "Så här gör jag det steg för steg tillsammans med min grupp och HR. " * 3
    actions = tuple(
        PlanAction(
            what=f"Aktivitet {i} med hela gruppen",
            how=long,
            by_when=document_date(day, language),
            support="Mentor och chef",
            success="Färre missförstånd",
            status=statuses[i % 4],
        )
        for i, day in enumerate(DAYS)
    )
    follow_up = document_date(dt.date(2026, 9, 30), language)
    plan = PlanDocument(
        programme="Framtidens ledare",
        cohort="omgång 3",
        name="Gyllenstierna af Lundholm-Björkqvist-Wachtmeister, Marie",
        organization="Alingsås kommun, socialförvaltningen, enheten för stöd",
        mentor="Máret Sámmol",
        manager="Lars Ek",
        follow_up=follow_up,
        guide=DEFAULT_GUIDES[language],
        texts={"goal": "Delegera mer."},
        actions=actions,
        language=language,
    )
    data = action_plan_pdf(plan)
    assert_on_one_line(data, [follow_up, *(a.by_when for a in actions)])


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_date_hours_or_serial_on_a_diploma_breaks(template: str, language: Language) -> None:
    dates = date_range_in(dt.date(2026, 9, 3), dt.date(2027, 11, 28), language)
    design = DiplomaDesign(
        template=template,
        language=language,
        title="Diplom",
        wording=DEFAULT_WORDINGS[language],
        place="Alingsås",
        issue_date_text=document_date(dt.date(2027, 11, 30), language),
        signatories=(Signatory(name="Anna-Karin Lindqvist", title="Kommundirektör"),),
    )
    hours = f"120{NBSP}timmar"
    content = DiplomaContent(
        name="Åsa Öberg-Jäätteenmäki",
        programme="Utvecklingsprogrammet för framtidens ledare i Västra Götaland",
        cohort="omgång 3",
        dates_text=dates,
        hours_text=hours,
        serial="FL-2027-0123",
    )
    for orientation in ("landscape", "portrait"):
        data = diploma_pdf(replace(design, orientation=orientation), content)
        first, last = dates.split(" ")
        assert_on_one_line(data, [first, last, hours, design.issue_date_text, "FL-2027-0123"])
