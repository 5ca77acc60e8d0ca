"""Shared fixtures: every test gets its own temporary database; Qt runs offscreen."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shared, noisy machines: no per-example deadline, so a slow moment is not a failure.
# Developing ("kohort"), every run tries new examples and replays the failures it saved in
# .hypothesis/. In CI ("kohort-ci") the examples are derived from each test's source, so a
# run passes or fails the same way every time, with no database: a failure found while
# exploring is kept as an @example beside its test.
# Both derive from Hypothesis's "default" profile, not from whatever it picked by itself
# (it switches to its own "ci" profile when CI is set at all, even to "").
settings.register_profile(
    "kohort",
    settings.get_profile("default"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "kohort-ci", settings.get_profile("kohort"), derandomize=True, print_blob=True
)


def hypothesis_profile(environ: Mapping[str, str]) -> str:
    """The Hypothesis profile: "kohort-ci" where CI is set (CI=true), else "kohort"."""
    ci = environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return "kohort-ci" if ci else "kohort"


settings.load_profile(hypothesis_profile(os.environ))

import app.i18n  # noqa: E402
from app.db import Database, open_database  # noqa: E402
from app.services import demo  # noqa: E402
from tests import pg_server  # noqa: E402

# After every demo session has been held (the demo's dates are fixed).
AFTER_DEMO = dt.date(2027, 6, 1)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, settings or logs."""
    monkeypatch.delenv("KOHORT_DB", raising=False)
    # English unless a test asks for another language (the assertions read English messages);
    # the language is process-wide, so it is put back after each test.
    monkeypatch.setenv("KOHORT_LANG", "en")
    monkeypatch.setattr(app.i18n, "_translations", app.i18n._translations)
    monkeypatch.setattr(app.i18n, "_language", app.i18n._language)
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))


@pytest.fixture(autouse=True)
def _process_umask() -> Iterator[None]:
    """``kohort``'s main() makes the process umask private; each test gets back the one it
    started with (tests that want it private say so with ``private_umask``)."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture
def private_umask() -> None:
    """The umask ``kohort`` sets at its start (app.privacy); put back by ``_process_umask``."""
    from app.privacy import restrict_new_files

    restrict_new_files()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kohort.sqlite3"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, migrated, empty database, made once per test run (migrating takes a while)."""
    path = tmp_path_factory.mktemp("empty-template") / "empty.sqlite3"
    open_database(str(path)).close()
    return _closed(path)


@pytest.fixture(scope="session")
def demo_template(empty_template: Path) -> Path:
    """The demo database, built once per test run; tests get copies (:func:`copy_database`)."""
    path = copy_database(empty_template, empty_template.with_name("demo.sqlite3"))
    with open_database(str(path)) as database, database.write() as session:
        demo.create_demo(session)
    return _closed(path)


def _closed(path: Path) -> Path:
    # Closing checkpointed the write-ahead log into the file: the file alone is the database.
    assert not path.with_name(path.name + "-wal").exists()
    return path


def copy_database(template: Path, target: Path) -> Path:
    """A test's own database: a copy of a template file (and its mode), nothing beside it."""
    shutil.copy(template, target)
    return target


