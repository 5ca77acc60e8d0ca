"""A cohort with no sessions or no participants yet says so in words: a header over
nothing read as if the list had failed to print. `--json` stays an empty list, and the
lean path (app.lean_read) prints the very same bytes as the full path."""

from __future__ import annotations

import json

import pytest

from app import cli
from app import db as db_module
from app.db import open_database
from app.services import cohorts
from app.services.cohorts import CohortFields
from tests.integration.test_cli import run

SAID = {
    ("sessions", "en"): "The cohort has no sessions yet.\n",
    ("sessions", "sv"): "Omgången har inga träffar än.\n",
    ("sessions", "fi"): "Ryhmällä ei ole vielä tapaamisia.\n",
    ("participants", "en"): "The cohort has no participants yet.\n",
    ("participants", "sv"): "Omgången har inga deltagare än.\n",
    ("participants", "fi"): "Ryhmässä ei ole vielä osallistujia.\n",
}


@pytest.fixture
def empty_cohort(demo_location: str) -> int:
    """A new cohort in the demo's first programme, nothing in it yet; the database closed."""
    with open_database(demo_location, full_check=True) as database, database.write() as s:
        program_id = cohorts.get_cohort(s, 1).program_id
        return cohorts.create_cohort(s, program_id, CohortFields(name="Omgång 4")).id


@pytest.mark.parametrize("lang", ["en", "sv", "fi"])
@pytest.mark.parametrize("what", ["sessions", "participants"])
def test_an_empty_cohort_says_so(
    demo_location: str,
    empty_cohort: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    lang: str,
) -> None:
    args = ["--lang", lang, "--db", demo_location, what, "--cohort", str(empty_cohort)]
    with monkeypatch.context() as full:
        full.setattr(cli, "_LEAN", {})
        assert run(capsys, *args) == (0, SAID[what, lang], "")
    assert run(capsys, *args) == (0, SAID[what, lang], "")  # lean where it can be
    code, out, err = run(capsys, *args, "--json")
    assert (code, json.loads(out), err) == (0, [], "")


@pytest.mark.sqlite_only  # the lean path reads SQLite files only
def test_the_lean_path_is_taken_for_an_empty_cohort(
    demo_location: str,
    empty_cohort: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_database(demo_location, full_check=True).close()  # everyday: checked today

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the full path was taken")

    monkeypatch.setattr(db_module, "open_database", refuse)
    args = ["--db", demo_location, "sessions", "--cohort", str(empty_cohort)]
    assert run(capsys, *args) == (0, SAID["sessions", "en"], "")
