"""Importing a participant list into a cohort: all or nothing, in bulk.

How rows become people:

- Rows of the file that are the same person are merged first, and reported: the same
  e-mail address (ignoring case), or, for rows without an e-mail address, the same first
  name, last name and organization (ignoring case). The first row is kept; later rows only
  fill in what it left empty (and a better-written spelling of the same phone number).
- A row whose e-mail address belongs to someone already in the database (ignoring case) is
  that person. With ``ExistingPolicy.UPDATE`` the non-empty values of the row replace the
  stored ones ("updated" when anything changed, else "unchanged"); the stored e-mail is kept
  as it is. If the row's first and last name together spell the stored name, the stored
  split between first and last name is kept. A phone number that is only another spelling
  of the stored one ("40425000" for "040-42 50 00", see :mod:`app.phones`) replaces it only
  when it is better written. With ``ExistingPolicy.KEEP`` the person is left as stored
  ("unchanged"). A row without an e-mail address is matched by name only within the cohort:
  someone already enrolled in it with the same first name, last name and organization
  (ignoring case) is that person — importing the same list twice adds nobody twice. Outside
  the cohort names alone are not matched (two "Anna Svensson" are common): such a row
  creates a new person.
- Everyone in the file is enrolled in the cohort with the given role and status, unless
  already enrolled there (then the enrollment is left as it is). "enrolled" counts new
  enrollments only. An archived person enrolled again is active again (listed in
  ``changes``).
- Organizations are matched by name ignoring case and created when new.

All or nothing: if any row has an error, nothing is written and the report lists every
error with its row number; the counts then say what the valid rows would have done.
Warnings (a restored phone number, a row without a last name) are reported and imported. A dry
run computes the same report and writes nothing. The service never commits: the caller's
write transaction does (``Database.write()``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, Role
from app.i18n import _
from app.importing.mapping import Field, PersonRecord, RowError, guess_mapping, to_records
from app.importing.reader import RawTable
from app.importing.report import FieldChange, ImportReport
from app.models import Base, Enrollment, Organization, Person
from app.phones import better_phone, same_phone
from app.services._plain_sql import inserted_ids
from app.services.cohorts import load_cohort

__all__ = [
    "ExistingPolicy",
    "FieldChange",
    "ImportReport",
    "email_key",
    "import_people",
    "merge_duplicates",
]

_PERSON: Table = Base.metadata.tables[Person.__tablename__]
_ORGANIZATION: Table = Base.metadata.tables[Organization.__tablename__]
_ENROLLMENT: Table = Base.metadata.tables[Enrollment.__tablename__]
_CHUNK = 500  # e-mail addresses per IN (...) query; far below SQLite's variable limit
_OPTIONAL = ("email", "phone", "job_title", "organization", "department", "name_as_printed")
_SHOWN_FIELDS = ("first_name", "last_name", "name_as_printed", "phone", "job_title", "department")
# Person columns an import may change, in the order of the bulk UPDATE parameters.
_UPDATED = (
    "first_name",
    "last_name",
    "name_as_printed",
    "phone",
    "job_title",
    "department",
    "organization_id",
)


class ExistingPolicy(StrEnum):
    """What to do with a person already in the database (matched by e-mail)."""

    UPDATE = "update"
    KEEP = "keep"


@dataclass
class _Plan:
    new: list[PersonRecord] = field(default_factory=list)
    # person id -> the stored values with the file's applied: _UPDATED, plus
    # "set_organization" (a name) when the organization changes
    updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    changes: list[FieldChange] = field(default_factory=list)
    unchanged: int = 0
    enroll_existing: list[int] = field(default_factory=list)
    restore: list[int] = field(default_factory=list)  # archived people enrolled again
    organizations: dict[str, int] = field(default_factory=dict)  # lower-case name -> id
    new_organizations: dict[str, str] = field(default_factory=dict)  # lower-case -> spelling


def import_people(
    session: DbSession,
    *,
    cohort_id: int,
    table: RawTable,
    mapping: Mapping[int, Field] | None = None,
    existing: ExistingPolicy = ExistingPolicy.UPDATE,
    role: Role = Role.PARTICIPANT,
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED,
    dry_run: bool = False,
) -> ImportReport:
    """Import a table read by :func:`app.importing.reader.read_table` into a cohort.

    ``mapping`` defaults to :func:`app.importing.mapping.guess_mapping` of the headers.
    Raises NotFoundError for an unknown cohort and ValidationError for a mapping that does
    not fit the table; row problems are reported, not raised.
    """
    load_cohort(session, cohort_id)
    records, errors = to_records(
        table, guess_mapping(table.headers) if mapping is None else mapping
    )
    if not table.rows and not errors:
        errors = [RowError(table.header_row, _("there are no participants below the header row"))]
    people, merged = merge_duplicates(records)
    plan = _plan(session, cohort_id, people, existing)
    report = ImportReport(
        created=len(plan.new),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        enrolled=len(plan.new) + len(plan.enroll_existing),
        merged=tuple(merged),
        errors=tuple(errors),
        dry_run=dry_run,
        changes=tuple(plan.changes),
        warnings=tuple(w for r in records for w in r.warnings),
    )
    if report.written:
        _write(session, cohort_id, plan, role, status)
    return report


def email_key(email: str) -> str:
    return email.lower()


def _identity(record: PersonRecord) -> tuple[str, ...]:
    if record.email:
        return ("email", email_key(record.email))
    return (
        "name",
        record.first_name.lower(),
        record.last_name.lower(),
        (record.organization or "").lower(),
    )


def merge_duplicates(
    records: Iterable[PersonRecord],
) -> tuple[list[PersonRecord], list[tuple[int, int]]]:
    """One record per person; later duplicates fill in what the first one left empty."""
    people: list[PersonRecord] = []
    index: dict[tuple[str, ...], int] = {}
    merged: list[tuple[int, int]] = []
    for record in records:
        key = _identity(record)
        if key not in index:
            index[key] = len(people)
            people.append(record)
            continue
        kept = people[index[key]]
        filled = {
            name: getattr(record, name)
            for name in _OPTIONAL
            if getattr(kept, name) is None and getattr(record, name) is not None
        }
        if kept.phone and record.phone and same_phone(kept.phone, record.phone):
            filled["phone"] = better_phone(kept.phone, record.phone)
        if filled:
            people[index[key]] = dataclasses.replace(kept, **filled)
        merged.append((record.row, kept.row))
    return people, merged


def _plan(
    session: DbSession, cohort_id: int, people: Sequence[PersonRecord], existing: ExistingPolicy
) -> _Plan:
    plan = _Plan()
    names: dict[int, str] = {}
    for org_id, name in session.execute(select(Organization.id, Organization.name)):
        names[org_id] = name
        plan.organizations.setdefault(name.lower(), org_id)
    for record in people:
        org = record.organization
        if org and org.lower() not in plan.organizations:
            plan.new_organizations.setdefault(org.lower(), org)

    def spelling(organization: str) -> str:
        """The organization as it will be linked: the stored spelling, if there is one."""
        org_id = plan.organizations.get(organization.lower())
        if org_id is not None:
            return names[org_id]
        return plan.new_organizations.get(organization.lower(), organization)

    stored = _people_by_email(session, {email_key(r.email) for r in people if r.email})
    enrolled = set(
        session.scalars(select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id))
    )
    by_name = _enrolled_by_name(session, cohort_id, names)
    for record in people:
        match = (
            stored.get(email_key(record.email)) if record.email else by_name.get(_identity(record))
        )
        if match is None:
            plan.new.append(record)
            continue
        if match["id"] not in enrolled:
            plan.enroll_existing.append(match["id"])
            if match["archived_at"] is not None:  # an alumna back on a new course
                plan.restore.append(match["id"])
                who = f"{match['first_name']} {match['last_name']}".strip()
                plan.changes.append(
                    FieldChange(record.row, match["id"], who, "archived", "archived", "active")
                )
        current = {name: match[name] for name in _UPDATED}
        current["organization"] = names.get(match["organization_id"])
        changed = _apply(current, record) if existing is ExistingPolicy.UPDATE else current
        if changed != current:
            plan.updates[match["id"]] = changed
            plan.changes += _differences(record.row, match["id"], current, changed, spelling)
        else:
            plan.unchanged += 1
    return plan


def _enrolled_by_name(
    session: DbSession, cohort_id: int, organizations: dict[int, str]
) -> dict[tuple[str, ...], dict[str, Any]]:
    """The cohort's people by the identity a row without an e-mail has (name and
    organization, ignoring case); a name two of them share matches neither."""
    columns = (
        Person.id,
        Person.email,
        Person.archived_at,
        *(getattr(Person, name) for name in _UPDATED),
    )
    rows = session.execute(
        select(*columns)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(Enrollment.cohort_id == cohort_id, Person.erased_at.is_(None))
    )
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    shared: set[tuple[str, ...]] = set()
    for row in rows:
        organization = organizations.get(row.organization_id, "") if row.organization_id else ""
        key = ("name", row.first_name.lower(), row.last_name.lower(), organization.lower())
        if key in found:
            shared.add(key)
        found[key] = dict(row._mapping)
    return {key: value for key, value in found.items() if key not in shared}


def _people_by_email(session: DbSession, keys: set[str]) -> dict[str, dict[str, Any]]:
    """Stored people by lower-case e-mail, in a few indexed queries (an active person before
    an archived one, then the lowest id).

    SQLite's lower() folds ASCII letters only, so addresses with other letters ("Åsa@…")
    are fetched separately and compared in Python.
    """
    if not keys:
        return {}
    columns = (
        Person.id,
        Person.email,
        Person.archived_at,
        *(getattr(Person, name) for name in _UPDATED),
    )
    ascii_keys = sorted(k for k in keys if k.isascii())
    conditions = [
        func.lower(Person.email).in_(ascii_keys[i : i + _CHUNK])
        for i in range(0, len(ascii_keys), _CHUNK)
    ]
    if len(ascii_keys) < len(keys):
        if session.get_bind().dialect.name == "postgresql":  # a regular expression there
            conditions.append(Person.email.op("~")("[^ -~]"))
        else:
            conditions.append(Person.email.op("GLOB")("*[^ -~]*"))
    found: dict[str, dict[str, Any]] = {}
    for condition in conditions:
        for row in session.execute(select(*columns).where(condition).order_by(Person.id)):
            key = email_key(row.email)
            if key in keys and (key not in found or _preferred(row, found[key])):
                found[key] = dict(row._mapping)
    return found


def _differences(
    row: int,
    person_id: int,
    current: dict[str, Any],
    changed: dict[str, Any],
    spelling: Callable[[str], str],
) -> list[FieldChange]:
    who = f"{current['first_name']} {current['last_name']}".strip()
    found = [
        FieldChange(row, person_id, who, name, current[name] or "", changed[name] or "")
        for name in _SHOWN_FIELDS
        if (current[name] or "") != (changed[name] or "")
    ]
    if "set_organization" in changed:
        found.append(
            FieldChange(
                row,
                person_id,
                who,
                "organization",
                current["organization"] or "",
                spelling(changed["set_organization"]),
            )
        )
    return found


def _preferred(row: Any, other: dict[str, Any]) -> bool:
    """Of two people with one address: the active one, else the older one."""
    return (row.archived_at is not None, row.id) < (other["archived_at"] is not None, other["id"])


def _apply(current: dict[str, Any], record: PersonRecord) -> dict[str, Any]:
    """The stored values with the record's non-empty values written over them."""
    result = dict(current)
    same_name = f"{record.first_name} {record.last_name}".strip() == (
        f"{current['first_name']} {current['last_name']}".strip()
    )
    if not same_name:
        if record.first_name:
            result["first_name"] = record.first_name
        if record.last_name:
            result["last_name"] = record.last_name
    for name in ("name_as_printed", "phone", "job_title", "department"):
        value = getattr(record, name)
        if value is not None:
            result[name] = value
    stored_phone = current["phone"]
    if record.phone and stored_phone and same_phone(stored_phone, record.phone):
        # another spelling of the stored number ("40425000" for "040-42 50 00"): never worse
        result["phone"] = better_phone(stored_phone, record.phone)
    org = record.organization
    if org is not None and (current["organization"] or "").lower() != org.lower():
        result["set_organization"] = org
    return result


