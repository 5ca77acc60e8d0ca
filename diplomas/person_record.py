"""The personal data record (GDPR Art. 15): A4 portrait, titled sections of label/value rows.

What it prints is :class:`~diplomas.person_record_model.PersonRecord`, already in its language.
Long values (an action plan's goal, a note) wrap inside their cell; a section never breaks
between its title and first row. Every page carries "page X of Y"; the metadata holds the
document title only (no name); the fonts are the bundled ones, embedded as subsets.
"""

from __future__ import annotations

import functools
import io
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from diplomas.fonts import SANS, SANS_BOLD, SERIF_BOLD, document_kwargs, missing_glyphs, nfc
from diplomas.numbered_canvas import NumberedCanvas
from diplomas.person_record_model import WORDS, PersonRecord, RecordSection
from diplomas.problems import DocumentError

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 52 * mm

INK = HexColor("#1B1F23")
MUTED = HexColor("#5B6770")
ACCENT = HexColor("#1F5568")
RULE = HexColor("#C5CED3")

_TITLE = ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=20, leading=24, textColor=INK)
_SUB = ParagraphStyle("sub", fontName=SANS, fontSize=9.5, leading=13, textColor=MUTED)
_HEADING = ParagraphStyle(
    "heading", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=ACCENT, spaceBefore=10
)
_LABEL = ParagraphStyle("label", fontName=SANS, fontSize=8.5, leading=11, textColor=MUTED)
_VALUE = ParagraphStyle("value", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK)


def person_record_pdf(record: PersonRecord) -> bytes:
    """The record as PDF bytes. Raises DocumentError for a character the fonts cannot draw."""
    _check_drawable(record)
    words = WORDS[record.language]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=words.document,
        author="",
        subject="",
        keywords="",
        creator="Kohort",
        lang=words.lang,
        displayDocTitle=True,
        invariant=1,
        **document_kwargs(),
    )
    story: list[Flowable] = [
        Paragraph(_markup(words.document), _TITLE),
        Spacer(1, 2 * mm),
        Paragraph(_markup(record.name), _HEADING),
        Paragraph(_markup(words.produced.format(date=record.produced)), _SUB),
        Spacer(1, 2 * mm),
        Paragraph(_markup(words.intro), _SUB),
    ]
    for section in record.sections:
        story += _section(section)
    footer = functools.partial(_footer, page=words.page)
    doc.build(story, canvasmaker=functools.partial(NumberedCanvas, footer))
    return buffer.getvalue()


def _section(section: RecordSection) -> list[Flowable]:
    heading = Paragraph(_markup(section.title), _HEADING)
    if not section.rows:
        return [KeepTogether([heading, Paragraph(_markup(section.note), _VALUE)])]
    data = [
        [Paragraph(_markup(row.label), _LABEL), Paragraph(_markup(row.value), _VALUE)]
        for row in section.rows
    ]
    table = Table(
        data,
        colWidths=(LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH),
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
        hAlign="LEFT",
        repeatRows=0,
    )
    # The heading stays with at least the start of its table.
    return [CondPageBreak(40 * mm), heading, Spacer(1, 1 * mm), table]


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(nfc(text)).replace("\n", "<br/>")


def _check_drawable(record: PersonRecord) -> None:
    texts = [record.name, record.produced]
    for section in record.sections:
        texts += [section.title, section.note]
        texts += [f"{row.label} {row.value}" for row in section.rows]
    missing = sorted({c for text in texts for c in missing_glyphs(text.replace("\n", " "), SANS)})
    if missing:
        shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
        raise DocumentError("The bundled fonts cannot draw {characters}.", characters=shown)


def _footer(canvas: Canvas, number: int, total: int, *, page: str) -> None:
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN, page.format(page=number, pages=total))
    canvas.restoreState()
