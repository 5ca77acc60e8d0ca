"""`kohort badges`: a cohort's name badges or table cards, end to end through the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_cli import fl_cohort, run


def test_badges_on_a_label_sheet_then_table_cards_for_a_session(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    fl = fl_cohort(capsys, db)
    out = tmp_path / "namnskyltar.pdf"
    code, text, err = run(
        capsys, "--db", db, "badges", "--cohort", str(fl["id"]), "--out", str(out)
    )
    assert code == 0, err
    assert text.strip() == f"Wrote 17 name badges (L4785, 2 pages) to {out}."
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert "Framtidens ledare · Omgång 3, 2025/2026" in first and "Fatima" in first

    code, _, err = run(capsys, "--db", db, "badges", "--cohort", str(fl["id"]), "--out", str(out))
    assert code == 1 and "exists already" in err and "--overwrite" in err

    session = json.loads(
        run(capsys, "--db", db, "sessions", "--cohort", str(fl["id"]), "--json")[1]
    )[0]
    cards = tmp_path / "bordskort.pdf"
    code, text, err = run(
        capsys, "--db", db, "badges", "--cohort", str(fl["id"]), "--out", str(cards),
        "--session", str(session["id"]), "--tents", "a4", "--no-mentors", "--groups",
        "--offset-x", "1.5", "--offset-y", "-2",
    )  # fmt: skip
    assert code == 0, err
    assert "table cards (A4," in text
    pages = PdfReader(cards).pages
    assert 0 < len(pages) < 17  # one card a person, mentors left out
    assert "Mentorsgrupp" in "".join(p.extract_text() for p in pages)


def test_badges_refuses_clearly(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    out = str(tmp_path / "b.pdf")
    code, _, err = run(capsys, "--db", db, "badges", "--cohort", "999", "--out", out)
    assert code == 1 and "999" in err
    code, _, err = run(capsys, "--db", db, "badges", "--cohort", "1", "--out", out, "--sheet", "X")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(
        capsys, "--db", db, "badges", "--cohort", "1", "--out", out, "--offset-x", "40"
    )
    assert code == 1 and "between −30 and 30 mm" in err
    assert not Path(out).exists()


def test_badges_for_a_session_leave_out_those_excused_and_the_help_says_so(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    fl = fl_cohort(capsys, db)
    cohort = str(fl["id"])
    sessions = json.loads(run(capsys, "--db", db, "sessions", "--cohort", cohort, "--json")[1])
    session = str(sessions[-1]["id"])
    people = json.loads(run(capsys, "--db", db, "participants", "--cohort", cohort, "--json")[1])
    out = tmp_path / "internat.pdf"

    def badges(*more: str) -> str:
        code, text, err = run(
            capsys, "--db", db, "badges", "--cohort", cohort, "--out", str(out), "--overwrite",
            "--session", session, "--sheet", "L7418", *more,
        )  # fmt: skip
        assert code == 0, err
        return text

    before = badges()
    assert "(L7418, 1 page)" in before or "(L7418, " in before
    expected = [p for p in people if p["status"] in ("enrolled", "admitted")]
    excused = [p["person_id"] for p in expected if p["role"] == "participant"][:2]
    assert len(excused) == 2
    code, _, err = run(
        capsys, "--db", db, "attendance", "mark", "--session", session, "--status", "excused",
        *map(str, excused),
    )  # fmt: skip
    assert code == 0, err
    count = int(before.split()[1])
    assert badges().startswith(f"Wrote {count - 2} name badges (L7418,")
    code, text, _ = run(capsys, "badges", "--help")
    assert code == 0 and "excused" in " ".join(text.split())
