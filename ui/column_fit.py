"""Table columns as wide as their contents, but together no wider than the table: a long
name (an 80-character double-barrelled one) or organization gives up width and is elided,
so the key columns beside it (a status, a diploma number, a count) stay in sight."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle, QTableView


def shared_width(widths: Sequence[int], room: int, least: int) -> list[int]:
    """The widths of the columns that may shrink, together within ``room`` where possible:
    the widest give up width first, down to a common level, none below ``least`` (or its own
    width, when that is less)."""
    if sum(widths) <= room:
        return list(widths)
    level = max(room // max(len(widths), 1), least)
    for width in sorted(widths):  # the narrow ones keep their width; share what is left
        narrower = [w for w in widths if w <= width]
        wider = len(widths) - len(narrower)
        if wider and sum(narrower) + wider * width <= room:
            level = max((room - sum(narrower)) // wider, width, least)
    return [min(w, level) for w in widths]


class ColumnFit(QObject):
    """Fits ``view``'s columns when :meth:`fit` is called (after new rows) and whenever the
    view changes width. ``shrinkable``: the columns that may be elided."""

    def __init__(self, view: QTableView, shrinkable: Sequence[int], *, least: int = 120) -> None:
        super().__init__(view)
        self.view = view
        self.shrinkable = tuple(shrinkable)
        self.least = least
        self._width = -1
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and event.type() == QEvent.Type.Resize:
            width = self.view.width()
            if width != self._width:
                self._width = width
                self.fit()
        return False

    def room(self) -> int:
        """The width the columns have: the view's, less its frame and a vertical scroll bar."""
        view = self.view
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        header = view.verticalHeader()
        beside = header.width() if header.isVisible() else 0
        return view.width() - 2 * view.frameWidth() - scroll_bar - beside

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        stretch = header.stretchLastSection()
        header.setStretchLastSection(False)  # Qt keeps the last section's width from here on
        view.resizeColumnsToContents()
        shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        shrinkable = [c for c in shown if c in self.shrinkable]
        fixed = sum(view.columnWidth(c) for c in shown if c not in self.shrinkable)
        widths = [view.columnWidth(c) for c in shrinkable]
        for column, width in zip(
            shrinkable, shared_width(widths, self.room() - fixed, self.least), strict=True
        ):
            view.setColumnWidth(column, width)
        header.setStretchLastSection(stretch)  # the last column fills the rest of the row
