"""Dates typed as people type them: Tab into any date field, type a whole date, get it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.rules import CompletionRule
from app.services.sessions import SessionFields
from ui.dialogs.cohort_dialog import CohortDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.forms import DateEdit, date_edit, to_date

Section = QDateTimeEdit.Section


class Form(QWidget):
    """A line edit, a date field and another line edit, as in every dialog."""

    def __init__(self, value: dt.date | None) -> None:
        super().__init__()
        self.before, self.date, self.after = QLineEdit(), date_edit(value), QLineEdit()
        layout = QVBoxLayout(self)
        for widget in (self.before, self.date, self.after):
            layout.addWidget(widget)


def activate(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form(dt.date(2025, 3, 14))
    activate(qtbot, form)
    form.before.setFocus()
    return form


def tab_into(qtbot: QtBot, before: QWidget, field: QWidget) -> None:
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()


@pytest.mark.parametrize("typed", ["2026-12-02", "2026-06-10", "20261202"])
def test_a_whole_date_typed_after_tab_is_that_date(qtbot: QtBot, form: Form, typed: str) -> None:
    tab_into(qtbot, form.before, form.date)
    qtbot.keyClicks(form.date, typed)
    assert form.date.text() == typed  # what is typed shows as typed, not spread over sections
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.after.hasFocus()  # and Tab leaves the field, as after the last section
    digits = typed.replace("-", "")
    assert to_date(form.date.date()) == dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


@pytest.mark.parametrize("section", [Section.YearSection, Section.MonthSection, Section.DaySection])
def test_whatever_section_the_cursor_is_in(qtbot: QtBot, form: Form, section: Section) -> None:
    tab_into(qtbot, form.before, form.date)
    form.date.setSelectedSection(section)  # as a click on the year, month or day leaves it
    qtbot.keyClicks(form.date, "2026-06-10")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert to_date(form.date.date()) == dt.date(2026, 6, 10)
    assert form.after.hasFocus()


def test_enter_takes_the_typed_date_too(qtbot: QtBot, form: Form) -> None:
    tab_into(qtbot, form.before, form.date)
    qtbot.keyClicks(form.date, "2026-12-02")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert to_date(form.date.date()) == dt.date(2026, 12, 2)


def test_editing_one_section_still_works(qtbot: QtBot, form: Form) -> None:
    tab_into(qtbot, form.before, form.date)
    qtbot.keyClicks(form.date, "2027")  # only the year, which Tab lands on
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert to_date(form.date.date()) == dt.date(2027, 3, 14)
    form.date.setSelectedSection(Section.DaySection)
    qtbot.keyClicks(form.date, "05")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert to_date(form.date.date()) == dt.date(2027, 3, 5)


def test_escape_takes_the_typing_back_and_nonsense_changes_nothing(
    qtbot: QtBot, form: Form
) -> None:
    tab_into(qtbot, form.before, form.date)
    qtbot.keyClicks(form.date, "2026-1")
    qtbot.keyClick(form.date, Qt.Key.Key_Escape)
    assert form.date.text() == "2025-03-14"
    qtbot.keyClicks(form.date, "2026-13-45")
    form.after.setFocus()
    assert to_date(form.date.date()) == dt.date(2025, 3, 14)
    assert QToolTip.text() == "“2026-13-45” is not a date; type it as, for example, 2026-04-30."


@pytest.mark.parametrize(
    ("language", "country", "typed"),
    [
        (QLocale.Language.Finnish, QLocale.Country.Finland, "2.12.2026"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "12/2/2026"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "2026-12-02"),
    ],
)
def test_the_locales_own_format_and_iso(
    qtbot: QtBot, language: QLocale.Language, country: QLocale.Country, typed: str
) -> None:
    QLocale.setDefault(QLocale(language, country))  # the fixture puts Swedish back
    form = Form(dt.date(2025, 3, 14))
    activate(qtbot, form)
    form.before.setFocus()
    tab_into(qtbot, form.before, form.date)
    qtbot.keyClicks(form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert to_date(form.date.date()) == dt.date(2026, 12, 2)


def test_the_session_dialog(qtbot: QtBot) -> None:
    dialog = SessionDialog(None, SessionFields("Träff 1", dt.date(2026, 3, 4)), ())
    activate(qtbot, dialog)
    dialog.fields.title.setFocus()
    tab_into(qtbot, dialog.fields.title, dialog.fields.date)
    qtbot.keyClicks(dialog.fields.date, "2026-12-02")
    qtbot.keyClick(dialog.fields.date, Qt.Key.Key_Tab)
    assert dialog.values().date == dt.date(2026, 12, 2)


def test_the_cohort_dialogs_optional_dates(qtbot: QtBot) -> None:
    dialog = CohortDialog(None, None, CompletionRule())
    activate(qtbot, dialog)
    dialog.start.check.setFocus()
    qtbot.keyClick(dialog.start.check, Qt.Key.Key_Space)  # "set": the date field opens
    dialog.start.check.setFocus()
    tab_into(qtbot, dialog.start.check, dialog.start.edit)
    qtbot.keyClicks(dialog.start.edit, "2026-06-10")
    qtbot.keyClick(dialog.start.edit, Qt.Key.Key_Tab)
    assert dialog.start.value() == dt.date(2026, 6, 10)


def test_every_date_field_is_the_shared_one() -> None:
    """A plain QDateEdit would bring the section-typing bug back."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    plain = [
        f"{path.relative_to(ui)}:{number}"
        for path in ui.rglob("*.py")
        if path.name != "forms.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQDate(Time)?Edit\(", line)
    ]
    assert plain == []
    assert isinstance(date_edit(None), DateEdit)
