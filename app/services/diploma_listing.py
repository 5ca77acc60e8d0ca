"""The diploma register as read: its rows of a cohort, an issued diploma's PDF, lookups.

Split from :mod:`app.services.diploma_register` (issuing, reissuing, revoking), which adds
the rows these functions read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError
from app.i18n import _
from app.models import Diploma, Enrollment, Person
from app.services.cohorts import load_cohort
from app.services.diploma_recipes import diploma_pdf_of


@dataclass(frozen=True)
class IssuedDiploma:
    """One row of the register, as the diplomas page lists it."""

    id: int
    enrollment_id: int
    person_id: int
    person_name: str  # the person's name today; the diploma prints name_as_printed
    name_as_printed: str
    serial: str
    verification_code: str
    issue_date: dt.date
    template: str
    record_sha256: str  # of the recipe (or of the frozen PDF, for rows issued before recipes)
    printed_at: dt.datetime | None
    revoked: bool
    revoked_reason: str | None
    replaces_id: int | None
    replaced_by_id: int | None
    ineligible_reason: str | None  # set when issued despite not being eligible
    issued_before_end: str | None = None  # what was still to come when issued ahead

    @property
    def valid(self) -> bool:
        return not self.revoked and self.replaced_by_id is None


def list_diplomas(session: DbSession, cohort_id: int) -> list[IssuedDiploma]:
    """Every register row of the cohort (valid, replaced and revoked), oldest first."""
    load_cohort(session, cohort_id)
    rows = session.execute(
        select(
            Diploma.id,
            Diploma.enrollment_id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Diploma.name_as_printed,
            Diploma.serial,
            Diploma.verification_code,
            Diploma.issue_date,
            Diploma.template,
            Diploma.record_sha256,
            Diploma.printed_at,
            Diploma.revoked_at,
            Diploma.revoked_reason,
            Diploma.replaces_id,
            Diploma.issued_despite_ineligible,
            Diploma.ineligible_reason,
            Diploma.issued_before_end,
        )
        .join(Enrollment, Enrollment.id == Diploma.enrollment_id)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.cohort_id == cohort_id)
        .order_by(Diploma.id)
    ).all()
    replaced_by = {r.replaces_id: r.id for r in rows if r.replaces_id is not None}
    return [
        IssuedDiploma(
            id=r[0],
            enrollment_id=r[1],
            person_id=r[2],
            person_name=f"{r[3]} {r[4]}".strip(),
            name_as_printed=r[5],
            serial=r[6],
            verification_code=r[7],
            issue_date=r[8],
            template=r[9],
            record_sha256=r[10],
            printed_at=r[11],
            revoked=r[12] is not None,
            revoked_reason=r[13],
            replaces_id=r[14],
            replaced_by_id=replaced_by.get(r[0]),
            ineligible_reason=r[16] if r[15] else None,
            issued_before_end=r[17],
        )
        for r in rows
    ]


def issued_pdf(session: DbSession, diploma_id: int) -> bytes:
    """An issued diploma's PDF exactly as issued: rebuilt from its recipe (or, issued before
    recipes, its frozen bytes), after checking the record hash."""
    return diploma_pdf_of(session, diploma_id)


def valid_diplomas(session: DbSession, enrollment_ids: Sequence[int]) -> dict[int, str]:
    """Enrollment id → serial of its valid diploma, for those that have one."""
    replaced = select(Diploma.replaces_id).where(Diploma.replaces_id.is_not(None))
    rows = session.execute(
        select(Diploma.enrollment_id, Diploma.serial).where(
            Diploma.enrollment_id.in_(enrollment_ids),
            Diploma.revoked_at.is_(None),
            Diploma.id.not_in(replaced),
        )
    )
    return {e: serial for e, serial in rows}


def diploma_id_by_serial(session: DbSession, serial: str) -> int:
    """The register row with this serial number (any case, spaces ignored)."""
    wanted = "".join(serial.split()).upper()
    found = session.scalar(select(Diploma.id).where(func.upper(Diploma.serial) == wanted))
    if found is None:
        raise NotFoundError(
            _("There is no diploma with serial number {serial!r}.").format(serial=serial.strip())
        )
    return found
