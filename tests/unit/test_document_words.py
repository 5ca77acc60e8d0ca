"""Every document keeps its words in one table, keyed by app.domain.Language, complete."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from app.domain import Language
from diplomas import action_plan_model, calibration, checklist, diploma_model, signin_sheet_model
from tests.pdf_text import read

TABLES: dict[str, Mapping[object, object]] = {
    "diploma": diploma_model.WORDS,
    "action plan": action_plan_model.LABELS,
    "sign-in sheet": signin_sheet_model.LABELS,
    "checklist": checklist.WORDS,
}


@pytest.mark.parametrize("document", TABLES)
def test_each_document_has_words_for_every_language_keyed_by_the_enum(document: str) -> None:
    table = TABLES[document]
    assert list(table) == list(Language)
    assert all(type(key) is Language for key in table)


def test_the_calibration_page_falls_back_to_english_for_other_languages() -> None:
    assert all(type(key) is Language for key in calibration.WORDS)
    assert Language.ENGLISH in calibration.WORDS
    finnish = calibration.calibration_page_pdf(landscape=False, language=Language.FINNISH)
    assert "Calibration page" in read(finnish).pages[0].extract_text()


def test_defaults_are_read_from_the_one_table() -> None:
    for language in Language:
        words = diploma_model.WORDS[language]
        assert diploma_model.DEFAULT_TITLES[language] == words.title
        assert diploma_model.DEFAULT_WORDINGS[language] == words.wording
        assert (
            action_plan_model.DEFAULT_GUIDES[language] == action_plan_model.LABELS[language].guide
        )
