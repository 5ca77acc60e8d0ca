"""Erasing a person (GDPR Art. 17): them and everything that refers to them, leaving no bytes.

Like :mod:`app.services.deletion`, erasing takes two steps: :func:`erasure_impact` says what
would go, the coordinator confirms it, and :func:`erase_person` erases with that very impact
as the confirmation; if anything changed in between, nothing is erased. It removes the
person, their enrollments, attendance marks, action plans and their actions, and their
places on reunion invitation lists.

Issued diplomas are the organization's record of what it issued, so they stay in the
register unless the erasure says ``with_diplomas``. A person erased with diplomas kept
leaves only what the register needs: the diploma rows (with the name as printed and the
frozen PDF), the enrollments they were issued for (cohort, role and status only), and a
person row holding nothing but the name as printed, marked erased and archived
(``erased_at``) so that it is in no list, search, duplicate check or retention review.
Everything else about them goes: e-mail, phone, job title, organization, department, the
enrollments without a diploma, attendance, action plans, manager and override notes.
``with_diplomas`` removes those register rows and their frozen PDFs too, and the person
row with them.

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
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.errors import DatabaseError, ValidationError
from app.i18n import _
from app.models import (
    ActionItem,
    ActionPlan,
    Attendance,
    Diploma,
    DiplomaFrozenPdf,
    Enrollment,
    EvaluationResponse,
    GatheringInvitee,
    Person,
    Signatory,
    utcnow,
)
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.services.evaluation_privacy import delete_named_responses
from app.services.people import load_person
from app.services.returnable_form_privacy import delete_forms


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
    # Enrollments with an issued diploma: kept (name as printed only) unless with_diplomas.
    diploma_enrollments: int = 0
    # Named course evaluation responses (anonymous ones name no one and stay).
    evaluation_responses: int = 0
    # Places on reunion invitation lists (återträffar), which go too.
    invitations: int = 0

    @property
    def keeps_diplomas(self) -> bool:
        return bool(self.diplomas) and not self.with_diplomas

    @property
    def enrollments_erased(self) -> int:
        """How many enrollments go (those the kept diplomas hang on stay)."""
        return self.enrollments - (self.diploma_enrollments if self.keeps_diplomas else 0)


CHUNK = 500  # people per query: well under SQLite's limit on bound parameters
ERASE_STEP = 50  # people erased between two progress reports (and questions to cancel)


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def erasure_impact(
    session: DbSession, person_id: int, *, with_diplomas: bool = False
) -> ErasureImpact:
    """What erasing one person removes; raises NotFoundError for an unknown id."""
    load_person(session, person_id)
    return erasure_impacts(session, [person_id], with_diplomas=with_diplomas)[person_id]


def erasure_impacts(
    session: DbSession, person_ids: Sequence[int], *, with_diplomas: bool = False
) -> dict[int, ErasureImpact]:
    """The impact of erasing each of these people (unknown ids are left out), computed
    together: a few queries per 500 people, so a retention list of thousands stays quick."""
    wanted = list(dict.fromkeys(person_ids))
    names: dict[int, str] = {}
    counts: dict[str, Counter[int]] = {kind: Counter() for kind in (*_COUNTED, "invitations")}
    serials: dict[int, list[str]] = {}
    with_diploma: dict[int, set[int]] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(chunk))
        )
        names.update((pid, f"{first} {last}".strip()) for pid, first, last in rows)
        for kind, joined in _COUNTED.items():
            query = select(Enrollment.person_id, func.count())
            for target, on in joined:
                query = query.join(target, on)
            query = query.where(Enrollment.person_id.in_(chunk)).group_by(Enrollment.person_id)
            counts[kind].update({pid: n for pid, n in session.execute(query)})
        invited = session.execute(
            select(GatheringInvitee.person_id, func.count())
            .where(GatheringInvitee.person_id.in_(chunk))
            .group_by(GatheringInvitee.person_id)
        )
        counts["invitations"].update({pid: n for pid, n in invited})
        for pid, enrollment_id, serial in session.execute(
            select(Enrollment.person_id, Enrollment.id, Diploma.serial)
            .join(Diploma, Diploma.enrollment_id == Enrollment.id)
            .where(Enrollment.person_id.in_(chunk))
            .order_by(Diploma.id)
        ):
            serials.setdefault(pid, []).append(serial)
            with_diploma.setdefault(pid, set()).add(enrollment_id)
    signatories = Counter(name.casefold() for name in session.scalars(select(Signatory.name)))
    managers: dict[str, list[int]] = {}  # a folded manager name: whose enrollments name it
    for owner, named, planned in session.execute(
        select(Enrollment.person_id, Enrollment.manager_name, ActionPlan.manager_name)
        .outerjoin(ActionPlan, ActionPlan.enrollment_id == Enrollment.id)
        .where(or_(Enrollment.manager_name.is_not(None), ActionPlan.manager_name.is_not(None)))
    ):
        for folded in {n.casefold() for n in (named, planned) if n}:
            managers.setdefault(folded, []).append(owner)
    found = {}
    for pid, name in names.items():
        folded = name.casefold()
        found[pid] = ErasureImpact(
            person_id=pid,
            name=name,
            enrollments=counts["enrollments"][pid],
            attendance_marks=counts["attendance"][pid],
            action_plans=counts["plans"][pid],
            actions=counts["actions"][pid],
            diplomas=len(serials.get(pid, ())),
            diploma_serials=tuple(serials.get(pid, ())),
            signatory_slots=signatories[folded] if name else 0,
            named_as_manager=sum(o != pid for o in managers.get(folded, ())) if name else 0,
            with_diplomas=with_diplomas,
            evaluation_responses=counts["responses"][pid],
            invitations=counts["invitations"][pid],
            diploma_enrollments=len(with_diploma.get(pid, ())),
        )
    return found


# What is counted per person, and how it is reached from their enrollments.
_COUNTED: dict[str, tuple[tuple[Any, Any], ...]] = {
    "enrollments": (),
    "attendance": ((Attendance, Attendance.enrollment_id == Enrollment.id),),
    "plans": ((ActionPlan, ActionPlan.enrollment_id == Enrollment.id),),
    "actions": (
        (ActionPlan, ActionPlan.enrollment_id == Enrollment.id),
        (ActionItem, ActionItem.plan_id == ActionPlan.id),
    ),
    "responses": ((EvaluationResponse, EvaluationResponse.enrollment_id == Enrollment.id),),
}


def erase_person(session: DbSession, person_id: int, *, confirmed: ErasureImpact) -> None:
    """Erase the person as ``confirmed`` describes (see the module docstring); call
    :func:`scrub` once the transaction is committed."""
    load_person(session, person_id)
    if confirmed.person_id != person_id:
        raise ValueError("the confirmation is for another person")
    erase_people(session, [confirmed])


def erase_people(
    session: DbSession,
    confirmed: Sequence[ErasureImpact],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Erase each person as confirmed, all or nothing; returns how many were erased.

    A change to any of them since the list was confirmed erases nobody. Issued diplomas
    stay in the register unless the confirmation says ``with_diplomas``.
    """
    total = len(confirmed)
    if progress is not None:
        progress(0, total)
    actual = erasure_impacts(session, [c.person_id for c in confirmed])
    for impact in confirmed:
        now = actual.get(impact.person_id)
        _check(None if now is None else replace(now, with_diplomas=impact.with_diplomas), impact)
    kept = {c.person_id for c in confirmed if c.keeps_diplomas}
    done = 0
    for chunk in _chunks([c.person_id for c in confirmed], ERASE_STEP):
        stop_if_cancelled(cancelled, done, total, _("Erasing"))
        _erase(session, [pid for pid in chunk if pid not in kept])
        _erase_keeping_diplomas(session, [pid for pid in chunk if pid in kept])
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    session.expire_all()
    return total


