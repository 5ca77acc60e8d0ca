"""One rounding for the figures of the CLI, the window and the PDF: halves up."""

from __future__ import annotations

import pytest

from app.domain import Language
from diplomas.decimals import decimal_figure, half_up
from diplomas.evaluation_model import decimal_text


@pytest.mark.parametrize(
    ("value", "shown"),
    [(4.25, "4.3"), (3.75, "3.8"), (4.35, "4.4"), (4.05, "4.1"), (4.249, "4.2"), (4.0, "4.0")],
)
def test_halves_are_rounded_up(value: float, shown: str) -> None:
    assert half_up(value) == shown


def test_the_comma_and_the_whole_figure() -> None:
    assert decimal_figure(4.25, comma=True) == "4,3"
    assert decimal_figure(2.5, comma=False, digits=0) == "3"
    assert decimal_text(4.25, Language.SWEDISH) == "4,3"
    assert decimal_text(3.75, Language.ENGLISH) == "3.8"
