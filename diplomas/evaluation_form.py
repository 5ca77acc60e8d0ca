"""The paper course evaluation form: A4 portrait, one form per participant (the name printed)
or unnamed copies, to be filled in by hand and typed in afterwards.

A scale question is a row of numbered boxes 1..5 (or 1..7) with its labelled ends under the
first and the last; a choice question lists its options each with a box; an open question
has ruled lines. A question is never split over two pages. Each form starts on a new page;
every page's footer says the programme and cohort and, on a named form, whose it is, so
loose pages find their form again.

The words are the document's, in its language (:mod:`diplomas.evaluation_model`); every
font is a bundled one, embedded as a subset; the PDF's metadata holds the title only.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)

from app.domain import QuestionKind
from diplomas.a4_document import a4_document
from diplomas.evaluation_model import (
    LABELS,
    MAX_COPIES,
    EvaluationForm,
    EvaluationLabels,
    FormQuestion,
    check_drawable,
)
from diplomas.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    SERIF_BOLD,
    fold_spaces,
    nfc,
    register_fonts,
    string_width,
)
from diplomas.numbered_canvas import NumberedCanvas
from diplomas.problems import DocumentError

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_Y = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BOX = 6.5 * mm  # a box to tick
SCALE_STEP = 16 * mm  # from one scale box to the next
WRITING_LINES = 4
LINE_GAP = 8.5 * mm

INK = HexColor("#1B1F23")
MUTED = HexColor("#5B6770")
ACCENT = HexColor("#1F5568")
RULE = HexColor("#9AA5AB")
SHADE = HexColor("#EEF3F5")


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


KICKER = _style("kicker", SANS_BOLD, 8.5, 11, textColor=ACCENT)
TITLE = _style("title", SERIF_BOLD, 19, 23, textColor=ACCENT, spaceBefore=2, spaceAfter=2)
CONTEXT = _style("context", SANS, 10, 13, textColor=MUTED, spaceAfter=8)
NAME = _style("name", SANS, 11, 14)
INSTRUCTION = _style("instruction", SANS_ITALIC, 9, 12, textColor=MUTED, spaceBefore=6)
QUESTION = _style("question", SANS_BOLD, 10.5, 13.5, spaceBefore=12, spaceAfter=2)
HINT = _style("hint", SANS_ITALIC, 8.5, 11, textColor=MUTED, spaceAfter=3)
OPTION = _style("option", SANS, 9.5, 11.5)
END_LABEL = _style("end", SANS, 8, 9.5, textColor=MUTED)
THANKS = _style("thanks", SANS_ITALIC, 10, 13, textColor=ACCENT, spaceBefore=16)


def _text(text: str) -> str:
    return escape(fold_spaces(nfc(text)))


def render_evaluation_form(form: EvaluationForm, out: Any) -> None:
    """Write the forms as a PDF to a binary stream or a path (a :class:`DocumentError` for
    text the bundled fonts cannot draw, or a number of copies out of range)."""
    labels = LABELS[form.language]
    if not form.names and not 1 <= form.copies <= MAX_COPIES:
        raise DocumentError("Print between 1 and {most} unnamed forms.", most=MAX_COPIES)
    texts = [form.title, *form.names, form.programme, form.cohort, form.session]
    for q in form.questions:
        texts += [q.text, q.low_label, q.high_label, *q.choices]
    check_drawable(texts)
    register_fonts()
    doc = a4_document(
        out,
        title=f"{form.title} – {form.cohort}",
        lang=labels.lang,
        frame=(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM),
        template_id="form",
    )
    footer_text = " · ".join(t for t in (form.programme, form.cohort, form.session) if t)

    def footer(canvas: _FormCanvas, number: int, _pages: int) -> None:
        """Every page says whose form it is (the name, or the form's number for unnamed
        copies) and which of its pages: single-sided loose sheets find their form."""
        form_number, page, pages = canvas.form_page(number)
        owner = getattr(canvas, "_kohort_form_owner", "")
        mine = owner or labels.form_number.format(number=form_number)
        where = f"{mine} · {labels.page.format(page=page, pages=pages)}"
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN_X, FOOTER_Y, _fitted(footer_text, SANS, 7.5, CONTENT_WIDTH / 2))
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, FOOTER_Y, _fitted(where, SANS, 7.5, CONTENT_WIDTH / 2 - 12)
        )
        canvas.restoreState()

    owners: list[str] = list(form.names) or [""] * form.copies
    story: list[Flowable] = []
    for number, owner in enumerate(owners):
        if number:
            story.append(PageBreak())
        story += _one_form(form, labels, owner, number + 1)
    doc.build(story, canvasmaker=functools.partial(_FormCanvas, footer, created=form.printed))


class _FormCanvas(NumberedCanvas):
    """Pages numbered per form: ``_kohort_form_number`` (set by :class:`_Owner` where a form
    starts) is part of the state held with every page."""

    _kohort_form_number = 0

    def save(self) -> None:
        forms = [state.get("_kohort_form_number", 0) for state in self.held_pages]
        first = {form: index for index, form in reversed(list(enumerate(forms)))}
        counts = Counter(forms)
        self._form_pages = [(f, i - first[f] + 1, counts[f]) for i, f in enumerate(forms)]
        super().save()

    def form_page(self, number: int) -> tuple[int, int, int]:
        """(form, page within it, pages of it) of the ``number``-th page of the file."""
        return self._form_pages[number - 1]


def evaluation_form_pdf(form: EvaluationForm) -> bytes:
    buffer = io.BytesIO()
    render_evaluation_form(form, buffer)
    return buffer.getvalue()


def _fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (a footer is one line)."""
    text = fold_spaces(nfc(text))
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _one_form(
    form: EvaluationForm, labels: EvaluationLabels, owner: str, number: int
) -> list[Flowable]:
    context = " · ".join(_text(t) for t in (form.cohort, form.session) if t)
    story: list[Flowable] = [
        _Owner(owner, number),
        Paragraph(_text(form.programme), KICKER),
        Paragraph(_text(form.title), TITLE),
        Paragraph(context, CONTEXT),
    ]
    if owner:
        story.append(_Shaded(Paragraph(f"{_text(labels.name)}: <b>{_text(owner)}</b>", NAME)))
    elif form.anonymous:
        story.append(_WriteIn(labels.organization))
    story.append(
        Paragraph(
            _text(labels.instruction if form.anonymous else labels.instruction_named),
            INSTRUCTION,
        )
    )
    for question in form.questions:
        story.append(KeepTogether(_question(question, labels)))
    story.append(Paragraph(_text(labels.thanks), THANKS))
    return story


