"""Which language Kohort's interface speaks: one decision, for the window and the command line.

From strongest to weakest: ``--lang``, the ``KOHORT_LANG`` environment variable, the choice
saved in Preferences (the window only), the operating system's languages. A system set to
Swedish (sv_SE, sv_FI) gets Swedish, one set to Finnish (fi_FI) Finnish, any other English.
The language of a cohort's documents is the cohort's own setting, not this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from app.domain import Language

ENVIRONMENT_VARIABLE = "KOHORT_LANG"
CHOICES = tuple(language.value for language in Language)  # for --lang


def language_of(tag: str) -> Language | None:
    """The language a locale name or language tag names ("sv_FI.UTF-8", "fi-FI", "en"), if
    Kohort speaks it; ``None`` for any other ("de_DE", "C", "")."""
    primary = re.split(r"[_\-.@]", tag.strip(), maxsplit=1)[0].lower()
    return next((language for language in Language if language.value == primary), None)


class LanguageChoice(NamedTuple):  # not a dataclass: `kohort --version` spares its import
    language: Language
    source: str  # "command line", "KOHORT_LANG", "preferences" or "system"
    problems: tuple[str, ...] = ()  # values that were set but name no language Kohort speaks


def choose_interface_language(
    *,
    command_line: str | None = None,
    environment: str | None = None,
    preference: str | None = None,
    system: Sequence[str] = (),
) -> LanguageChoice:
    """The interface language, and where the choice came from.

    ``system``: the operating system's languages, most preferred first (Qt's
    ``QLocale.system().uiLanguages()``, or the locale names of ``LANGUAGE``/``LANG``); the
    first that Kohort speaks wins. An empty value means "not set"; a value naming another
    language is passed over and reported in ``problems``.
    """
    problems: list[str] = []
    for source, value in (
        ("command line", command_line),
        (ENVIRONMENT_VARIABLE, environment),
        ("preferences", preference),
    ):
        if not value or not value.strip():
            continue
        language = language_of(value)
        if language is not None:
            return LanguageChoice(language, source, tuple(problems))
        problems.append(
            f"{source}: {value!r} is not a language Kohort speaks "
            f"({', '.join(CHOICES)}); it is ignored."
        )
    for tag in system:
        language = language_of(tag)
        if language is not None:
            return LanguageChoice(language, "system", tuple(problems))
    return LanguageChoice(Language.ENGLISH, "system", tuple(problems))
