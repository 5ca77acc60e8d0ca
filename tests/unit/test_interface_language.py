"""Which language the interface speaks: --lang, then KOHORT_LANG, then Preferences, then the
operating system (Swedish and Finnish systems get their language, any other English)."""

from __future__ import annotations

import pytest

from app.domain import Language
from app.interface_language import choose_interface_language, language_of


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("sv_SE", Language.SWEDISH),
        ("sv_FI.UTF-8", Language.SWEDISH),
        ("sv-FI", Language.SWEDISH),
        ("fi_FI@euro", Language.FINNISH),
        ("FI", Language.FINNISH),
        ("en_GB", Language.ENGLISH),
        ("de_DE", None),
        ("C", None),
        ("", None),
        ("svenska", None),
    ],
)
def test_language_of_a_locale_name(tag: str, language: Language | None) -> None:
    assert language_of(tag) == language


@pytest.mark.parametrize(
    ("system", "language"),
    [
        (["sv-SE", "sv"], Language.SWEDISH),
        (["sv-FI"], Language.SWEDISH),
        (["fi-FI", "fi"], Language.FINNISH),
        (["de-DE", "de"], Language.ENGLISH),
        (["de-DE", "sv-SE"], Language.SWEDISH),  # LANGUAGE=de:sv: the first Kohort speaks
        (["C"], Language.ENGLISH),
        ([], Language.ENGLISH),
    ],
)
def test_the_system_decides_by_default(system: list[str], language: Language) -> None:
    choice = choose_interface_language(system=system)
    assert (choice.language, choice.source) == (language, "system")


def test_each_choice_outranks_the_ones_below_it() -> None:
    system = ["sv-SE"]
    assert choose_interface_language(preference="fi", system=system).language == Language.FINNISH
    assert (
        choose_interface_language(environment="en", preference="fi", system=system).language
        == Language.ENGLISH
    )
    choice = choose_interface_language(
        command_line="sv", environment="en", preference="fi", system=["fi"]
    )
    assert (choice.language, choice.source) == (Language.SWEDISH, "command line")


def test_an_empty_value_is_not_set_and_an_unknown_one_is_reported() -> None:
    choice = choose_interface_language(environment="  ", preference="", system=["fi_FI"])
    assert (choice.language, choice.problems) == (Language.FINNISH, ())
    choice = choose_interface_language(environment="de", preference="sv", system=["fi"])
    assert choice.language == Language.SWEDISH and choice.source == "preferences"
    assert choice.problems == (
        "KOHORT_LANG: 'de' is not a language Kohort speaks (sv, en, fi); it is ignored.",
    )
