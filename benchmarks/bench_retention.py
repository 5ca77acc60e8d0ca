"""How long the retention list and its bulk erasure take for 5,000 people due.

Run: ``PYTHONPATH=. python benchmarks/bench_retention.py [PEOPLE]``. Builds the demo plus PEOPLE
people last active in 2001, lists who is due (File ▸ Retention…) and erases them all.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from app.db import open_database
from app.services import demo, privacy_erase, privacy_retention


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(str(Path(folder) / "retention.sqlite3")) as db,
    ):
        with db.write() as session:
            demo.create_demo(session)
            session.connection().exec_driver_sql(
                "INSERT INTO person (first_name, last_name, created_at) VALUES (?, ?, ?)",
                [(f"Person{i}", f"Old{i}", "2001-01-01 00:00:00") for i in range(count)],
            )
        today = dt.date.today()
        started = time.perf_counter()
        with db.read() as session:
            due = privacy_retention.retention_candidates(session, today=today)
        listed = time.perf_counter() - started
        started = time.perf_counter()
        with db.write() as session:
            privacy_retention.erase_candidates(session, due, today=today)
        erased = time.perf_counter() - started
        started = time.perf_counter()
        privacy_erase.scrub(db)
        scrubbed = time.perf_counter() - started
    print(
        f"{len(due)} people due: listed in {listed * 1000:.0f} ms, erased in "
        f"{erased * 1000:.0f} ms, file scrubbed in {scrubbed * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
