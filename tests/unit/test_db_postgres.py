"""A team database on a PostgreSQL server: opening, migrating, what its errors say, where the
password comes from and where it never goes, and the text functions the services use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, literal, select, text
from sqlalchemy.engine import URL

from app.db import SCHEMA_HEAD, Database, open_database
from app.db_location import is_server_location, shown_location
from app.errors import DatabaseError, DatabaseTooNewError
from app.models import Person
from app.services import people
from app.text import search_key
from tests import pg_server

SECRET = "Hemligt-lösen-42"
WRONG = "Fel-lösen-99"


def _location(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture
def server(postgres_server: pg_server.Server) -> pg_server.Server:
    return postgres_server


@pytest.fixture
def new_database(server: pg_server.Server) -> Iterator[URL]:
    """An empty database (not migrated), dropped afterwards."""
    url = server.copy_of("template0")
    yield url
    server.drop(url)


@pytest.fixture
def password_role(server: pg_server.Server, new_database: URL) -> Iterator[URL]:
    """``new_database`` addressed as a role that must give a password (SCRAM)."""
    if server.base.query.get("host") is None or not server.owns_cluster:
        pytest.skip("needs the throw-away cluster, whose pg_hba.conf asks this role a password")
    role = pg_server.PASSWORD_ROLE
    admin = server.admin()
    with admin.connect() as con:
        con.execute(text(f"DROP ROLE IF EXISTS {role}"))
        con.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'"))
        con.execute(text(f'ALTER DATABASE "{new_database.database}" OWNER TO {role}'))
    yield new_database.set(username=role)
    server.drop(new_database)
    with admin.connect() as con:
        con.execute(text(f"DROP ROLE IF EXISTS {role}"))


def test_a_server_address_is_told_from_a_file() -> None:
    assert is_server_location("postgresql://anna@db.example.org/kohort")
    assert is_server_location(" postgresql+psycopg://anna@db/kohort")
    assert not is_server_location("/home/anna/kohort.sqlite3")
    assert not is_server_location("sqlite:///k.sqlite3")
    shown = shown_location(f"postgresql://anna:{SECRET}@db.example.org/kohort")
    assert SECRET not in shown and shown == "postgresql://anna:***@db.example.org/kohort"


def test_a_new_database_is_migrated_and_reopened_as_it_is(new_database: URL) -> None:
    with open_database(_location(new_database)) as db:
        assert db.on_server and db.title == f"{new_database.database} @ {db_host(new_database)}"
        with db.read() as session:
            assert session.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
        with db.write() as session:
            people.create_person(session, people.PersonFields("Ánde", "Ŋuolja"))
        db.run_full_check()  # nothing to do on a server: no error
        assert not db.full_check_due_now()
        with pytest.raises(DatabaseError, match="Not available on a team database yet"):
            _ = db.path
    with open_database(_location(new_database)) as again, again.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1


def db_host(url: URL) -> str:
    return str(url.host or url.query.get("host"))


def test_a_newer_schema_is_refused_and_left_alone(new_database: URL) -> None:
    open_database(_location(new_database)).close()
    engine = create_engine(new_database)
    with engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError, match="newer version of Kohort"):
        open_database(_location(new_database))
    with engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_a_database_of_something_else_is_refused(new_database: URL) -> None:
    engine = create_engine(new_database)
    with engine.begin() as con:
        con.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="other tables but no Kohort data"):
        open_database(_location(new_database))


def test_a_missing_database_is_said(server: pg_server.Server) -> None:
    url = server.url("no_such_kohort")
    with pytest.raises(DatabaseError, match="There is no database no_such_kohort"):
        open_database(_location(url))


def test_an_unreachable_server_is_said(tmp_path: Path) -> None:
    url = URL.create(
        "postgresql", username="anna", database="kohort", query={"host": str(tmp_path)}
    )
    with pytest.raises(DatabaseError, match="cannot reach the database server"):
        open_database(_location(url))


def test_a_wrong_password_is_said_and_never_shown_or_logged(
    password_role: URL, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    location = _location(password_role.set(password=WRONG))
    with pytest.raises(DatabaseError, match="refused the user name or password") as refused:
        open_database(location)
    said = str(refused.value)
    assert WRONG not in said and "***" in said
    assert WRONG not in caplog.text


def test_the_password_comes_from_a_pgpass_file(
    password_role: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    with pytest.raises(DatabaseError, match="refused the user name or password"):
        open_database(_location(password_role))  # no password anywhere
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{pg_server.PASSWORD_ROLE}:{SECRET}\n")
    pgpass.chmod(0o600)  # libpq ignores a pgpass file others may read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_database(_location(password_role)) as db:
        assert SECRET not in db.location
        with db.read() as session:
            assert session.scalar(text("SELECT current_user")) == pg_server.PASSWORD_ROLE


def test_a_role_without_privileges_is_told_so(server: pg_server.Server, new_database: URL) -> None:
    open_database(_location(new_database)).close()  # migrated by the owner
    with server.admin().connect() as con:
        con.execute(text("DROP ROLE IF EXISTS kohort_guest"))
        con.execute(text("CREATE ROLE kohort_guest LOGIN"))
    guest = _location(new_database.set(username="kohort_guest"))
    try:
        with pytest.raises(DatabaseError, match="does not allow this user.*permission denied"):
            open_database(guest)  # not even the schema's revision may be read
        engine = create_engine(new_database)
        with engine.begin() as con:  # allowed to read, not to write
            con.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO kohort_guest"))
        engine.dispose()
        with open_database(guest) as db:
            with db.read() as session:
                assert people.search_people(session, "åsa") == []
            with pytest.raises(DatabaseError, match="permission denied"), db.write() as session:
                people.create_person(session, people.PersonFields("Åsa", "Öberg"))
    finally:
        server.drop(new_database)
        with server.admin().connect() as con:
            con.execute(text("DROP ROLE IF EXISTS kohort_guest"))


def test_a_connection_lost_mid_write_rolls_back_and_says_so(
    server: pg_server.Server, new_database: URL
) -> None:
    with open_database(_location(new_database)) as db:
        lost = pytest.raises(DatabaseError, match="rolled back and nothing was saved")
        with lost, db.write() as session:
            people.create_person(session, people.PersonFields("Åsa", "Öberg"))
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            with server.admin().connect() as con:
                con.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            people.create_person(session, people.PersonFields("Ánde", "Ŋuolja"))
        # nothing of it was kept, and the next change goes through on a new connection
        with db.write() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 0
            people.create_person(session, people.PersonFields("Ánde", "Ŋuolja"))
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 1


# Names whose folding the services compare in SQL (finding an organization, an e-mail, a
# person): the server folds them as Python does.
SAME_ON_BOTH = [
    "Åsa",
    "ÅSA",
    "åsa",
    "Aasa",
    "Ŋuolja",
    "ŊUOLJA",
    "Ánde",
    "STRASSE",
    "straße",
    "STRAẞE",
    "Øyvind Ødegård",
    "Æsa Þórsdóttir",
    "Jäätteenmäki",
    "ÖBERG-JÄÄTTEENMÄKI",
    "Đuro Łukasz",
    "İstanbul",
    "Måns Åkerström",
    "anna.svensson@BORÅS.se",
]
# Where Python's casefold goes further than lower() (the server's): said in app.db_functions.
DIFFERENT = ["ΟΔΥΣΣΕΥΣ ς", "ſ", "ﬁnn"]


@pytest.fixture
def migrated(new_database: URL) -> Iterator[Database]:
    with open_database(_location(new_database)) as db:
        yield db


def test_casefold_and_search_key_match_python_on_the_server(migrated: Database) -> None:
    with migrated.read() as session:
        for name in SAME_ON_BOTH:
            assert session.scalar(select(func.casefold(literal(name)))) == name.casefold(), name
            assert session.scalar(select(func.search_key(literal(name)))) == search_key(name), name
        for name in DIFFERENT:
            assert session.scalar(select(func.casefold(literal(name)))) != name.casefold(), name
        assert session.scalar(select(func.casefold(literal(None)))) is None


def test_finding_people_folds_the_same_on_the_server(migrated: Database) -> None:
    with migrated.write() as session:
        people.create_person(session, people.PersonFields("Åsa", "Ødegård"))
        people.create_person(session, people.PersonFields("Ánde", "Ŋuolja"))
    with migrated.read() as session:
        for typed, found in [("odegard", "Ødegård"), ("aasa", "Ødegård"), ("nuolja", "Ŋuolja")]:
            assert [m.person.last_name for m in people.search_people(session, typed)] == [found]
