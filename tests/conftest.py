"""Shared fixtures: every test gets its own temporary database; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shared, noisy machines: no per-example deadline, so a slow moment is not a failure.
settings.register_profile("kohort", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kohort")

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
