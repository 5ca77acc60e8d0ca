"""The QR helper process (`kohort diplomas` makes its codes on a second core): the file is
the same byte for byte with it, without it, with a helper held up or killed part way; a
code the helper cannot make is refused as before; the helper always ends.

Each check runs in a process of its own (:mod:`tests.unit.qr_helper_checks`): the helper
is forked only by a single-threaded process, and this test run has a watchdog thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplomas import qr, qr_helper

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")


@pytest.mark.parametrize(
    "check",
    [
        "every_code_from_the_helper",
        "some_codes_made_here",
        "let_go_once_nothing_is_left",
        "helper_killed_part_way",
        "a_code_too_long_is_refused_here",
        "ends_with_its_block",
        "a_held_up_helper_never_holds_this_process_up",
    ],
)
def test_in_a_process_of_its_own(check: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "en"}
    env.pop(qr_helper.OFF, None)
    code = f"from tests.unit.qr_helper_checks import {check}; {check}()"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_no_helper_when_switched_off_or_the_process_has_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(qr_helper.OFF, "0")
    assert qr_helper.start() is None
    monkeypatch.delenv(qr_helper.OFF)
    assert not qr_helper._single_threaded()  # this test run has a watchdog thread
    with qr_helper.helping() as helper:
        assert helper is None and qr._helper is None
