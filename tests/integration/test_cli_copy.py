"""`kohort copy`: the demo file onto a team database on a server and back into a new file,
the three agreeing table by table; a target that is not empty refused; a copy that fails
half-way leaves the target as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from app import db_copy
from app.db import open_database
from app.db_copy import copy_database
from app.models import Diploma, DiplomaFrozenPdf, Organization, StoredImage
from app.models import Session as CohortSession
from tests import pg_server
from tests.conftest import copy_database as copy_file
from tests.db_contents import contents
from tests.integration.test_cli import fl_cohort, run


@pytest.fixture
def new_database(postgres_server: pg_server.Server) -> Iterator[URL]:
    url = postgres_server.copy_of("template0")
    yield url
    postgres_server.drop(url)


def _issue_one(capsys: pytest.CaptureFixture[str], location: str) -> str:
    cohort = fl_cohort(capsys, location)
    code, out, err = run(
        capsys,
        "--db",
        location,
        "diplomas",
        "--cohort",
        str(cohort["id"]),
        "--out",
        str(Path(location).with_suffix(".pdf")),
    )
    assert code == 0, err
    with open_database(location, create=False) as database, database.read() as session:
        diploma = session.query(Diploma).first()
        assert diploma is not None
        return diploma.verification_code


BLOB = bytes(range(256)) * 3 + b"\x00"  # every byte value, and a trailing zero


def _add_blobs(location: str) -> None:
    """A stored image and a frozen diploma PDF: bytes that must arrive byte for byte."""
    with open_database(location, create=False) as database, database.write() as session:
        diploma = session.query(Diploma).first()
        if diploma is not None:  # issued: its PDF frozen too
            session.add(DiplomaFrozenPdf(diploma_id=diploma.id, pdf=b"%PDF-1.7\n" + BLOB))
        session.add(
            StoredImage(mime_type="image/png", data=BLOB, sha256=hashlib.sha256(BLOB).hexdigest())
        )


def _blobs(location: str) -> tuple[bytes, bytes]:
    with open_database(location, create=False) as database, database.read() as session:
        return (
            session.scalars(select(StoredImage.data)).one(),
            session.scalars(select(DiplomaFrozenPdf.pdf)).one(),
        )


def test_file_to_server_to_file_agree_and_work(
    demo_template: Path,
    tmp_path: Path,
    new_database: URL,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    code_before = _issue_one(capsys, source)
    _add_blobs(source)
    server = new_database.render_as_string(hide_password=False)
    code, out, err = run(capsys, "copy", "--from", source, "--to", server, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verified"] and report["rows"] > 0
    assert report["to"] == new_database.render_as_string(hide_password=True)
    if new_database.password:
        assert new_database.password not in out + err
    back = tmp_path / "copy" / "local.sqlite3"
    back.parent.mkdir()
    code, out, err = run(capsys, "copy", "--from", server, "--to", f"sqlite:///{back}")
    assert code == 0, err
    assert "checksum" in out and back.is_file()
    assert not back.with_name(back.name + ".partial").exists()
    first, second, third = contents(source), contents(server), contents(str(back))
    assert first == second == third
    assert first["diploma"][0] > 0 and first["diploma_frozen_pdf"][0] == 1
    assert _blobs(server) == _blobs(str(back)) == (BLOB, b"%PDF-1.7\n" + BLOB)
    for location in (server, str(back)):  # the app works on the copies
        code, out, _ = run(capsys, "--db", location, "verify", code_before, "--json")
        assert code == 0, out
        cohort = fl_cohort(capsys, location)
        code, out, _ = run(
            capsys, "--db", location, "participants", "--cohort", str(cohort["id"]), "--json"
        )
        assert code == 0 and json.loads(out)
    # New rows on the server get ids after the copied ones (the sequences were moved on).
    with open_database(server) as database, database.write() as session:
        highest = session.scalar(select(func.max(Organization.id)))
        added = Organization(name="Nya kommunen")
        session.add(added)
        session.flush()
        assert highest is not None and added.id == highest + 1


# Run in a process of its own, killed (SIGKILL) once some tables are written in the open
# transaction: nothing runs after it, as when the laptop is shut or the network pulled.
_KILLED = """
import os, signal, sys
from app import db_copy
real = db_copy._rows
seen = []
def rows(connection, table):
    seen.append(table.name)
    if len(seen) == 12:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(connection, table)
