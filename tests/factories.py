"""Small data the tests build again and again, built one way."""

from __future__ import annotations

from sqlalchemy.orm import Session as DbSession

from app.models import Cohort, Program


def programme_with_cohort(
    session: DbSession, *, name: str = "Framtidens ledare", code: str = "FL"
) -> Cohort:
    """A programme with one empty cohort ("Omgång 1"), flushed so both have ids."""
    program = Program(name=name, code=code)
    session.add(program)
    session.flush()
    cohort = Cohort(program_id=program.id, name="Omgång 1")
    session.add(cohort)
    session.flush()
    return cohort
