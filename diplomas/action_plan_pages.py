"""The pages action plans are set on: one merged document, each plan numbered on its own.

Imported by :mod:`diplomas.action_plan` only when a document is made (it imports ReportLab).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CallerMacro,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from app.progress import Cancelled, Progress, stop_if_cancelled
from diplomas.action_plan_model import LABELS, PlanDocument
from diplomas.action_plan_story import (
    CONTENT_WIDTH,
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Styles,
    plan_story,
)
from diplomas.fonts import SANS, document_kwargs, nfc, register_fonts
from diplomas.numbered_canvas import NumberedCanvas
from diplomas.text_fit import fit_text


def build(
    plans: Sequence[PlanDocument],
    out: BinaryIO,
    *,
    blank: bool,
    accent_color: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    printed: dt.date | None = None,
) -> None:
    """Lay out and write every plan into one PDF (the plans are already checked)."""
    register_fonts()
    styles = Styles(HexColor(accent_color))
    total = len(plans)

    def start_plan(canvas: Canvas, index: int) -> None:
        # Drawn at the top of each plan's first page: the page numbering starts over here.
        stop_if_cancelled(cancelled, index, total, "Rendering")
        canvas.kohort_plan = index
        if progress is not None and index:
            progress(index, total)

    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        stop_if_cancelled(cancelled, index, total, "Rendering")
        if index:
            story.append(PageBreak())
        story.append(CallerMacro(lambda macro, i=index: start_plan(macro.canv, i)))
        story += plan_story(plan, blank=blank, styles=styles)

    # /Lang: the language of most plans (a merged file may mix them; each plan keeps its words).
    languages = Counter(LABELS[plan.language].lang for plan in plans)
    programmes = {" ".join(nfc(plan.programme).split()) for plan in plans}
    # The title names the document and a programme common to all, never a person.
    title = LABELS[plans[0].language].document
    if len(programmes) == 1 and (programme := programmes.pop()):
        title += f" – {programme}"
    frame_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        frame_height,
        id="plan",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author="",
        subject="",
        keywords="",
        creator="Kohort",
        lang=languages.most_common(1)[0][0],
        displayDocTitle=True,
        invariant=1,
        **document_kwargs(),
    )
    doc.addPageTemplates([PageTemplate(id="plan", frames=[frame])])
    if progress is not None:
        progress(0, total)
    footers = [_footer_text(plan) for plan in plans]
    pages = [LABELS[plan.language].page for plan in plans]
    footer = functools.partial(_draw_footer, footers=footers, pages=pages)
    doc.build(story, canvasmaker=functools.partial(_PlanCanvas, footer, created=printed))
    if progress is not None:
        progress(total, total)


def _footer_text(plan: PlanDocument) -> str:
    name = " ".join(nfc(plan.name).split())
    return " · ".join(t for t in (LABELS[plan.language].document, name) if t)


def _draw_footer(
    canvas: Canvas, number: int, total: int, *, footers: list[str], pages: list[str]
) -> None:
    plan, page, count = canvas.plan_page(number)
    left = fit_text(
        footers[plan], SANS, width=CONTENT_WIDTH - 90, max_size=7.5, min_size=5, max_lines=1
    )
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, left.font_size)
    canvas.drawString(MARGIN_X, FOOTER_Y, left.lines[0] if left.lines else "")
    canvas.setFont(SANS, 7.5)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, FOOTER_Y, pages[plan].format(page=page, pages=count)
    )
    canvas.restoreState()


class _PlanCanvas(NumberedCanvas):
    """A numbered canvas whose pages are numbered per plan.

    ``kohort_plan`` is set when a plan's first flowable is drawn and is part of the state
    held with every page, so each page knows the plan it belongs to.
    """

    kohort_plan = 0

    def save(self) -> None:
        plans = [state.get("kohort_plan", 0) for state in self.held_pages]
        first = {plan: index for index, plan in reversed(list(enumerate(plans)))}
        counts = Counter(plans)
        self._numbers = [(p, i - first[p] + 1, counts[p]) for i, p in enumerate(plans)]
        super().save()

    def plan_page(self, number: int) -> tuple[int, int, int]:
        """(plan, page within it, pages of it) of the ``number``-th page of the file."""
        return self._numbers[number - 1]
