"""The ceremony checklist: the diplomas in hand-out order, each with a box to tick, A4 portrait.

It ends the merged ceremony file, so whoever hands the diplomas out can tick each one off:
order, name as printed, organization (two people of one name are told apart), serial number
and a tick box; every page says "Sida 1 av 3". The name column takes the room the names
need from the organization column (down to :data:`ORGANIZATION_MIN`), and every name is
drawn at one size: :data:`NAME_SIZE`, a name wider than its column taking two lines of it,
or smaller for all only if a name does not fit on two lines. A long title or organization
shrinks to fit (:func:`diplomas.text_fit.fit_text`); nothing runs into the next column.
The words are the document's own, in its language; the metadata holds the title only.
"""

from __future__ import annotations

import datetime as dt
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
# Where each column starts: number, name, organization, serial, tick box.
COLUMNS = (
    MARGIN,
    MARGIN + 30,
    MARGIN + 220,
    PAGE_WIDTH - MARGIN - 140,
    PAGE_WIDTH - MARGIN - 45,
)
NAME_WIDTH = COLUMNS[2] - COLUMNS[1] - 10
ORGANIZATION_WIDTH = COLUMNS[3] - COLUMNS[2] - 10
SERIAL_WIDTH = COLUMNS[4] - COLUMNS[3] - 8
NAME_SIZE = 11.0  # every name's size when the names fit at it
NAME_FLOOR = 6.0  # the smallest the names' one size goes (a name of ~150 characters)
ORGANIZATION_SIZE = 9.0
ORGANIZATION_MIN = 75.0  # the organization column gives up room down to this width
FOOTER_Y = 30.0
ROWS_PER_PAGE = int((PAGE_HEIGHT - 2 * MARGIN - 70) // ROW_HEIGHT)


@dataclass(frozen=True)
class ChecklistRow:
    name: str  # as printed on the diploma
    serial: str
    organization: str = ""


@dataclass(frozen=True, kw_only=True)
class Checklist:
    title: str  # the programme and cohort: "Framtidens ledare, Omgång 3"
    rows: tuple[ChecklistRow, ...]  # in hand-out order
    language: Language = Language.SWEDISH
    printed: dt.date | None = None  # the file's creation date; today when not given


@dataclass(frozen=True)
class NameColumns:
    """Where the name and organization columns stand for one checklist, and the names' size."""

    name_width: float
    organization_x: float
    organization_width: float
    name_size: float


def name_columns(rows: tuple[ChecklistRow, ...], organization_label: str = "") -> NameColumns:
    """The name column as wide as the longest name needs at :data:`NAME_SIZE`, taken from the
    organization column (which keeps what its widest entry and heading need, up to
    :data:`ORGANIZATION_MIN`); and the names' one size."""

    def widest(texts: list[str], font: str, size: float) -> float:
        return max(
            (fonts.string_width(fonts.fold_spaces(fonts.nfc(t)), font, size) for t in texts),
            default=0.0,
        )

    span = COLUMNS[3] - COLUMNS[1] - 20  # the two columns, less a 10 pt gap after each
    need = widest([r.name for r in rows], fonts.SANS, NAME_SIZE)
    organizations = max(
        widest([r.organization for r in rows], fonts.SANS, ORGANIZATION_SIZE),
        widest([organization_label], fonts.SANS_BOLD, 9),
    )
    floor = min(ORGANIZATION_MIN, organizations)
    organization = max(floor, min(ORGANIZATION_WIDTH, span - need))
    name = span - organization
    # One size for every name: the largest at which each fits on one line or two.
    size = min(
        (
            fit_text(
                r.name,
                fonts.SANS,
                width=name,
                max_size=NAME_SIZE,
                min_size=NAME_FLOOR,
                wrap_size=NAME_SIZE,
                leading_ratio=1.1,
            ).font_size
            for r in rows
            if r.name.strip() and fonts.string_width(r.name, fonts.SANS, NAME_SIZE) > name
        ),
        default=NAME_SIZE,
    )
    return NameColumns(name, COLUMNS[1] + name + 10, organization, size)


@dataclass(frozen=True)
class ChecklistWords:
    """The words a checklist prints itself, in its language."""

    heading: str
    number: str
    name: str
    serial: str
    handed_out: str
    lang: str  # for the PDF's /Lang
    organization: str
    page: str  # "{page}", "{pages}"


WORDS = {
    Language.SWEDISH: ChecklistWords(
        "Checklista",
        "Nr",
        "Namn",
        "Diplom nr",
        "Utdelat",
        "sv-SE",
        "Organisation",
        "Sida {page} av {pages}",
    ),
    Language.ENGLISH: ChecklistWords(
        "Checklist",
        "No.",
        "Name",
        "Diploma no.",
        "Handed out",
        "en-GB",
        "Organization",
        "Page {page} of {pages}",
    ),
    Language.FINNISH: ChecklistWords(
        "Tarkistuslista",
        "Nro",
        "Nimi",
        "Diplomi nro",
        "Jaettu",
        "fi-FI",
        "Organisaatio",
        "Sivu {page}/{pages}",
    ),
}


def checklist_pdf(checklist: Checklist) -> bytes:
    """The checklist as PDF bytes, :data:`ROWS_PER_PAGE` rows a page (one page when empty)."""
    words = WORDS[checklist.language]
    heading = f"{words.heading} – {checklist.title}"
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=heading,
        lang=words.lang,
        created=checklist.printed,
    )
    draw_checklist(canvas, checklist)
    canvas.save()
    return buffer.getvalue()


