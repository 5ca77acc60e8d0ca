"""`kohort copy` from a server to another server and from a file to a file, and two copies
into one empty server database at once: the second says so and copies nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from app import db_copy
from app.db_copy import copy_database
from app.db_postgres import server_url
from app.errors import DatabaseError
from tests import pg_server
from tests.conftest import copy_database as copy_file
from tests.conftest import server_copy
from tests.db_contents import contents
from tests.integration.test_cli import run


@pytest.fixture
def new_database(postgres_server: pg_server.Server) -> Iterator[str]:
    """A database on the test server with nothing in it, not even Kohort's tables."""
    url: URL = postgres_server.copy_of("template0")
    yield url.render_as_string(hide_password=False)
    postgres_server.drop(url)


def test_server_to_server(
    new_database: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    for source in server_copy(request, "demo"):
        code, out, err = run(capsys, "copy", "--from", source, "--to", new_database)
        assert code == 0, err
        assert contents(new_database) == contents(source)
        assert contents(source)["person"][0] > 0
        code, _, err = run(capsys, "copy", "--from", source, "--to", new_database)
        assert code == 1 and "is not empty" in err


def test_file_to_file(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(copy_file(demo_template, tmp_path / "a.sqlite3"))
    target = tmp_path / "b.sqlite3"
    code, _, err = run(capsys, "copy", "--from", source, "--to", str(target))
    assert code == 0, err
    assert contents(str(target)) == contents(source)
    code, _, err = run(capsys, "copy", "--from", source, "--to", source)
    assert code == 1 and "the same database" in err
    code, _, err = run(capsys, "copy", "--from", source, "--to", f"sqlite:///{source}")
    assert code == 1 and "exists already" in err  # the same file, spelt otherwise


def _waiting_for_the_copy_lock(location: str) -> bool:
    """Whether a connection waits for the copy's advisory lock (its low 32 bits: objid)."""
    engine = create_engine(server_url(location))
    try:
        with engine.connect() as connection:
            waiting = connection.execute(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    "AND NOT granted AND objid = :low"
                ),
                {"low": db_copy._COPY_LOCK & 0xFFFFFFFF},
            ).scalar()
            return bool(waiting)
    finally:
        engine.dispose()


def test_two_copies_at_once_into_one_database(
    demo_template: Path,
    tmp_path: Path,
    new_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two coordinators copy their files into the same new team database at once: the
    first is held half-way until the second waits for it; the second then finds the
    first's rows and says so, and the database holds the first's copy alone."""
    first = str(copy_file(demo_template, tmp_path / "first.sqlite3"))
    second = str(copy_file(demo_template, tmp_path / "second.sqlite3"))
    real = db_copy._copy_tables
    inside, go = threading.Event(), threading.Event()

    def held(source: Any, target: Any, progress: Any) -> Any:
        copied = real(source, target, progress)
        if not inside.is_set():  # the first copy: its rows written, not yet committed
            inside.set()
            go.wait()
        return copied

    monkeypatch.setattr(db_copy, "_copy_tables", held)
    outcome: dict[str, object] = {}

    def copy(name: str, source: str) -> None:
        try:
            outcome[name] = copy_database(source, new_database)
        except DatabaseError as error:
            outcome[name] = error

    one = threading.Thread(target=copy, args=("first", first))
    two = threading.Thread(target=copy, args=("second", second))
    one.start()
    try:
        assert inside.wait(120)
        two.start()
        for _ in range(600):  # not a timing assertion: a bound on waiting for the wait
            if _waiting_for_the_copy_lock(new_database):
                break
            time.sleep(0.1)
        else:
            pytest.fail("the second copy did not wait for the first")
    finally:
        go.set()
        one.join()
        if two.is_alive() or two.ident is not None:
            two.join()
    assert isinstance(outcome["first"], db_copy.CopyResult)
    refused = outcome["second"]
    assert isinstance(refused, DatabaseError)
    assert str(refused).startswith("Another copy into ")
    assert str(refused).endswith(
        " is running or has just finished; nothing was copied by this one."
    )
    assert contents(new_database) == contents(first)


def test_two_copies_at_once_into_one_new_file(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The target name is taken for the whole copy: a second copy to it while the first
    is half-way is refused at once, and leaves the first's copy whole."""
    first = str(copy_file(demo_template, tmp_path / "first.sqlite3"))
    second = str(copy_file(demo_template, tmp_path / "second.sqlite3"))
    target = tmp_path / "copy" / "new.sqlite3"
    target.parent.mkdir()
    real = db_copy._copy_tables
    refused: list[DatabaseError] = []

    def with_a_second_copy(source: Any, to: Any, progress: Any) -> Any:
        copied = real(source, to, progress)  # the first's rows, not yet committed
        with pytest.raises(DatabaseError) as error:
            copy_database(second, str(target))
        refused.append(error.value)
        return copied

    monkeypatch.setattr(db_copy, "_copy_tables", with_a_second_copy)
    assert copy_database(first, str(target)).rows > 0
    (said,) = refused
    assert str(said) == (
        f"Another copy into {target} is running or has just finished; nothing was copied "
        "by this one."
    )
    monkeypatch.undo()
    left = sorted(p.name for p in target.parent.iterdir())
    assert left in ([target.name], [target.name, target.name + ".lock"])  # no .partial
    assert contents(str(target)) == contents(first)
