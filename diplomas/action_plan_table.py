"""The action table of a plan: six columns (what, how, by when, support, success, status);
or, when an action's text is long, four: the action's name with its how, support and success
below it across the width, then by when and status (no column of one to three words a line).

Imports ReportLab: only when a document is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import Paragraph, Table, TableStyle

from diplomas.action_plan_model import PlanAction, PlanDocument, PlanLabels
from diplomas.action_plan_style import (
    CONTENT_WIDTH,
    MUTED,
    PAGE_HEIGHT,
    RULE,
    TABLE_FONT,
    ZEBRA,
    Styles,
)
from diplomas.action_plan_style import cell as _cell
from diplomas.action_plan_style import paragraphs as _paragraphs
from diplomas.fonts import SANS, fold_spaces, nfc, string_width

BLANK_ACTION_ROWS = 6
BLANK_ACTION_HEIGHT = 64.0
EMPTY_ACTION_ROWS = 3
EMPTY_ACTION_HEIGHT = 28.0  # about 10 mm

# A cell's text this long may make a row taller than MAX_ROW_HEIGHT; only then is it measured.
LONG_CELL = 180
MAX_ROW_HEIGHT = 240.0
NUMBER_WIDTH = 18.0
# What, how, by when, support, success, status: shares of the width after the number.
COLUMN_SHARES = (0.21, 0.2, 0.12, 0.16, 0.18, 0.13)
COLUMN_WIDTHS = (NUMBER_WIDTH,) + tuple(
    (CONTENT_WIDTH - NUMBER_WIDTH) * share for share in COLUMN_SHARES
)
# A text this long (about four lines in a narrow column) puts the table in four columns.
STACK_AT = 140
CELL_SIZE = 8.5
CELL_PADDING = 8.0  # left and right together


def stacked(actions: Sequence[PlanAction]) -> bool:
    """Whether the table is set in four columns, an action's how, support and success under
    its name across the width (some action has a text of :data:`STACK_AT` characters)."""
    return any(
        len(text) > STACK_AT for a in actions for text in (a.what, a.how, a.support, a.success)
    )


def column_widths(actions: Sequence[PlanAction]) -> tuple[float, ...]:
    """The action table's column widths for these actions.

    "By when" and "status" are as wide as their widest text (a date never breaks), at least
    their share; what, how, support and success share the rest in proportion (or, stacked,
    the one text column takes it all).
    """

    def widest(texts: list[str]) -> float:
        words = [t for text in texts for t in fold_spaces(nfc(text)).split(" ")]
        return max((string_width(w, SANS, CELL_SIZE) for w in words), default=0.0)

    widths = list(COLUMN_WIDTHS)
    fixed = {3: [a.by_when for a in actions], 6: [a.status for a in actions]}
    for column, texts in fixed.items():
        widths[column] = max(widths[column], min(widest(texts) + CELL_PADDING + 0.5, 110.0))
    free = (1, 2, 4, 5)
    room = CONTENT_WIDTH - sum(w for i, w in enumerate(widths) if i not in free)
    shares = sum(COLUMN_WIDTHS[i] for i in free)
    for i in free:
        widths[i] = room * COLUMN_WIDTHS[i] / shares
    if stacked(actions):
        return (widths[0], CONTENT_WIDTH - widths[0] - widths[3] - widths[6], widths[3], widths[6])
    return tuple(widths)


def actions_table(
    plan: PlanDocument, labels: PlanLabels, s: Styles, *, blank: bool
) -> tuple[Table, float]:
    """The actions as a table whose heading row repeats on every page it runs onto, and the
    height of its heading row and first row (what must fit below the section's heading)."""
    actions: Sequence[PlanAction] = () if blank else plan.actions
    four = stacked(actions)
    titles = [labels.columns[i] for i in (0, 2, 5)] if four else list(labels.columns)
    header = [""] + [Paragraph(escape(label), s.column) for label in titles]
    data: list[list[Any]] = [header]
    heights: list[float | None] = [None]
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#E3EBEE")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, s.accent),
        ("LINEBEFORE", (2, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("FONT", (0, 1), (0, -1), SANS, 8.5),  # the number, on the first line's baseline
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
    ]
    widths = column_widths(actions)
    for index, action in enumerate(actions):
        first = len(data)
        data += _action_rows(index + 1, action, labels if four else None, s, widths)
        last = len(data) - 1
        heights += [None] * (last - first + 1)
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
        if index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
        if last > first:  # one action's text continued: no gap between its pieces
            commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            commands.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
    if not actions:
        empty_rows, height = BLANK_ACTION_ROWS, BLANK_ACTION_HEIGHT
        if not blank:
            data.append(["", Paragraph(escape(labels.no_actions), s.note)] + [""] * 5)  # 7 columns
            heights.append(None)
            commands.append(("SPAN", (1, 1), (-1, 1)))
            empty_rows, height = EMPTY_ACTION_ROWS, EMPTY_ACTION_HEIGHT
        for number in range(1, empty_rows + 1):
            data.append([str(number)] + [""] * 6)
            heights.append(height)
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE))
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    first_rows = _row_height(data[0], heights[0], widths) + _row_height(data[1], heights[1], widths)
    return table, first_rows


