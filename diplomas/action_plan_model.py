"""What an action plan prints, as plain data, its words, and the checks before drawing.

A :class:`PlanDocument` holds what one plan prints, already formatted in the document's
language: the header (programme, cohort, name, organization, mentor, manager, follow-up
date), the sections with the programme's headings and guiding questions
(:class:`GuideEntry`; each language's defaults in :data:`LABELS`), the participant's texts
and the concrete actions. This module imports no ReportLab; :mod:`diplomas.action_plan`
renders plans.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain import Language
from diplomas.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, missing_glyphs, nfc
from diplomas.problems import DocumentError, Phrase

SECTION_KEYS = ("goal", "strengths", "development_areas", "actions")
TEXT_KEYS = SECTION_KEYS[:3]  # the sections holding the participant's own text
DEFAULT_ACCENT = "#1F5568"
# Where on the plan a text that cannot be drawn is, said in the interface language.
_WHERE = {
    "name": Phrase("name"),
    "header": Phrase("header"),
    "goal": Phrase("goal and vision"),
    "strengths": Phrase("strengths"),
    "development_areas": Phrase("development areas"),
    "actions": Phrase("actions"),
}


@dataclass(frozen=True, kw_only=True)
class GuideEntry:
    """A section's heading and guiding question, as the programme words them."""

    key: str  # one of SECTION_KEYS
    heading: str
    question: str = ""


def _guide(*entries: tuple[str, str]) -> tuple[GuideEntry, ...]:
    return tuple(
        GuideEntry(key=key, heading=heading, question=question)
        for key, (heading, question) in zip(SECTION_KEYS, entries, strict=True)
    )


@dataclass(frozen=True, kw_only=True)
class PlanAction:
    """One concrete action, every field already formatted text."""

    what: str = ""
    how: str = ""
    by_when: str = ""  # already formatted date text
    support: str = ""
    success: str = ""  # how success will be seen
    status: str = ""  # already translated status label


@dataclass(frozen=True, kw_only=True)
class PlanDocument:
    """Everything one participant's plan prints, as it is to be printed."""

    programme: str
    cohort: str
    name: str
    organization: str = ""
    mentor: str = ""
    manager: str = ""
    follow_up: str = ""  # formatted date text, "" if none
    guide: tuple[GuideEntry, ...]  # headings and questions, in print order
    texts: Mapping[str, str] = field(default_factory=dict)  # section key -> text
    actions: tuple[PlanAction, ...] = ()
    language: Language = Language.SWEDISH  # picks the LABELS the plan prints itself


@dataclass(frozen=True, kw_only=True)
class PlanLabels:
    """The words a plan prints itself, in its language, and the headings and questions a
    programme starts from (``guide``)."""

    guide: tuple[GuideEntry, ...]
    document: str
    name: str
    organization: str
    mentor: str
    manager: str
    follow_up: str
    columns: tuple[str, str, str, str, str, str]  # what, how, by when, support, success, status
    no_actions: str
    signatures: str
    participant: str
    date: str
    page: str  # "{page}", "{pages}"
    statuses: tuple[str, str, str, str]  # an action's: planned, in progress, done, dropped
    file_word: str  # ends the file name of a plan saved on its own ("Åsa Öberg handlingsplan")
    lang: str  # for the PDF's /Lang


