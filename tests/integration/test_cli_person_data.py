"""`kohort person-data export|erase` and `kohort retention` against a real file, and a
database on a server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from app.cli import main
from app.db import open_database


def _query(location: str, sql: str, **values: Any) -> Any:
    """The first row of an SQL query, in the database at ``location`` (a file or a server)."""
    with open_database(location, create=False) as database, database.read() as s:
        return s.execute(text(sql), values).first()


def _person(location: str, first: str) -> tuple[int, str]:
    row = _query(
        location, "SELECT id, first_name, last_name FROM person WHERE first_name = :f", f=first
    )
    return int(row[0]), f"{row[1]} {row[2]}"


def _count(location: str, table: str) -> int:
    return int(_query(location, f"SELECT count(*) FROM {table}")[0])  # noqa: S608 (our names)


def _not_in_the_file(location: str, *texts: str) -> None:
    """A file keeps no trace of erased text (secure delete, no write-ahead log left); a
    server's database has no such bytes to read: there the rows' absence is checked."""
    if location.startswith("postgresql"):
        return
    raw = Path(location).read_bytes()
    assert not any(t.encode() in raw for t in texts)
    assert not Path(location + "-wal").exists()


def test_export_writes_json_and_pdf(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name = _person(demo_location, "Ulla")
    out_json, out_pdf = tmp_path / "ulla.json", tmp_path / "ulla.pdf"
    status = main(
        [
            "person-data",
            "export",
            str(person_id),
            "--db",
            demo_location,
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


def test_export_needs_a_target(demo_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["person-data", "export", "1", "--db", demo_location]) == 1
    assert "--json" in capsys.readouterr().err


def test_erase_shows_what_goes_and_needs_yes(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, name = _person(demo_location, "Åsa")
    assert main(["person-data", "erase", str(person_id), "--db", demo_location]) == 1
    out = capsys.readouterr()
    assert "attendance marks" in out.out and "Backups" in out.out  # what it cannot reach
    assert "add --yes" in out.err
    assert _person(demo_location, "Åsa")[0] == person_id  # still there

    assert main(["person-data", "erase", str(person_id), "--db", demo_location, "--yes"]) == 0
    assert f"Erased {name}." in capsys.readouterr().out
    _not_in_the_file(demo_location, name)
    assert _query(demo_location, "SELECT id FROM person WHERE id = :i", i=person_id) is None


def test_an_unknown_person_is_one_line_on_stderr(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["person-data", "erase", "99999", "--db", demo_location, "--yes"]) == 1
    assert capsys.readouterr().err.startswith("kohort: There is no person with id 99999")


def test_retention_lists_and_erases(demo_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(demo_location) as database, database.write() as s:
        s.execute(
            text(
                "INSERT INTO person (first_name, last_name, email, created_at) "
                "VALUES ('Gammal', 'Sökande', 'gammal@example.org', '2001-01-01 00:00:00')"
            )
        )
    assert main(["retention", "--db", demo_location, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["reason"]) for p in listed] == [("Gammal Sökande", "inactive")]
    assert listed[0]["last_activity"] == "2001-01-01"

    assert main(["retention", "--db", demo_location, "--erase"]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert main(["retention", "--db", demo_location, "--erase", "--yes"]) == 0
    assert "Erased 1 person." in capsys.readouterr().out
    _not_in_the_file(demo_location, "gammal@example.org")
    assert _query(demo_location, "SELECT id FROM person WHERE last_name = 'Sökande'") is None


def test_an_organization_sets_its_retention_period(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["retention", "--db", demo_location, "--organization", "alingsås kommun"]
    assert main([*args, "--set-years", "8"]) == 0
    assert "Alingsås kommun: people kept 8 years" in capsys.readouterr().out
    assert main([*args, "--set-months", "x"]) == 1
    assert main([*args, "--set-years", "default"]) == 0
    assert "kept 5 years" in capsys.readouterr().out


def test_erase_keeps_issued_diplomas_unless_asked(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue: issued diplomas stay in the register unless erased explicitly."""
    from tests.unit.test_privacy_erase import EMAIL, PHONE, mark_a_participant

    with open_database(demo_location) as db:
        person_id = mark_a_participant(db)
    args = ["person-data", "erase", str(person_id), "--db", demo_location]
    assert main(args) == 1
    shown = capsys.readouterr().out
    assert "Kept: the issued diplomas FL-2027-001" in shown and "--with-diplomas" in shown
    assert "issued diploma" not in shown.split("Kept:")[0]  # not listed as removed
    assert main([*args, "--yes"]) == 0
    said = capsys.readouterr().out
    assert "their 2 issued diplomas stay in the register" in said
    _not_in_the_file(demo_location, EMAIL, PHONE)
    assert _count(demo_location, "diploma") == 2
    assert main([*args, "--yes", "--with-diplomas"]) == 0
    assert _count(demo_location, "diploma") == 0
    assert _query(demo_location, "SELECT id FROM person WHERE id = :i", i=person_id) is None


def test_retention_with_nobody_due_says_so(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["retention", "--db", demo_location, "--erase"]) == 0
    assert "Nobody is due for erasure" in capsys.readouterr().out
    assert main(["retention", "--db", demo_location]) == 0
    assert capsys.readouterr().out == "Nobody is due for erasure.\n"


def test_export_does_not_replace_a_file_unless_told(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, _name = _person(demo_location, "Ulla")
    target = tmp_path / "ulla.json"
    target.write_text("mine")
    args = ["person-data", "export", str(person_id), "--db", demo_location, "--json", str(target)]
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
    demo_location: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An erased person is in no later retention list: the advice names the command that
    does erase their kept diplomas, and that command does."""
    import datetime as dt
    import types

    from app import cli_privacy
    from tests.conftest import AFTER_DEMO
    from tests.unit.test_privacy_erase import mark_a_participant

    with open_database(demo_location) as db:
        person_id = mark_a_participant(db)

    class Later(dt.date):
        @classmethod
        def today(cls) -> Later:
            return cls.fromordinal((AFTER_DEMO + dt.timedelta(days=366 * 30)).toordinal())

    monkeypatch.setattr(cli_privacy, "dt", types.SimpleNamespace(date=Later))
    assert main(["retention", "--db", demo_location, "--erase", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "issued diplomas stay in the diploma register" in said
    assert "`kohort person-data erase PERSON_ID --with-diplomas`" in said
    assert f"({person_id})" in said  # the one person whose diplomas were kept
    # a later retention run does not find them again, even with --with-diplomas …
    args = ["retention", "--db", demo_location, "--erase", "--yes", "--with-diplomas"]
    assert main(args) == 0
    assert "Nobody is due for erasure" in capsys.readouterr().out
    # … the command named does
    erase = ["person-data", "erase", str(person_id), "--db", demo_location]
    assert main([*erase, "--with-diplomas", "--yes"]) == 0
    assert _count(demo_location, "diploma") == 0


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
