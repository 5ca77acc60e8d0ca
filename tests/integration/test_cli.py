"""The kohort command, in process and as a real process."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.cli import main
from app.db import open_database
from app.domain import AttendanceStatus
from app.rules import CompletionRule, SessionMark, evaluate
from diplomas.render_version import RENDER_VERSION


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse: --version, usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def fl_cohort(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    """The demo's "Framtidens ledare" cohort, as `kohort cohorts --json` lists it."""
    cohorts = json.loads(run(capsys, "--db", db, "cohorts", "--json")[1])
    return next(c for c in cohorts if c["program"]["code"] == "FL")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"kohort {__version__}"


def test_demo_then_cohorts_lists_both(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--json")
    assert code == 0
    created = json.loads(out)
    assert created["created"] is True and len(created["cohort_ids"]) == 4
    code, out, _ = run(capsys, "--db", str(db_path), "demo", "--json")
    assert json.loads(out) == {**created, "created": False}
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0 and "demo programmes 1, 2, cohorts 1, 2, 3, 4 in" in out  # not [1, 2]
    code, out, _ = run(capsys, "--db", str(db_path), "cohorts", "--json")
    listed = json.loads(out)
    assert code == 0
    assert sorted(c["id"] for c in listed) == sorted(created["cohort_ids"])
    assert {c["program"]["code"] for c in listed} == {"FL", "LEC"}
    assert all(c["participants"] > 0 and c["sessions"] > 0 for c in listed)


def test_db_option_after_the_command_and_env_var(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "demo", "--db", str(db_path))[0] == 0
    monkeypatch.setenv("KOHORT_DB", str(db_path))
    code, out, _ = run(capsys, "cohorts", "--json")
    assert code == 0 and len(json.loads(out)) == 4


def test_participants_json_matches_the_rule(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "cohorts", "--json")
    fl = next(c for c in json.loads(out) if c["program"]["code"] == "FL")
    code, out, _ = run(
        capsys, "--db", str(demo_file), "participants", "--cohort", str(fl["id"]), "--json"
    )
    assert code == 0
    rows = json.loads(out)

    # Recompute every participant's eligibility straight from the stored rows.
    with open_database(str(demo_file)) as database, database.read() as s:
        conn = s.connection()
        rule_row = conn.exec_driver_sql(
            "SELECT min_attendance_percent, require_all_mandatory, count_late, "
            "count_left_early, count_excused, require_action_plan FROM cohort WHERE id = ?",
            (fl["id"],),
        ).one()
        rule = CompletionRule(int(rule_row[0]), *(bool(v) for v in rule_row[1:]))
        sessions = conn.exec_driver_sql(
            "SELECT id, date, mandatory, cancelled FROM cohort_session WHERE cohort_id = ?",
            (fl["id"],),
        ).all()
        marks = {
            (e, sid): st
            for e, sid, st in conn.exec_driver_sql(
                "SELECT enrollment_id, session_id, status FROM attendance"
            ).all()
        }
        plans = {r[0] for r in conn.exec_driver_sql("SELECT enrollment_id FROM action_plan")}
    judged = [r for r in rows if r["eligible"] is not None]
    assert judged
    for row in judged:
        expected = evaluate(
            rule,
            [
                SessionMark(
                    dt.date.fromisoformat(d),
                    bool(m),
                    bool(c),
                    AttendanceStatus(marks[(row["enrollment_id"], sid)])
                    if (row["enrollment_id"], sid) in marks
                    else None,
                )
                for sid, d, m, c in sessions
            ],
            today=dt.date.today(),
            has_action_plan=row["enrollment_id"] in plans,
        )
        assert row["attended"] == expected.attended and row["held"] == expected.held
        assert row["attendance_rate"] == pytest.approx(expected.attended / expected.held)
        assert row["shortfalls"] == [s.value for s in expected.shortfalls]
        if row["override"] is None:
            assert row["eligible"] == expected.eligible, row["last_name"]
        else:
            assert row["eligible"] == row["override"]["eligible"] and row["override"]["reason"]
    assert any(r["eligible"] for r in judged) and any(not r["eligible"] for r in judged)
    mentors = [r for r in rows if r["role"] == "mentor"]
    assert mentors and all(r["eligible"] is None and r["attendance_rate"] is None for r in mentors)


def test_attendance_mark_changes_the_rate(
    demo_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    fl = fl_cohort(capsys, db)
    sessions = json.loads(
        run(capsys, "--db", db, "sessions", "--cohort", str(fl["id"]), "--json")[1]
    )
    assert [s["date"] for s in sessions] == sorted(s["date"] for s in sessions)
    rows = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", str(fl["id"]), "--json")[1]
    )
    strombäck = next(r for r in rows if r["last_name"] == "Strömbäck")
    assert strombäck["eligible"] is False and strombäck["attended"] == 3
    absent_sessions = [s["id"] for s in sessions][2:4]  # he missed sessions 3 and 4
    for sid in absent_sessions:
        code, out, _ = run(
            capsys,
            "--db",
            db,
            "attendance",
            "mark",
            "--session",
            str(sid),
            "--status",
            "present",
            str(strombäck["person_id"]),
        )
        assert code == 0 and "Marked 1 person present" in out
    rows = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", str(fl["id"]), "--json")[1]
    )
    after = next(r for r in rows if r["last_name"] == "Strömbäck")
    assert after["attended"] == 5 and after["eligible"] is True


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["participants", "--cohort", "999"], 1, "There is no cohort with id 999."),
        (["sessions", "--cohort", "abc"], 2, "is not an id"),
        (["participants"], 2, "required: --cohort"),
        (
            ["attendance", "mark", "--session", "1", "--status", "maybe", "3"],
            2,
            "unknown status 'maybe'",
        ),
        (
            ["attendance", "mark", "--session", "1", "--status", "present", "4242"],
            1,
            "nothing was marked",
        ),
        (
            ["attendance", "mark", "--session", "4242", "--status", "present", "1"],
            1,
            "There is no session with id 4242.",
        ),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_errors_are_one_clear_line(
    demo_file: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    got, out, err = run(capsys, "--db", str(demo_file), *args)
    assert got == code
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_damaged_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "deltagare.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 4000)
    code, _, err = run(capsys, "--db", str(bad), "cohorts")
    assert code == 1 and "not a Kohort database" in err and "Traceback" not in err


def test_second_process_is_refused_while_the_database_is_open(demo_file: Path) -> None:
    holder = open_database(str(demo_file))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", str(demo_file), "cohorts"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
    finally:
        holder.close()
    assert result.returncode == 1
    assert "already open in another Kohort" in result.stderr
    assert f"process {os.getpid()}" in result.stderr


def test_backup_and_check(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "usb").mkdir()
    target = tmp_path / "usb" / "kohort-backup.sqlite3"
    code, out, _ = run(capsys, "--db", str(demo_file), "backup", "--out", str(target))
    assert code == 0 and "integrity and row counts checked" in out
    code, out, _ = run(capsys, "--db", str(target), "cohorts", "--json")
    assert code == 0 and len(json.loads(out)) == 4  # the backup is a working database
    code, out, _ = run(capsys, "--db", str(demo_file), "check")
    assert code == 0 and "no problems found" in out
    code, _, err = run(capsys, "--db", str(demo_file), "backup", "--out", str(demo_file))
    assert code == 1 and "another file" in err


def test_backup_never_replaces_an_existing_file_unasked(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older backup may be the only good copy left: replacing it needs --overwrite."""
    target = tmp_path / "kohort-backup.sqlite3"
    target.write_bytes(b"the only good copy")
    code, _, err = run(capsys, "--db", str(demo_file), "backup", "--out", str(target))
    assert code == 1 and "exists already" in err and "--overwrite" in err
    assert target.read_bytes() == b"the only good copy"
    code, out, _ = run(
        capsys, "--db", str(demo_file), "backup", "--out", str(target), "--overwrite"
    )
    assert code == 0 and "integrity and row counts checked" in out
    assert target.read_bytes().startswith(b"SQLite format 3")


_HOLDER = """
import sys
from sqlalchemy import text
from app.db import open_database

db = open_database(sys.argv[1])
with db.write() as session:  # left in the write-ahead log, as the window would
    session.execute(text("UPDATE program SET name = 'Framtidens ledare 2' WHERE code = 'FL'"))
print("open", flush=True)
sys.stdin.read()
db.close()
"""


def test_backup_works_while_another_process_has_the_database_open(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(demo_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        code, _, err = run(capsys, "--db", str(demo_file), "cohorts")
        assert code == 1 and "already open in another Kohort" in err  # it holds the lock
        target = tmp_path / "copy.sqlite3"
        code, out, err = run(capsys, "--db", str(demo_file), "backup", "--out", str(target))
        assert code == 0, err
        assert "integrity and row counts checked" in out
    finally:
        holder.communicate("", timeout=60)
    assert holder.returncode == 0
    con = sqlite3.connect(target)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM program")}
    finally:
        con.close()
    assert "Framtidens ledare 2" in names  # what the other process wrote is in the copy


def test_backup_to_a_stick_that_is_not_there_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / "media" / "usb" / "kohort.sqlite3"
    code, out, err = run(capsys, "--db", str(demo_file), "backup", "--out", str(target))
    assert code == 1 and out == ""
    assert f"The folder {target.parent} does not exist" in err and "USB stick" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_backup_of_a_missing_database_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", str(tmp_path / "inget.sqlite3"), "backup", "--out", str(tmp_path / "b")
    )
    assert code == 1 and "There is no database file" in err
    assert list(tmp_path.iterdir()) == []


def test_check_reports_broken_references(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    con = sqlite3.connect(demo_file)  # foreign keys off: simulate damage from outside
    con.execute("UPDATE attendance SET session_id = 9999 WHERE id = 1")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--db", str(demo_file), "check")
    assert code == 1 and "refers to a missing cohort_session" in out
    # SQLite's detail is introduced as such, in the interface's language
    assert out.startswith("SQLite's check reports (the detail for whoever repairs the file):\n")
    assert "1 problem (listed above)" in err and err.count("kohort:") == 1


def test_huge_and_odd_ids_are_usage_errors(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for value in ("99999999999999999999999", "0", "-3", "1.5"):
        code, _, err = run(capsys, "--db", str(demo_file), "sessions", "--cohort", value)
        assert code == 2 and "is not an id" in err and "Traceback" not in err


def test_gui_without_a_display_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux desktops")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "gui")
    assert code == 1 and "no display found" in err


def _legacy_windows_csv(path: Path, *rows: str) -> Path:
    """The "CSV" a Swedish Windows Excel saves: cp1252 and semicolons, a title line on top."""
    text = "Deltagarlista Ledarskap 2027\r\n\r\nFörnamn;Efternamn;E-post;Kommun;Mobil\r\n"
    path.write_bytes((text + "\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def test_import_dry_run_then_for_real(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    lec = next(
        c
        for c in json.loads(run(capsys, "--db", db, "cohorts", "--json")[1])
        if c["program"]["code"] == "LEC"
    )
    source = _legacy_windows_csv(
        tmp_path / "deltagare.csv",
        "Åsa;Öberg-Jäätteenmäki;ASA.OBERG-JAATTEENMAKI@alingsas.se;Alingsås kommun;0701234567",
        "Linnéa;Lövgren;linnea.lovgren@lerum.se;Lerums kommun;070-222 33 44",
        "Linnéa;Lövgren;Linnea.Lovgren@lerum.se;Lerums kommun;",
    )
    code, out, _ = run(
        capsys, "--db", db, "import", str(source), "--cohort", str(lec["id"]), "--dry-run", "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert {k: report[k] for k in ("created", "updated", "unchanged", "enrolled", "errors")} == {
        "created": 1,
        "updated": 1,
        "unchanged": 0,
        "enrolled": 2,
        "errors": [],
    }
    assert report["dry_run"] is True and report["merged"] == [{"row": 6, "into": 5}]
    before = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", str(lec["id"]), "--json")[1]
    )
    assert len(before) == 13  # the dry run wrote nothing
    code, out, _ = run(capsys, "--db", db, "import", str(source), "--cohort", str(lec["id"]))
    assert code == 0 and "created 1, updated 1, unchanged 0, newly enrolled 2" in out
    after = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", str(lec["id"]), "--json")[1]
    )
    names = {(r["first_name"], r["last_name"]) for r in after}
    assert ("Linnéa", "Lövgren") in names and ("Åsa", "Öberg-Jäätteenmäki") in names
    assert len(after) == 15


def test_import_check_shows_what_it_reads_differently(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A phone Excel stored as a number and a row without a surname: imported, but shown."""
    from tests.factories import programme_with_cohort
    from tests.unit.import_corpus import write_xlsx

    database = open_database(str(db_path))
    with database.write() as s:
        cohort_id = programme_with_cohort(s).id
    database.close()
    source = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Förnamn", "Efternamn", "E-post", "Telefon"],
            ["Anna", "Lindqvist", "anna@malmo.se", 40425000],
            ["Zeynep", "", "zeynep@malmo.se", "040-42 50 01"],
        ],
    )
    args = ("--db", str(db_path), "import", str(source), "--cohort", str(cohort_id), "--dry-run")
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "row 2 (warning): the phone number 40425000 was stored as a number" in out
    assert "row 3 (warning): “Zeynep” has no last name" in out
    code, out, _ = run(capsys, *args, "--json")
    assert code == 0
    assert [(w["row"], w["field"]) for w in json.loads(out)["warnings"]] == [
        (2, "phone"),
        (3, "last_name"),
    ]
    assert json.loads(out)["warnings"][0]["message"].endswith("it is read as 040425000")


