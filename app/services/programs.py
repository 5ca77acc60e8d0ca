"""Programmes: a leadership programme that runs in cohorts ("Framtidens ledare"), with the
completion rule and the diploma signatories its cohorts start from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError, ValidationError
from app.i18n import _
from app.models import CompletionRuleColumns, Program, utcnow
from app.rules import CompletionRule
from app.services._fields import pick
from app.services.signatories import (
    SignatorySettings,
    set_signatories,
    signatories_of,
    tidy_signatories,
)
from app.services.versions import save_design_version
from app.text import clean, clean_optional

_CODE = re.compile(r"^[A-Z0-9]{1,10}$")


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    name: str
    code: str
    organizer: str | None
    description: str | None
    focus_areas: tuple[str, ...]
    rule: CompletionRule
    diploma_place: str | None
    archived: bool
    # who signs the diplomas of every cohort that has no signatories of its own
    signatories: tuple[SignatorySettings, ...]
    # the version of its diploma design (signatories, place …) as read; see update_program
    design_version: int = 1


def _info(program: Program, session: DbSession) -> ProgramInfo:
    return ProgramInfo(
        id=program.id,
        name=program.name,
        code=program.code,
        organizer=program.organizer,
        description=program.description,
        focus_areas=tuple(a for a in (program.focus_areas or "").splitlines() if a.strip()),
        rule=rule_of(program),
        diploma_place=program.diploma_place,
        archived=program.archived_at is not None,
        signatories=signatories_of(session, program_id=program.id),
        design_version=program.design_version,
    )


def rule_of(row: CompletionRuleColumns) -> CompletionRule:
    """The completion rule stored on a Program or Cohort row."""
    return CompletionRule(
        min_attendance_percent=row.min_attendance_percent,
        require_all_mandatory=row.require_all_mandatory,
        count_late=row.count_late,
        count_left_early=row.count_left_early,
        count_excused=row.count_excused,
        require_action_plan=row.require_action_plan,
    )


def list_programs(session: DbSession, *, include_archived: bool = False) -> list[ProgramInfo]:
    query = select(Program).order_by(Program.name)
    if not include_archived:
        query = query.where(Program.archived_at.is_(None))
    return [_info(p, session) for p in session.scalars(query)]


def get_program(session: DbSession, program_id: int) -> ProgramInfo:
    return _info(_load(session, program_id), session)


def find_program_by_code(session: DbSession, code: str) -> ProgramInfo | None:
    program = session.scalar(select(Program).where(Program.code == code))
    return None if program is None else _info(program, session)


@dataclass(frozen=True)
class ProgramFields:
    """What a coordinator edits about a programme."""

    name: str
    code: str
    organizer: str | None = None
    description: str | None = None
    focus_areas: tuple[str, ...] = ()
    rule: CompletionRule = CompletionRule()
    diploma_place: str | None = None
    # Who signs its cohorts' diplomas (one to three; none yet is allowed). None: leave the
    # stored ones as they are.
    signatories: tuple[SignatorySettings, ...] | None = None


def fields_of(info: ProgramInfo) -> ProgramFields:
    return pick(ProgramFields, info)


def create_program(session: DbSession, fields: ProgramFields) -> ProgramInfo:
    program = Program()
    _apply(session, program, fields)
    session.add(program)
    session.flush()
    _apply_signatories(session, program, fields)
    return _info(program, session)


def update_program(
    session: DbSession,
    program_id: int,
    fields: ProgramFields,
    *,
    design_version: int | None = None,
) -> ProgramInfo:
    """Edit a programme. Its cohorts keep their own rule and diploma settings (a cohort with
    signatories of its own keeps them; the others follow the programme's).

    A change to its diploma design (signatories, place) moves the design's version on;
    ``design_version``: the one the user started from, refused if someone has saved the
    programme's design since (``None``: not asked)."""
    program = _load(session, program_id)
    if _design_changes(session, program, fields):
        save_design_version(session, program, design_version)
    _apply(session, program, fields)
    session.flush()
    _apply_signatories(session, program, fields)
    return _info(program, session)


def _design_changes(session: DbSession, program: Program, fields: ProgramFields) -> bool:
    if clean_optional(fields.diploma_place) != program.diploma_place:
        return True
    return fields.signatories is not None and tidy_signatories(
        fields.signatories
    ) != signatories_of(session, program_id=program.id)


def _apply_signatories(session: DbSession, program: Program, fields: ProgramFields) -> None:
    if fields.signatories is not None:
        set_signatories(session, tidy_signatories(fields.signatories), program_id=program.id)
        session.flush()


def _apply(session: DbSession, program: Program, fields: ProgramFields) -> None:
    name = clean(fields.name)
    code = clean(fields.code).upper()
    if not name:
        raise ValidationError(_("A programme needs a name."))
    if not _CODE.match(code):
        raise ValidationError(
            _(
                "The programme code must be 1 to 10 letters A–Z or digits (it starts "
                "every diploma serial number, e.g. FL-2025-007)."
            )
        )
    others = select(Program.id).where(Program.id != program.id)  # IS NOT NULL when new
    if session.scalar(others.where(func.casefold(Program.name) == name.casefold())) is not None:
        raise ValidationError(_("There is already a programme called “{name}”.").format(name=name))
    if session.scalar(others.where(Program.code == code)) is not None:
        raise ValidationError(_("The programme code {code} is already in use.").format(code=code))
    if fields.signatories is not None:
        tidy_signatories(fields.signatories)  # raises before anything is changed
    program.name = name
    program.code = code
    program.organizer = clean_optional(fields.organizer)
    program.description = clean_optional(fields.description)
    program.focus_areas = "\n".join(a for a in map(clean, fields.focus_areas) if a) or None
    program.diploma_place = clean_optional(fields.diploma_place)
    for column, value in rule_columns(fields.rule).items():
        setattr(program, column, value)


def archive_program(session: DbSession, program_id: int, archived: bool = True) -> ProgramInfo:
    program = _load(session, program_id)
    program.archived_at = utcnow() if archived else None
    session.flush()
    return _info(program, session)


def rule_columns(rule: CompletionRule) -> dict[str, object]:
    """Column values for storing a completion rule on a Program or Cohort."""
    if not 0 <= rule.min_attendance_percent <= 100:
        raise ValidationError(_("The minimum attendance must be between 0 and 100 %."))
    return {
        "min_attendance_percent": rule.min_attendance_percent,
        "require_all_mandatory": rule.require_all_mandatory,
        "count_late": rule.count_late,
        "count_left_early": rule.count_left_early,
        "count_excused": rule.count_excused,
        "require_action_plan": rule.require_action_plan,
    }


def _load(session: DbSession, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(
            _("There is no programme with id {program_id}.").format(program_id=program_id)
        )
    return program
