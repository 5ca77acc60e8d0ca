"""The headings and guiding questions of a programme's action plans.

Stored on the programme as JSON, a list of ``{"key", "heading", "question"}`` with every
section of :data:`diplomas.action_plan.SECTION_KEYS` once; ``None`` means the defaults of
each cohort's document language (so one programme can run Swedish and English cohorts). A
guide equal to a language's defaults is stored as ``None`` too. A stored guide that cannot
be read (edited by hand, damaged) falls back to the defaults instead of failing: a plan must
always open and print.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import Language
from app.errors import NotFoundError, ValidationError
from app.models import Cohort, Program
from app.services.cohorts import load_cohort
from app.text import clean
from diplomas.action_plan_model import DEFAULT_GUIDES, SECTION_KEYS, GuideEntry

log = logging.getLogger(__name__)

MAX_HEADING = 120
MAX_QUESTION = 600
SECTION_NAMES = {  # in error messages
    "goal": "goal",
    "strengths": "strengths",
    "development_areas": "development areas",
    "actions": "actions",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class ProgramGuide:
    program_id: int
    program_name: str
    custom: tuple[GuideEntry, ...] | None  # None: each cohort's language defaults
    language: Language  # of the programme's newest cohort: the defaults to show first


def default_guide(language: Language) -> tuple[GuideEntry, ...]:
    return DEFAULT_GUIDES[language]


def parse_guide(stored: str | None) -> tuple[GuideEntry, ...] | None:
    """The stored guide, or ``None`` when there is none or it cannot be read."""
    if not stored:
        return None
    try:
        return _validated(_entries_from_json(json.loads(stored)))
    except (ValueError, TypeError, KeyError, ValidationError) as exc:
        log.warning("Ignoring an unreadable action plan guide (%s); using the defaults.", exc)
        return None


def guide_of(program: Program, language: Language) -> tuple[GuideEntry, ...]:
    return parse_guide(program.action_plan_guide) or default_guide(language)


def cohort_guide(session: DbSession, cohort_id: int) -> tuple[GuideEntry, ...]:
    cohort = load_cohort(session, cohort_id)
    return guide_of(cohort.program, cohort.language)


def program_guide(session: DbSession, program_id: int) -> ProgramGuide:
    program = _program(session, program_id)
    language = session.scalar(
        select(Cohort.language)
        .where(Cohort.program_id == program_id)
        .order_by(Cohort.start_date.desc().nulls_last(), Cohort.id.desc())
        .limit(1)
    )
    return ProgramGuide(
        program.id,
        program.name,
        parse_guide(program.action_plan_guide),
        language or Language.SWEDISH,
    )


def set_program_guide(
    session: DbSession, program_id: int, entries: Sequence[GuideEntry] | None
) -> ProgramGuide:
    """Store the programme's headings and questions; ``None`` (or a language's defaults,
    exactly) means each cohort uses the defaults of its own document language."""
    program = _program(session, program_id)
    guide = None if entries is None else _validated(entries)
    if guide is not None and guide in DEFAULT_GUIDES.values():
        guide = None
    program.action_plan_guide = (
        None
        if guide is None
        else json.dumps(
            [{"key": e.key, "heading": e.heading, "question": e.question} for e in guide],
            ensure_ascii=False,
        )
    )
    session.flush()
    return program_guide(session, program_id)


def _entries_from_json(value: Any) -> list[GuideEntry]:
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise TypeError("not a list of sections")
    return [
        GuideEntry(
            key=str(e["key"]), heading=str(e["heading"]), question=str(e.get("question") or "")
        )
        for e in value
    ]


def _validated(entries: Sequence[GuideEntry]) -> tuple[GuideEntry, ...]:
    by_key: dict[str, GuideEntry] = {}
    for entry in entries:
        if entry.key not in SECTION_KEYS:
            raise ValidationError(f"An action plan has no section “{entry.key}”.")
        if entry.key in by_key:
            raise ValidationError(f"The {SECTION_NAMES[entry.key]} section is given twice.")
        heading, question = clean(entry.heading), plan_text(entry.question)
        name = SECTION_NAMES[entry.key]
        if not heading:
            raise ValidationError(f"The {name} section needs a heading.")
        if len(heading) > MAX_HEADING:
            raise ValidationError(
                f"The heading of the {name} section is longer than {MAX_HEADING} characters."
            )
        if len(question) > MAX_QUESTION:
            raise ValidationError(
                f"The question of the {name} section is longer than {MAX_QUESTION} characters."
            )
        by_key[entry.key] = GuideEntry(key=entry.key, heading=heading, question=question)
    missing = [SECTION_NAMES[k] for k in SECTION_KEYS if k not in by_key]
    if missing:
        raise ValidationError(f"The guide lacks the section(s): {', '.join(missing)}.")
    return tuple(by_key[k] for k in SECTION_KEYS)


def plan_text(value: str) -> str:
    """Multi-line text as typed or pasted: NFC, no control characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text.replace("\t", " ").replace("\u2028", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n ")


def _program(session: DbSession, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(f"There is no programme with id {program_id}.")
    return program
