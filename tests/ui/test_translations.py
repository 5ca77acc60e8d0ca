"""The interface in Swedish, Finnish and English: complete catalogues, kept up to date with
the code, loaded at start, and the window speaking them (Qt's own buttons included)."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import AttendanceStatus, Language
from app.services import cohorts, diploma_register, enrollments
from tests.conftest import AFTER_DEMO
from tests.ui.catalogues import ROOT, Message, read_ts, tool
from tests.ui.helpers import on_tab
from tests.ui.languages import every_dialog, interface_in, mnemonic
from ui import i18n, msgbox, ui_state
from ui.attendance_model import FIRST_SESSION
from ui.main_window import MainWindow
from ui.table_models import ParticipantTableModel
from ui.tasks import TaskRunner

TRANSLATED = (Language.SWEDISH, Language.FINNISH)
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def catalogue(language: Language) -> list[Message]:
    return read_ts(tool.ts_file(language.value))


# -- the catalogues ----------------------------------------------------------------------------


def _placeholders(text: str) -> list[str]:
    """{name}-style fields of str.format ("{{" is a plain brace), in order."""
    return sorted(re.findall(r"\{([^{}]*)\}", text.replace("{{", "").replace("}}", "")))


def problems_of(message: Message, forms_wanted: int) -> list[str]:
    """What is wrong with one translation (an empty list when nothing is)."""
    where = f"[{message.context}] {message.source!r}"
    if not message.finished or not all(message.forms):
        return [f"{where}: not translated"]
    if len(message.forms) != forms_wanted:
        return [f"{where}: {len(message.forms)} plural forms, the language has {forms_wanted}"]
    found = []
    for index, form in enumerate(message.forms):
        if _placeholders(form) != _placeholders(message.source):
            found.append(f"{where}: placeholders {_placeholders(form)} in {form!r}")
        # %n: in every form, except that the singular may write "one" out in words
        if "%n" in message.source and "%n" not in form and not (message.numerus and index == 0):
            found.append(f"{where}: %n dropped in {form!r}")
        if "%n" not in message.source and "%n" in form:
            found.append(f"{where}: %n added in {form!r}")
        if (mnemonic(message.source) is None) != (mnemonic(form) is None):
            found.append(f"{where}: a keyboard mnemonic (&) in one of source and {form!r} only")
        if form[:1].isspace() != message.source[:1].isspace():
            found.append(f"{where}: the leading space differs in {form!r}")
    return found


def test_the_check_finds_what_is_wrong() -> None:
    def message(source: str, *forms: str, finished: bool = True) -> Message:
        return Message("c", source, "", len(forms) > 1, finished, forms)

    assert problems_of(message("{n} ok", "{n} ok"), 1) == []
    assert problems_of(message("{n} ok", "ok"), 1) != []  # a placeholder dropped
    assert problems_of(message("ok", "{n} ok"), 1) != []  # one added
    assert problems_of(message("{{n}} ok", "{{n}} ok"), 1) == []  # braces, no placeholder
    assert problems_of(message("x", "", finished=False), 1) != []
    assert problems_of(message("%n a(s)", "ett a", "%n a"), 2) == []  # singular in words
    assert problems_of(message("%n a(s)", "%n a", "flera a"), 2) != []  # plural without %n
    assert problems_of(message("%n a(s)", "%n a"), 2) != []  # a plural form missing
    assert problems_of(message("&File", "Arkiv"), 1) != []  # the mnemonic lost
    assert problems_of(message(" (copy)", "(kopia)"), 1) != []


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.value)
def test_every_string_is_translated_with_its_placeholders(language: Language) -> None:
    messages = catalogue(language)
    assert len(messages) > 500
    found = [problem for m in messages for problem in problems_of(m, 2 if m.numerus else 1)]
    assert found == []


def test_english_plurals_have_their_forms() -> None:
    """English is the source language, but "%n diploma(s)" needs "1 diploma", "2 diplomas"."""
    english = catalogue(Language.ENGLISH)
    plurals = {m.key for m in catalogue(Language.SWEDISH) if m.numerus}
    assert {m.key for m in english} == plurals
    assert [problem for m in english for problem in problems_of(m, 2)] == []
    assert all("(s)" not in form for m in english for form in m.forms)


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ into new files: the same messages as the committed ones (compared as
    sets, so line numbers and order do not matter)."""
    fresh = [tool.ts_file(language.value, tmp_path) for language in TRANSLATED]
    tool.lupdate(fresh)
    plurals = tool.ts_file("en", tmp_path)
    tool.lupdate([plurals], plurals_only=True)
    wanted = {m.key for m in read_ts(fresh[0])}
    assert {m.key for m in read_ts(fresh[1])} == wanted
    for language in TRANSLATED:
        committed = {m.key for m in catalogue(language)}
        assert committed - wanted == set(), "strings no longer in ui/: run the update"
        assert wanted - committed == set(), "new strings: run packaging/translations.py update"
    assert {m.key for m in catalogue(Language.ENGLISH)} == {m.key for m in read_ts(plurals)}


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_the_compiled_catalogues_match_their_sources(tmp_path: Path, language: Language) -> None:
    compiled = tmp_path / "compiled.qm"
    tool.lrelease(tool.ts_file(language.value), compiled)
    committed = tool.qm_file(language.value)
    assert committed.read_bytes() == compiled.read_bytes(), "run packaging/translations.py"


