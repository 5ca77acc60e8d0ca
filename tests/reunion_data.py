"""A programme with alumni across cohorts, years and organizations, for the reunion tests.

Framtidens ledare (FL) has three cohorts: "Omgång 1" ended 2024, "Omgång 2" ended 2025,
"Omgång 3" runs (ends 2027). People, by surname:

- Andersson (Alingsås kommun): completed Omgång 1 (status completed) and Omgång 2 (diploma).
- Berg (Borås Stad): enrolled in Omgång 2 with a valid diploma, status not set: an alumnus.
- Carlsson (Borås Stad): completed Omgång 2, archived since.
- Dahl (Alingsås kommun): Omgång 2 with a revoked diploma only: not an alumnus.
- Ek (none): withdrew from Omgång 1: not an alumnus.
- Fors (Alingsås kommun): mentor in Omgång 1, status completed: not an alumnus (a mentor).
- Gran (Alingsås kommun): completed Omgång 1, erased since (diplomas kept): never listed.
- Holm (Borås Stad): enrolled in the running Omgång 3: not an alumnus yet.
- Öberg (Vårgårda kommun): completed a cohort of another programme only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, Role
from app.models import Cohort, Diploma, Enrollment, Organization, Person, Program, utcnow


@dataclass(frozen=True)
class Alumni:
    program_id: int
    other_program_id: int
    cohorts: dict[str, int]  # "1", "2", "3", "other"
    people: dict[str, int]  # by surname
    organizations: dict[str, int]
    enrollments: dict[tuple[str, str], int]  # (surname, cohort key)


_serial = iter(range(1, 10_000))


def diploma(session: DbSession, enrollment_id: int, *, revoked: bool = False) -> Diploma:
    n = next(_serial)
    row = Diploma(
        enrollment_id=enrollment_id,
        serial=f"FL-T-{n:04d}",
        verification_code=f"CODE{n:06d}",
        name_as_printed="Namn",
        issue_date=dt.date(2025, 6, 1),
        template="classic",
        record_sha256="0" * 64,
        revoked_at=utcnow() if revoked else None,
        revoked_reason="Fel person" if revoked else None,
    )
    session.add(row)
    session.flush()
    return row


def build_alumni(session: DbSession) -> Alumni:
    program = Program(name="Framtidens ledare", code="FL")
    other = Program(name="Ledarskap för erfarna chefer", code="LEC")
    session.add_all([program, other])
    session.flush()
    cohorts = {
        "1": Cohort(
            program_id=program.id,
            name="Omgång 1",
            start_date=dt.date(2023, 9, 1),
            end_date=dt.date(2024, 3, 1),
        ),
        "2": Cohort(
            program_id=program.id,
            name="Omgång 2",
            start_date=dt.date(2024, 9, 1),
            end_date=dt.date(2025, 3, 1),
        ),
        "3": Cohort(
            program_id=program.id,
            name="Omgång 3",
            start_date=dt.date(2026, 9, 1),
            end_date=dt.date(2027, 3, 1),
        ),
        "other": Cohort(
            program_id=other.id,
            name="LEC 1",
            start_date=dt.date(2024, 1, 1),
            end_date=dt.date(2024, 6, 1),
        ),
    }
    session.add_all(cohorts.values())
    orgs = {
        name: Organization(name=name)
        for name in ("Alingsås kommun", "Borås Stad", "Vårgårda kommun")
    }
    session.add_all(orgs.values())
    session.flush()
    spec = {
        "Andersson": ("Anna", "Alingsås kommun"),
        "Berg": ("Bo", "Borås Stad"),
        "Carlsson": ("Cecilia", "Borås Stad"),
        "Dahl": ("David", "Alingsås kommun"),
        "Ek": ("Eva", None),
        "Fors": ("Fredrik", "Alingsås kommun"),
        "Gran": ("Gun", "Alingsås kommun"),
        "Holm": ("Hanna", "Borås Stad"),
        "Öberg": ("Örjan", "Vårgårda kommun"),
    }
    people = {}
    for last, (first, org) in spec.items():
        person = Person(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.se",
            organization_id=orgs[org].id if org else None,
        )
        session.add(person)
        people[last] = person
    session.flush()
    enrollments: dict[tuple[str, str], int] = {}

    def enroll(last: str, key: str, status: EnrollmentStatus, role: Role = Role.PARTICIPANT) -> int:
        row = Enrollment(
            cohort_id=cohorts[key].id, person_id=people[last].id, role=role, status=status
        )
        session.add(row)
        session.flush()
        enrollments[(last, key)] = row.id
        return row.id

    done, enrolled = EnrollmentStatus.COMPLETED, EnrollmentStatus.ENROLLED
    enroll("Andersson", "1", done)
    diploma(session, enroll("Andersson", "2", enrolled))
    diploma(session, enroll("Berg", "2", enrolled))
    enroll("Carlsson", "2", done)
    people["Carlsson"].archived_at = utcnow()
    diploma(session, enroll("Dahl", "2", enrolled), revoked=True)
    enroll("Ek", "1", EnrollmentStatus.WITHDRAWN)
    enroll("Fors", "1", done, Role.MENTOR)
    enroll("Gran", "1", done)
    people["Gran"].erased_at = utcnow()
    enroll("Holm", "3", enrolled)
    enroll("Öberg", "other", done)
    session.flush()
    return Alumni(
        program.id,
        other.id,
        {key: c.id for key, c in cohorts.items()},
        {last: p.id for last, p in people.items()},
        {name: o.id for name, o in orgs.items()},
        enrollments,
    )
