"""Why a document cannot be made reaches the coordinator in the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.i18n import explain
from diplomas.diploma_model import DiplomaDesign, Signatory, check_design
from diplomas.problems import DocumentError, Phrase


@pytest.fixture
def swedish() -> Iterator[None]:
    i18n.set_language("sv")
    yield
    i18n.set_language("en")


def _design(**changes: object) -> DiplomaDesign:
    values: dict[str, object] = {
        "signatories": (Signatory(name="Eva Lund", title="Kommundirektör"),)
    }
    values.update(changes)
    return DiplomaDesign(**values)  # type: ignore[arg-type]


def test_a_problem_is_english_as_text_and_swedish_when_explained(swedish: None) -> None:
    with pytest.raises(DocumentError) as raised:
        check_design(_design(accent_color="blå"))
    assert str(raised.value) == "The accent colour is written #RRGGBB, not “blå”."
    assert explain(raised.value) == "Accentfärgen skrivs #RRGGBB, inte ”blå”."


def test_the_phrases_inside_a_problem_are_translated_too(swedish: None) -> None:
    with pytest.raises(DocumentError) as raised:
        check_design(_design(logo_png=b"not an image"))
    assert explain(raised.value) == "Bilden ”logotypen” är ingen läsbar PNG- eller JPEG-fil."


def test_the_design_check_speaks_swedish_through_the_service(swedish: None) -> None:
    import datetime as dt

    from app.errors import ValidationError
    from app.services.diploma_settings import DesignSettings, SignatorySettings, design_of

    settings = DesignSettings(
        accent_color="#12345", signatories=(SignatorySettings(name="Eva Lund"),)
    )
    with pytest.raises(ValidationError, match="Accentfärgen skrivs #RRGGBB"):
        design_of(settings, today=dt.date(2026, 12, 7))


def test_other_errors_are_passed_on_as_they_are() -> None:
    assert explain(ValueError("plain")) == "plain"
    assert explain(DocumentError("{x} and {y}", x=Phrase("title"), y="z")) == "title and z"
