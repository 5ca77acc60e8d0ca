"""The platypus document the A4 lists and forms are flowed into — the sign-in sheet, the
course evaluation's paper forms and its results report: one frame without padding, the
document's metadata (title, language, creator Kohort, no author), the same bytes for the
same content, and a canvas that starts in a bundled font."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from diplomas.fonts import document_kwargs, nfc

PageHook = Callable[[Any, Any], None]  # (canvas, document), as ReportLab calls it


def a4_document(
    out: Any,
    *,
    title: str,
    lang: str,
    frame: tuple[float, float, float, float],
    template_id: str,
    frame_id: str | None = None,
    on_page: PageHook | None = None,
    margins: tuple[float, float, float, float] | None = None,
) -> BaseDocTemplate:
    """A document writing to ``out`` (a binary stream or a path) with one page template:
    ``frame`` is (x, y, width, height) in points; ``margins`` (left, right, top, bottom) only
    set the document's own measures; ``on_page`` draws on each page before its flowables."""
    x, y, width, height = frame
    box = Frame(
        x,
        y,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        **({"id": frame_id} if frame_id else {}),
    )
    measures: dict[str, float] = {}
    if margins is not None:
        left, right, top, bottom = margins
        measures = {"leftMargin": left, "rightMargin": right, "topMargin": top}
        measures["bottomMargin"] = bottom
    doc = BaseDocTemplate(
        out if hasattr(out, "write") else str(out),
        pagesize=A4,
        title=nfc(title),
        author="",
        subject="",
        keywords="",
        creator="Kohort",
        lang=lang,
        displayDocTitle=True,
        invariant=1,  # the same content, the same bytes (the print date is set by the canvas)
        **measures,
        **document_kwargs(),
    )
    hooks = {"onPage": on_page} if on_page is not None else {}
    doc.addPageTemplates([PageTemplate(id=template_id, frames=[box], **hooks)])
    return doc
