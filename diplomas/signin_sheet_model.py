"""What a sign-in sheet prints, as plain data: its rows, its header and its words.

:mod:`diplomas.signin_sheet` draws it; the service fills it in. This module imports no
ReportLab, so the service can use it at any time and ReportLab loads only when a sheet is
drawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain import Language, Role


@dataclass(frozen=True)
class SigninRow:
    name: str
    organization: str = ""
    role: Role = Role.PARTICIPANT  # counted by role in the footer


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
    printed: dt.date | None = None  # the file's creation date; today when not given


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
    # The footer says who is on the list, by role: "På listan: 18 deltagare och 4 mentorer".
    on_list: str  # "{counts}"
    roles: dict[Role, tuple[str, str]]  # one, more ("{n}")
    and_word: str  # before the last count
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
        on_list="På listan: {counts}",
        roles={
            Role.PARTICIPANT: ("{n} deltagare", "{n} deltagare"),
            Role.MENTOR: ("{n} mentor", "{n} mentorer"),
            Role.FACILITATOR: ("{n} processledare", "{n} processledare"),
            Role.GUEST: ("{n} gäst", "{n} gäster"),
        },
        and_word="och",
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
        on_list="On the list: {counts}",
        roles={
            Role.PARTICIPANT: ("{n} participant", "{n} participants"),
            Role.MENTOR: ("{n} mentor", "{n} mentors"),
            Role.FACILITATOR: ("{n} facilitator", "{n} facilitators"),
            Role.GUEST: ("{n} guest", "{n} guests"),
        },
        and_word="and",
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
        on_list="Listalla: {counts}",
        roles={
            Role.PARTICIPANT: ("{n} osallistuja", "{n} osallistujaa"),
            Role.MENTOR: ("{n} mentori", "{n} mentoria"),
            Role.FACILITATOR: ("{n} kouluttaja", "{n} kouluttajaa"),
            Role.GUEST: ("{n} vieras", "{n} vierasta"),
        },
        and_word="ja",
        page="Sivu {page}/{pages}",
        day_month="cccc d. MMMM",
        lang="fi-FI",
    ),
}

MAX_BLANK_ROWS = 200


def on_list_text(sheet: SigninSheet, labels: SheetLabels) -> str:
    """Who the sheet lists, by role: "På listan: 18 deltagare och 4 mentorer" (participants
    always named, "0 deltagare" for an empty list; blank rows are not counted)."""
    counts = []
    for role, (one, more) in labels.roles.items():
        n = sum(row.role == role for row in sheet.rows)
        if n or role == Role.PARTICIPANT:
            counts.append((one if n == 1 else more).format(n=n).replace(" ", "\N{NO-BREAK SPACE}"))
    text = (
        ", ".join(counts[:-1]) + f" {labels.and_word} " + counts[-1]
        if len(counts) > 1
        else counts[0]
    )
    return labels.on_list.format(counts=text)
