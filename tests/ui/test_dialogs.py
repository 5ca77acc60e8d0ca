"""Each dialog driven as a coordinator would: typing, validation messages, OK."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.domain import CohortStatus, Role, SessionFormat
from app.rules import CompletionRule
from app.services.people import PersonFields, PersonInfo, PersonMatch
from app.services.sessions import SessionFields
from ui.dialogs.cohort_dialog import CohortDialog, DuplicateCohortDialog
from ui.dialogs.person_dialog import EnrollDialog, PersonDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.dialogs.session_dialog import SeriesDialog, SessionDialog
from ui.forms import parse_money, parse_percent


def press_ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # type: ignore[arg-type]


def type_date(qtbot: QtBot, field: object, text: str) -> None:
    """Tick the date's box and type the date over what is there."""
    if not field.check.isChecked():  # type: ignore[attr-defined]
        qtbot.mouseClick(field.check, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    edit = field.edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.setCurrentSectionIndex(0)  # the cursor at the year, as after clicking the field
    qtbot.keyClicks(edit, text)


def test_money_and_percent_as_typed() -> None:
    assert parse_money("24 500") == 2450000
    assert parse_money("24\u00a0500,50 kr") == 2450050
    assert parse_money("1234.5") == 123450
    assert parse_money("") is None
    for bad in ("24,500,00", "abc", "-100", "12,345"):
        with pytest.raises(ValueError):
            parse_money(bad)
    assert parse_percent("25 %") == 2500 and parse_percent("6,5") == 650
    with pytest.raises(ValueError):
        parse_percent("120 %")


def test_program_dialog_validates_then_returns_fields(qtbot: QtBot) -> None:
    dialog = ProgramDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "needs a name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Framtidens ledare")
    qtbot.keyClicks(dialog.code, "fl")
    dialog.rule_fields.percent.setValue(75)
    dialog.focus_areas.setPlainText("Självledarskap\nKommunikation\n")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    fields = dialog.values()
    assert (fields.name, fields.code) == ("Framtidens ledare", "FL")
    assert fields.focus_areas == ("Självledarskap", "Kommunikation")
    assert fields.rule.min_attendance_percent == 75


def test_cohort_dialog_money_dates_and_status(qtbot: QtBot) -> None:
    dialog = CohortDialog(None, None, CompletionRule(min_attendance_percent=70))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rule_fields.percent.value() == 70  # defaults from the programme
    qtbot.keyClicks(dialog.name, "Omgång 4")
    type_date(qtbot, dialog.start, "2026-09-02")  # typed, as coordinators do
    assert dialog.end.edit.date() == QDate(2027, 3, 2)  # follows the start until set
    qtbot.mouseClick(dialog.end.check, Qt.MouseButton.LeftButton)
    dialog.end.edit.setDate(QDate(2026, 8, 1))  # picked in the calendar
    press_ok(qtbot, dialog)
    assert "cannot end before it starts" in dialog.error.text()
    dialog.end.edit.setDate(QDate(2027, 3, 18))
    qtbot.keyClicks(dialog.fee, "24 500 kronor")
    press_ok(qtbot, dialog)
    assert "amount such as 24 500" in dialog.error.text()
    dialog.fee.setText("24 500,50")
    dialog.vat.setCurrentText("12 %")
    dialog.capacity.setValue(16)
    dialog.status.setCurrentIndex(1)
    press_ok(qtbot, dialog)
    fields = dialog.values()
    assert fields.fee_minor == 2450050 and fields.vat_basis_points == 1200
    assert (fields.start_date, fields.end_date) == (dt.date(2026, 9, 2), dt.date(2027, 3, 18))
    assert fields.capacity == 16 and fields.status == CohortStatus.RUNNING


def test_cohort_dates_are_optional(qtbot: QtBot) -> None:
    dialog = CohortDialog(None, None, CompletionRule())
    qtbot.addWidget(dialog)
    dialog.name.setText("Utan datum")
    fields = dialog.values()
    assert fields.start_date is None and fields.end_date is None and fields.capacity is None


def test_session_dialog(qtbot: QtBot) -> None:
    dialog = SessionDialog(None, None, ("Kommunikation", "Självledarskap"))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.fields
    qtbot.keyClicks(form.title, "Internat: Kommunikation")
    form.date.setDate(QDate(2026, 12, 3))
    form.several_days.setChecked(True)
    form.end_date.setDate(QDate(2026, 12, 4))
    form.has_times.setChecked(True)
    form.online_url.setText("teams.microsoft.com/x")
    press_ok(qtbot, dialog)
    assert "https://" in dialog.error.text()
    form.online_url.clear()
    form.venue.setText("Hjortviken, Hindås")
    form.format.setCurrentIndex(list(SessionFormat).index(SessionFormat.RESIDENTIAL))
    form.hours.setValue(12)
    form.focus_area.setCurrentText("Kommunikation")
    form.mandatory.setChecked(True)
    press_ok(qtbot, dialog)
    fields = dialog.values()
    assert fields.date == dt.date(2026, 12, 3) and fields.end_date == dt.date(2026, 12, 4)
    assert fields.minutes == 720 and fields.mandatory and fields.venue == "Hjortviken, Hindås"


