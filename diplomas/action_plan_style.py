"""What an action plan's pages share: the page geometry, colours, paragraph styles, and how
plain text becomes Paragraph markup (used by :mod:`diplomas.action_plan_story` and
:mod:`diplomas.action_plan_table`). Imports ReportLab: only when a document is made."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from diplomas.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, fold_spaces, nfc

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm  # the frame's; the footer stands below it
FOOTER_Y = 11 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = HexColor("#1B1F23")
MUTED = HexColor("#5B6770")
RULE = HexColor("#C5CED3")
WRITING_RULE = HexColor("#9AA5AB")
ZEBRA = HexColor("#F4F7F8")


TABLE_FONT = ("FONT", (0, 0), (-1, -1), SANS, 9)  # an empty cell would otherwise name Helvetica


class Styles:
    """The paragraph styles of one document, in its accent colour."""

    def __init__(self, accent: Color) -> None:
        self.accent = accent

        def style(name: str, font: str, size: float, leading: float, **kw: Any) -> Any:
            kw.setdefault("textColor", INK)
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)

        self.kicker = style("kicker", SANS_BOLD, 8, 10, textColor=accent)
        self.context = style("context", SANS, 10, 13, textColor=MUTED)
        self.label = style("label", SANS_BOLD, 7, 9, textColor=MUTED)
        self.value = style("value", SANS, 9.5, 12)
        self.heading = style("heading", SERIF_BOLD, 13.5, 16, textColor=accent, spaceBefore=16)
        self.question = style("question", SANS_ITALIC, 8.5, 11, textColor=MUTED, spaceAfter=6)
        self.body = style("body", SANS, 10, 14.2, spaceAfter=6)
        self.cell = style("cell", SANS, 8.5, 10.6)
        self.cell_what = style("cell_what", SANS_BOLD, 8.5, 10.6)
        self.column = style("column", SANS_BOLD, 7.5, 9, textColor=accent)
        self.note = style("note", SANS_ITALIC, 9, 12, textColor=MUTED)
        self.caption = style("caption", SANS, 7.5, 9.5, textColor=MUTED)


def markup(text: str) -> str:
    """Plain text as Paragraph markup: NFC, escaped, line breaks kept."""
    lines = [fold_spaces(line) for line in nfc(text).split("\n")]
    return "<br/>".join(escape(line) for line in lines if line)


def paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; control characters (but line breaks) are dropped."""
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [m for m in (markup(p) for p in re.split(r"\n[ \t]*\n", text)) if m]


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(paragraphs(text)), style)
