"""Benchmark: how long a whole `kohort` command takes, next to what Python alone needs.

A coordinator feels the whole process (interpreter start, imports, database open, output),
not one function, so each command is started as a new process and timed from outside,
alternating with its reference in the same run so that a busy machine slows both alike:

- ``kohort --version`` and ``kohort --help`` vs an empty interpreter (``python -c pass``);
- ``kohort cohorts --json`` vs a plain sqlite3 script printing the very same JSON
  (checked equal before timing; which of SQLAlchemy and Alembic the command loads is
  printed first: none, when it reads the file with sqlite3 alone);
- ``kohort sessions --cohort 2`` (read like `cohorts`) and ``kohort participants --cohort 1``
  (through the ORM) vs the same empty interpreter, for scale;
- the floor of any command that reads through the ORM: ``import sqlalchemy.orm`` alone,
  vs the plain sqlite3 script.

Prints medians with min–max over N pairs and the ratio Kohort / reference (median of the
pairwise ratios, min–max).

    python benchmarks/bench_cli_startup.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The console script `kohort` as installed beside this Python (what the coordinator runs;
# PYTHONPATH makes it run this checkout), or what it does where it is not installed.
_SCRIPT = Path(sys.executable).with_name("kohort")
KOHORT = (
    [sys.executable, str(_SCRIPT)]
    if _SCRIPT.is_file()
    else [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]
)
# Whether a command loaded SQLAlchemy (which path `kohort cohorts` took), printed on stderr.
LOADED = (
    "import sys\nfrom app.cli import main\ntry:\n    main(sys.argv[1:])\nfinally:\n"
    "    sys.stderr.write(str(sorted({'sqlalchemy', 'alembic'} & set(sys.modules))))"
)
EMPTY = [sys.executable, "-c", "pass"]

# The rows and shape of `kohort cohorts --json`, with nothing but the standard library.
RAW_COHORTS = """\
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute(
    "SELECT c.id, p.id, p.name, p.code, c.name, c.start_date, c.end_date, c.status,"
    " (SELECT count(*) FROM enrollment e JOIN person pe ON pe.id = e.person_id"
    "  WHERE e.cohort_id = c.id AND e.role = 'participant' AND pe.erased_at IS NULL),"
    " (SELECT count(*) FROM cohort_session s WHERE s.cohort_id = c.id),"
    " c.archived_at IS NOT NULL"
    " FROM cohort c JOIN program p ON p.id = c.program_id"
    " ORDER BY p.name, c.start_date DESC, c.name"
)
print(json.dumps([
    {"id": r[0], "program": {"id": r[1], "name": r[2], "code": r[3]}, "name": r[4],
     "start_date": r[5], "end_date": r[6], "status": r[7], "participants": r[8],
     "sessions": r[9], "archived": bool(r[10])}
    for r in rows
], ensure_ascii=False, indent=2))
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from start to exit of one process, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return seconds, done.stdout


def spread(values: list[float], scale: float = 1000.0, unit: str = "ms") -> str:
    median = statistics.median(values) * scale
    return f"{median:6.0f} {unit} ({min(values) * scale:.0f}–{max(values) * scale:.0f})"


def compare(
    name: str,
    kohort: list[str],
    reference: list[str],
    ref_name: str,
    runs: int,
    env: dict[str, str],
) -> None:
    for _warm_up in range(2):
        run(kohort, env)
        run(reference, env)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(run(kohort, env)[0])
        theirs.append(run(reference, env)[0])
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    print(
        f"{name:<32} {spread(ours)}   {ref_name:<18} {spread(theirs)}   "
        f"ratio {statistics.median(ratios):4.1f}× ({min(ratios):.1f}–{max(ratios):.1f})"
    )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "KOHORT_LANG": "en",
            "HOME": tmp,  # no preferences or logs of the person running the benchmark
            "XDG_CONFIG_HOME": tmp,
            "XDG_DATA_HOME": tmp,
            "XDG_STATE_HOME": tmp,
            "XDG_CACHE_HOME": tmp,
            # Kohort's own modules compiled once, as an installed Kohort has them (pip and
            # the app bundle ship bytecode), kept in the temporary folder, not the checkout.
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "bytecode"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = str(Path(tmp) / "demo.sqlite")
        run([*KOHORT, "--db", db, "demo"], env)
        raw = Path(tmp) / "raw_cohorts.py"
        raw.write_text(RAW_COHORTS, encoding="utf-8")
        raw_cohorts = [sys.executable, str(raw), db]
        if run([*KOHORT, "--db", db, "cohorts", "--json"], env)[1] != run(raw_cohorts, env)[1]:
            raise SystemExit("the plain sqlite3 script does not print what kohort prints")
        probe = [sys.executable, "-c", LOADED, "--db", db, "cohorts", "--json"]
        loaded = subprocess.run(probe, env=env, cwd=ROOT, capture_output=True, text=True).stderr
        print(f"`kohort cohorts --json` loads {loaded.splitlines()[-1]} of SQLAlchemy/Alembic")
        print(
            f"{' '.join(Path(a).name for a in KOHORT)}: {runs} runs each, alternating; "
            "median (min–max) of whole processes"
        )
        compare("kohort --version", [*KOHORT, "--version"], EMPTY, "python -c pass", runs, env)
        compare("kohort --help", [*KOHORT, "--help"], EMPTY, "python -c pass", runs, env)
        compare(
            "kohort cohorts --json",
            [*KOHORT, "--db", db, "cohorts", "--json"],
            raw_cohorts,
            "plain sqlite3",
            runs,
            env,
        )
        compare(
            "kohort sessions --cohort 2",
            [*KOHORT, "--db", db, "sessions", "--cohort", "2"],
            EMPTY,
            "python -c pass",
            runs,
            env,
        )
        compare(
            "kohort participants --cohort 1",
            [*KOHORT, "--db", db, "participants", "--cohort", "1"],
            EMPTY,
            "python -c pass",
            runs,
            env,
        )
        compare(
            "python: import sqlalchemy.orm",
            [sys.executable, "-c", "import sqlalchemy.orm"],
            raw_cohorts,
            "plain sqlite3",
            runs,
            env,
        )


if __name__ == "__main__":
    main()
