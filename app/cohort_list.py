"""What a cohort looks like in a list (:class:`CohortInfo`), and the one query that reads it.

Written once as SQL text (:mod:`app.sql_read`): :mod:`app.services.cohorts` runs it through
SQLAlchemy for the window and the services, `kohort cohorts` through plain sqlite3 without
loading SQLAlchemy at all. Imports nothing of the database layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain import CohortStatus, Language, Role
from app.rules import CompletionRule
from app.sql_read import ListQuery, Row, as_bool, as_date


@dataclass(frozen=True)
class CohortInfo:
    id: int
    program_id: int
    program_name: str
    program_code: str
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: CohortStatus
    capacity: int | None
    fee_minor: int | None
    currency: str
    vat_basis_points: int
    language: Language
    archived: bool
    participant_count: int
    session_count: int
    rule: CompletionRule


# Participants are counted without the erased (kept only for their issued diplomas, they
# are not on the roster). Ordered by programme, newest cohort first, then by name: the
# programme's name and the cohort's name within it are unique, so the order is total.
_SELECT = """\
SELECT c.id, c.program_id, p.name AS program_name, p.code AS program_code, c.name,
       c.start_date, c.end_date, c.status, c.capacity, c.fee_minor, c.currency,
       c.vat_basis_points, c.language, c.archived_at,
       c.min_attendance_percent, c.require_all_mandatory, c.count_late, c.count_left_early,
       c.count_excused, c.require_action_plan,
       (SELECT count(*) FROM enrollment AS e JOIN person AS pe ON pe.id = e.person_id
         WHERE e.cohort_id = c.id AND e.role = :participant AND pe.erased_at IS NULL)
         AS participant_count,
       (SELECT count(*) FROM cohort_session AS s WHERE s.cohort_id = c.id) AS session_count
FROM cohort AS c JOIN program AS p ON p.id = c.program_id"""
_ORDER = "ORDER BY p.name, c.start_date DESC, c.name"


def cohort_query(
    *,
    program_id: int | None = None,
    include_archived: bool = False,
    cohort_id: int | None = None,
) -> ListQuery[CohortInfo]:
    """The cohorts (of one programme, or the one with ``cohort_id``), archived ones too
    with ``include_archived``."""
    where: list[str] = []
    params: dict[str, object] = {"participant": Role.PARTICIPANT.value}
    if program_id is not None:
        where.append("c.program_id = :program_id")
        params["program_id"] = program_id
    if cohort_id is not None:
        where.append("c.id = :cohort_id")
        params["cohort_id"] = cohort_id
    if not include_archived:
        where.append("c.archived_at IS NULL")
    condition = f"WHERE {' AND '.join(where)}\n" if where else ""
    return ListQuery(f"{_SELECT}\n{condition}{_ORDER}", _cohort_info, params)


def _cohort_info(row: Row) -> CohortInfo:
    return CohortInfo(
        id=row["id"],
        program_id=row["program_id"],
        program_name=row["program_name"],
        program_code=row["program_code"],
        name=row["name"],
        start_date=as_date(row["start_date"]),
        end_date=as_date(row["end_date"]),
        status=CohortStatus(row["status"]),
        capacity=row["capacity"],
        fee_minor=row["fee_minor"],
        currency=row["currency"],
        vat_basis_points=row["vat_basis_points"],
        language=Language(row["language"]),
        archived=row["archived_at"] is not None,
        participant_count=row["participant_count"],
        session_count=row["session_count"],
        rule=CompletionRule(
            min_attendance_percent=row["min_attendance_percent"],
            require_all_mandatory=as_bool(row["require_all_mandatory"]),
            count_late=as_bool(row["count_late"]),
            count_left_early=as_bool(row["count_left_early"]),
            count_excused=as_bool(row["count_excused"]),
            require_action_plan=as_bool(row["require_action_plan"]),
        ),
    )


def not_checked_out() -> ListQuery[bool]:
    """A row unless the file is a checked-out cohort's (``checkout_origin``): the lean
    path's ``requires``, so that such a file's list says where it came from."""
    return ListQuery(
        "SELECT 1 AS plain WHERE NOT EXISTS (SELECT 1 FROM checkout_origin)",
        lambda row: bool(row["plain"]),
    )