LABELS = {
    Language.SWEDISH: PlanLabels(
        guide=_guide(
            ("Mål och vision", "Vad vill du uppnå som ledare det närmaste året?"),
            ("Styrkor att bygga på", "Vad gör du redan bra, och hur kan du använda det mer?"),
            ("Utvecklingsområden", "Vad behöver du utveckla för att nå ditt mål?"),
            ("Konkreta aktiviteter", "Vad ska du göra, hur och när? Vem kan stötta dig?"),
        ),
        document="Personlig handlingsplan",
        name="Namn",
        organization="Organisation",
        mentor="Mentor",
        manager="Chef",
        follow_up="Uppföljning",
        columns=("Aktivitet", "Hur", "Klart senast", "Stöd jag behöver", "Så märks det", "Status"),
        no_actions="Inga aktiviteter ännu.",
        signatures="Underskrifter",
        participant="Deltagare",
        date="Datum",
        page="Sida {page} av {pages}",
        statuses=("Planerad", "Pågår", "Genomförd", "Avbruten"),
        file_word="handlingsplan",
        lang="sv-SE",
    ),
    Language.ENGLISH: PlanLabels(
        guide=_guide(
            ("Goal and vision", "What do you want to achieve as a leader in the coming year?"),
            ("Strengths to build on", "What do you already do well, and how can you use it more?"),
            ("Areas for development", "What do you need to develop to reach your goal?"),
            ("Concrete actions", "What will you do, how and by when? Who can support you?"),
        ),
        document="Personal action plan",
        name="Name",
        organization="Organization",
        mentor="Mentor",
        manager="Manager",
        follow_up="Follow-up",
        columns=("Action", "How", "By when", "Support needed", "How success shows", "Status"),
        no_actions="No actions yet.",
        signatures="Signatures",
        participant="Participant",
        date="Date",
        page="Page {page} of {pages}",
        statuses=("Planned", "In progress", "Done", "Dropped"),
        file_word="action plan",
        lang="en-GB",
    ),
    Language.FINNISH: PlanLabels(
        guide=_guide(
            ("Tavoite ja visio", "Mitä haluat saavuttaa johtajana seuraavan vuoden aikana?"),
            ("Vahvuudet", "Missä olet jo hyvä, ja miten voit hyödyntää sitä enemmän?"),
            ("Kehittämiskohteet", "Mitä sinun tarvitsee kehittää tavoitteesi saavuttamiseksi?"),
            ("Konkreettiset toimenpiteet", "Mitä teet, miten ja mihin mennessä? Kuka voi tukea?"),
        ),
        document="Henkilökohtainen kehittymissuunnitelma",
        name="Nimi",
        organization="Organisaatio",
        mentor="Mentori",
        manager="Esihenkilö",
        follow_up="Seuranta",
        columns=(
            *("Toimenpide", "Miten", "Mihin mennessä"),
            *("Tarvittava tuki", "Miten onnistuminen näkyy", "Tila"),
        ),
        no_actions="Ei vielä toimenpiteitä.",
        signatures="Allekirjoitukset",
        participant="Osallistuja",
        date="Päivämäärä",
        page="Sivu {page}/{pages}",
        statuses=("Suunniteltu", "Käynnissä", "Valmis", "Peruttu"),
        file_word="kehittymissuunnitelma",
        lang="fi-FI",
    ),
}


# Each language's default headings and questions, read from LABELS.
DEFAULT_GUIDES = {language: labels.guide for language, labels in LABELS.items()}


def sections(plan: PlanDocument, *, blank: bool = False) -> tuple[GuideEntry, ...]:
    """The sections as printed: the guide's, in its order, then any key the guide leaves out
    that has something written (under the default heading), so nothing written is lost."""
    printed = list(plan.guide)
    keys = {entry.key for entry in printed}
    has_content = {key: bool(plan.texts.get(key, "").strip()) for key in TEXT_KEYS}
    has_content["actions"] = bool(plan.actions)
    for default in DEFAULT_GUIDES[plan.language]:
        if default.key not in keys and has_content[default.key] and not blank:
            printed.append(default)
    return tuple(printed)


def check_plan(plan: PlanDocument, *, blank: bool = False) -> None:
    """Raise ``ValueError`` with one clear sentence if the plan cannot be printed as given."""
    who = " ".join(nfc(plan.name).split()) or "(no name)"
    if plan.language not in LABELS:
        raise ValueError(
            f"Action plans are written in {', '.join(Language)}, not “{plan.language}”."
        )
    keys = [entry.key for entry in plan.guide]
    unknown = [key for key in keys if key not in SECTION_KEYS]
    if unknown or len(set(keys)) != len(keys):
        raise ValueError(
            f"Action plan for {who}: the guide has sections {', '.join(keys)}; each of "
            f"{', '.join(SECTION_KEYS)} at most once."
        )
    texts: list[tuple[str, str, tuple[str, ...]]] = [
        ("name", plan.name, (SERIF_BOLD, SANS)),
        ("header", f"{plan.programme} {plan.cohort} {plan.organization}", (SANS,)),
        ("header", f"{plan.mentor} {plan.manager} {plan.follow_up}", (SANS,)),
    ]
    for entry in plan.guide:
        texts += [
            (entry.key, entry.heading, (SERIF_BOLD,)),
            (entry.key, entry.question, (SANS_ITALIC,)),
        ]
    if not blank:
        texts += [(key, plan.texts.get(key, ""), (SANS,)) for key in TEXT_KEYS]
        for action in plan.actions:
            texts.append(("actions", action.what, (SANS_BOLD,)))
            cells = (action.how, action.by_when, action.support, action.success, action.status)
            texts.append(("actions", " ".join(cells), (SANS,)))
    for where, text, fonts in texts:
        drawn = "".join(text.split())  # white space separates; it is never drawn as a glyph
        missing = sorted({c for font in fonts for c in missing_glyphs(drawn, font)})
        if missing:
            shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
            raise DocumentError(
                "Action plan for {name}: the bundled fonts cannot draw {characters} in the "
                "{where}.",
                name=who,
                characters=shown,
                where=_WHERE[where],
            )


def check_accent(accent_color: str) -> None:
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", accent_color):
        raise DocumentError(
            "The accent colour is written #RRGGBB, not “{colour}”.", colour=accent_color
        )
