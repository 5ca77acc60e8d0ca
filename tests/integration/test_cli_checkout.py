"""`kohort checkout`, `kohort checkin` and `kohort release` on a real PostgreSQL server, with
--json and in Swedish: the whole round trip, the server's refusal while the cohort is out,
a release asked for without --yes, and a check-in with a conflict."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import open_database
from app.domain import AttendanceStatus
from tests.conftest import server_copy
from tests.integration.test_cli import fl_cohort, run
from tests.unit.test_checkin_conflicts import a_mark, set_mark


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def test_check_out_and_in_with_json(
    location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = fl_cohort(capsys, location)
    file = str(tmp_path / "hotell.kohort")
    code, out, err = run(
        capsys, "--db", location, "checkout", "--cohort", str(cohort["id"]), "--to", file,
        "--serials", "4", "--json",
    )  # fmt: skip
    assert code == 0 and not err
    done = json.loads(out)
    assert done["cohort_id"] == cohort["id"] and done["file"] == file
    assert [(s["first"], s["last"]) for s in done["serials"]] == [(1, 4)]
    listed = {c["id"]: c for c in json.loads(run(capsys, "--db", location, "cohorts", "--json")[1])}
    assert listed[cohort["id"]]["checked_out"]["by"] == done["checked_out_by"]
    laptop = json.loads(run(capsys, "--db", file, "cohorts", "--json")[1])
    assert [c["id"] for c in laptop] == [cohort["id"]]
    assert laptop[0]["checked_out"]["from"] == done["server"]
    with open_database(location) as server:
        meeting, person, _status = a_mark(server, cohort["id"])
    code, out, err = run(
        capsys, "--db", file, "attendance", "mark", "--session", str(meeting),
        "--status", "excused", str(person),
    )  # fmt: skip
    assert code == 0, err
    code, out, _err = run(capsys, "checkin", file, "--dry-run", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["applied"] is False and plan["conflicts"] == []
    assert plan["changes"] == {"attendance": {"insert": 0, "update": 1, "delete": 0}}
    code, out, _err = run(capsys, "checkin", file, "--json")
    result = json.loads(out)
    assert code == 0 and result["applied"] is True and result["changes"] == plan["changes"]
    listed = {c["id"]: c for c in json.loads(run(capsys, "--db", location, "cohorts", "--json")[1])}
    assert listed[cohort["id"]]["checked_out"] is None
    code, _out, err = run(capsys, "checkin", file)
    assert code == 1 and "checked in already" in err


def test_in_swedish_refusals_release_and_a_conflict(
    location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOHORT_LANG", "sv")
    cohort = fl_cohort(capsys, location)
    file = str(tmp_path / "hotell.kohort")
    code, out, _err = run(
        capsys, "--db", location, "checkout", "--cohort", str(cohort["id"]), "--to", file
    )
    assert code == 0 and f"Checkade ut ”{cohort['name']}” till {file}" in out
    assert "Diplomnummer reserverade för diplom som utfärdas offline: FL-" in out
    code, out, _err = run(capsys, "--db", location, "cohorts")
    assert "UTCHECKAD" in out
    with open_database(location) as server:
        meeting, person, _status = a_mark(server, cohort["id"])
    code, _out, err = run(
        capsys, "--db", location, "attendance", "mark", "--session", str(meeting),
        "--status", "absent", str(person),
    )  # fmt: skip
    assert code == 1 and f"Omgången ”{cohort['name']}” är utcheckad av" in err
    assert "skrivskyddad här tills den checkas in" in err
    code, _out, err = run(capsys, "--db", location, "release", "--cohort", str(cohort["id"]))
    assert code == 1 and "ingenting släpptes" in err
    with open_database(file, create=False) as laptop:
        set_mark(laptop, meeting, person, AttendanceStatus.EXCUSED)
    code, out, _err = run(
        capsys, "--db", location, "release", "--cohort", str(cohort["id"]), "--yes"
    )
    assert code == 0 and f"Släppte ”{cohort['name']}”" in out
    with open_database(location) as server:
        set_mark(server, meeting, person, AttendanceStatus.ABSENT)
    code, out, err = run(capsys, "checkin", file)
    assert code == 1 and "konflikt: 1 närvaronotering" in out
    assert "ändrad på den bärbara datorn; ändrad på servern sedan utcheckningen" in out
    assert "Ingenting checkades in: 1 konflikt." in err
    code, out, _err = run(capsys, "checkin", file, "--prefer", "laptop")
    assert code == 0 and "löst: 1 närvaronotering" in out
    assert "Omgången hade släppts på servern under tiden" in out
    assert "ändrade: 1 närvaronotering" in out
