"""Small evaluations the evaluation tests build again and again, built one way."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, ResponseSource, Role
from app.models import Cohort, Enrollment, Organization, Person, Program
from app.services.evaluation_responses import AnswerInput, ResponseInput


def cohort_with_participants(
    session: DbSession,
    *,
    participants: int = 6,
    organizations: tuple[str, ...] = ("Alingsås kommun",),
    program: Program | None = None,
    name: str = "Omgång 3",
    start: dt.date = dt.date(2026, 9, 1),
) -> Cohort:
    """A cohort of ``participants`` enrolled participants, in ``organizations`` by turns."""
    if program is None:
        program = Program(name="Framtidens ledare", code="FL")
        session.add(program)
        session.flush()
    cohort = Cohort(program_id=program.id, name=name, start_date=start)
    session.add(cohort)
    session.flush()
    orgs = []
    for org_name in organizations:
        org = session.query(Organization).filter_by(name=org_name).one_or_none()
        if org is None:
            org = Organization(name=org_name)
            session.add(org)
            session.flush()
        orgs.append(org)
    for number in range(participants):
        person = Person(
            first_name=f"Deltagare{number + 1}",
            last_name=name.replace(" ", ""),
            organization_id=orgs[number % len(orgs)].id if orgs else None,
        )
        session.add(person)
        session.flush()
        session.add(
            Enrollment(
                cohort_id=cohort.id,
                person_id=person.id,
                role=Role.PARTICIPANT,
                status=EnrollmentStatus.ENROLLED,
            )
        )
    session.flush()
    return cohort


def scale_response(
    question_ids: list[int], values: list[int], *, organization: str | None = None
) -> ResponseInput:
    return ResponseInput(
        answers=tuple(AnswerInput(q, number=v) for q, v in zip(question_ids, values, strict=True)),
        source=ResponseSource.KEYBOARD,
        organization=organization,
    )
