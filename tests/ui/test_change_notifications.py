"""What a write announces, and which reads the window does again for it (and which not)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.changes import Changes
from app.db import Database
from app.domain import Language
from app.errors import KohortError
from app.services import cohorts, programs
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import on_tab
from ui import cohort_view, msgbox
from ui.attendance_model import FIRST_SESSION
from ui.cohort_view import DEPENDENT_READS, Read, load_cohort_view, reads_for
from ui.dialogs.design_dialog import DesignDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.workspace import Workspace

KINDS = [f.name for f in dataclasses.fields(Changes)]
COHORT_READS = [read for read in Read.COHORT]


# -- the mapping --------------------------------------------------------------------------


def test_every_kind_of_change_has_its_reads() -> None:
    assert set(DEPENDENT_READS) == set(KINDS)
    assert reads_for(Changes()) == Read.NONE


def test_marks_reload_what_counts_them_not_the_sidebar_or_the_register() -> None:
    reads = reads_for(Changes(marks=True))
    assert reads == Read.GRID | Read.OVERVIEW | Read.PARTICIPANTS


def test_sessions_reload_the_schedule_the_grid_and_the_counts() -> None:
    reads = reads_for(Changes(sessions=True))
    assert Read.SESSIONS in reads and Read.GRID in reads and Read.OVERVIEW in reads
    assert Read.PARTICIPANTS in reads  # eligibility counts the sessions held
    assert not reads & (Read.SIDEBAR | Read.DIPLOMAS | Read.PLANS)


def test_diplomas_reload_the_register_only() -> None:
    assert reads_for(Changes(diplomas=True)) == Read.DIPLOMAS


def test_people_reload_every_read_that_names_someone() -> None:
    reads = reads_for(Changes(people=True))
    for read in (Read.PARTICIPANTS, Read.GRID, Read.DIPLOMAS, Read.PLANS, Read.ORGANIZATIONS):
        assert read in reads
    assert Read.SIDEBAR not in reads


@pytest.mark.parametrize("kind", ["programs", "cohort"])
def test_programmes_and_cohort_settings_reload_the_sidebar_and_all_of_the_cohort(
    kind: str,
) -> None:
    assert reads_for(Changes(**{kind: True})) == Read.SIDEBAR | Read.COHORT


def test_reads_of_a_union_are_the_union_of_the_reads() -> None:
    for first in KINDS:
        for second in KINDS:
            a, b = Changes(**{first: True}), Changes(**{second: True})
            assert reads_for(a | b) == reads_for(a) | reads_for(b)


def test_every_read_is_made_again_for_some_kind_of_change() -> None:
    reloaded = Read.NONE
    for kind in KINDS:
        reloaded |= reads_for(Changes(**{kind: True}))
    assert reloaded == Read.SIDEBAR | Read.COHORT


def test_a_partial_view_holds_only_its_reads_and_lays_over_the_whole(demo_db: Database) -> None:
    with demo_db.read() as s:
        fl = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")
    whole = load_cohort_view(demo_db, fl, AFTER_DEMO)
    # the action plans, the register and the organizations are read when their tab is shown
    later_reads = Read.PLANS | Read.DIPLOMAS | Read.ORGANIZATIONS
    assert whole.complete and whole.reads == Read.COHORT & ~later_reads
    assert whole.missing == later_reads and whole.plans is None and whole.issued is None
    whole = whole.updated(
        load_cohort_view(demo_db, fl, AFTER_DEMO, Read.ORGANIZATIONS, deferred=Read.NONE)
    )
    assert whole.missing == Read.PLANS | Read.DIPLOMAS and whole.organizations is not None
    part = load_cohort_view(demo_db, fl, AFTER_DEMO, Read.DIPLOMAS | Read.PLANS, deferred=Read.NONE)
    assert part.reads == Read.DIPLOMAS | Read.PLANS and not part.complete
    assert part.overview is None and part.grid is None and part.plans is not None
    laid = whole.updated(part)
    assert laid.complete and laid.plans is part.plans and laid.issued is part.issued
    assert laid.grid is whole.grid and laid.overview is whole.overview
    assert laid.reads == Read.COHORT and laid.missing == Read.NONE
    # plans and diplomas changed again, read later: what is held of them is dropped, not
    # shown stale
    later = laid.updated(load_cohort_view(demo_db, fl, AFTER_DEMO, Read.PLANS | Read.DIPLOMAS))
    assert later.plans is None and later.issued is None and later.complete
    assert later.missing == Read.PLANS | Read.DIPLOMAS


# -- the workspace announces ----------------------------------------------------------------


@pytest.fixture
def workspace(db: Database) -> Workspace:
    return Workspace(db, TaskRunner(synchronous=True))


def announced(workspace: Workspace) -> list[Changes]:
    seen: list[Changes] = []
    workspace.changed.connect(seen.append)
    return seen


def test_a_write_announces_what_it_changed(workspace: Workspace) -> None:
    seen = announced(workspace)
    workspace.write(None, lambda _s: None, changes=Changes(sessions=True))
    workspace.write(None, lambda _s: None, changes=Changes())  # nothing: nothing to say
    assert seen == [Changes(sessions=True)]


def test_quiet_writes_are_announced_once_when_released(workspace: Workspace) -> None:
    seen = announced(workspace)
    for _ in range(3):
        workspace.write(None, lambda _s: None, changes=Changes(marks=True), quiet=True)
    assert seen == []
    workspace.release_changes()
    workspace.release_changes()
    assert seen == [Changes(marks=True)]


def test_a_write_that_is_not_quiet_carries_what_quiet_writes_held(workspace: Workspace) -> None:
    seen = announced(workspace)
    workspace.write(None, lambda _s: None, changes=Changes(marks=True), quiet=True)
    workspace.write(None, lambda _s: None, changes=Changes(people=True))
    workspace.release_changes()
    assert seen == [Changes(marks=True, people=True)]


def test_a_failed_write_announces_nothing(workspace: Workspace) -> None:
    seen = announced(workspace)
    problems: list[KohortError] = []

    def fail(_s: object) -> None:
        raise KohortError("The disk is full.")

    workspace.write(None, fail, changes=Changes(diplomas=True), failed=problems.append)
    assert [str(p) for p in problems] == ["The disk is full."] and seen == []


# -- the window reloads what changed -----------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> MainWindow:
    main = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    return main


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each read's service is called from now on (the sidebar's: list_programs)."""
    counted: Counter[str] = Counter()

    def spy(module: object, name: str) -> None:
        original: Callable[..., object] = getattr(module, name)

        def counting(*args: object, **kwargs: object) -> object:
            counted[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)

    spy(programs, "list_programs")
    for name in (
        "cohort_overview",
        "list_sessions",
        "get_program",
        "list_participants",
        "list_organizations",
        "attendance_grid",
        "list_diplomas",
        "plan_overview",
    ):
        spy(cohort_view, name)
    return counted


