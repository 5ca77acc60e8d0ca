"""One word for each kind of question: the question editor says what the CLI says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n as app_i18n
from app.domain import Language, QuestionKind
from app.words import shown
from tests.ui.languages import interface_in
from ui.dialogs.evaluation_questions_dialog import kind_label

WORDS = {
    Language.SWEDISH: ["skala", "enkelval", "flerval", "öppen fråga"],
    Language.FINNISH: ["asteikko", "yksi valinta", "monivalinta", "avoin kysymys"],
    Language.ENGLISH: ["scale", "single choice", "multiple choice", "open answer"],
}
KINDS = [QuestionKind.SCALE, QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TEXT]


@pytest.fixture
def gettext_language() -> Iterator[None]:
    previous = app_i18n.language()
    yield
    app_i18n.set_language(previous)


@pytest.mark.parametrize("language", list(WORDS))
def test_the_editor_and_the_cli_use_one_word_per_kind(
    qapp: object, gettext_language: None, language: Language
) -> None:
    app_i18n.set_language(language.value)
    with interface_in(language):
        editor = [kind_label(kind).lower() for kind in KINDS]
    assert editor == [shown(kind) for kind in KINDS] == WORDS[language]
