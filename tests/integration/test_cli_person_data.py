"""`kohort person-data export|erase` and `kohort retention` against a real file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main


def _person(demo_file: Path, first: str) -> tuple[int, str]:
    con = sqlite3.connect(demo_file)
    try:
        row = con.execute(
            "SELECT id, first_name || ' ' || last_name FROM person WHERE first_name = ?", (first,)
        ).fetchone()
    finally:
        con.close()
    return int(row[0]), str(row[1])


def test_export_writes_json_and_pdf(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name = _person(demo_file, "Ulla")
    out_json, out_pdf = tmp_path / "ulla.json", tmp_path / "ulla.pdf"
    status = main(
        [
            "person-data",
            "export",
            str(person_id),
            "--db",
            str(demo_file),
            "--json",
            str(out_json),
            "--pdf",
            str(out_pdf),
            "--language",
            "fi",
        ]
    )
    assert status == 0, capsys.readouterr().err
    body = json.loads(out_json.read_text(encoding="utf-8"))
    assert body["person_id"] == person_id and body["signatory_roles"]
    text = PdfReader(out_pdf).pages[0].extract_text()
    assert "Rekisteriote" in text and name in text


def test_export_needs_a_target(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["person-data", "export", "1", "--db", str(demo_file)]) == 1
    assert "--json" in capsys.readouterr().err


def test_erase_shows_what_goes_and_needs_yes(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name = _person(demo_file, "Åsa")
    assert main(["person-data", "erase", str(person_id), "--db", str(demo_file)]) == 1
    out = capsys.readouterr()
    assert "attendance marks" in out.out and "backups" in out.out
    assert "add --yes" in out.err
    assert _person(demo_file, "Åsa")[0] == person_id  # still there

    assert main(["person-data", "erase", str(person_id), "--db", str(demo_file), "--yes"]) == 0
    assert f"Erased {name}." in capsys.readouterr().out
    raw = demo_file.read_bytes()
    assert name.encode() not in raw
    assert not demo_file.with_name(demo_file.name + "-wal").exists()


def test_an_unknown_person_is_one_line_on_stderr(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["person-data", "erase", "99999", "--db", str(demo_file), "--yes"]) == 1
    assert capsys.readouterr().err.startswith("kohort: There is no person with id 99999")


def test_retention_lists_and_erases(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(demo_file)
    con.execute(
        "INSERT INTO person (first_name, last_name, email, created_at) "
        "VALUES ('Gammal', 'Sökande', 'gammal@example.org', '2001-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    assert main(["retention", "--db", str(demo_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["reason"]) for p in listed] == [("Gammal Sökande", "inactive")]
    assert listed[0]["last_activity"] == "2001-01-01"

    assert main(["retention", "--db", str(demo_file), "--erase"]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert main(["retention", "--db", str(demo_file), "--erase", "--yes"]) == 0
    assert "Erased 1 person." in capsys.readouterr().out
    assert b"gammal@example.org" not in demo_file.read_bytes()


def test_an_organization_sets_its_retention_period(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["retention", "--db", str(demo_file), "--organization", "alingsås kommun"]
    assert main([*args, "--set-years", "8"]) == 0
    assert "Alingsås kommun: people kept 8 years" in capsys.readouterr().out
    assert main([*args, "--set-months", "x"]) == 1
    assert main([*args, "--set-years", "default"]) == 0
    assert "kept 5 years" in capsys.readouterr().out


def test_erase_keeps_issued_diplomas_unless_asked(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue: issued diplomas stay in the register unless erased explicitly."""
    from app.db import open_database
    from tests.unit.test_privacy_erase import EMAIL, PHONE, mark_a_participant

    with open_database(str(demo_file)) as db:
        person_id = mark_a_participant(db)
    args = ["person-data", "erase", str(person_id), "--db", str(demo_file)]
    assert main(args) == 1
    shown = capsys.readouterr().out
    assert "Kept: the issued diplomas FL-2027-001" in shown and "--with-diplomas" in shown
    assert "issued diploma" not in shown.split("Kept:")[0]  # not listed as removed
    assert main([*args, "--yes"]) == 0
    said = capsys.readouterr().out
    assert "their 2 issued diplomas stay in the register" in said
    raw = demo_file.read_bytes()
    assert EMAIL.encode() not in raw and PHONE.encode() not in raw
    con = sqlite3.connect(demo_file)
    try:
        assert con.execute("SELECT count(*) FROM diploma").fetchone()[0] == 2
    finally:
        con.close()
    assert main([*args, "--yes", "--with-diplomas"]) == 0
    con = sqlite3.connect(demo_file)
    try:
        assert con.execute("SELECT count(*) FROM diploma").fetchone()[0] == 0
        assert (
            con.execute("SELECT count(*) FROM person WHERE id = ?", (person_id,)).fetchone()[0] == 0
        )
    finally:
        con.close()


