"""The printer calibration test page: marks at known distances from the paper's edges.

Printed through the same path as the diplomas (with the offset being tested applied), the
coordinator measures where the marks landed and corrects the offset: a mark that should be
20 mm from the left edge but is 22 mm from it means "move 2 mm left" (−2 mm).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from app.domain import Language
from diplomas import fonts

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4
MARK_MM = 20.0  # the crosses' distance from each edge

# Title, how to measure, how to correct (two lines), a distance. Other languages get English.
WORDS: dict[Language, tuple[str, str, str, str, str]] = {
    Language.SWEDISH: (
        "Kalibreringssida",
        "Mät avståndet från papperets kanter till krysset i varje hörn: det ska vara {mm} mm.",
        "Är krysset för långt åt höger, ange en negativ vågrät förskjutning;",
        "för långt ner, en negativ lodrät. Skriv ut igen tills alla fyra stämmer.",
        "{mm} mm",
    ),
    Language.ENGLISH: (
        "Calibration page",
        "Measure from the paper's edges to the cross in each corner: it should be {mm} mm.",
        "If the cross is too far right, enter a negative horizontal offset;",
        "too far down, a negative vertical one. Print again until all four are right.",
        "{mm} mm",
    ),
}


def calibration_page_pdf(*, landscape: bool, language: Language = Language.SWEDISH) -> bytes:
    """One A4 page with a cross 20 mm in from each corner, a centre cross and a 100 mm ruler."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned

    title, measure, correct, correct_more, label = WORDS.get(language, WORDS[Language.ENGLISH])
    width, height = turned(A4) if landscape else A4
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(
        buffer, pagesize=(width, height), title=title, lang=fonts.lang_tag(language)
    )
    canvas.setLineWidth(0.5)
    inset = MARK_MM * MM
    for x in (inset, width - inset):
        for y in (inset, height - inset):
            _cross(canvas, x, y)
    _cross(canvas, width / 2, height / 2)
    canvas.setFont(fonts.SANS_BOLD, 16)
    canvas.drawCentredString(width / 2, height / 2 + 84, title)
    canvas.setFont(fonts.SANS, 10)
    canvas.drawCentredString(width / 2, height / 2 + 64, measure.format(mm=int(MARK_MM)))
    canvas.drawCentredString(width / 2, height / 2 + 50, correct)
    canvas.drawCentredString(width / 2, height / 2 + 38, correct_more)
    # a 100 mm ruler, to check the printer does not scale the page ("fit to page" off)
    left, y = width / 2 - 50 * MM, height / 2 - 40
    canvas.line(left, y, left + 100 * MM, y)
    for mm in range(0, 101, 5):
        tick = 6 if mm % 10 == 0 else 3
        canvas.line(left + mm * MM, y, left + mm * MM, y + tick)
    canvas.setFont(fonts.SANS, 8)
    canvas.drawCentredString(width / 2, y - 12, label.format(mm=100))
    for x in (inset, width - inset):
        for y_mark in (inset, height - inset):
            canvas.drawString(x + 6, y_mark + 6, label.format(mm=int(MARK_MM)))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cross(canvas: Canvas, x: float, y: float) -> None:
    size = 8 * MM
    canvas.line(x - size, y, x + size, y)
    canvas.line(x, y - size, x, y + size)
    canvas.circle(x, y, 2 * MM)
