"""People and the organizations they work for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError, ValidationError
from app.i18n import _
from app.models import Cohort, Enrollment, Organization, Person, utcnow
from app.services._fields import pick
from app.services.versions import refuse_if_changed, saved_once
from app.text import clean, clean_optional, is_valid_email, search_words, sort_key


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
    version: int | None = None  # the row's version when read (None: from a list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def single_name(self) -> bool:
        """Whether the person goes by one name (stored without a last name)."""
        return not self.last_name

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
        version=person.version,
    )


def organization_id(session: DbSession, name: str | None) -> int | None:
    """The id of the organization with this name, created if new; ``None`` for no name."""
    name = clean(name)
    if not name:
        return None
    found = session.scalar(
        select(Organization.id).where(func.casefold(Organization.name) == name.casefold())
    )
    if found is not None:
        return found
    organization = Organization(name=name)
    session.add(organization)
    session.flush()
    return organization.id


def list_organizations(session: DbSession) -> list[str]:
    return sorted(session.scalars(select(Organization.name)), key=sort_key)


@dataclass(frozen=True)
class PersonFields:
    """What a coordinator edits about a person.

    A last name is required unless ``single_name`` says the person goes by one name only
    (then the name is the first name and the last name stays empty): a forgotten surname
    must not pass unnoticed onto a diploma.
    """

    first_name: str
    last_name: str
    name_as_printed: str | None = None
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    organization: str | None = None
    department: str | None = None
    single_name: bool = False


def fields_of(info: PersonInfo) -> PersonFields:
    return pick(PersonFields, info)


def create_person(session: DbSession, fields: PersonFields) -> PersonInfo:
    person = Person()
    _apply(session, person, fields)
    session.add(person)
    session.flush()
    return person_info(person)


def update_person(
    session: DbSession, person_id: int, fields: PersonFields, *, version: int | None = None
) -> PersonInfo:
    """Edit a person. Diplomas already issued keep the name they were issued with.

    ``version``: the one the user started from; refused if someone has saved since."""
    person = load_person(session, person_id)
    refuse_if_changed(person, version)
    with saved_once(session):
        _apply(session, person, fields)
    return person_info(person)


def _apply(session: DbSession, person: Person, fields: PersonFields) -> None:
    first, last = clean(fields.first_name), clean(fields.last_name)
    if not first and not last:
        raise ValidationError(_("A person needs a first or last name."))
    if not last and not fields.single_name:
        raise ValidationError(
            _(
                "{first} has no last name. Add it, or mark the name as a single name "
                "if that is all the person goes by."
            ).format(first=first)
        )
    mail = clean_optional(fields.email)
    if mail is not None and not is_valid_email(mail):
        raise ValidationError(_("“{mail}” is not a valid e-mail address.").format(mail=mail))
    person.first_name = first
    person.last_name = last
    person.name_as_printed = clean_optional(fields.name_as_printed)
    person.email = mail
    person.phone = clean_optional(fields.phone)
    person.job_title = clean_optional(fields.job_title)
    person.organization_id = organization_id(session, fields.organization)
    person.department = clean_optional(fields.department)


@dataclass(frozen=True)
class PersonMatch:
    """A person found by a search, with the cohorts they have been in (alumni come back)."""

    person: PersonInfo
    cohorts: tuple[str, ...]


def search_people(session: DbSession, text: str, *, limit: int = 50) -> list[PersonMatch]:
    """Everyone whose name, e-mail or organization contains every word of ``text``, found
    as the filters find them (:func:`app.text.search_key`), sorted by surname."""
    words = search_words(clean(text))
    query = select(Person).outerjoin(Organization).where(Person.archived_at.is_(None))
    haystack = func.search_key(
        Person.first_name
        + " "
        + Person.last_name
        + " "
        + func.coalesce(Person.email, "")
        + " "
        + func.coalesce(Organization.name, "")
    )
    for word in words:
        query = query.where(haystack.contains(word, autoescape=True))
    found = list(session.scalars(query.order_by(Person.last_name, Person.first_name).limit(limit)))
    found.sort(key=lambda p: (sort_key(p.last_name), sort_key(p.first_name)))
    ids = [p.id for p in found]
    rounds: dict[int, list[str]] = {i: [] for i in ids}
    for person_id, cohort_name in session.execute(
        select(Enrollment.person_id, Cohort.name)
        .join(Cohort)
        .where(Enrollment.person_id.in_(ids))
        .order_by(Cohort.start_date)
    ):
        rounds[person_id].append(cohort_name)
    return [PersonMatch(person_info(p), tuple(rounds[p.id])) for p in found]


def get_person(session: DbSession, person_id: int) -> PersonInfo:
    return person_info(load_person(session, person_id))


def find_people_by_email(session: DbSession, email: str) -> list[PersonInfo]:
    query = select(Person).where(func.casefold(Person.email) == clean(email).casefold())
    return [person_info(p) for p in session.scalars(query)]


def archive_person(session: DbSession, person_id: int, archived: bool = True) -> PersonInfo:
    """Hide a person from pickers; their history stays."""
    load_person(session, person_id).archived_at = utcnow() if archived else None
    session.flush()
    return get_person(session, person_id)


def load_person(session: DbSession, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(
            _("There is no person with id {person_id}.").format(person_id=person_id)
        )
    return person