def _translation_idioms(path: Path) -> list[str]:
    """Ways of calling tr() that lupdate cannot follow, so the string is never extracted
    (or lands in the wrong context) and stays English."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.JoinedStr):
            found += [
                f"{where}: tr() inside an f-string"
                for call in ast.walk(node)
                if isinstance(call, ast.Call)
                and getattr(call.func, "attr", getattr(call.func, "id", "")) in ("tr", "translate")
            ]
        elif isinstance(node, ast.Assign) and any(
            isinstance(value, ast.Attribute) and value.attr in ("tr", "translate")
            for value in (node.value.elts if isinstance(node.value, ast.Tuple) else [node.value])
        ):
            found.append(f"{where}: tr or translate under another name")
        elif isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id in ("tr", "_tr"):
                found.append(f"{where}: {function.id}() (an alias lupdate does not know)")
            elif isinstance(function, ast.Attribute) and function.attr == "tr":
                if not (isinstance(function.value, ast.Name) and function.value.id == "self"):
                    found.append(f"{where}: {ast.unparse(function)}() (only self.tr has a context)")
            elif isinstance(function, ast.Attribute) and function.attr == "translate":
                context = node.args[0] if node.args else None
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    found.append(f"{where}: translate() with a context that is not a literal")
            if any(isinstance(argument, ast.JoinedStr) for argument in node.args[:2]) and (
                getattr(function, "attr", getattr(function, "id", "")) in ("tr", "translate")
            ):
                found.append(f"{where}: an f-string to translate")
    return found


def test_translated_strings_are_written_so_that_lupdate_finds_them(tmp_path: Path) -> None:
    assert _translation_idioms(ROOT / "ui" / "i18n.py") == []
    sample = tmp_path / "sample.py"
    sample.write_text(
        "tr = owner.tr\n"
        "x = f'{self.tr(\"a\")}'\n"
        "y = owner.tr('b')\n"
        "z = QCoreApplication.translate(CONTEXT, 'c')\n",
        encoding="utf-8",
    )
    assert len(_translation_idioms(sample)) == 4
    found = [p for path in sorted((ROOT / "ui").rglob("*.py")) for p in _translation_idioms(path)]
    assert found == []


# -- loading ------------------------------------------------------------------------------------


def test_the_locale_follows_the_interface_language() -> None:
    sweden = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    finland_swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    assert i18n.locale_for(Language.SWEDISH, finland_swedish).name() == "sv_FI"
    assert i18n.locale_for(Language.FINNISH, sweden).name() == "fi_FI"
    assert i18n.locale_for(Language.ENGLISH, sweden).name() == "en_SE"  # ISO dates
    assert i18n.locale_for(Language.SWEDISH, QLocale.c()).name() == "sv_SE"
    assert i18n.locale_for(Language.ENGLISH, QLocale.c()).name() == "en_SE"


def test_the_interface_language_from_settings_environment_and_command_line(
    ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(i18n, "system_languages", lambda: ["de-DE", "de"])
    monkeypatch.delenv("KOHORT_LANG", raising=False)
    assert i18n.interface_language(None, ui_settings) == Language.ENGLISH
    ui_state.INTERFACE_LANGUAGE.write(ui_settings, "fi")
    assert i18n.interface_language(None, ui_settings) == Language.FINNISH
    monkeypatch.setenv("KOHORT_LANG", "sv_FI.UTF-8")
    assert i18n.interface_language(None, ui_settings) == Language.SWEDISH
    assert i18n.interface_language("en", ui_settings) == Language.ENGLISH
    monkeypatch.setenv("KOHORT_LANG", "klingon")
    assert i18n.interface_language(None, ui_settings) == Language.FINNISH
    assert "'klingon' is not a language Kohort speaks" in capsys.readouterr().err


def test_installing_a_language_loads_both_catalogues(qapp: QApplication) -> None:
    with interface_in(Language.SWEDISH):
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own
        assert QLocale().name() in ("sv_SE", "sv_FI")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # removed again


def test_a_missing_catalogue_is_skipped_not_fatal(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "catalogue_names", lambda _language: ["kohort_xx", "qtbase_xx"])
    previous = QLocale()
    assert i18n.install(qapp, Language.SWEDISH) == []
    QLocale.setDefault(previous)


def test_english_reads_one_and_many(qapp: QApplication) -> None:
    def text(n: int) -> str:
        return QCoreApplication.translate("OverviewPage", "%n participant(s)", "", n)

    assert (text(1), text(2)) == ("1 participant", "2 participants")  # tests/ui: English
    with interface_in(Language.SWEDISH):
        assert (text(1), text(2)) == ("1 deltagare", "2 deltagare")
    with interface_in(Language.FINNISH):
        assert (text(1), text(2)) == ("1 osallistuja", "2 osallistujaa")  # partitive


@pytest.mark.parametrize(
    ("language", "yes", "no"),
    [(Language.SWEDISH, "&Ja", "&Nej"), (Language.FINNISH, "&Kyllä", "&Ei")],
)
def test_qt_message_box_buttons_speak_the_language(
    qtbot: QtBot, language: Language, yes: str, no: str
) -> None:
    with interface_in(language):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Kohort",
            "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        qtbot.addWidget(box)
        texts = {box.standardButton(b): b.text() for b in box.buttons()}
    assert texts == {QMessageBox.StandardButton.Yes: yes, QMessageBox.StandardButton.No: no}


# -- the window ---------------------------------------------------------------------------------


@pytest.fixture
def swedish() -> Iterator[None]:
    with interface_in(Language.SWEDISH):
        yield


@pytest.fixture
def finnish() -> Iterator[None]:
    with interface_in(Language.FINNISH):
        yield


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, TaskRunner(synchronous=True), settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    return window


def _issue_one_and_delete(window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """Issue one person a diploma, then try to delete that person: the refusal's text."""
    with db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        person = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.eligibility is not None and p.eligibility.eligible
        )
        diploma_register.issue_diplomas(s, fl.id, [person.enrollment_id], today=AFTER_DEMO)
    window.refresh()
    page = on_tab(window, window.cohort_page.participants)
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data().startswith(person.person.last_name + ","):
            page.view.selectionModel().select(
                page.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
    refused: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, _title, text: refused.append(text))
    page.delete_person()
    assert len(refused) == 1
    return refused[0]