# The suites (folder/file under tests/) whose ``db``, ``demo_db`` and ``demo_location`` tests
# run on both databases: SQLite (a file) and PostgreSQL (a team's server), with ids [sqlite]
# and [postgresql]. A test in them that is about SQLite files (damage, backups, the lock
# file) is marked ``sqlite_only``.
BOTH_DATABASES = frozenset(
    {
        "integration/test_cli.py",
        "integration/test_cli_badges.py",
        "integration/test_cli_design_version.py",
        "integration/test_cli_diploma_gaps.py",
        "integration/test_cli_evaluation.py",
        "integration/test_cli_evaluation_forms.py",
        "integration/test_cli_issue_write_fails.py",
        "integration/test_cli_overwrite.py",
        "integration/test_cli_plan_forms.py",
        "integration/test_cli_reunion.py",
        "integration/test_cli_revoked.py",
        "unit/test_action_plan_service.py",
        "unit/test_alumni.py",
        "unit/test_attendance.py",
        "unit/test_badges_service.py",
        "unit/test_cohort_reads.py",
        "unit/test_design_versions.py",
        "unit/test_diploma_issue.py",
        "unit/test_diploma_service.py",
        "unit/test_diploma_settings.py",
        "unit/test_evaluation_import.py",
        "unit/test_evaluation_pdf.py",
        "unit/test_evaluation_privacy.py",
        "unit/test_evaluation_reimport.py",
        "unit/test_evaluation_responses.py",
        "unit/test_evaluation_results.py",
        "unit/test_evaluations.py",
        "unit/test_export.py",
        "unit/test_gatherings.py",
        "unit/test_import_service.py",
        "unit/test_log_privacy.py",
        "unit/test_nordic_names.py",
        "unit/test_phones.py",
        "unit/test_privacy.py",
        "unit/test_privacy_erase.py",
        "unit/test_privacy_export.py",
        "unit/test_privacy_retention.py",
        "unit/test_programme_signatories.py",
        "unit/test_returned_evaluation_forms.py",
        "unit/test_returned_plan_forms.py",
        "unit/test_reunion_privacy.py",
        "unit/test_services.py",
        "unit/test_signin_sheet.py",
        "unit/test_verification.py",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite files; runs on SQLite only in a both-databases suite"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" not in metafunc.fixturenames:
        return
    suite = Path(metafunc.definition.path)
    if f"{suite.parent.name}/{suite.name}" not in BOTH_DATABASES:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite", or "postgresql" where the suite runs on both (:data:`BOTH_DATABASES`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_templates(postgres_server: pg_server.Server) -> dict[str, str]:
    """Two template databases on the test server, made once per run: "empty" (migrated)
    and "demo" (the demo's programmes); a test's database is copied from one."""
    names: dict[str, str] = {}
    empty = postgres_server.copy_of("template0")
    database = open_database(empty.render_as_string(hide_password=False))
    database.close()
    names["empty"] = str(empty.database)
    demo_url = postgres_server.copy_of(names["empty"])
    location = demo_url.render_as_string(hide_password=False)
    with open_database(location) as database, database.write() as session:
        demo.create_demo(session)
    names["demo"] = str(demo_url.database)
    return names


def server_copy(request: pytest.FixtureRequest, template: str) -> Iterator[str]:
    """A test's own database on the test server, copied from a template: its address."""
    server: pg_server.Server = request.getfixturevalue("postgres_server")
    templates: dict[str, str] = request.getfixturevalue("pg_templates")
    url = server.copy_of(templates[template])
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        server.drop(url)


@pytest.fixture
def db(
    db_path: Path, empty_template: Path, database_kind: str, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """This test's database at ``db_path``, open: empty, or the demo's when the test uses
    ``demo_db`` (copied from a template built once, rather than migrated and filled anew).
    In a both-databases suite, the [postgresql] run opens a copy on the test server."""
    with_demo = "demo_db" in request.fixturenames
    if database_kind == "postgresql":
        for location in server_copy(request, "demo" if with_demo else "empty"):
            database = open_database(location)
            yield database
            database.close()
        return
    template = empty_template
    if with_demo:  # then demo_template is set up already
        template = request.getfixturevalue("demo_template")
    database = open_database(str(copy_database(template, db_path)))
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database, demo_template: Path) -> Database:
    """``db`` holding the demo programmes: a copy of ``demo_template``.

    The session-scoped templates are built before any test's own fixtures run, so no test's
    patches reach them. Creating the demo is idempotent: this finds it there and adds nothing
    (it creates it only if a test asked for ``demo_db`` with ``getfixturevalue`` after ``db``).
    """
    with db.write() as session:
        demo.create_demo(session)
    return db


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_server.Server]:
    """A PostgreSQL server for the whole run (started only if a test asks for it): the one in
    ``KOHORT_TEST_PG``, or a throw-away cluster (tests/pg_server.py). Without one the test
    skips with the reason, except under CI, where it fails."""
    try:
        server = pg_server.start()
    except pg_server.NoServerError as reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs a PostgreSQL server: {reason}")
        pytest.skip(f"no PostgreSQL server: {reason}")
    try:
        yield server
    finally:
        server.stop()
