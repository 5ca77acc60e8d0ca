"""The interface language of ``app/`` and the command line: gettext catalogues, no Qt.

Messages people read (errors, import row messages, the command line's output and ``--help``)
are written in English in the source and marked for translation::

    raise NotFoundError(_("There is no cohort with id {cohort_id}.").format(cohort_id=cohort_id))
    ngettext("{n} participant", "{n} participants", n).format(n=n)

Words kept in module-level tables are marked with :func:`N_` (which only marks them) and
translated with :func:`_` where they are shown, so a table built at import time still follows
:func:`set_language` called later.

The catalogues are ``app/locale/<lang>/LC_MESSAGES/kohort.po`` (compiled to ``.mo`` beside
them); ``python -m app.i18n_tools update`` extracts the messages and updates them.

The language is process-wide, as gettext's is: the command line sets it once in ``main()``
and the window once at start. Documents and exports do not use it: they follow the cohort's
document language (:class:`app.domain.Language`).
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Mapping
from pathlib import Path

from app.domain import Language
from app.interface_language import CHOICES, ENVIRONMENT_VARIABLE, choose_interface_language
from diplomas.problems import DocumentError, Phrase

DOMAIN = "kohort"
LOCALE_DIR = Path(__file__).parent / "locale"
# The interface languages (those of app.domain.Language); English is the source, so it has
# no catalogue.
LANGUAGES = CHOICES
DEFAULT = Language.ENGLISH.value

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT


def set_language(code: str) -> None:
    """Speak ``code`` ("sv", "fi" or "en") from now on; anything else is English.

    argparse's own words ("usage:", "options", "error: …") follow too: they are in the
    same catalogue (:mod:`app.argparse_words`).
    """
    global _translations, _language
    code = code if code in LANGUAGES else DEFAULT
    if code == DEFAULT:
        _translations = gettext.NullTranslations()
    else:
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code])
    _language = code
    # argparse looks these two up in its module when it writes help and errors.
    argparse._ = _translations.gettext  # type: ignore[attr-defined]
    argparse.ngettext = _translations.ngettext  # type: ignore[attr-defined]


def language() -> str:
    """The interface language now in use: "sv", "fi" or "en"."""
    return _language


def _(message: str) -> str:
    """``message`` in the interface language."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the interface language (Finnish and
    Swedish have two forms, as English; the catalogue's Plural-Forms decides)."""
    return _translations.ngettext(singular, plural, n)


def explain(problem: BaseException) -> str:
    """A problem from ``diplomas/`` in the interface language: its template and every
    :class:`~diplomas.problems.Phrase` among its values translated; anything else as is."""
    if not isinstance(problem, DocumentError):
        return str(problem)
    values = {
        key: _(value) if isinstance(value, Phrase) else value
        for key, value in problem.values.items()
    }
    return _(problem.template).format(**values)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark only"
    """Mark ``message`` for extraction without translating it now (for module-level tables)."""
    return message


def interface_language(cli_arg: str | None, environ: Mapping[str, str]) -> str:
    """The command line's language: ``--lang``, then ``KOHORT_LANG``, then the locale.

    The locale is the first of LC_ALL, LC_MESSAGES and LANG that is set (as POSIX reads them):
    sv_SE and sv_FI (any Swedish) give "sv", fi_FI gives "fi", anything else "en". The
    decision itself is :func:`app.interface_language.choose_interface_language`, the window's
    too (which also reads the Preferences choice).
    """
    locale = next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
    choice = choose_interface_language(
        command_line=cli_arg,
        environment=environ.get(ENVIRONMENT_VARIABLE),
        system=[locale] if locale else [],
    )
    return choice.language.value
