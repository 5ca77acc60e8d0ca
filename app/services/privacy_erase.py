"""Erasing a person (GDPR Art. 17): them and everything that refers to them, leaving no bytes.

Like :mod:`app.services.deletion`, erasing takes two steps: :func:`erasure_impact` says what
would go, the coordinator confirms it, and :func:`erase_person` erases with that very impact
as the confirmation; if anything changed in between, nothing is erased. It removes the
person, their enrollments, attendance marks, action plans and their actions. Issued diplomas
are the organization's record of what it issued: a person who has any is refused unless the
erasure says ``with_diplomas``, which removes those register rows and their frozen PDFs too.

No bytes stay behind in the database file: every connection sets ``secure_delete`` (deleted
rows and freed pages are overwritten with zeros, indexes included), and :func:`scrub`, run
after the erasing transaction is committed, checkpoints the write-ahead log into the file
and truncates it to nothing, then rebuilds the file (``VACUUM``) so that remnants written by
an older Kohort that did not yet zero deleted rows go too. Backups taken earlier still hold
the person until they are rotated out; the front ends say so.

Not erased: the person's name where it is typed into someone else's record — a diploma
signatory slot, or another participant's manager. :func:`erasure_impact` counts them so the
coordinator can change them where they are.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.errors import DatabaseError, ValidationError
from app.i18n import _, ngettext
from app.models import (
    ActionItem,
    ActionPlan,
    Attendance,
    Diploma,
    Enrollment,
    Person,
    Signatory,
)
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.services.people import load_person


@dataclass(frozen=True)
class ErasureImpact:
    """What erasing one person removes; passed back unchanged as the confirmation."""

    person_id: int
    name: str
    enrollments: int
    attendance_marks: int
    action_plans: int
    actions: int
    diplomas: int
    diploma_serials: tuple[str, ...]
    # Their name typed into other records, which stays (see the module docstring).
    signatory_slots: int
    named_as_manager: int
    with_diplomas: bool = False


def erasure_impact(
    session: DbSession, person_id: int, *, with_diplomas: bool = False
) -> ErasureImpact:
    person = load_person(session, person_id)
    ids = _enrollment_ids(session, person_id)
    name = f"{person.first_name} {person.last_name}".strip()

    def count(query: object) -> int:
        return session.scalar(query) or 0  # type: ignore[call-overload]

    plans = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(ids))
    folded = name.casefold()
    managers = count(
        select(func.count())
        .select_from(Enrollment)
        .outerjoin(ActionPlan, ActionPlan.enrollment_id == Enrollment.id)
        .where(Enrollment.person_id != person_id)
        .where(
            or_(
                func.casefold(Enrollment.manager_name) == folded,
                func.casefold(ActionPlan.manager_name) == folded,
            )
        )
    )
    return ErasureImpact(
        person_id=person_id,
        name=name,
        enrollments=len(ids),
        attendance_marks=count(select(func.count()).where(Attendance.enrollment_id.in_(ids))),
        action_plans=count(select(func.count()).where(ActionPlan.enrollment_id.in_(ids))),
        actions=count(select(func.count()).where(ActionItem.plan_id.in_(plans))),
        diplomas=count(select(func.count()).where(Diploma.enrollment_id.in_(ids))),
        diploma_serials=tuple(
            session.scalars(
                select(Diploma.serial).where(Diploma.enrollment_id.in_(ids)).order_by(Diploma.id)
            )
        ),
        signatory_slots=count(select(func.count()).where(func.casefold(Signatory.name) == folded))
        if name
        else 0,
        named_as_manager=managers if name else 0,
        with_diplomas=with_diplomas,
    )


def erase_person(session: DbSession, person_id: int, *, confirmed: ErasureImpact) -> None:
    """Erase the person as ``confirmed`` describes (see the module docstring); call
    :func:`scrub` once the transaction is committed."""
    actual = erasure_impact(session, person_id, with_diplomas=confirmed.with_diplomas)
    if actual.diplomas and not confirmed.with_diplomas:
        raise ValidationError(
            ngettext(
                "{name} has {n} issued diploma ({serials}). The diploma register is the "
                "organization's record of what it issued, so it is kept: to erase the "
                "diploma as well, choose to erase issued diplomas too (kohort person-data "
                "erase --with-diplomas).",
                "{name} has {n} issued diplomas ({serials}). The diploma register is the "
                "organization's record of what it issued, so they are kept: to erase the "
                "diplomas as well, choose to erase issued diplomas too (kohort person-data "
                "erase --with-diplomas).",
                actual.diplomas,
            ).format(name=actual.name, n=actual.diplomas, serials=", ".join(actual.diploma_serials))
        )
    if actual != confirmed:
        raise ValidationError(
            _(
                "{name} changed since the erasure was confirmed; nothing was erased. "
                "Please confirm again."
            ).format(name=actual.name)
        )
    ids = _enrollment_ids(session, person_id)
    diplomas = select(Diploma.id).where(Diploma.enrollment_id.in_(ids)).scalar_subquery()
    session.execute(
        update(Diploma).where(Diploma.replaces_id.in_(diplomas)).values(replaces_id=None)
    )
    session.execute(delete(Diploma).where(Diploma.enrollment_id.in_(ids)))
    plans = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(ids)).scalar_subquery()
    session.execute(delete(ActionItem).where(ActionItem.plan_id.in_(plans)))
    session.execute(delete(ActionPlan).where(ActionPlan.enrollment_id.in_(ids)))
    session.execute(delete(Attendance).where(Attendance.enrollment_id.in_(ids)))
    session.execute(update(Enrollment).where(Enrollment.mentor_id.in_(ids)).values(mentor_id=None))
    session.execute(delete(Enrollment).where(Enrollment.id.in_(ids)))
    session.execute(delete(Person).where(Person.id == person_id))
    session.expire_all()


def erase_people(
    session: DbSession,
    confirmed: Sequence[ErasureImpact],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Erase each person as confirmed, all or nothing; returns how many were erased.

    A change to any of them since the list was confirmed erases nobody.
    """
    total = len(confirmed)
    if progress is not None:
        progress(0, total)
    for done, impact in enumerate(confirmed):
        stop_if_cancelled(cancelled, done, total, _("Erasing"))
        erase_person(session, impact.person_id, confirmed=impact)
        if progress is not None:
            progress(done + 1, total)
    return total


