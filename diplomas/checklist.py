"""The ceremony checklist: the diplomas in hand-out order, each with a box to tick, A4 portrait.

It ends the merged ceremony file, so whoever hands the diplomas out can tick each one off:
order, name as printed, serial number and a tick box. A long name or title shrinks to fit its
column (:func:`diplomas.text_fit.fit_text`); it never runs into the next one. The words are
the document's own, in its language; the metadata holds the title only.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import Language
from diplomas import fonts
from diplomas.layout import A4_LONG, A4_SHORT
from diplomas.text_fit import fit_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = A4_SHORT, A4_LONG
MARGIN = 50.0
ROW_HEIGHT = 24.0
# Where each column starts: number, name, serial, tick box.
COLUMNS = (MARGIN, MARGIN + 36, PAGE_WIDTH - MARGIN - 170, PAGE_WIDTH - MARGIN - 50)
NAME_WIDTH = COLUMNS[2] - COLUMNS[1] - 8
ROWS_PER_PAGE = int((PAGE_HEIGHT - 2 * MARGIN - 70) // ROW_HEIGHT)


@dataclass(frozen=True)
class ChecklistRow:
    name: str  # as printed on the diploma
    serial: str


@dataclass(frozen=True, kw_only=True)
class Checklist:
    title: str  # the programme and cohort: "Framtidens ledare, Omgång 3"
    rows: tuple[ChecklistRow, ...]  # in hand-out order
    language: Language = Language.SWEDISH


@dataclass(frozen=True)
class ChecklistWords:
    """The words a checklist prints itself, in its language."""

    heading: str
    number: str
    name: str
    serial: str
    handed_out: str
    lang: str  # for the PDF's /Lang


WORDS = {
    Language.SWEDISH: ChecklistWords("Checklista", "Nr", "Namn", "Diplom nr", "Utdelat", "sv-SE"),
    Language.ENGLISH: ChecklistWords(
        "Checklist", "No.", "Name", "Diploma no.", "Handed out", "en-GB"
    ),
    Language.FINNISH: ChecklistWords(
        "Tarkistuslista", "Nro", "Nimi", "Diplomi nro", "Jaettu", "fi-FI"
    ),
}


def checklist_pdf(checklist: Checklist) -> bytes:
    """The checklist as PDF bytes, :data:`ROWS_PER_PAGE` rows a page (one page when empty)."""
    words = WORDS[checklist.language]
    heading = f"{words.heading} – {checklist.title}"
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=heading, lang=words.lang
    )
    draw_checklist(canvas, checklist)
    canvas.save()
    return buffer.getvalue()


def draw_checklist(canvas: Canvas, checklist: Checklist) -> None:
    """The checklist's pages on ``canvas``; the ceremony file draws them after the diplomas
    in the same document (one set of font subsets)."""
    words = WORDS[checklist.language]
    heading = f"{words.heading} – {checklist.title}"
    canvas.setPageSize((PAGE_WIDTH, PAGE_HEIGHT))
    rows = checklist.rows
    pages = [rows[i : i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)] or [rows]
    labels = (words.number, words.name, words.serial, words.handed_out)
    for page_number, page in enumerate(pages):
        y = PAGE_HEIGHT - MARGIN
        _draw_fitted(canvas, heading, MARGIN, y - 16, PAGE_WIDTH - 2 * MARGIN, bold=True)
        y -= 50
        canvas.setFont(fonts.SANS_BOLD, 10)
        for x, label in zip(COLUMNS, labels, strict=True):
            canvas.drawString(x, y, label)
        canvas.line(MARGIN, y - 6, PAGE_WIDTH - MARGIN, y - 6)
        for index, row in enumerate(page, start=1 + page_number * ROWS_PER_PAGE):
            y -= ROW_HEIGHT
            canvas.setFont(fonts.SANS, 11)
            canvas.drawString(COLUMNS[0], y, f"{index}.")
            canvas.drawString(COLUMNS[2], y, fonts.nfc(row.serial))
            _draw_fitted(canvas, row.name, COLUMNS[1], y, NAME_WIDTH, bold=False)
            canvas.rect(COLUMNS[3] + 10, y - 3, 13, 13, stroke=1, fill=0)
        canvas.showPage()


def _draw_fitted(
    canvas: Canvas, text: str, x: float, y: float, width: float, *, bold: bool
) -> None:
    """``text`` on one line, 16 pt bold or 11 pt, shrunk (to 6 pt, further if it must) to fit."""
    fitted = fit_text(
        text,
        fonts.SANS_BOLD if bold else fonts.SANS,
        width=width,
        max_size=16 if bold else 11,
        min_size=6,
        max_lines=1,
    )
    canvas.setFont(fitted.font_name, fitted.font_size)
    canvas.drawString(x, y, fitted.lines[0])
