"""Name badges on label sheets and folded table cards (tents), as a PDF.

A badge shows the event (programme · cohort) small at the top, the first name large, the
full name, the organization and, when given, a role and a group. Every text is fitted with
:func:`diplomas.text_fit.fit_text`, by the diplomas' rule for names: one line as large as
fits down to a wrap size, then two balanced lines, and only then smaller. Nothing overflows
its label: the widths are the fonts' own metrics.

Labels sit where the sheet's template says (:mod:`diplomas.badges_model`), moved by the
calibration offset (x right, y down, in mm, as the diplomas' printer calibration). A table
card is one sheet folded across its middle: the lower half is upright, the upper half the
same face turned 180°, so the name reads upright on both sides once folded.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from app.progress import Cancelled, Progress, stop_if_cancelled
from diplomas import fonts
from diplomas.badges_model import WORDS, Badge, BadgeDocument, TentSize
from diplomas.problems import DocumentError
from diplomas.text_fit import FittedText, fit_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4
LEADING = 1.15
ASCENT = 0.75  # of the size: from a line's top to its baseline (Lato's cap height and a bit)
ACCENT_ROOM = 0.2  # of the size: how far an accent on a capital (Å, Á) rises above ASCENT
BADGE_HEIGHT_MM = 50.0  # the sizes below are for a label this high; others scale with it
INK = (0.106, 0.122, 0.137)
MUTED = (0.357, 0.404, 0.439)
ACCENT = (0.122, 0.333, 0.408)
RULE = (0.773, 0.808, 0.827)


@dataclass(frozen=True)
class Sizes:
    """Largest, wrap and smallest size of one text on a badge 50 mm high, in points."""

    largest: float
    wrap: float
    smallest: float


FIRST_NAME = Sizes(26, 17, 9)
FULL_NAME = Sizes(11, 9, 6)
ORGANIZATION = Sizes(9, 7.5, 5.5)
ROLE = Sizes(8, 8, 5.5)
EVENT = Sizes(6.5, 6.5, 4.5)
GROUP = Sizes(7.5, 7.5, 5)


@dataclass(frozen=True)
class Run:
    """One line of text as drawn: centred on ``x``, baseline at ``y``, in page points."""

    text: str
    font: str
    size: float
    x: float
    y: float
    width: float
    color: tuple[float, float, float]

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def right(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Box:
    """A rectangle in page points, PDF-style (x, y of its bottom-left corner)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BadgeLayout:
    box: Box  # the label or the card's face, in page points (offset applied)
    inner: Box  # what text may use: the box less its padding
    runs: tuple[Run, ...]
    first_name: FittedText
    rule_y: float  # the hairline under the event line


def fit_name(text: str, font: str, sizes: Sizes, *, width: float, height: float) -> FittedText:
    """``text`` by the diplomas' rule: one line down to the wrap size, then two balanced
    lines; below the wrap size whichever of one or two lines is larger, down to the smallest
    size, and smaller only when nothing else fits (the fitting itself is :func:`fit_text`'s;
    this picks its sizes)."""

    def fit(largest: float, smallest: float) -> FittedText:
        return fit_text(
            text, font, width=width, height=height, max_size=largest, min_size=smallest,
            leading_ratio=LEADING,
        )  # fmt: skip

    fitted = fit(sizes.largest, sizes.wrap)
    if not fitted.below_minimum or sizes.wrap <= sizes.smallest:
        return fitted
    # with the minimum at the wrap size, fit_text returns the larger of one and two lines
    larger = fit(sizes.wrap, sizes.wrap)
    return larger if larger.font_size >= sizes.smallest else fit(sizes.wrap, sizes.smallest)


