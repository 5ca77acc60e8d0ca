"""The domain's enumerations, as plain Python: no SQLAlchemy, no Qt.

Every layer may import this module: the schema (:mod:`app.models`) stores these values, the
services and both front ends compare and show them, and the documents (:mod:`diplomas`) key
their words by :class:`Language`. The values are what the database stores (a VARCHAR with a
CHECK constraint listing them), so changing one needs a migration.
"""

from __future__ import annotations

import enum


class CohortStatus(enum.StrEnum):
    PLANNING = "planning"
    RUNNING = "running"
    COMPLETED = "completed"


class SessionFormat(enum.StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"
    RESIDENTIAL = "residential"


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    MENTOR = "mentor"
    FACILITATOR = "facilitator"
    GUEST = "guest"


class EnrollmentStatus(enum.StrEnum):
    APPLICANT = "applicant"
    ADMITTED = "admitted"
    WAITLISTED = "waitlisted"
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    EXCUSED = "excused"
    ABSENT = "absent"


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Language(enum.StrEnum):
    """A document's language: every document's words are kept per member, in this order."""

    SWEDISH = "sv"
    ENGLISH = "en"
    FINNISH = "fi"


class QuestionKind(enum.StrEnum):
    """A course evaluation's question: a scale (1–5 or 1–7), one or several choices, free text."""

    SCALE = "scale"
    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"


class ResponseSource(enum.StrEnum):
    """How an evaluation answer reached Kohort."""

    KEYBOARD = "keyboard"  # typed in from a paper form
    FORMS_IMPORT = "forms_import"  # a Microsoft Forms / Google Forms export
    PDF_FORM = "pdf_form"  # a returned fillable PDF


class ReturnableFormKind(enum.StrEnum):
    """A fillable PDF sent out with a hidden token and read back when returned."""

    EVALUATION = "evaluation"
    ACTION_PLAN = "action_plan"


class GatheringKind(enum.StrEnum):
    """A programme's meeting for its alumni: a reunion (återträff) or an open lecture."""

    REUNION = "reunion"
    LECTURE = "lecture"


class InviteeStatus(enum.StrEnum):
    """Invited → accepted / declined → attended (or absent, at the reunion itself)."""

    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ATTENDED = "attended"
    ABSENT = "absent"
