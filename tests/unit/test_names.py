"""A reissue corrects the same person's name; another person's name is told apart."""

from __future__ import annotations

import pytest

from app.names import folded, plausible_correction


def test_folding_keeps_only_the_letters_that_tell_names_apart() -> None:
    assert folded("  Åsa  Öberg-Jäätteenmäki ") == "asa oberg jaatteenmaki"
    assert folded("Ánde Ŋuolja") == "ande nuolja"
    assert folded("Søren Ødegård") == "soren odegard"
    assert folded("Đuro Đaković") == "duro dakovic"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Asa Oberg", "Åsa Öberg"),  # the letters the keyboard lacked
        ("Mikael Sjöbreg", "Mikael Sjöberg"),  # a typo
        ("Mikael Sjöberg", "Mikaela Sjöberg"),  # the first name misspelt
        ("Anna Svensson", "Anna Svensson-Ek"),  # a double-barrelled surname spelt out
        ("Åsa Öberg-Jäätteenmäki", "Åsa Öberg"),  # shortened to how she signs
        ("Jon Larsson", "John Larsson"),
        ("Kalle Nilsson", "Karl Nilsson"),  # the formal first name
        ("Ande Nuolja", "Ánde Ŋuolja"),
    ],
)
def test_a_corrected_spelling_is_plausible(old: str, new: str) -> None:
    assert plausible_correction(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Mikael Sjöberg", "Emir Hodžić"),  # the README's old example: another person
        ("Anna Svensson", "Anna Johansson"),  # another surname: ask (a marriage? a mix-up?)
        ("Mikael Sjöberg", "Emir Sjöberg"),  # the same surname, another first name
        ("Mikael Sjöberg", ""),
    ],
)
def test_another_persons_name_is_not_a_correction(old: str, new: str) -> None:
    assert not plausible_correction(old, new)
