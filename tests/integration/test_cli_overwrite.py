"""Every command that writes a file refuses to replace an existing one unless --overwrite,
before anything is issued, saved or drawn (as `badges` and `backup` always did)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.db import open_database
from tests.integration.test_cli import run


def _diplomas(db: str) -> int:
    with open_database(db) as database, database.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM diploma").scalar() or 0)


def _args(db: str, command: str, target: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    if command == "diplomas":
        return ["diplomas", "--cohort", "1", "--out", str(target)]
    if command == "design":
        return ["design", "--cohort", "1", "--preview", str(target)]
    if command == "signin-sheet":
        sessions = json.loads(run(capsys, "--db", db, "sessions", "--cohort", "1", "--json")[1])
        return ["signin-sheet", "--session", str(sessions[0]["id"]), "--out", str(target)]
    if command == "attendance":
        return ["attendance", "export", "--cohort", "1", "--out", str(target)]
    if command == "action-plans":
        return ["action-plans", "--cohort", "1", "--out", str(target)]
    assert command == "reissue"
    issued = target.parent / "issued.pdf"
    assert run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(issued))[0] == 0
    with open_database(db) as database, database.read() as s:
        serial = s.connection().exec_driver_sql("SELECT min(serial) FROM diploma").scalar()
    return ["reissue", str(serial), "--out", str(target)]


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("diplomas", "d.pdf"),
        ("design", "p.pdf"),
        ("signin-sheet", "s.pdf"),
        ("attendance", "a.csv"),
        ("action-plans", "plans.pdf"),
        ("reissue", "re.pdf"),
    ],
)
def test_an_existing_file_is_replaced_only_with_overwrite(
    command: str,
    name: str,
    demo_location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = demo_location
    target = tmp_path / name
    args = _args(db, command, target, capsys)
    target.write_bytes(b"keep me")
    before = _diplomas(db)
    code, _, err = run(capsys, "--db", db, *args)
    assert code == 1 and "exists already; nothing was written" in err and "--overwrite" in err
    assert target.read_bytes() == b"keep me"
    assert _diplomas(db) == before  # nothing issued or reissued either
    code, _, err = run(capsys, "--db", db, *args, "--overwrite")
    assert code == 0, err
    assert target.read_bytes() != b"keep me"


def test_a_reissue_saved_to_a_file_is_marked_printed(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: ✓ appears once a diploma is saved into a print file; a reissue too."""
    db = demo_location
    assert (
        run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(tmp_path / "d.pdf"))[0]
        == 0
    )

    def printed(serial: str) -> bool:
        with open_database(db) as database, database.read() as s:
            return (
                s.connection()
                .exec_driver_sql(f"SELECT printed_at FROM diploma WHERE serial = '{serial}'")
                .scalar()
                is not None
            )

    with open_database(db) as database, database.read() as s:
        first, second = [
            r[0]
            for r in s.connection().exec_driver_sql(
                "SELECT serial FROM diploma ORDER BY id LIMIT 2"
            )
        ]
    code, out, _ = run(capsys, "--db", db, "reissue", first, "--json")
    assert code == 0 and not printed(json.loads(out)["serial"])  # not in any file yet
    out_pdf = tmp_path / "re.pdf"
    code, out, _ = run(capsys, "--db", db, "reissue", second, "--out", str(out_pdf), "--json")
    assert code == 0 and out_pdf.exists() and printed(json.loads(out)["serial"])
