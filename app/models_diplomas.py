"""The diploma register's tables: issued diplomas, the design snapshots their recipes name,
and the PDF bytes of diplomas issued before recipes. Imported by :mod:`app.models`, which
every caller imports them from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models_base import Base, utcnow


class Diploma(Base):
    """The register of issued diplomas. A row never changes after issue except printed/revoked."""

    __tablename__ = "diploma"
    __table_args__ = (
        CheckConstraint(
            "(revoked_at IS NULL) = (revoked_reason IS NULL)", name="revoked_has_reason"
        ),
        CheckConstraint("length(record_sha256) = 64", name="record_sha256"),
        CheckConstraint("(content_json IS NULL) = (snapshot_id IS NULL)", name="recipe_whole"),
        CheckConstraint("trim(name_as_printed) <> ''", name="name_not_blank"),
        CheckConstraint(
            "NOT issued_despite_ineligible OR trim(coalesce(ineligible_reason, '')) <> ''",
            name="ineligible_has_reason",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="RESTRICT"), index=True
    )
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    verification_code: Mapped[str] = mapped_column(String(40), unique=True)
    name_as_printed: Mapped[str] = mapped_column(String(300))
    issue_date: Mapped[dt.date] = mapped_column(Date)
    template: Mapped[str] = mapped_column(String(40))
    # The recipe (issued since 0006): the content as canonical JSON and the design snapshot;
    # the PDF is rebuilt from them. Rows issued before keep their bytes in diploma_frozen_pdf.
    content_json: Mapped[str | None] = mapped_column(Text)
    snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("diploma_design_snapshot.id", ondelete="RESTRICT"), index=True
    )
    # The SHA-256 that makes the record exact: of the recipe, or of the frozen PDF bytes.
    record_sha256: Mapped[str] = mapped_column(String(64))
    issued_despite_ineligible: Mapped[bool] = mapped_column(Boolean, default=False)
    ineligible_reason: Mapped[str | None] = mapped_column(Text)
    # Issued before the programme was over: the sessions still to be held then, for the record.
    issued_before_end: Mapped[str | None] = mapped_column(Text)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("diploma.id", ondelete="RESTRICT"), unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DiplomaDesignSnapshot(Base):
    """A cohort's diploma design as issued: canonical JSON, images by SHA-256 in stored_image,
    and the fingerprint of the renderer (ReportLab, fonts, render version). Stored once."""

    __tablename__ = "diploma_design_snapshot"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    design_json: Mapped[str] = mapped_column(Text)
    renderer_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DiplomaFrozenPdf(Base):
    """The PDF bytes of a diploma issued before recipes (schema 0006), exactly as issued;
    kept apart so that listing the register never reads a blob."""

    __tablename__ = "diploma_frozen_pdf"
    __table_args__ = (CheckConstraint("length(pdf) > 0", name="not_empty"),)

    diploma_id: Mapped[int] = mapped_column(
        ForeignKey("diploma.id", ondelete="CASCADE"), primary_key=True
    )
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
