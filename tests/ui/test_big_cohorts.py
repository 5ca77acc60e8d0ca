"""Big cohorts: the grid and the participants filter do work in proportion to the rows they
touch (calls counted, never timed; the figures are in benchmarks/bench_big_cohorts.py)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from app.db import Database
from app.domain import AttendanceStatus
from app.services import cohorts
from app.services.attendance import Mark, MarkChange
from app.services.grid import AttendanceGrid, attendance_grid
from tests.conftest import AFTER_DEMO
from ui.attendance_model import FIRST_SESSION, MARK_ROLE, AttendanceModel, GridSortProxy


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
    assert len(emitted) == 2  # the column of marks, and the attended/diploma columns
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
    model.apply(half)
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
    assert (1, column, 3, column) in emitted and (7, column, 7, column) in emitted
    assert len(emitted) == 4
    with pytest.raises(ValueError):
        model.row_of(999_999)
    assert model.row_of(grid.participants[7].enrollment_id) == 7
    assert model.column_of(session.id) == column
