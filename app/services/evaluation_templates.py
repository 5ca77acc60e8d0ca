"""The built-in course evaluation templates, in each document language.

A template is a list of questions (:class:`QuestionFields`); each has a stable ``key`` that
is the same in every language and every cohort, so the results can compare a question with
earlier cohorts of the same programme (the trend). The words are the evaluation's own,
printed on its forms in the cohort's document language (not the interface language), as
every document's words are.

``standard`` evaluates a whole cohort; ``session`` one träff.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import Language, QuestionKind

SCALE_MAXES = (5, 7)


@dataclass(frozen=True, kw_only=True)
class QuestionFields:
    """A question as it is written or edited: what :mod:`app.services.evaluations` stores."""

    kind: QuestionKind
    text: str
    scale_max: int | None = None  # 5 or 7 for a scale, else None
    low_label: str = ""  # the scale's labelled ends, e.g. "Mycket dåligt" / "Mycket bra"
    high_label: str = ""
    choices: tuple[str, ...] = ()  # the options of a single or multiple choice
    required: bool = False
    key: str | None = None  # stable across cohorts, for the trend; None: written by hand


def _scale(key: str, text: str, low: str, high: str) -> QuestionFields:
    return QuestionFields(
        kind=QuestionKind.SCALE, text=text, scale_max=5, low_label=low, high_label=high, key=key
    )


def _single(key: str, text: str, *choices: str) -> QuestionFields:
    return QuestionFields(kind=QuestionKind.SINGLE, text=text, choices=choices, key=key)


def _multiple(key: str, text: str, *choices: str) -> QuestionFields:
    return QuestionFields(kind=QuestionKind.MULTIPLE, text=text, choices=choices, key=key)


def _text(key: str, text: str) -> QuestionFields:
    return QuestionFields(kind=QuestionKind.TEXT, text=text, key=key)


_STANDARD: dict[Language, tuple[QuestionFields, ...]] = {
    Language.SWEDISH: (
        _scale("overall", "Helhetsintryck", "Mycket dåligt", "Mycket bra"),
        _scale("relevance", "Relevans för mitt uppdrag", "Inte alls relevant", "Mycket relevant"),
        _scale("facilitators", "Kursledarnas insats", "Mycket dåligt", "Mycket bra"),
        _scale("structure", "Upplägg och tempo", "Mycket dåligt", "Mycket bra"),
        _scale("materials", "Kursmaterial", "Mycket dåligt", "Mycket bra"),
        _scale("group", "Gruppens arbetsklimat", "Mycket dåligt", "Mycket bra"),
        _multiple(
            "valuable_parts",
            "Vilka delar var mest värdefulla?",
            "Föreläsningar",
            "Grupparbeten",
            "Mentorssamtal",
            "Internatet",
            "Den personliga handlingsplanen",
        ),
        _single(
            "recommend", "Skulle du rekommendera programmet till en kollega?", "Ja", "Kanske", "Nej"
        ),
        _text("takeaway", "Vad tar du med dig?"),
        _text("improve", "Vad kan göras bättre?"),
        _text("other", "Övriga synpunkter"),
    ),
    Language.FINNISH: (
        _scale("overall", "Kokonaisarvio", "Erittäin huono", "Erittäin hyvä"),
        _scale(
            "relevance",
            "Merkitys omassa työssäni",
            "Ei lainkaan merkitystä",
            "Erittäin merkityksellinen",
        ),
        _scale("facilitators", "Kouluttajien työ", "Erittäin huono", "Erittäin hyvä"),
        _scale("structure", "Rakenne ja tahti", "Erittäin huono", "Erittäin hyvä"),
        _scale("materials", "Kurssimateriaali", "Erittäin huono", "Erittäin hyvä"),
        _scale("group", "Ryhmän ilmapiiri", "Erittäin huono", "Erittäin hyvä"),
        _multiple(
            "valuable_parts",
            "Mitkä osat olivat arvokkaimpia?",
            "Luennot",
            "Ryhmätyöt",
            "Mentorikeskustelut",
            "Internaatti",
            "Henkilökohtainen kehittymissuunnitelma",
        ),
        _single("recommend", "Suosittelisitko ohjelmaa kollegallesi?", "Kyllä", "Ehkä", "En"),
        _text("takeaway", "Mitä otat mukaasi?"),
        _text("improve", "Mitä voisi tehdä paremmin?"),
        _text("other", "Muuta palautetta"),
    ),
    Language.ENGLISH: (
        _scale("overall", "Overall impression", "Very poor", "Very good"),
        _scale("relevance", "Relevance to my role", "Not relevant at all", "Very relevant"),
        _scale("facilitators", "The facilitators' work", "Very poor", "Very good"),
        _scale("structure", "Structure and pace", "Very poor", "Very good"),
        _scale("materials", "Course material", "Very poor", "Very good"),
        _scale("group", "The group's working climate", "Very poor", "Very good"),
        _multiple(
            "valuable_parts",
            "Which parts were the most valuable?",
            "Lectures",
            "Group work",
            "Mentoring conversations",
            "The residential",
            "The personal action plan",
        ),
        _single(
            "recommend", "Would you recommend the programme to a colleague?", "Yes", "Maybe", "No"
        ),
        _text("takeaway", "What will you take with you?"),
        _text("improve", "What could be done better?"),
        _text("other", "Other comments"),
    ),
}

_SESSION: dict[Language, tuple[QuestionFields, ...]] = {
    Language.SWEDISH: (
        _scale("session_overall", "Helhetsintryck av träffen", "Mycket dåligt", "Mycket bra"),
        _scale(
            "session_relevance",
            "Relevans för mitt uppdrag",
            "Inte alls relevant",
            "Mycket relevant",
        ),
        _scale("session_facilitators", "Kursledarnas insats", "Mycket dåligt", "Mycket bra"),
        _text("session_takeaway", "Vad tar du med dig från träffen?"),
        _text("session_improve", "Vad kan göras bättre?"),
    ),
    Language.FINNISH: (
        _scale("session_overall", "Kokonaisarvio tapaamisesta", "Erittäin huono", "Erittäin hyvä"),
        _scale(
            "session_relevance",
            "Merkitys omassa työssäni",
            "Ei lainkaan merkitystä",
            "Erittäin merkityksellinen",
        ),
        _scale("session_facilitators", "Kouluttajien työ", "Erittäin huono", "Erittäin hyvä"),
        _text("session_takeaway", "Mitä otat mukaasi tapaamisesta?"),
        _text("session_improve", "Mitä voisi tehdä paremmin?"),
    ),
    Language.ENGLISH: (
        _scale("session_overall", "Overall impression of the session", "Very poor", "Very good"),
        _scale("session_relevance", "Relevance to my role", "Not relevant at all", "Very relevant"),
        _scale("session_facilitators", "The facilitators' work", "Very poor", "Very good"),
        _text("session_takeaway", "What will you take with you from the session?"),
        _text("session_improve", "What could be done better?"),
    ),
}

TEMPLATES: dict[str, dict[Language, tuple[QuestionFields, ...]]] = {
    "standard": _STANDARD,
    "session": _SESSION,
}

# The evaluation's default title, per template and language.
TITLES: dict[str, dict[Language, str]] = {
    "standard": {
        Language.SWEDISH: "Kursutvärdering",
        Language.FINNISH: "Kurssipalaute",
        Language.ENGLISH: "Course evaluation",
    },
    "session": {
        Language.SWEDISH: "Utvärdering av träffen",
        Language.FINNISH: "Palaute tapaamisesta",
        Language.ENGLISH: "Session evaluation",
    },
}
BLANK_TITLE = TITLES["standard"]


def template_questions(template: str, language: Language) -> tuple[QuestionFields, ...]:
    """The questions of a built-in template in ``language`` (KeyError: no such template)."""
    return TEMPLATES[template][language]
