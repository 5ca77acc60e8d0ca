"""Big cohorts: the grid and the participants filter do work in proportion to the rows they
touch (calls counted, never timed; the figures are in benchmarks/bench_big_cohorts.py)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.domain import AttendanceStatus
from app.services import cohorts
from app.services.attendance import Mark, MarkChange
from app.services.grid import AttendanceGrid, attendance_grid
from tests.conftest import AFTER_DEMO
from ui.attendance_model import (
    ATTENDED,
    FIRST_SESSION,
    MARK_ROLE,
    AttendanceModel,
    GridSortProxy,
)
from ui.table_models import ROW_ROLE


class CountingTuple(tuple[Any, ...]):
    """A tuple that counts how many of its items are read, however they are read."""

    reads = 0

    def __iter__(self) -> Any:
        for item in super().__iter__():
            CountingTuple.reads += 1
            yield item

    def __getitem__(self, index: Any) -> Any:
        CountingTuple.reads += 1
        return super().__getitem__(index)


def big_grid(demo_db: Database, people: int) -> AttendanceGrid:
    """The demo's grid with ``people`` rows, copies of its first participant."""
    with demo_db.read() as s:
        fl = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        grid = attendance_grid(s, fl, today=AFTER_DEMO)
    first = grid.participants[0]
    rows = CountingTuple(
        dataclasses.replace(first, enrollment_id=100_000 + i) for i in range(people)
    )
    return dataclasses.replace(grid, participants=rows, marks={})


@pytest.mark.parametrize("people", [50, 400])
def test_marking_a_whole_column_reads_each_row_a_few_times(demo_db: Database, people: int) -> None:
    grid = big_grid(demo_db, people)
    model = AttendanceModel()  # no view: what is counted is the model's own work
    model.set_grid(grid)
    emitted: list[object] = []
    model.dataChanged.connect(lambda *args: emitted.append(args))
    session = grid.sessions[0]
    changes = [
        MarkChange(p.enrollment_id, session.id, Mark(AttendanceStatus.PRESENT))
        for p in grid.participants
    ]
    CountingTuple.reads = 0
    model.apply(changes)
    # Each changed row is found by its id, not by searching the list (N²/2 reads), and the
    # column is announced in one signal, not one per cell (each makes the proxy re-sort).
    assert CountingTuple.reads <= 3 * people
    assert len(emitted) == 1  # the column of marks with the attended/diploma columns
    assert all(
        model.mark_at(row, FIRST_SESSION) == Mark(AttendanceStatus.PRESENT) for row in range(people)
    )
    assert all(model.eligibility(row).attended == 1 for row in range(people))


def test_a_sorted_grid_follows_a_whole_column_marked(demo_db: Database) -> None:
    grid = big_grid(demo_db, 30)
    model = AttendanceModel()
    proxy = GridSortProxy()
    proxy.setSourceModel(model)
    model.set_grid(grid)
    proxy.sort(FIRST_SESSION)
    session = grid.sessions[0]
    half = [
        MarkChange(p.enrollment_id, session.id, Mark(AttendanceStatus.ABSENT))
        for p in grid.participants[::2]
    ]
    assert model.totals(session).recorded == 0  # counted once, kept until marked
    model.apply(half)
    assert model.totals(session).recorded == 15
    shown = [proxy.index(r, FIRST_SESSION).data(MARK_ROLE) for r in range(proxy.rowCount())]
    assert shown == [None] * 15 + [Mark(AttendanceStatus.ABSENT)] * 15


def test_scattered_marks_are_announced_run_by_run(demo_db: Database) -> None:
    grid = big_grid(demo_db, 10)
    model = AttendanceModel()
    model.set_grid(grid)
    emitted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): emitted.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    session = grid.sessions[1]
    rows = [1, 2, 3, 7]
    model.apply(
        [
            MarkChange(grid.participants[r].enrollment_id, session.id, Mark(AttendanceStatus.LATE))
            for r in rows
        ]
        + [MarkChange(999_999, session.id, Mark(AttendanceStatus.LATE))]  # not on the grid
    )
    column = FIRST_SESSION + 1
    # each run of rows once, its marks with its attended and diploma columns
    assert emitted == [(1, ATTENDED, 3, column), (7, ATTENDED, 7, column)]
    with pytest.raises(ValueError):
        model.row_of(999_999)
    assert model.row_of(grid.participants[7].enrollment_id) == 7
    assert model.column_of(session.id) == column


