"""Property tests explore while developing and say the same thing every time in CI."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import hypothesis_profile


def test_ci_selects_the_derandomized_profile() -> None:
    assert hypothesis_profile({"CI": "true"}) == "kohort-ci"
    assert hypothesis_profile({"CI": "1"}) == "kohort-ci"
    for environ in ({}, {"CI": ""}, {"CI": "false"}, {"CI": "0"}):
        assert hypothesis_profile(environ) == "kohort"
    ci, development = settings.get_profile("kohort-ci"), settings.get_profile("kohort")
    assert ci.derandomize and ci.database is None and ci.deadline is None
    assert not development.derandomize and development.deadline is None
    assert development.database is not None  # replays what it found last time


def _drawn(profile: str) -> list[list[int]]:
    seen: list[list[int]] = []

    @settings(settings.get_profile(profile), max_examples=20)
    @given(st.lists(st.integers()))
    def record(values: list[int]) -> None:
        seen.append(values)

    record()
    return seen


def test_a_ci_run_tries_the_same_examples_every_time() -> None:
    assert _drawn("kohort-ci") == _drawn("kohort-ci")
