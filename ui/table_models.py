"""Read-only table models for a cohort's sessions and participants.

Each model holds frozen service dataclasses; ``SORT_ROLE`` gives a key that sorts correctly
(dates as dates, names in Swedish order) and ``ROW_ROLE`` the row's dataclass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.enrollments import ParticipantInfo
from app.services.sessions import SessionInfo
from app.text import search_text, search_words, sort_key
from ui.labels import (
    date_text,
    label,
    percent_text,
    standing_colour,
    standing_text,
    standing_tooltip,
    time_text,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class Column[Row]:
    def __init__(
        self,
        title: object,  # a QT_TRANSLATE_NOOP mark
        display: Callable[[Row], str],
        sort: Callable[[Row], Any] | None = None,
        tooltip: Callable[[Row], str | None] | None = None,
        foreground: Callable[[Row], QColor | None] | None = None,
    ) -> None:
        self.title = title
        self.display = display
        self.sort = sort or display
        self.tooltip = tooltip
        self.foreground = foreground


def sorted_rows(
    keys: Sequence[Any], order: Qt.SortOrder, last: Sequence[bool] | None = None
) -> list[int]:
    """Row numbers in sorted order by each row's key, worked out once; stable, empty keys
    first (last when descending). Rows marked in ``last`` (the grid's guests) come after the
    others in either order."""
    rows = range(len(keys))
    groups = (
        [rows] if last is None else [[i for i in rows if not last[i]], [i for i in rows if last[i]]]
    )
    ordered: list[int] = []
    for group in groups:
        ordered += sorted(
            group,
            key=lambda i: (keys[i] is not None, keys[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
    return ordered


class RowTableModel[Row](QAbstractTableModel):
    """A table over a list of frozen rows, with declared columns."""

    COLUMNS: Sequence[Column[Any]] = ()
    SORTS_ITS_ROWS = True  # RowSortProxy leaves the sorting to sort()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``, in the order the table is sorted by."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = {}
        if self._sorted_by is not None:
            order = self._sorted_order(*self._sorted_by)
            self._rows = [self._rows[i] for i in order]
            self._sort_keys = {c: [k[i] for i in order] for c, k in self._sort_keys.items()}
        self._rows_set()
        self.endResetModel()

    def _rows_set(self) -> None:
        """The rows were replaced or reordered: what a subclass keeps per row follows."""

    def sort_value(self, row: int, column: int) -> Any:
        """The key ``column`` sorts by (``SORT_ROLE``), worked out once per column and rows."""
        keys = self._sort_keys.get(column)
        if keys is None:
            key = self.COLUMNS[column].sort
            keys = self._sort_keys[column] = [key(r) for r in self._rows]
        return keys[row]

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if self._rows:
            self.sort_value(0, column)  # works out the column's keys
        return sorted_rows(self._sort_keys.get(column, []), order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, with Python's sort over keys worked out once: a sorting
        proxy calls back into Python for each of the N log N comparisons (seconds for
        20,000 rows, and again at each keystroke in a filter)."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        new_order = self._sorted_order(column, order)
        moved_to = {old: new for new, old in enumerate(new_order)}
        self._rows = [self._rows[i] for i in new_order]
        self._sort_keys = {c: [k[i] for i in new_order] for c, k in self._sort_keys.items()}
        self._rows_set()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("tables", str(self.COLUMNS[section].title))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == ROW_ROLE:
            return row
        return None


def _when(s: SessionInfo) -> str:
    if s.end_date:
        return f"{date_text(s.date)} – {date_text(s.end_date)}"
    return date_text(s.date)


def _time(s: SessionInfo) -> str:
    if s.start_time and s.end_time:
        return f"{time_text(s.start_time)}–{time_text(s.end_time)}"
    return time_text(s.start_time)


def _hours(s: SessionInfo) -> str:
    if s.hours is None:
        return ""
    return QLocale().toString(float(s.hours), "g", 4)  # 3,5 in Swedish, 3.5 in English


class SessionTableModel(RowTableModel[SessionInfo]):
    DATE, TIME, TITLE, WHERE, FORMAT, HOURS, FOCUS, MANDATORY = range(8)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("tables", "Date"), _when, lambda s: s.date.isoformat()),
        Column(QT_TRANSLATE_NOOP("tables", "Time"), _time),
        Column(QT_TRANSLATE_NOOP("tables", "Title"), lambda s: s.title),
        Column(
            QT_TRANSLATE_NOOP("tables", "Venue / link"), lambda s: s.venue or s.online_url or ""
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Format"), lambda s: label(s.format)),
        Column(QT_TRANSLATE_NOOP("tables", "Hours"), _hours, lambda s: s.minutes or 0),
        Column(QT_TRANSLATE_NOOP("tables", "Focus area"), lambda s: s.focus_area or ""),
        Column(
            QT_TRANSLATE_NOOP("tables", "Mandatory"),
            lambda s: QCoreApplication.translate("tables", "Mandatory") if s.mandatory else "",
        ),
    )


def _attended(p: ParticipantInfo) -> str:
    e = p.eligibility
    if e is None:
        return ""
    if e.rate is None:
        return f"0/{e.held}"
    return f"{e.attended}/{e.held} ({percent_text(float(e.rate))})"


def _eligible(p: ParticipantInfo) -> str:
    return standing_text(p.eligibility) if p.eligibility is not None else ""


def _eligible_colour(p: ParticipantInfo) -> QColor | None:
    return standing_colour(p.eligibility) if p.eligibility is not None else None


def _eligible_tooltip(p: ParticipantInfo) -> str | None:
    return standing_tooltip(p.eligibility) if p.eligibility is not None else None


class ParticipantTableModel(RowTableModel[ParticipantInfo]):
    NAME, ORGANIZATION, ROLE, STATUS, ATTENDED, ELIGIBLE, MENTOR, DEPARTMENT, EMAIL = range(9)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("tables", "Name"),
            lambda p: f"{p.person.last_name}, {p.person.first_name}".strip(", "),
            lambda p: p.sort_key,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Organization"),
            lambda p: p.person.organization or "",
            lambda p: sort_key(p.person.organization or ""),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Role"), lambda p: label(p.role)),
        Column(QT_TRANSLATE_NOOP("tables", "Status"), lambda p: label(p.status)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Attended"),
            _attended,
            lambda p: (
                -1.0
                if p.eligibility is None or p.eligibility.rate is None
                else float(p.eligibility.rate)
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Diploma"),
            _eligible,
            tooltip=_eligible_tooltip,
            foreground=_eligible_colour,
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Mentor"), lambda p: p.mentor_name or ""),
        Column(
            QT_TRANSLATE_NOOP("tables", "Department"),
            lambda p: p.person.department or "",
            lambda p: sort_key(p.person.department or ""),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "E-mail"), lambda p: p.person.email or ""),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        self._words: list[str] = []
        # per row, whether it holds the words typed; one list, changed in place, so a filter
        # reads it straight (see ParticipantFilter) and it follows each new set or order
        self.shown: list[bool] = []

    def _rows_set(self) -> None:
        # each row's text for type-to-find, folded once here rather than at every keystroke
        self._search = [
            search_text(
                p.person.first_name,
                p.person.last_name,
                p.person.organization,
                p.person.email,
                p.person.name_as_printed,
            )
            for p in self._rows
        ]
        self.shown[:] = self.matching(self._words)

    def search_text(self, row: int) -> str:
        """What type-to-find looks in: name (either order), organization and e-mail."""
        return self._search[row]

    def show_matching(self, words: list[str]) -> None:
        """Mark the rows holding every word (from :func:`search_words`) in :attr:`shown`."""
        self._words = words
        self.shown[:] = self.matching(words)

    def matching(self, words: list[str]) -> list[bool]:
        """For each row, whether every word (from :func:`search_words`) is in it, as
        :func:`matches_text` says: one word at a time over the rows still in, so a
        keystroke is a few comprehensions over ready text, not a call per row."""
        texts = self._search
        if not words:
            return [True] * len(texts)
        first, *others = words
        rows = [i for i, text in enumerate(texts) if first in text]
        for word in others:
            rows = [i for i in rows if word in texts[i]]
        shown = [False] * len(texts)
        for i in rows:
            shown[i] = True
        return shown


class RowSortProxy(QSortFilterProxyModel):
    """Filters a :class:`RowTableModel` (or another model that ``SORTS_ITS_ROWS``, the
    attendance grid's) and leaves the sorting to it (see :meth:`RowTableModel.sort`): the
    rows come through in the model's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if getattr(model, "SORTS_ITS_ROWS", False):
            model.sort(column, order)
        else:
            super().sort(column, order)


class ParticipantFilter(RowSortProxy):
    """Type-to-find over name (either order), organization and e-mail; every word must match.

    "åsa öberg", "öberg åsa" and "borås" all work; eligibility or mentor names do not match,
    so typing "berg" finds the Bergs, not everyone whose mentor is called Bergström.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the source's rows shown (ParticipantTableModel.shown, the same list); filtering
        # reads it and nothing else, since Qt asks once per row at every keystroke
        self._shown: list[bool] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        self._shown = model.shown if isinstance(model, ParticipantTableModel) else []
        super().setSourceModel(model)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        model = self.sourceModel()
        if isinstance(model, ParticipantTableModel):
            model.show_matching(search_words(text))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        try:
            return self._shown[source_row]
        except IndexError:  # no rows to filter (another model)
            return True
