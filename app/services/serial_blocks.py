"""Serial numbers set aside for a checked-out cohort (``serial_reservation``).

On a team database, issuing skips every block reserved at a check-out: a programme's next
serial comes after the highest issued *and* the highest reserved with its prefix, so the
diplomas a laptop issues offline never collide with the server's. In a laptop's file (one
with a ``checkout_origin`` row), issuing takes its serials only from the reserved blocks:
the lowest unused numbers, and a clear refusal when they are used up."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.i18n import _, ngettext
from app.models import Diploma
from app.models_checkout import CheckoutOrigin, SerialReservation


def issued_numbers(session: DbSession, prefix: str) -> list[int]:
    """The running numbers of the serials issued with this prefix ("FL-2026-")."""
    issued = session.scalars(
        select(Diploma.serial).where(Diploma.serial.startswith(prefix, autoescape=True))
    )
    return [
        int(s[len(prefix) :])
        for s in issued
        if s.startswith(prefix) and s[len(prefix) :].isdigit()  # LIKE ignores case
    ]


def next_number(session: DbSession, prefix: str) -> int:
    """The next running number a team database (or a plain file) issues with this prefix:
    after the highest issued and the highest reserved for a checked-out cohort."""
    return max(max(issued_numbers(session, prefix), default=0), reserved_last(session, prefix)) + 1


def reserved_last(session: DbSession, prefix: str) -> int:
    """The highest serial number reserved with this prefix (0: none)."""
    last = session.scalar(
        select(func.max(SerialReservation.last)).where(SerialReservation.prefix == prefix)
    )
    return int(last or 0)


def is_checked_out_file(session: DbSession) -> bool:
    """Whether this database is a laptop's file holding a checked-out cohort."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    return session.scalar(select(CheckoutOrigin.id).limit(1)) is not None


def offline_serials(
    session: DbSession, prefix: str, year: int, taken: Collection[int], count: int
) -> list[str]:
    """The ``count`` lowest unused numbers of the blocks reserved for ``prefix``, or a
    refusal saying why none (or too few) are left; nothing is issued then."""
    blocks = session.execute(
        select(SerialReservation.first, SerialReservation.last)
        .where(SerialReservation.prefix == prefix)
        .order_by(SerialReservation.first)
    ).all()
    if not blocks:
        raise ValidationError(
            _(
                "No serial numbers for {year} ({prefix}…) were reserved when this cohort was "
                "checked out; check the cohort in to issue diplomas dated {year}. Nothing "
                "was issued."
            ).format(year=year, prefix=prefix)
        )
    used = set(taken)
    free = [n for first, last in blocks for n in range(first, last + 1) if n not in used]
    if len(free) < count:
        reserved = sum(last - first + 1 for first, last in blocks)
        if not free:
            message = ngettext(
                "The {n} serial number reserved at check-out is used up; check the cohort in "
                "to issue more. Nothing was issued.",
                "The {n} serial numbers reserved at check-out are used up; check the cohort in "
                "to issue more. Nothing was issued.",
                reserved,
            ).format(n=reserved)
        else:
            message = ngettext(
                "Only {free} of the serial numbers reserved at check-out is left and {count} "
                "are needed; issue fewer, or check the cohort in to issue more. Nothing was "
                "issued.",
                "Only {free} of the serial numbers reserved at check-out are left and {count} "
                "are needed; issue fewer, or check the cohort in to issue more. Nothing was "
                "issued.",
                len(free),
            ).format(free=len(free), count=count)
        raise ValidationError(message)
    return [f"{prefix}{n:03d}" for n in free[:count]]