def _write(
    session: DbSession, cohort_id: int, plan: _Plan, role: Role, status: EnrollmentStatus
) -> None:
    # Core statements on the tables, executed many: the ORM's bulk path splits rows with
    # different empty columns into small batches and is several times slower here.
    organizations = dict(plan.organizations)
    if plan.new_organizations:
        spellings = list(plan.new_organizations.values())
        ids = session.execute(
            insert(_ORGANIZATION).returning(_ORGANIZATION.c.id, sort_by_parameter_order=True),
            [{"name": name} for name in spellings],
        ).scalars()
        organizations.update(
            (name.lower(), org_id) for name, org_id in zip(spellings, ids, strict=True)
        )

    def org_id(name: str | None) -> int | None:
        return organizations[name.lower()] if name else None

    person_ids: list[int] = []
    if plan.new:
        person_ids = inserted_ids(
            session,
            _PERSON,
            [
                {
                    "first_name": r.first_name,
                    "last_name": r.last_name,
                    "name_as_printed": r.name_as_printed,
                    "email": r.email,
                    "phone": r.phone,
                    "job_title": r.job_title,
                    "organization_id": org_id(r.organization),
                    "department": r.department,
                }
                for r in plan.new
            ],
        )
    if plan.updates:
        session.execute(
            update(_PERSON)
            .where(_PERSON.c.id == bindparam("person_id"))
            .values({name: bindparam(f"new_{name}") for name in _UPDATED}),
            [
                {
                    "person_id": person_id,
                    **{f"new_{name}": values[name] for name in _UPDATED},
                    "new_organization_id": (
                        org_id(values["set_organization"])
                        if "set_organization" in values
                        else values["organization_id"]
                    ),
                }
                for person_id, values in plan.updates.items()
            ],
        )
    if plan.restore:
        session.execute(
            update(_PERSON).where(_PERSON.c.id.in_(plan.restore)).values(archived_at=None)
        )
    to_enroll = person_ids + plan.enroll_existing
    if to_enroll:
        session.execute(
            insert(_ENROLLMENT),
            [
                {"cohort_id": cohort_id, "person_id": pid, "role": role, "status": status}
                for pid in to_enroll
            ],
        )
    # The statements bypass the identity map: make ORM objects read the new values.
    session.expire_all()
