"""Benchmark: attendance for a cohort of 2,000 participants × 12 sessions.

Prints, in one run:
- loading the grid (the service the attendance page calls), against reading the same rows
  with plain sqlite3 (target: at most 2.5× and under 250 ms);
- committing one mark, as a keystroke in the grid does (target: under 20 ms);
- the sign-in sheet for 2,000 names.

    python benchmarks/bench_attendance.py
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db import open_database  # noqa: E402
from app.domain import AttendanceStatus  # noqa: E402
from app.models import Attendance, Enrollment, Organization, Person  # noqa: E402
from app.services import attendance, cohorts, programs, signin  # noqa: E402
from app.services.attendance import Mark, MarkChange  # noqa: E402
from app.services.cohorts import CohortFields  # noqa: E402
from app.services.grid import attendance_grid  # noqa: E402
from app.services.programs import ProgramFields  # noqa: E402
from app.services.sessions import SessionFields, create_series  # noqa: E402

PEOPLE, SESSIONS, RUNS = 2000, 12, 7
TODAY = dt.date(2027, 6, 1)
RAW_QUERY = """
SELECT p.id, p.first_name, p.last_name, o.name, e.id, e.role, e.status
FROM enrollment e JOIN person p ON p.id = e.person_id
LEFT JOIN organization o ON o.id = p.organization_id WHERE e.cohort_id = ?;
"""
RAW_MARKS = """
SELECT a.enrollment_id, a.session_id, a.status, a.note FROM attendance a
JOIN enrollment e ON e.id = a.enrollment_id WHERE e.cohort_id = ?;
"""


def build(folder: Path) -> tuple[Path, int, list[int], list[int]]:
    rng = random.Random(3)
    path = folder / "bench.sqlite3"
    with open_database(str(path)) as db, db.write() as s:
        program = programs.create_program(s, ProgramFields("Bench", "B"))
        cohort = cohorts.create_cohort(s, program.id, CohortFields("Big", dt.date(2026, 9, 1)))
        series = create_series(
            s, cohort.id, SessionFields("Träff", dt.date(2026, 9, 2)), count=SESSIONS, every_days=21
        )
        orgs = [Organization(name=f"Kommun {i}") for i in range(40)]
        s.add_all(orgs)
        s.flush()
        people = [
            Person(
                first_name=f"Förnamn{i}",
                last_name=f"Efternamn{i}",
                organization_id=rng.choice(orgs).id,
            )
            for i in range(PEOPLE)
        ]
        s.add_all(people)
        s.flush()
        enrollments = [Enrollment(cohort_id=cohort.id, person_id=p.id) for p in people]
        s.add_all(enrollments)
        s.flush()
        statuses = list(AttendanceStatus)
        s.add_all(
            Attendance(
                enrollment_id=e.id,
                session_id=x.id,
                status=rng.choices(statuses, weights=[80, 6, 4, 5, 5])[0],
            )
            for e in enrollments
            for x in series
        )
        return path, cohort.id, [e.id for e in enrollments], [x.id for x in series]


def timed(fn, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, cohort_id, enrollment_ids, session_ids = build(folder)

        def raw() -> None:
            con = sqlite3.connect(path)
            con.execute(RAW_QUERY, (cohort_id,)).fetchall()
            con.execute(RAW_MARKS, (cohort_id,)).fetchall()
            con.close()

        raw_s = timed(raw)
        db = open_database(str(path))

        def grid() -> None:
            with db.read() as s:
                attendance_grid(s, cohort_id, today=TODAY)

        grid_s = timed(grid)
        rng = random.Random(5)
        statuses = list(AttendanceStatus)

        def one_mark() -> None:
            change = MarkChange(
                rng.choice(enrollment_ids), rng.choice(session_ids), Mark(rng.choice(statuses))
            )
            with db.write() as s:
                attendance.set_marks(s, [change])

        mark_s = timed(one_mark, runs=25)
        first = session_ids[0]

        def sheet() -> None:
            with db.read() as s:
                signin.write_signin_sheet(s, first, folder / "sheet.pdf")

        sheet_s = timed(sheet, runs=3)
        db.close()
    print(
        f"cohort: {PEOPLE} participants × {SESSIONS} sessions "
        f"({PEOPLE * SESSIONS} marks), median of {RUNS}"
    )
    print(f"plain sqlite3 read of the same rows: {raw_s * 1000:.0f} ms")
    print(
        f"load attendance grid:                {grid_s * 1000:.0f} ms "
        f"(ratio {grid_s / raw_s:.1f}×; targets ≤ 2.5× and < 250 ms)"
    )
    print(f"commit one mark:                     {mark_s * 1000:.1f} ms (target < 20 ms)")
    print(f"sign-in sheet, {PEOPLE} names:         {sheet_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
