"""`kohort diplomas` with its QR helper process, run as the user runs it (a process of its
own, single-threaded, so the helper is forked): the ceremony file is the one the register's
recipes draw, also when the helper is killed part way; a failing write after issuing says
what was issued, as without the helper, and no helper process is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.db import open_database
from app.services.diploma_output import ceremony_pdf
from tests.integration.test_cli import run

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper is forked")

# `kohort` in a process of its own; with "kill", the helper is killed as soon as it has
# been handed its first code. Prints the helper's pid on stderr's last line.
KOHORT = textwrap.dedent(
    """
    import os, signal, sys
    from diplomas import qr_helper
    from app.cli import main

    started = []
    real_start = qr_helper.start

    def start():
        helper = real_start()
        assert helper is not None, "no helper"
        started.append(helper)
        if sys.argv[1] == "kill":
            real_submit = helper.submit

            def submit(text):
                real_submit(text)
                if helper.pid and not started[1:]:
                    started.append("killed")
                    os.kill(helper.pid, signal.SIGKILL)

            helper.submit = submit
        return helper

    qr_helper.start = start
    status = main(sys.argv[2:])
    print(f"helper {started[0].pid}", file=sys.stderr)
    sys.exit(status)
    """
)


def kohort(how: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "en"}
    env.pop("KOHORT_QR_HELPER", None)
    command = [sys.executable, "-c", KOHORT, how, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def gone(stderr: str) -> bool:
    pid = int(stderr.strip().splitlines()[-1].split()[-1])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("how", ["help", "kill"])
def test_the_ceremony_file_is_what_the_register_draws(
    how: str, demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    code, _, err = run(capsys, "--db", db, "design", "--cohort", "1", "--qr-url", QR)
    assert code == 0, err
    out = tmp_path / "ceremoni.pdf"
    done = kohort(how, "--db", db, "diplomas", "--cohort", "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert gone(done.stderr)
    with open_database(db) as database, database.read() as session:
        expected, ids = ceremony_pdf(session, 1)  # drawn here, without a helper
    assert ids and out.read_bytes() == expected


def test_a_failed_write_with_the_helper_says_what_was_issued(
    demo_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_location
    code, _, err = run(capsys, "--db", db, "design", "--cohort", "1", "--qr-url", QR)
    assert code == 0, err
    (tmp_path / "afile").touch()
    bad = tmp_path / "afile" / "c.pdf"  # a folder that is a file: the write fails
    done = kohort("help", "--db", db, "diplomas", "--cohort", "1", "--out", str(bad))
    with open_database(db) as database, database.read() as s:
        serials = [
            r[0] for r in s.connection().exec_driver_sql("SELECT serial FROM diploma ORDER BY id")
        ]
        printed = (
            s.connection()
            .exec_driver_sql("SELECT count(*) FROM diploma WHERE printed_at IS NOT NULL")
            .scalar()
        )
    assert done.returncode == 1 and serials and not bad.exists()
    assert f"{len(serials)} new diplomas ({serials[0]}–{serials[-1]}) were issued" in done.stderr
    assert printed == 0
    assert gone(done.stderr)


QR = "https://example.se/diplom?kod={code}"