def test_marks_reload_the_counts_when_the_grid_is_left_not_the_sidebar_or_register(
    qtbot: QtBot, window: MainWindow, calls: Counter[str]
) -> None:
    page = window.cohort_page
    page.tabs.setCurrentIndex(page.DIPLOMAS_TAB)  # the register, read when first shown
    calls.clear()
    page.tabs.setCurrentIndex(page.ATTENDANCE_TAB)
    grid = page.attendance
    row = next(
        i for i, p in enumerate(grid.model.participants) if p.person.last_name == "Strömbäck"
    )
    for session in (3, 4):
        source = grid.model.index(row, FIRST_SESSION + session - 1)
        grid.view.setCurrentIndex(grid.proxy.mapFromSource(source))
        qtbot.keyClick(grid.view, Qt.Key.Key_P)
    assert calls == Counter()  # the grid shows its own marks: nothing is read meanwhile

    page.tabs.setCurrentIndex(page.DIPLOMAS_TAB)
    # the overview and the participants follow the grid's marks: nothing is read back
    assert calls == Counter()
    assert not window.workspace.held  # nothing left to announce
    assert page.view is not None and page.view.overview is not None
    fresh = cohort_view.load_cohort_view(window.db, page.view.cohort_id, AFTER_DEMO)
    assert fresh.overview is not None and fresh.participants is not None
    assert page.view.overview.meets_rule == fresh.overview.meets_rule
    assert page.view.participants == fresh.participants  # the eligibility a read gives
    assert page.view.grid is not None and page.view.grid.marks == fresh.grid.marks  # type: ignore[union-attr]
    calls.clear()
    reloaded = Counter()
    strom = next(
        page.diplomas.model.row_at(r)
        for r in range(page.diplomas.model.rowCount())
        if page.diplomas.model.row_at(r).participant.person.last_name == "Strömbäck"
    )
    assert strom.participant.eligibility and strom.participant.eligibility.eligible
    page.tabs.setCurrentIndex(page.ATTENDANCE_TAB)
    page.tabs.setCurrentIndex(page.OVERVIEW_TAB)  # no new marks: nothing more to read
    assert calls == reloaded


