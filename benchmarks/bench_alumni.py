"""Benchmark: the alumni view and a reunion's invitation list over a large programme.

Run: ``python benchmarks/bench_alumni.py [--people 5000] [--cohorts 200] [--runs 7]``.
Not part of the test run. Builds a migrated SQLite database in a temporary folder with one
programme of ``--cohorts`` cohorts (20 a year), ``--people`` people spread over them (one in
five took a second cohort), two thirds completed or with a diploma, 40 organizations, and
ten reunions with every alumnus invited and realistic answers. Then times, as the window
and `kohort alumni` run them: the programme's figures (by year, by organization, return
rate), the candidate list with and without filters, one reunion's invitation list, and one
person's history. Prints the median and the min–max of ``--runs`` runs of each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def build(path: Path, people: int, cohorts: int, seed: int = 17) -> tuple[int, int, int]:
    """Fill the database; returns (programme id, a reunion id, a person id)."""
    from sqlalchemy import insert

    from app.db import open_database
    from app.domain import EnrollmentStatus, InviteeStatus
    from app.models import (
        Cohort,
        Diploma,
        Enrollment,
        GatheringInvitee,
        Organization,
        Person,
        Program,
    )

    rnd = random.Random(seed)
    with open_database(str(path)) as db, db.write() as session:
        program = Program(name="Framtidens ledare", code="FL")
        session.add(program)
        session.flush()
        session.execute(insert(Organization), [{"name": f"Kommun {i}"} for i in range(1, 41)])
        session.execute(
            insert(Cohort),
            [
                {
                    "program_id": program.id,
                    "name": f"Omgång {i}",
                    "start_date": dt.date(2000 + i // 20, 9, 1),
                    "end_date": dt.date(2001 + i // 20, 3, 1),
                }
                for i in range(cohorts)
            ],
        )
        session.execute(
            insert(Person),
            [
                {
                    "first_name": f"Förnamn{i}",
                    "last_name": f"Efternamn{i}",
                    "email": f"p{i}@example.se",
                    "organization_id": rnd.randint(1, 40),
                }
                for i in range(people)
            ],
        )
        enrollments = []
        for pid in range(1, people + 1):
            first = rnd.randint(1, cohorts)
            taken = [first] + ([rnd.randint(1, cohorts)] if rnd.random() < 0.2 else [])
            for cid in dict.fromkeys(taken):
                roll = rnd.random()
                status = (
                    EnrollmentStatus.COMPLETED
                    if roll < 0.45
                    else EnrollmentStatus.WITHDRAWN
                    if roll < 0.55
                    else EnrollmentStatus.ENROLLED
                )
                enrollments.append({"cohort_id": cid, "person_id": pid, "status": status})
        session.execute(insert(Enrollment), enrollments)
        diplomas = [
            {
                "enrollment_id": eid,
                "serial": f"FL-{eid:06d}",
                "verification_code": f"V{eid:08d}",
                "name_as_printed": "Namn",
                "issue_date": dt.date(2020, 3, 1),
                "template": "classic",
                "record_sha256": "0" * 64,
            }
            for eid in range(1, len(enrollments) + 1)
            if enrollments[eid - 1]["status"] == EnrollmentStatus.ENROLLED and rnd.random() < 0.5
        ]
        session.execute(insert(Diploma), diplomas)
        session.flush()
        from app.services import gatherings

        reunion = 0
        for year in range(10):
            reunion = gatherings.create_gathering(
                session,
                program.id,
                gatherings.GatheringFields(
                    title=f"Återträff {2015 + year}", date=dt.date(2015 + year, 5, 1)
                ),
            ).id
            gatherings.invite_alumni(session, reunion, active_only=False)
        statuses = list(InviteeStatus)
        for row in session.query(GatheringInvitee):
            row.status = rnd.choice(statuses)
        session.flush()
        return program.id, reunion, 1


def timed(runs: int, work: Callable[[], object]) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--cohorts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from app.db import open_database
    from app.services import alumni, gathering_output, gatherings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "alumni.sqlite3"
        start = time.perf_counter()
        program_id, reunion_id, person_id = build(path, args.people, args.cohorts)
        print(
            f"built {args.people} people, {args.cohorts} cohorts, 10 reunions "
            f"in {time.perf_counter() - start:.1f} s"
        )
        with open_database(str(path)) as db, db.read() as session:
            figures = alumni.programme_alumni(session, program_id)
            invited = len(gathering_output.invitees(session, reunion_id))
            print(
                f"{figures.alumni} alumni, {len(figures.by_year)} years, "
                f"{len(figures.by_organization)} organizations, {figures.returned} came back; "
                f"{invited} on one reunion's list"
            )
            jobs: dict[str, Callable[[], object]] = {
                "programme figures": lambda: alumni.programme_alumni(session, program_id),
                "all candidates": lambda: gatherings.alumni_candidates(
                    session, program_id, active_only=False
                ),
                "candidates 2005, 5 orgs": lambda: gatherings.alumni_candidates(
                    session, program_id, years=[2005], organization_ids=range(1, 6)
                ),
                "one reunion's list": lambda: gathering_output.invitees(session, reunion_id),
                "one person's history": lambda: alumni.person_history(session, person_id),
            }
            print(f"{'':26}{'median':>10}{'min':>10}{'max':>10}   ({args.runs} runs)")
            for name, work in jobs.items():
                median, low, high = timed(args.runs, work)
                print(f"{name:26}{median * 1000:8.1f} ms{low * 1000:8.1f} ms{high * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
