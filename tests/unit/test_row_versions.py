"""Optimistic concurrency on people and sessions: a save made from an older version than the
one saved now is refused — who changed it and when, reload to see it — and never overwrites
the other coordinator's change. On SQLite (one user, two windows of time) and with two real
connections to a PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db import Database, open_database
from app.errors import ChangedElsewhereError
from app.models import Person, Session
from app.models_base import who_changes
from app.services import people, sessions
from app.services.versions import changed_elsewhere
from tests.conftest import server_copy


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def _first(db: Database, model: type[Person] | type[Session]) -> int:
    with db.read() as session:
        found = session.scalar(select(model.id).order_by(model.id))
    assert found is not None
    return found


def test_a_person_saved_from_an_older_version_is_refused(demo_db: Database) -> None:
    person_id = _first(demo_db, Person)
    with demo_db.read() as session:
        seen = people.get_person(session, person_id)  # both coordinators open the dialog
    assert seen.version == 1
    mine = replace(people.fields_of(seen), job_title="Rektor")
    theirs = replace(people.fields_of(seen), job_title="Kommundirektör")
    with demo_db.write() as session:
        saved = people.update_person(session, person_id, mine, version=seen.version)
    assert saved.version == 2
    refused = pytest.raises(ChangedElsewhereError, match=f"Changed by {who_changes()} at ")
    with refused, demo_db.write() as session:
        people.update_person(session, person_id, theirs, version=seen.version)
    with demo_db.read() as session:
        now = people.get_person(session, person_id)
        assert now.job_title == "Rektor" and now.version == 2
        row = session.get(Person, person_id)
        assert row is not None and row.updated_by == who_changes()
    with demo_db.write() as session:  # read again: the save goes through
        people.update_person(session, person_id, theirs, version=now.version)


def test_a_session_saved_from_an_older_version_is_refused(demo_db: Database) -> None:
    session_id = _first(demo_db, Session)
    with demo_db.read() as session:
        cohort_id = sessions.get_session(session, session_id).cohort_id
        seen = next(s for s in sessions.list_sessions(session, cohort_id) if s.id == session_id)
    assert seen.version == 1  # the list the window shows carries it
    with demo_db.write() as session:
        sessions.update_session(
            session, session_id, replace(sessions.fields_of(seen), venue="Aula"), version=1
        )
    with pytest.raises(ChangedElsewhereError), demo_db.write() as session:
        sessions.update_session(
            session, session_id, replace(sessions.fields_of(seen), venue="Sal B"), version=1
        )
    with demo_db.read() as session:
        assert sessions.get_session(session, session_id).venue == "Aula"


def test_the_message_says_who_and_when() -> None:
    when = dt.datetime(2026, 3, 19, 13, 5)  # stored in UTC
    local = when.replace(tzinfo=dt.UTC).astimezone()
    same_day = changed_elsewhere("eva", when, today=local.date()).message
    assert same_day == f"Changed by eva at {local:%H:%M} – reload to see the change."
    other_day = changed_elsewhere("eva", when, today=dt.date(2026, 3, 20)).message
    assert f"at {local:%Y-%m-%d %H:%M} –" in other_day


def test_two_coordinators_editing_one_person_on_a_team_database(location: str) -> None:
    first, second = open_database(location), open_database(location)
    try:
        person_id = _first(first, Person)
        with first.read() as session:
            one = people.get_person(session, person_id)
        with second.read() as session:
            two = people.get_person(session, person_id)
        with first.write() as session:
            people.update_person(
                session, person_id, replace(people.fields_of(one), phone="040-1"), version=1
            )
        with pytest.raises(ChangedElsewhereError, match="reload"), second.write() as session:
            people.update_person(
                session, person_id, replace(people.fields_of(two), phone="040-2"), version=1
            )
        with second.read() as session:
            assert people.get_person(session, person_id).phone == "040-1"
    finally:
        first.close()
        second.close()


def test_a_change_saved_between_reading_and_writing_is_not_overwritten(location: str) -> None:
    """The second coordinator's transaction read the person before the first saved (no
    version given): its UPDATE finds the row at a newer version and is refused."""
    first, second = open_database(location), open_database(location)
    try:
        person_id = _first(first, Person)
        with pytest.raises(ChangedElsewhereError), second.write() as late:
            row = people.load_person(late, person_id)  # loaded in this transaction
            seen = people.person_info(row)
            with first.write() as session:
                people.update_person(
                    session, person_id, replace(people.fields_of(seen), phone="040-1")
                )
            people.update_person(late, person_id, replace(people.fields_of(seen), phone="040-2"))
            assert row.version == 1  # (kept loaded: the one this transaction started from)
        with second.read() as session:
            now = people.get_person(session, person_id)
            assert (now.phone, now.version) == ("040-1", 2)
    finally:
        first.close()
        second.close()
