"""The document languages as Babel locales, and dates written in them."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from app.domain import Language

LOCALES = {Language.SWEDISH: "sv_SE", Language.ENGLISH: "en_GB", Language.FINNISH: "fi_FI"}


def date_in(date: dt.date | None, language: Language, style: str = "long") -> str:
    """``date`` as the language writes it ("22 mars 2024" long, "22 mars 2024" medium…);
    empty for no date."""
    return "" if date is None else str(format_date(date, format=style, locale=LOCALES[language]))