def test_a_keystroke_in_the_participants_filter_folds_only_the_typed_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app import text
    from app.domain import EnrollmentStatus, Role
    from app.services.enrollments import ParticipantInfo
    from app.services.people import PersonInfo
    from ui.table_models import ParticipantFilter, ParticipantTableModel

    names = [
        ("Kari", "Ødegård", "Borås Stad", "kari@example.no", None),
        ("Åsa", "Öberg", None, None, "Åsa Öberg-Lind"),
        ("Ánde", "Ŋuolja", "Sámediggi", None, None),
    ] + [(f"Per{i}", f"Berg{i}", "Alingsås kommun", f"p{i}@example.se", None) for i in range(200)]
    rows = [
        ParticipantInfo(
            i,
            PersonInfo(i, first, last, printed, email, None, None, org, None, False),
            Role.PARTICIPANT,
            EnrollmentStatus.ENROLLED,
            None,
            None,
            False,
            None,
        )
        for i, (first, last, org, email, printed) in enumerate(names, 1)
    ]
    model = ParticipantTableModel()
    proxy = ParticipantFilter()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    folds = 0
    fold = text.search_key

    def counting(value: str) -> str:
        nonlocal folds
        folds += 1
        return fold(value)

    monkeypatch.setattr(text, "search_key", counting)

    def found(typed: str) -> list[str]:
        proxy.set_words(typed)
        return [
            model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).person.last_name
            for r in range(proxy.rowCount())
        ]

    assert found("odegard") == ["Ødegård"]
    assert found("ØDEGÅRD boras") == ["Ødegård"]
    assert found("aasa lind") == ["Öberg"]  # the name as printed counts too
    assert found("nuolja ande") == ["Ŋuolja"]
    assert len(found("alingsas")) == 200
    assert found("p17@") == ["Berg17"]
    assert folds == 9  # the words typed, never the rows
    for typed in ("odegard", "berg1", "ås", "example"):  # the same as the rule for one row
        words = text.search_words(typed)
        assert len(found(typed)) == sum(
            text.matches_words(
                words,
                p.person.first_name,
                p.person.last_name,
                p.person.organization,
                p.person.email,
                p.person.name_as_printed,
            )
            for p in rows
        )

    proxy.set_words("alingsas")
    model.set_rows(rows[:150])  # new rows under the same words: found again
    assert proxy.rowCount() == 147
    proxy.sort(ParticipantTableModel.EMAIL, Qt.SortOrder.DescendingOrder)  # a new order too
    shown = [proxy.index(r, ParticipantTableModel.EMAIL).data() for r in range(proxy.rowCount())]
    assert len(shown) == 147 and all(e.startswith("p") for e in shown)


def test_opening_a_cohort_reads_each_thing_once(demo_db: Database) -> None:
    from sqlalchemy import event

    from ui.cohort_view import load_cohort_view

    with demo_db.read() as s:
        fl = next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")
    statements: list[str] = []

    def record(statement: str) -> None:
        statements.append(" ".join(statement.split()))

    def trace(dbapi_connection: Any, *_args: object) -> None:  # as SQLite runs them, plain too
        dbapi_connection.set_trace_callback(record)

    event.listen(demo_db.engine, "checkout", trace)
    try:
        view = load_cohort_view(demo_db, fl, AFTER_DEMO)
    finally:
        event.remove(demo_db.engine, "checkout", trace)
        statements.append("")  # the connection back in the pool: untraced from here on
    statements = [s for s in statements if s.startswith("SELECT")]
    assert view.complete

    def reads(start: str) -> int:
        return sum(1 for s in statements if s.startswith(start))

    assert reads("SELECT cohort.id, cohort.program_id") == 1  # the cohort row
    assert reads("SELECT e.id, e.role") == 1  # the participants
    assert reads("SELECT a.enrollment_id") == 1  # the marks
    # duplicates read every person in the database: found after the cohort is shown
    assert reads("SELECT person.id, person.email") == 0
    assert reads("SELECT action_plan.id") == 0  # read when the Action plans tab is shown
    assert len(statements) <= 11, statements  # 70 and more before, for the demo cohort