db_copy._rows = rows
db_copy.copy_database(sys.argv[1], sys.argv[2])
"""


def test_a_killed_copy_leaves_the_target_empty(
    demo_template: Path, tmp_path: Path, new_database: URL
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    server = new_database.render_as_string(hide_password=False)
    target = tmp_path / "new.sqlite3"
    for to in (server, str(target)):
        done = subprocess.run(
            [sys.executable, "-c", _KILLED, source, to], env=os.environ.copy(), check=False
        )
        assert done.returncode == -signal.SIGKILL
    assert all(rows == 0 for rows, _ in contents(server).values())
    assert not target.exists()  # only its .partial, removed at the next open or copy
    assert copy_database(source, str(target)).rows > 0
    assert not target.with_name(target.name + ".partial").exists()
    assert copy_database(source, server).rows > 0  # the server database is still empty


def test_a_target_that_is_not_empty_is_refused(
    demo_template: Path, tmp_path: Path, new_database: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    server = new_database.render_as_string(hide_password=False)
    assert run(capsys, "copy", "--from", source, "--to", server)[0] == 0
    before = contents(server)
    code, out, err = run(capsys, "copy", "--from", source, "--to", server)
    assert code == 1 and "is not empty" in err and "Nothing was copied" in err
    assert contents(server) == before
    existing = tmp_path / "other.sqlite3"
    existing.write_bytes(b"")
    code, _, err = run(capsys, "copy", "--from", server, "--to", str(existing))
    assert code == 1 and "exists already" in err
    assert existing.read_bytes() == b""


def test_a_source_at_another_schema_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "old.sqlite3"
    open_database(str(source)).close()
    monkeypatch.setattr(db_copy, "read_revision", lambda _path: "0001")
    code, _, err = run(capsys, "copy", "--from", str(source), "--to", str(tmp_path / "n.db"))
    assert code == 1 and "migrate" in err and "schema 0001" in err
    assert not (tmp_path / "n.db").exists()


def _fail_half_way(monkeypatch: pytest.MonkeyPatch) -> None:
    real = db_copy.table_checksum
    calls = {"n": 0}

    def failing(connection, table):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 5:  # a few tables copied already, in the open transaction
            raise OSError("the network went away")
        return real(connection, table)

    monkeypatch.setattr(db_copy, "table_checksum", failing)


def test_a_failed_copy_leaves_the_target_as_it_was(
    demo_template: Path,
    tmp_path: Path,
    new_database: URL,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    server = new_database.render_as_string(hide_password=False)
    _fail_half_way(monkeypatch)
    with pytest.raises(OSError):
        copy_database(source, server)
    assert all(rows == 0 for rows, _ in contents(server).values())
    target = tmp_path / "new.sqlite3"
    _fail_half_way(monkeypatch)
    with pytest.raises(OSError):
        copy_database(source, str(target))
    assert not target.exists() and not target.with_name(target.name + ".partial").exists()
    monkeypatch.undo()
    assert run(capsys, "copy", "--from", source, "--to", server)[0] == 0  # then it works


def test_a_mismatch_is_reported_and_nothing_kept(
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    real = db_copy._copy_tables

    def lying(source_connection, target, progress):  # type: ignore[no-untyped-def]
        copied = real(source_connection, target, progress)
        return [
            db_copy.TableCopy(t.name, t.rows + (t.name == "person"), t.checksum) for t in copied
        ]

    monkeypatch.setattr(db_copy, "_copy_tables", lying)
    target = tmp_path / "new.sqlite3"
    code, _, err = run(capsys, "copy", "--from", source, "--to", str(target))
    assert code == 1 and "does not read back" in err and "person" in err
    assert not target.exists()


def test_big_tables_report_their_progress(
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    monkeypatch.setattr(db_copy, "PROGRESS_FROM", 100)
    monkeypatch.setattr(db_copy, "BATCH", 50)
    code, out, err = run(capsys, "copy", "--from", source, "--to", str(tmp_path / "n.sqlite3"))
    assert code == 0
    assert "kohort: attendance: 50 of 143 rows copied" in err
    assert "kohort: attendance: 143 of 143 rows copied" in err


def test_the_checksum_sees_one_byte_and_one_date(demo_template: Path, tmp_path: Path) -> None:
    """What the verification compares: one changed byte of an image, or one day of a
    session's date, changes that table's checksum (and no other)."""
    source = str(copy_file(demo_template, tmp_path / "laptop.sqlite3"))
    _add_blobs(source)
    before = contents(source)
    with open_database(source) as database, database.write() as session:
        image = session.scalars(select(StoredImage)).one()
        image.data = BLOB[:-1] + b"\x01"
    middle = contents(source)
    assert {n for n in before if before[n] != middle[n]} == {"stored_image"}
    assert middle["stored_image"][0] == before["stored_image"][0]  # same count, other sum
    with open_database(source) as database, database.write() as session:
        first = session.scalars(select(CohortSession).order_by(CohortSession.id)).first()
        assert first is not None
        first.date = first.date + dt.timedelta(days=1)
    after = contents(source)
    assert {n for n in middle if middle[n] != after[n]} == {"cohort_session"}
