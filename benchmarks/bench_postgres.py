"""Benchmark: the same work on a team database on PostgreSQL and on an SQLite file, in one run.

Run: ``python benchmarks/bench_postgres.py [--runs 5] [--server URL]``. Not part of the test
run. PostgreSQL is a throw-away cluster on a local Unix socket (tests/pg_server.py: Debian's
``postgresql`` package), or the server at ``--server`` / ``KOHORT_TEST_PG`` (a URL of a
database on which the benchmark may create databases). Each workload runs on both, on fresh
databases built the same way; printed: the medians, and PostgreSQL's time as a ratio of
SQLite's (target: within 2×).

- **attendance grid**: loading the grid of a cohort of 2,000 participants × 12 sessions
  (24,000 marks; the service the attendance page calls), and committing one mark;
- **import**: a 5,000-row participant list (CSV) into an empty cohort, then the same list
  corrected (every person updated);
- **500 diplomas**: issuing a cohort of 500 in the register (one transaction, serial numbers
  and verification codes), then ``kohort diplomas`` writing the ceremony file as a process
  of its own (issued already: it reads the register and draws).

The machine is shared (2 cores): expect ±15 %.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_diplomas  # noqa: E402
import bench_import  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.domain import AttendanceStatus  # noqa: E402
from app.models import Attendance, Cohort, Enrollment, Organization, Person, Program  # noqa: E402
from tests import pg_server  # noqa: E402

PEOPLE, SESSIONS = 2000, 12
IMPORT_ROWS, DIPLOMAS = 5000, 500
TODAY = dt.date(2027, 6, 1)


def median_of(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class Places:
    """Fresh databases of one kind: files in a folder, or databases on the server."""

    def __init__(self, kind: str, folder: Path, server: pg_server.Server | None) -> None:
        self.kind, self.folder, self.server = kind, folder, server
        self.made: list[str] = []

    def new(self) -> str:
        if self.server is None:
            location = str(self.folder / f"{self.kind}-{len(self.made)}.sqlite3")
        else:
            url = self.server.copy_of("template0")
            location = url.render_as_string(hide_password=False)
        self.made.append(location)
        return location

    def drop_all(self) -> None:
        if self.server is not None:
            from sqlalchemy import make_url

            for location in self.made:
                self.server.drop(make_url(location))


def grid_database(location: str) -> tuple[Database, int, list[int], list[int]]:
    from app.services import cohorts, programs
    from app.services.cohorts import CohortFields
    from app.services.programs import ProgramFields
    from app.services.sessions import SessionFields, create_series

    rng = random.Random(3)
    db = open_database(location)
    with db.write() as s:
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
        ids = (cohort.id, [e.id for e in enrollments], [x.id for x in series])
    return db, *ids


def attendance_figures(places: Places, runs: int) -> dict[str, float]:
    from app.services import attendance
    from app.services.attendance import Mark, MarkChange
    from app.services.grid import attendance_grid

    db, cohort_id, enrollment_ids, session_ids = grid_database(places.new())
    try:

        def grid() -> None:
            with db.read() as s:
                attendance_grid(s, cohort_id, today=TODAY)

        rng = random.Random(5)

        def one_mark() -> None:
            change = MarkChange(
                rng.choice(enrollment_ids), rng.choice(session_ids), Mark(AttendanceStatus.LATE)
            )
            with db.write() as s:
                attendance.set_marks(s, [change])

        grid()  # warm: the first read also loads the services
        return {
            f"attendance grid {PEOPLE} × {SESSIONS}": median_of(grid, runs),
            "commit one mark": median_of(one_mark, runs * 5),
        }
    finally:
        db.close()


def import_figures(places: Places, runs: int, folder: Path) -> dict[str, float]:
    from app.importing.reader import read_table
    from app.services.importing import import_people

    source, corrected = folder / "list.csv", folder / "corrected.csv"
    bench_import.write_csv(source, bench_import.participants(IMPORT_ROWS))
    bench_import.write_csv(corrected, bench_import.participants(IMPORT_ROWS, corrected=True))
    tables = read_table(source), read_table(corrected)
    first: list[float] = []
    again: list[float] = []
    for _ in range(runs):
        with open_database(places.new()) as db:
            with db.write() as s:
                program = Program(name="Framtidens ledare", code="FL")
                s.add(program)
                s.flush()
                cohort = Cohort(program_id=program.id, name="Omgång 1")
                s.add(cohort)
                s.flush()
                cohort_id = cohort.id
            for table, times in zip(tables, (first, again), strict=True):
                start = time.perf_counter()
                with db.write() as s:
                    report = import_people(s, cohort_id=cohort_id, table=table)
                times.append(time.perf_counter() - start)
                assert not report.errors, report.as_json()
    return {
        f"import {IMPORT_ROWS} rows, new people": statistics.median(first),
        f"import {IMPORT_ROWS} rows, all updated": statistics.median(again),
    }


def diploma_figures(places: Places, runs: int, folder: Path) -> dict[str, float]:
    from app.services.diploma_register import issue_diplomas, issue_plan

    issuing: list[float] = []
    for run in range(runs):
        location = places.new()
        cohort_id = bench_diplomas.build(location, DIPLOMAS)  # type: ignore[arg-type]
        with open_database(location) as db:
            start = time.perf_counter()
            with db.write() as s:
                plan = issue_plan(s, cohort_id, None, today=bench_diplomas.TODAY)
                chosen = [c.enrollment_id for c in plan.to_issue]
                issue_diplomas(s, cohort_id, chosen, today=bench_diplomas.TODAY)
            issuing.append(time.perf_counter() - start)
            assert len(chosen) == DIPLOMAS
        if run == 0:
            command = [sys.executable, "-m", "app.cli", "--db", location, "diplomas"]
            command += [
                "--cohort",
                str(cohort_id),
                "--out",
                str(folder / f"ceremony-{places.kind}.pdf"),
            ]
            env = {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "sv"}
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            printing = time.perf_counter() - start
    return {
        f"issue {DIPLOMAS} diplomas (register)": statistics.median(issuing),
        f"kohort diplomas, {DIPLOMAS} (process)": printing,
    }


@contextmanager
def server(given: str | None) -> Iterator[pg_server.Server]:
    if given:
        os.environ[pg_server.ENV_URL] = given
    started = pg_server.start()
    try:
        yield started
    finally:
        started.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", default=os.environ.get(pg_server.ENV_URL))
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, server(args.server) as pg:
        folder = Path(tmp)
        for kind, on in (("SQLite", None), ("PostgreSQL", pg)):
            places = Places(kind, folder, on)
            try:
                figures = attendance_figures(places, args.runs)
                figures |= import_figures(places, max(1, args.runs // 2), folder)
                figures |= diploma_figures(places, max(1, args.runs // 2), folder)
            finally:
                places.drop_all()
            results[kind] = figures
    where = "local Unix socket" if pg.base.query.get("host") else "server"
    print(f"PostgreSQL ({where}) next to SQLite (file), medians; target: within 2×")
    print(f"{'':40} {'SQLite':>10} {'PostgreSQL':>12} {'ratio':>7}")
    for name, sqlite_s in results["SQLite"].items():
        pg_s = results["PostgreSQL"][name]
        ratio = pg_s / sqlite_s
        verdict = "OK" if ratio <= 2 else "OVER 2×"
        print(f"{name:40} {sqlite_s * 1000:8.0f} ms {pg_s * 1000:10.0f} ms {ratio:6.2f}× {verdict}")


if __name__ == "__main__":
    main()
