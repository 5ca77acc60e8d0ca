"""The document languages as Babel locales, and dates, times and numbers written in them.

Typography rules every document follows (see README, "Typography rules"): a date, an amount
with its unit and a time never break over two lines (their spaces are no-break spaces), a
date range breaks only after its dash, and each document writes its dates one way (the long
form, "3 september 2026").
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from app.domain import Language
from app.i18n import language, ngettext

LOCALES = {Language.SWEDISH: "sv_SE", Language.ENGLISH: "en_GB", Language.FINNISH: "fi_FI"}


NBSP = "\N{NO-BREAK SPACE}"
# Between the two ends of a range: the dash stays with the first end, a line may break after it.
RANGE_DASH = NBSP + "\N{EN DASH} "


def unbroken(text: str) -> str:
    """``text`` with its spaces made no-break spaces: it stays on one line."""
    return NBSP.join(text.split(" "))


def date_in(date: dt.date | None, language: Language, style: str = "long") -> str:
    """``date`` as the language writes it ("22 mars 2024" long, "22 mars 2024" medium…);
    empty for no date. For the interface; a document uses :func:`document_date`."""
    return "" if date is None else str(format_date(date, format=style, locale=LOCALES[language]))


def document_date(date: dt.date | None, language: Language) -> str:
    """``date`` as a document prints it: always the long form ("3 september 2026"), its
    spaces no-break spaces so it never breaks over two lines; empty for no date."""
    return unbroken(date_in(date, language))


def range_text(first: str, last: str) -> str:
    """Two ends of a range ("3 september 2026", "5 september 2026") joined by an en dash,
    which may break only after the dash; one end alone when they are equal or one is empty."""
    if not first or not last or first == last:
        return first or last
    return f"{first}{RANGE_DASH}{last}"


def date_range_in(first: dt.date | None, last: dt.date | None, language: Language) -> str:
    """ "3 september 2026 – 5 september 2026": the long form, breaking only after the dash."""
    return range_text(document_date(first, language), document_date(last, language))


def time_in(time: dt.time, language: Language) -> str:
    """A time of day as the document language writes it: "14.00" in Swedish (Språkrådet's
    recommendation; "9.00") and Finnish, "14:00" in English."""
    if language in (Language.SWEDISH, Language.FINNISH):
        return f"{time.hour}.{time.minute:02d}"
    return str(format_time(time, format="short", locale=LOCALES[language]))


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
