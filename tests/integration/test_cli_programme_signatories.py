"""`kohort design` sets the programme's signatories (with --as-programme-default) and never
drops a --signatory without a word."""

from __future__ import annotations

import json

import pytest

from app.db import open_database
from app.services import programs
from tests.integration.test_cli import fl_cohort, run


def _programme_signatories(db: str) -> list[str]:
    with open_database(db) as database, database.read() as s:
        info = programs.find_program_by_code(s, "FL")
        assert info is not None
        return [f"{x.name}, {x.title}" for x in info.signatories]


def test_signatories_become_the_programmes_and_the_cohort_uses_them(
    demo_location: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = demo_location
    cohort = str(fl_cohort(capsys, db)["id"])
    before = _programme_signatories(db)
    signer = ("--signatory", "Eva Lund|Kommundirektör", "--programme-signatories")

    code, _, err = run(capsys, "--db", db, "design", "--cohort", cohort, *signer)
    assert code == 1 and "--as-programme-default" in err  # not silently ignored
    assert _programme_signatories(db) == before

    code, text, err = run(
        capsys,
        *("--db", db, "design", "--cohort", cohort, *signer, "--as-programme-default", "--json"),
    )
    assert code == 0, err
    assert json.loads(text)["signatories"] == ["Eva Lund, Kommundirektör", "(the programme's)"]
    assert _programme_signatories(db) == ["Eva Lund, Kommundirektör"]
    code, text, _ = run(capsys, "--db", db, "design", "--cohort", cohort, "--json")
    assert json.loads(text)["signatories"] == ["Eva Lund, Kommundirektör", "(the programme's)"]
