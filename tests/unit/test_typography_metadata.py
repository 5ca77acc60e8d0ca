"""Every PDF Kohort writes says its language (/Lang) and carries its print date as creation
date (not ReportLab's 2000-01-01); the same inputs give the same bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from app.domain import Language
from diplomas.action_plan import action_plan_pdf, render_action_plans
from diplomas.calibration import calibration_page_pdf
from diplomas.checklist import Checklist, ChecklistRow, checklist_pdf
from diplomas.diploma import diploma_pdf
from diplomas.signin_sheet import render_signin_sheet
from diplomas.signin_sheet_model import SigninRow, SigninSheet
from tests.pdf_text import read
from tests.unit.test_action_plan_pdf import PLAN
from tests.unit.test_diploma_render import CONTENT, DESIGN

DAY = dt.date(2026, 9, 30)


def _signin(printed: dt.date | None) -> bytes:
    import io

    sheet = SigninSheet(
        programme="Framtidens ledare",
        cohort="omgång 3",
        session_title="Träff 1",
        date_text="torsdag 3 september 2026",
        language=Language.FINNISH,
        rows=(SigninRow("Ek, Per", "Alingsås kommun"),),
        printed=printed,
    )
    out = io.BytesIO()
    render_signin_sheet(sheet, out)
    return out.getvalue()


MAKERS: dict[str, tuple[Callable[[dt.date | None], bytes], str]] = {
    "checklist": (
        lambda day: checklist_pdf(
            Checklist(title="FL", rows=(ChecklistRow("Per Ek", "FL-1"),), printed=day)
        ),
        "sv-SE",
    ),
    "action plan": (lambda day: action_plan_pdf(PLAN, printed=day), "sv-SE"),
    "mixed plans": (
        lambda day: render_action_plans(
            [PLAN, PLAN, replace(PLAN, language=Language.ENGLISH)],
            printed=day,
        ),
        "sv-SE",
    ),
    "sign-in sheet": (_signin, "fi-FI"),
}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_lang_and_the_print_date_and_the_same_bytes_for_the_same_inputs(kind: str) -> None:
    make, lang = MAKERS[kind]
    data = make(DAY)
    reader = read(data)
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20260930120000+00'00'"
    assert make(DAY) == data  # deterministic
    today = read(make(None)).metadata
    assert today is not None and today["/CreationDate"].startswith(f"D:{dt.date.today():%Y%m%d}")


@pytest.mark.parametrize("language", list(Language))
def test_the_calibration_page_says_its_language(language: Language) -> None:
    reader = read(calibration_page_pdf(landscape=True, language=language))
    assert (
        reader.trailer["/Root"]["/Lang"] == {"sv": "sv-SE", "fi": "fi-FI", "en": "en-GB"}[language]
    )
    assert reader.metadata is not None and "2000" not in reader.metadata["/CreationDate"][:6]


def test_a_diploma_says_its_language() -> None:
    assert read(diploma_pdf(DESIGN, CONTENT)).trailer["/Root"]["/Lang"] == "sv-SE"


def test_different_subsets_of_a_font_get_different_tags_even_across_files() -> None:
    """Merged into one ceremony file, two diplomas' subsets must not share "AAAAAA+"."""
    from dataclasses import replace as swap

    def tags(data: bytes) -> dict[str, str]:
        found: dict[str, str] = {}
        for page in read(data).pages:
            for font in page["/Resources"]["/XObject"]["/FormXob.DiplomaDesign"]["/Resources"][
                "/Font"
            ].values():
                tag, name = str(font.get_object()["/BaseFont"]).lstrip("/").split("+")
                found[name] = tag
            for font in page["/Resources"]["/Font"].values():
                tag, name = str(font.get_object()["/BaseFont"]).lstrip("/").split("+")
                found.setdefault(name, tag)
        return found

    first = tags(diploma_pdf(DESIGN, CONTENT))
    second = tags(diploma_pdf(DESIGN, swap(CONTENT, name="Ánde Ŋuolja")))  # Á, Ŋ: new glyphs
    assert first["Vollkorn-Bold"] != second["Vollkorn-Bold"]  # another font program
    assert all(len(t) == 6 and t.isalpha() and t.isupper() for t in first.values())
    assert "AAAAAA" not in first.values()
    assert tags(diploma_pdf(DESIGN, CONTENT)) == first  # the same document, the same tags
