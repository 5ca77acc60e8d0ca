"""Benchmark: how fast and in how little memory hostile workbooks and CSVs are refused.

Run: ``python benchmarks/bench_import_bombs.py [--timeout 60] [--memory-mb 4096]``. Not part
of the test run. Builds the bombs of issue 14 (a ~300 KB .xlsx with one 300 MB cell, shared
or inline; a row of 16,384 cells of 20 KB; the same with lying zip headers; a CSV with a
1 MB cell) and reads each with ``read_table`` in a fresh subprocess, printing the wall time,
the peak resident memory and the start of the message. The subprocess is stopped after
``--timeout`` seconds or when it asks for more than ``--memory-mb`` of address space, so the
old reader can be measured without taking the machine down.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.unit.xlsx_bombs import lie_about_sizes, many_big_cells, one_huge_cell  # noqa: E402

CHILD = """
import resource, sys
from app.importing.reader import read_table
from pathlib import Path
try:
    read_table(Path(sys.argv[1]))
    outcome = "READ (not refused)"
except Exception as exc:
    outcome = type(exc).__name__ + ": " + str(exc)
try:  # this process's own peak: ru_maxrss keeps the forking parent's across exec
    rss = int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{rss:.0f}\\t{outcome[:150]!r}")
"""


def _limit(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def measure(path: Path, timeout: float, memory_mb: int) -> tuple[float, str, str]:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=lambda: _limit(memory_mb),
            env={**os.environ, "KOHORT_LANG": "en"},
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, "-", f"stopped after {timeout:.0f} s"
    seconds = time.perf_counter() - start
    if done.returncode or not done.stdout.strip():
        return seconds, "-", f"exit {done.returncode}: {done.stderr.strip()[-120:]!r}"
    rss, outcome = done.stdout.strip().rsplit("\n", 1)[-1].split("\t", 1)
    return seconds, rss, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory-mb", type=int, default=4096)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_cell = folder / "big-cell.csv"
        csv_cell.write_text("Förnamn;Efternamn;E-post\n" + "a" * 1_000_000 + ";Öberg;a@b.se\n")
        cases = {
            "300 MB shared string": one_huge_cell(folder / "shared.xlsx"),
            "300 MB inline string": one_huge_cell(folder / "inline.xlsx", inline=True),
            "16,384 x 20 KB inline": many_big_cells(folder / "many.xlsx"),
            "16,384 x 20 KB shared": many_big_cells(folder / "many-shared.xlsx", inline=False),
            "300 MB, lying headers": lie_about_sizes(one_huge_cell(folder / "lie.xlsx")),
            "CSV, 1 MB cell": csv_cell,
        }
        print(f"{'case':24} {'file KB':>8} {'time s':>7} {'peak MB':>8}  outcome")
        for label, path in cases.items():
            seconds, rss, outcome = measure(path, args.timeout, args.memory_mb)
            size = path.stat().st_size / 1024
            print(f"{label:24} {size:8.0f} {seconds:7.2f} {rss:>8}  {outcome}")


if __name__ == "__main__":
    main()
