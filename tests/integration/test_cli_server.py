"""The kohort command on a team database on a PostgreSQL server: `migrate` sets a new one up,
every everyday command works as on a file (see test_cli.py's [postgresql] runs), and what
only a file has is refused in one clear sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from app.db import SCHEMA_HEAD
from tests import pg_server
from tests.integration.test_cli import run


@pytest.fixture
def new_database(postgres_server: pg_server.Server) -> Iterator[URL]:
    """A new, empty database as an IT department creates it (CREATE DATABASE)."""
    url = postgres_server.copy_of("template0")
    yield url
    postgres_server.drop(url)


def test_migrate_sets_up_a_new_team_database_then_everything_works(
    new_database: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    location = new_database.render_as_string(hide_password=False)
    code, out, err = run(capsys, "--db", location, "migrate", "--json")
    assert code == 0 and not err
    assert json.loads(out) == {"database": location, "schema": SCHEMA_HEAD}
    code, out, _ = run(capsys, "--db", location, "migrate")
    assert code == 0 and f"is up to date (schema {SCHEMA_HEAD})" in out
    monkeypatch.setenv("KOHORT_DB", location)  # as a team sets it once for everyone
    assert run(capsys, "demo")[0] == 0
    code, out, _ = run(capsys, "cohorts", "--json")
    assert code == 0 and {c["program"]["code"] for c in json.loads(out)} == {"FL", "LEC"}


@pytest.mark.parametrize(
    "command",
    [("check",), ("backups",), ("backup", "--out", "copy.sqlite3"), ("restore", "b.sqlite3")],
)
def test_what_only_a_file_has_is_refused_clearly(
    new_database: URL, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    location = new_database.render_as_string(hide_password=False)
    code, out, err = run(capsys, "--db", location, *command)
    assert code == 1 and not out
    assert err.startswith("kohort: Not available on a team database yet:"), err
    assert err.count("\n") == 1


def test_a_real_process_never_prints_the_password(
    postgres_server: pg_server.Server, tmp_path: Path
) -> None:
    """A password written in the address (not the way to give it) never comes back out:
    not in the error of a refused login, nor in the log file."""
    secret = "Hemligt-lösen-42"
    url = postgres_server.url("kohort_nowhere").set(
        username=pg_server.PASSWORD_ROLE, password=secret
    )
    env = {
        **os.environ,
        "KOHORT_DB": url.render_as_string(hide_password=False),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KOHORT_LANG": "en",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "cohorts"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("kohort: ") and secret not in done.stderr + done.stdout
    assert "***" in done.stderr
    for written in tmp_path.rglob("*"):
        if written.is_file():
            assert secret not in written.read_text(errors="replace"), written
