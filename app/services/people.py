"""People and the organizations they work for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError, ValidationError
from app.models import Organization, Person, utcnow
from app.text import clean, clean_optional, is_valid_email


@dataclass(frozen=True)
class PersonInfo:
    id: int
    first_name: str
    last_name: str
    name_as_printed: str | None
    email: str | None
    phone: str | None
    job_title: str | None
    organization: str | None
    department: str | None
    archived: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def printed_name(self) -> str:
        """The exact spelling for a diploma."""
        return self.name_as_printed or self.full_name


def person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        name_as_printed=person.name_as_printed,
        email=person.email,
        phone=person.phone,
        job_title=person.job_title,
        organization=person.organization.name if person.organization else None,
        department=person.department,
        archived=person.archived_at is not None,
    )


def organization_id(session: DbSession, name: str | None) -> int | None:
    """The id of the organization with this name, created if new; ``None`` for no name."""
    name = clean(name)
    if not name:
        return None
    found = session.scalar(
        select(Organization.id).where(func.lower(Organization.name) == name.lower())
    )
    if found is not None:
        return found
    organization = Organization(name=name)
    session.add(organization)
    session.flush()
    return organization.id


def list_organizations(session: DbSession) -> list[str]:
    return list(session.scalars(select(Organization.name).order_by(Organization.name)))


def create_person(
    session: DbSession,
    *,
    first_name: str,
    last_name: str,
    name_as_printed: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    job_title: str | None = None,
    organization: str | None = None,
    department: str | None = None,
) -> PersonInfo:
    first, last = clean(first_name), clean(last_name)
    if not first and not last:
        raise ValidationError("A person needs a first or last name.")
    mail = clean_optional(email)
    if mail is not None and not is_valid_email(mail):
        raise ValidationError(f"“{mail}” is not a valid e-mail address.")
    person = Person(
        first_name=first,
        last_name=last,
        name_as_printed=clean_optional(name_as_printed),
        email=mail,
        phone=clean_optional(phone),
        job_title=clean_optional(job_title),
        organization_id=organization_id(session, organization),
        department=clean_optional(department),
    )
    session.add(person)
    session.flush()
    return person_info(person)


def get_person(session: DbSession, person_id: int) -> PersonInfo:
    return person_info(load_person(session, person_id))


def find_people_by_email(session: DbSession, email: str) -> list[PersonInfo]:
    query = select(Person).where(func.lower(Person.email) == clean(email).lower())
    return [person_info(p) for p in session.scalars(query)]


def archive_person(session: DbSession, person_id: int, archived: bool = True) -> PersonInfo:
    """Hide a person from pickers; their history stays."""
    load_person(session, person_id).archived_at = utcnow() if archived else None
    session.flush()
    return get_person(session, person_id)


def load_person(session: DbSession, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"There is no person with id {person_id}.")
    return person
