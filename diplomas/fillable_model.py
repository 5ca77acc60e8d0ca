"""Fillable PDF forms as plain data: what an evaluation form or an action-plan form holds,
the names of its form fields (which :mod:`app.services.returned_forms` reads back) and the
words the forms print in each language. Imports no ReportLab; :mod:`diplomas.fillable`
draws the forms.

Every form carries a hidden text field :data:`TOKEN_FIELD` holding the random token of its
row in the database: that is how a returned file finds its person, cohort and evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain import Language

TOKEN_FIELD = "kohort_token"
# One field per plan text; an action's fields are "action{n}_{part}" (n from 1).
PLAN_TEXT_FIELDS = ("goal", "strengths", "development_areas")
ACTION_PARTS = ("what", "how", "by_when", "support", "success")


def question_field(question_id: int) -> str:
    """A scale or single choice: one radio group; a text: one text field."""
    return f"q{question_id}"


def choice_field(question_id: int, option: int) -> str:
    """A multiple-choice option's check box (option from 0)."""
    return f"q{question_id}_{option}"


def scale_value(number: int) -> str:
    """The export value of a scale's radio button: "1" … "7"."""
    return str(number)


def option_value(option: int) -> str:
    """The export value of a single choice's radio button (option from 0): "o0", "o1" …"""
    return f"o{option}"


def action_field(number: int, part: str) -> str:
    return f"action{number}_{part}"


@dataclass(frozen=True, kw_only=True)
class FormQuestion:
    question_id: int
    kind: str  # "scale", "single", "multiple" or "text" (app.domain.QuestionKind values)
    text: str
    scale_max: int | None = None
    low_label: str = ""
    high_label: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, kw_only=True)
class EvaluationForm:
    """One evaluation form: named for a participant, or unnamed (anonymous)."""

    token: str
    title: str
    programme: str
    cohort: str
    name: str = ""  # "" on an anonymous form
    anonymous: bool = True
    questions: tuple[FormQuestion, ...] = ()
    language: Language = Language.SWEDISH


@dataclass(frozen=True, kw_only=True)
class PlanFormAction:
    what: str = ""
    how: str = ""
    by_when: str = ""  # the date as typed: 2026-03-19
    support: str = ""
    success: str = ""


@dataclass(frozen=True, kw_only=True)
class PlanForm:
    """One participant's action plan as a form, pre-filled with what the plan holds."""

    token: str
    programme: str
    cohort: str
    name: str
    organization: str = ""
    headings: Mapping[str, str] = field(default_factory=dict)  # text key -> heading
    questions: Mapping[str, str] = field(default_factory=dict)  # text key -> guiding question
    texts: Mapping[str, str] = field(default_factory=dict)  # text key -> the plan's text
    actions: tuple[PlanFormAction, ...] = ()
    action_rows: int = 5  # at least this many action blocks, more if the plan has more
    language: Language = Language.SWEDISH


@dataclass(frozen=True, kw_only=True)
class FormWords:
    evaluation: str  # the kicker and the file name's first word
    plan: str
    name: str
    cohort: str
    anonymous: str
    how_to: str
    choose_one: str
    choose_many: str
    actions: str
    action: str  # "Aktivitet {number}"
    action_parts: tuple[str, str, str, str, str]  # what, how, by when, support, success
    date_hint: str  # how to write a date
    page: str  # "{page}"
    lang: str


WORDS = {
    Language.SWEDISH: FormWords(
        evaluation="Kursutvärdering",
        plan="Handlingsplan",
        name="Namn",
        cohort="Omgång",
        anonymous="Anonymt formulär: skriv inte ditt namn.",
        how_to=(
            "Fyll i formuläret i din PDF-läsare (Adobe Acrobat Reader, Microsoft Edge, "
            "Förhandsvisning på Mac), spara filen och skicka tillbaka den till kursledningen."
        ),
        choose_one="Välj ett alternativ.",
        choose_many="Välj ett eller flera alternativ.",
        actions="Konkreta aktiviteter",
        action="Aktivitet {number}",
        action_parts=("Vad", "Hur", "Klart senast", "Stöd jag behöver", "Så märks det"),
        date_hint="ÅÅÅÅ-MM-DD",
        page="Sida {page}",
        lang="sv-SE",
    ),
    Language.FINNISH: FormWords(
        evaluation="Kurssipalaute",
        plan="Kehittymissuunnitelma",
        name="Nimi",
        cohort="Ryhmä",
        anonymous="Nimetön lomake: älä kirjoita nimeäsi.",
        how_to=(
            "Täytä lomake PDF-lukijassasi (Adobe Acrobat Reader, Microsoft Edge, Macin "
            "Esikatselu), tallenna tiedosto ja lähetä se takaisin kurssin järjestäjälle."
        ),
        choose_one="Valitse yksi vaihtoehto.",
        choose_many="Valitse yksi tai useampi vaihtoehto.",
        actions="Konkreettiset toimenpiteet",
        action="Toimenpide {number}",
        action_parts=("Mitä", "Miten", "Mihin mennessä", "Tarvittava tuki", "Miten näkyy"),
        date_hint="VVVV-KK-PP",
        page="Sivu {page}",
        lang="fi-FI",
    ),
    Language.ENGLISH: FormWords(
        evaluation="Course evaluation",
        plan="Action plan",
        name="Name",
        cohort="Cohort",
        anonymous="Anonymous form: do not write your name.",
        how_to=(
            "Fill in the form in your PDF reader (Adobe Acrobat Reader, Microsoft Edge, "
            "Preview on a Mac), save the file and send it back to the course organizers."
        ),
        choose_one="Choose one.",
        choose_many="Choose one or more.",
        actions="Concrete actions",
        action="Action {number}",
        action_parts=("What", "How", "By when", "Support needed", "How success shows"),
        date_hint="YYYY-MM-DD",
        page="Page {page}",
        lang="en-GB",
    ),
}
