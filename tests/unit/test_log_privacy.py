"""kohort.log never holds personal data: errors provoked with marked names, e-mails and
phones leave no trace of them in the log, however they are logged.

The marks are put together at run time, so that no line of source code holds one: a
traceback quotes source lines, and those may well be in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from app.db import Database
from app.errors import DatabaseError, KohortError
from app.logs import describe_exception, exception_summary, private_log_handler
from app.services import cohorts, enrollments, people, programs
from app.services.cohorts import CohortFields
from app.services.people import PersonFields
from app.services.programs import ProgramFields

MARK = "ZZMARK-" + "4711"
FIELDS = PersonFields(
    first_name=f"{MARK}-first",
    last_name=f"{MARK}-last",
    email=f"{MARK.lower()}@example.se",
    phone=f"+46 70 {MARK[-4:]} 99 {MARK[-4:]}",
)
MARKS = (MARK, FIELDS.email, FIELDS.phone)


@pytest.fixture
def kohort_log(tmp_path: Path) -> Iterator[Path]:
    """kohort.log as the window sets it up (ui.app.setup_logging): the root logger, INFO."""
    path = tmp_path / "log" / "kohort.log"
    handler = private_log_handler(path)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def marks_in(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return sum(text.count(mark) for mark in MARKS)


def log_every_way(exc: BaseException) -> None:
    """What a careless error handler might do with an exception."""
    log = logging.getLogger("app.somewhere")
    try:
        raise exc
    except BaseException:
        log.exception("It failed")
    log.error("It failed: %s", exc)
    log.warning(exc)  # type: ignore[arg-type]
    log.error("It failed: %(error)s", {"error": exc})
    log.error("It failed", exc_info=exc)


def test_an_integrity_error_in_a_service(
    db: Database, kohort_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A person pointing at an organization that is not there: the INSERT carries the
    # person's name, e-mail and phone as its parameters.
    monkeypatch.setattr(people, "organization_id", lambda _session, _name: 999_999)
    with pytest.raises(sa_exc.IntegrityError) as caught, db.write() as session:
        people.create_person(session, FIELDS)
    assert "hidden" in str(caught.value)  # hide_parameters: the text holds no values
    assert all(mark not in str(caught.value) for mark in MARKS)
    log_every_way(caught.value)
    code = "SQLSTATE 23503" if db.on_server else "SQLITE_CONSTRAINT_FOREIGNKEY"
    assert f"IntegrityError [{code}]" in kohort_log.read_text()
    assert marks_in(kohort_log) == 0


@pytest.mark.sqlite_only  # a read-only SQLite connection
def test_a_database_error_on_a_write(db: Database, kohort_log: Path) -> None:
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda con, _record: con.execute("PRAGMA query_only = 1"))
    with pytest.raises(DatabaseError, match="read-only") as caught, db.write() as session:
        people.create_person(session, FIELDS)
    assert isinstance(caught.value.__cause__, sa_exc.OperationalError)
    log_every_way(caught.value)
    assert "DatabaseError" in kohort_log.read_text()
    assert "OperationalError [SQLITE_READONLY]" in kohort_log.read_text()
    assert marks_in(kohort_log) == 0


def _cohort(db: Database) -> int:
    with db.write() as session:
        program = programs.create_program(session, ProgramFields(name="Ledarskap", code="LS"))
        return cohorts.create_cohort(session, program.id, CohortFields(name="Omgång 1")).id


def test_a_message_for_the_coordinator_names_the_person_but_is_never_logged(
    db: Database, kohort_log: Path
) -> None:
    cohort_id = _cohort(db)
    with db.write() as session:
        person = people.create_person(session, FIELDS)
        enrollments.enroll(session, cohort_id=cohort_id, person_id=person.id)
    with pytest.raises(KohortError) as caught, db.write() as session:
        enrollments.enroll(session, cohort_id=cohort_id, person_id=person.id)
    log_every_way(caught.value)
    assert marks_in(kohort_log) == 0


def test_a_kohort_error_naming_a_person(kohort_log: Path) -> None:
    error = KohortError(f"{FIELDS.first_name} {FIELDS.last_name} is already enrolled.")
    try:
        try:
            raise ValueError(FIELDS.email)
        except ValueError as inner:
            raise error from inner
    except KohortError as exc:
        log_every_way(exc)
    text = kohort_log.read_text()
    assert "app.errors.KohortError" in text and "ValueError" in text
    assert "test_log_privacy.py" in text  # where it happened is kept
    assert marks_in(kohort_log) == 0


def test_an_exception_is_described_by_its_kind_and_code() -> None:
    disk_full = OSError(28, "No space left on device", f"/home/anna/{MARK}.pdf")
    assert describe_exception(disk_full) == "OSError [ENOSPC]"
    summary = exception_summary(disk_full)
    assert MARK not in summary and "OSError [ENOSPC]" in summary
