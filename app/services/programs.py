"""Programmes: a leadership programme that runs in cohorts ("Framtidens ledare")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError, ValidationError
from app.models import CompletionRuleColumns, Program, utcnow
from app.rules import CompletionRule
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
    archived: bool


def _info(program: Program) -> ProgramInfo:
    return ProgramInfo(
        id=program.id,
        name=program.name,
        code=program.code,
        organizer=program.organizer,
        description=program.description,
        focus_areas=tuple(a for a in (program.focus_areas or "").splitlines() if a.strip()),
        rule=rule_of(program),
        archived=program.archived_at is not None,
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
    return [_info(p) for p in session.scalars(query)]


def get_program(session: DbSession, program_id: int) -> ProgramInfo:
    return _info(_load(session, program_id))


def find_program_by_code(session: DbSession, code: str) -> ProgramInfo | None:
    program = session.scalar(select(Program).where(Program.code == code))
    return None if program is None else _info(program)


def create_program(
    session: DbSession,
    *,
    name: str,
    code: str,
    organizer: str | None = None,
    description: str | None = None,
    focus_areas: tuple[str, ...] = (),
    rule: CompletionRule | None = None,
    diploma_place: str | None = None,
) -> ProgramInfo:
    name = clean(name)
    code = clean(code).upper()
    if not name:
        raise ValidationError("A programme needs a name.")
    if not _CODE.match(code):
        raise ValidationError(
            "The programme code must be 1 to 10 letters A–Z or digits (it starts every "
            "diploma serial number, e.g. FL-2025-007)."
        )
    if session.scalar(select(Program.id).where(Program.name == name)) is not None:
        raise ValidationError(f"There is already a programme called “{name}”.")
    if session.scalar(select(Program.id).where(Program.code == code)) is not None:
        raise ValidationError(f"The programme code {code} is already in use.")
    rule = rule or CompletionRule()
    program = Program(
        name=name,
        code=code,
        organizer=clean_optional(organizer),
        description=clean_optional(description),
        focus_areas="\n".join(clean(a) for a in focus_areas if clean(a)) or None,
        diploma_place=clean_optional(diploma_place),
        **rule_columns(rule),
    )
    session.add(program)
    session.flush()
    return _info(program)


def archive_program(session: DbSession, program_id: int, archived: bool = True) -> ProgramInfo:
    program = _load(session, program_id)
    program.archived_at = utcnow() if archived else None
    session.flush()
    return _info(program)


def rule_columns(rule: CompletionRule) -> dict[str, object]:
    """Column values for storing a completion rule on a Program or Cohort."""
    if not 0 <= rule.min_attendance_percent <= 100:
        raise ValidationError("The minimum attendance must be between 0 and 100 %.")
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
        raise NotFoundError(f"There is no programme with id {program_id}.")
    return program
