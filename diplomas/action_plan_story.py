"""How an action plan is typeset: the platypus flowables of one plan (see
:mod:`diplomas.action_plan_pages` for the pages they are set on).

Imported only when a document is made (it imports ReportLab).
Every text is NFC-normalized and escaped before it becomes Paragraph markup; blank lines
separate paragraphs, a single line break stays a line break, and a word longer than its
column is broken (``splitLongWords``) rather than drawn past the edge.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from diplomas.action_plan_model import (
    LABELS,
    GuideEntry,
    PlanDocument,
    PlanLabels,
    sections,
)
from diplomas.action_plan_style import (
    CONTENT_WIDTH,
    FOOTER_Y,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TABLE_FONT,
    WRITING_RULE,
    Styles,
)
from diplomas.action_plan_style import markup as _markup
from diplomas.action_plan_style import paragraphs as _paragraphs
from diplomas.action_plan_table import actions_table
from diplomas.fonts import (
    SANS_BOLD,
    SERIF_BOLD,
    fold_spaces,
    nfc,
    string_width,
)
from diplomas.text_fit import fit_text

# Ruled writing space: lines per section on a blank form, and on a filled plan's empty one.
BLANK_LINES = {"goal": 6, "strengths": 5, "development_areas": 5}
EMPTY_SECTION_LINES = 3
LINE_SPACING = 22.0  # about 8 mm: room for handwriting
# The participant's name in the header: one line at up to NAME_SIZE, else two lines at up to
# NAME_MIN_SIZE, never taller. With the signature captions (at most two lines each) this
# bounds how much a name can add, so a plan with nothing written always fits on one page.
NAME_SIZE = 24.0
NAME_MIN_SIZE = 16.0
NAME_LEADING = 1.15
NAME_HEIGHT = 2 * NAME_MIN_SIZE * NAME_LEADING
CAPTION_MIN_SIZE = 6.0


def plan_story(plan: PlanDocument, *, blank: bool, styles: Styles) -> list[Flowable]:
    labels = LABELS[plan.language]
    story = _header(plan, labels, styles, blank=blank)
    for entry in sections(plan, blank=blank):
        story += _section(plan, entry, labels, styles, blank=blank)
    story.append(_signatures(plan, labels, styles))
    return story


def _header(plan: PlanDocument, labels: PlanLabels, s: Styles, *, blank: bool) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(escape(labels.document.upper()), s.kicker)]
    context = " · ".join(_markup(t) for t in (plan.programme, plan.cohort) if t.strip())
    if context:
        story.append(Paragraph(context, s.context))
    story.append(Spacer(0, 6))
    if plan.name.strip():
        fitted = fit_text(
            plan.name,
            SERIF_BOLD,
            width=CONTENT_WIDTH,
            height=NAME_HEIGHT,
            max_size=NAME_SIZE,
            min_size=NAME_MIN_SIZE,
            leading_ratio=NAME_LEADING,
        )
        name_style = ParagraphStyle(
            "name",
            fontName=SERIF_BOLD,
            fontSize=fitted.font_size,
            leading=fitted.leading,
            textColor=INK,
        )
        story.append(Paragraph("<br/>".join(escape(line) for line in fitted.lines), name_style))
        story.append(_ruled(1, 8, s.accent))
    else:  # a blank form for anyone: a line to write the name on, which is also the rule
        story += [Paragraph(escape(labels.name.upper()), s.label), _ruled(1, 30, s.accent)]
    fields = [
        (labels.organization, plan.organization, 0.36),
        (labels.mentor, plan.mentor, 0.24),
        (labels.manager, plan.manager, 0.24),
        (labels.follow_up, plan.follow_up, 0.16),
    ]
    shown = [f for f in fields if blank or f[1].strip()]
    if shown:
        story.append(Spacer(0, 8))
        story.append(_fields(shown, s))
    return story


_TIGHT = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP")]
_GAP = 12.0


def _fields(fields: list[tuple[str, str, float]], s: Styles) -> Table:
    """The header's facts side by side: label above, the value or a line to write on."""
    room = CONTENT_WIDTH - _GAP * (len(fields) - 1)
    # A value that cannot break (a date) gets the width it needs; the others share the rest.
    needs = [min(_unbreakable_width(v, s.value), room * 0.4) for _, v, _ in fields]
    shares = [share for _, _, share in fields]
    for _ in fields:
        total = sum(shares)
        short = [i for i, need in enumerate(needs) if room * shares[i] / total < need]
        if not short:
            break
        for i in short:
            shares[i] = needs[i] / room * total * 1.02
    total_share = sum(shares)
    fields = [
        (label, value, share) for (label, value, _), share in zip(fields, shares, strict=True)
    ]
    widths: list[float] = []
    labels_row: list[Any] = []
    values_row: list[Any] = []
    commands: list[tuple[Any, ...]] = [TABLE_FONT, *_TIGHT, ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    commands.append(("VALIGN", (0, 1), (-1, 1), "TOP"))  # a value on two lines hangs down
    for i, (label, value, share) in enumerate(fields):
        if i:
            widths.append(_GAP)
            labels_row.append("")
            values_row.append("")
        column = len(widths)
        widths.append(room * share / total_share)
        labels_row.append(Paragraph(escape(label.upper()), s.label))
        if value.strip():
            values_row.append(Paragraph(_markup(value), s.value))
        else:
            values_row.append("")
            commands.append(("LINEBELOW", (column, 1), (column, 1), 0.5, WRITING_RULE))
    return Table(
        [labels_row, values_row],
        colWidths=widths,
        rowHeights=[None, None if any(v for _, v, _ in fields) else 22],
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _unbreakable_width(text: str, style: ParagraphStyle) -> float:
    """The width of the widest piece of ``text`` that cannot break (0 for none)."""
    words = fold_spaces(nfc(text)).split(" ")
    return max((string_width(w, style.fontName, style.fontSize) for w in words if w), default=0)


def _ruled(lines: int, spacing: float = LINE_SPACING, color: Color | None = None) -> Table:
    """Lines to write on, the full width of the text (one accent line: the header's rule)."""
    table = Table([[""]] * lines, colWidths=[CONTENT_WIDTH], rowHeights=[spacing] * lines)
    line = ("LINEBELOW", (0, 0), (-1, -1), 0.5, WRITING_RULE)
    if color is not None:
        line = ("LINEBELOW", (0, 0), (-1, -1), 1, color)
    table.setStyle(TableStyle([TABLE_FONT, line]))
    return table


def _section(
    plan: PlanDocument, entry: GuideEntry, labels: PlanLabels, s: Styles, *, blank: bool
) -> list[Flowable]:
    """Heading, question and what is written (or room to write it).

    The heading never stands alone at the foot of a page: a page break comes first unless
    the heading and the start of the section (three lines, or the table's first action) fit.
    """
    head: list[Flowable] = [Paragraph(_markup(entry.heading), s.heading)]
    if entry.question.strip():
        head.append(Paragraph(_markup(entry.question), s.question))
    else:
        head.append(Spacer(0, 6))
    need = s.heading.spaceBefore + s.question.spaceAfter
    need += sum(f.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] for f in head)
    if entry.key == "actions":
        table, first_rows = actions_table(plan, labels, s, blank=blank)
        if blank or not plan.actions:  # room to write in: kept whole, on one page
            return [KeepTogether([*head, table])]
        return [CondPageBreak(need + first_rows), *head, table]
    paragraphs = [] if blank else _paragraphs(plan.texts.get(entry.key, ""))
    if not paragraphs:
        lines = BLANK_LINES[entry.key] if blank else EMPTY_SECTION_LINES
        return [KeepTogether([*head, _ruled(lines)])]
    body = [Paragraph(p, s.body) for p in paragraphs]
    return [CondPageBreak(need + 3 * s.body.leading), *head, *body]


def _signatures(plan: PlanDocument, labels: PlanLabels, s: Styles) -> Flowable:
    """Signature and date lines for the participant and their manager.

    One rule for every plan, filled in or blank: the participant and their manager ("Chef")
    sign it, the manager's name printed when known; the mentor follows the plan up but does
    not sign it (README, "Typography rules").
    """
    signers = [(labels.participant, plan.name), (labels.manager, plan.manager)]
    side = (CONTENT_WIDTH - 28) / 2
    widths = [side - 80, 10, 70, 28, side - 80, 10, 70]
    captions: list[Any] = []
    for i, (role, name) in enumerate(signers):
        caption = _caption(role, name, widths[0], s)
        captions += [caption, "", Paragraph(escape(labels.date), s.caption)]
        if i == 0:
            captions.append("")
    lines = [("LINEBELOW", (c, 0), (c, 0), 0.6, INK) for c in (0, 2, 4, 6)]
    style = [TABLE_FONT, *lines, *_TIGHT, ("TOPPADDING", (0, 1), (-1, 1), 3)]
    table = Table([[""] * 7, captions], colWidths=widths, rowHeights=[34, None], hAlign="LEFT")
    table.setStyle(TableStyle([*style, ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    heading = ParagraphStyle("signatures", parent=s.heading, spaceBefore=16)
    return KeepTogether([Paragraph(escape(labels.signatures), heading), Spacer(0, 4), table])


def _caption(role: str, name: str, width: float, s: Styles) -> Paragraph:
    """ "**Role** · name" under a signature line: one line, or two, shrunk to fit ``width``.

    Measured all in bold (wider than the name's regular weight), so the drawn line fits.
    """
    role = " ".join(nfc(role).split())
    name = " ".join(nfc(name).split())
    fitted = fit_text(
        f"{role} · {name}" if name else role,
        SANS_BOLD,
        width=width,
        max_size=s.caption.fontSize,
        min_size=CAPTION_MIN_SIZE,
        leading_ratio=s.caption.leading / s.caption.fontSize,
    )
    markup: list[str] = []
    start = 0
    for line in fitted.lines:  # the role's letters are bold, on whichever line they fall
        start = fitted.text.index(line, start)
        bold = min(max(len(role) - start, 0), len(line))
        markup.append((f"<b>{escape(line[:bold])}</b>" if bold else "") + escape(line[bold:]))
        start += len(line)
    style = ParagraphStyle(
        "signature caption",
        parent=s.caption,
        fontSize=fitted.font_size,
        leading=fitted.leading,
    )
    return Paragraph("<br/>".join(markup), style)


__all__ = [  # what the pages module and tests read from here
    "CONTENT_WIDTH",
    "FOOTER_Y",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "MUTED",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "Styles",
    "plan_story",
]
