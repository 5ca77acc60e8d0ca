"""`kohort --lang sv|fi|en`: the interface language, passed on to the window."""

from __future__ import annotations

import pytest

from app.cli import main


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None]]:
    """The GUI is not started: what it would have been started with is noted."""
    import ui.app

    calls: list[tuple[str | None, str | None]] = []

    def run_gui(location: str | None, language: str | None = None) -> int:
        calls.append((location, language))
        return 0

    monkeypatch.setattr(ui.app, "run_gui", run_gui)
    return calls


def test_lang_goes_to_the_window(started: list[tuple[str | None, str | None]]) -> None:
    assert main(["--lang", "fi"]) == 0
    assert main(["--db", "x.sqlite3", "gui", "--lang", "sv"]) == 0
    assert main([]) == 0
    assert started == [(None, "fi"), ("x.sqlite3", "sv"), (None, None)]


def test_an_unknown_language_is_a_usage_error(
    started: list[tuple[str | None, str | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "de"])
    assert exit_.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert started == []
    assert "--lang {sv,en,fi}" in _help()


def _help() -> str:
    from app.cli import build_parser

    return build_parser().format_help()
