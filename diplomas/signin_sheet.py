"""The paper sign-in sheet for one session: A4 portrait, a table people sign at the door.

Every page carries the same header (programme, cohort, session, date, time, venue) and a
"page X of Y" footer; the table's column headings repeat on every page. Rows keep the order
they are given in (the service sorts them by surname) and end with blank rows for walk-ins.
A long name or organization shrinks, then breaks onto two lines, inside its cell; it never
runs into the next column.

The labels are part of the document, in its language (Swedish, English or Finnish), not UI
strings; they and the sheet's data are in :mod:`diplomas.signin_sheet_model`. The PDF's
metadata holds the title only (no names); every font is a bundled TrueType font embedded as
a subset.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from app.domain import Language
from diplomas.a4_document import a4_document
from diplomas.fonts import (
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    missing_glyphs,
    nfc,
    register_fonts,
    string_width,
)
from diplomas.numbered_canvas import NumberedCanvas
from diplomas.problems import DocumentError
from diplomas.signin_sheet_model import (
    LABELS,
    MAX_BLANK_ROWS,
    SheetLabels,
    SigninSheet,
    on_list_text,
)
from diplomas.text_fit import FittedText, fit_text

# Page geometry, in points.
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 12 * mm
FOOTER_SPACE = 7 * mm  # between the table's lowest row and the bottom margin
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_ROW_HEIGHT = 18.0
ROW_HEIGHT = 26.0  # about 9 mm: room to sign
CELL_PADDING = 4.0
# Number, name, organization, signature (the rest).
COLUMN_WIDTHS = (30.0, 164.0, 132.0, CONTENT_WIDTH - 30.0 - 164.0 - 132.0)
NUMBER_TEXT_WIDTH = COLUMN_WIDTHS[0] - 2 * CELL_PADDING
NAME_TEXT_WIDTH = COLUMN_WIDTHS[1] - 2 * CELL_PADDING
ORGANIZATION_TEXT_WIDTH = COLUMN_WIDTHS[2] - 2 * CELL_PADDING
CELL_TEXT_HEIGHT = ROW_HEIGHT - 5  # two lines stay clear of the row's rules
# One-line cells put their baseline this far below the row's middle, whatever their size,
# so a row's number, name and organization stand on one line.
BASELINE_BELOW_MIDDLE = 4.25

INK = HexColor("#1B1F23")
MUTED = HexColor("#5B6770")
ACCENT = HexColor("#1F5568")
RULE = HexColor("#C5CED3")
ZEBRA = HexColor("#F2F5F6")
HEADING_FILL = HexColor("#E3EBEE")


def fit_name(name: str) -> FittedText:
    """A participant's name as drawn in its cell: 10 pt, down to 8 pt, then two lines."""
    return fit_text(
        name,
        SANS,
        width=NAME_TEXT_WIDTH,
        max_size=10,
        min_size=8,
        height=CELL_TEXT_HEIGHT,
        leading_ratio=1.15,
    )


def fit_organization(organization: str) -> FittedText:
    """An organization as drawn in its cell: 8.5 pt, down to 7 pt, then two lines."""
    return fit_text(
        organization,
        SANS,
        width=ORGANIZATION_TEXT_WIDTH,
        max_size=8.5,
        min_size=7,
        height=CELL_TEXT_HEIGHT,
        leading_ratio=1.15,
    )


def render_signin_sheet(sheet: SigninSheet, out: BinaryIO | Path) -> None:
    """Write the sheet as a PDF to a binary stream or a file path.

    Raises ``ValueError`` for an unknown language, a negative or huge number of blank rows,
    or text that the bundled fonts cannot draw (the message names the characters).
    """
    labels = _labels(sheet)
    if not 0 <= sheet.blank_rows <= MAX_BLANK_ROWS:
        raise DocumentError(
            "A sign-in sheet has between 0 and {most} blank rows.", most=MAX_BLANK_ROWS
        )
    _check_drawable(sheet)
    register_fonts()
    header = _header(sheet, labels)
    frame_top = PAGE_HEIGHT - MARGIN_TOP - header.height
    frame_bottom = MARGIN_BOTTOM + FOOTER_SPACE
    doc = a4_document(
        out,
        title=f"{labels.document} – {sheet.session_title} – {sheet.date_text}",
        lang=labels.lang,
        frame=(MARGIN_X, frame_bottom, CONTENT_WIDTH, frame_top - frame_bottom),
        frame_id="table",
        template_id="sheet",
        on_page=lambda c, _d: _draw_header(c, header),
        margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )
    footer = functools.partial(_footer, registered=on_list_text(sheet, labels), page=labels.page)
    canvas = functools.partial(NumberedCanvas, footer, created=sheet.printed)
    doc.build([_table(sheet, labels)], canvasmaker=canvas)