def _grid_texts(window: MainWindow) -> tuple[set[str], set[str]]:
    model = on_tab(window, window.cohort_page.attendance).model
    display, tips = set(), set()
    for row in range(model.rowCount()):
        for column in range(FIRST_SESSION, model.columnCount()):
            index = model.index(row, column)
            display.add(index.data())
            tips.add(index.data(TOOLTIP).split("\n")[0])
    return display, tips


def test_the_window_in_swedish(
    qtbot: QtBot,
    swedish: None,
    demo_db: Database,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, demo_db, ui_settings)
    assert [a.text() for a in window.menuBar().actions()] == ["&Arkiv", "&Program", "&Hjälp"]
    tabs = window.cohort_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Ö&versikt",
        "&Träffar",
        "&Deltagare",
        "&Närvaro",
        "D&iplom",
        "Hand&lingsplaner",
        "&Utvärdering",
    ]
    assert "träffar" in window.cohort_page.header.text()
    display, tips = _grid_texts(window)
    assert {"✓ N", "◔ S"} <= display  # the Swedish keys as letters
    assert {"Närvarande", "Sen", "Frånvarande"} <= tips
    participants = on_tab(window, window.cohort_page.participants).model
    header = participants.headerData(ParticipantTableModel.ATTENDED, Qt.Orientation.Horizontal)
    rates = {
        participants.index(r, ParticipantTableModel.ATTENDED).data()
        for r in range(participants.rowCount())
    }
    assert header == "Närvaro" and any(rate.endswith("\u00a0%)") for rate in rates if rate)
    refusal = _issue_one_and_delete(window, demo_db, monkeypatch)
    assert "har 1 utfärdat diplom, som finns kvar i registret" in refusal