def with_diplomas(impact: ErasureImpact) -> ErasureImpact:
    """The same impact, confirming that the issued diplomas go too."""
    return replace(impact, with_diplomas=True)


@dataclass(frozen=True)
class Scrubbed:
    """What :func:`scrub` did. ``log_emptied`` False: another program (or another Kohort
    reading the file) held the write-ahead log open; it is emptied when that closes."""

    log_emptied: bool
    rebuilt: bool
    seconds: float


def scrub(db: Database, *, rebuild: bool = True) -> Scrubbed:
    """Leave no bytes of erased rows in the file or its write-ahead log (after commit).

    ``rebuild`` runs VACUUM (the whole file is rewritten; on a 100 MB file this takes a few
    seconds, see the README), for files written before Kohort set ``secure_delete``.
    """
    started = dt.datetime.now()
    raw = db.engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con is not None
        try:
            log_emptied = _checkpoint(con)
            if rebuild:
                con.execute("VACUUM")
                log_emptied = _checkpoint(con)
        except sqlite3.Error as exc:  # the erasure itself is committed already
            raise DatabaseError(
                _(
                    "The erasure is saved, but {path} could not be compacted afterwards "
                    "({error}), so old copies of erased data may remain in its unused space; "
                    "free some disk space, and Kohort compacts it at the next erasure."
                ).format(error=exc, path=db.path)
            ) from exc
    finally:
        raw.close()
    seconds = (dt.datetime.now() - started).total_seconds()
    return Scrubbed(log_emptied=log_emptied, rebuilt=rebuild, seconds=seconds)


def _checkpoint(con: sqlite3.Connection) -> bool:
    row = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(row is not None and row[0] == 0)


def _enrollment_ids(session: DbSession, person_id: int) -> list[int]:
    return list(session.scalars(select(Enrollment.id).where(Enrollment.person_id == person_id)))


def backup_notice(database: Path) -> str:
    """What an erasure cannot reach, said before and after it: the backups."""
    return _(
        "Backups made before the erasure still hold the data: the copies in {folder} until "
        "they are rotated out (Kohort keeps 7 daily, 4 weekly and 12 monthly copies), and any "
        "copy you made yourself until you delete it."
    ).format(folder=database.parent / "backups")
