"""Benchmark: the participants page with 5,000 people.

Prints the time to load the participant list from the database (service + model) and how
long the type-to-find filter takes to respond per keystroke (target: under 50 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_participants_table.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db import open_database  # noqa: E402
from app.models import Enrollment, Organization, Person  # noqa: E402
from app.services import cohorts, enrollments, programs  # noqa: E402
from app.services.cohorts import CohortFields  # noqa: E402
from app.services.programs import ProgramFields  # noqa: E402
from ui.table_models import ParticipantFilter, ParticipantTableModel  # noqa: E402

FIRST = ["Anna", "Åsa", "Johan", "Karin", "Per", "Sofia", "Mikael", "Zeynep", "Emir", "Ingrid"]
LAST = ["Öberg", "Ekström", "Lindqvist", "Sjöberg", "Håkansson", "Yılmaz", "Hodžić", "Nordén"]
ORGS = ["Alingsås kommun", "Borås Stad", "Ulricehamns kommun", "Vårgårda kommun", "Marks kommun"]


def main(count: int = 5000) -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        with db.write() as s:
            program = programs.create_program(s, ProgramFields("Bench", "B"))
            cohort = cohorts.create_cohort(s, program.id, CohortFields("Big"))
            orgs = [Organization(name=o) for o in ORGS]
            s.add_all(orgs)
            s.flush()
            people = [
                Person(
                    first_name=rng.choice(FIRST),
                    last_name=f"{rng.choice(LAST)}{i}",
                    email=f"person{i}@example.se",
                    organization_id=rng.choice(orgs).id,
                )
                for i in range(count)
            ]
            s.add_all(people)
            s.flush()
            s.add_all(Enrollment(cohort_id=cohort.id, person_id=p.id) for p in people)
        start = time.perf_counter()
        with db.read() as s:
            rows = enrollments.list_participants(s, cohort.id, today=dt.date.today())
        loaded = time.perf_counter() - start
        model = ParticipantTableModel()
        proxy = ParticipantFilter()
        proxy.setSourceModel(model)
        start = time.perf_counter()
        model.set_rows(rows)
        shown = time.perf_counter() - start
        timings = []
        for query in ["å", "ås", "åsa", "åsa ö", "åsa öb", "borås", "person12", "", "karin h"]:
            start = time.perf_counter()
            proxy.set_words(query)
            proxy.rowCount()
            timings.append((time.perf_counter() - start) * 1000)
        db.close()
    print(f"participants: {count}")
    print(f"load list from database: {loaded * 1000:.0f} ms")
    print(f"fill table model:        {shown * 1000:.1f} ms")
    print(
        f"filter per keystroke:    median {statistics.median(timings):.1f} ms, "
        f"max {max(timings):.1f} ms (target < 50 ms)"
    )
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
