"""`kohort --version` and every ``--help`` answer without loading the heavy libraries, and
an everyday list loads the database layer but no PDF, spreadsheet or Qt library.

Each command runs in a fresh interpreter (a test process has imported everything already)
and prints which of the heavy top-level packages ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "PySide6")

PROBE = """\
import contextlib, io, json, sys
from app.cli import main
argv = json.loads(sys.argv[1])
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
heavy = set(json.loads(sys.argv[2]))
print(json.dumps([code, sorted({m.split(".")[0] for m in sys.modules} & heavy)]))
"""


def loaded(*argv: str, tmp_path: Path) -> tuple[int, list[str]]:
    """The exit code of `kohort ARGV…` and the heavy packages it imported."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(argv)), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=True,
    )
    code, modules = json.loads(result.stdout)
    return code, modules


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--help"],
        ["cohorts", "--help"],
        ["--lang", "sv", "participants", "--help"],
        ["attendance", "mark", "--help"],
        ["diplomas", "--help"],
        ["design", "--help"],
        ["person-data", "erase", "--help"],
        ["import", "--help"],
        ["sessions"],  # a usage mistake (no --cohort) is answered before any import
    ],
    ids=" ".join,
)
def test_version_help_and_usage_mistakes_load_no_heavy_library(
    argv: list[str], tmp_path: Path
) -> None:
    code, modules = loaded(*argv, tmp_path=tmp_path)
    assert code in (0, 2)
    assert modules == []


@pytest.mark.parametrize(
    "args",
    [
        ["cohorts"],
        ["cohorts", "--json"],
        ["sessions", "--cohort", "1"],
        ["sessions", "--cohort", "2", "--json"],
    ],
    ids=" ".join,
)
@pytest.mark.sqlite_only  # the lean path (app.lean_read) reads SQLite files only
def test_listing_cohorts_and_sessions_loads_no_database_layer(
    demo_location: str, tmp_path: Path, args: list[str]
) -> None:
    """The first run checks the copied file in full (the full path, with SQLAlchemy); from
    then on the file is in its everyday state and is read with sqlite3 alone."""
    assert loaded("--db", demo_location, *args, tmp_path=tmp_path) == (0, ["sqlalchemy"])
    code, modules = loaded("--db", demo_location, *args, tmp_path=tmp_path)
    assert code == 0
    assert modules == []  # no SQLAlchemy, no Alembic, no PDF, XLSX or Qt


def test_listing_participants_loads_the_database_layer_only(
    demo_location: str, tmp_path: Path
) -> None:
    """From a file or a server alike: SQLAlchemy (and the server's driver), no PDF, XLSX or
    Qt library."""
    code, modules = loaded(
        "--db", demo_location, "participants", "--cohort", "1", tmp_path=tmp_path
    )
    assert code == 0
    assert modules == ["sqlalchemy"]


def test_every_listed_command_runs_something() -> None:
    """The light table of commands and the handlers named by string stay in step."""
    from app import cli

    handlers = {**cli._HANDLERS, **cli._WITHOUT_LOCK}
    assert {key.split()[0] for key in handlers} | {"gui"} == set(cli.COMMANDS)
    for target in handlers.values():
        assert callable(cli._handler(target)), target
