"""The attendance grid as a Qt model: participants (rows) × sessions (columns).

Every status has a letter and a symbol as well as a colour — never colour alone.
The model keeps its own copy of the marks so a keystroke shows at once; the page writes the
same change to the database and undoes it on screen if saving fails.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.rules import Eligibility
from app.services.attendance import Mark, MarkChange
from app.services.enrollments import ParticipantInfo
from app.services.grid import AttendanceGrid, SessionTotals, same_rows
from app.services.sessions import SessionInfo
from ui.attendance_marks import STYLE, status_letter
from ui.labels import (
    date_text,
    label,
    percent_text,
    standing_colour,
    standing_sort_key,
    standing_text,
    standing_tooltip,
)
from ui.table_models import ROW_ROLE, SORT_ROLE, RowSortProxy, sorted_rows

AnyIndex = QModelIndex | QPersistentModelIndex
MARK_ROLE = Qt.ItemDataRole.UserRole + 3
SESSION_ROLE = Qt.ItemDataRole.UserRole + 4

NAME, ATTENDED, ELIGIBLE = range(3)
FIRST_SESSION = 3
_HEADERS = (
    QT_TRANSLATE_NOOP("attendance", "Participant"),
    QT_TRANSLATE_NOOP("attendance", "Attended"),
    QT_TRANSLATE_NOOP("attendance", "Diploma"),
)


def _header(section: int) -> str:
    return QCoreApplication.translate("attendance", str(_HEADERS[section]))


class GridSortProxy(RowSortProxy):
    """The grid's rows in the model's order: :class:`AttendanceModel` sorts its own rows
    over keys worked out once (a sorting proxy called back into Python for every one of the
    N log N comparisons: seconds for the first showing of a grid of 20,000)."""


def _runs(rows: set[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of adjacent rows: {1, 2, 3, 7} -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class AttendanceModel(QAbstractTableModel):
    """The grid's rows in the order shown: by the sorted column, the guests after the
    participants whichever column sorts and in either direction."""

    SORTS_ITS_ROWS = True  # GridSortProxy leaves the sorting to sort()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self._participants: tuple[ParticipantInfo, ...] = ()  # in the order shown
        self._sorted_by = (NAME, Qt.SortOrder.AscendingOrder)
        self.marks: dict[tuple[int, int], Mark] = {}
        self._eligibility: list[Eligibility] = []
        # enrollment id -> row, session id -> column: set with the grid, so marking a
        # column of 20,000 finds each row at once instead of searching the list
        self._rows: dict[int, int] = {}
        self._columns: dict[int, int] = {}
        # each session's header figures, counted over every row once, until it is marked
        self._totals: dict[int, SessionTotals] = {}
        self._sort_keys: dict[int, list[str | float]] = {}  # per column, until marked
        self.guest_rows: list[bool] = []  # per row: a guest, listed after the participants
        self._size = (0, 0)  # (rows, columns) of the grid

    # -- data in ----------------------------------------------------------------------------

    def set_grid(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.marks = dict(grid.marks)
        self._participants = grid.participants
        self._eligibility = [grid.eligibility(p) for p in grid.participants]  # as read
        self._columns = {s.id: FIRST_SESSION + i for i, s in enumerate(grid.sessions)}
        self._totals = {}
        self._sort_keys = {}
        self.guest_rows = [not grid.judged(p) for p in grid.participants]
        self._size = (len(grid.participants), FIRST_SESSION + len(grid.sessions))
        self._reorder(self._sorted_order(), found_by_id=False)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, with Python's sort over each row's key worked out once
        (see :func:`sorted_rows`); the view's current cell and selection follow their rows."""
        self._sorted_by = (column, order)
        if self.grid is None or not 0 <= column < self._size[1]:
            return
        self.layoutAboutToBeChanged.emit()
        new_order = self._sorted_order()
        moved_to = {old: new for new, old in enumerate(new_order)}
        self._reorder(new_order)
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        column, order = self._sorted_by
        if not 0 <= column < self._size[1]:
            return list(range(self._size[0]))
        return sorted_rows(self.sort_keys(column), order, self.guest_rows)

    def _reorder(self, order: list[int], *, found_by_id: bool = True) -> None:
        """The rows in ``order`` (their row numbers before); what is kept per row follows."""
        if order != list(range(len(order))):
            self._participants = tuple(self._participants[i] for i in order)
            self._eligibility = [self._eligibility[i] for i in order]
            self.guest_rows = [self.guest_rows[i] for i in order]
            self._sort_keys = {c: [k[i] for i in order] for c, k in self._sort_keys.items()}
        elif found_by_id:
            return  # the same order: the rows are found where they were
        self._rows = {p.enrollment_id: row for row, p in enumerate(self._participants)}

    def take_grid(self, grid: AttendanceGrid) -> bool:
        """Take a grid read again without building the rows again, when it shows what is
        on screen (after marking, the other tabs' reload reads the grid too); False if not."""
        if self.grid is None or self.marks != grid.marks or not same_rows(self.grid, grid):
            return False
        self.grid = grid
        return True

    @property
    def participants(self) -> tuple[ParticipantInfo, ...]:
        """In the order shown."""
        return self._participants

    @property
    def sessions(self) -> tuple[SessionInfo, ...]:
        return self.grid.sessions if self.grid else ()

    def session_at(self, column: int) -> SessionInfo | None:
        i = column - FIRST_SESSION
        return self.sessions[i] if 0 <= i < len(self.sessions) else None

    def column_of(self, session_id: int) -> int:
        """The column of a session; ValueError when it is not on the grid."""
        try:
            return self._columns[session_id]
        except KeyError:
            raise ValueError(session_id) from None

    def row_of(self, enrollment_id: int) -> int:
        """The row of an enrollment; ValueError when it is not on the grid."""
        try:
            return self._rows[enrollment_id]
        except KeyError:
            raise ValueError(enrollment_id) from None

    def mark_at(self, row: int, column: int) -> Mark | None:
        session = self.session_at(column)
        if session is None or not 0 <= row < len(self.participants):
            return None
        return self.marks.get((self.participants[row].enrollment_id, session.id))

    def change_for(self, row: int, column: int, mark: Mark | None) -> MarkChange | None:
        session = self.session_at(column)
        if session is None or not 0 <= row < len(self.participants):
            return None
        return MarkChange(self.participants[row].enrollment_id, session.id, mark)

    def current_change(self, change: MarkChange) -> MarkChange:
        """The change that would restore what is there now (for undo)."""
        return MarkChange(
            change.enrollment_id,
            change.session_id,
            self.marks.get((change.enrollment_id, change.session_id)),
        )

    def apply(self, changes: list[MarkChange]) -> None:
        """Show changes at once; eligibility and totals follow.

        One ``dataChanged`` per run of adjacent rows (not one per cell): a proxy re-sorts on
        each, so marking a column of N would otherwise cost N sorts."""
        rows_by_column: dict[int, set[int]] = {}
        for change in changes:
            key = (change.enrollment_id, change.session_id)
            if change.mark is None:
                self.marks.pop(key, None)
            else:
                self.marks[key] = change.mark
            self._totals.pop(change.session_id, None)
            row = self._rows.get(change.enrollment_id)
            column = self._columns.get(change.session_id)
            if row is None or column is None:
                continue  # not on this grid (e.g. a walk-in guest)
            rows_by_column.setdefault(column, set()).add(row)
        assert self.grid is not None
        for column in (*rows_by_column, ATTENDED, ELIGIBLE):
            self._sort_keys.pop(column, None)
        rows: set[int] = set().union(*rows_by_column.values())
        for row in rows:
            self._eligibility[row] = self.grid.eligibility(self.participants[row], self.marks)
        # One signal per run of changed rows, from the attended column to the last marked
        # one: a sorting proxy checks the order of every row of each signal (calling back
        # into Python twice per row), so the marks and the attended/diploma columns of a
        # row are announced together rather than in a signal each.
        last_column = max(rows_by_column, default=ELIGIBLE)
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, ATTENDED), self.index(last, last_column))
        for column in rows_by_column:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
        sorted_by, order = self._sorted_by
        if rows and (sorted_by in rows_by_column or sorted_by in (ATTENDED, ELIGIBLE)):
            self.sort(sorted_by, order)  # the rows marked move to where they now belong

    def eligibility(self, row: int) -> Eligibility:
        return self._eligibility[row]

    def meets_count(self) -> tuple[int, int]:
        """(meeting the rule so far, judged) over the rows the rule applies to: eligible
        once the programme is done, on track before."""
        judged = [r for r, p in enumerate(self.participants) if self.grid and self.grid.judged(p)]
        return sum(1 for r in judged if self._eligibility[r].meets), len(judged)

    def totals(self, session: SessionInfo) -> SessionTotals:
        """One session's figures as marked on screen (guests apart, see SessionTotals)."""
        assert self.grid is not None
        totals = self._totals.get(session.id)
        if totals is None:
            totals = self._totals[session.id] = self.grid.session_totals(
                session.id, None if self.marks == self.grid.marks else self.marks
            )
        return totals

    def is_guest(self, row: int) -> bool:
        return self.grid is not None and not self.grid.judged(self.participants[row])

    def sort_keys(self, column: int) -> list[str | float]:
        """Every row's :meth:`sort_value` in ``column``, kept until the column changes."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [
                self.sort_value(row, column) for row in range(len(self.participants))
            ]
        return keys

    def sort_value(self, row: int, column: int) -> str | float:
        """The key a column sorts by (``SORT_ROLE``): names in Swedish order, rates as
        numbers, marks by status."""
        participant = self.participants[row]
        if column == NAME:
            return participant.sort_key
        if column == ATTENDED:
            rate = self._eligibility[row].rate
            return -1.0 if rate is None else float(rate)
        if column == ELIGIBLE:
            judged = self.grid is not None and self.grid.judged(participant)
            return float(standing_sort_key(self._eligibility[row])) if judged else -2.0
        session = self.session_at(column)
        mark = self.marks.get((participant.enrollment_id, session.id)) if session else None
        return mark.status.value if mark else ""

    # -- Qt model ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's own asks rowCount() and columnCount() each time: two calls into Python for
        each of the proxy's hundreds of thousands while sorting 20,000 rows."""
        # the grid's size is kept as two numbers (set with the grid): this runs for every
        # row a sorting proxy looks at, so each lookup saved counts
        if 0 <= row < self._size[0] and 0 <= column < self._size[1] and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else FIRST_SESSION + len(self.sessions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        session = self.session_at(section)
        if session is None:
            return _header(section) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            if session.cancelled:
                cancelled = QCoreApplication.translate("attendance", "cancelled")
                return f"{date_text(session.date)}\n{cancelled}"
            totals = self.totals(session)
            return f"{date_text(session.date)}\n{totals.attended}/{totals.expected}"
        if role == Qt.ItemDataRole.ToolTipRole:
            totals = self.totals(session)
            parts = [session.title]
            if session.mandatory:
                parts.append(QCoreApplication.translate("attendance", "Mandatory"))
            if session.cancelled:
                parts.append(QCoreApplication.translate("attendance", "Cancelled"))
            parts.append(
                QCoreApplication.translate(
                    "attendance", "{attended} attended, {recorded} of {total} recorded"
                ).format(attended=totals.attended, recorded=totals.recorded, total=totals.expected)
            )
            if totals.guests:
                parts.append(
                    QCoreApplication.translate("attendance", "%n guest(s)", "", totals.guests)
                )
            return "\n".join(parts)
        if role == Qt.ItemDataRole.FontRole and session.mandatory:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.participants):
            return None
        participant = self.participants[row]
        if role == ROW_ROLE:
            return participant
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        session = self.session_at(column)
        if session is not None:
            return self._mark_data(
                self.marks.get((participant.enrollment_id, session.id)), session, role
            )
        eligibility = self._eligibility[row]
        if column == NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{participant.person.last_name}, {participant.person.first_name}"
        elif column == ATTENDED:
            if role == Qt.ItemDataRole.DisplayRole:
                rate = eligibility.rate
                share = f" ({percent_text(float(rate))})" if rate is not None else ""
                return f"{eligibility.attended}/{eligibility.held}{share}"
        elif column == ELIGIBLE:
            if not self.grid.judged(participant):
                return (
                    QCoreApplication.translate("attendance", "guest")
                    if role == Qt.ItemDataRole.DisplayRole
                    else None
                )
            return self._eligibility_data(eligibility, role)
        return None

    def _mark_data(self, mark: Mark | None, session: SessionInfo, role: int) -> Any:
        status = mark.status if mark else None
        symbol, colour = STYLE[status]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{symbol} {status_letter(status)}".strip() + (
                " ✎" if mark and mark.note else ""
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and session.cancelled:
            return QColor("#888888")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            text = (
                label(status)
                if status
                else QCoreApplication.translate("attendance", "Not recorded")
            )
            if session.cancelled:
                text += " — " + QCoreApplication.translate("attendance", "session cancelled")
            return text + (f"\n{mark.note}" if mark and mark.note else "")
        if role == MARK_ROLE:
            return mark
        if role == SESSION_ROLE:
            return session
        return None

    def _eligibility_data(self, eligibility: Eligibility, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return standing_text(eligibility)
        if role == Qt.ItemDataRole.ForegroundRole:
            return standing_colour(eligibility)
        if role == Qt.ItemDataRole.ToolTipRole:
            return standing_tooltip(eligibility)
        return None
