"""Programme ▸ Reunions and former participants…: plan a reunion, invite the alumni, answers
and attendance from the keyboard with undo, the filters, deleting, and the alumni tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import InviteeStatus
from app.services import gathering_output, gatherings
from app.services.gatherings import GatheringFields
from tests.conftest import AFTER_DEMO
from ui import msgbox
from ui.dialogs.gathering_dialog import GatheringDialog
from ui.main_window import MainWindow
from ui.reunion_list import status_letter
from ui.reunions_window import ReunionsWindow

ACCEPTED, DECLINED = InviteeStatus.ACCEPTED, InviteeStatus.DECLINED
ATTENDED, ABSENT, INVITED = InviteeStatus.ATTENDED, InviteeStatus.ABSENT, InviteeStatus.INVITED


def open_reunions(window: MainWindow) -> ReunionsWindow:
    sidebar = window.sidebar
    sidebar.tree.setCurrentIndex(sidebar.model.item(0).index())  # Framtidens ledare
    assert sidebar.reunions_action.isEnabled()
    sidebar.reunions_action.trigger()
    reunions = sidebar.reunions_window
    assert isinstance(reunions, ReunionsWindow)
    return reunions


def statuses(db: Database, gathering_id: int) -> dict[str, InviteeStatus]:
    with db.read() as session:
        return {i.last_name: i.status for i in gathering_output.invitees(session, gathering_id)}


def plan(reunions: ReunionsWindow, monkeypatch: pytest.MonkeyPatch, day: dt.date) -> int:
    fields = GatheringFields(title="Återträff 2027", date=day, venue="Alingsås")
    monkeypatch.setattr(GatheringDialog, "ask", classmethod(lambda cls, *a, **k: fields))
    reunions.new_button.click()
    current = reunions.current()
    assert current is not None and current.title == "Återträff 2027"
    return current.id


@pytest.mark.usefixtures("demo_db")
def test_the_demo_reunion_is_listed(window: MainWindow) -> None:
    reunions = open_reunions(window)
    assert reunions.list.count() == 1
    assert reunions.model.rowCount() == 27  # 26 alumni of three rounds and a mentor by hand
    names = [reunions.model.index(r, 0).data() for r in range(reunions.model.rowCount())]
    assert names == sorted(names, key=str.casefold) and "Håkansson, Karin" in names
    assert "27 on the list" in reunions.heading.text()


@pytest.mark.usefixtures("demo_db")
def test_keyboard_statuses_and_undo(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reunions = open_reunions(window)
    gid = plan(reunions, monkeypatch, AFTER_DEMO)
    assert reunions.model.rowCount() == 0
    reunions.invite_button.click()
    assert reunions.model.rowCount() == 26
    view = reunions.view
    view.setFocus()
    view.setCurrentIndex(reunions.model.index(0, 0))
    first, second, third, fourth = (reunions.model.rows[r].last_name for r in range(4))
    qtbot.keyClick(view, Qt.Key.Key_J)  # Swedish "ja": accepted, then the next row
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_E)  # Finnish "ei": declined
    qtbot.keyClick(view, Qt.Key.Key_D)  # deltog: attended, on the day
    qtbot.keyClick(view, Qt.Key.Key_P)  # poissa: absent
    saved = statuses(db, gid)
    assert [saved[n] for n in (first, second, third, fourth)] == [
        ACCEPTED,
        DECLINED,
        ATTENDED,
        ABSENT,
    ]
    assert reunions.model.index(0, 4).data().endswith("accepted")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved = statuses(db, gid)
    assert [saved[n] for n in (first, second, third, fourth)] == [
        ACCEPTED,
        DECLINED,
        INVITED,
        INVITED,
    ]
    assert reunions.model.index(2, 4).data() == "invited"
    assert "1 accepted, 1 declined, 0 attended" in reunions.heading.text()


@pytest.mark.usefixtures("demo_db")
def test_a_change_the_rules_refuse_is_explained_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reunions = open_reunions(window)
    gid = plan(reunions, monkeypatch, AFTER_DEMO + dt.timedelta(days=30))
    reunions.invite_button.click()
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    reunions.view.setFocus()
    reunions.view.setCurrentIndex(reunions.model.index(0, 0))
    qtbot.keyClick(reunions.view, Qt.Key.Key_D)  # attended, a month before the day
    assert errors and "on the day" in errors[0]
    assert set(statuses(db, gid).values()) == {INVITED}
    assert not reunions.undo_button.isEnabled()


@pytest.mark.usefixtures("demo_db")
def test_filters_and_delete_asks_first(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reunions = open_reunions(window)
    reunions.year.setCurrentIndex(reunions.year.findData(2026))
    assert reunions.model.rowCount() == 14  # the mentor added by hand has no cohort year
    reunions.year.setCurrentIndex(0)
    assert reunions.model.rowCount() == 27
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    reunions.delete_button.click()
    assert "27 people" in asked[0] and reunions.list.count() == 1  # No: nothing deleted
    monkeypatch.setattr(msgbox, "question", lambda *_a: True)
    reunions.delete_button.click()
    assert reunions.list.count() == 0 and reunions.model.rowCount() == 0
    with db.read() as session:
        assert gatherings.list_gatherings(session, 1) == []


@pytest.mark.usefixtures("demo_db")
def test_the_alumni_tab(window: MainWindow) -> None:
    reunions = open_reunions(window)
    reunions.tabs.setCurrentWidget(reunions.alumni)
    tab = reunions.alumni
    assert "26 former participants" in tab.summary.text() and "(58" in tab.summary.text()
    years = {
        tab.by_year.item(r, 0).text(): tab.by_year.item(r, 1).text()
        for r in range(tab.by_year.rowCount())
    }
    assert years == {"2024": "6", "2025": "6", "2026": "14"}
    assert tab.by_organization.item(0, 0).text() == "Alingsås kommun"
    assert tab.list.rowCount() == 26
    row = next(r for r in range(26) if tab.list.item(r, 0).text().startswith("Nordén"))
    tab.list.setCurrentCell(row, 0)
    text = tab.history.toPlainText()
    assert "Lena Nordén" in text and "Återträff 2026: attended" in text


def test_letters_are_keys() -> None:
    from ui.reunion_list import KEYS

    for status in (ACCEPTED, DECLINED, ATTENDED, ABSENT):
        letter = status_letter(status)
        assert KEYS[getattr(Qt.Key, f"Key_{letter}")] == status


def test_invitee_model(qtmodeltester: object, demo_db: Database) -> None:
    from ui.reunion_list import InviteeModel

    with demo_db.read() as session:
        (reunion,) = gatherings.list_gatherings(session, 1)
        rows = gathering_output.invitees(session, reunion.id)
    model = InviteeModel()
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
