"""`kohort reunion …` and `kohort alumni` over the demo: its reunion, a new one, the lists."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # a usage mistake
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: Capture, *args: str) -> object:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def test_the_demo_reunion_and_alumni(demo_file: Path, capsys: Capture) -> None:
    db = ("--db", str(demo_file))
    (reunion,) = as_json(capsys, *db, "reunion", "list", "--program", "1", "--json")  # type: ignore[misc]
    assert reunion["title"] == "Återträff 2026" and reunion["kind"] == "reunion"
    assert sum(reunion["counts"].values()) == 27  # 26 alumni of three rounds, one by hand
    shown = as_json(capsys, *db, "reunion", "show", str(reunion["id"]), "--json")
    assert isinstance(shown, dict)
    by_hand = [i for i in shown["invitees"] if i["added_by_hand"]]
    assert [i["last_name"] for i in by_hand] == ["Håkansson"] and by_hand[0]["cohorts"] == []
    alumnus = next(i for i in shown["invitees"] if i["cohorts"] and i["cohorts"][0]["id"] == 1)
    assert alumnus["cohorts"][0] == {"id": 1, "name": "Omgång 3, 2025/2026", "year": 2026}
    figures = as_json(capsys, *db, "alumni", "--program", "1", "--json")
    assert isinstance(figures, dict)
    assert figures["alumni"] == 26 and figures["by_year"] == [
        {"year": 2024, "alumni": 6},
        {"year": 2025, "alumni": 6},
        {"year": 2026, "alumni": 14},
    ]
    assert figures["gatherings"] == 1
    person = as_json(capsys, *db, "alumni", "--person", str(alumnus["person_id"]), "--json")
    assert isinstance(person, dict)
    assert person["cohorts"][0]["completed"] is True
    # the status was never changed, but the cohort ended: shown as completed (user #5)
    assert person["cohorts"][0]["status"] == "enrolled"
    assert person["cohorts"][0]["shown_status"] == "completed"
    code, out, _err = run(capsys, *db, "alumni", "--person", str(alumnus["person_id"]))
    assert code == 0 and "completed" in out and "enrolled" not in out
    assert person["gatherings"][0]["title"] == "Återträff 2026"
    assert person["evaluations"] == [] and person["diplomas"] == []


def test_plan_invite_answer_and_export(demo_file: Path, tmp_path: Path, capsys: Capture) -> None:
    db = ("--db", str(demo_file))
    created = as_json(
        capsys,
        *db,
        "reunion",
        "create",
        "--program",
        "1",
        "--title",
        "Öppen föreläsning: tillit",
        "--date",
        "2030-04-02",
        "--kind",
        "lecture",
        "--start",
        "13.00",
        "--end",
        "15:30",
        "--json",
    )
    assert isinstance(created, dict)
    gid = str(created["id"])
    assert created["kind"] == "lecture" and created["end_time"] == "15:30:00"
    code, out, _err = run(capsys, *db, "reunion", "invite", gid, "--year", "2022")
    assert code == 0 and "0 on the list" in out
    result = as_json(capsys, *db, "reunion", "invite", gid, "--year", "2026", "--json")
    assert result == {"invited": 14, "added_by_hand": 0, "on_list": 14}
    result = as_json(capsys, *db, "reunion", "invite", gid, "--person", "2", "--json")
    assert result == {"invited": 0, "added_by_hand": 1, "on_list": 15}
    assert run(capsys, *db, "reunion", "status", gid, "--person", "2", "accepted")[0] == 0
    code, _out, err = run(capsys, *db, "reunion", "status", gid, "--person", "2", "attended")
    assert code == 1 and "on the day" in err  # 2030 has not come yet
    code, _out, err = run(capsys, *db, "reunion", "status", gid, "--person", "2", "maybe")
    assert code == 2 and "unknown status" in err
    target = tmp_path / "list.csv"
    assert run(capsys, *db, "reunion", "export", gid, "--out", str(target))[0] == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 16
    (karin,) = [row for row in rows if row[:2] == ["Håkansson", "Karin"]]
    assert karin[-2:] == ["", "tackat ja"]
    code, _out, err = run(capsys, *db, "reunion", "export", gid, "--out", str(target))
    assert code == 1 and "--overwrite" in err
    sheet = tmp_path / "sheet.pdf"
    code, out, _err = run(capsys, *db, "reunion", "signin-sheet", gid, "--out", str(sheet))
    assert code == 0 and "15 names" in out and sheet.read_bytes().startswith(b"%PDF")


def test_mistakes(demo_file: Path, capsys: Capture) -> None:
    db = ("--db", str(demo_file))
    code, _out, err = run(
        capsys, *db, "reunion", "create", "--program", "1", "--title", "X", "--date", "igår"
    )
    assert code == 2 and "not a date" in err
    code, _out, err = run(
        capsys, *db, "reunion", "create", "--program", "9", "--title", "X", "--date", "2030-01-01"
    )
    assert code == 1 and "no programme with id 9" in err
    code, _out, err = run(capsys, *db, "reunion", "show", "99")
    assert code == 1 and "no reunion or lecture with id 99" in err
    code, _out, err = run(capsys, *db, "alumni")
    assert code == 2
    code, out, _err = run(capsys, *db, "alumni", "--program", "2")
    assert code == 0 and "Alumni: 0" in out


def test_list_shows_every_status(demo_file: Path, capsys: Capture) -> None:
    code, out, _err = run(capsys, "--db", str(demo_file), "reunion", "list", "--program", "1")
    header, row = out.splitlines()
    assert header.split("  ")[0] == "ID" and header == header.upper()
    assert "ON THE LIST  NO ANSWER  ACCEPTED  DECLINED  ATTENDED  ABSENT" in header
    assert row.split()[-6:] == ["27", "2", "0", "5", "16", "4"]  # 2 + 0 + 5 + 16 + 4 = 27


def _lecture(capsys: Capture, db: tuple[str, str]) -> str:
    created = as_json(
        capsys, *db, "reunion", "create", "--program", "1", "--title", "Föreläsning",
        "--date", "2026-01-15", "--json",
    )  # fmt: skip
    assert isinstance(created, dict)
    return str(created["id"])


def test_invite_by_organization_name_or_id(demo_file: Path, capsys: Capture) -> None:
    db = ("--db", str(demo_file))
    by_name, by_id = _lecture(capsys, db), _lecture(capsys, db)
    named = as_json(
        capsys, *db, "reunion", "invite", by_name, "--organization", " alingsås  KOMMUN", "--json"
    )
    assert isinstance(named, dict) and named["invited"] > 0
    shown = as_json(capsys, *db, "reunion", "show", by_name, "--json")
    assert isinstance(shown, dict)
    assert {i["organization"] for i in shown["invitees"]} == {"Alingsås kommun"}
    con = sqlite3.connect(demo_file)
    try:
        (org_id,) = con.execute(
            "SELECT id FROM organization WHERE name = 'Alingsås kommun'"
        ).fetchone()
    finally:
        con.close()
    numbered = as_json(
        capsys, *db, "reunion", "invite", by_id, "--organization", str(org_id), "--json"
    )
    assert numbered == named
    code, _out, err = run(
        capsys, *db, "reunion", "invite", by_id, "--organization", "Ingen sådan kommun"
    )
    assert code == 1 and "no organization “Ingen sådan kommun”" in err


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("J", "accepted"),
        ("k", "accepted"),
        ("tackat  ja", "accepted"),
        ("kyllä", "accepted"),
        ("N", "declined"),
        ("ei", "declined"),
        ("Nej", "declined"),
        ("D", "attended"),
        ("osallistui", "attended"),
        ("F", "absent"),
        ("poissa", "absent"),
        ("frånvarande", "absent"),
    ],
)
def test_status_takes_the_windows_letters_and_words(
    demo_file: Path, capsys: Capture, word: str, status: str
) -> None:
    db = ("--db", str(demo_file))
    gid = _lecture(capsys, db)
    as_json(capsys, *db, "reunion", "invite", gid, "--person", "2", "--json")
    code, out, err = run(capsys, *db, "reunion", "status", gid, "--person", "2", word)
    assert code == 0, err
    shown = as_json(capsys, *db, "reunion", "show", gid, "--json")
    assert isinstance(shown, dict)
    (person,) = shown["invitees"]
    assert person["status"] == status
    name = f"{person['first_name']} {person['last_name']}"
    assert out.startswith(f"{name} (person 2): ")


def test_the_signin_sheet_says_who_declined_is_left_out(
    demo_file: Path, tmp_path: Path, capsys: Capture
) -> None:
    sheet = tmp_path / "sheet.pdf"
    code, out, _err = run(
        capsys, "--db", str(demo_file), "reunion", "signin-sheet", "1", "--out", str(sheet)
    )
    assert code == 0 and "22 names" in out
    assert "5 people who declined are left out." in out
