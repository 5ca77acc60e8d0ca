"""`kohort design` shows the design's version and, with `--version N`, saves only over that
version: a script that read the design before another coordinator saved it is refused, in
the interface language, and nothing is saved or written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.models_base import who_changes
from tests.integration.test_cli import run


def _design(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, object]:
    code, out, err = run(capsys, "--db", db, "design", "--cohort", "1", "--json", *args)
    assert code == 0, err
    return dict(json.loads(out))


def test_the_version_is_shown_and_moves_with_each_save(
    demo_location: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _design(capsys, demo_location)["version"] == 1
    saved = _design(capsys, demo_location, "--place", "Vänersborg", "--version", "1")
    assert (saved["place"], saved["version"]) == ("Vänersborg", 2)
    assert _design(capsys, demo_location, "--place", "Trollhättan")["version"] == 3  # not asked
    assert _design(capsys, demo_location, "--place", "Trollhättan")["version"] == 3  # no change
    monkeypatch.setenv("KOHORT_LANG", "sv")
    code, text, _err = run(capsys, "--db", demo_location, "design", "--cohort", "1")
    assert code == 0 and "Version:          3" in text


def test_a_stale_version_is_refused_in_swedish_and_nothing_is_saved(
    demo_location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _design(capsys, demo_location, "--place", "Vänersborg", "--version", "1")  # the other one
    monkeypatch.setenv("KOHORT_LANG", "sv")
    preview = tmp_path / "p.pdf"
    code, out, err = run(
        capsys,
        *("--db", demo_location, "design", "--cohort", "1", "--place", "Trollhättan"),
        *("--version", "1", "--preview", str(preview)),
    )
    assert (code, out) == (1, "")
    assert f"Ändrad av {who_changes()} kl. " in err
    assert "läs in på nytt för att se ändringen" in err
    assert not preview.exists()
    shown = _design(capsys, demo_location)
    assert (shown["place"], shown["version"]) == ("Vänersborg", 2)
    code, _out, err = run(
        capsys, "--db", demo_location, "design", "--cohort", "1", "--version", "0"
    )
    assert code == 2 and "--version" in err  # not a version: a usage mistake
