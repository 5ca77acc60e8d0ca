"""Shared fixtures: every test gets its own temporary database; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shared, noisy machines: no per-example deadline, so a slow moment is not a failure.
# Developing ("kohort"), every run tries new examples and replays the failures it saved in
# .hypothesis/. In CI ("kohort-ci") the examples are derived from each test's source, so a
# run passes or fails the same way every time, with no database: a failure found while
# exploring is kept as an @example beside its test.
# Both derive from Hypothesis's "default" profile, not from whatever it picked by itself
# (it switches to its own "ci" profile when CI is set at all, even to "").
settings.register_profile(
    "kohort",
    settings.get_profile("default"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "kohort-ci", settings.get_profile("kohort"), derandomize=True, print_blob=True
)


def hypothesis_profile(environ: Mapping[str, str]) -> str:
    """The Hypothesis profile: "kohort-ci" where CI is set (CI=true), else "kohort"."""
    ci = environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return "kohort-ci" if ci else "kohort"


settings.load_profile(hypothesis_profile(os.environ))

from app.db import Database, open_database  # noqa: E402
from app.services import demo  # noqa: E402

# After every demo session has been held (the demo's dates are fixed).
AFTER_DEMO = dt.date(2027, 6, 1)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, settings or logs."""
    monkeypatch.delenv("KOHORT_DB", raising=False)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kohort.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.write() as session:
        demo.create_demo(session)
    return db
