"""Taking a cohort along offline from the window (a real PostgreSQL server): File ▸ Check
the cohort out… writes the file and marks the cohort; on the server the cohort shows a
banner and its writing actions are disabled; Release the check-out… asks first; in the
file, Check in to the server… shows the dry run's counts and conflicts and applies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.checkout import check_out, checkout_status, origin, release
from app.db import Database, open_database
from app.domain import AttendanceStatus
from app.models import CheckoutOrigin, Enrollment
from tests.conftest import AFTER_DEMO, server_copy
from tests.ui.conftest import wait_until_filled
from tests.ui.helpers import on_tab
from tests.unit.test_checkin_conflicts import a_mark, set_mark, status_of
from tests.unit.test_checkout import fl_cohorts
from ui import msgbox
from ui.attendance_model import FIRST_SESSION
from ui.checkout_state import server_name
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.checkout_dialog import CheckoutDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    """A demo team database on the test server (no password: trust)."""
    yield from server_copy(request, "demo")


def open_window(qtbot: QtBot, where: str, settings: QSettings, cohort: int) -> MainWindow:
    window = MainWindow(
        open_database(where, create=False), TaskRunner(synchronous=True), settings, today=AFTER_DEMO
    )
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    wait_until_filled(qtbot, window)
    index = window.sidebar.index_of(cohort)
    assert index is not None
    window.tree.setCurrentIndex(index)
    return window


@pytest.fixture
def server_window(
    qtbot: QtBot, location: str, ui_settings: QSettings
) -> Iterator[tuple[MainWindow, int]]:
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    window = open_window(qtbot, location, ui_settings, cohort_id)
    yield window, cohort_id
    window.close()
    window.db.close()


def other_person(db: Database, cohort_id: int, person: int) -> int:
    with db.read() as session:
        other = session.scalar(
            select(Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort_id, Enrollment.person_id != person)
            .order_by(Enrollment.id)
        )
    assert other is not None
    return other


def writes_enabled(window: MainWindow) -> dict[str, bool]:
    """The writing actions of each tab (shown, so filled) and the cohort's settings."""
    page = window.cohort_page
    found = {
        "add session": on_tab(window, page.sessions).add_action.isEnabled(),
        "roll call": on_tab(window, page.attendance).rollcall_action.isEnabled(),
        "issue": on_tab(window, page.diplomas).issue_action.isEnabled(),
        "add participant": on_tab(window, page.participants).add_action.isEnabled(),
        "new evaluation": on_tab(window, page.evaluation).new_action.isEnabled(),
        "cohort settings": window.sidebar.edit_action.isEnabled(),
    }
    on_tab(window, page.overview)
    return found


def test_check_out_from_the_window_writes_the_file_and_locks_the_cohort_here(
    server_window: tuple[MainWindow, int],
    location: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, cohort_id = server_window
    assert all(writes_enabled(window).values())
    actions = window.checkout_actions
    assert actions.check_out_action.isEnabled() and not actions.release_action.isEnabled()
    assert not actions.check_in_action.isVisible()  # on a server: nothing to check in
    file = tmp_path / "venue" / "hotell.sqlite3"
    asked: list[tuple[str, Path, int]] = []

    def answer(_parent: object, name: str, default: Path, people: int) -> tuple[Path, int]:
        asked.append((name, default, people))
        return file, 25

    monkeypatch.setattr(CheckoutDialog, "ask", answer)
    offers: list[str] = []
    monkeypatch.setattr(msgbox, "offer", lambda _p, _t, text: offers.append(text) or False)
    actions.check_out()

    ((name, default, people),) = asked
    assert default == Path.home() / "Kohort" / f"{name.replace('/', '-')} (checked out).sqlite3"
    assert people > 0
    assert file.exists() and str(file) in offers[0] and "Open the file now?" in offers[0]
    with open_database(str(file), create=False) as laptop, laptop.read() as session:
        came_from = origin(session)
    assert came_from is not None and came_from.cohort_id == cohort_id
    assert came_from.reservations[0].last - came_from.reservations[0].first + 1 == 25
    item = window.sidebar.index_of(cohort_id)
    assert item is not None and item.data().endswith(" (checked out)")
    assert "is checked out by" in str(item.data(3))  # the tooltip: who and since when
    banner: QLabel = window.cohort_page.checkout_banner
    assert banner.isVisible() and "read-only here until it is checked in" in banner.text()
    assert not any(writes_enabled(window).values())
    assert actions.release_action.isEnabled() and not actions.check_out_action.isEnabled()
    # the page's own updates (a row chosen) do not bring an action back while it is out
    window.cohort_page.sessions.view.selectRow(0)
    assert not window.cohort_page.sessions.edit_action.isEnabled()
    grid = on_tab(window, window.cohort_page.attendance)  # a key typed in the grid
    grid.view.setCurrentIndex(grid.proxy.index(0, FIRST_SESSION))
    grid.mark_selection(lambda _mark: None, False)  # would clear the mark
    assert grid.undo_stack.count() == 0
    assert "read-only here" in window.statusBar().currentMessage()
    window.grab().save(str(tmp_path / "checked-out-on-the-server.png"))


def test_release_asks_first_with_no_as_the_answer_that_keeps_it(
    qtbot: QtBot,
    server_window: tuple[MainWindow, int],
    location: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, cohort_id = server_window
    check_out(location, cohort_id, str(tmp_path / "hotell.sqlite3"))  # another Kohort's
    # its note (NOTIFY) reaches this window, which shows the banner without a refresh
    qtbot.waitUntil(window.cohort_page.checkout_banner.isVisible, timeout=15_000)
    assert window.checkout_actions.release_action.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: questions.append(text) or False)
    window.checkout_actions.release()  # No (msgbox.question's default): nothing happens
    assert "stay reserved" in questions[0] and "conflicts" in questions[0]
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is not None
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, _text: True)
    window.checkout_actions.release()
    with open_database(location) as server, server.read() as session:
        assert checkout_status(session, cohort_id) is None
    assert not window.cohort_page.checkout_banner.isVisible()
    assert all(writes_enabled(window).values())


