"""User-visible names of domain values, translatable (QT_TRANSLATE_NOOP at module level)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from app.domain import (
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    Language,
    Role,
    SessionFormat,
)
from app.rules import Eligibility, Shortfall, Standing

_TEXT: dict[object, object] = {  # values: QT_TRANSLATE_NOOP marks for lupdate
    CohortStatus.PLANNING: QT_TRANSLATE_NOOP("labels", "Planning"),
    CohortStatus.RUNNING: QT_TRANSLATE_NOOP("labels", "Running"),
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
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("labels", "Left early"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Excused"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    Shortfall.NO_SESSIONS_HELD: QT_TRANSLATE_NOOP("labels", "no sessions held yet"),
    Shortfall.ATTENDANCE_BELOW_MINIMUM: QT_TRANSLATE_NOOP("labels", "attendance below minimum"),
    Shortfall.MISSED_MANDATORY: QT_TRANSLATE_NOOP("labels", "missed a mandatory session"),
    Shortfall.NO_ACTION_PLAN: QT_TRANSLATE_NOOP("labels", "no action plan"),
    Standing.ELIGIBLE: QT_TRANSLATE_NOOP("labels", "✓ Eligible"),
    Standing.ON_TRACK: QT_TRANSLATE_NOOP("labels", "→ On track"),
    Standing.NOT_ON_TRACK: QT_TRANSLATE_NOOP("labels", "✗ Not on track"),
    Standing.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("labels", "✗ Not eligible"),
    # a cohort's document language, named in the interface language (the interface language
    # itself is listed by each language's own name, in Preferences)
    Language.SWEDISH: QT_TRANSLATE_NOOP("labels", "Swedish"),
    Language.FINNISH: QT_TRANSLATE_NOOP("labels", "Finnish"),
    Language.ENGLISH: QT_TRANSLATE_NOOP("labels", "English"),
}

# Never colour alone: the text carries ✓/→/✗ as well.
_STANDING_COLOUR = {
    Standing.ELIGIBLE: "#1b6e2d",
    Standing.ON_TRACK: "#1f5f99",
    Standing.NOT_ON_TRACK: "#a4262c",
    Standing.NOT_ELIGIBLE: "#a4262c",
}
_STANDING_ORDER = {  # sorting the column: eligible first when descending
    Standing.NOT_ELIGIBLE: 0,
    Standing.NOT_ON_TRACK: 1,
    Standing.ON_TRACK: 2,
    Standing.ELIGIBLE: 3,
}


def label(value: object) -> str:
    # "completed" is a value of both statuses (and so one key of _TEXT): by type, and with a
    # disambiguation, as Swedish says "avslutad" of a cohort but "genomfört" of a person
    if isinstance(value, CohortStatus) and value == CohortStatus.COMPLETED:
        return QCoreApplication.translate("labels", "Completed", "cohort status")
    if isinstance(value, EnrollmentStatus) and value == EnrollmentStatus.COMPLETED:
        return QCoreApplication.translate("labels", "Completed", "enrollment status")
    return QCoreApplication.translate("labels", str(_TEXT[value]))


def _not_started(e: Eligibility) -> bool:
    return e.held == 0 and e.override is None


def standing_text(e: Eligibility) -> str:
    """Where a participant stands with the diploma, the same words in every view: eligible
    only once the programme is done; before that on track (or not)."""
    if _not_started(e):
        return QCoreApplication.translate(
            "labels", "– not started"
        )  # no verdict before the first session
    text = label(e.standing)
    return (
        text + QCoreApplication.translate("labels", " (override)")
        if e.override is not None
        else text
    )


def standing_colour(e: Eligibility) -> QColor | None:
    return None if _not_started(e) else QColor(_STANDING_COLOUR[e.standing])


def standing_tooltip(e: Eligibility) -> str:
    if e.override is not None:
        why = QCoreApplication.translate("labels", "Override: {reason}").format(
            reason=e.override.reason
        )
    elif e.shortfalls:
        why = ", ".join(label(s) for s in e.shortfalls)
    else:
        why = QCoreApplication.translate("labels", "Meets the completion rule so far")
    if e.on_track:
        why += QCoreApplication.translate(
            "labels", " · eligible for a diploma once the last session is held"
        )
    return why


def standing_sort_key(e: Eligibility) -> int:
    return -1 if _not_started(e) else _STANDING_ORDER[e.standing]


def percent_text(fraction: float) -> str:
    """A share as a whole percentage in the interface's way: "80%", "80 %" in Swedish."""
    number = QLocale().toString(round(fraction * 100))
    return QCoreApplication.translate("labels", "{number}%").format(number=number)


def date_text(value: dt.date | None) -> str:
    """A calendar date in the user's locale short format (no time zone involved)."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def long_date_text(value: dt.date) -> str:
    """A date in running text, in the user's language: "19 mars 2026", "19 March 2026"."""
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Finnish:
        return locale.toString(qdate, "d. MMMM yyyy")  # "19. maaliskuuta 2026"
    return locale.toString(qdate, "d MMMM yyyy")


def time_text(value: dt.time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
