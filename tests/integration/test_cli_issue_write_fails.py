"""`kohort diplomas` issues (and commits) before it writes: when the file cannot be written,
the error says what was issued all the same and how to print it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import open_database
from tests.integration.test_cli import run


def test_a_failed_write_after_issuing_says_the_diplomas_were_issued(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
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


def test_reprinting_diplomas_of_another_renderer_warns(
    demo_location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services import diploma_recipes

    db = demo_location
    out = str(tmp_path / "c.pdf")
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", out)
    assert code == 0 and "another renderer" not in err, err
    with open_database(db) as database, database.read() as s:
        count = s.connection().exec_driver_sql("SELECT count(*) FROM diploma").scalar()
    # as if this Kohort drew with another version than the one that issued them
    monkeypatch.setattr(diploma_recipes, "renderer_fingerprint", lambda: '{"render":99}')
    again = str(tmp_path / "again.pdf")
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", again)
    assert code == 0, err
    assert f"{count} of these diplomas were issued under another renderer" in err