def _check(actual: ErasureImpact | None, confirmed: ErasureImpact) -> None:
    if actual != confirmed:
        raise ValidationError(
            _(
                "{name} changed since the erasure was confirmed; nothing was erased. "
                "Please confirm again."
            ).format(name=confirmed.name)
        )


def _erase(session: DbSession, person_ids: list[int]) -> None:
    """Delete these people and every row about them (children first: the keys restrict)."""
    enrollments = select(Enrollment.id).where(Enrollment.person_id.in_(person_ids))
    diplomas = select(Diploma.id).where(Diploma.enrollment_id.in_(enrollments))
    session.execute(
        update(Diploma).where(Diploma.replaces_id.in_(diplomas)).values(replaces_id=None)
    )
    session.execute(delete(DiplomaFrozenPdf).where(DiplomaFrozenPdf.diploma_id.in_(diplomas)))
    session.execute(delete(Diploma).where(Diploma.enrollment_id.in_(enrollments)))
    delete_named_responses(session, enrollments)
    delete_forms(session, enrollments)
    plans = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(enrollments))
    session.execute(delete(ActionItem).where(ActionItem.plan_id.in_(plans)))
    session.execute(delete(ActionPlan).where(ActionPlan.enrollment_id.in_(enrollments)))
    session.execute(delete(Attendance).where(Attendance.enrollment_id.in_(enrollments)))
    session.execute(
        update(Enrollment).where(Enrollment.mentor_id.in_(enrollments)).values(mentor_id=None)
    )
    session.execute(delete(Enrollment).where(Enrollment.person_id.in_(person_ids)))
    session.execute(delete(GatheringInvitee).where(GatheringInvitee.person_id.in_(person_ids)))
    session.execute(delete(Person).where(Person.id.in_(person_ids)))


