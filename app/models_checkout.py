"""Taking a cohort along offline (a team database): which cohort is checked out to whose
laptop, the serial numbers set aside for the diplomas issued there, and — in the laptop's
own file only — where it came from and what each row looked like when it left, so that
checking in applies exactly what changed. Imported by :mod:`app.models`, which every caller
imports them from.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models_base import Base, utcnow


class CohortCheckout(Base):
    """On the server: this cohort is checked out (read-only here until checked in)."""

    __tablename__ = "cohort_checkout"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), unique=True)
    # A random token shared with the laptop's file: only that file can check the cohort in.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    checked_out_by: Mapped[str] = mapped_column(String(120))
    checked_out_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Which computer and file it went to, as others are told ("anna på LAPTOP-7, hotell.kohort").
    place: Mapped[str | None] = mapped_column(String(300))


class SerialReservation(Base):
    """Serial numbers ``first``–``last`` with this prefix ("FL-2026-") are set aside for the
    diplomas issued offline under ``token``; issuing on the server skips them. Kept when an
    administrator force-releases the cohort (the laptop may still bring diplomas back), and
    removed when that token checks in."""

    __tablename__ = "serial_reservation"
    __table_args__ = (
        UniqueConstraint("prefix", "first", name="uq_serial_reservation_prefix_first"),
        CheckConstraint("last >= first AND first >= 1", name="range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), index=True)
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort.id", ondelete="SET NULL"), index=True
    )
    prefix: Mapped[str] = mapped_column(String(40))
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CheckoutOrigin(Base):
    """In the laptop's file only (one row): this file is a checked-out cohort of a server."""

    __tablename__ = "checkout_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    # The server's address as shown (never with a password).
    server: Mapped[str] = mapped_column(String(500))
    cohort_id: Mapped[int] = mapped_column(Integer)
    checked_out_by: Mapped[str] = mapped_column(String(120))
    checked_out_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CheckoutBaseline(Base):
    """In the laptop's file only: each copied row's digest as it left the server, so that
    checking in knows what the laptop changed, added and deleted, and whether the server's
    row is still the one the laptop started from."""

    __tablename__ = "checkout_baseline"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
