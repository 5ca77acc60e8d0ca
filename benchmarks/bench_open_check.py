"""Benchmark: what checking a database for damage costs, on a ~100 MB file.

Prints, median of several runs: opening without the cheap check, the cheap check alone
(SQLite header and size, tables and columns), opening with it, ``PRAGMA quick_check`` (the
full check, run after an unclean shutdown and once a day), and a whole `kohort cohorts`
command when the full check is not due and when it is.

    python benchmarks/bench_open_check.py [megabytes]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import db as db_module  # noqa: E402
from app.db import open_database  # noqa: E402
from app.db_check import CheckRecord, header_problem, missing_schema, quick_check_problems  # noqa: E402
from app.services import demo  # noqa: E402


def build(path: Path, megabytes: int) -> None:
    with open_database(str(path)) as database, database.write() as session:
        demo.create_demo(session)
    con = sqlite3.connect(path)
    row = 0
    while path.stat().st_size < megabytes * 1_000_000:
        con.executemany(
            "INSERT INTO person (first_name, last_name, email, phone, job_title, department, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00')",
            [
                (
                    f"Förnamn{i}",
                    f"Efternamn{i}",
                    f"person{i}@example.se",
                    f"+46 70 {i:07d}",
                    "Enhetschef för verksamhetsutveckling",
                    "Avdelningen för lärande och ledarskap " * 2,
                )
                for i in range(row, row + 20_000)
            ],
        )
        con.commit()
        row += 20_000
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def median_ms(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cheap_check(path: Path) -> None:
    header_problem(path)
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        missing_schema(con)
    finally:
        con.close()


def open_and_close(path: Path) -> None:
    open_database(str(path)).close()


def kohort(path: Path, *args: str) -> None:
    code = "import sys; from app.cli import main; sys.exit(main())"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "en"}
    subprocess.run(
        [sys.executable, "-c", code, "--db", str(path), *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def main(megabytes: int = 100) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        build(path, megabytes)
        print(f"database: {path.stat().st_size / 1e6:.0f} MB")
        open_and_close(path)
        with_check = median_ms(lambda: open_and_close(path))
        real_header, real_schema = db_module.header_problem, db_module.missing_schema
        db_module.header_problem = lambda _path: None  # type: ignore[assignment]
        db_module.missing_schema = lambda _con: []  # type: ignore[assignment]
        try:
            without = median_ms(lambda: open_and_close(path))
        finally:
            db_module.header_problem, db_module.missing_schema = real_header, real_schema
        print(f"open + close without the cheap check: {without:8.1f} ms")
        print(f"open + close with the cheap check:    {with_check:8.1f} ms")
        print(
            f"the cheap check alone:                {median_ms(lambda: cheap_check(path)):8.1f} ms"
        )
        print(
            f"PRAGMA quick_check (full check):      "
            f"{median_ms(lambda: quick_check_problems(path), runs=3):8.1f} ms"
        )
        kohort(path, "cohorts")  # checks in full once, then it is not due today
        not_due = median_ms(lambda: kohort(path, "cohorts"), runs=5)

        def due() -> None:
            CheckRecord.forget(path)
            kohort(path, "cohorts")

        print(f"kohort cohorts, full check not due:   {not_due:8.1f} ms")
        print(f"kohort cohorts, full check due:       {median_ms(due, runs=3):8.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