def layout_badge(badge: Badge, event: str, box: Box) -> BadgeLayout:
    """Where every line of one badge goes inside ``box`` (sizes scale with its height)."""
    scale = box.height / (BADGE_HEIGHT_MM * MM)
    pad = min(4.0 * scale, 12.0) * MM
    inner = Box(box.x + pad, box.y + pad, box.width - 2 * pad, box.height - 2 * pad)
    centre = box.x + box.width / 2
    runs: list[Run] = []

    def scaled(sizes: Sizes) -> Sizes:
        return Sizes(sizes.largest * scale, sizes.wrap * scale, sizes.smallest * scale)

    def place(fitted: FittedText, top: float, color: tuple[float, float, float]) -> float:
        """The lines from ``top`` down; returns where they end."""
        for i, line in enumerate(fitted.lines):
            y = top - fitted.font_size * ASCENT - i * fitted.leading
            runs.append(
                Run(line, fitted.font_name, fitted.font_size, centre, y, fitted.widths[i], color)
            )
        return top - fitted.height

    top = inner.y + inner.height
    event_fit = fit_text(
        event, fonts.SANS, width=inner.width, max_size=EVENT.largest * scale,
        min_size=EVENT.smallest * scale, max_lines=1,
    )  # fmt: skip
    rule_y = place(event_fit, top, MUTED) - 1.0 * scale * MM if event.strip() else top
    bottom = inner.y
    if badge.group.strip():
        # a long mentor's name takes a second line rather than shrinking out of sight
        group_fit = fit_name(
            badge.group, fonts.SANS_BOLD, scaled(GROUP), width=inner.width,
            height=2 * GROUP.largest * scale * LEADING,
        )  # fmt: skip
        place(group_fit, inner.y + group_fit.height, ACCENT)
        bottom = inner.y + group_fit.height + 1.0 * scale * MM

    # Below the rule, a gap and room for accents above the capitals (Å, Á: ACCENT_ROOM).
    top_limit = rule_y - 1.0 * scale * MM
    gap = 0.6 * scale * MM
    area = top_limit - bottom - 3 * gap - ACCENT_ROOM * FIRST_NAME.largest * scale
    blocks: list[tuple[FittedText, tuple[float, float, float]]] = []
    first = fit_name(
        badge.first_name, fonts.SANS_BOLD, scaled(FIRST_NAME), width=inner.width,
        height=0.46 * area,
    )  # fmt: skip
    blocks.append((first, INK))
    for text, font, sizes, share, color in (
        (badge.full_name, fonts.SANS, FULL_NAME, 0.22, INK),
        (badge.organization, fonts.SANS, ORGANIZATION, 0.2, MUTED),
        (badge.role, fonts.SANS_ITALIC, ROLE, 0.12, ACCENT),
    ):
        if text.strip():
            fitted = fit_name(text, font, scaled(sizes), width=inner.width, height=share * area)
            blocks.append((fitted, color))
    accents = ACCENT_ROOM * first.font_size
    total = accents + sum(b.height for b, _ in blocks) + gap * (len(blocks) - 1)
    # the block centred between the rule and the footer
    y = bottom + (top_limit - bottom + total) / 2 - accents
    for fitted, color in blocks:
        y = place(fitted, y, color) - gap
    return BadgeLayout(box, inner, tuple(runs), first, rule_y)


def label_boxes(document: BadgeDocument) -> list[Box]:
    """Each badge's label, in page points, offset applied; page after page of the sheet."""
    sheet = document.sheet
    page_height = sheet.page_mm[1] * MM
    boxes = []
    for index in range(len(document.badges)):
        left, top, width, height = sheet.label_box_mm(index)
        boxes.append(
            Box(
                (left + document.offset_x_mm) * MM,
                page_height - (top + document.offset_y_mm + height) * MM,
                width * MM,
                height * MM,
            )
        )
    return boxes


def tent_face(document: BadgeDocument, size: TentSize) -> Box:
    """The upright (lower) face of a table card, offset applied."""
    width, height = size.page_mm
    return Box(document.offset_x_mm * MM, -document.offset_y_mm * MM, width * MM, height / 2 * MM)


