"""The schema: SQLAlchemy 2.x typed models for every entity in DESIGN.md (the diploma
register's tables in :mod:`app.models_diplomas`, the shared base in :mod:`app.models_base`).

Rules the database itself enforces (not only Python):
- foreign keys everywhere; attendance and issued diplomas are protected with
  ``ON DELETE RESTRICT`` so that deleting a cohort or a person can never silently
  take them along — services archive or withdraw instead, and a real delete is an
  explicit, confirmed operation that removes dependants itself;
- enumerations and date ranges are CHECK constraints;
- money is stored in minor units (öre/cents) and rates in basis points: integers, never floats.

Dates and times of sessions are local calendar values (``DATE``/``TIME``), never converted
to or from UTC. Audit timestamps (``*_at``) are UTC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain import (
    ActionStatus,
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    Language,
    Role,
    SessionFormat,
)
from app.models_base import Base as Base
from app.models_base import enum_column as _enum
from app.models_base import utcnow as utcnow
from app.models_base import who_changes


class StoredImage(Base):
    """A logo or signature kept inside the database, so one file holds everything."""

    __tablename__ = "stored_image"
    __table_args__ = (
        CheckConstraint("length(data) > 0", name="not_empty"),
        CheckConstraint("mime_type IN ('image/png', 'image/jpeg')", name="mime_type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mime_type: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Organization(Base):
    __tablename__ = "organization"
    __table_args__ = (
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
        CheckConstraint(
            "retention_years IS NULL OR retention_years BETWEEN 1 AND 100", name="retention_years"
        ),
        CheckConstraint(
            "applicant_retention_months IS NULL OR applicant_retention_months BETWEEN 1 AND 1200",
            name="applicant_retention_months",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # How long people are kept after their last activity (None: Kohort's defaults, see
    # app.services.privacy_retention).
    retention_years: Mapped[int | None] = mapped_column(Integer)
    applicant_retention_months: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("trim(first_name) <> '' OR trim(last_name) <> ''", name="has_name"),
        Index("ix_person_email_lower", func.lower(text("email"))),
        Index("ix_person_last_first", "last_name", "first_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    name_as_printed: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))
    job_title: Mapped[str | None] = mapped_column(String(200))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    department: Mapped[str | None] = mapped_column(String(200))
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Erased, its issued diplomas kept: only the name as printed is left (privacy_erase).
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, onupdate=utcnow)
    # Optimistic concurrency on a team database: a save made from an older version is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    updated_by: Mapped[str | None] = mapped_column(String(120), onupdate=who_changes)

    organization: Mapped[Organization | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class CompletionRuleColumns:
    """Completion-rule settings shared by Program (defaults) and Cohort (in force)."""

    min_attendance_percent: Mapped[int] = mapped_column(Integer, default=80)
    require_all_mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    count_late: Mapped[bool] = mapped_column(Boolean, default=True)
    count_left_early: Mapped[bool] = mapped_column(Boolean, default=True)
    count_excused: Mapped[bool] = mapped_column(Boolean, default=False)
    require_action_plan: Mapped[bool] = mapped_column(Boolean, default=False)


class DiplomaSettingsColumns:
    """Diploma settings shared by Program (defaults) and Cohort (in force)."""

    diploma_template: Mapped[str] = mapped_column(String(40), default="classic")
    diploma_title: Mapped[str | None] = mapped_column(String(200))
    diploma_wording: Mapped[str | None] = mapped_column(Text)
    diploma_place: Mapped[str | None] = mapped_column(String(200))
    accent_color: Mapped[str | None] = mapped_column(String(7))
    diploma_orientation: Mapped[str | None] = mapped_column(String(20))  # None: landscape
    # A URL with {code} printed as a QR code on the diploma (None: no QR code).
    verification_url: Mapped[str | None] = mapped_column(String(500))
    # "bleed": a print shop's version, 3 mm bleed and a TrimBox (None: an office print).
    diploma_edge: Mapped[str | None] = mapped_column(String(20))
    # Optimistic concurrency for the diploma design alone (the row itself is written by
    # other edits too, e.g. while issuing): a design saved from an older one is refused.
    design_version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    design_updated_by: Mapped[str | None] = mapped_column(String(120))
    design_updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Program(CompletionRuleColumns, DiplomaSettingsColumns, Base):
    __tablename__ = "program"
    __table_args__ = (
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
        CheckConstraint("min_attendance_percent BETWEEN 0 AND 100", name="min_percent"),
        # The same rule in each dialect's words: a code starts with A–Z or 0–9.
        CheckConstraint(
            "code GLOB '[A-Z0-9]*' AND length(code) BETWEEN 1 AND 10", name="code"
        ).ddl_if(dialect="sqlite"),
        CheckConstraint("code ~ '^[A-Z0-9]' AND length(code) BETWEEN 1 AND 10", name="code").ddl_if(
            dialect="postgresql"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    organizer: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    focus_areas: Mapped[str | None] = mapped_column(Text)  # one per line
    logo_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_image.id", ondelete="SET NULL")
    )
    background_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_image.id", ondelete="SET NULL")
    )
    # The action plan's headings and guiding questions as JSON (None: the language's defaults).
    action_plan_guide: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    cohorts: Mapped[list[Cohort]] = relationship(back_populates="program")


class Cohort(CompletionRuleColumns, DiplomaSettingsColumns, Base):
    __tablename__ = "cohort"
    __table_args__ = (
        UniqueConstraint("program_id", "name", name="uq_cohort_program_name"),
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"
        ),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        CheckConstraint("fee_minor IS NULL OR fee_minor >= 0", name="fee"),
        CheckConstraint("vat_basis_points BETWEEN 0 AND 10000", name="vat"),
        CheckConstraint("min_attendance_percent BETWEEN 0 AND 100", name="min_percent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(
        _enum(CohortStatus, "cohort_status"), default=CohortStatus.PLANNING
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    fee_minor: Mapped[int | None] = mapped_column(Integer)  # öre / cents, excluding VAT
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    vat_basis_points: Mapped[int] = mapped_column(Integer, default=2500)  # 2500 = 25 %
    language: Mapped[Language] = mapped_column(
        _enum(Language, "document_language"), default=Language.SWEDISH
    )
    diploma_issue_date: Mapped[dt.date | None] = mapped_column(Date)
    logo_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_image.id", ondelete="SET NULL")
    )
    background_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_image.id", ondelete="SET NULL")
    )
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    program: Mapped[Program] = relationship(back_populates="cohorts")


class Signatory(Base):
    """A person who signs diplomas, in order, for either a programme (default) or a cohort."""

    __tablename__ = "signatory"
    __table_args__ = (
        CheckConstraint("(program_id IS NULL) <> (cohort_id IS NULL)", name="program_xor_cohort"),
        CheckConstraint("position BETWEEN 1 AND 3", name="position"),
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
        Index(
            "uq_signatory_program_slot",
            "program_id",
            "position",
            unique=True,
            sqlite_where=text("program_id IS NOT NULL"),
            postgresql_where=text("program_id IS NOT NULL"),
        ),
        Index(
            "uq_signatory_cohort_slot",
            "cohort_id",
            "position",
            unique=True,
            sqlite_where=text("cohort_id IS NOT NULL"),
            postgresql_where=text("cohort_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    signature_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_image.id", ondelete="SET NULL")
    )


class Session(Base):
    """One meeting of a cohort. ``date``/``end_date`` and times are local calendar values."""

    __tablename__ = "cohort_session"
    __table_args__ = (
        CheckConstraint("trim(title) <> ''", name="title_not_blank"),
        CheckConstraint("end_date IS NULL OR end_date >= date", name="dates"),
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_date > date OR end_time > start_time",
            name="times",
        ),
        CheckConstraint("minutes IS NULL OR minutes > 0", name="minutes"),
        Index("ix_cohort_session_cohort_date", "cohort_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # residential over several days
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(300))
    online_url: Mapped[str | None] = mapped_column(String(500))
    format: Mapped[SessionFormat] = mapped_column(
        _enum(SessionFormat, "session_format"), default=SessionFormat.IN_PERSON
    )
    minutes: Mapped[int | None] = mapped_column(Integer)  # teaching time, for "hours"
    focus_area: Mapped[str | None] = mapped_column(String(200))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    updated_by: Mapped[str | None] = mapped_column(String(120), onupdate=who_changes)

    __mapper_args__ = {"version_id_col": version}


class Enrollment(Base):
    __tablename__ = "enrollment"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id", name="uq_enrollment_cohort_person"),
        CheckConstraint(
            "override_eligible IS NULL OR trim(coalesce(override_reason, '')) <> ''",
            name="override_has_reason",
        ),
        CheckConstraint("mentor_id IS NULL OR mentor_id <> id", name="not_own_mentor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "enrollment_role"), default=Role.PARTICIPANT)
    status: Mapped[EnrollmentStatus] = mapped_column(
        _enum(EnrollmentStatus, "enrollment_status"), default=EnrollmentStatus.ENROLLED
    )
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollment.id", ondelete="SET NULL"), index=True
    )
    manager_name: Mapped[str | None] = mapped_column(String(200))
    override_eligible: Mapped[bool | None] = mapped_column(Boolean)
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship()
    cohort: Mapped[Cohort] = relationship()


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "session_id", name="uq_attendance_enrollment_session"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id", ondelete="RESTRICT"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus, "attendance_status"))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ActionPlan(Base):
    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="RESTRICT"), unique=True
    )
    goal: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    development_areas: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date)
    manager_name: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    items: Mapped[list[ActionItem]] = relationship(
        back_populates="plan", order_by="ActionItem.position", cascade="all, delete-orphan"
    )


class ActionItem(Base):
    __tablename__ = "action_item"
    __table_args__ = (UniqueConstraint("plan_id", "position", name="uq_action_item_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text, default="")
    how: Mapped[str] = mapped_column(Text, default="")
    by_when: Mapped[dt.date | None] = mapped_column(Date)
    support: Mapped[str] = mapped_column(Text, default="")
    success_measure: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActionStatus] = mapped_column(
        _enum(ActionStatus, "action_status"), default=ActionStatus.PLANNED
    )

    plan: Mapped[ActionPlan] = relationship(back_populates="items")


# The diploma register's tables, registered after the others (the order the tables are created
# and listed in stays as it was); importable from here like every other table.
from app.models_checkout import CheckoutBaseline as CheckoutBaseline  # noqa: E402
from app.models_checkout import CheckoutOrigin as CheckoutOrigin  # noqa: E402
from app.models_checkout import CohortCheckout as CohortCheckout  # noqa: E402
from app.models_checkout import SerialReservation as SerialReservation  # noqa: E402
from app.models_diplomas import Diploma as Diploma  # noqa: E402
from app.models_diplomas import DiplomaDesignSnapshot as DiplomaDesignSnapshot  # noqa: E402
from app.models_diplomas import DiplomaFrozenPdf as DiplomaFrozenPdf  # noqa: E402
from app.models_followup import Evaluation as Evaluation  # noqa: E402
from app.models_followup import EvaluationAnswer as EvaluationAnswer  # noqa: E402
from app.models_followup import EvaluationQuestion as EvaluationQuestion  # noqa: E402
from app.models_followup import EvaluationResponse as EvaluationResponse  # noqa: E402
from app.models_followup import Gathering as Gathering  # noqa: E402
from app.models_followup import GatheringInvitee as GatheringInvitee  # noqa: E402
from app.models_followup import ReturnableForm as ReturnableForm  # noqa: E402
