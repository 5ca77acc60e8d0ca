"""A ReportLab canvas that numbers its pages "page 2 of 7": it holds every page until the end.

The sign-in sheet and the action plans draw their footers with it (each with its own
footer function); ReportLab is imported with this module, so import it only when drawing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from diplomas.fonts import set_created

# Draws one page's footer, given the canvas, the page's number and the number of pages.
Footer = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Holds every page until :meth:`save`, then draws each footer knowing the page count.

    ``held_pages`` is each page's canvas state, in order; a subclass may read it in
    :meth:`save` before calling this one (the action plans number pages per plan).
    """

    def __init__(
        self, footer: Footer, *args: Any, created: dt.date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        set_created(self, created)  # the print date, not 2000-01-01 (documents are invariant)
        self._footer = footer
        self.held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  # ReportLab's name
        self.held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self.held_pages)
        for number, state in enumerate(self.held_pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()