def render_badges(
    document: BadgeDocument,
    out: BinaryIO | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the badges (or table cards) as a PDF; returns the number of pages.

    Raises :class:`DocumentError` for a text the bundled fonts cannot draw, or for nothing
    to print; :class:`~app.errors.CancelledError` when ``cancelled()`` says so.
    """
    if not document.badges:
        raise DocumentError("There is no one to make name badges for.")
    _check_drawable(document)
    language = document.language if document.language in WORDS else next(iter(WORDS))
    words = WORDS[language]
    title = words.tents if document.tents else words.badges
    page_mm = document.tents.page_mm if document.tents else document.sheet.page_mm
    pagesize = (page_mm[0] * MM, page_mm[1] * MM)
    target = out if not isinstance(out, Path) else str(out)
    canvas = fonts.new_canvas(
        target,
        pagesize=pagesize,
        title=f"{title} – {document.event}",
        lang=fonts.lang_tag(language),
    )
    if document.tents:
        pages = _draw_tents(canvas, document, document.tents, progress, cancelled)
    else:
        pages = _draw_labels(canvas, document, progress, cancelled)
    canvas.save()
    return pages


def badges_pdf(document: BadgeDocument) -> bytes:
    """The badges as PDF bytes (for tests and a preview)."""
    buffer = io.BytesIO()
    render_badges(document, buffer)
    return buffer.getvalue()


def _draw_labels(
    canvas: Canvas,
    document: BadgeDocument,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    per_sheet = document.sheet.per_sheet
    boxes = label_boxes(document)
    pages = -(-len(boxes) // per_sheet)
    for page in range(pages):
        stop_if_cancelled(cancelled, page, pages, "Writing")
        for index in range(page * per_sheet, min((page + 1) * per_sheet, len(boxes))):
            _draw(canvas, layout_badge(document.badges[index], document.event, boxes[index]))
        canvas.showPage()
        if progress is not None:
            progress(page + 1, pages)
    return pages


def _draw_tents(
    canvas: Canvas,
    document: BadgeDocument,
    size: TentSize,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    width, height = (v * MM for v in size.page_mm)
    face = Box(0, 0, width, height / 2)  # the offset moves the whole page, both faces alike
    total = len(document.badges)
    for done, badge in enumerate(document.badges):
        stop_if_cancelled(cancelled, done, total, "Writing")
        layout = layout_badge(badge, document.event, face)
        canvas.saveState()
        canvas.translate(document.offset_x_mm * MM, -document.offset_y_mm * MM)
        _draw(canvas, layout)
        canvas.saveState()
        # the same face turned about the page's centre: upright when the card is folded
        canvas.translate(width, height)
        canvas.rotate(180)
        _draw(canvas, layout)
        canvas.restoreState()
        _fold_marks(canvas, width, height)
        canvas.restoreState()
        canvas.showPage()
        if progress is not None:
            progress(done + 1, total)
    return total


def _draw(canvas: Canvas, layout: BadgeLayout) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.4)
    inner = layout.inner
    canvas.line(inner.x, layout.rule_y, inner.x + inner.width, layout.rule_y)
    for run in layout.runs:
        canvas.setFillColorRGB(*run.color)
        canvas.setFont(run.font, run.size)
        canvas.drawCentredString(run.x, run.y, run.text)
    canvas.restoreState()


def _fold_marks(canvas: Canvas, width: float, height: float) -> None:
    """Short dashes at the fold, 6 mm in from each edge (inside every printer's margin)."""
    y = height / 2
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    canvas.line(6 * MM, y, 14 * MM, y)
    canvas.line(width - 14 * MM, y, width - 6 * MM, y)
    canvas.restoreState()


def _check_drawable(document: BadgeDocument) -> None:
    texts = [document.event]
    for badge in document.badges:
        texts += [badge.full_name, badge.organization, badge.group]
    missing = {c for text in texts for c in fonts.missing_glyphs(text, fonts.SANS)}
    for badge in document.badges:
        missing |= set(fonts.missing_glyphs(badge.first_name, fonts.SANS_BOLD))
        missing |= set(fonts.missing_glyphs(badge.group, fonts.SANS_BOLD))
        missing |= set(fonts.missing_glyphs(badge.role, fonts.SANS_ITALIC))
    if missing:
        shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in sorted(missing))
        raise DocumentError("The bundled fonts cannot draw {characters}.", characters=shown)
