"""The interface's words for the domain's values ("närvarande" for present), for messages and
the command line's tables. Exports and documents use the cohort's document language instead
(their own words tables, keyed by :class:`app.domain.Language`); JSON keeps the values."""

from __future__ import annotations

import enum

from app.domain import (
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    QuestionKind,
    Role,
    SessionFormat,
)
from app.i18n import N_, _

# The words the tables show for the domain's values (the JSON keeps the values themselves).
_SHOWN: dict[enum.StrEnum, str] = {
    CohortStatus.PLANNING: N_("planning"),
    CohortStatus.RUNNING: N_("running"),
    CohortStatus.COMPLETED: N_("completed"),
    SessionFormat.IN_PERSON: N_("in person"),
    SessionFormat.ONLINE: N_("online"),
    SessionFormat.HYBRID: N_("hybrid"),
    SessionFormat.RESIDENTIAL: N_("residential"),
    Role.PARTICIPANT: N_("participant"),
    Role.MENTOR: N_("mentor"),
    Role.FACILITATOR: N_("facilitator"),
    Role.GUEST: N_("guest"),
    EnrollmentStatus.APPLICANT: N_("applicant"),
    EnrollmentStatus.ADMITTED: N_("admitted"),
    EnrollmentStatus.WAITLISTED: N_("waitlisted"),
    EnrollmentStatus.ENROLLED: N_("enrolled"),
    EnrollmentStatus.WITHDRAWN: N_("withdrawn"),
    EnrollmentStatus.COMPLETED: N_("completed"),
    AttendanceStatus.PRESENT: N_("present"),
    AttendanceStatus.LATE: N_("late"),
    AttendanceStatus.LEFT_EARLY: N_("left early"),
    AttendanceStatus.EXCUSED: N_("excused"),
    AttendanceStatus.ABSENT: N_("absent"),
    QuestionKind.SCALE: N_("scale"),
    QuestionKind.SINGLE: N_("single choice"),
    QuestionKind.MULTIPLE: N_("multiple choice"),
    QuestionKind.TEXT: N_("open answer"),
}


def shown(value: enum.StrEnum) -> str:
    """The word for ``value`` in the interface language ("närvarande" for present)."""
    return _(_SHOWN[value])