def test_the_check_in_shows_counts_and_conflicts_and_applies_the_chosen_version(
    qtbot: QtBot,
    location: str,
    ui_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    file = tmp_path / "hotell.sqlite3"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
        meeting, person, _status = a_mark(server, cohort_id)
    check_out(location, cohort_id, str(file))
    with open_database(str(file), create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.EXCUSED)
        set_mark(laptop, meeting, other_person(laptop, cohort_id, person), AttendanceStatus.LATE)
    release(location, cohort_id)
    with open_database(location) as server:
        set_mark(server, meeting, person, AttendanceStatus.ABSENT)  # a colleague, meanwhile

    window = open_window(qtbot, str(file), ui_settings, cohort_id)
    try:
        actions = window.checkout_actions
        assert actions.note.isVisible() and "Checked out of" in actions.note.text()
        assert actions.check_in_action.isEnabled() and not actions.check_out_action.isVisible()
        assert not window.cohort_page.checkout_banner.isVisible()  # the file is writable
        shown: list[CheckinDialog] = []

        def look(dialog: CheckinDialog) -> int:
            shown.append(dialog)
            assert not dialog.check_in_button.isEnabled()  # a version must be chosen first
            assert dialog.cancel_button.isDefault()
            dialog.choices.buttons()[0].setChecked(True)  # the server's version
            dialog.check_in_button.click()  # asks once more (msgbox.question, below)
            return dialog.result()

        monkeypatch.setattr(CheckinDialog, "exec", look)
        confirmed: list[str] = []
        monkeypatch.setattr(msgbox, "question", lambda _p, _t, t: confirmed.append(t) or True)
        offers: list[str] = []
        monkeypatch.setattr(msgbox, "offer", lambda _p, _t, text: offers.append(text) or False)
        actions.check_in()

        (dialog,) = shown
        assert dialog.conflict_list is not None and dialog.conflict_list.count() == 1
        conflict = dialog.conflict_list.item(0).text()
        assert "changed on the laptop; changed on the server since the check-out" in conflict
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "applies: 1 attendance mark added" in texts and "Nothing is changed" in texts
        assert "Drop this file's changes" in confirmed[0]
        assert "marked as checked in" in offers[0] and "Open the team database now?" in offers[0]
        assert status_of(location, meeting, person) == AttendanceStatus.ABSENT  # the server's
        with window.db.read() as session:
            assert origin(session) is None
        assert not actions.note.isVisible() and not actions.check_in_action.isVisible()
    finally:
        window.close()
        window.db.close()


def test_the_server_is_named_as_people_name_it() -> None:
    assert server_name("postgresql://anna@db.example.org:5433/kohort") == "db.example.org/kohort"
    assert server_name("postgresql://kohort@/team?host=%2Fvar%2Frun%2Fpostgresql") == "team"


def test_a_server_that_cannot_be_reached_is_said_in_words_and_nothing_changes(
    qtbot: QtBot,
    location: str,
    ui_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    file = tmp_path / "hotell.sqlite3"
    with open_database(location) as server:
        cohort_id = fl_cohorts(server)[0]
    check_out(location, cohort_id, str(file))
    gone = "postgresql://anna@127.0.0.1:9/kohort"  # nothing listens there
    with open_database(str(file), create=False) as laptop, laptop.write() as session:
        session.execute(update(CheckoutOrigin).values(server=gone))
    window = open_window(qtbot, str(file), ui_settings, cohort_id)
    try:
        said: list[str] = []
        monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: said.append(text))
        window.checkout_actions.check_in()
        assert len(said) == 1 and "as they were" in said[0]
        with window.db.read() as session:
            assert origin(session) is not None  # still checked out: check in again later
        assert window.checkout_actions.note.isVisible()
        with open_database(location) as server, server.read() as session:
            assert checkout_status(session, cohort_id) is not None
    finally:
        window.close()
        window.db.close()
