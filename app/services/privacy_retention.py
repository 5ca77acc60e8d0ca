"""Retention ("gallring"): who has been kept longer than the organization needs them.

Two reasons to review a person for erasure:

- *inactive*: their last activity is older than the retention period in years of their
  organization (:data:`DEFAULT_YEARS` unless the organization sets its own);
- *never admitted*: every enrollment they have is as an applicant or on the waiting list,
  and their last activity is older than the applicant period in months
  (:data:`DEFAULT_APPLICANT_MONTHS` unless the organization sets its own).

Last activity is the latest of: when they were registered or their details last changed, an
enrollment made or its status changed, a session they have an attendance mark for, an action
plan changed, a diploma issued, printed or revoked.

:func:`retention_candidates` lists them with the reason; :func:`erase_candidates` erases
exactly that list, all or nothing: if anyone on it changed since (new activity, a new
diploma…), nothing is erased. Run :func:`app.services.privacy_erase.scrub` afterwards.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus
from app.errors import NotFoundError, ValidationError
from app.i18n import _, ngettext
from app.models import ActionPlan, Attendance, Diploma, Enrollment, Organization, Person
from app.models import Session as Meeting
from app.progress import Cancelled, Progress
from app.services.privacy_erase import ErasureImpact, erase_people, erasure_impacts
from app.text import clean, sort_key

DEFAULT_YEARS = 5
DEFAULT_APPLICANT_MONTHS = 6
NOT_ADMITTED = frozenset({EnrollmentStatus.APPLICANT, EnrollmentStatus.WAITLISTED})


class Reason(enum.StrEnum):
    INACTIVE = "inactive"
    NEVER_ADMITTED = "never_admitted"


@dataclass(frozen=True)
class Candidate:
    """One person due for review, with why; passed back unchanged to confirm erasure."""

    person_id: int
    name: str
    organization: str | None
    last_activity: dt.date
    reason: Reason
    period: int  # years (inactive) or months (never admitted) that applied
    impact: ErasureImpact


@dataclass(frozen=True)
class RetentionPeriods:
    organization: str
    years: int | None  # None: the default
    applicant_months: int | None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has at least 28 days")


def last_activities(session: DbSession) -> dict[int, dt.date]:
    """Each person's last activity (see the module docstring)."""
    latest: dict[int, dt.date] = {}

    def take(rows: object) -> None:
        for person_id, when in rows:  # type: ignore[attr-defined]
            if when is None:
                continue
            day = when.date() if isinstance(when, dt.datetime) else when
            if person_id not in latest or day > latest[person_id]:
                latest[person_id] = day

    take(session.execute(select(Person.id, Person.created_at)))
    take(session.execute(select(Person.id, Person.updated_at)))
    by_person = Enrollment.person_id
    for column in (Enrollment.created_at, Enrollment.status_changed_at):
        take(session.execute(select(by_person, func.max(column)).group_by(by_person)))
    take(
        session.execute(
            select(by_person, func.max(func.coalesce(Meeting.end_date, Meeting.date)))
            .join(Attendance, Attendance.enrollment_id == Enrollment.id)
            .join(Meeting, Attendance.session_id == Meeting.id)
            .group_by(by_person)
        )
    )
    take(
        session.execute(
            select(by_person, func.max(ActionPlan.updated_at))
            .join(ActionPlan, ActionPlan.enrollment_id == Enrollment.id)
            .group_by(by_person)
        )
    )
    for stamp in (Diploma.printed_at, Diploma.revoked_at, Diploma.created_at):
        take(
            session.execute(
                select(by_person, func.max(stamp))
                .join(Diploma, Diploma.enrollment_id == Enrollment.id)
                .group_by(by_person)
            )
        )
    return latest