def draw_checklist(canvas: Canvas, checklist: Checklist) -> None:
    """The checklist's pages on ``canvas``; the ceremony file draws them after the diplomas
    in the same document (one set of font subsets)."""
    fonts.register_fonts(fonts.SANS, fonts.SANS_BOLD)  # the diplomas' may not include them
    words = WORDS[checklist.language]
    heading = f"{words.heading} – {checklist.title}"
    canvas.setPageSize((PAGE_WIDTH, PAGE_HEIGHT))
    rows = checklist.rows
    pages = [rows[i : i + ROWS_PER_PAGE] for i in range(0, len(rows), ROWS_PER_PAGE)] or [rows]
    labels = (words.number, words.name, words.organization, words.serial, words.handed_out)
    columns = name_columns(rows, words.organization)
    label_x = (COLUMNS[0], COLUMNS[1], columns.organization_x, COLUMNS[3], COLUMNS[4])
    for page_number, page in enumerate(pages):
        y = PAGE_HEIGHT - MARGIN
        _draw_fitted(canvas, heading, MARGIN, y - 16, PAGE_WIDTH - 2 * MARGIN, bold=True)
        y -= 50
        canvas.setFont(fonts.SANS_BOLD, 9)
        for x, label in zip(label_x, labels, strict=True):
            canvas.drawString(x, y, label)
        canvas.line(MARGIN, y - 6, PAGE_WIDTH - MARGIN, y - 6)
        for index, row in enumerate(page, start=1 + page_number * ROWS_PER_PAGE):
            y -= ROW_HEIGHT
            canvas.setFont(fonts.SANS, 11)
            canvas.drawRightString(COLUMNS[1] - 10, y, f"{index}.")
            _draw_fitted(
                canvas,
                row.name,
                COLUMNS[1],
                y,
                columns.name_width,
                size=columns.name_size,
                one_size=True,
            )
            _draw_fitted(
                canvas,
                row.organization,
                columns.organization_x,
                y,
                columns.organization_width,
                size=ORGANIZATION_SIZE,
            )
            _draw_fitted(canvas, row.serial, COLUMNS[3], y, SERIAL_WIDTH, size=10)
            canvas.rect(COLUMNS[4] + 10, y - 3, 13, 13, stroke=1, fill=0)
        canvas.setFont(fonts.SANS, 8)
        number = words.page.format(page=page_number + 1, pages=len(pages))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, number)
        canvas.showPage()


def _draw_fitted(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    bold: bool = False,
    size: float = 11,
    one_size: bool = False,
) -> None:
    """``text`` on one line at 16 pt bold or ``size``, shrunk to fit; a row's text that would
    fall below 8.5 pt (``one_size``: below ``size``) takes two lines (centred on the row's
    line) instead, further shrunk only if it must."""
    if not text.strip():
        return
    fitted = fit_text(
        text,
        fonts.SANS_BOLD if bold else fonts.SANS,
        width=width,
        max_size=16 if bold else size,
        min_size=6,
        max_lines=1 if bold else 2,
        wrap_size=None if bold else (size if one_size else min(8.5, size)),
        leading_ratio=1.0 if one_size else 1.1,  # a name's two lines stay clear of the next row
    )
    canvas.setFont(fitted.font_name, fitted.font_size)
    middle = y + 0.35 * size  # of a one-line text at the row's size
    first = middle + (len(fitted.lines) - 1) * fitted.leading / 2 - 0.35 * fitted.font_size
    if len(fitted.lines) == 1:
        first = y
    for i, line in enumerate(fitted.lines):
        canvas.drawString(x, first - i * fitted.leading, line)
