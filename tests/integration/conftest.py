"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_database


@pytest.fixture
def demo_file(db_path: Path, demo_template: Path) -> Path:
    """A closed demo database file at ``db_path`` (what `kohort demo` makes: see test_cli)."""
    return copy_database(demo_template, db_path)