def test_session_times_must_make_sense(qtbot: QtBot) -> None:
    initial = SessionFields(
        "Träff", dt.date(2026, 10, 4), start_time=dt.time(13), end_time=dt.time(9)
    )
    dialog = SessionDialog(None, initial, ())
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError, match="end after it starts"):
        dialog.values()
    assert dialog.fields.date.date() == QDate(2026, 10, 4)  # 4 October stays 4 October


def test_series_dialog(qtbot: QtBot) -> None:
    dialog = SeriesDialog(None, ())
    qtbot.addWidget(dialog)
    dialog.fields.title.setText("Nätverksträff")
    dialog.fields.date.setDate(QDate(2026, 9, 2))
    dialog.count.setValue(6)
    dialog.every.setValue(4)
    request = dialog.values()
    assert (request.count, request.every_days) == (6, 28)
    assert request.template.date == dt.date(2026, 9, 2)


def test_person_dialog(qtbot: QtBot) -> None:
    dialog = PersonDialog(None, None, ["Alingsås kommun", "Borås Stad"], with_role=True)
    qtbot.addWidget(dialog)
    dialog.show()
    press_ok(qtbot, dialog)
    assert "first or last name" in dialog.error.text()
    dialog.first_name.setText("Åsa")
    dialog.last_name.setText("Öberg-Jäätteenmäki")
    dialog.email.setText("asa.oberg(at)alingsas.se")
    press_ok(qtbot, dialog)
    assert "not a valid e-mail" in dialog.error.text()
    dialog.email.setText("asa.oberg@alingsas.se")
    qtbot.keyClicks(dialog.organization, "Alin")
    completer = dialog.organization.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Alingsås kommun"
    dialog.organization.setText("Alingsås kommun")
    dialog.role.setCurrentIndex(list(Role).index(Role.MENTOR))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.values().email == "asa.oberg@alingsas.se"
    assert dialog.role.currentData() == Role.MENTOR


def test_enroll_dialog_finds_alumni_and_enter_enrolls(qtbot: QtBot) -> None:
    alumni = [
        PersonMatch(
            PersonInfo(
                7,
                "Johan",
                "Ekström",
                None,
                "johan@alingsas.se",
                None,
                None,
                "Alingsås kommun",
                None,
                False,
            ),
            ("Omgång 2, 2023",),
        ),
        PersonMatch(
            PersonInfo(9, "Per", "Öhman", None, None, None, None, "Borås Stad", None, False), ()
        ),
    ]
    asked: list[str] = []

    def search(text: str, done: object) -> None:
        asked.append(text)
        done([m for m in alumni if text.casefold() in m.person.full_name.casefold()])  # type: ignore[operator]

    dialog = EnrollDialog(None, search)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.results.count() == 2
    qtbot.keyClicks(dialog.query, "johan")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice.person_id == 7 and choice.role == Role.PARTICIPANT
    assert "earlier: Omgång 2, 2023" in dialog.results.item(0).text()


def test_enroll_dialog_new_person(qtbot: QtBot) -> None:
    dialog = EnrollDialog(None, lambda _text, done: done([]))
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(list(Role).index(Role.GUEST))
    dialog.new_button.click()
    assert dialog.choice().person_id is None and dialog.choice().role == Role.GUEST


def test_duplicate_cohort_dialog(qtbot: QtBot) -> None:
    dialog = DuplicateCohortDialog(None, "Omgång 3 (copy)", dt.date(2026, 11, 5))
    qtbot.addWidget(dialog)
    dialog.name.setText("Omgång 4")
    assert dialog.values() == ("Omgång 4", dt.date(2026, 11, 5))
    dialog.name.clear()
    with pytest.raises(ValueError, match="needs a name"):
        dialog.values()


def test_person_dialog_keeps_what_was_typed_when_reopened(qtbot: QtBot) -> None:
    typed = PersonFields("Per", "Öhman", email="per@boras.se", organization="Borås Stad")
    dialog = PersonDialog(None, typed, [])
    qtbot.addWidget(dialog)
    dialog.show_error("There is already …")
    values = dialog.values()
    assert (values.first_name, values.last_name, values.email, values.organization) == (
        "Per",
        "Öhman",
        "per@boras.se",
        "Borås Stad",
    )
    assert dialog.error.isVisibleTo(dialog)


def test_person_dialog_requires_a_last_name_unless_a_single_name(qtbot: QtBot) -> None:
    dialog = PersonDialog(None, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Zeynep")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()  # not saved with the surname forgotten
    assert "Type the last name, or tick “Single name only”" in dialog.error.text()
    dialog.last_name.setText("Yılmaz")
    qtbot.mouseClick(dialog.single_name, Qt.MouseButton.LeftButton)  # explicitly one name
    assert not dialog.last_name.isEnabled()
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    values = dialog.values()
    assert (values.first_name, values.last_name, values.single_name) == ("Zeynep", "", True)


def test_person_dialog_opens_a_single_name_as_one(qtbot: QtBot) -> None:
    info = PersonInfo(7, "Zeynep", "", None, None, None, None, None, None, archived=False)
    from app.services.people import fields_of

    dialog = PersonDialog(None, fields_of(info), [])
    qtbot.addWidget(dialog)
    assert dialog.single_name.isChecked() and not dialog.last_name.isEnabled()
    assert dialog.values().single_name
