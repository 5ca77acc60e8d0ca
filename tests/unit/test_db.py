"""Opening a database: pragmas, locking, refusing what must not be touched, backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import threading
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text

from app import db as db_module
from app import db_revision
from app.db import SCHEMA_HEAD, Database, open_database
from app.db_location import resolve_location
from app.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseInUseError,
    DatabaseTooNewError,
)
from app.models import Base, Program
from tests.conftest import AFTER_DEMO

NEXT = f"{int(SCHEMA_HEAD) + 1:04d}"  # the revision a future Kohort would add


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragmas(connection: object) -> dict[str, str]:
    return {
        name: str(connection.exec_driver_sql(f"PRAGMA {name}").scalar()).lower()  # type: ignore[attr-defined]
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


EXPECTED = {"foreign_keys": "1", "journal_mode": "wal", "synchronous": "2", "busy_timeout": "5000"}


def test_pragmas_are_set_on_every_pooled_connection(db: Database) -> None:
    # Hold several connections at once so the pool must create new ones, then also check
    # one made on another thread (the task runner's worker).
    connections = [db.engine.connect() for _ in range(6)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 6
        for connection in connections:
            assert _pragmas(connection) == EXPECTED
    finally:
        for connection in connections:
            connection.close()
    seen: list[dict[str, str]] = []

    def worker() -> None:
        with db.engine.connect() as connection:
            seen.append(_pragmas(connection))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [EXPECTED]


def test_write_sessions_take_the_write_lock_at_begin(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(select(1))  # a read first: a deferred BEGIN would not lock yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with db.read() as session:
            session.execute(select(1))
            other.execute("BEGIN IMMEDIATE")  # readers do not block writers
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_second_opener_is_refused_while_the_first_holds_the_lock(db_path: Path) -> None:
    first = open_database(str(db_path))
    with pytest.raises(DatabaseInUseError, match="already open in another Kohort"):
        open_database(str(db_path))
    first.close()
    open_database(str(db_path)).close()  # free again once the first is closed


def test_too_new_database_is_refused_and_left_byte_for_byte(db_path: Path) -> None:
    open_database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    con.commit()
    con.close()
    before = _sha(db_path)
    files_before = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(DatabaseTooNewError, match="newer version of Kohort"):
        open_database(str(db_path))

    assert _sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before  # no backup made


def test_garbage_file_is_refused_and_unchanged(db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 100)
    before = _sha(db_path)
    with pytest.raises(DatabaseDamagedError, match="not a Kohort database"):
        open_database(str(db_path))
    assert _sha(db_path) == before


def test_other_sqlite_database_is_refused_and_unchanged(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = _sha(db_path)
    with pytest.raises(DatabaseDamagedError, match="not a Kohort database"):
        open_database(str(db_path))
    assert _sha(db_path) == before


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection, warnings.catch_warnings():
        # SQLite cannot reflect expression indexes; that one is checked below instead.
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
        index_sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_person_email_lower'"
        ).scalar()
    assert index_sql is not None and "lower(email)" in index_sql


@pytest.fixture
def migrations_with_a_second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped migrations plus the next revision, as a future Kohort would have."""
    source = Path(db_module.__file__).parent / "migrations"
    target = tmp_path / "migrations"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / f"{NEXT}_test.py").write_text(
        f"""
import sqlalchemy as sa
from alembic import op
import os

revision = "{NEXT}"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("program") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=True))
    if os.environ.get("KOHORT_TEST_FAIL_MIGRATION"):
        raise RuntimeError("power cut half-way through the migration")


def downgrade():
    with op.batch_alter_table("program") as batch:
        batch.drop_column("motto")
""",
        encoding="utf-8",
    )
    original = db_module.alembic_config

    def patched(connection=None):  # type: ignore[no-untyped-def]
        cfg = original(connection)
        cfg.set_main_option("script_location", str(target))
        return cfg

    for module in (db_module, db_revision):  # app.db re-exports what app.db_revision has
        monkeypatch.setattr(module, "alembic_config", patched)
        monkeypatch.setattr(module, "SCHEMA_HEAD", NEXT)  # as that future Kohort would have
    return target


def _programme_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM program ORDER BY name")]
    finally:
        con.close()


def test_migrating_takes_a_verified_backup_first(
    demo_db: Database, migrations_with_a_second_revision: Path
) -> None:
    path = demo_db.path
    demo_db.close()
    names = _programme_names(path)
    assert names  # the demo is there

    migrated = open_database(str(path))
    try:
        assert migrated.backup_path is not None
        backup = migrated.backup_path
        assert backup.parent == path.parent / "backups"
        con = sqlite3.connect(backup)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        con.close()
        assert _programme_names(backup) == names
        with migrated.read() as session:
            assert session.execute(text("SELECT motto FROM program")).all()
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == NEXT
    finally:
        migrated.close()


