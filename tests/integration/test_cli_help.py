"""Every option and argument of every command says what it is, in each language."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from app.cli import build_parser
from app.i18n import set_language


def _actions(
    parser: argparse.ArgumentParser, prog: str = "kohort"
) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        yield prog, action
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{prog} {name}")


def _helps(lang: str) -> dict[tuple[str, str], str | None]:
    set_language(lang)
    return {
        (prog, "/".join(a.option_strings) or a.dest): a.help
        for prog, a in _actions(build_parser(full=True))
    }


@pytest.mark.parametrize("lang", ["en", "sv", "fi"])
def test_every_option_and_argument_has_help(lang: str) -> None:
    missing = [name for name, text in _helps(lang).items() if not text]
    assert missing == []


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_every_help_text_is_translated(lang: str) -> None:
    english = _helps("en")
    translated = _helps(lang)
    assert translated.keys() == english.keys()
    same = [name for name, text in translated.items() if text == english[name]]
    assert same == []  # --version's was argparse's English default