def test_retention_with_nobody_due_says_so(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["retention", "--db", str(demo_file), "--erase"]) == 0
    assert "Nobody is due for erasure" in capsys.readouterr().out
    assert main(["retention", "--db", str(demo_file)]) == 0
    assert capsys.readouterr().out == "Nobody is due for erasure.\n"


def test_export_does_not_replace_a_file_unless_told(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, _name = _person(demo_file, "Ulla")
    target = tmp_path / "ulla.json"
    target.write_text("mine")
    args = ["person-data", "export", str(person_id), "--db", str(demo_file), "--json", str(target)]
    assert main(args) == 1
    assert "exists already" in capsys.readouterr().err and target.read_text() == "mine"
    assert main([*args, "--overwrite"]) == 0
    assert json.loads(target.read_text())["person_id"] == person_id


def test_every_privacy_option_has_help() -> None:
    import argparse

    from app.cli import build_parser

    def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        found = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return dict(found.choices)

    top = subparsers(build_parser(full=True))
    data = subparsers(top["person-data"])
    for parser in (data["export"], data["erase"], top["retention"], top["backup"]):
        missing = [a.dest for a in parser._actions if not a.help]
        assert missing == [], parser.prog


def test_retention_keeping_diplomas_says_which_command_erases_them_later(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An erased person is in no later retention list: the advice names the command that
    does erase their kept diplomas, and that command does."""
    import datetime as dt
    import types

    from app import cli_privacy
    from app.db import open_database
    from tests.conftest import AFTER_DEMO
    from tests.unit.test_privacy_erase import mark_a_participant

    with open_database(str(demo_file)) as db:
        person_id = mark_a_participant(db)

    class Later(dt.date):
        @classmethod
        def today(cls) -> Later:
            return cls.fromordinal((AFTER_DEMO + dt.timedelta(days=366 * 30)).toordinal())

    monkeypatch.setattr(cli_privacy, "dt", types.SimpleNamespace(date=Later))
    assert main(["retention", "--db", str(demo_file), "--erase", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "issued diplomas stay in the diploma register" in said
    assert "`kohort person-data erase PERSON_ID --with-diplomas`" in said
    assert f"({person_id})" in said  # the one person whose diplomas were kept
    # a later retention run does not find them again, even with --with-diplomas …
    args = ["retention", "--db", str(demo_file), "--erase", "--yes", "--with-diplomas"]
    assert main(args) == 0
    assert "Nobody is due for erasure" in capsys.readouterr().out
    # … the command named does
    erase = ["person-data", "erase", str(person_id), "--db", str(demo_file)]
    assert main([*erase, "--with-diplomas", "--yes"]) == 0
    con = sqlite3.connect(demo_file)
    try:
        assert con.execute("SELECT count(*) FROM diploma").fetchone()[0] == 0
    finally:
        con.close()


def test_the_erase_preview_leaves_out_what_they_have_none_of() -> None:
    from app.cli_privacy import impact_text
    from app.services.privacy_erase import ErasureImpact

    impact = ErasureImpact(
        person_id=1,
        name="Åsa Öberg",
        enrollments=1,
        attendance_marks=3,
        action_plans=0,
        actions=0,
        diplomas=1,
        diploma_serials=("FL-2026-001",),
        signatory_slots=0,
        named_as_manager=0,
        diploma_enrollments=1,
    )
    lines = impact_text(impact).splitlines()
    # the diploma's enrollment stays: neither it nor the missing plans are "0 …"
    assert lines[1] == "  their contact details, job title and organization, 3 attendance marks"
    assert lines[2].startswith("Kept: the issued diploma FL-2026-001 in the diploma register")


def test_the_erase_preview_names_responses_and_invitations() -> None:
    from app.cli_privacy import impact_text
    from app.services.privacy_erase import ErasureImpact

    impact = ErasureImpact(
        person_id=1,
        name="Åsa Öberg",
        enrollments=1,
        attendance_marks=0,
        action_plans=0,
        actions=0,
        diplomas=0,
        diploma_serials=(),
        signatory_slots=0,
        named_as_manager=0,
        evaluation_responses=2,
        invitations=1,
    )
    assert impact_text(impact).splitlines()[1] == (
        "  their contact details, job title and organization, 1 enrollment, "
        "2 named course evaluation responses, 1 place on a reunion invitation list"
    )