def test_import_with_a_bad_row_writes_nothing(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    source = _legacy_windows_csv(
        tmp_path / "deltagare.csv",
        "Linnéa;Lövgren;linnea.lovgren@lerum.se;Lerums kommun;",
        ";;;Lerums kommun;070-1",
        "Per;Ek;per.ek(at)lerum.se;Lerums kommun;",
    )
    code, out, _ = run(capsys, "--db", db, "import", str(source), "--cohort", "1", "--json")
    assert code == 1
    report = json.loads(out)
    assert [e["row"] for e in report["errors"]] == [5, 6]
    assert "not a valid e-mail" in report["errors"][1]["message"]
    rows = json.loads(run(capsys, "--db", db, "participants", "--cohort", "1", "--json")[1])
    assert all(r["last_name"] != "Lövgren" for r in rows)


def test_import_refuses_legacy_excel(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "deltagare.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 2000)
    code, _, err = run(capsys, "--db", str(demo_file), "import", str(old), "--cohort", "1")
    assert code == 1 and "save it as .xlsx" in err and "Traceback" not in err


def test_import_json_reports_unreadable_files_too(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    code, out, _ = run(
        capsys, "--db", str(demo_file), "import", str(empty), "--cohort", "1", "--json"
    )
    report = json.loads(out)
    assert code == 1 and report["created"] == 0
    assert report["errors"][0]["row"] is None and "empty" in report["errors"][0]["message"]
    header_only = tmp_path / "bara-rubriker.csv"
    header_only.write_text("Förnamn;Efternamn;E-post\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "--db", str(demo_file), "import", str(header_only), "--cohort", "1", "--json"
    )
    assert code == 1
    assert "no participants below the header" in json.loads(out)["errors"][0]["message"]


def test_signin_sheet(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = demo_location
    fl = fl_cohort(capsys, db)
    first = json.loads(run(capsys, "--db", db, "sessions", "--cohort", str(fl["id"]), "--json")[1])[
        0
    ]
    out = tmp_path / "närvarolista.pdf"
    code, text, _ = run(
        capsys, "--db", db, "signin-sheet", "--session", str(first["id"]), "--out", str(out)
    )
    assert code == 0 and "17 names, 5 blank rows" in text
    page_text = PdfReader(out).pages[0].extract_text()
    assert "Start: Att leda sig själv" in page_text and "Öberg-Jäätteenmäki, Åsa" in page_text
    assert "Fredriksson" not in page_text  # withdrawn
    other = str(tmp_path / "other.pdf")
    code, _, err = run(capsys, "--db", db, "signin-sheet", "--session", "999", "--out", other)
    assert code == 1 and "no session with id 999" in err


def test_diplomas_issue_once_and_print_in_hand_out_order(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = demo_location
    fl = fl_cohort(capsys, db)
    rows = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", str(fl["id"]), "--json")[1]
    )
    eligible = [r for r in rows if r["eligible"]]
    out = tmp_path / "diplom.pdf"
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "diplomas",
        "--cohort",
        str(fl["id"]),
        "--out",
        str(out),
        "--separate",
        str(tmp_path / "var för sig"),
    )
    assert code == 0 and f"Issued {len(eligible)} new" in text
    pages = PdfReader(out).pages
    assert len(pages) == len(eligible) + 1  # and the checklist
    first_names = [p.extract_text() for p in pages[:-1]]
    assert "Al-Hassan" in first_names[0] and "Öberg-Jäätteenmäki" in first_names[-1]
    assert "FL-2026-001" in pages[-1].extract_text()
    assert len(list((tmp_path / "var för sig").iterdir())) == len(eligible)
    # again: nothing new is issued, the same frozen diplomas are printed
    code, text, _ = run(
        capsys,
        "--db",
        db,
        "diplomas",
        "--cohort",
        str(fl["id"]),
        "--out",
        str(tmp_path / "igen.pdf"),
        "--no-checklist",
    )
    assert code == 0 and "Issued 0 new" in text
    assert len(PdfReader(tmp_path / "igen.pdf").pages) == len(eligible)
    not_eligible = next(r for r in rows if r["eligible"] is False)
    code, _, err = run(
        capsys,
        "--db",
        db,
        "diplomas",
        "--cohort",
        str(fl["id"]),
        "--out",
        str(tmp_path / "x.pdf"),
        "--person",
        str(not_eligible["person_id"]),
    )
    assert code == 1 and "Not eligible" in err and "--confirm-ineligible" in err
    # a custom hand-out order: the order of --person
    chosen = [r for r in eligible if r["last_name"] in ("Öberg-Jäätteenmäki", "Al-Hassan")]
    chosen.sort(key=lambda r: r["last_name"], reverse=True)  # Ö before A
    code, _, _ = run(
        capsys,
        *("--db", db, "diplomas", "--cohort", str(fl["id"]), "--out", str(tmp_path / "c.pdf")),
        *("--order", "custom", "--no-checklist", "--person"),
        *(str(r["person_id"]) for r in chosen),
    )
    texts = [p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages]
    assert code == 0 and len(texts) == 2
    assert "Öberg-Jäätteenmäki" in texts[0] and "Al-Hassan" in texts[1]
    code, _, err = run(
        capsys,
        *("--db", db, "diplomas", "--cohort", str(fl["id"]), "--out", str(tmp_path / "d.pdf")),
        *("--order", "custom"),
    )
    assert code == 1 and "--person" in err


def test_diploma_files_only_show_what_the_register_holds(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = demo_location
    blocked = tmp_path / "inte-en-mapp"
    blocked.write_text("a file where the folder should go")
    out = tmp_path / "diplom.pdf"
    code, _, err = run(
        capsys,
        "--db",
        db,
        "diplomas",
        "--cohort",
        "1",
        "--out",
        str(out),
        "--separate",
        str(blocked / "var"),
    )
    assert code == 1 and "Traceback" not in err
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    with open_database(db) as database, database.read() as s:
        codes = [
            r[0] for r in s.connection().exec_driver_sql("SELECT verification_code FROM diploma")
        ]
    assert codes and all(c in text for c in codes)  # issued, committed, and printed


def _issued_codes(db: str) -> list[tuple[int, str, str, str]]:
    with open_database(db) as database, database.read() as s:
        return [
            (r[0], r[1], r[2], r[3])
            for r in s.connection().exec_driver_sql(
                "SELECT id, serial, verification_code, name_as_printed FROM diploma ORDER BY id"
            )
        ]


def test_verify_says_whose_diploma_a_code_is_and_answers_with_its_exit_code(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.diploma_register import reissue_diploma, revoke_diploma

    db = demo_location
    run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(tmp_path / "d.pdf"))
    (first_id, first_serial, first, _), (second_id, _, second, _), third_row = _issued_codes(db)[:3]
    _, third_serial, third, third_name = third_row
    code, out, err = run(capsys, "--db", db, "verify", first.lower().replace("-", ""))
    assert code == 0 and not err
    assert out.startswith("Valid:") and first_serial in out and first in out
    assert "Framtidens ledare" in out and "Omgång 3" in out

    with open_database(db) as database, database.write() as s:
        new = reissue_diploma(s, first_id, today=dt.date.today())
        revoke_diploma(s, second_id, "Utfärdat av misstag")
    code, out, _ = run(capsys, "--db", db, "verify", f"https://example.se/diplom?kod={first}")
    assert code == 3 and out.startswith(f"Replaced: this diploma was reissued as {new.serial}")
    code, out, _ = run(capsys, "--db", db, "verify", second, "--json")
    revoked = json.loads(out)
    assert code == 3
    assert revoked["status"] == "revoked" and revoked["valid"] is False
    assert revoked["revoked_reason"] == "Utfärdat av misstag"
    assert revoked["revoked_on"] == dt.datetime.now(dt.UTC).date().isoformat()
    code, out, _ = run(capsys, "--db", db, "verify", third, "--json")
    valid = json.loads(out)
    assert code == 0
    assert valid == {
        "query": third,
        "found": True,
        "status": "valid",
        "valid": True,
        "code": third,
        "serial": third_serial,
        "name_as_printed": third_name,
        "programme": "Framtidens ledare",
        "cohort": "Omgång 3, 2025/2026",
        "issue_date": valid["issue_date"],
        "replaced_by": None,
        "latest_serial": None,
        "latest_valid": False,
        "revoked_on": None,
        "revoked_reason": None,
        "record": "exact",
        "render_version": RENDER_VERSION,
        "current_render_version": RENDER_VERSION,
    }
    code, out, _ = run(capsys, "--db", db, "verify", third)
    assert code == 0 and "record of it is intact" in out
    assert f"Drawn by renderer version {RENDER_VERSION}; this Kohort draws" in out
    with open_database(db) as database, database.write() as s:  # one byte of the recipe
        s.connection().exec_driver_sql(
            "UPDATE diploma SET content_json = replace(content_json, 'Omg', 'Omh') "
            f"WHERE verification_code = '{third}'"
        )
    code, out, _ = run(capsys, "--db", db, "verify", third)
    assert "record of it is damaged" in out and "backup" in out
    assert code == 5 and out.startswith("Cannot be confirmed:") and "Valid" not in out
    assert json.loads(run(capsys, "--db", db, "verify", third, "--json")[1])["status"] == (
        "damaged"
    )


def test_verify_shows_the_hashed_name_and_a_changed_column_cannot_be_confirmed(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plain name and date columns carry no hash: changed, they are not what verify
    shows, and the diploma is not valid."""
    db = demo_location
    run(capsys, "--db", db, "diplomas", "--cohort", "1", "--out", str(tmp_path / "d.pdf"))
    (_, _, first, name), (_, _, second, _) = _issued_codes(db)[:2]
    with open_database(db) as database, database.write() as s:
        s.connection().exec_driver_sql(
            f"UPDATE diploma SET name_as_printed = 'Hacker' WHERE verification_code = '{first}'"
        )
        s.connection().exec_driver_sql(
            f"UPDATE diploma SET issue_date = '2001-01-01' WHERE verification_code = '{second}'"
        )
    code, out, _ = run(capsys, "--db", db, "verify", first)
    assert code == 5 and out.startswith("Cannot be confirmed:")
    assert "Hacker" not in out and name in out
    code, out, _ = run(capsys, "--db", db, "verify", second)
    assert code == 5 and out.startswith("Cannot be confirmed:") and "2001-01-01" not in out


def test_verify_an_unknown_code(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(demo_file), "verify", "ZZZZ-ZZZZ")
    assert code == 4 and not err
    assert out.strip() == (
        "Unknown: no diploma in this register has the verification code “ZZZZ-ZZZZ”."
    )
    code, out, _ = run(capsys, "--db", str(demo_file), "verify", "zzzz-zzzz", "--json")
    assert code == 4
    assert json.loads(out) | {"query": None} == {
        "query": None,
        "found": False,
        "status": "unknown",
        "valid": False,
        **dict.fromkeys(
            ["code", "serial", "name_as_printed", "programme", "cohort", "issue_date"], None
        ),
        **dict.fromkeys(
            ["replaced_by", "latest_serial", "latest_valid", "revoked_on", "revoked_reason"], None
        ),
        "record": None,
        "render_version": None,
        "current_render_version": RENDER_VERSION,
    }


def test_design_preview_reissue_with_a_corrected_name_and_revoke(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = demo_location
    fl = fl_cohort(capsys, db)
    cohort = str(fl["id"])
    preview = tmp_path / "förhandsvisning.pdf"
    code, text, _ = run(
        capsys,
        *("--db", db, "design", "--cohort", cohort, "--json", "--template", "minimal"),
        *("--orientation", "portrait", "--place", "Alingsås", "--issue-date", "2026-03-19"),
        *("--signatory", "Eva Lund|Kommundirektör", "--preview", str(preview)),
    )
    shown = json.loads(text)
    assert code == 0 and shown["template"] == "minimal"
    assert shown["signatories"] == ["Eva Lund, Kommundirektör"]
    page = PdfReader(preview).pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)
    assert "Alingsås den 19 mars 2026" in page.extract_text()
    assert "Diplom nr FL-2026-··· · Verifieringskod ····-····" in page.extract_text()

    code, _, err = run(capsys, "--db", db, "design", "--cohort", cohort, "--accent", "blue")
    assert code == 1 and "#RRGGBB" in err

    code, text, _ = run(
        capsys,
        *("--db", db, "design", "--cohort", cohort, "--json", "--template", "formal"),
        *("--bleed", "--preview", str(preview), "--overwrite"),
    )
    assert code == 0 and json.loads(text)["edge"] == "bleed"
    assert json.loads(text)["template"] == "formal"
    page = PdfReader(preview).pages[0]
    assert float(page.trimbox.width) == pytest.approx(float(page.mediabox.width) - 6 * 72 / 25.4)
    code, text, _ = run(capsys, "--db", db, "design", "--cohort", cohort, "--json", "--no-bleed")
    assert json.loads(text)["edge"] == "margin"

    run(capsys, "--db", db, "diplomas", "--cohort", cohort, "--out", str(tmp_path / "d.pdf"))
    for bad in ("rättad.PDF.txt", "ingen-mapp/rättad.pdf"):  # refused before anything changes
        code, _, err = run(
            capsys,
            "--db",
            db,
            "reissue",
            "FL-2026-001",
            "--name",
            "X",
            "--out",
            str(tmp_path / bad),
        )
        assert code == 1
    code, text, _ = run(capsys, "--db", db, "participants", "--cohort", cohort, "--json")
    assert not any(r.get("name_as_printed") == "X" for r in json.loads(text))
    out = tmp_path / "rättad.pdf"
    code, text, _ = run(
        capsys,
        *("--db", db, "reissue", "fl-2026-001", "--name", "Fatima Al-Hassan Berg"),
        *("--out", str(out), "--json"),
    )
    new = json.loads(text)
    assert code == 0 and new["replaces"] == "fl-2026-001"
    assert "Fatima Al-Hassan Berg" in PdfReader(out).pages[0].extract_text()
    assert run(capsys, "--db", db, "verify", new["verification_code"])[0] == 0
    code, _, err = run(capsys, "--db", db, "reissue", "FL-2026-001")
    assert code == 1 and "replaced by" in err
    code, _, err = run(capsys, "--db", db, "reissue", new["serial"], "--name", "   ")
    assert code == 1 and "cannot be empty" in err
    assert run(capsys, "--db", db, "verify", new["verification_code"])[0] == 0  # untouched

    code, text, _ = run(capsys, "--db", db, "revoke", new["serial"], "--reason", "Fel kohort")
    assert code == 0 and "revoked" in text
    assert run(capsys, "--db", db, "verify", new["verification_code"])[0] == 3
    code, _, err = run(capsys, "--db", db, "revoke", "XX-1999-001", "--reason", "x")
    assert code == 1 and "no diploma with serial" in err


def _png(color: tuple[int, ...]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 60, 20, 8, 6 if len(color) == 4 else 2, 0, 0, 0)
    idat = zlib.compress((b"\x00" + bytes(color) * 60) * 20)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def _image_streams(path: Path) -> dict[int, bytes]:
    """Every image a reader meets on the pages (in forms too, soft masks included), by object."""
    from pypdf import PdfReader

    found: dict[int, bytes] = {}

    def visit(resources: Any) -> None:
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object() if xobjects is not None else {}).values():
            obj = ref.get_object()
            if obj["/Subtype"] == "/Image":
                found[ref.idnum] = obj.get_data()
                if "/SMask" in obj:
                    mask = obj.raw_get("/SMask")
                    found[mask.idnum] = mask.get_object().get_data()
            elif obj["/Subtype"] == "/Form":
                visit(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        visit(page.get("/Resources"))
    return found


def test_the_ceremony_file_stores_the_logo_and_signature_images_once(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each frozen diploma carries its own copy of the images; the merged file keeps one."""
    from sqlalchemy import select

    from app.models import Cohort, Signatory, StoredImage

    with open_database(str(demo_file)) as database, database.write() as s:
        logo, signature = (
            StoredImage(mime_type="image/png", data=data, sha256=hashlib.sha256(data).hexdigest())
            for data in (_png((31, 85, 104)), _png((20, 30, 90, 160)))
        )
        s.add_all([logo, signature])
        s.flush()
        cohort = s.get(Cohort, 1)
        assert cohort is not None
        cohort.logo_image_id = logo.id
        for signatory in s.scalars(select(Signatory)):
            signatory.signature_image_id = signature.id
    out = tmp_path / "ceremoni.pdf"
    code, text, err = run(
        capsys, "--db", str(demo_file), "diplomas", "--cohort", "1", "--out", str(out)
    )
    assert code == 0, err
    assert "Wrote 10 diplomas to" in text
    images = _image_streams(out)
    assert len(images) == len(set(images.values())) == 3  # logo, signature, its mask: once each


def test_action_plans_list_print_blank_and_separate(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = demo_location
    fl = fl_cohort(capsys, db)
    cohort = str(fl["id"])
    code, out, _ = run(capsys, "--db", db, "action-plans", "--cohort", cohort, "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 14
    with_plan = [r for r in listed if r["has_plan"]]
    asa = next(r for r in listed if r["last_name"] == "Öberg-Jäätteenmäki")
    assert len(with_plan) == 6 and asa["sections_filled"] == asa["sections_total"] == 4
    assert asa["mentor"] == "Anders Bergström" and asa["follow_up_date"] == "2026-09-15"
    participants = json.loads(
        run(capsys, "--db", db, "participants", "--cohort", cohort, "--json")[1]
    )
    bergstrom = next(p for p in participants if p["last_name"] == "Bergström")

    # every plan in one file, and one file each
    out_pdf, folder = tmp_path / "planer.pdf", tmp_path / "var för sig"
    code, text, _ = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", cohort),
        *("--out", str(out_pdf), "--separate", str(folder)),
    )
    assert code == 0 and "Wrote 6 action plans to" in text
    pages = "".join(p.extract_text() for p in PdfReader(out_pdf).pages)
    assert pages.index("Johan Ekström") < pages.index("Åsa Öberg-Jäätteenmäki")  # by surname
    assert (
        sorted(p.name for p in folder.iterdir())[-1] == "Åsa Öberg-Jäätteenmäki handlingsplan.pdf"
    )

    # a mentor's adepts, as a list and as named blank forms for the workshop
    code, out, _ = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", cohort),
        *("--mentor", str(bergstrom["person_id"])),
    )
    assert code == 0 and "Sjöberg, Mikael" in out and "Ekström" not in out
    code, text, _ = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", cohort, "--blank"),
        *("--mentor", str(bergstrom["person_id"]), "--out", str(tmp_path / "tomma.pdf")),
    )
    assert code == 0 and "Wrote 5 blank forms to" in text
    blank_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "tomma.pdf").pages)
    assert "Mikael Sjöberg" in blank_text and "Lyssnar in" not in blank_text
    code, text, _ = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", cohort, "--unnamed"),
        *("--out", str(tmp_path / "en.pdf")),
    )
    assert code == 0 and "Wrote 1 blank form to" in text

    # someone without a plan: one clear sentence, nothing written
    fatima = next(p for p in participants if p["last_name"] == "Al-Hassan")
    code, _, err = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", cohort),
        *("--person", str(fatima["person_id"]), "--out", str(tmp_path / "x.pdf")),
    )
    assert code == 1 and "No action plan yet for Fatima Al-Hassan" in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = run(capsys, "--db", db, "action-plans", "--cohort", cohort, "--blank")
    assert code == 1 and "--out" in err