def retention_candidates(
    session: DbSession,
    *,
    today: dt.date,
    years: int | None = None,
    months: int | None = None,
) -> list[Candidate]:
    """Everyone due for review, by surname. ``years``/``months`` replace every
    organization's own periods (and the defaults) when given."""
    _check_periods(years, months)
    latest = last_activities(session)
    statuses: dict[int, set[EnrollmentStatus]] = {}
    for person_id, status in session.execute(select(Enrollment.person_id, Enrollment.status)):
        statuses.setdefault(person_id, set()).add(status)
    due: list[tuple[tuple[str, str], int, str, str | None, dt.date, Reason, int]] = []
    query = select(
        Person.id,
        Person.first_name,
        Person.last_name,
        Organization.name,
        Organization.retention_years,
        Organization.applicant_retention_months,
    ).outerjoin(Organization, Person.organization_id == Organization.id)
    query = query.where(Person.erased_at.is_(None))  # erased already, diplomas kept
    for person_id, first, last, organization, own_years, own_months in session.execute(query):
        activity = latest[person_id]
        kept_years = years or own_years or DEFAULT_YEARS
        kept_months = months or own_months or DEFAULT_APPLICANT_MONTHS
        held = statuses.get(person_id, set())
        name = f"{first} {last}".strip()
        key = (sort_key(last), sort_key(first))
        if held and held <= NOT_ADMITTED and activity < months_before(today, kept_months):
            due.append(
                (key, person_id, name, organization, activity, Reason.NEVER_ADMITTED, kept_months)
            )
        elif activity < months_before(today, 12 * kept_years):
            due.append((key, person_id, name, organization, activity, Reason.INACTIVE, kept_years))
    due.sort(key=lambda row: row[0])
    impacts = erasure_impacts(session, [row[1] for row in due])
    return [
        Candidate(
            person_id=person_id,
            name=name,
            organization=organization,
            last_activity=activity,
            reason=reason,
            period=period,
            impact=impacts[person_id],
        )
        for _key, person_id, name, organization, activity, reason, period in due
    ]


def erase_candidates(
    session: DbSession,
    chosen: Sequence[Candidate],
    *,
    today: dt.date,
    years: int | None = None,
    months: int | None = None,
    with_diplomas: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Erase exactly ``chosen`` (a part of what :func:`retention_candidates` listed with the
    same periods), all or nothing; returns how many were erased."""
    now = {
        c.person_id: c
        for c in retention_candidates(session, today=today, years=years, months=months)
    }
    changed = [c.name for c in chosen if now.get(c.person_id) != c]
    if changed:
        raise ValidationError(
            ngettext(
                "{count} person changed since the list was made ({names}); nothing was "
                "erased. Review the list again.",
                "{count} people changed since the list was made ({names}); nothing was "
                "erased. Review the list again.",
                len(changed),
            ).format(count=len(changed), names=", ".join(changed[:5]))
        )
    impacts = [replace(c.impact, with_diplomas=True) if with_diplomas else c.impact for c in chosen]
    return erase_people(session, impacts, progress=progress, cancelled=cancelled)


def _check_periods(years: int | None, months: int | None) -> None:
    if years is not None and not 1 <= years <= 100:
        raise ValidationError(_("A retention period is 1 to 100 years."))
    if months is not None and not 1 <= months <= 1200:
        raise ValidationError(_("An applicant retention period is 1 to 1200 months."))


def retention_periods(session: DbSession) -> list[RetentionPeriods]:
    """Every organization's own periods (None: the default), by name."""
    rows = session.execute(
        select(
            Organization.name, Organization.retention_years, Organization.applicant_retention_months
        )
    )
    found = [RetentionPeriods(name, years, months) for name, years, months in rows]
    return sorted(found, key=lambda p: sort_key(p.organization))


def set_retention_periods(
    session: DbSession, organization: str, *, years: int | None, applicant_months: int | None
) -> RetentionPeriods:
    """Set an organization's own periods; None returns it to the default."""
    _check_periods(years, applicant_months)
    name = clean(organization)
    found = session.scalar(
        select(Organization).where(func.casefold(Organization.name) == name.casefold())
    )
    if found is None:
        raise NotFoundError(_("There is no organization named “{name}”.").format(name=name))
    found.retention_years = years
    found.applicant_retention_months = applicant_months
    session.flush()
    return RetentionPeriods(found.name, years, applicant_months)