def signin_sheet_pdf(sheet: SigninSheet) -> bytes:
    """The sheet as PDF bytes (for a preview)."""
    buffer = io.BytesIO()
    render_signin_sheet(sheet, buffer)
    return buffer.getvalue()


def _labels(sheet: SigninSheet) -> SheetLabels:
    try:
        return LABELS[sheet.language]
    except KeyError:
        raise ValueError(
            f"Sign-in sheets are written in {', '.join(Language)}, not “{sheet.language}”."
        ) from None


def _check_drawable(sheet: SigninSheet) -> None:
    texts = [sheet.programme, sheet.cohort, sheet.session_title, sheet.date_text]
    texts += [sheet.time_text, sheet.venue]
    texts += [f"{row.name} {row.organization}" for row in sheet.rows]
    # Everything is set in the sans but the title, which is set in the serif as well.
    missing = sorted({c for text in texts for c in missing_glyphs(text, SANS)})
    missing += [c for c in missing_glyphs(sheet.session_title, SERIF_BOLD) if c not in missing]
    if missing:
        shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
        raise DocumentError("The bundled fonts cannot draw {characters}.", characters=shown)


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    color: Color
    align: str = "left"  # or "right"
    char_space: float = 0.0


@dataclass(frozen=True)
class _Header:
    texts: tuple[_Text, ...]
    rule_y: float
    height: float  # from the top margin down to the table


def _header(sheet: SigninSheet, labels: SheetLabels) -> _Header:
    """Where every piece of the header goes; the same on every page."""
    top = PAGE_HEIGHT - MARGIN_TOP
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    texts: list[_Text] = []

    kicker = labels.document.upper()
    kicker_width = string_width(kicker, SANS_BOLD, 8) + 0.8 * len(kicker)
    texts.append(_Text(right, top - 7, kicker, SANS_BOLD, 8, ACCENT, "right", 0.8))
    context = " · ".join(nfc(t) for t in (sheet.programme, sheet.cohort) if t.strip())
    fitted = fit_text(
        context,
        SANS,
        width=CONTENT_WIDTH - kicker_width - 20,
        max_size=9,
        min_size=6.5,
        max_lines=1,
    )
    texts += _lines(fitted, left, top - 7, MUTED)
    y = top - 7 - 12

    title = fit_text(
        sheet.session_title,
        SERIF_BOLD,
        width=CONTENT_WIDTH,
        max_size=18,
        min_size=13,
        leading_ratio=1.15,
    )
    texts += _lines(title, left, y - title.font_size * 0.8, INK)
    y -= title.height + 8

    fields = [
        (labels.date, sheet.date_text, 44),
        (labels.time, sheet.time_text, 18),
        (labels.venue, sheet.venue, 38),
    ]
    present = [(label, value, share) for label, value, share in fields if value.strip()]
    total_share = sum(share for _, _, share in present)
    x = left
    value_height = 0.0
    for label, value, share in present:
        column = CONTENT_WIDTH * share / total_share
        texts.append(_Text(x, y - 7, label.upper(), SANS_BOLD, 7, MUTED, char_space=0.5))
        value_fit = fit_text(
            value, SANS, width=column - 12, max_size=10, min_size=8, leading_ratio=1.2
        )
        texts += _lines(value_fit, x, y - 11 - value_fit.font_size * 0.85, INK)
        value_height = max(value_height, value_fit.height)
        x += column
    if present:
        y -= 11 + value_height + 4
    rule_y = y
    return _Header(tuple(texts), rule_y, top - rule_y + 10)