def _row_height(row: list[Any], height: float | None, widths: Sequence[float]) -> float:
    """A row's height as the table will set it (cell paddings are 4 + 5 points)."""
    cells = zip(row, widths, strict=True)
    wrapped = [c.wrap(w - 8, PAGE_HEIGHT)[1] for c, w in cells if isinstance(c, Paragraph)]
    return height if height is not None else 9 + max(wrapped, default=0.0)


def _action_rows(
    number: int,
    action: PlanAction,
    stacked_labels: PlanLabels | None,
    s: Styles,
    widths: Sequence[float],
) -> list[list[Any]]:
    """One action's row; a very long text continues in further rows, so no row is ever taller
    than :data:`MAX_ROW_HEIGHT` and a table row never has to be split across pages.

    With ``stacked_labels``, the action's name, then its how, support and success (each after
    its label), share the wide second column.

    (ReportLab's own ``splitInRow`` repeats the heading row in the middle of the page.)
    """
    texts = (action.what, action.how, action.by_when, action.support, action.success)
    if stacked_labels is not None:
        cells = [_stacked_cell(action, stacked_labels, s), _cell(action.by_when, s.cell)]
        cells.append(_cell(action.status, s.cell))
    else:
        cells = [_cell(texts[0], s.cell_what)]
        cells += [_cell(t, s.cell) for t in (*texts[1:], action.status)]
    columns: list[list[Any]] = [[cell] for cell in cells]
    if max(len(t) for t in (*texts, action.status)) > LONG_CELL:
        for column, cell in enumerate(cells):
            columns[column] = _pieces(cell, widths[column + 1] - CELL_PADDING)
    rows = max(len(pieces) for pieces in columns)
    return [
        [str(number) if row == 0 else ""]
        + [pieces[row] if row < len(pieces) else "" for pieces in columns]
        for row in range(rows)
    ]


def _stacked_cell(action: PlanAction, labels: PlanLabels, s: Styles) -> Paragraph:
    """The action's name in bold; below it "**Hur:** …", "**Stöd jag behöver:** …", …"""
    lines = [f"<b>{'<br/>'.join(_paragraphs(action.what))}</b>"] if action.what.strip() else []
    for column, text in ((1, action.how), (3, action.support), (4, action.success)):
        if text.strip():
            label = escape(labels.columns[column])
            lines.append(f"<b>{label}:</b> " + "<br/>".join(_paragraphs(text)))
    return Paragraph("<br/>".join(lines), s.cell)


def _pieces(cell: Paragraph, width: float) -> list[Any]:
    pieces: list[Any] = []
    rest = cell
    while rest.wrap(width, MAX_ROW_HEIGHT)[1] > MAX_ROW_HEIGHT:
        parts = rest.split(width, MAX_ROW_HEIGHT)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]