def test_a_failed_migration_leaves_the_data_as_it_was(
    demo_db: Database,
    migrations_with_a_second_revision: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = demo_db.path
    demo_db.close()
    names = _programme_names(path)
    monkeypatch.setenv("KOHORT_TEST_FAIL_MIGRATION", "1")
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(str(path))
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    columns = [r[1] for r in con.execute("PRAGMA table_info(program)")]
    con.close()
    assert "motto" not in columns
    assert _programme_names(path) == names
    monkeypatch.delenv("KOHORT_TEST_FAIL_MIGRATION")
    open_database(str(path)).close()  # and the lock was released: it opens again


def test_a_second_upgrade_attempt_in_the_same_second_keeps_both_backups(
    demo_db: Database,
    migrations_with_a_second_revision: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Backups are never replaced: a failed upgrade retried within the same second (the
    backup's name has the time to the second) gets a backup of its own."""
    path = demo_db.path
    demo_db.close()
    moment = dt.datetime(2026, 12, 7, 16, 12, 49)
    monkeypatch.setenv("KOHORT_TEST_FAIL_MIGRATION", "1")
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(str(path), now=moment)
    monkeypatch.delenv("KOHORT_TEST_FAIL_MIGRATION")
    open_database(str(path), now=moment).close()
    names = sorted(p.name for p in (path.parent / "backups").iterdir())
    assert names == [
        f"{path.stem}-before-upgrade-20261207-161249-2{path.suffix}",
        f"{path.stem}-before-upgrade-20261207-161249{path.suffix}",
    ]


def test_location_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_location("given.db", {"KOHORT_DB": "env.db"}) == "given.db"
    assert resolve_location(None, {"KOHORT_DB": "env.db"}) == "env.db"
    default = resolve_location(None, {})
    assert default.endswith("kohort.sqlite3") and "Kohort" in default


def test_sqlite_url_and_unsupported_urls(tmp_path: Path) -> None:
    path = tmp_path / "via-url.sqlite3"
    open_database(f"sqlite:///{path}").close()
    assert path.exists()
    with pytest.raises(DatabaseError, match="SQLite files and PostgreSQL databases, not mysql"):
        open_database("mysql://localhost/kohort")
    with pytest.raises(DatabaseError, match="in-memory"):
        open_database("sqlite:///:memory:")


def test_the_schema_enforces_its_rules(db: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), db.write() as session:
        session.execute(
            text(
                "INSERT INTO program (name, code, min_attendance_percent, "
                "require_all_mandatory, count_late, count_left_early, "
                "count_excused, require_action_plan, diploma_template, created_at)"
                " VALUES ('X', 'lower', 80, 1, 1, 1, 0, 0, 'classic', '2026-01-01')"
            )
        )
    with pytest.raises(sa_exc.IntegrityError), db.write() as session:
        session.add(Program(name=" ", code="OK"))
        session.flush()


def test_a_full_disk_is_a_clear_error_and_saves_nothing(demo_db: Database) -> None:
    from sqlalchemy import event, func

    from app.models import Person

    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    demo_db.engine.dispose()

    def tiny_disk(dbapi_connection: object, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")  # type: ignore[attr-defined]

    event.listen(demo_db.engine, "connect", tiny_disk)
    with pytest.raises(DatabaseError, match="full; nothing was saved"), demo_db.write() as session:
        for i in range(2000):
            session.add(Person(first_name=f"Namn {i}", last_name="Långt efternamn " * 10))
        session.flush()
    event.remove(demo_db.engine, "connect", tiny_disk)
    demo_db.engine.dispose()
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before


@pytest.mark.parametrize("folder", ["x?y", "50% off", "sök #2", "Åsa & Öberg"])
def test_odd_characters_in_the_path_open_that_very_file(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "kohort.sqlite3"
    with open_database(str(path)) as database, database.write() as session:
        session.add(Program(name="P", code="P"))
    assert path.exists()
    assert _programme_names(path) == ["P"]
    assert [p.name for p in tmp_path.iterdir()] == [folder]  # no stray file beside the folder


def test_damaged_pages_are_a_clear_error(demo_db: Database) -> None:
    from app.services import cohorts

    path = demo_db.path
    demo_db.close()
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size  # scribble over the people, as a failing disk would
    data[start : start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    try:
        database = open_database(str(path))
    except DatabaseError as exc:
        assert "damaged" in str(exc) or "not a Kohort database" in str(exc)
        return
    try:
        with pytest.raises(DatabaseError, match="damaged"), database.read() as session:
            for cohort in cohorts.list_cohorts(session, include_archived=True):
                from app.services import enrollments

                enrollments.list_participants(session, cohort.id, today=AFTER_DEMO)
    finally:
        database.close()


def test_a_lock_held_by_another_program_is_a_clear_error(db_path: Path) -> None:
    open_database(str(db_path)).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")  # e.g. a copy made by `kohort backup`
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked|busy"):
            open_database(str(db_path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_database(str(db_path)).close()  # fine again once the other program lets go


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("foo bar://x", "neither a file path nor a database URL"),
        ("sqlite:///k.db?mode=ro", "remove the part after"),
        ("", "empty"),
    ],
)
def test_bad_locations_are_refused_clearly(location: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        open_database(location)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(str(tmp_path))
    assert list(tmp_path.iterdir()) == []  # no lock file left behind


def test_the_schema_head_constant_matches_the_migrations() -> None:
    assert db_module.head_revision() == db_module.SCHEMA_HEAD
