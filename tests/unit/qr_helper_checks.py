"""The QR helper's checks, each run by :mod:`tests.unit.test_qr_helper` in a process of its
own: the helper is forked only by a single-threaded process, and a test run has threads
(the hang watchdog). Each function raises ``AssertionError`` when the check fails."""

from __future__ import annotations

import io
import os
import signal
import time
from dataclasses import replace

from diplomas import qr, qr_helper
from diplomas.diploma import content_checker, render_stack
from diplomas.diploma_model import DiplomaContent
from diplomas.problems import DocumentError
from tests.unit.test_diploma_qr import QR_DESIGN
from tests.unit.test_diploma_render import CONTENT

CONTENTS = [
    replace(CONTENT, serial=f"FL-2026-{n:03d}", verification_code=f"7KQ{n % 10}-M{n:03d}")
    for n in range(1, 41)
]


def checked(contents: list[DiplomaContent]) -> None:
    """Each content checked (laid out) as when it is issued, which hands its code over."""
    check = content_checker(QR_DESIGN)
    for content in contents:
        check(content)


def drawn(contents: list[DiplomaContent]) -> bytes:
    out = io.BytesIO()
    render_stack((("k", QR_DESIGN, c) for c in contents), out, title="t", total=len(contents))
    return out.getvalue()


def without_helper() -> bytes:
    qr.use_helper(None)
    checked(CONTENTS)
    return drawn(CONTENTS)


def answered(helper: qr_helper.QrHelper, count: int) -> None:
    """Wait until the helper has answered ``count`` texts (it runs on its own)."""
    deadline = time.monotonic() + 60
    while helper._last < count - 1 and helper._alive and time.monotonic() < deadline:
        time.sleep(0.01)
        helper._receive()
    assert helper._last >= count - 1, "the helper did not answer"


def started() -> qr_helper.QrHelper:
    helper = qr_helper.start()
    assert helper is not None, "no helper in a single-threaded process"
    return helper


def every_code_from_the_helper() -> None:
    helper = started()
    made_here: list[str] = []
    real = qr.qr_path

    def counted(text: str) -> tuple[int, str]:
        made_here.append(text)
        return real(text)

    checked(CONTENTS)
    answered(helper, len(CONTENTS))
    qr.qr_path = counted  # type: ignore[assignment]
    try:
        with_helper = drawn(CONTENTS)
    finally:
        qr.qr_path = real  # type: ignore[assignment]
        qr.use_helper(None)
        helper.close()
    assert made_here == [], made_here  # every code came from the helper
    assert with_helper == without_helper()


def let_go_once_nothing_is_left() -> None:
    """Once every code is answered or made here, the helper is stopped while the drawing
    goes on (its memory freed then, not when the file is done), and it ends."""
    helper = started()
    checked(CONTENTS)
    answered(helper, len(CONTENTS) // 2)
    try:
        with_helper = drawn(CONTENTS)
        assert not helper._alive, "the helper was kept after the last code was taken"
        deadline = time.monotonic() + 60
        ended = helper._reaped
        while not ended and time.monotonic() < deadline:
            ended = os.waitpid(helper.pid, os.WNOHANG)[0] != 0
            time.sleep(0.01)
        assert ended, "the helper did not end once nothing was left for it"
    finally:
        qr.use_helper(None)
        helper.close()
    assert with_helper == without_helper()


def some_codes_made_here() -> None:
    """Texts the helper has not reached are made here (and skipped by the helper)."""
    helper = started()
    os.kill(helper.pid, signal.SIGSTOP)  # held up, as on a busy machine
    try:
        checked(CONTENTS)
        with_helper = drawn(CONTENTS)
    finally:
        os.kill(helper.pid, signal.SIGCONT)
        qr.use_helper(None)
        helper.close()
    assert with_helper == without_helper()


def helper_killed_part_way() -> None:
    helper = started()
    checked(CONTENTS)
    answered(helper, 5)
    os.kill(helper.pid, signal.SIGKILL)
    try:
        with_helper = drawn(CONTENTS)
    finally:
        qr.use_helper(None)
        helper.close()
    assert with_helper == without_helper()


def a_code_too_long_is_refused_here() -> None:
    helper = started()
    text = "https://example.se/" + "x" * 2400  # too long for any QR code
    try:
        helper.submit(text)
        answered(helper, 1)
        assert helper.take("https://example.se/never-handed-over") is None
        assert helper.take(text) is None  # the helper could not: made here, which refuses
        try:
            qr.draw_qr(None, text, 0, 0, 10)  # type: ignore[arg-type]
        except DocumentError:
            pass
        else:
            raise AssertionError("a text too long for a code was drawn")
    finally:
        qr.use_helper(None)
        helper.close()


def ends_with_its_block() -> None:
    """The helper is reaped when the block ends, also when the block fails, and
    RUSAGE_CHILDREN then counts its peak (what the benchmark adds)."""
    import resource

    pids = []
    try:
        with qr_helper.helping() as helper:
            assert helper is not None
            pids.append(helper.pid)
            helper.submit("https://example.se/a")
            raise RuntimeError("the write failed")
    except RuntimeError:
        pass
    assert qr._helper is None
    try:
        os.kill(pids[0], 0)
    except ProcessLookupError:
        pass
    else:
        raise AssertionError("the helper is still there")
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss > 0


def a_held_up_helper_never_holds_this_process_up() -> None:
    """More texts than the pipe holds, to a helper that does not read: handing them over
    returns at once, and a code the helper has not reached is made here without waiting."""
    helper = started()
    os.kill(helper.pid, signal.SIGSTOP)
    texts = [f"https://example.se/diplom?kod={n:04d}-{'X' * 400}" for n in range(200)]
    try:
        for text in texts:
            helper.submit(text)
        assert len(helper._outbox) > 0  # the pipe is full: the rest waits here
        assert helper.take(texts[1]) is None  # not the one it would make next
    finally:
        os.kill(helper.pid, signal.SIGCONT)
        qr.use_helper(None)
        helper.close()