def test_action_plans_for_a_mentor_who_is_not_one(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    rows = json.loads(run(capsys, "--db", db, "participants", "--cohort", "1", "--json")[1])
    adept = next(r for r in rows if r["role"] == "participant")
    code, _, err = run(
        capsys,
        *("--db", db, "action-plans", "--cohort", "1", "--mentor", str(adept["person_id"])),
        *("--out", str(tmp_path / "x.pdf")),
    )
    assert code == 1 and f"Person {adept['person_id']} is not a mentor" in err
    assert not (tmp_path / "x.pdf").exists()


class _MidProgramme(dt.date):
    """`today` in the middle of the demo's cross-municipal programme (3 of 6 sessions held)."""

    @classmethod
    def today(cls) -> _MidProgramme:
        return cls(2026, 12, 7)


def test_diplomas_mid_programme_are_refused_without_before_end(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from types import SimpleNamespace

    from pypdf import PdfReader

    from app import cli_issue

    monkeypatch.setattr(cli_issue, "dt", SimpleNamespace(date=_MidProgramme))
    db = demo_location
    cohorts = json.loads(run(capsys, "--db", db, "cohorts", "--json")[1])
    lec = str(next(c for c in cohorts if c["program"]["code"] == "LEC")["id"])
    out = tmp_path / "diplom.pdf"
    code, _, err = run(capsys, "--db", db, "diplomas", "--cohort", lec, "--out", str(out))
    assert code == 1 and not out.exists()
    assert "3 sessions left" in err and "Avslutning med diplomutdelning, 15 April 2027" in err
    assert "This is unusual" in err and "--before-end" in err
    code, text, err = run(
        capsys, "--db", db, "diplomas", "--cohort", lec, "--out", str(out), "--before-end"
    )
    assert code == 0 and "Issued before the end of the programme" in err
    first = PdfReader(out).pages[0].extract_text()
    assert "15 april 2027" in first  # the closing session's date, not today's


def test_reissue_under_another_persons_name_needs_yes(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    cohort = str(fl_cohort(capsys, db)["id"])
    run(capsys, "--db", db, "diplomas", "--cohort", cohort, "--out", str(tmp_path / "d.pdf"))
    code, _, err = run(capsys, "--db", db, "reissue", "FL-2026-007", "--name", "Emir Hodžić")
    assert code == 1
    assert "FL-2026-007 is Mikael Sjöberg's diploma: “Mikael Sjöberg” → “Emir Hodžić”" in err
    assert "Nothing was changed" in err and "--yes" in err
    listed = json.loads(run(capsys, "--db", db, "participants", "--cohort", cohort, "--json")[1])
    mikael = next(r for r in listed if r["last_name"] == "Sjöberg")
    assert mikael["name_as_printed"] == "Mikael Sjöberg"  # nothing was changed
    code, text, _ = run(
        capsys, "--db", db, "reissue", "FL-2026-007", "--name", "Mikael Sjöberg-Lind"
    )
    assert code == 0
    assert text.splitlines()[0] == (
        "FL-2026-007 is Mikael Sjöberg's diploma: “Mikael Sjöberg” → “Mikael Sjöberg-Lind”."
    )
    code, text, _ = run(
        capsys, "--db", db, "reissue", "FL-2026-011", "--name", "Emir Hodžić", "--yes", "--json"
    )
    assert code == 0 and json.loads(text)["previous_name_as_printed"] == "Mikael Sjöberg-Lind"
