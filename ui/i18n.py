"""The interface language at start-up: which one (``app.interface_language`` decides), Kohort's
translations and Qt's own for it (message box buttons, file and print dialogs, context
menus), and the locale that writes dates and numbers.

Kohort's catalogues are ``resources/translations/kohort_<lang>.qm`` (built from the ``.ts``
sources by ``packaging/translations.py``); Qt's are ``qtbase_<lang>.qm`` from the PySide6
wheel. English is the source language: its catalogue holds only the plural forms ("1 diploma
issued", "2 diplomas issued").
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

import resources.translations as translations
from app.domain import Language
from app.interface_language import ENVIRONMENT_VARIABLE, choose_interface_language
from ui import ui_state

log = logging.getLogger(__name__)

# Qt's Swedish catalogue names the OK button "Ok"; Swedish writes "OK". Kohort's catalogue is
# asked before Qt's, so this one entry (Qt's own context and text) sets every button box and
# message box right.
QT_TRANSLATE_NOOP("QPlatformTheme", "OK")

_QT_LANGUAGE = {
    Language.SWEDISH: QLocale.Language.Swedish,
    Language.FINNISH: QLocale.Language.Finnish,
    Language.ENGLISH: QLocale.Language.English,
}


def system_languages() -> list[str]:
    """The operating system's interface languages, most preferred first ("sv-SE", "sv"…)."""
    system = QLocale.system()
    return [*system.uiLanguages(), system.name()]


def interface_language(command_line: str | None, settings: QSettings) -> Language:
    """``--lang``, then ``KOHORT_LANG``, then Preferences, then the system; a value that names
    no language Kohort speaks is passed over, with a warning on stderr and in the log."""
    choice = choose_interface_language(
        command_line=command_line,
        environment=os.environ.get(ENVIRONMENT_VARIABLE),
        preference=ui_state.INTERFACE_LANGUAGE.read(settings),
        system=system_languages(),
    )
    for problem in choice.problems:
        log.warning("Interface language: %s", problem)
        print(f"kohort: {problem}", file=sys.stderr)
    log.info("Interface language %s (%s)", choice.language.value, choice.source)
    return choice.language


def locale_for(language: Language, system: QLocale) -> QLocale:
    """Dates and numbers for ``language``: the system's own locale when it is of that language
    (sv_FI stays sv_FI); else the language as written in the system's country (English on a
    Swedish computer: en_SE, ISO dates), or in its home country. On a machine with no locale
    set (C) dates are written the Swedish way, as Kohort's users do."""
    wanted = _QT_LANGUAGE[language]
    if system.language() == wanted:
        return system
    if system.name() in ("C", "en_US_POSIX"):
        return QLocale(wanted, QLocale.Country.Sweden)
    return QLocale(wanted, system.territory())


def catalogue_names(language: Language) -> list[str]:
    """The Qt catalogues to load, Qt's before Kohort's (a later one is asked first)."""
    names = [] if language == Language.ENGLISH else [f"qtbase_{language.value}"]
    return [*names, f"kohort_{language.value}"]


def load(name: str, parent: QObject | None = None) -> QTranslator | None:
    """One catalogue ("kohort_sv", "qtbase_fi"), or ``None`` when it is not there."""
    translator = QTranslator(parent)
    if name.startswith("kohort_"):
        beside = Path(str(translations.__file__)).with_name(f"{name}.qm")
        if beside.is_file():  # the package's folder: importlib.resources not imported
            return translator if translator.load(str(beside)) else None
        from importlib import resources

        source = resources.files("resources.translations").joinpath(f"{name}.qm")
        if not source.is_file():
            return None
        with resources.as_file(source) as path:  # a real file even from a zip or a bundle
            return translator if translator.load(str(path)) else None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(name, folder) else None


def install(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install the translations for ``language`` and make its locale the default.

    A missing catalogue is logged and skipped (those texts stay English); it never stops
    Kohort from starting. Returns the translators, for :func:`uninstall`.
    """
    installed = []
    for name in catalogue_names(language):
        translator = load(name, app)
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("No translation catalogue %s; those texts stay in English.", name)
    QLocale.setDefault(locale_for(language, QLocale.system()))
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
