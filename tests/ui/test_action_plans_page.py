"""Action plans in the window: the editor (typing, autosave, undo, reopening), the cohort's
Action plans tab (filter by mentor, print), the programme's headings and questions."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import ActionStatus
from app.services import action_plan_guide, action_plans
from app.services.action_plans import ActionItemFields, PlanFields
from diplomas.action_plan_model import DEFAULT_GUIDES, GuideEntry
from tests.ui.helpers import select_by_surname
from ui.action_plans_page import ActionPlansPage, PlanTableModel
from ui.dialogs import files
from ui.dialogs.action_plan_dialog import DEBOUNCE_MS, ActionPlanDialog
from ui.dialogs.plan_guide_dialog import GuideChoice, PlanGuideDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.forms import parse_date
from ui.main_window import MainWindow
from ui.plan_actions import ActionTableModel, StatusDelegate
from ui.tasks import TaskRunner

TODAY = dt.date(2026, 9, 5)  # Åsa's follow-up is in ten days, Sofia's has passed


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.refresh()
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.PLANS_TAB)
    yield window


@pytest.fixture
def page(window: MainWindow) -> ActionPlansPage:
    return window.cohort_page.plans


def select(page: ActionPlansPage, last_name: str) -> None:
    select_by_surname(page.view, page.proxy, last_name)


def open_editor(qtbot: QtBot, page: ActionPlansPage, last_name: str) -> ActionPlanDialog:
    for old in page.findChildren(ActionPlanDialog):
        old.setParent(None)  # closed editors are deleted later; find only the new one
    select(page, last_name)
    page.edit_plan()
    dialog = page.findChild(ActionPlanDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def stored(db: Database, dialog: ActionPlanDialog) -> action_plans.PlanEditorData:
    with db.read() as s:
        return action_plans.open_plan(s, dialog.data.enrollment_id)


def focused_editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


def test_typing_is_saved_after_a_pause_and_undo_takes_it_back(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Al-Hassan")
    assert not dialog.data.has_plan and dialog.goal.toPlainText() == ""
    assert dialog.goal.hasFocus()  # ready for typing
    qtbot.keyClicks(dialog.goal, "Att leda med tillit")
    assert not stored(demo_db, dialog).has_plan  # not yet: the pause is not over
    qtbot.waitUntil(lambda: stored(demo_db, dialog).has_plan, timeout=DEBOUNCE_MS * 6)
    assert stored(demo_db, dialog).fields.goal == "Att leda med tillit"
    assert "saved" in dialog.status.text()

    qtbot.keyClick(dialog.goal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.goal.toPlainText() == ""
    qtbot.waitUntil(lambda: not stored(demo_db, dialog).has_plan, timeout=DEBOUNCE_MS * 6)
    qtbot.keyClick(
        dialog.goal,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.goal.toPlainText() == "Att leda med tillit"
    dialog.save_now()  # as leaving the field or closing does
    assert stored(demo_db, dialog).fields.goal == "Att leda med tillit"


def test_undo_takes_back_what_was_typed_since_the_last_save_not_the_paragraph(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Al-Hassan")
    qtbot.keyClicks(dialog.goal, "Att leda med tillit")
    dialog.save_now()
    qtbot.keyClicks(dialog.strengths, "Lyssnar")
    dialog.goal.setFocus()
    dialog.goal.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.goal, " och mod")
    qtbot.keyClick(dialog.goal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.goal.toPlainText() == "Att leda med tillit"


def test_continuous_typing_is_saved_within_the_longest_delay(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Lindgren")
    qtbot.keyClicks(dialog.strengths, "Lyssnar")
    dialog._debounce.stop()  # as if typing went on and on: only the longest delay is left
    assert dialog._deadline.isActive()
    qtbot.waitUntil(lambda: stored(demo_db, dialog).has_plan, timeout=5000)
    assert stored(demo_db, dialog).fields.strengths == "Lyssnar"


def test_actions_table_keyboard_autosave_and_undo(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Öberg-Jäätteenmäki")
    model = dialog.model
    assert [i.what for i in model.items()][0].startswith("Införa korta")
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(1, ActionTableModel.WHAT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 3
    editor = focused_editor()  # the new row's "What" cell is open for typing
    qtbot.keyClicks(editor, "Skugga en annan chef")
    assert model.items()[2].what == "Skugga en annan chef"  # every keystroke reaches the model
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.setData(model.index(2, ActionTableModel.BY_WHEN), "30/4 2027")
    assert model.setData(model.index(2, ActionTableModel.STATUS), ActionStatus.IN_PROGRESS)
    assert model.index(2, ActionTableModel.STATUS).data() == "In progress"
    problems: list[str] = []
    model.problem.connect(problems.append)
    assert not model.setData(model.index(2, ActionTableModel.BY_WHEN), "snart")
    assert problems and "not a date" in problems[0]
    expected = ActionItemFields(
        what="Skugga en annan chef",
        by_when=dt.date(2027, 4, 30),
        status=ActionStatus.IN_PROGRESS,
    )
    qtbot.waitUntil(lambda: stored(demo_db, dialog).fields.items[2:] == (expected,), timeout=3000)

    # move the new action to the top, delete the first one, then undo both
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(2, ActionTableModel.WHAT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert model.items()[0].what == "Skugga en annan chef"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert model.rowCount() == 2 and model.items()[0].what.startswith("Införa korta")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 3 and model.items()[0].what == "Skugga en annan chef"
    for _ in range(5):  # two moves, the status, the date and the typing
        dialog.undo_stack.undo()
    assert [i.what for i in model.items()] == [
        "Införa korta avstämningar varje vecka med varje medarbetare",
        "Öva feedbacksamtal",
        "",
    ]
    dialog.undo_stack.undo()  # the added row
    assert model.rowCount() == 2
    dialog.reject()  # closing saves what is on screen
    assert len(stored(demo_db, dialog).fields.items) == 2


def test_closing_saves_at_once_and_reopening_shows_it(
    qtbot: QtBot, window: MainWindow, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Mäkelä")
    qtbot.keyClicks(dialog.development_areas, "Delegera mer")
    dialog.follow_up.check.setChecked(True)
    qtbot.keyClicks(dialog.manager, "Eva Persson")
    dialog.mentor.setCurrentIndex(dialog.mentor.findText("Ulla Järvinen"))
    dialog.mentor.activated.emit(dialog.mentor.currentIndex())
    dialog.reject()  # before the pause is over
    row = next(r for r in page.shown() if r.last_name == "Mäkelä")  # the tab has reloaded
    assert row.has_plan and row.sections_filled == 1 and row.mentor_name == "Ulla Järvinen"
    assert row.follow_up_date is not None

    again = open_editor(qtbot, page, "Mäkelä")
    assert again is not dialog
    assert again.development_areas.toPlainText() == "Delegera mer"
    assert again.manager.text() == "Eva Persson"
    assert again.mentor.currentText() == "Ulla Järvinen"
    assert again.follow_up.value() == row.follow_up_date
    again.reject()


def test_leaving_a_field_saves_at_once(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database
) -> None:
    dialog = open_editor(qtbot, page, "Nordén")
    qtbot.keyClicks(dialog.goal, "Trygghet")
    assert dialog._debounce.isActive()
    dialog.manager.setFocus()  # Tab, or a click elsewhere
    assert stored(demo_db, dialog).fields.goal == "Trygghet"
    dialog.reject()


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import DatabaseError

    dialog = open_editor(qtbot, page, "Sjöberg")

    def busy(*_args: object) -> None:
        raise DatabaseError("The database is busy in another program; nothing was saved.")

    monkeypatch.setattr(action_plans, "save_plan", busy)
    qtbot.keyClicks(dialog.goal, "Mal")
    dialog.save_now()
    assert "Not saved yet" in dialog.status.text() and dialog.unsaved
    dialog.reject()  # closing with text that could not be saved shows it again
    assert dialog.isVisible() and dialog.goal.toPlainText() == "Mal"
    monkeypatch.undo()
    dialog._retry()
    assert stored(demo_db, dialog).fields.goal == "Mal" and not dialog.unsaved
    dialog.reject()
    assert not dialog.isVisible()


def test_overview_filters_by_mentor_and_prints_their_plans(
    qtbot: QtBot, page: ActionPlansPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = {r.last_name: r for r in page.shown()}
    assert len(rows) == 14 and sum(r.has_plan for r in rows.values()) == 6
    asa = page.model.index(
        next(i for i in range(page.model.rowCount()) if page.model.row_at(i).last_name[0] == "Ö"),
        PlanTableModel.FOLLOW_UP,
    )
    assert "(in 10 days)" in asa.data() and asa.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "passed or within two weeks" in page.summary.text()

    page.mentor_filter.setCurrentIndex(page.mentor_filter.findText("Anders Bergström"))
    shown = [r.last_name for r in page.shown()]
    assert len(shown) == 5 and "Sjöberg" in shown and "Ekström" not in shown
    asked: list[str] = []

    def choose(_parent: QWidget | None, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "bergström.pdf"

    monkeypatch.setattr(files, "choose_pdf_file", choose)
    opened: list[Path] = []
    monkeypatch.setattr(files, "launch_viewer", lambda path: opened.append(path) or True)
    page.print_plans()
    assert "Anders Bergström" in asked[0]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "bergström.pdf").pages)
    assert "Zeynep Yılmaz" in text and "Åsa Öberg-Jäätteenmäki" in text
    assert "Johan Ekström" not in text
    assert opened == [tmp_path / "bergström.pdf"]

    monkeypatch.setattr(files, "choose_pdf_file", lambda *_a: tmp_path / "tomma.pdf")
    page.print_blank_forms()  # one per shown participant, plan or not
    assert len(PdfReader(tmp_path / "tomma.pdf").pages) >= 5
    monkeypatch.setattr(files, "choose_folder", lambda *_a: tmp_path / "var för sig")
    page.separate_files()
    assert len(list((tmp_path / "var för sig").iterdir())) == 3

    page.mentor_filter.setCurrentIndex(page.mentor_filter.findText("No mentor"))
    assert page.shown() == []
    informed: list[str] = []
    monkeypatch.setattr("ui.msgbox.information", lambda _p, _t, text: informed.append(text))
    page.print_plans()
    assert informed and "Nobody shown" in informed[0]


def test_a_problem_while_printing_is_shown_and_nothing_is_written(
    qtbot: QtBot, page: ActionPlansPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_a: tmp_path / "plans.txt.pdf")
    from app.services import action_plan_output

    def cancelled(*_a: object, **_k: object) -> int:
        from app.errors import CancelledError

        raise CancelledError("stop")

    monkeypatch.setattr(action_plan_output, "write_plans_pdf", cancelled)
    page.print_plans()  # a cancel is announced in the status bar, not a message box
    assert not (tmp_path / "plans.txt.pdf").exists()
    window = page.window()
    assert isinstance(window, MainWindow)
    assert "Cancelled" in window.statusBar().currentMessage()


def test_headings_and_questions_from_the_programme(
    qtbot: QtBot, page: ActionPlansPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = (
        GuideEntry(key="goal", heading="Min ledarvision", question="Vart är du på väg?"),
        *DEFAULT_GUIDES["sv"][1:],
    )
    shown: list[tuple[GuideEntry, ...] | None] = []

    def ask(_parent: QWidget | None, guide: object, _error: str | None = None) -> GuideChoice:
        shown.append(getattr(guide, "custom", None))
        return GuideChoice(custom)

    monkeypatch.setattr(PlanGuideDialog, "ask", ask)
    page.edit_guide()
    assert shown == [None]
    dialog = open_editor(qtbot, page, "Ekström")
    assert dialog.data.guide[0].heading == "Min ledarvision"
    headings = [w.text() for w in dialog.findChildren(type(dialog.status))]
    assert "<b>Min ledarvision</b>" in headings and "Vart är du på väg?" in headings
    dialog.reject()


def test_guide_dialog_reset_and_check(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as s:
        guide = action_plan_guide.program_guide(s, 1)
    dialog = PlanGuideDialog(None, guide)
    qtbot.addWidget(dialog)
    assert dialog.headings["goal"].text() == "Mål och vision"
    assert dialog.values() == GuideChoice(None)  # the defaults: each cohort's own language
    dialog.headings["goal"].setText("Vision")
    assert dialog.values().entries is not None and dialog.values().entries[0].heading == "Vision"
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    dialog.reset_to_defaults()
    assert dialog.headings["goal"].text() == "Goal and vision"
    assert dialog.values() == GuideChoice(None)
    dialog.headings["actions"].setText("  ")
    with pytest.raises(ValueError, match="needs a heading"):
        dialog.values()


def test_programme_dialog_leads_to_the_guide(qtbot: QtBot) -> None:
    from app.services.programs import ProgramFields

    opened: list[QWidget] = []
    dialog = ProgramDialog(None, ProgramFields(name="FL", code="FL"), opened.append)
    qtbot.addWidget(dialog)
    button = next(
        b for b in dialog.findChildren(type(dialog.buttons.buttons()[0])) if "headings" in b.text()
    )
    button.click()
    assert opened == [dialog]
    new = ProgramDialog(None, None)
    qtbot.addWidget(new)
    assert not any("headings" in b.text() for b in new.findChildren(type(button)))


def test_participants_page_opens_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    participants = window.cohort_page.participants
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.PARTICIPANTS_TAB)
    participants.filter_edit.setText("Al-Hassan")
    participants.view.selectRow(0)
    assert participants.plan_action.isEnabled()
    participants.plan_action.trigger()
    dialog = participants.findChild(ActionPlanDialog)
    assert dialog is not None and dialog.data.person_name == "Fatima Al-Hassan"
    dialog.reject()
    participants.filter_edit.setText("Bergström")  # a mentor has no plan
    participants.view.selectRow(0)
    assert not participants.plan_action.isEnabled()


def test_models(qtmodeltester: ModelTester, page: ActionPlansPage) -> None:
    qtmodeltester.check(page.model)
    from PySide6.QtGui import QUndoStack

    items = (ActionItemFields(what="a", by_when=dt.date(2026, 1, 2)), ActionItemFields())
    actions = ActionTableModel(items, QUndoStack())
    qtmodeltester.check(actions)
    assert actions.index(0, ActionTableModel.BY_WHEN).data() == "2026-01-02"
    assert actions.index(1, ActionTableModel.STATUS).data() == "Planned"
    # the status combo shows the current status and writes the chosen one
    view = QTableView()
    view.setModel(actions)
    delegate = StatusDelegate(view)
    cell = actions.index(0, ActionTableModel.STATUS)
    actions.setData(cell, ActionStatus.DONE.value)
    combo = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, cell)
    assert combo.currentText() == "Done"
    combo.setCurrentIndex(combo.findText("Dropped"))
    delegate.setModelData(combo, actions, cell)
    assert actions.items()[0].status == ActionStatus.DROPPED


def test_screenshots(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Pictures to look at (set KOHORT_SCREENSHOTS=folder to keep them)."""
    folder = Path(os.environ.get("KOHORT_SCREENSHOTS", tmp_path))
    page = window.cohort_page.plans
    assert window.grab().save(str(folder / "action-plans-tab.png"))
    dialog = open_editor(qtbot, page, "Öberg-Jäätteenmäki")
    assert dialog.grab().save(str(folder / "action-plan-editor.png"))
    dialog.reject()


