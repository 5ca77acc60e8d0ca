"""What happens after the ceremony: course evaluations (questions, answers, the fillable
PDFs sent out and read back) and a programme's reunions with their invitation lists.
Imported by :mod:`app.models`, which every caller imports them from.

An anonymous evaluation's responses carry no enrollment; an organization name is kept only
so that results can be split by organization where at least five answered (the services
enforce the threshold). A multiple-choice answer is a bit mask of the chosen options
(option ``i`` is bit ``1 << i``), so that one answer is one row on every database.
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
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain import (
    GatheringKind,
    InviteeStatus,
    Language,
    QuestionKind,
    ResponseSource,
    ReturnableFormKind,
)
from app.models_base import Base, enum_column, utcnow


class Evaluation(Base):
    """A cohort's course evaluation (kursutvärdering), or one session's."""

    __tablename__ = "evaluation"
    __table_args__ = (CheckConstraint("trim(title) <> ''", name="title_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    # Set for one session's evaluation; None: the whole cohort's.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "evaluation_language"), default=Language.SWEDISH
    )
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    # The built-in template it was made from (None: built by hand).
    template: Mapped[str | None] = mapped_column(String(40))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    questions: Mapped[list[EvaluationQuestion]] = relationship(
        back_populates="evaluation",
        order_by="EvaluationQuestion.position",
        cascade="all, delete-orphan",
    )


class EvaluationQuestion(Base):
    __tablename__ = "evaluation_question"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "position", name="uq_evaluation_question_position"),
        CheckConstraint("trim(text) <> ''", name="text_not_blank"),
        CheckConstraint(
            "(kind = 'scale') = (scale_max IS NOT NULL) AND "
            "(scale_max IS NULL OR scale_max IN (5, 7))",
            name="scale_max",
        ),
        CheckConstraint(
            "(kind IN ('single', 'multiple')) = (choices_json IS NOT NULL)", name="choices"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    # A stable key (the template's, e.g. "overall"): the same question across cohorts of a
    # programme, for the trend. None for a question written by hand.
    key: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[QuestionKind] = mapped_column(enum_column(QuestionKind, "question_kind"))
    text: Mapped[str] = mapped_column(Text)
    scale_max: Mapped[int | None] = mapped_column(Integer)  # 5 or 7, scale questions only
    low_label: Mapped[str | None] = mapped_column(String(100))  # "Instämmer inte alls"
    high_label: Mapped[str | None] = mapped_column(String(100))  # "Instämmer helt"
    choices_json: Mapped[str | None] = mapped_column(Text)  # JSON list of option texts
    required: Mapped[bool] = mapped_column(Boolean, default=False)

    evaluation: Mapped[Evaluation] = relationship(back_populates="questions")


class EvaluationResponse(Base):
    """One filled-in form. Named evaluations link the enrollment; anonymous ones never do."""

    __tablename__ = "evaluation_response"
    __table_args__ = (
        UniqueConstraint(
            "evaluation_id", "enrollment_id", name="uq_evaluation_response_enrollment"
        ),
        # A unique index rather than a constraint: migration 0009 adds it without rebuilding
        # the table on SQLite. NULL (no Forms row) never collides.
        Index("uq_evaluation_response_source", "evaluation_id", "source_ref", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollment.id", ondelete="RESTRICT"), index=True
    )
    # For the by-organization split (shown only where at least five answered).
    organization: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[ResponseSource] = mapped_column(enum_column(ResponseSource, "response_source"))
    # Which row of a Forms export it came from (a hash, never the row's contents), so that
    # importing a later export of the same form skips the rows already imported.
    source_ref: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    answers: Mapped[list[EvaluationAnswer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class EvaluationAnswer(Base):
    """One answer: ``number`` for a scale value or a single choice's index, ``choice_mask``
    for several choices, ``text`` for free text."""

    __tablename__ = "evaluation_answer"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id", name="uq_evaluation_answer_question"),
        CheckConstraint(
            "number IS NOT NULL OR choice_mask IS NOT NULL OR text IS NOT NULL", name="not_empty"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_response.id", ondelete="CASCADE")
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_question.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int | None] = mapped_column(Integer)
    choice_mask: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[EvaluationResponse] = relationship(back_populates="answers")


class ReturnableForm(Base):
    """A fillable PDF sent out: its random token is the form's hidden id. Read back once
    (``returned_at``); an unknown token is a tampered or foreign form and changes nothing.
    An anonymous evaluation's forms carry no enrollment."""

    __tablename__ = "returnable_form"
    __table_args__ = (
        CheckConstraint("length(token) >= 16", name="token_length"),
        CheckConstraint(
            "(kind = 'evaluation') = (evaluation_id IS NOT NULL)", name="evaluation_kind"
        ),
        CheckConstraint(
            "kind = 'evaluation' OR enrollment_id IS NOT NULL", name="plan_has_enrollment"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[ReturnableFormKind] = mapped_column(
        enum_column(ReturnableFormKind, "returnable_form_kind")
    )
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Gathering(Base):
    """A programme's reunion (återträff) or open lecture for alumni of all its cohorts."""

    __tablename__ = "gathering"
    __table_args__ = (
        CheckConstraint("trim(title) <> ''", name="title_not_blank"),
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time", name="times"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[GatheringKind] = mapped_column(
        enum_column(GatheringKind, "gathering_kind"), default=GatheringKind.REUNION
    )
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    invitees: Mapped[list[GatheringInvitee]] = relationship(
        back_populates="gathering", cascade="all, delete-orphan"
    )


class GatheringInvitee(Base):
    __tablename__ = "gathering_invitee"
    __table_args__ = (
        UniqueConstraint("gathering_id", "person_id", name="uq_gathering_invitee_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    gathering_id: Mapped[int] = mapped_column(ForeignKey("gathering.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    status: Mapped[InviteeStatus] = mapped_column(
        enum_column(InviteeStatus, "invitee_status"), default=InviteeStatus.INVITED
    )
    # Added by hand (not an alumnus of the programme, e.g. a new participant or a speaker).
    added_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    status_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    gathering: Mapped[Gathering] = relationship(back_populates="invitees")
