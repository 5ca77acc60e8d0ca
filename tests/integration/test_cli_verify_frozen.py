"""A diploma issued before recipes: `kohort verify` claims only what its hash covers (the
stored PDF), not the name and date the register shows beside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import open_database
from app.db_copy import copy_database
from tests.conftest import server_copy
from tests.integration.test_cli import run
from tests.unit.test_migration_0006 import _a_0005_file_with_two_issued_diplomas


@pytest.fixture
def frozen_location(
    database_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A file from schema 0005 with two issued diplomas; in the [postgresql] run, migrated
    and copied to an empty database on the test server (how a team would move it there)."""
    path = tmp_path / "old.sqlite3"
    _a_0005_file_with_two_issued_diplomas(path)
    if database_kind != "postgresql":
        yield str(path)
        return
    open_database(str(path)).close()  # migrated to this schema: `kohort copy` copies that
    for location in server_copy(request, "empty"):
        copy_database(str(path), location)
        yield location


def test_verify_of_a_frozen_diploma_claims_only_the_pdf(
    frozen_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", frozen_location, "verify", "ABCD-EFG2")
    assert code == 0, err
    assert "Its stored PDF is intact (its hash matches)" in out
    assert "no hash covers them" in out
    assert "record of it is intact" not in out
