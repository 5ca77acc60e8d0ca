"""The attendance grid and roll call, from the keyboard, with undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import AttendanceStatus
from app.services import attendance, cohorts
from app.services.grid import attendance_grid
from app.services.people import PersonFields
from tests.conftest import AFTER_DEMO
from ui.attendance_model import ATTENDED, ELIGIBLE, FIRST_SESSION, NAME, AttendanceModel
from ui.attendance_page import AttendancePage
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.rollcall_dialog import RollCallDialog, default_session
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[AttendancePage]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.ATTENDANCE_TAB)
    attendance_page = window.cohort_page.attendance
    attendance_page.view.setFocus()
    yield attendance_page  # the window stays alive (and referenced) for the whole test


def stored(db: Database, page: AttendancePage, row: int, column: int) -> AttendanceStatus | None:
    participant = page.model.participants[row]
    session = page.model.session_at(column)
    assert session is not None
    with db.read() as s:
        mark = attendance.cohort_marks(s, page.model.grid.cohort_id).get(  # type: ignore[union-attr]
            (participant.enrollment_id, session.id)
        )
    return None if mark is None else mark.status


def go_to(page: AttendancePage, last_name: str, session_number: int) -> int:
    row = next(i for i, p in enumerate(page.model.participants) if p.person.last_name == last_name)
    column = FIRST_SESSION + session_number - 1
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, column)))
    return row


def test_grid_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    with demo_db.read() as s:
        fl = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        grid = attendance_grid(s, fl, today=AFTER_DEMO)
    model = AttendanceModel()
    model.set_grid(grid)
    qtmodeltester.check(model)
    assert model.columnCount() == FIRST_SESSION + 5 and model.rowCount() == 14
    header = model.headerData(FIRST_SESSION, Qt.Orientation.Horizontal)
    assert header.startswith("2025-11-06") and header.endswith("13/14")
    row = next(i for i, p in enumerate(model.participants) if p.person.last_name == "Åkerlund")
    cell = model.index(row, FIRST_SESSION)
    assert cell.data() == "✗ A"  # a symbol and a letter, never colour alone
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Absent"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_mark_from_the_keyboard_then_undo_and_redo(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    row = go_to(page, "Strömbäck", 3)  # he missed sessions 3 and 4
    eligible = page.model.index(row, ELIGIBLE)
    assert eligible.data().startswith("✗")
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    # the cursor moved down a row, ready for the next name in the same session
    assert page.proxy.mapToSource(page.view.currentIndex()).row() == row + 1
    assert stored(demo_db, page, row, FIRST_SESSION + 2) == AttendanceStatus.PRESENT
    go_to(page, "Strömbäck", 4)
    qtbot.keyClick(page.view, Qt.Key.Key_S)  # Swedish "sen": late
    assert stored(demo_db, page, row, FIRST_SESSION + 3) == AttendanceStatus.LATE
    assert page.model.index(row, ELIGIBLE).data() == "✓ Eligible"  # live
    assert "11 of 14 participants eligible" in page.summary.text()

    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_db, page, row, FIRST_SESSION + 3) == AttendanceStatus.ABSENT
    assert page.model.index(row, ATTENDED).data() == "4/5 (80%)"
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(demo_db, page, row, FIRST_SESSION + 3) == AttendanceStatus.LATE


def test_space_cycles_delete_clears_and_bulk_marks_undo_as_one(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    row = go_to(page, "Al-Hassan", 1)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # present → late
    assert stored(demo_db, page, row, FIRST_SESSION) == AttendanceStatus.LATE
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert stored(demo_db, page, row, FIRST_SESSION) is None
    assert page.model.index(row, FIRST_SESSION).data() == "·"
    # select a whole session column (Shift+Down ×13) and mark everyone excused at once
    go_to(page, "Al-Hassan", 5)
    for _ in range(13):
        qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    assert {stored(demo_db, page, r, FIRST_SESSION + 4) for r in range(14)} == {
        AttendanceStatus.EXCUSED
    }
    page.undo_action.trigger()  # one step undoes the whole bulk change
    assert stored(demo_db, page, 0, FIRST_SESSION + 4) == AttendanceStatus.PRESENT
    assert stored(demo_db, page, row, FIRST_SESSION) is None  # the earlier step is separate


def test_a_note_on_a_mark(
    page: AttendancePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import attendance_page

    monkeypatch.setattr(
        attendance_page.QInputDialog,
        "getText",
        lambda *_a, **_k: ("Kom 20 minuter sent, tåget", True),
    )
    row = go_to(page, "Ekström", 1)
    page.edit_note()
    assert page.model.mark_at(row, FIRST_SESSION).note == "Kom 20 minuter sent, tåget"  # type: ignore[union-attr]
    assert "✎" in page.model.index(row, FIRST_SESSION).data()
    page.undo_action.trigger()
    assert page.model.mark_at(row, FIRST_SESSION).note is None  # type: ignore[union-attr]


def test_other_tabs_see_the_new_marks(qtbot: QtBot, page: AttendancePage) -> None:
    row = go_to(page, "Strömbäck", 3)
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    go_to(page, "Strömbäck", 4)
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    cohort_page = page.parentWidget().parentWidget().parentWidget()  # type: ignore[union-attr]
    cohort_page.tabs.setCurrentIndex(cohort_page.PARTICIPANTS_TAB)
    rows = [
        cohort_page.participants.model.row_at(r)
        for r in range(cohort_page.participants.model.rowCount())
    ]
    strom = next(p for p in rows if p.person.last_name == "Strömbäck")
    assert strom.eligibility is not None and strom.eligibility.eligible
    assert page.model.participants[row].person.last_name == "Strömbäck"


def test_roll_call(
    qtbot: QtBot, page: AttendancePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.write() as s:  # a new session today, nobody marked yet
        from app.services import sessions
        from app.services.sessions import SessionFields

        new = sessions.create_session(
            s,
            page.model.grid.cohort_id,  # type: ignore[union-attr]
            SessionFields("Återträff", AFTER_DEMO),
        )
    page.reload_requested.emit()
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.session.id == new.id  # today's session is preselected
    assert dialog.search.hasFocus() or dialog.focusWidget() is dialog.search
    dialog.search.setText("Ekström")  # type to find
    assert dialog.proxy.rowCount() == 1 and dialog.proxy.columnCount() == 2
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter never presses "everyone present"
    assert page.undo_stack.count() == 0
    qtbot.keyClick(dialog.view, Qt.Key.Key_L)
    assert dialog.search.selectedText() == "Ekström"  # back in the search, ready for a name
    column = page.model.column_of(new.id)
    row = next(i for i, p in enumerate(page.model.participants) if p.person.last_name == "Ekström")
    assert stored(demo_db, page, row, column) == AttendanceStatus.LATE
    dialog.search.clear()
    dialog.mark_rest_present()
    statuses = [stored(demo_db, page, r, column) for r in range(page.model.rowCount())]
    assert statuses.count(AttendanceStatus.LATE) == 1
    assert statuses.count(AttendanceStatus.PRESENT) == 13
    assert "14 of 14 recorded" in dialog.counts.text()
    page.undo_action.trigger()  # undo "everyone else present": only Ekström stays marked
    statuses = [stored(demo_db, page, r, column) for r in range(page.model.rowCount())]
    assert statuses.count(None) == 13

    # the real dialog and its real classmethod, answered as a coordinator would
    def answer(person_dialog: PersonDialog) -> PersonFields:
        person_dialog.first_name.setText("Gäst")
        person_dialog.last_name.setText("Gästsson")
        return person_dialog.values()

    monkeypatch.setattr(PersonDialog, "run", answer)
    dialog.add_walk_in()
    with demo_db.read() as s:
        marks = attendance.cohort_marks(s, page.model.grid.cohort_id)  # type: ignore[union-attr]
    assert sum(1 for (_e, sid), m in marks.items() if sid == new.id) == 2


def test_roll_call_note_goes_to_the_roll_call_row(
    qtbot: QtBot, page: AttendancePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import attendance_page

    go_to(page, "Al-Hassan", 1)  # the grid's own cursor is elsewhere
    monkeypatch.setattr(
        attendance_page.QInputDialog, "getText", lambda *_a, **_k: ("Kom sent", True)
    )
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.session_box.setCurrentIndex(4)
    dialog.search.setText("Yılmaz")
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 1))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    row = next(i for i, p in enumerate(page.model.participants) if p.person.last_name == "Yılmaz")
    assert page.model.mark_at(row, FIRST_SESSION + 4).note == "Kom sent"  # type: ignore[union-attr]
    assert page.model.mark_at(0, FIRST_SESSION).note is None  # type: ignore[union-attr]


def test_cancelled_session_is_not_marked_in_the_grid(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    from dataclasses import replace

    from app.services import sessions

    with demo_db.write() as s:
        last = page.model.sessions[-1]
        sessions.update_session(s, last.id, replace(sessions.fields_of(last), cancelled=True))
    page.reload_requested.emit()
    header = page.model.headerData(FIRST_SESSION + 4, Qt.Orientation.Horizontal)
    assert header.endswith("cancelled")
    row = go_to(page, "Al-Hassan", 5)
    qtbot.keyClick(page.view, Qt.Key.Key_L)
    assert stored(demo_db, page, row, FIRST_SESSION + 4) == AttendanceStatus.PRESENT  # as was
    assert page.undo_stack.count() == 0


def test_default_session_is_today_next_or_last(demo_db: Database) -> None:
    with demo_db.read() as s:
        lec = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        grid = attendance_grid(s, lec, today=AFTER_DEMO)
    assert default_session(grid.sessions, dt.date(2026, 10, 15)) == 1  # that day's session
    assert default_session(grid.sessions, dt.date(2026, 10, 16)) == 1  # yesterday's paper list
    assert default_session(grid.sessions, dt.date(2026, 9, 1)) == 0  # nothing held: the first
    assert default_session(grid.sessions, dt.date(2030, 1, 1)) == 5  # the last held
    assert default_session(grid.sessions, dt.date(2027, 1, 22)) == 3  # day 2 of a residential


def test_export_report_from_the_page(page: AttendancePage, tmp_path: Path) -> None:
    target = tmp_path / "närvaro.xlsx"
    page.save_report(target)
    assert target.exists() and target.stat().st_size > 0


def test_marking_down_a_sorted_column_marks_each_person_once(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    page.view.sortByColumn(FIRST_SESSION + 2, Qt.SortOrder.AscendingOrder)  # by session 3
    page.view.setCurrentIndex(page.proxy.index(0, FIRST_SESSION + 2))
    seen = [page.proxy.index(r, 0).data() for r in range(3)]
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_X)  # excused re-sorts the marked row away
    names = {
        f"{p.person.last_name}, {p.person.first_name}": i
        for i, p in enumerate(page.model.participants)
    }
    assert [stored(demo_db, page, names[n], FIRST_SESSION + 2) for n in seen] == [
        AttendanceStatus.EXCUSED
    ] * 3


def test_a_reload_that_was_already_on_its_way_keeps_newer_marks(
    page: AttendancePage, demo_db: Database
) -> None:
    with demo_db.read() as s:  # the read a tab switch queued before the next keystroke
        stale = attendance_grid(s, page.model.grid.cohort_id, today=AFTER_DEMO)  # type: ignore[union-attr]
    token = page.mark_token()
    row = go_to(page, "Strömbäck", 3)
    page.mark_selection(lambda _old: attendance.Mark(AttendanceStatus.LATE), False)
    page.show_grid(stale, token)
    assert page.model.mark_at(row, FIRST_SESSION + 2).status == AttendanceStatus.LATE  # type: ignore[union-attr]
    page.undo_action.trigger()  # and undo still restores what was there before
    assert stored(demo_db, page, row, FIRST_SESSION + 2) == AttendanceStatus.ABSENT


def test_everyone_present_marks_only_the_people_shown(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    """Seen by a new user: with a search typed, "everyone not yet recorded is present"
    marked the people the search hid too."""
    from app.services import sessions
    from app.services.sessions import SessionFields

    with demo_db.write() as s:
        new = sessions.create_session(
            s,
            page.model.grid.cohort_id,  # type: ignore[union-attr]
            SessionFields("Återträff", AFTER_DEMO),
        )
    page.reload_requested.emit()
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.search.setText("Ekström")
    dialog.mark_rest_present()
    column = page.model.column_of(new.id)
    statuses = [stored(demo_db, page, r, column) for r in range(page.model.rowCount())]
    assert statuses.count(AttendanceStatus.PRESENT) == 1 and statuses.count(None) == 13


def test_roll_call_does_not_mark_a_cancelled_session(
    qtbot: QtBot, page: AttendancePage, demo_db: Database
) -> None:
    from dataclasses import replace

    from app.services import sessions

    with demo_db.write() as s:
        last = page.model.sessions[-1]
        sessions.update_session(
            s, last.id, replace(sessions.fields_of(last), cancelled=True, date=AFTER_DEMO)
        )
    page.reload_requested.emit()
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.session_box.setCurrentIndex(len(page.model.sessions) - 1)
    dialog.mark_rest_present()
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 1))
    qtbot.keyClick(dialog.view, Qt.Key.Key_P)
    assert page.undo_stack.count() == 0


def test_walk_in_guests_show_on_the_grid_but_are_not_judged(
    qtbot: QtBot, page: AttendancePage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(person_dialog: PersonDialog) -> PersonFields:
        person_dialog.first_name.setText("Gäst")
        person_dialog.last_name.setText("Gästsson")
        return person_dialog.values()

    monkeypatch.setattr(PersonDialog, "run", answer)
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.session_box.setCurrentIndex(0)
    dialog.add_walk_in()
    rows = {p.person.last_name: i for i, p in enumerate(page.model.participants)}
    guest = rows["Gästsson"]
    assert guest == len(rows) - 1  # guests come after the participants
    assert page.model.index(guest, ELIGIBLE).data() == "guest"
    assert page.model.mark_at(guest, FIRST_SESSION).status == AttendanceStatus.PRESENT  # type: ignore[union-attr]
    assert page.model.meets_count() == (10, 14)  # the guest is not judged
    assert "10 of 14 participants eligible" in page.summary.text()


def test_a_walk_in_guest_is_counted_apart_and_listed_last(
    qtbot: QtBot, page: AttendancePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(person_dialog: PersonDialog) -> PersonFields:
        person_dialog.first_name.setText("Aino")  # sorts first by name: still after everyone
        person_dialog.last_name.setText("Aaltonen")
        return person_dialog.values()

    monkeypatch.setattr(PersonDialog, "run", answer)
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    dialog.session_box.setCurrentIndex(0)
    assert dialog.counts.text() == "14 of 14 recorded, 13 attended"
    dialog.add_walk_in()
    # the counter follows the reload, and the guest is not one of the expected participants
    assert dialog.counts.text() == "14 of 14 recorded, 13 attended · 1 guest"
    header = page.model.headerData(FIRST_SESSION, Qt.Orientation.Horizontal)
    assert header.endswith("\n13/14")
    tooltip = page.model.headerData(
        FIRST_SESSION, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "13 attended, 14 of 14 recorded" in tooltip and "1 guest" in tooltip

    def last_shown(proxy: object) -> str:
        return proxy.index(proxy.rowCount() - 1, NAME).data()  # type: ignore[attr-defined]

    assert dialog.proxy.rowCount() == 15 and last_shown(dialog.proxy) == "Aaltonen, Aino"
    for column, order in (
        (NAME, Qt.SortOrder.AscendingOrder),
        (NAME, Qt.SortOrder.DescendingOrder),
        (FIRST_SESSION, Qt.SortOrder.AscendingOrder),
        (ATTENDED, Qt.SortOrder.DescendingOrder),
    ):
        page.view.sortByColumn(column, order)
        assert last_shown(page.proxy) == "Aaltonen, Aino", (column, order)


def test_roll_call_opens_by_surname_a_to_ö(qtbot: QtBot, page: AttendancePage) -> None:
    dialog = RollCallDialog(page)
    qtbot.addWidget(dialog)
    names = [dialog.proxy.index(r, NAME).data() for r in range(dialog.proxy.rowCount())]
    assert names[0] == "Al-Hassan, Fatima"
    assert names[-2:] == ["Åkerlund, Björn", "Öberg-Jäätteenmäki, Åsa"]
    rows = [dialog.proxy.mapToSource(dialog.proxy.index(r, NAME)).row() for r in range(len(names))]
    keys = [page.model.participants[r].sort_key for r in rows]
    assert keys == sorted(keys)
    header = dialog.view.frozen.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # the arrow agrees


def test_the_names_stay_in_view_when_scrolling_right(qtbot: QtBot, page: AttendancePage) -> None:
    view = page.view
    view.resize(420, 260)  # narrower than the grid: it scrolls sideways
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    frozen = view.frozen
    model = frozen.model()
    shown = [c for c in range(model.columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [NAME] and frozen.isVisible()
    assert frozen.width() == view.columnWidth(NAME)
    assert frozen.horizontalHeader().height() == view.horizontalHeader().height()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert frozen.geometry().left() == view.frameWidth()  # not scrolled away
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    last = model.rowCount() - 1
    assert (
        frozen.visualRect(model.index(last, NAME)).top()
        == view.visualRect(model.index(last, FIRST_SESSION)).top()
    )  # the rows line up


def test_the_frozen_names_sort_resize_and_scroll_like_the_grid(
    qtbot: QtBot, page: AttendancePage
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = page.view
    view.resize(420, 260)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    model = view.model()
    first = model.index(0, NAME).data()
    view.setCurrentIndex(model.index(3, FIRST_SESSION + 1))
    header = view.frozen.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    # sorted by name, the other way; the current cell stays a mark, nothing else selected
    assert model.index(0, NAME).data() != first
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sortIndicatorSection() == NAME
    assert view.currentIndex().column() == FIRST_SESSION + 1
    assert len(view.selectionModel().selectedIndexes()) <= 1
    view.sortByColumn(FIRST_SESSION, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == -1  # no arrow over the names now

    header.resizeSection(NAME, view.columnWidth(NAME) + 40)  # dragged on the names
    assert view.columnWidth(NAME) == header.sectionSize(NAME) == view.frozen.width()

    before = view.horizontalScrollBar().value()
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(view.frozen.viewport().mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(-120, 0),  # sideways, over the names
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.frozen.viewport(), wheel)
    assert view.horizontalScrollBar().value() > before
