"""Fillable PDF forms (AcroForm): a course evaluation form and a personal action plan that a
participant fills in with the PDF reader they already have and sends back.

The printed words are drawn in the bundled fonts (every Nordic and Sámi letter). The form
fields themselves use the PDF standard font Helvetica: ReportLab's AcroForm support offers
only the standard 14 fonts, which hold the Latin-1 letters (å ä ö á é ü …) but not, for
instance, the Sámi Ŋ or č. A value is stored as Unicode whatever its letters, and Kohort
reads it back exactly; the form asks the reader to redraw the fields
(``/NeedAppearances``), and how a reader shows a letter outside Latin-1 while typing is the
reader's choice (Adobe Reader substitutes a font; a simple viewer may show "?").

Values already known (a plan's goal, say) are filled in after drawing, with pypdf, so that
any letter is kept. ReportLab is imported only when a form is made.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from diplomas.action_plan_model import DEFAULT_ACCENT
from diplomas.fillable_model import (
    ACTION_PARTS,
    PLAN_TEXT_FIELDS,
    TOKEN_FIELD,
    WORDS,
    EvaluationForm,
    FormQuestion,
    FormWords,
    PlanForm,
    action_field,
    choice_field,
    option_value,
    question_field,
    scale_value,
)
from diplomas.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF_BOLD, nfc, register_fonts

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from reportlab.pdfgen.canvas import Canvas

FIELD_FONT = "Helvetica"
FIELD_SIZE = 10
MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4
MARGIN_X = 18 * MM
TOP = PAGE_H - 16 * MM
BOTTOM = 20 * MM
WIDTH = PAGE_W - 2 * MARGIN_X - 1


class _Page:
    """A cursor down the page that starts a new page when a block does not fit."""

    def __init__(self, canvas: Canvas, footer: Callable[[Canvas, int], None]) -> None:
        self.canvas, self.footer = canvas, footer
        self.number, self.y = 1, TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM and self.y < TOP:
            self.footer(self.canvas, self.number)
            self.canvas.showPage()
            self.number += 1
            self.y = TOP

    def finish(self) -> None:
        self.footer(self.canvas, self.number)
        self.canvas.showPage()


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    out: list[str] = []
    for paragraph in nfc(text).splitlines() or [""]:
        out += simpleSplit(" ".join(paragraph.split()), font, size, width) or [""]
    return out


def _write(
    page: _Page, text: str, font: str, size: float, *, color: object, leading: float = 0
) -> None:
    """Wrapped text at the cursor, moving it down."""
    leading = leading or size * 1.3
    lines = _lines(text, font, size, WIDTH)
    page.room(leading * len(lines))
    canvas = page.canvas
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    for line in lines:
        page.y -= leading
        canvas.drawString(MARGIN_X, page.y + leading * 0.25, line)


class _Style:
    def __init__(self, accent: str) -> None:
        from reportlab.lib.colors import HexColor

        self.accent = HexColor(accent)
        self.ink = HexColor("#1B1F23")
        self.muted = HexColor("#5B6770")
        self.border = HexColor("#9AA5AB")
        self.fill = HexColor("#F4F7F8")

    def field(self) -> dict[str, object]:
        return {
            "fontName": FIELD_FONT,
            "fontSize": FIELD_SIZE,
            "borderColor": self.border,
            "fillColor": self.fill,
            "textColor": self.ink,
            "borderWidth": 0.6,
        }


def _header(page: _Page, style: _Style, kicker: str, title: str, lines: list[str]) -> None:
    _write(page, kicker.upper(), SANS_BOLD, 8, color=style.accent)
    _write(page, title, SERIF_BOLD, 17, color=style.ink, leading=22)
    for line in lines:
        if line:
            _write(page, line, SANS, 10, color=style.muted, leading=13.5)


def _token(canvas: Canvas, token: str) -> None:
    canvas.acroForm.textfield(
        name=TOKEN_FIELD,
        value=token,
        x=0,
        y=0,
        width=1,
        height=1,
        borderWidth=0,
        annotationFlags="hidden",
        fieldFlags="readOnly",
        maxlen=0,
    )


def _footer_of(style: _Style, words_page: str, title: str) -> Callable[[Canvas, int], None]:
    def footer(canvas: Canvas, number: int) -> None:
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(style.muted)
        canvas.drawString(MARGIN_X, 11 * MM, nfc(title)[:120])
        canvas.drawRightString(PAGE_W - MARGIN_X, 11 * MM, words_page.format(page=number))

    return footer


def _new_canvas(buffer: io.BytesIO, title: str, lang: str) -> Canvas:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1, lang=lang)
    canvas.setTitle(nfc(title))
    return canvas


# -- the evaluation form --------------------------------------------------------------------


def evaluation_form_pdf(form: EvaluationForm, *, accent_color: str = DEFAULT_ACCENT) -> bytes:
    words = WORDS[form.language]
    style = _Style(accent_color)
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, form.title, words.lang)
    page = _Page(canvas, _footer_of(style, words.page, f"{form.title} · {form.cohort}"))
    who = words.anonymous if form.anonymous else f"{words.name}: {form.name}"
    _header(page, style, words.evaluation, form.title, [f"{form.programme} · {form.cohort}", who])
    page.y -= 4
    _write(page, words.how_to, SANS_ITALIC, 8.5, color=style.muted, leading=11)
    _token(canvas, form.token)
    for number, question in enumerate(form.questions, start=1):
        _question(page, style, words, number, question)
    page.finish()
    canvas.save()
    return fill_values(buffer.getvalue(), {})


def _question(page: _Page, style: _Style, words: FormWords, number: int, q: FormQuestion) -> None:
    text_lines = _lines(f"{number}. {q.text}", SANS_BOLD, 10.5, WIDTH)
    body = {
        "scale": 46.0,
        "single": 17.0 * len(q.choices),
        "multiple": 17.0 * len(q.choices) + 13,
        "text": 66.0,
    }[q.kind]
    page.room(14 + 13.5 * len(text_lines) + body)
    page.y -= 14
    _write(page, f"{number}. {q.text}", SANS_BOLD, 10.5, color=style.ink, leading=13.5)
    canvas, form = page.canvas, page.canvas.acroForm
    if q.kind == "scale":
        top = page.y - 4
        maximum = q.scale_max or 5
        step = min(40.0, (WIDTH - 20) / maximum)
        canvas.setFont(SANS, 8.5)
        for value in range(1, maximum + 1):
            x = MARGIN_X + 6 + (value - 1) * step
            canvas.setFillColor(style.ink)
            canvas.drawCentredString(x + 7, top - 10, str(value))
            form.radio(
                name=question_field(q.question_id),
                value=scale_value(value),
                selected=False,
                x=x,
                y=top - 28,
                size=14,
                buttonStyle="circle",
                shape="circle",
                borderColor=style.border,
                fillColor=style.fill,
                textColor=style.ink,
                forceBorder=True,
            )
        canvas.setFont(SANS_ITALIC, 8)
        canvas.setFillColor(style.muted)
        if q.low_label:
            canvas.drawString(MARGIN_X + 6, top - 40, nfc(q.low_label))
        if q.high_label:
            right = MARGIN_X + 6 + (maximum - 1) * step + 14
            canvas.drawRightString(right, top - 40, nfc(q.high_label))
        page.y = top - 42
    elif q.kind in ("single", "multiple"):
        if q.kind == "multiple":
            _write(page, words.choose_many, SANS_ITALIC, 8, color=style.muted, leading=13)
        for option, choice in enumerate(q.choices):
            page.y -= 17
            common = {
                "x": MARGIN_X + 6,
                "y": page.y,
                "size": 12,
                "borderColor": style.border,
                "fillColor": style.fill,
                "textColor": style.ink,
                "forceBorder": True,
            }
            if q.kind == "single":
                form.radio(
                    name=question_field(q.question_id),
                    value=option_value(option),
                    selected=False,
                    buttonStyle="circle",
                    shape="circle",
                    **common,
                )
            else:
                form.checkbox(
                    name=choice_field(q.question_id, option),
                    checked=False,
                    buttonStyle="check",
                    **common,
                )
            canvas.setFont(SANS, 9.5)
            canvas.setFillColor(style.ink)
            canvas.drawString(MARGIN_X + 26, page.y + 2.5, nfc(choice)[:110])
    else:
        page.y -= 62
        form.textfield(
            name=question_field(q.question_id),
            value="",
            x=MARGIN_X,
            y=page.y,
            width=WIDTH,
            height=58,
            fieldFlags="multiline doNotSpellCheck",
            maxlen=0,
            **style.field(),
        )


# -- the action plan form -------------------------------------------------------------------


def plan_form_pdf(form: PlanForm, *, accent_color: str = DEFAULT_ACCENT) -> bytes:
    words = WORDS[form.language]
    style = _Style(accent_color)
    buffer = io.BytesIO()
    title = f"{words.plan} – {form.name}"
    canvas = _new_canvas(buffer, title, words.lang)
    page = _Page(canvas, _footer_of(style, words.page, f"{form.name} · {form.cohort}"))
    context = " · ".join(t for t in (form.programme, form.cohort) if t)
    _header(page, style, words.plan, form.name, [context, form.organization])
    page.y -= 4
    _write(page, words.how_to, SANS_ITALIC, 8.5, color=style.muted, leading=11)
    _token(canvas, form.token)
    values: dict[str, str] = {}
    for key in PLAN_TEXT_FIELDS:
        heading = form.headings.get(key, key)
        question = form.questions.get(key, "")
        page.room(18 + 16 + 12 * len(_lines(question, SANS_ITALIC, 8.5, WIDTH)) + 96)
        page.y -= 12
        _write(page, heading, SERIF_BOLD, 13, color=style.accent, leading=17)
        if question:
            _write(page, question, SANS_ITALIC, 8.5, color=style.muted, leading=11)
        page.y -= 94
        _text_field(canvas, style, key, MARGIN_X, page.y, WIDTH, 90, multiline=True)
        values[key] = form.texts.get(key, "")
    page.room(40)
    page.y -= 12
    _write(page, words.actions, SERIF_BOLD, 13, color=style.accent, leading=17)
    rows = max(form.action_rows, len(form.actions))
    for number in range(1, rows + 1):
        action = form.actions[number - 1] if number <= len(form.actions) else None
        _action(page, style, words.action.format(number=number), words.action_parts, number)
        if action is not None:
            for part in ACTION_PARTS:
                values[action_field(number, part)] = getattr(action, part)
        hint_x = MARGIN_X + WIDTH / 3
        canvas.setFont(SANS_ITALIC, 7)
        canvas.setFillColor(style.muted)
        canvas.drawRightString(hint_x - 6, page.y + 46, words.date_hint)
    page.finish()
    canvas.save()
    return fill_values(buffer.getvalue(), {k: v for k, v in values.items() if v.strip()})


def _action(page: _Page, style: _Style, label: str, parts: tuple[str, ...], number: int) -> None:
    page.room(150)
    canvas = page.canvas
    page.y -= 14
    _write(page, label, SANS_BOLD, 9.5, color=style.ink, leading=12)
    # what (one line) / how (two lines) / by when + support / success
    third = WIDTH / 3
    rows = [
        [("what", MARGIN_X, WIDTH, 18.0)],
        [("how", MARGIN_X, WIDTH, 30.0)],
        [("by_when", MARGIN_X, third - 6, 18.0), ("support", MARGIN_X + third, 2 * third, 18.0)],
        [("success", MARGIN_X, WIDTH, 18.0)],
    ]
    names = dict(zip(ACTION_PARTS, parts, strict=True))
    for row in rows:
        height = max(h for *_rest, h in row)
        page.y -= 10 + height
        for part, x, width, h in row:
            canvas.setFont(SANS_BOLD, 7)
            canvas.setFillColor(style.muted)
            canvas.drawString(x, page.y + height + 2.5, names[part].upper())
            _text_field(
                canvas,
                style,
                action_field(number, part),
                x,
                page.y,
                width,
                h,
                multiline=h > 20,
            )


def _text_field(
    canvas: Canvas,
    style: _Style,
    name: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    multiline: bool,
) -> None:
    canvas.acroForm.textfield(
        name=name,
        value="",
        x=x,
        y=y,
        width=width,
        height=height,
        fieldFlags="multiline doNotSpellCheck" if multiline else "doNotSpellCheck",
        maxlen=0,
        **style.field(),
    )


def fill_values(pdf: bytes, values: dict[str, str]) -> bytes:
    """The form with text fields filled in (any letters), asking readers to redraw fields."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # pypdf warns that Helvetica cannot draw, say, "Ŋ": the reader redraws the field.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        _fill(writer, values)
    finally:
        pypdf_log.setLevel(level)
    acro_form = writer._root_object["/AcroForm"].get_object()
    assert isinstance(acro_form, DictionaryObject)  # the form drawn above has one
    acro_form[NameObject("/NeedAppearances")] = BooleanObject(True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fill(writer: PdfWriter, values: dict[str, str]) -> None:
    if values:
        names = set(values)
        for page in writer.pages:
            on_page = {
                str(a.get_object().get("/T")): values[str(a.get_object().get("/T"))]
                for a in page.get("/Annots", [])
                if str(a.get_object().get("/T")) in names
            }
            if on_page:
                writer.update_page_form_field_values(page, on_page, auto_regenerate=False)
