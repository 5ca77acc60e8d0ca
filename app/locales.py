"""The document languages as Babel locales, and dates written in them."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

from app.domain import Language
from app.i18n import language, ngettext

LOCALES = {Language.SWEDISH: "sv_SE", Language.ENGLISH: "en_GB", Language.FINNISH: "fi_FI"}


def date_in(date: dt.date | None, language: Language, style: str = "long") -> str:
    """``date`` as the language writes it ("22 mars 2024" long, "22 mars 2024" medium…);
    empty for no date."""
    return "" if date is None else str(format_date(date, format=style, locale=LOCALES[language]))


def _interface_locale() -> str:
    return LOCALES.get(Language(language()), LOCALES[Language.ENGLISH])


def number_text(number: int) -> str:
    """A whole number the interface language's way: "50 000" in Swedish and Finnish (with a
    no-break space, so it never breaks over two lines), "50,000" in English."""
    return str(format_decimal(number, locale=_interface_locale()))


_UNITS = ("KiB", "MiB", "GiB", "TiB")


def size_text(size: int) -> str:
    """A file's size as the window shows it (Qt's ``formattedDataSize`` style): "312,0 KiB",
    "1,2 MiB" in Swedish and Finnish, "312.0 KiB" in English; the same in the CLI."""
    if size < 1024:
        return ngettext("{n} byte", "{n} bytes", size).format(n=number_text(size))
    value, unit = size / 1024, _UNITS[0]
    for unit in _UNITS:
        if value < 1024 or unit == _UNITS[-1]:
            break
        value /= 1024
    text = format_decimal(round(value, 1), format="#,##0.0", locale=_interface_locale())
    return f"{text}\N{NO-BREAK SPACE}{unit}"
