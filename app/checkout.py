"""Checking a cohort out of a team database into a laptop's own file, and what others see.

:func:`check_out` does, in ONE server transaction: refuse a cohort checked out already (by
whom, since when); mark it checked out (``cohort_checkout``, a new random token); reserve a
block of serial numbers per programme prefix and year it may issue in
(``serial_reservation``, under the register lock); and write the new file holding the
cohort's data with the same ids (:mod:`app.checkout_rows`), the origin row and each row's
digest as it left (the baseline :mod:`app.checkin` compares with). The file is written as
``<name>.partial`` and renamed when the server has committed: a failure on either side
leaves neither a file nor a checked-out cohort.

From then on the server refuses every write to the cohort (migration 0012's guard) until
:func:`app.checkin.check_in` brings it back, or an administrator :func:`release`\\ s it.
"""

from __future__ import annotations

import datetime as dt
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session as DbSession

from app.checkout_rows import copy_rows, track_deletions
from app.checkout_words import checked_out_text
from app.db import open_database
from app.db_copy import Progress, new_target
from app.db_location import is_server_location, shown_location, sqlite_path
from app.errors import DatabaseError, ValidationError
from app.i18n import _
from app.models import (
    CheckoutBaseline,
    CheckoutOrigin,
    Cohort,
    CohortCheckout,
    Diploma,
    Enrollment,
    SerialReservation,
    utcnow,
)
from app.models import Session as CohortSession
from app.models_base import who_changes
from app.services.cohorts import load_cohort
from app.services.serial_blocks import next_number

# Serial numbers set aside beyond one per participant (walk-ins, a reissued name).
SPARE_SERIALS = 10


@dataclass(frozen=True)
class CheckoutInfo:
    """A checked-out cohort, as others are told: "anna since 8 Dec 09:12 (anna on LAPTOP-7,
    hotell.kohort)"."""

    cohort_id: int
    cohort_name: str
    checked_out_by: str
    checked_out_at: dt.datetime  # UTC
    place: str | None

    def text(self) -> str:
        return checked_out_text(
            self.cohort_name, self.checked_out_by, self.checked_out_at, self.place
        )


@dataclass(frozen=True)
class ReservedSerials:
    prefix: str  # "FL-2026-"
    first: int
    last: int

    def text(self) -> str:
        return f"{self.prefix}{self.first:03d}–{self.prefix}{self.last:03d}"


@dataclass(frozen=True)
class CheckoutResult:
    file: str  # the laptop's new file, in full
    server: str  # shown: without a password
    checkout: CheckoutInfo
    rows: int  # rows copied into the file
    reservations: tuple[ReservedSerials, ...]


@dataclass(frozen=True)
class Origin:
    """In a laptop's file: the checked-out cohort it holds, and where it came from."""

    server: str  # shown: without a password
    cohort_id: int
    cohort_name: str
    checked_out_by: str
    checked_out_at: dt.datetime  # UTC
    token: str
    reservations: tuple[ReservedSerials, ...]


# -- what others see -----------------------------------------------------------------------


def checked_out_cohorts(session: DbSession) -> dict[int, CheckoutInfo]:
    """Every checked-out cohort of a team database, by cohort id (one cheap query)."""
    rows = session.execute(
        select(
            CohortCheckout.cohort_id,
            Cohort.name,
            CohortCheckout.checked_out_by,
            CohortCheckout.checked_out_at,
            CohortCheckout.place,
        ).join(Cohort, Cohort.id == CohortCheckout.cohort_id)
    ).all()
    return {row[0]: CheckoutInfo(*row) for row in rows}


def checkout_status(session: DbSession, cohort_id: int) -> CheckoutInfo | None:
    """Who has this cohort checked out, since when; None: it is not checked out."""
    row = session.execute(
        select(
            CohortCheckout.cohort_id,
            Cohort.name,
            CohortCheckout.checked_out_by,
            CohortCheckout.checked_out_at,
            CohortCheckout.place,
        )
        .join(Cohort, Cohort.id == CohortCheckout.cohort_id)
        .where(CohortCheckout.cohort_id == cohort_id)
    ).first()
    return None if row is None else CheckoutInfo(*row)


def origin(session: DbSession) -> Origin | None:
    """The checked-out cohort this file holds (None: an ordinary file, or checked in)."""
    row = session.scalar(select(CheckoutOrigin).limit(1))
    if row is None:
        return None
    name = session.scalar(select(Cohort.name).where(Cohort.id == row.cohort_id)) or "?"
    return Origin(
        server=row.server,
        cohort_id=row.cohort_id,
        cohort_name=name,
        checked_out_by=row.checked_out_by,
        checked_out_at=row.checked_out_at,
        token=row.token,
        reservations=reservations_of(session, row.token),
    )


def reservations_of(session: DbSession, token: str) -> tuple[ReservedSerials, ...]:
    rows = session.execute(
        select(SerialReservation.prefix, SerialReservation.first, SerialReservation.last)
        .where(SerialReservation.token == token)
        .order_by(SerialReservation.prefix, SerialReservation.first)
    ).all()
    return tuple(ReservedSerials(*row) for row in rows)


# -- checking out --------------------------------------------------------------------------


