"""What a course evaluation's paper form and its results report print, as plain data, and
their words in each document language. This module imports no ReportLab:
:mod:`diplomas.evaluation_form` draws the forms, :mod:`diplomas.evaluation_report` the
report.

Numbers arrive as numbers; :func:`decimal_text` writes them the document language's way
(a decimal comma in Swedish and Finnish).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain import Language, QuestionKind
from diplomas.decimals import decimal_figure
from diplomas.fonts import SANS, SANS_BOLD, SERIF_BOLD, missing_glyphs
from diplomas.problems import DocumentError

MAX_COPIES = 500


@dataclass(frozen=True, kw_only=True)
class FormQuestion:
    number: int  # 1-based, as printed
    kind: QuestionKind
    text: str
    scale_max: int | None = None
    low_label: str = ""
    high_label: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, kw_only=True)
class EvaluationForm:
    """Paper forms to print: one per name, or ``copies`` unnamed ones."""

    language: Language
    title: str
    programme: str
    cohort: str
    session: str = ""  # a session's evaluation: its title
    anonymous: bool = True
    questions: tuple[FormQuestion, ...]
    names: tuple[str, ...] = ()  # one form each; empty: ``copies`` unnamed forms
    copies: int = 1
    printed: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class OpenAnswerLine:
    text: str
    count: int


@dataclass(frozen=True, kw_only=True)
class TrendBar:
    label: str  # the cohort's name
    mean: float
    current: bool = False  # this evaluation's cohort (drawn last, in the accent)


@dataclass(frozen=True, kw_only=True)
class OrganizationRow:
    name: str  # already in the document language ("Övriga" for the others)
    responses: int
    means: tuple[str, ...]  # formatted, one per scale question ("–" where too few)


@dataclass(frozen=True, kw_only=True)
class ReportQuestion:
    number: int
    kind: QuestionKind
    text: str
    answered: int
    labels: tuple[str, ...] = ()  # one per bar: "1".."5" or the options
    counts: tuple[int, ...] = ()  # the bars' values
    low_label: str = ""
    high_label: str = ""
    mean: float | None = None
    median: float | None = None
    open_answers: tuple[OpenAnswerLine, ...] = ()
    trend: tuple[TrendBar, ...] = ()  # earlier cohorts, then this one; empty: no earlier


@dataclass(frozen=True, kw_only=True)
class EvaluationReport:
    language: Language
    title: str
    programme: str
    cohort: str
    dates: str = ""  # the cohort's dates, formatted
    session: str = ""
    responses: int
    participants: int
    anonymous: bool = True
    few_answers: bool = False  # anonymous, 1–4 answers: the results may point people out
    questions: tuple[ReportQuestion, ...]
    organization_headings: tuple[str, ...] = ()  # the scale questions' numbers, as columns
    organizations: tuple[OrganizationRow, ...] = ()  # empty: not shown (too few answered)
    printed: dt.date | None = None


@dataclass(frozen=True)
class EvaluationLabels:
    lang: str
    instruction: str
    instruction_named: str
    name: str
    organization: str  # on an unnamed form: where to write one's organization (optional)
    one_choice: str
    several_choices: str
    thanks: str
    page: str  # "Sida {page} av {pages}"
    form_number: str  # "Formulär {number}": an unnamed copy's footer, on each of its pages
    report: str  # the report's kind, above its title
    responded: str  # "{responses} av {participants} svarade ({percent} %)"
    no_participants: str
    answered: str  # "n = {n}"
    mean: str
    median: str
    trend: str
    open_answers: str
    no_answers: str
    by_organization: str
    organization_column: str
    responses_column: str
    others: str
    anonymous: str
    named: str
    few_answers: str  # a caution above the results of an anonymous evaluation with 1–4 answers
    question_short: str  # "Fr. {number}" as a column heading


LABELS: dict[Language, EvaluationLabels] = {
    Language.SWEDISH: EvaluationLabels(
        lang="sv-SE",
        instruction="Kryssa i en ruta per fråga om inget annat anges. Svaren är anonyma.",
        instruction_named="Kryssa i en ruta per fråga om inget annat anges.",
        name="Namn",
        organization="Organisation (frivilligt)",
        one_choice="Välj ett alternativ",
        several_choices="Kryssa i alla som stämmer",
        thanks="Tack för dina svar!",
        page="Sida {page} av {pages}",
        form_number="Formulär {number}",
        report="Resultat av kursutvärdering",
        responded="{responses} av {participants} svarade ({percent} %)",
        no_participants="{responses} svar",
        answered="n = {n}",
        mean="medelvärde",
        median="median",
        trend="Jämfört med tidigare omgångar (medelvärde)",
        open_answers="Svar",
        no_answers="Inga svar.",
        by_organization="Medelvärde per organisation",
        organization_column="Organisation",
        responses_column="Svar",
        others="Övriga",
        anonymous="Anonym utvärdering",
        named="Namngiven utvärdering",
        few_answers="Färre än 5 svar: resultaten kan peka ut enskilda deltagare – visa dem med "
        "försiktighet.",
        question_short="Fr. {number}",
    ),
    Language.FINNISH: EvaluationLabels(
        lang="fi-FI",
        instruction="Merkitse rasti yhteen ruutuun kysymystä kohden, ellei toisin mainita. "
        "Vastaukset ovat nimettömiä.",
        instruction_named="Merkitse rasti yhteen ruutuun kysymystä kohden, ellei toisin mainita.",
        name="Nimi",
        organization="Organisaatio (vapaaehtoinen)",
        one_choice="Valitse yksi vaihtoehto",
        several_choices="Merkitse kaikki sopivat",
        thanks="Kiitos vastauksistasi!",
        page="Sivu {page}/{pages}",
        form_number="Lomake {number}",
        report="Kurssipalautteen tulokset",
        responded="{responses}/{participants} vastasi ({percent} %)",
        no_participants="{responses} vastausta",
        answered="n = {n}",
        mean="keskiarvo",
        median="mediaani",
        trend="Verrattuna aiempiin ryhmiin (keskiarvo)",
        open_answers="Vastaukset",
        no_answers="Ei vastauksia.",
        by_organization="Keskiarvo organisaatioittain",
        organization_column="Organisaatio",
        responses_column="Vastauksia",
        others="Muut",
        anonymous="Nimetön palaute",
        named="Nimellinen palaute",
        few_answers="Alle 5 vastausta: tuloksista voi tunnistaa yksittäisiä osallistujia – näytä "
        "ne harkiten.",
        question_short="K {number}",
    ),
    Language.ENGLISH: EvaluationLabels(
        lang="en-GB",
        instruction="Tick one box per question unless told otherwise. Your answers are anonymous.",
        instruction_named="Tick one box per question unless told otherwise.",
        name="Name",
        organization="Organization (optional)",
        one_choice="Choose one",
        several_choices="Tick all that apply",
        thanks="Thank you for your answers!",
        page="Page {page} of {pages}",
        form_number="Form {number}",
        report="Course evaluation results",
        responded="{responses} of {participants} responded ({percent}%)",
        no_participants="{responses} responses",
        answered="n = {n}",
        mean="mean",
        median="median",
        trend="Compared with earlier cohorts (mean)",
        open_answers="Answers",
        no_answers="No answers.",
        by_organization="Mean by organization",
        organization_column="Organization",
        responses_column="Responses",
        others="Others",
        anonymous="Anonymous evaluation",
        named="Named evaluation",
        few_answers="Fewer than 5 answers: the results may point out single participants – show "
        "them with care.",
        question_short="Q {number}",
    ),
}


def decimal_text(value: float | None, language: Language, digits: int = 1) -> str:
    """``4,2`` in Swedish and Finnish, ``4.2`` in English, halves rounded up; "–" for no
    value."""
    if value is None:
        return "–"
    return decimal_figure(value, comma=language is not Language.ENGLISH, digits=digits)


def response_text(report: EvaluationReport) -> str:
    """ "18 av 22 svarade (82 %)"."""
    labels = LABELS[report.language]
    if not report.participants:
        return labels.no_participants.format(responses=report.responses)
    percent = round(100 * report.responses / report.participants)
    return labels.responded.format(
        responses=report.responses, participants=report.participants, percent=percent
    )


def check_drawable(texts: list[str]) -> None:
    """A :class:`DocumentError` naming any character the bundled fonts cannot draw."""
    missing = sorted(
        {c for text in texts for font in (SANS, SANS_BOLD) for c in missing_glyphs(text, font)}
    )
    missing += [
        c for text in texts[:2] for c in missing_glyphs(text, SERIF_BOLD) if c not in missing
    ]
    if missing:
        shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
        raise DocumentError("The bundled fonts cannot draw {characters}.", characters=shown)
