"""Fixtures shared by the command-line tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import copy_database, server_copy


@pytest.fixture
def demo_file(db_path: Path, demo_template: Path) -> Path:
    """A closed demo database file at ``db_path`` (what `kohort demo` makes: see test_cli)."""
    return copy_database(demo_template, db_path)


@pytest.fixture
def empty_file(db_path: Path, empty_template: Path) -> Path:
    """A closed, empty Kohort database at ``db_path`` (what the window makes at first start);
    a command other than `demo` or `import` refuses a path where there is no file."""
    return copy_database(empty_template, db_path)


@pytest.fixture
def demo_location(
    database_kind: str, db_path: Path, demo_template: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """What ``--db`` is given for the demo's data: a closed file at ``db_path`` or, in a
    both-databases suite's [postgresql] run, the address of a copy on the test server."""
    if database_kind == "postgresql":
        yield from server_copy(request, "demo")
    else:
        yield str(copy_database(demo_template, db_path))


@pytest.fixture
def empty_location(
    database_kind: str, db_path: Path, empty_template: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """What ``--db`` is given for an empty Kohort database: a closed file at ``db_path`` or,
    in a both-databases suite's [postgresql] run, a migrated, empty copy on the test server."""
    if database_kind == "postgresql":
        yield from server_copy(request, "empty")
    else:
        yield str(copy_database(empty_template, db_path))