def _question(q: FormQuestion, labels: EvaluationLabels) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(f"{q.number}. {_text(q.text)}", QUESTION)]
    if q.kind is QuestionKind.SCALE:
        parts.append(_ScaleBoxes(q.scale_max or 5, q.low_label, q.high_label))
    elif q.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        hint = labels.one_choice if q.kind is QuestionKind.SINGLE else labels.several_choices
        parts.append(Paragraph(_text(hint), HINT))
        parts.append(_ChoiceBoxes(q.choices))
    else:
        parts.append(_WritingLines(WRITING_LINES))
    return parts


class _Owner(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Takes no room: tells the page footer whose form this is, from here on."""

    def __init__(self, name: str, number: int) -> None:
        super().__init__()
        self.name = name
        self.number = number  # the form's number in the file, 1-based
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._kohort_form_owner = fold_spaces(nfc(self.name))
        self.canv._kohort_form_number = self.number


class _Shaded(Flowable):  # type: ignore[misc]
    """A paragraph on a light band (the participant's name)."""

    PAD = 3 * mm

    def __init__(self, paragraph: Paragraph) -> None:
        super().__init__()
        self.paragraph = paragraph

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _w, h = self.paragraph.wrap(available_width - 2 * self.PAD, available_height)
        self.width, self.height = available_width, h + 2 * self.PAD
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(SHADE)
        self.canv.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=0, fill=1)
        self.paragraph.drawOn(self.canv, self.PAD, self.PAD)


class _WriteIn(Flowable):  # type: ignore[misc]
    """A label and a line to write on."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = fold_spaces(nfc(label))
        self.height = 9 * mm

    def wrap(self, available_width: float, _h: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(INK)
        c.setFont(SANS, 9.5)
        c.drawString(0, 3, self.label + ":")
        start = string_width(self.label + ":", SANS, 9.5) + 6
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(start, 2, self.width, 2)


class _ScaleBoxes(Flowable):  # type: ignore[misc]
    """Boxes 1..n, their numbers above, the labelled ends below the first and the last."""

    def __init__(self, scale_max: int, low: str, high: str) -> None:
        super().__init__()
        self.scale_max = scale_max
        self.low = Paragraph(_text(low), END_LABEL) if low.strip() else None
        self.high = (
            Paragraph(_text(high), ParagraphStyle("end_right", END_LABEL, alignment=2))
            if high.strip()
            else None
        )
        self.label_width = min(38 * mm, SCALE_STEP * 2.4)

    def wrap(self, available_width: float, _h: float) -> tuple[float, float]:
        self.width = available_width
        label_height = max(
            (p.wrap(self.label_width, 100)[1] for p in (self.low, self.high) if p), default=0
        )
        self.label_height = label_height
        self.height = 11 + BOX + 3 + label_height + 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left = 4 * mm
        top = self.height
        box_y = top - 11 - BOX
        for value in range(1, self.scale_max + 1):
            x = left + (value - 1) * SCALE_STEP
            c.setFillColor(INK)
            c.setFont(SANS_BOLD, 9)
            c.drawCentredString(x + BOX / 2, top - 9, str(value))
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.rect(x, box_y, BOX, BOX, stroke=1, fill=0)
        label_top = box_y - 3
        if self.low:
            self.low.drawOn(c, left, label_top - self.low.height)
        if self.high:
            right = left + (self.scale_max - 1) * SCALE_STEP + BOX
            self.high.drawOn(c, right - self.label_width, label_top - self.high.height)


class _ChoiceBoxes(Flowable):  # type: ignore[misc]
    """One box per option; two columns when every option fits in half the width."""

    ROW = 7.5 * mm

    def __init__(self, choices: tuple[str, ...]) -> None:
        super().__init__()
        self.choices = choices

    def wrap(self, available_width: float, _h: float) -> tuple[float, float]:
        self.width = available_width
        text_width = available_width / 2 - BOX - 8 * mm
        self.columns = 2 if len(self.choices) > 3 else 1
        self.paragraphs = [Paragraph(_text(c), OPTION) for c in self.choices]
        widths = [string_width(fold_spaces(nfc(c)), SANS, 9.5) for c in self.choices]
        if self.columns == 2 and max(widths, default=0) > text_width:
            self.columns = 1
        column_text = (available_width / self.columns) - BOX - 8 * mm
        self.heights = [max(p.wrap(column_text, 200)[1], 11.5) for p in self.paragraphs]
        rows = -(-len(self.choices) // self.columns)
        self.row_heights = [
            max(self.heights[i] for i in range(r, len(self.choices), rows)) + self.ROW - 11.5
            for r in range(rows)
        ]
        self.rows = rows
        self.height = sum(self.row_heights)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        column_width = self.width / self.columns
        for index, paragraph in enumerate(self.paragraphs):
            column, row = divmod(index, self.rows)
            top = self.height - sum(self.row_heights[:row])
            x = 4 * mm + column * column_width
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            side = BOX * 0.8
            c.rect(x, top - 2 - side, side, side, stroke=1, fill=0)
            # the option's first line centred on its box
            paragraph_top = top - 2 - side / 2 + OPTION.leading / 2 + 1
            paragraph.drawOn(c, x + BOX + 2 * mm, paragraph_top - paragraph.height)


class _WritingLines(Flowable):  # type: ignore[misc]
    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines

    def wrap(self, available_width: float, _h: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.lines * LINE_GAP + 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for line in range(1, self.lines + 1):
            y = self.height - line * LINE_GAP
            c.line(4 * mm, y, self.width, y)