def check_out(
    server_location: str,
    cohort_id: int,
    file_path: str,
    *,
    serials: int | None = None,
    progress: Progress | None = None,
) -> CheckoutResult:
    """Check the cohort out of the team database at ``server_location`` into the new file
    ``file_path``, reserving ``serials`` serial numbers per prefix (default: one per
    enrollment, plus :data:`SPARE_SERIALS`). All or nothing (see the module's docstring)."""
    if not is_server_location(server_location):
        raise DatabaseError(
            _(
                "Checking out is for a team database on a server (postgresql://…); {location} "
                "is a file, which can simply be copied."
            ).format(location=shown_location(server_location))
        )
    if serials is not None and not 1 <= serials <= 10000:
        raise ValidationError(_("Reserve between 1 and 10000 serial numbers."))
    path = sqlite_path(file_path)
    with (
        open_database(server_location) as server,
        new_target(str(path)) as engine,  # renamed from .partial once the server committed
        server.write() as session,
    ):
        info, reserved = _mark_checked_out(session, cohort_id, path, serials)
        token = session.scalar(
            select(CohortCheckout.token).where(CohortCheckout.cohort_id == cohort_id)
        )
        assert token is not None
        with engine.begin() as target:
            target.execute(text("PRAGMA defer_foreign_keys = ON"))
            rows = _write_file(session.connection(), target, info, token, server.location, progress)
    return CheckoutResult(str(path), server.location, info, rows, reserved)


def _mark_checked_out(
    session: DbSession, cohort_id: int, path: Path, serials: int | None
) -> tuple[CheckoutInfo, tuple[ReservedSerials, ...]]:
    cohort = load_cohort(session, cohort_id)
    session.execute(select(Cohort.id).where(Cohort.id == cohort_id).with_for_update())
    existing = checkout_status(session, cohort_id)
    if existing is not None:
        raise ValidationError(
            _("{checked_out} It cannot be checked out twice.").format(checked_out=existing.text())
        )
    who = who_changes()
    place = _("{who} on {host}, {file}").format(
        who=who, host=socket.gethostname() or "?", file=path.name
    )
    token = secrets.token_hex(16)
    now = utcnow()
    session.add(
        CohortCheckout(
            cohort_id=cohort_id, token=token, checked_out_by=who, checked_out_at=now, place=place
        )
    )
    reserved = _reserve_serials(session, cohort, token, serials)
    session.flush()
    return CheckoutInfo(cohort_id, cohort.name, who, now, place), reserved


def _reserve_serials(
    session: DbSession, cohort: Cohort, token: str, size: int | None
) -> tuple[ReservedSerials, ...]:
    """A block per year the laptop may issue in: this year, the year of the cohort's last
    session if later, the year of its fixed issue date, and the years of the diplomas it
    holds (a reissue keeps the issue date, and its year's prefix); each after everything
    issued or reserved with its prefix."""
    from app.services.diploma_register import hold_register  # the PDF libraries: only here

    hold_register(session)
    if size is None:
        enrolled = session.scalar(
            select(func.count()).select_from(Enrollment).where(Enrollment.cohort_id == cohort.id)
        )
        size = int(enrolled or 0) + SPARE_SERIALS
    last_session = session.scalar(
        select(func.max(func.coalesce(CohortSession.end_date, CohortSession.date))).where(
            CohortSession.cohort_id == cohort.id
        )
    )
    years = {dt.date.today().year}
    if last_session is not None and last_session.year > min(years):
        years.add(last_session.year)
    if cohort.diploma_issue_date is not None:
        years.add(cohort.diploma_issue_date.year)
    issued = session.scalars(
        select(Diploma.issue_date)
        .join(Enrollment, Enrollment.id == Diploma.enrollment_id)
        .where(Enrollment.cohort_id == cohort.id)
        .distinct()
    )
    years |= {day.year for day in issued}
    reserved = []
    for year in sorted(years):
        prefix = f"{cohort.program.code}-{year}-"
        first = next_number(session, prefix)
        block = SerialReservation(
            token=token, cohort_id=cohort.id, prefix=prefix, first=first, last=first + size - 1
        )
        session.add(block)
        session.flush()  # the next prefix's block (another year) sees this one
        reserved.append(ReservedSerials(prefix, block.first, block.last))
    return tuple(reserved)


def _write_file(
    source: Connection,
    target: Connection,
    info: CheckoutInfo,
    token: str,
    server: str,
    progress: Progress | None,
) -> int:
    digests = copy_rows(source, target, info.cohort_id, token, progress)
    target.execute(
        insert(CheckoutOrigin),
        {
            "token": token,
            "server": server,
            "cohort_id": info.cohort_id,
            "checked_out_by": info.checked_out_by,
            "checked_out_at": info.checked_out_at,
        },
    )
    baseline = [
        {"table_name": table, "row_id": row_id, "digest": digest}
        for (table, row_id), digest in digests.items()
    ]
    for start in range(0, len(baseline), 1000):
        target.execute(insert(CheckoutBaseline), baseline[start : start + 1000])
    track_deletions(target)
    return len(digests)


# -- an administrator's release ---------------------------------------------------------------


def release(server_location: str, cohort_id: int) -> CheckoutInfo:
    """Release a checked-out cohort without its laptop (lost, broken): writable on the
    server again. Its serial reservations stay, so the diplomas issued on that laptop never
    collide; the laptop can still check in if nothing it changed was changed here since."""
    if not is_server_location(server_location):
        raise DatabaseError(_("Releasing a checked-out cohort is for a team database."))
    with open_database(server_location) as server, server.write() as session:
        info = checkout_status(session, cohort_id)
        if info is None:
            load_cohort(session, cohort_id)  # a cohort that is not there is said so
            raise ValidationError(_("This cohort is not checked out; there is nothing to release."))
        row = session.scalar(select(CohortCheckout).where(CohortCheckout.cohort_id == cohort_id))
        session.delete(row)
        session.flush()  # before the note to other windows (sent before the commit)
    return info