def test_the_fields_round_trip(page: ActionPlansPage, qtbot: QtBot, demo_db: Database) -> None:
    dialog = open_editor(qtbot, page, "Ekström")
    assert dialog.fields() == PlanFields(
        goal=dialog.data.fields.goal,
        strengths=dialog.data.fields.strengths,
        development_areas=dialog.data.fields.development_areas,
        follow_up_date=dialog.data.fields.follow_up_date,
        manager_name=dialog.data.fields.manager_name,
        items=dialog.data.fields.items,
    )
    assert not dialog.unsaved  # opening changes nothing
    dialog.reject()


@pytest.mark.parametrize(
    "typed", ["2026-04-30", "30/4 2026", "30.4.2026", "30/4/2026", "30 april 2026", "20260430"]
)
def test_by_when_takes_dates_as_people_type_them(typed: str) -> None:
    assert parse_date(typed) == dt.date(2026, 4, 30)


def test_by_when_may_be_empty_but_not_nonsense() -> None:
    assert parse_date("  ") is None
    for typed in ("snart", "2026-02-30", "31/4 2026"):
        with pytest.raises(ValueError):
            parse_date(typed)


def test_a_folder_of_plans_that_cannot_be_shown_is_named_to_the_user(
    page: ActionPlansPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui import msgbox

    folder = tmp_path / "planer"
    told: list[str] = []
    monkeypatch.setattr(files, "choose_folder", lambda *_a: folder)
    monkeypatch.setattr(files, "launch_viewer", lambda _path: False)
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: told.append(text))
    page.separate_files()
    assert any(folder.iterdir())
    assert len(told) == 1 and f"saved in the folder {folder}" in told[0]
