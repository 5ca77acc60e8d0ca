"""`kohort diplomas` issues (and commits) before it writes: when the file cannot be written,
the error says what was issued all the same and how to print it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import open_database
from tests.integration.test_cli import run


def test_a_failed_write_after_issuing_says_the_diplomas_were_issued(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_file)
    (tmp_path / "afile").touch()
    bad = tmp_path / "afile" / "c.pdf"  # a folder that is a file: the write fails
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(bad))
    with open_database(db) as database, database.read() as s:
        serials = [
            r[0] for r in s.connection().exec_driver_sql("SELECT serial FROM diploma ORDER BY id")
        ]
    assert code == 1 and serials and not bad.exists()
    assert f"{len(serials)} new diplomas ({serials[0]}–{serials[-1]}) were issued" in err
    assert "run the command again to print them" in err
    good = tmp_path / "c.pdf"
    code, out, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(good))
    assert code == 0 and good.exists(), err
    assert "Issued 0 new diplomas." in out
