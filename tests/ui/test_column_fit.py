"""An 80-character name does not push the key columns out of sight at 1366×768: the
reunion list's status, the Diplomas tab's diploma number, the alumni counts and cohorts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QTableView

from app.db import Database
from app.domain import EnrollmentStatus, InviteeStatus
from app.services import diploma_register, enrollments, gatherings, people
from app.services.gatherings import GatheringFields
from app.services.people import PersonFields
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import on_tab
from tests.ui.test_reunions_window import open_reunions
from ui.column_fit import shared_width
from ui.main_window import MainWindow

FIRST, LAST = "Karl-Johan Maximilian", "Lindqvist-Östergren af Wetterstedt-Söderholm-Jäätteenmäki"
ORGANIZATION = "Västra Götalandsregionen, Koncernkontoret, Regionutvecklingsnämnden"


def in_sight(view: QTableView, column: int) -> bool:
    """The whole column is inside the view, without scrolling sideways."""
    right = view.columnViewportPosition(column) + view.columnWidth(column)
    return (
        view.horizontalScrollBar().value() == 0
        and right <= view.viewport().width()
        and view.columnWidth(column) >= view.sizeHintForColumn(column)
    )


@pytest.fixture
def long_name(demo_db: Database) -> int:
    """A participant of Omgång 3 with the longest name, completed and issued a diploma, and
    on the list of a reunion on the day."""
    with demo_db.write() as s:
        person = people.create_person(
            s, PersonFields(first_name=FIRST, last_name=LAST, organization=ORGANIZATION)
        )
        enrollment = enrollments.enroll(
            s, cohort_id=1, person_id=person.id, status=EnrollmentStatus.COMPLETED
        )
        plan = diploma_register.issue_plan(s, 1, None, today=AFTER_DEMO)
        chosen = [c.enrollment_id for c in plan.to_issue] + [enrollment]
        diploma_register.issue_diplomas(s, 1, chosen, today=AFTER_DEMO, confirm_ineligible="x")
        reunion = gatherings.create_gathering(
            s, 1, GatheringFields(title="Återträff", date=AFTER_DEMO)
        )
        gatherings.invite_alumni(s, reunion.id)
    return reunion.id


def test_the_reunion_list_keeps_the_status_in_sight(window: MainWindow, long_name: int) -> None:
    reunions = open_reunions(window)
    reunions.resize(1180, 680)
    reunions.show()
    reunions.reload(select=long_name)
    view = reunions.view
    assert any(r.last_name == LAST for r in reunions.model.rows)
    assert in_sight(view, 4)
    assert view.columnWidth(0) < view.sizeHintForColumn(0)  # the name is elided
    view.setFocus()
    reunions.change_status([0], InviteeStatus.ABSENT)  # a wider status
    assert in_sight(view, 4)


def test_the_diplomas_tab_keeps_the_number_in_sight(window: MainWindow, long_name: int) -> None:
    window.resize(1366, 768)
    window.refresh()
    page = on_tab(window, window.cohort_page.diplomas)
    assert page.cohort_id == 1
    texts = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert f"{LAST}, {FIRST}" in texts
    for column in (2, 3, 4):  # diploma, issued (the number), printed
        assert in_sight(page.view, column), column


def test_the_alumni_tab_keeps_counts_and_cohorts_in_sight(
    window: MainWindow, long_name: int
) -> None:
    reunions = open_reunions(window)
    reunions.resize(1180, 680)
    reunions.show()
    reunions.tabs.setCurrentWidget(reunions.alumni)
    tab = reunions.alumni
    organizations = [
        tab.by_organization.item(r, 0).text() for r in range(tab.by_organization.rowCount())
    ]
    assert ORGANIZATION in organizations
    assert in_sight(tab.by_organization, 1)
    assert in_sight(tab.by_year, 1)
    assert in_sight(tab.list, 2)  # "Omgång 3, 2025/2026", whole


@given(
    st.lists(st.integers(1, 2000), min_size=1, max_size=6),
    st.integers(-100, 3000),
    st.integers(0, 200),
)
def test_shared_width(widths: list[int], room: int, least: int) -> None:
    shared = shared_width(widths, room, least)
    assert all(min(w, least) <= s <= w for w, s in zip(widths, shared, strict=True))
    if sum(widths) <= room:
        assert shared == widths
    elif sum(min(w, least) for w in widths) <= room:
        assert sum(shared) <= room
        # the room is used: a column is cut only as far as it must be
        assert sum(shared) > room - len(widths)
