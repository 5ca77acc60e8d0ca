"""What a sign-in sheet prints, as plain data: its rows, its header and its words.

:mod:`diplomas.signin_sheet` draws it; the service fills it in. This module imports no
ReportLab, so the service can use it at any time and ReportLab loads only when a sheet is
drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import Language


@dataclass(frozen=True)
class SigninRow:
    name: str
    organization: str = ""


@dataclass(frozen=True)
class SigninSheet:
    """Everything a sign-in sheet shows, as it is to be printed (dates already formatted)."""

    programme: str
    cohort: str
    session_title: str
    date_text: str
    time_text: str = ""
    venue: str = ""
    language: Language = Language.SWEDISH  # picks the LABELS the sheet prints itself
    rows: tuple[SigninRow, ...] = ()
    blank_rows: int = 5


@dataclass(frozen=True, kw_only=True)
class SheetLabels:
    """The words a sheet prints itself, in its language."""

    document: str
    number: str
    name: str
    organization: str
    signature: str
    date: str
    time: str
    venue: str
    registered: str  # "{count}"
    page: str  # "{page}", "{pages}"
    # Weekday, day and month without the year (a Babel pattern): how the first day of a
    # residential session over several days is written ("torsdag 4 december – fredag 5 …").
    day_month: str
    lang: str  # for the PDF's /Lang


LABELS = {
    Language.SWEDISH: SheetLabels(
        document="Närvarolista",
        number="Nr",
        name="Namn",
        organization="Organisation",
        signature="Namnteckning",
        date="Datum",
        time="Tid",
        venue="Plats",
        registered="Anmälda: {count}",
        page="Sida {page} av {pages}",
        day_month="EEEE d MMMM",
        lang="sv-SE",
    ),
    Language.ENGLISH: SheetLabels(
        document="Sign-in sheet",
        number="No.",
        name="Name",
        organization="Organization",
        signature="Signature",
        date="Date",
        time="Time",
        venue="Venue",
        registered="Registered: {count}",
        page="Page {page} of {pages}",
        day_month="EEEE d MMMM",
        lang="en-GB",
    ),
    Language.FINNISH: SheetLabels(
        document="Läsnäololista",
        number="Nro",
        name="Nimi",
        organization="Organisaatio",
        signature="Allekirjoitus",
        date="Päivämäärä",
        time="Aika",
        venue="Paikka",
        registered="Ilmoittautuneet: {count}",
        page="Sivu {page}/{pages}",
        day_month="cccc d. MMMM",
        lang="fi-FI",
    ),
}

MAX_BLANK_ROWS = 200