def test_the_window_in_finnish(
    qtbot: QtBot,
    finnish: None,
    demo_db: Database,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, demo_db, ui_settings)
    assert [a.text() for a in window.menuBar().actions()] == ["&Tiedosto", "&Ohjelma", "O&hje"]
    _, tips = _grid_texts(window)
    assert {"Läsnä", "Myöhässä", "Poissa"} <= tips
    refusal = _issue_one_and_delete(window, demo_db, monkeypatch)
    assert "on 1 myönnetty todistus, joka säilyy rekisterissä" in refusal


class _Recorder(QTranslator):
    """Asked first (installed last): notes every lookup and answers none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: dict[tuple[str, str], set[str]] = defaultdict(set)

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked[(source, disambiguation or "")].add(context)
        return None

    def isEmpty(self) -> bool:
        return False


def test_every_text_the_window_asks_for_is_in_the_catalogue(
    qtbot: QtBot, swedish: None, demo_db: Database, ui_settings: QSettings, qapp: QApplication
) -> None:
    """The whole window and every dialog, built in Swedish: each string Kohort asks Qt to
    translate is in the catalogue (a string built at run time, or in a context lupdate did
    not see, would stay English)."""
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        window = _window(qtbot, demo_db, ui_settings)
        for index in range(window.cohort_page.tabs.count()):
            window.cohort_page.tabs.setCurrentIndex(index)
        for model in (
            on_tab(window, window.cohort_page.sessions).model,
            on_tab(window, window.cohort_page.participants).model,
            on_tab(window, window.cohort_page.attendance).model,
            on_tab(window, window.cohort_page.diplomas).model,
            on_tab(window, window.cohort_page.plans).model,
        ):
            for column in range(model.columnCount()):
                model.headerData(column, Qt.Orientation.Horizontal)
                model.headerData(column, Qt.Orientation.Horizontal, TOOLTIP)
                for row in range(model.rowCount()):
                    model.index(row, column).data()
                    model.index(row, column).data(TOOLTIP)
        for make in every_dialog(window):
            qtbot.addWidget(make())
    finally:
        qapp.removeTranslator(recorder)
    known = {(m.context, m.source, m.comment) for m in catalogue(Language.SWEDISH)}
    ours = {
        (source, comment): contexts
        for (source, comment), contexts in recorder.asked.items()
        if any(not context.startswith("Q") for context in contexts)  # Qt's own: Q…
    }
    assert len(ours) > 300
    missing = [
        (sorted(contexts), source)
        for (source, comment), contexts in ours.items()
        if not any((context, source, comment) in known for context in contexts)
    ]
    assert missing == []


def test_status_labels_tell_a_cohort_from_a_person(swedish: None) -> None:
    from app.domain import CohortStatus, EnrollmentStatus
    from ui.labels import label

    assert label(CohortStatus.COMPLETED) == "Avslutad"
    assert label(EnrollmentStatus.COMPLETED) == "Genomfört"
    assert label(AttendanceStatus.EXCUSED) == "Frånvarande med anmälan"
    assert label(Language.ENGLISH) == "Engelska"


def test_preferences_save_the_language_for_the_next_start(
    qtbot: QtBot,
    demo_db: Database,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog

    window = _window(qtbot, demo_db, ui_settings)
    asked: list[Preferences] = []

    def ask(_parent: object, current: Preferences, _system: Language) -> Preferences:
        asked.append(current)
        return Preferences("fi")

    monkeypatch.setattr(PreferencesDialog, "ask", ask)
    window.edit_preferences()
    assert asked == [Preferences("")]  # the system's language until chosen
    again = QSettings(ui_settings.fileName(), QSettings.Format.IniFormat)
    assert ui_state.INTERFACE_LANGUAGE.read(again) == "fi"
    assert "restarts" in window.statusBar().currentMessage()


def test_the_preferences_dialog_offers_each_language_in_its_own_name(qtbot: QtBot) -> None:
    from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog

    with interface_in(Language.FINNISH):
        dialog = PreferencesDialog(None, Preferences("sv"), Language.FINNISH)
    qtbot.addWidget(dialog)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["Järjestelmän kieli (Suomi)", "Svenska", "Suomi", "English"]
    assert dialog.values() == Preferences("sv")
    dialog.language.setCurrentIndex(0)
    assert dialog.values() == Preferences("")


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.value)
def test_every_window_fits_a_laptop_screen_in_the_longer_languages(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, language: Language
) -> None:
    """Swedish and Finnish words are longer: no window needs more than a 1366×768 screen
    leaves (less the taskbar and title bar), and no dialog more than 1024 wide (a text
    that does not wrap makes a dialog as wide as the text)."""
    with interface_in(language):
        window = _window(qtbot, demo_db, ui_settings)
        too_big = {}
        hint = window.minimumSizeHint()
        if hint.width() > 1366 - 40 or hint.height() > 768 - 64:
            too_big["main window"] = hint.toTuple()
        for make in every_dialog(window):
            dialog = make()
            qtbot.addWidget(dialog)
            hint = dialog.minimumSizeHint()
            if hint.width() > 1024 or hint.height() > 768 - 64:
                too_big[dialog.windowTitle()] = hint.toTuple()
    assert too_big == {}


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_no_toolbar_hides_its_actions_at_the_default_size(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, language: Language
) -> None:
    """At 1200 wide (the default on a 1366×768 screen) every toolbar shows all its items:
    nothing behind "››"."""
    with interface_in(language):
        window = _window(qtbot, demo_db, ui_settings)
        window.resize(1200, 704)
        hidden = {}
        tabs = window.cohort_page.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)  # the layouts settle
            for toolbar in tabs.currentWidget().findChildren(QToolBar):
                more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
                if more is not None and more.isVisible():
                    hidden[tabs.tabText(index)] = toolbar.sizeHint().width()
    assert hidden == {}


def test_the_default_window_fits_a_laptop_screen(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, ui_settings)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() - 40 and window.height() <= screen.height() - 64


def test_a_saved_language_that_is_not_one_reads_as_the_system(ui_settings: QSettings) -> None:
    for wrong in ("de", 3, "SV "):
        ui_settings.setValue("interface/language", wrong)
        assert ui_state.INTERFACE_LANGUAGE.read(ui_settings) == ""
    ui_settings.setValue("interface/language", "sv")
    assert ui_state.INTERFACE_LANGUAGE.read(ui_settings) == "sv"