def _erase_keeping_diplomas(session: DbSession, person_ids: list[int]) -> None:
    """Erase these people but keep their issued diplomas (see the module docstring)."""
    if not person_ids:
        return
    theirs = select(Enrollment.id).where(Enrollment.person_id.in_(person_ids))
    session.execute(delete(GatheringInvitee).where(GatheringInvitee.person_id.in_(person_ids)))
    with_diploma = select(Diploma.enrollment_id).where(Diploma.enrollment_id.in_(theirs))
    delete_named_responses(session, theirs)
    delete_forms(session, theirs)
    plans = select(ActionPlan.id).where(ActionPlan.enrollment_id.in_(theirs))
    session.execute(delete(ActionItem).where(ActionItem.plan_id.in_(plans)))
    session.execute(delete(ActionPlan).where(ActionPlan.enrollment_id.in_(theirs)))
    session.execute(delete(Attendance).where(Attendance.enrollment_id.in_(theirs)))
    session.execute(
        update(Enrollment).where(Enrollment.mentor_id.in_(theirs)).values(mentor_id=None)
    )
    session.execute(
        delete(Enrollment).where(
            Enrollment.person_id.in_(person_ids), Enrollment.id.not_in(with_diploma)
        )
    )
    session.execute(
        update(Enrollment)
        .where(Enrollment.person_id.in_(person_ids))
        .values(
            mentor_id=None,
            manager_name=None,
            override_eligible=None,
            override_reason=None,
            override_at=None,
        )
    )
    printed: dict[int, str] = {}
    for pid, name in session.execute(
        select(Enrollment.person_id, Diploma.name_as_printed)
        .join(Diploma, Diploma.enrollment_id == Enrollment.id)
        .where(Enrollment.person_id.in_(person_ids))
        .order_by(Diploma.id)
    ):
        printed[pid] = name  # the latest diploma's name wins
    now = utcnow()
    for pid, name in printed.items():
        session.execute(
            update(Person)
            .where(Person.id == pid)
            .values(
                first_name="",
                last_name=name,
                name_as_printed=name,
                email=None,
                phone=None,
                job_title=None,
                organization_id=None,
                department=None,
                archived_at=now,
                erased_at=now,
            )
        )


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
    if db.on_server:  # no file and no log of Kohort's own: the server reuses the space
        return Scrubbed(log_emptied=True, rebuilt=False, seconds=0.0)
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


def backup_notice(database: Path | None) -> str:
    """What an erasure cannot reach, said before and after it: the backups (``None``: a
    team database on a server, whose backups are the server's)."""
    if database is None:
        return _(
            "Backups of the team database made before the erasure still hold the data until "
            "they are rotated out: they are kept by whoever runs the database server."
        )
    return _(
        "Backups made before the erasure still hold the data: the copies in {folder} (and in "
        "the second backup folder, if you chose one) until they are rotated out (Kohort keeps "
        "7 daily, 4 weekly and 12 monthly copies), and the copies made before an upgrade or a "
        "restore, and any copy you made yourself, until you delete them."
    ).format(folder=database.parent / "backups")
