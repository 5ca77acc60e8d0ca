"""Generated databases of cohorts and sessions with odd names (any Unicode, quotes, percent
signs, NULs, spaces): the lean read equals what the ORM reads (written here the way the
services did before they shared the query), and `kohort cohorts` and `kohort sessions`
print the same bytes either way."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app import cli
from app.cohort_list import CohortInfo, cohort_query
from app.db import open_database
from app.domain import CohortStatus, Role
from app.lean_read import read_lean
from app.models import Cohort, Enrollment, Person, Program, Session, utcnow
from app.services.programs import rule_of
from app.services.sessions import session_info
from app.session_list import SessionInfo, session_query

TODAY = dt.date.today()
# Not blank to SQLite's trim() (spaces only), as the tables' checks require.
NAMES = st.text(max_size=30).filter(lambda name: name.strip(" ") != "")
DATES = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31))


@dataclass(frozen=True)
class Plan:
    name: str
    start: dt.date | None
    days: int | None
    status: CohortStatus
    archived: bool
    people: tuple[tuple[Role, bool], ...]  # (role, erased)
    sessions: tuple[tuple[str, int, dt.time | None], ...]  # (title, day, start)


COHORTS = st.builds(
    Plan,
    name=NAMES,
    start=DATES,
    days=st.none() | st.integers(0, 400),
    status=st.sampled_from(CohortStatus),
    archived=st.booleans(),
    people=st.lists(st.tuples(st.sampled_from(Role), st.booleans()), max_size=4).map(tuple),
    sessions=st.lists(st.tuples(NAMES, st.integers(0, 3), st.none() | st.times()), max_size=3).map(
        tuple
    ),
)
PROGRAMMES = st.lists(
    st.tuples(NAMES, st.lists(COHORTS, max_size=4, unique_by=lambda c: c.name)),
    min_size=1,
    max_size=3,
    unique_by=lambda p: p[0],
)


def _fill(session: DbSession, programmes: list[tuple[str, list[Plan]]]) -> None:
    for number, (name, plans) in enumerate(programmes, start=1):
        program = Program(name=name, code=f"P{number}")
        session.add(program)
        for plan in plans:
            end = None if plan.start is None or plan.days is None else plan.start
            if end is not None and plan.days is not None:
                end += dt.timedelta(days=plan.days)
            cohort = Cohort(
                program=program,
                name=plan.name,
                start_date=plan.start,
                end_date=end,
                status=plan.status,
                archived_at=utcnow() if plan.archived else None,
            )
            session.add(cohort)
            session.flush()
            for role, erased in plan.people:
                person = Person(
                    first_name="A", last_name="B", erased_at=utcnow() if erased else None
                )
                session.add(person)
                session.flush()
                session.add(Enrollment(cohort_id=cohort.id, person_id=person.id, role=role))
            for title, day, start in plan.sessions:
                date = TODAY + dt.timedelta(day)
                session.add(Session(cohort_id=cohort.id, title=title, date=date, start_time=start))


def _orm_cohorts(session: DbSession) -> list[CohortInfo]:
    """The cohorts as the ORM reads them: the oracle for the shared SQL."""
    same = [f.name for f in fields(CohortInfo) if f.name in Cohort.__table__.columns]
    found = []
    query = select(Cohort).join(Program).order_by(Program.name, Cohort.start_date.desc())
    for c in session.scalars(query.order_by(Cohort.name)):
        participants = session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .join(Person, Person.id == Enrollment.person_id)
            .where(
                Enrollment.cohort_id == c.id,
                Enrollment.role == Role.PARTICIPANT,
                Person.erased_at.is_(None),
            )
        )
        sessions = session.scalar(select(func.count()).where(Session.cohort_id == c.id))
        found.append(
            CohortInfo(
                **{name: getattr(c, name) for name in same},
                program_name=c.program.name,
                program_code=c.program.code,
                archived=c.archived_at is not None,
                participant_count=participants or 0,
                session_count=sessions or 0,
                rule=rule_of(c),
            )
        )
    return found


def _orm_sessions(session: DbSession, cohort_id: int) -> list[SessionInfo]:
    query = select(Session).where(Session.cohort_id == cohort_id)
    rows = session.scalars(query.order_by(Session.date, Session.start_time, Session.id))
    return [session_info(row) for row in rows]


def _printed(path: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli.main(["--db", str(path), *args])
    return code, out.getvalue()


@settings(max_examples=25)
@given(programmes=PROGRAMMES)
def test_odd_names_read_the_same_both_ways(
    empty_template: Path, programmes: list[tuple[str, list[Plan]]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(shutil.copy(empty_template, Path(folder) / "odd.sqlite3"))
        with open_database(str(path), full_check=True) as database:
            with database.write() as session:
                _fill(session, programmes)
            with database.read() as session:
                expected = _orm_cohorts(session)
                schedules = {c.id: _orm_sessions(session, c.id) for c in expected}
        assert read_lean(path, cohort_query(include_archived=True)) == expected
        commands = [["cohorts"], ["cohorts", "--json"]]
        for cohort_id, schedule in schedules.items():
            assert read_lean(path, session_query(cohort_id)) == schedule
            commands += [["sessions", "--cohort", str(cohort_id), *j] for j in ([], ["--json"])]
        for args in commands:
            lean = _printed(path, *args)
            with mock.patch.object(cli, "_LEAN", {}):
                assert _printed(path, *args) == lean
            assert lean[0] == 0