def test_issuing_reloads_the_diploma_table_and_nothing_else(
    window: MainWindow, calls: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = on_tab(window, window.cohort_page.diplomas)
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.DIPLOMAS_TAB)
    assert calls == Counter(list_diplomas=1)  # the register, read when its tab is shown
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.issue()  # everyone eligible
    assert calls == Counter(list_diplomas=2)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert sum(1 for r in rows if r.diploma is not None) == 10


def test_editing_a_session_reloads_sessions_grid_and_counts_not_the_register(
    window: MainWindow, calls: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = on_tab(window, window.cohort_page.sessions)
    page.view.selectRow(0)
    monkeypatch.setattr(
        SessionDialog, "ask", lambda _parent, values, *_a: replace(values, title="Kickoff")
    )
    page.edit_session()
    assert not calls["list_diplomas"] and not calls["plan_overview"]
    assert not calls["list_programs"]  # the sidebar stays as it is
    assert calls["list_sessions"] and calls["attendance_grid"] == 1
    assert calls["cohort_overview"] == 1
    titles = {page.model.row_at(r).title for r in range(page.model.rowCount())}
    assert "Kickoff" in titles
    grid = on_tab(window, window.cohort_page.attendance).model
    assert "Kickoff" in {s.title for s in grid.sessions}


def test_a_cohort_setting_reloads_the_sidebar_and_all_of_the_cohort(
    window: MainWindow, calls: Counter[str]
) -> None:
    window.workspace.write(window, lambda _s: None, changes=Changes(cohort=True))
    assert calls["list_programs"] == 1 and calls["cohort_overview"] == 1
    tabs = {
        "plan_overview": window.cohort_page.PLANS_TAB,
        "list_diplomas": window.cohort_page.DIPLOMAS_TAB,
        "list_organizations": window.cohort_page.PARTICIPANTS_TAB,
    }
    for name, tab in tabs.items():
        assert calls[name] == 0, name  # read when its tab is shown
        window.cohort_page.show_tab(tab)
        assert calls[name] == 1, name
        window.cohort_page.show_tab(window.cohort_page.OVERVIEW_TAB)
        window.cohort_page.show_tab(tab)
        assert calls[name] == 1, name  # once


@pytest.mark.parametrize("as_programme_default", [False, True])
def test_a_saved_design_reloads_what_the_sidebar_edits_from(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, as_programme_default: bool
) -> None:
    """The design holds the cohort's language and the programme's diploma place: editing
    the cohort or programme next must start from them, or saving would put the old back."""

    def run(dialog: DesignDialog) -> tuple[object, bool]:
        chosen = replace(dialog.settings(), language=Language.ENGLISH, place="Vårgårda")
        return chosen, as_programme_default

    monkeypatch.setattr(DesignDialog, "run", run)
    on_tab(window, window.cohort_page.diplomas).design()
    cohort, program = window.sidebar.current_cohort(), window.sidebar.current_program()
    assert cohort is not None and cohort.language == Language.ENGLISH
    assert program is not None
    assert (program.diploma_place == "Vårgårda") == as_programme_default
