"""How an attendance mark looks and which key makes it: a symbol, a letter and a colour
for every status (never colour alone), and the keys of the grid and the roll call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.domain import AttendanceStatus

# (symbol, background) per status; None = not recorded. A letter goes with each symbol.
STYLE: dict[AttendanceStatus | None, tuple[str, QColor | None]] = {
    AttendanceStatus.PRESENT: ("✓", QColor("#d8f0dc")),
    AttendanceStatus.LATE: ("◔", QColor("#fbeccb")),
    AttendanceStatus.LEFT_EARLY: ("◑", QColor("#fbe3cf")),
    AttendanceStatus.EXCUSED: ("○", QColor("#dde7f6")),
    AttendanceStatus.ABSENT: ("✗", QColor("#f6d6d8")),
    None: ("·", None),
}


def status_letter(status: AttendanceStatus | None) -> str:
    """The letter shown with a mark: the key that makes it (Swedish shows N, S, G, X, F)."""
    match status:
        case AttendanceStatus.PRESENT:
            return QCoreApplication.translate("attendance", "P", "status letter")
        case AttendanceStatus.LATE:
            return QCoreApplication.translate("attendance", "L", "status letter")
        case AttendanceStatus.LEFT_EARLY:
            return QCoreApplication.translate("attendance", "E", "status letter")
        case AttendanceStatus.EXCUSED:
            return QCoreApplication.translate("attendance", "X", "status letter")
        case AttendanceStatus.ABSENT:
            return QCoreApplication.translate("attendance", "A", "status letter")
    return ""


# One key per status; the Swedish initials work too (Närvarande, Sen, Gick tidigt, Frånvarande).
KEYS: dict[int, AttendanceStatus] = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_N: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_S: AttendanceStatus.LATE,
    Qt.Key.Key_E: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_G: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_X: AttendanceStatus.EXCUSED,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_F: AttendanceStatus.ABSENT,
}
CYCLE: tuple[AttendanceStatus | None, ...] = (None, *AttendanceStatus)


def next_in_cycle(status: AttendanceStatus | None) -> AttendanceStatus | None:
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)]
