"""`kohort diplomas` after a revoke: the person is not issued anew with everyone (that is
done by name, with --person), and the command says who was left out and why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.db import open_database
from app.services import diploma_listing, diploma_register
from tests.integration.test_cli import run


def test_a_revoked_diploma_is_issued_anew_only_by_name(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    out = str(tmp_path / "d.pdf")
    assert run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", out)[0] == 0
    with open_database(db) as database, database.write() as s:
        first = diploma_listing.list_diplomas(s, 1)[0]
        diploma_register.revoke_diploma(s, first.id, "Fel person")
    code, text, err = run(
        capsys, "--db", db, "diplomas", "--cohort", "1", "--out", out, "--overwrite"
    )
    assert code == 0 and text.startswith("Issued 0 new diplomas.")
    assert (
        f"Left out, as their diploma was revoked: {first.person_name} ({first.serial}). "
        "To issue a new one, name them with --person." in err
    )
    code, text, err = run(
        capsys, "--db", db, "diplomas", "--cohort", "1", "--out", out,
        "--overwrite", "--person", str(first.person_id),
    )  # fmt: skip
    assert code == 0 and text.startswith("Issued 1 new diploma.") and "Left out" not in err
    with open_database(db) as database, database.read() as s:
        register = diploma_listing.list_diplomas(s, 1)
    new = [d for d in register if d.person_id == first.person_id and d.valid]
    assert len(new) == 1 and new[0].serial != first.serial
    assert new[0].issue_date <= dt.date.today()