def _lines(fitted: FittedText, x: float, first_baseline: float, color: Color) -> list[_Text]:
    return [
        _Text(
            x, first_baseline - i * fitted.leading, line, fitted.font_name, fitted.font_size, color
        )
        for i, line in enumerate(fitted.lines)
    ]


def _draw_header(canvas: Canvas, header: _Header) -> None:
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(MARGIN_X, header.rule_y, PAGE_WIDTH - MARGIN_X, header.rule_y)
    for t in header.texts:
        canvas.setFillColor(t.color)
        canvas.setFont(t.font, t.size)
        if t.char_space:
            # Letter-spaced, so drawn as a text object; right-aligned by its spaced width.
            width = string_width(t.text, t.font, t.size) + t.char_space * len(t.text)
            obj = canvas.beginText(t.x - width if t.align == "right" else t.x, t.y)
            obj.setFont(t.font, t.size)
            obj.setCharSpace(t.char_space)
            obj.textOut(t.text)
            obj.setCharSpace(0)  # the spacing is graphics state: it would outlive the object
            canvas.drawText(obj)
        elif t.align == "right":
            canvas.drawRightString(t.x, t.y, t.text)
        else:
            canvas.drawString(t.x, t.y, t.text)
    canvas.restoreState()


def _table(sheet: SigninSheet, labels: SheetLabels) -> Table:
    data: list[list[str]] = [[labels.number, labels.name, labels.organization, labels.signature]]
    commands: list[tuple[Any, ...]] = [
        # Every cell in a bundled font: an unstyled cell (the empty signature) would be
        # set in Helvetica and put an unembedded font in the file.
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("FONT", (0, 1), (0, -1), SANS, 8, _one_line_leading(8)),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("FONT", (1, 1), (1, -1), SANS, 10, _one_line_leading(10)),
        ("FONT", (2, 1), (2, -1), SANS, 8.5, _one_line_leading(8.5)),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEBEFORE", (3, 0), (3, -1), 0.4, RULE),
    ]
    for number, row in enumerate(sheet.rows, start=1):
        cells = [str(number)]
        for column, fitted, default_size in (
            (1, fit_name(row.name), 10.0),
            (2, fit_organization(row.organization), 8.5),
        ):
            cells.append("\n".join(fitted.lines))
            if len(fitted.lines) > 1:
                where = (column, number), (column, number)
                commands.append(("FONT", *where, SANS, fitted.font_size, fitted.leading))
            elif fitted.font_size != default_size:
                where = (column, number), (column, number)
                leading = _one_line_leading(fitted.font_size)
                commands.append(("FONT", *where, SANS, fitted.font_size, leading))
        data.append([*cells, ""])
    first_blank = len(sheet.rows) + 1
    data += [[str(first_blank + i), "", "", ""] for i in range(sheet.blank_rows)]
    for number in range(10_000, len(data), 1):  # five digits and more: shrink to fit
        size = fit_text(
            str(number), SANS, width=NUMBER_TEXT_WIDTH, max_size=8, min_size=5, max_lines=1
        ).font_size
        where = (0, number), (0, number)
        commands.append(("FONT", *where, SANS, size, _one_line_leading(size)))
    return Table(
        data,
        colWidths=COLUMN_WIDTHS,
        rowHeights=[HEADER_ROW_HEIGHT] + [ROW_HEIGHT] * (len(data) - 1),
        repeatRows=1,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _one_line_leading(size: float) -> float:
    """The leading that puts a one-line cell's baseline at BASELINE_BELOW_MIDDLE.

    A table cell centres ``lines × leading`` and sets the baseline ``size`` below its top.
    """
    return 2 * (size - BASELINE_BELOW_MIDDLE)


def _footer(canvas: Canvas, number: int, total: int, *, registered: str, page: str) -> None:
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 8)
    canvas.drawString(MARGIN_X, MARGIN_BOTTOM, registered)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM, page.format(page=number, pages=total)
    )
    canvas.restoreState()
