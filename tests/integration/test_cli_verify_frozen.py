"""A diploma issued before recipes: `kohort verify` claims only what its hash covers (the
stored PDF), not the name and date the register shows beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import run
from tests.unit.test_migration_0006 import _a_0005_file_with_two_issued_diplomas


def test_verify_of_a_frozen_diploma_claims_only_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    _a_0005_file_with_two_issued_diplomas(path)
    code, out, err = run(capsys, "--db", str(path), "verify", "ABCD-EFG2")
    assert code == 0, err
    assert "Its stored PDF is intact (its hash matches)" in out
    assert "no hash covers them" in out
    assert "record of it is intact" not in out
