"""Opening a cohort fills the tab in view; the others are filled when they are shown, and
the probable duplicates are found after the cohort is shown (calls counted, never timed)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.changes import Changes
from app.db import Database
from app.domain import Role
from app.services import cohorts, duplicates, enrollments
from app.services import people as people_service
from app.services.people import PersonFields
from tests.ui.test_main_window import select_cohort
from ui import cohort_view
from ui.attendance_model import FIRST_SESSION, AttendanceModel
from ui.cohort_page import CohortPage
from ui.main_window import MainWindow

FILLS = {
    CohortPage.OVERVIEW_TAB: ("overview", "show_overview"),
    CohortPage.SESSIONS_TAB: ("sessions", "show_sessions"),
    CohortPage.PARTICIPANTS_TAB: ("participants", "show_participants"),
    CohortPage.ATTENDANCE_TAB: ("attendance", "show_grid"),
    CohortPage.DIPLOMAS_TAB: ("diplomas", "show_diplomas"),
    CohortPage.PLANS_TAB: ("plans", "show_plans"),
}


@pytest.fixture
def fills(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    """How often each tab is filled from now on, by tab index."""
    counted: Counter[int] = Counter()
    page = window.cohort_page
    for tab, (name, method) in FILLS.items():
        widget = getattr(page, name)
        original = getattr(widget, method)

        def counting(*args: object, tab: int = tab, original: object = original) -> None:
            counted[tab] += 1
            original(*args)  # type: ignore[operator]

        monkeypatch.setattr(widget, method, counting)
    return counted


def choose(window: MainWindow, code: str) -> None:
    """Choose the cohort of programme ``code`` in the sidebar (its page is loaded)."""
    window.tree.setCurrentIndex(QModelIndex())
    select_cohort(window, code)


def test_only_the_tab_in_view_is_filled_the_others_when_shown(
    window: MainWindow, fills: Counter[int], demo_db: Database
) -> None:
    page = window.cohort_page
    page.show_tab(page.SESSIONS_TAB)
    fills.clear()
    choose(window, "LEC")
    assert page.view is not None and page.participants.model.rowCount() == 0
    assert fills == Counter({page.SESSIONS_TAB: 1})  # hidden tabs: not filled
    for tab in (page.PARTICIPANTS_TAB, page.DIPLOMAS_TAB, page.PLANS_TAB, page.ATTENDANCE_TAB):
        page.show_tab(tab)
    assert page.participants.model.rowCount() > 0 and page.attendance.model.grid is not None
    page.show_tab(page.OVERVIEW_TAB)
    page.show_tab(page.PARTICIPANTS_TAB)  # nothing changed since: not filled again
    assert fills == Counter(dict.fromkeys(FILLS, 1))


def test_the_action_plans_are_read_when_their_tab_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    read: list[int] = []
    original = cohort_view.plan_overview

    def counting(*args: object, **kwargs: object) -> object:
        read.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cohort_view, "plan_overview", counting)
    page = window.cohort_page
    page.show_tab(page.OVERVIEW_TAB)
    choose(window, "LEC")
    assert not read and page.plans.model.rowCount() == 0
    page.show_tab(page.PLANS_TAB)
    assert len(read) == 1 and page.plans.model.rowCount() > 0


def test_a_change_refills_a_hidden_tab_only_when_it_is_shown(
    window: MainWindow, fills: Counter[int], demo_db: Database
) -> None:
    page = window.cohort_page
    page.show_tab(page.PARTICIPANTS_TAB)
    page.participants.filter_edit.setText("a")  # what is typed stays
    page.show_tab(page.OVERVIEW_TAB)
    fills.clear()
    window.workspace.write(window, lambda _s: None, changes=Changes(people=True))
    assert page.PARTICIPANTS_TAB not in fills and fills[page.OVERVIEW_TAB] == 1
    page.show_tab(page.PARTICIPANTS_TAB)
    assert fills[page.PARTICIPANTS_TAB] == 1
    assert page.participants.filter_edit.text() == "a"


def test_duplicates_are_found_after_the_cohort_is_shown(
    qtbot: QtBot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        twin = people_service.create_person(
            s, PersonFields("Johan", "Ekström", email="JOHAN.EKSTROM@alingsas.se")
        )
        enrollments.enroll(s, cohort_id=fl.id, person_id=twin.id, role=Role.GUEST)
    found: list[int] = []
    original = duplicates.probable_duplicates

    def counting(*args: object, **kwargs: object) -> object:
        found.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(duplicates, "probable_duplicates", counting)
    page = window.cohort_page
    page.show_tab(page.OVERVIEW_TAB)
    qtbot.wait(10)  # what the fixture's opening started
    found.clear()
    page.view = None  # as when coming from another cohort
    choose(window, "FL")
    assert not found  # not while opening
    assert "probable duplicate" not in page.overview.text.text()
    qtbot.waitUntil(lambda: "probable duplicate" in page.overview.text.text())
    assert len(found) == 1
    # no person changed: the pair found is shown, not looked for again
    window.workspace.write(window, lambda _s: None, changes=Changes(marks=True))
    assert "probable duplicate" in page.overview.text.text()
    qtbot.wait(10)
    assert len(found) == 1


def test_the_grid_is_kept_not_rebuilt_when_its_marks_come_back_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    built: list[int] = []
    original = AttendanceModel.set_grid

    def counting(self: AttendanceModel, grid: object) -> None:
        built.append(1)
        original(self, grid)  # type: ignore[arg-type]

    monkeypatch.setattr(AttendanceModel, "set_grid", counting)
    page = window.cohort_page
    page.show_tab(page.ATTENDANCE_TAB)
    grid = page.attendance
    built.clear()
    grid.view.setCurrentIndex(grid.proxy.mapFromSource(grid.model.index(0, FIRST_SESSION)))
    qtbot.keyClick(grid.view, Qt.Key.Key_X)
    page.show_tab(page.OVERVIEW_TAB)  # leaving the grid: the other tabs read the marks
    page.show_tab(page.ATTENDANCE_TAB)
    assert not built  # the grid read shows what was on screen: kept
    assert grid.model.grid is not None and grid.model.marks == grid.model.grid.marks


def test_an_empty_cohort_says_it_has_no_participants_yet(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    """Not "0 of 0 participants eligible for a diploma"."""
    import datetime as dt

    from tests.ui.test_main_window import select_cohort_by_id

    with demo_db.write() as s:
        source = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
        empty = cohorts.duplicate_cohort(
            s, source.id, name="Nästa omgång", start_date=dt.date(2030, 1, 7)
        )
    window.refresh()
    select_cohort_by_id(window, empty.id)
    qtbot.waitUntil(lambda: "Nästa omgång" in window.cohort_page.header.text())
    text = window.cohort_page.header.text()
    assert "no participants yet" in text
    assert "0 of 0" not in text