def test_tables_sort_their_rows_once_not_per_comparison() -> None:
    from app.domain import EnrollmentStatus, Role
    from app.services.enrollments import ParticipantInfo
    from app.services.people import PersonInfo
    from ui.table_models import ParticipantFilter, ParticipantTableModel

    rows = [
        ParticipantInfo(
            i,
            PersonInfo(i, f"P{i}", last, None, None, None, None, org, None, False),
            Role.PARTICIPANT,
            EnrollmentStatus.ENROLLED,
            None,
            None,
            False,
            None,
        )
        for i, (last, org) in enumerate(
            [("Öberg", "B"), ("Berg", None), ("Åkerlund", "A"), ("Andersson", "B")] * 50
        )
    ]
    model = ParticipantTableModel()
    proxy = ParticipantFilter()
    proxy.setSourceModel(model)
    proxy.sort(ParticipantTableModel.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows)
    asked = 0
    data, sort_value = ParticipantTableModel.data, ParticipantTableModel.sort_value

    def counting(original: Any) -> Any:
        def call(*args: Any) -> Any:
            nonlocal asked
            asked += 1
            return original(*args)

        return call

    ParticipantTableModel.data = counting(data)  # type: ignore[method-assign]
    ParticipantTableModel.sort_value = counting(sort_value)  # type: ignore[method-assign]
    try:
        proxy.sort(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
        proxy.set_words("berg")
        proxy.set_words("")
        # keys worked out once per column and sorted in Python: no call per comparison
        assert asked <= 2
    finally:
        ParticipantTableModel.data = data  # type: ignore[method-assign]
        ParticipantTableModel.sort_value = sort_value  # type: ignore[method-assign]
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert len(names) == 200  # Å and Ö after Z:
    assert [n.split(",")[0] for n in names[::50]] == ["Andersson", "Berg", "Åkerlund", "Öberg"]
    proxy.sort(ParticipantTableModel.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    organizations = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert organizations == ["B"] * 100 + ["A"] * 50 + [""] * 50


def test_the_grid_judges_each_row_as_the_rule_does(demo_db: Database) -> None:
    from app.rules import Override, SessionMark, evaluate

    with demo_db.read() as s:
        for cohort in cohorts.list_cohorts(s):
            for today in (AFTER_DEMO, cohort.start_date or AFTER_DEMO):
                grid = attendance_grid(s, cohort.id, today=today)
                for p in grid.participants:
                    current = p.eligibility.override if p.eligibility else None
                    expected = evaluate(
                        grid.rule,
                        [
                            SessionMark(
                                x.date,
                                x.mandatory,
                                x.cancelled,
                                m.status
                                if (m := grid.marks.get((p.enrollment_id, x.id)))
                                else None,
                            )
                            for x in grid.sessions
                        ],
                        today=today,
                        has_action_plan=p.has_action_plan,
                        override=Override(current.eligible, current.reason) if current else None,
                        cohort_completed=grid.cohort_completed,
                    )
                    assert grid.eligibility(p) == expected


def test_a_keystroke_in_the_participants_filter_works_out_the_rows_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which rows match is worked out once per keystroke (and once per new set of rows),
    never a call per row: Qt asks the filter about every row at each key typed."""
    from app import text
    from app.domain import EnrollmentStatus, Role
    from app.services.enrollments import ParticipantInfo
    from app.services.people import PersonInfo
    from ui.table_models import ParticipantFilter, ParticipantTableModel

    rows = [
        ParticipantInfo(
            i,
            PersonInfo(i, f"Åsa{i}", f"Öberg{i % 7}", None, None, None, None, "Borås", None, False),
            Role.PARTICIPANT,
            EnrollmentStatus.ENROLLED,
            None,
            None,
            False,
            None,
        )
        for i in range(1, 301)
    ]
    model = ParticipantTableModel()
    proxy = ParticipantFilter()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    calls = {"matching": 0, "matches_text": 0}
    matching, matches_text = ParticipantTableModel.matching, text.matches_text

    def counting_matching(self: ParticipantTableModel, words: list[str]) -> list[bool]:
        calls["matching"] += 1
        return matching(self, words)

    def counting_matches_text(words: list[str], folded: str) -> bool:
        calls["matches_text"] += 1
        return matches_text(words, folded)

    monkeypatch.setattr(ParticipantTableModel, "matching", counting_matching)
    monkeypatch.setattr(text, "matches_text", counting_matches_text)
    for typed in ("å", "ås", "åsa öberg3", "asa1 oberg", "", "boras 29"):
        proxy.set_words(typed)
        words = text.search_words(typed)
        expected = [r for r, p in enumerate(rows) if matches_text(words, model.search_text(r))]
        shown = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
        assert shown == expected
    assert calls == {"matching": 6, "matches_text": 0}
    model.set_rows(rows[:100])  # new rows: worked out again, once
    assert calls["matching"] == 7
    assert proxy.rowCount() == sum(
        matches_text(text.search_words("boras 29"), model.search_text(r)) for r in range(100)
    )


def test_the_grid_sorts_over_keys_worked_out_once_guests_last(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorting works out each row's key once per column (N calls), not in each of the
    N log N comparisons; the guests stay after the participants in either direction."""
    from app.domain import Role

    grid = big_grid(demo_db, 300)
    first = grid.participants[0]
    rows = tuple(
        dataclasses.replace(
            p,
            person=dataclasses.replace(first.person, last_name=f"N{(i * 7919) % 300:03d}"),
            role=Role.GUEST if i % 50 == 0 else first.role,
        )
        for i, p in enumerate(grid.participants)
    )
    grid = dataclasses.replace(grid, participants=rows)
    model = AttendanceModel()
    proxy = GridSortProxy()
    proxy.setSourceModel(model)
    calls = 0
    original = model.sort_value

    def counting(row: int, column: int) -> str | float:
        nonlocal calls
        calls += 1
        return original(row, column)

    monkeypatch.setattr(model, "sort_value", counting)
    model.set_grid(grid)
    assert calls == 300  # the names, once
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        calls = 0
        proxy.sort(0, order)
        assert calls == 0  # the names' keys are kept
        names = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
        guests = [p.role == Role.GUEST for p in names]
        assert guests == [False] * 294 + [True] * 6
        surnames = [p.person.last_name for p in names[:294]]
        assert surnames == sorted(surnames, reverse=order == Qt.SortOrder.DescendingOrder)
    calls = 0
    proxy.sort(ATTENDED, Qt.SortOrder.DescendingOrder)
    assert calls == 300  # each row's rate, once
    row = proxy.index(5, 0).data(ROW_ROLE)
    assert model.participants[proxy.mapToSource(proxy.index(5, 0)).row()] == row
    assert model.row_of(row.enrollment_id) == proxy.mapToSource(proxy.index(5, 0)).row()
