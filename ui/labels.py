"""User-visible names of domain values, translatable (QT_TRANSLATE_NOOP at module level)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from app.models import AttendanceStatus, CohortStatus, EnrollmentStatus, Role, SessionFormat
from app.rules import Shortfall

_CONTEXT = "labels"

_TEXT: dict[object, object] = {  # values: QT_TRANSLATE_NOOP marks for lupdate
    CohortStatus.PLANNING: QT_TRANSLATE_NOOP("labels", "Planning"),
    CohortStatus.RUNNING: QT_TRANSLATE_NOOP("labels", "Running"),
    CohortStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
    SessionFormat.ONLINE: QT_TRANSLATE_NOOP("labels", "Online"),
    SessionFormat.HYBRID: QT_TRANSLATE_NOOP("labels", "Hybrid"),
    SessionFormat.RESIDENTIAL: QT_TRANSLATE_NOOP("labels", "Residential"),
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Participant"),
    Role.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentor"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("labels", "Facilitator"),
    Role.GUEST: QT_TRANSLATE_NOOP("labels", "Guest"),
    EnrollmentStatus.APPLICANT: QT_TRANSLATE_NOOP("labels", "Applicant"),
    EnrollmentStatus.ADMITTED: QT_TRANSLATE_NOOP("labels", "Admitted"),
    EnrollmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("labels", "Waitlisted"),
    EnrollmentStatus.ENROLLED: QT_TRANSLATE_NOOP("labels", "Enrolled"),
    EnrollmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    EnrollmentStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Completed"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("labels", "Left early"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Excused"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    Shortfall.NO_SESSIONS_HELD: QT_TRANSLATE_NOOP("labels", "no sessions held yet"),
    Shortfall.ATTENDANCE_BELOW_MINIMUM: QT_TRANSLATE_NOOP("labels", "attendance below minimum"),
    Shortfall.MISSED_MANDATORY: QT_TRANSLATE_NOOP("labels", "missed a mandatory session"),
    Shortfall.NO_ACTION_PLAN: QT_TRANSLATE_NOOP("labels", "no action plan"),
}


def label(value: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_TEXT[value]))


def date_text(value: dt.date | None) -> str:
    """A calendar date in the user's locale short format (no time zone involved)."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def time_text(value: dt.time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
