"""A throw-away PostgreSQL server for the tests: a cluster in a temporary folder, on a Unix
socket only, trusting local connections, stopped when the test session ends.

``KOHORT_TEST_PG`` (a SQLAlchemy URL to a server the tests may create databases on) is used
when set. Otherwise the server's own programs (Debian's ``postgresql`` package:
``/usr/lib/postgresql/<version>/bin``) start one. PostgreSQL refuses to run as root, so under
root the cluster runs as the unprivileged ``nobody``. Where no server can be had, the tests
that need one skip with the reason — except under CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

ENV_URL = "KOHORT_TEST_PG"
ROLE = "kohort"
PASSWORD_ROLE = "kohort_password"  # the one role of a throw-away cluster that needs one


class NoServerError(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if found:
        return found[0].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise NoServerError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    runuser = shutil.which("runuser")
    if runuser is None:
        raise NoServerError("running as root without runuser: cannot start PostgreSQL as nobody")
    return [runuser, "-u", "nobody", "--", *args]


class Server:
    """One running cluster; ``url(database)`` addresses a database on it."""

    def __init__(self, base: URL, stop: list[str] | None = None, folder: Path | None = None):
        self.base = base
        self._stop = stop
        self._folder = folder
        self._names = count(1)
        self._admin: Engine | None = None

    @property
    def owns_cluster(self) -> bool:
        """A throw-away cluster started here (its pg_hba.conf is known), not KOHORT_TEST_PG."""
        return self._folder is not None

    def url(self, database: str) -> URL:
        return self.base.set(database=database)

    @contextmanager
    def fresh_database(self) -> Iterator[URL]:
        """A new, empty database, dropped afterwards."""
        name = f"kohort_test_{os.getpid()}_{next(self._names)}"
        admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as con:
                con.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
            yield self.url(name)
            with admin.connect() as con:
                con.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()

    def admin(self) -> Engine:
        """An engine on the ``postgres`` database, in autocommit (CREATE/DROP DATABASE)."""
        if self._admin is None:
            self._admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        return self._admin

    def copy_of(self, template: str) -> URL:
        """A new database copied from ``template`` (fast: files copied, nothing migrated)."""
        name = f"kohort_test_{os.getpid()}_{next(self._names)}"
        with self.admin().connect() as con:
            con.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'))
        return self.url(name)

    def drop(self, url: URL) -> None:
        with self.admin().connect() as con:
            con.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.dispose()
        if self._stop is not None:
            subprocess.run(self._stop, check=False, capture_output=True)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


def start() -> Server:
    """The server named by ``KOHORT_TEST_PG``, or a new throw-away cluster."""
    given = os.environ.get(ENV_URL)
    if given:
        return Server(make_url(given))
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="kohort-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    data.mkdir()
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
        shutil.chown(data, "nobody")
        shutil.chown(sockets, "nobody")
    data.chmod(0o700)
    folder.chmod(0o755)
    init = _as_server_user(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            ROLE,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]  # fmt: skip
    )
    done = subprocess.run(init, capture_output=True, text=True)
    if done.returncode != 0:
        raise NoServerError(f"initdb failed: {done.stderr.strip()[-300:]}")
    # One role must give a password (SCRAM), for the tests of where passwords come from
    # and where they must never show; every other local connection is trusted.
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
    options = f"-c listen_addresses='' -k {sockets} -c fsync=off -c full_page_writes=off"
    pg_ctl = str(bin_dir / "pg_ctl")
    started = subprocess.run(
        _as_server_user(
            [
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ]
        ),
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace")[-300:]
        raise NoServerError(f"PostgreSQL did not start: {started.stderr.strip()} {log}")
    base = URL.create(
        "postgresql+psycopg", username=ROLE, database="postgres", query={"host": str(sockets)}
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            engine = create_engine(base)
            with engine.connect():
                pass
            engine.dispose()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return Server(
        base, _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), folder
    )
