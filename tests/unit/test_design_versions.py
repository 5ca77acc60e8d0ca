"""Optimistic concurrency on the diploma design: a cohort's (or programme's) design saved from
an older version than the one saved now is refused — who changed it and when — and never
overwrites the other coordinator's design. Only a design save moves the version: issuing
diplomas and editing the cohort write the same row without touching it. On both databases,
and with two real connections to a PostgreSQL server."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session as DbSession

from app.db import Database, open_database
from app.errors import ChangedElsewhereError, KohortError
from app.models import Cohort, Program
from app.models_base import who_changes
from app.services import cohorts, programs
from app.services.diploma_register import issue_diplomas
from app.services.diploma_settings import (
    DesignVersions,
    load_settings,
    save_settings,
    versions_of,
)
from app.services.enrollments import list_participants
from app.services.signatories import SignatorySettings
from tests.conftest import AFTER_DEMO, server_copy
from tests.unit.test_diploma_settings import _fl

REFUSED = f"Changed by {who_changes()} at .* – reload to see the change"


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def _cohort_id(db: Database) -> int:
    with db.read() as session:
        return _fl(session).id


def _versions(db: Database, cohort_id: int) -> DesignVersions:
    with db.read() as session:
        return versions_of(session, cohort_id)


def _save_place(
    session: DbSession, cohort_id: int, place: str, *, version: int | None, default: bool = False
) -> None:
    settings = dataclasses.replace(load_settings(session, cohort_id), place=place)
    save_settings(
        session,
        cohort_id,
        settings,
        today=AFTER_DEMO,
        as_programme_default=default,
        design_version=version,
        programme_design_version=version if default else None,
    )


def test_two_design_saves_from_the_same_version(demo_db: Database) -> None:
    cohort_id = _cohort_id(demo_db)
    seen = _versions(demo_db, cohort_id)  # both coordinators open the design editor
    assert seen == DesignVersions(1, 1)
    with demo_db.write() as session:
        _save_place(session, cohort_id, "Vänersborg", version=seen.cohort)
    with pytest.raises(ChangedElsewhereError, match=REFUSED), demo_db.write() as session:
        _save_place(session, cohort_id, "Trollhättan", version=seen.cohort)
    with demo_db.read() as session:
        assert load_settings(session, cohort_id).place == "Vänersborg"
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None and cohort.design_version == 2
        assert cohort.design_updated_by == who_changes() and cohort.design_updated_at
    with demo_db.write() as session:  # read again: the save goes through
        _save_place(session, cohort_id, "Trollhättan", version=2)
    assert _versions(demo_db, cohort_id) == DesignVersions(3, 1)


def test_issuing_and_editing_the_cohort_leave_the_design_version(demo_db: Database) -> None:
    cohort_id = _cohort_id(demo_db)
    with demo_db.write() as session:
        _save_place(session, cohort_id, "Vänersborg", version=None)  # not asked: still moves
        eligible = [
            p.enrollment_id
            for p in list_participants(session, cohort_id, today=AFTER_DEMO)
            if p.eligibility and p.eligibility.eligible
        ]
        assert issue_diplomas(session, cohort_id, eligible[:2], today=AFTER_DEMO)
    with demo_db.write() as session:
        info = cohorts.get_cohort(session, cohort_id)
        cohorts.update_cohort(
            session, cohort_id, dataclasses.replace(cohorts.fields_of(info), capacity=30)
        )
    assert _versions(demo_db, cohort_id) == DesignVersions(2, 1)
    with demo_db.write() as session:  # the editor opened at 2 still saves
        _save_place(session, cohort_id, "Trollhättan", version=2)


def test_the_programmes_design_is_versioned_too(demo_db: Database) -> None:
    cohort_id = _cohort_id(demo_db)
    with demo_db.write() as session:
        _save_place(session, cohort_id, "Vänersborg", version=1, default=True)
    assert _versions(demo_db, cohort_id) == DesignVersions(2, 2)
    with demo_db.read() as session:
        settings = dataclasses.replace(load_settings(session, cohort_id), place="Trollhättan")
    with pytest.raises(ChangedElsewhereError, match=REFUSED), demo_db.write() as session:
        save_settings(
            session,
            cohort_id,
            settings,
            today=AFTER_DEMO,
            as_programme_default=True,
            design_version=2,  # the cohort's is current, the programme's is not
            programme_design_version=1,
        )
    with demo_db.read() as session:  # all or nothing: the cohort's part is not saved either
        assert load_settings(session, cohort_id).place == "Vänersborg"
        program = session.get(Program, _fl(session).program_id)
        assert program is not None and program.diploma_place == "Vänersborg"
    assert _versions(demo_db, cohort_id) == DesignVersions(2, 2)


def test_the_programme_dialog_moves_the_version_only_for_the_design(demo_db: Database) -> None:
    with demo_db.read() as session:
        program_id = _fl(session).program_id
        seen = programs.get_program(session, program_id)
    fields = programs.fields_of(seen)
    with demo_db.write() as session:  # the name is no part of the design
        programs.update_program(
            session, program_id, dataclasses.replace(fields, name="Ledare"), design_version=1
        )
        assert programs.get_program(session, program_id).design_version == 1
    signers = (SignatorySettings(name="Eva Lund", title="Rektor"),)
    with demo_db.write() as session:
        saved = programs.update_program(
            session, program_id, dataclasses.replace(fields, signatories=signers), design_version=1
        )
        assert saved.design_version == 2
    with pytest.raises(ChangedElsewhereError, match=REFUSED), demo_db.write() as session:
        programs.update_program(
            session,
            program_id,
            dataclasses.replace(fields, diploma_place="Trollhättan"),
            design_version=1,
        )
    with demo_db.read() as session:
        now = programs.get_program(session, program_id)
    assert now.signatories == signers and now.diploma_place == seen.diploma_place


def test_two_coordinators_saving_one_design_on_a_team_database(location: str) -> None:
    first, second = open_database(location), open_database(location)
    try:
        cohort_id = _cohort_id(first)
        seen = _versions(second, cohort_id).cohort
        with first.write() as session:
            _save_place(
                session, cohort_id, "Vänersborg", version=_versions(first, cohort_id).cohort
            )
        with pytest.raises(ChangedElsewhereError, match=REFUSED), second.write() as session:
            _save_place(session, cohort_id, "Trollhättan", version=seen)
        with second.read() as session:
            assert load_settings(session, cohort_id).place == "Vänersborg"
    finally:
        first.close()
        second.close()


def test_a_design_saved_between_reading_and_writing_is_not_overwritten(location: str) -> None:
    """The second coordinator's transaction read version 1 before the first saved: the
    version is compared in its UPDATE, not in what it read, so it is refused."""
    first, second = open_database(location), open_database(location)
    try:
        cohort_id = _cohort_id(first)
        with pytest.raises(ChangedElsewhereError), second.write() as late:
            kept = late.get(Cohort, cohort_id)  # loaded in this transaction, and kept
            assert kept is not None
            seen = kept.design_version
            with first.write() as session:
                _save_place(session, cohort_id, "Vänersborg", version=1)
            _save_place(late, cohort_id, "Trollhättan", version=seen)
            assert kept.design_version == 1  # (what this transaction started from)
        assert _versions(second, cohort_id).cohort == 2
        with second.read() as session:
            assert load_settings(session, cohort_id).place == "Vänersborg"
    finally:
        first.close()
        second.close()


def test_a_save_waiting_for_anothers_lock_is_refused_when_it_commits(location: str) -> None:
    """Two saves at the same moment: the second waits for the first's row lock, then finds
    no row at its version."""
    first, second = open_database(location), open_database(location)
    outcome: list[BaseException | None] = []

    def save_second() -> None:
        try:
            with second.write() as session:
                _save_place(session, cohort_id, "Trollhättan", version=1)
            outcome.append(None)
        except KohortError as exc:
            outcome.append(exc)

    try:
        cohort_id = _cohort_id(first)
        with first.write() as session:
            _save_place(session, cohort_id, "Vänersborg", version=1)  # holds the row, uncommitted
            waiting = threading.Thread(target=save_second)
            waiting.start()
            _until_waiting_for_a_lock(location, waiting)  # then this one commits
        waiting.join()
        assert len(outcome) == 1 and isinstance(outcome[0], ChangedElsewhereError)
        with second.read() as session:
            assert load_settings(session, cohort_id).place == "Vänersborg"
        assert _versions(second, cohort_id).cohort == 2
    finally:
        first.close()
        second.close()


def _until_waiting_for_a_lock(location: str, thread: threading.Thread) -> None:
    """Return once another connection of this database waits for a row lock (the second
    save has read its version and is in its UPDATE), or the thread has ended."""
    with open_database(location) as watcher:
        while thread.is_alive():
            with watcher.read() as session:
                waiting = session.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                )
            if waiting:
                return
            thread.join(0.05)
