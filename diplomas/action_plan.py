"""Personal action plans ("personlig handlingsplan"): one typeset plan per participant, A4.

What a plan prints (:class:`~diplomas.action_plan_model.PlanDocument`), its words and its
checks are in :mod:`diplomas.action_plan_model`. The same functions print a **blank** form
(``blank=True``): the same headings and questions with ruled writing space and an empty
action table, for workshops where plans are written by hand.

Many plans merge into one PDF, each starting on a new page and numbered on its own
("Sida 1 av 3"). Rendering is deterministic (``invariant=1``; the creation date is the
print date, ``printed``, today when not given); the metadata holds the title only.
ReportLab is imported only when a document is made: the pages are set by
:mod:`diplomas.action_plan_pages`, imported on the first call.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from app.progress import Cancelled, Progress
from diplomas.action_plan_model import DEFAULT_ACCENT, PlanDocument, check_accent, check_plan


def action_plan_pdf(
    plan: PlanDocument,
    *,
    blank: bool = False,
    accent_color: str = DEFAULT_ACCENT,
    printed: dt.date | None = None,
) -> bytes:
    """One plan (or its blank form) as PDF bytes, for the preview and a single print."""
    return render_action_plans((plan,), blank=blank, accent_color=accent_color, printed=printed)


def render_action_plans(
    plans: Sequence[PlanDocument],
    *,
    blank: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    accent_color: str = DEFAULT_ACCENT,
    printed: dt.date | None = None,
) -> bytes:
    """One merged, print-ready PDF: each plan from a new page, its pages numbered on its own.

    Every plan is checked before anything is laid out: an unknown language, a bad accent
    colour or a character the bundled fonts cannot draw raises ``ValueError`` naming the
    plan. ``progress(done, total)`` is called with 0 first and after each plan is laid out;
    ``cancelled()`` is asked before each plan and :class:`~app.errors.CancelledError` raised when it
    answers true (nothing is returned then).
    """
    from diplomas import action_plan_pages  # imports ReportLab: only when a plan is made

    if not plans:
        raise ValueError("There are no action plans to render.")
    check_accent(accent_color)
    for plan in plans:
        check_plan(plan, blank=blank)
    buffer = io.BytesIO()
    action_plan_pages.build(
        plans,
        buffer,
        blank=blank,
        accent_color=accent_color,
        progress=progress,
        cancelled=cancelled,
        printed=printed,
    )
    return buffer.getvalue()
