"""The words of taking a cohort along offline, shared by the services, the server's error
translation and the command line: who has a cohort and since when, the refusal of a write to
a checked-out cohort, and each kind of data in a check-in's plan and conflicts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from babel.dates import format_datetime

from app.errors import CheckedOutError
from app.i18n import N_, _, language, ngettext

# The SQLSTATE the server's guard raises for a write to a checked-out cohort (migration 0012).
CHECKED_OUT_STATE = "KH001"

_LOCALES = {"sv": "sv_SE", "fi": "fi_FI"}


def moment_text(when: dt.datetime) -> str:
    """A moment stored in UTC as the user reads it, in local time: "8 dec. 09:12"."""
    local = when.replace(tzinfo=dt.UTC).astimezone()
    return str(format_datetime(local, "d MMM HH:mm", locale=_LOCALES.get(language(), "en_GB")))


def checked_out_text(cohort: str, who: str, when: dt.datetime, place: str | None) -> str:
    return _(
        "The cohort “{cohort}” is checked out by {who} since {when} ({place}) and is read-only "
        "here until it is checked in."
    ).format(cohort=cohort, who=who, when=moment_text(when), place=place or "?")


def checked_out_error(detail: str | None) -> CheckedOutError:
    """The guard's refusal, from the JSON in its DETAIL (the cohort, who, since, where)."""
    try:
        data = json.loads(detail or "")
        when = dt.datetime.fromisoformat(str(data["at"]))
        return CheckedOutError(
            checked_out_text(str(data["cohort"]), str(data["by"]), when, data.get("place"))
        )
    except (ValueError, KeyError, TypeError):
        return CheckedOutError(
            _(
                "This cohort is checked out to someone's laptop and is read-only here until it "
                "is checked in; nothing was saved."
            )
        )


# Each table a check-out copies, as a check-in's plan and conflicts name it ("12 attendance
# marks"); ngettext is called with the words themselves, so that they are extracted.
_THINGS: dict[str, Callable[[int], str]] = {
    "organization": lambda n: ngettext("{n} organization", "{n} organizations", n),
    "stored_image": lambda n: ngettext("{n} image", "{n} images", n),
    "diploma_design_snapshot": lambda n: ngettext("{n} diploma design", "{n} diploma designs", n),
    "person": lambda n: ngettext("{n} person", "{n} people", n),
    "program": lambda n: ngettext("{n} programme", "{n} programmes", n),
    "cohort": lambda n: ngettext("{n} cohort", "{n} cohorts", n),
    "signatory": lambda n: ngettext("{n} signatory", "{n} signatories", n),
    "cohort_session": lambda n: ngettext("{n} session", "{n} sessions", n),
    "enrollment": lambda n: ngettext("{n} participant", "{n} participants", n),
    "attendance": lambda n: ngettext("{n} attendance mark", "{n} attendance marks", n),
    "action_plan": lambda n: ngettext("{n} action plan", "{n} action plans", n),
    "action_item": lambda n: ngettext("{n} action", "{n} actions", n),
    "diploma": lambda n: ngettext("{n} diploma", "{n} diplomas", n),
    "diploma_frozen_pdf": lambda n: ngettext(
        "{n} stored diploma PDF", "{n} stored diploma PDFs", n
    ),
    "evaluation": lambda n: ngettext("{n} course evaluation", "{n} course evaluations", n),
    "evaluation_question": lambda n: ngettext(
        "{n} evaluation question", "{n} evaluation questions", n
    ),
    "evaluation_response": lambda n: ngettext(
        "{n} evaluation response", "{n} evaluation responses", n
    ),
    "evaluation_answer": lambda n: ngettext("{n} evaluation answer", "{n} evaluation answers", n),
    "returnable_form": lambda n: ngettext("{n} returnable form", "{n} returnable forms", n),
}


def things(table: str, n: int) -> str:
    """``n`` rows of ``table`` in words: "12 attendance marks"."""
    words = _THINGS.get(table)
    return (words(n) if words else ngettext("{n} row", "{n} rows", n)).format(n=n)


def plan_text(counts: dict[str, dict[str, int]]) -> str:
    """A check-in's plan in words: "12 attendance marks changed, 1 participant added…"."""
    phrases = {
        "insert": N_("{things} added"),
        "update": N_("{things} changed"),
        "delete": N_("{things} deleted"),
    }
    parts = [
        _(phrases[kind]).format(things=things(table, n))
        for table, kinds in counts.items()
        for kind, n in kinds.items()
        if n
    ]
    return ", ".join(parts) if parts else _("nothing changed")
