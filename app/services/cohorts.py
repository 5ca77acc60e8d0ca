"""Cohorts: one round of a programme ("Omgång 3, hösten 2025")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.cohort_list import CohortInfo as CohortInfo
from app.cohort_list import cohort_query
from app.domain import CohortStatus, Language
from app.errors import NotFoundError, ValidationError
from app.i18n import _
from app.models import Cohort, Program, Session, utcnow
from app.rules import CompletionRule
from app.services._fields import pick
from app.services.programs import rule_columns, rule_of
from app.sql_read import run_session
from app.text import clean


def list_cohorts(
    session: DbSession, *, program_id: int | None = None, include_archived: bool = False
) -> list[CohortInfo]:
    """The query `kohort cohorts` also runs without SQLAlchemy (app.cohort_list)."""
    return run_session(
        session, cohort_query(program_id=program_id, include_archived=include_archived)
    )


def get_cohort(session: DbSession, cohort_id: int) -> CohortInfo:
    found = run_session(session, cohort_query(cohort_id=cohort_id, include_archived=True))
    if not found:
        raise _not_found(cohort_id)
    return found[0]


@dataclass(frozen=True)
class CohortFields:
    """What a coordinator edits about a cohort. ``rule=None`` keeps (or, for a new cohort,
    copies from the programme) the completion rule."""

    name: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: CohortStatus = CohortStatus.PLANNING
    capacity: int | None = None
    fee_minor: int | None = None
    vat_basis_points: int = 2500
    language: Language = Language.SWEDISH
    rule: CompletionRule | None = None


def fields_of(info: CohortInfo) -> CohortFields:
    return pick(CohortFields, info)


def create_cohort(session: DbSession, program_id: int, fields: CohortFields) -> CohortInfo:
    """A new cohort; its completion rule and diploma settings default from the programme."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(
            _("There is no programme with id {program_id}.").format(program_id=program_id)
        )
    cohort = Cohort(
        program_id=program_id,
        diploma_template=program.diploma_template,
        diploma_title=program.diploma_title,
        diploma_wording=program.diploma_wording,
        diploma_place=program.diploma_place,
        accent_color=program.accent_color,
    )
    _apply(session, cohort, program, replace(fields, rule=fields.rule or rule_of(program)))
    session.add(cohort)
    session.flush()
    return get_cohort(session, cohort.id)


def update_cohort(session: DbSession, cohort_id: int, fields: CohortFields) -> CohortInfo:
    cohort = load_cohort(session, cohort_id)
    _apply(session, cohort, cohort.program, fields)
    session.flush()
    return get_cohort(session, cohort_id)


def _apply(session: DbSession, cohort: Cohort, program: Program, fields: CohortFields) -> None:
    name = clean(fields.name)
    if not name:
        raise ValidationError(_("A cohort needs a name."))
    if fields.start_date and fields.end_date and fields.end_date < fields.start_date:
        raise ValidationError(_("The cohort cannot end before it starts."))
    if fields.capacity is not None and fields.capacity <= 0:
        raise ValidationError(_("The capacity must be a positive number of participants."))
    if fields.fee_minor is not None and fields.fee_minor < 0:
        raise ValidationError(_("The fee cannot be negative."))
    if not 0 <= fields.vat_basis_points <= 10000:
        raise ValidationError(_("The VAT rate must be between 0 and 100 %."))
    taken = select(Cohort.id).where(
        Cohort.program_id == program.id,
        func.casefold(Cohort.name) == name.casefold(),
        Cohort.id != cohort.id,  # IS NOT NULL for a new cohort
    )
    if session.scalar(taken) is not None:
        raise ValidationError(
            _("{name} already has a cohort called “{name2}”.").format(name=program.name, name2=name)
        )
    cohort.name = name
    cohort.start_date = fields.start_date
    cohort.end_date = fields.end_date
    cohort.status = fields.status
    cohort.capacity = fields.capacity
    cohort.fee_minor = fields.fee_minor
    cohort.vat_basis_points = fields.vat_basis_points
    cohort.language = fields.language
    if fields.rule is not None:
        for column, value in rule_columns(fields.rule).items():
            setattr(cohort, column, value)


def duplicate_cohort(
    session: DbSession, cohort_id: int, *, name: str, start_date: dt.date
) -> CohortInfo:
    """Start next round: same settings and sessions pattern, shifted to a new start date.

    Every session moves by the same number of days as the start date, so a new start on
    the same weekday keeps every session on its weekday. People are not copied.
    """
    source = load_cohort(session, cohort_id)
    if source.start_date is None:
        first = session.scalar(select(func.min(Session.date)).where(Session.cohort_id == cohort_id))
        anchor = first or start_date
    else:
        anchor = source.start_date
    shift = start_date - anchor
    info = get_cohort(session, cohort_id)
    copy = create_cohort(
        session,
        source.program_id,
        replace(
            fields_of(info),
            name=name,
            start_date=start_date,
            end_date=source.end_date + shift if source.end_date else None,
            status=CohortStatus.PLANNING,
        ),
    )
    new = load_cohort(session, copy.id)
    for column in (
        "diploma_template",
        "diploma_title",
        "diploma_wording",
        "diploma_place",
        "accent_color",
        "diploma_orientation",
        "verification_url",
        "logo_image_id",
        "background_image_id",
        "currency",
    ):
        setattr(new, column, getattr(source, column))
    for old in session.scalars(select(Session).where(Session.cohort_id == cohort_id)):
        session.add(
            Session(
                cohort_id=copy.id,
                title=old.title,
                date=old.date + shift,
                end_date=old.end_date + shift if old.end_date else None,
                start_time=old.start_time,
                end_time=old.end_time,
                venue=old.venue,
                online_url=old.online_url,
                format=old.format,
                minutes=old.minutes,
                focus_area=old.focus_area,
                mandatory=old.mandatory,
            )
        )
    session.flush()
    return get_cohort(session, copy.id)


def set_cohort_status(session: DbSession, cohort_id: int, status: CohortStatus) -> CohortInfo:
    load_cohort(session, cohort_id).status = status
    session.flush()
    return get_cohort(session, cohort_id)


def archive_cohort(session: DbSession, cohort_id: int, archived: bool = True) -> CohortInfo:
    """Hide a cohort from the workspace; everything in it is kept."""
    load_cohort(session, cohort_id).archived_at = utcnow() if archived else None
    session.flush()
    return get_cohort(session, cohort_id)


def cohort_rule(session: DbSession, cohort_id: int) -> CompletionRule:
    return rule_of(load_cohort(session, cohort_id))


def keep_cohort(session: DbSession, cohort_id: int) -> None:
    """Load the cohort and keep it for the rest of this transaction, so every service that
    loads it again finds it in the session instead of reading the row again (the session
    forgets objects nobody holds). NotFoundError when it is not there (any more)."""
    session.info.setdefault("kept", []).append(load_cohort(session, cohort_id))


def load_cohort(session: DbSession, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise _not_found(cohort_id)
    return cohort


def _not_found(cohort_id: int) -> NotFoundError:
    return NotFoundError(_("There is no cohort with id {cohort_id}.").format(cohort_id=cohort_id))
