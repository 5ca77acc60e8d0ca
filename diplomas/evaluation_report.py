"""The results of a course evaluation for the steering group: A4 portrait.

A title block (programme, cohort, dates, the response rate: "18 av 22 svarade (82 %)"),
then per question its count, mean and median and the distribution as a bar chart drawn with
ReportLab's own charts, each bar labelled with its count; beside a scale question with
earlier rounds, a small chart of its mean in each (this cohort's bar in the accent); the
open answers listed with how many gave each; and, only where the anonymity rule allows, the
means by organization.

:func:`question_chart` and :func:`trend_chart` build the charts on their own, so what they
draw can be checked against the data. Words and data: :mod:`diplomas.evaluation_model`.
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain import QuestionKind
from diplomas.a4_document import a4_document
from diplomas.evaluation_model import (
    LABELS,
    EvaluationLabels,
    EvaluationReport,
    ReportQuestion,
    check_drawable,
    decimal_text,
    response_text,
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

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_Y = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CHART_WIDTH = CONTENT_WIDTH * 0.62
TREND_WIDTH = CONTENT_WIDTH - CHART_WIDTH - 6 * mm
AXIS_SIZE = 7.5
MAX_OPEN_ANSWERS = 200  # per question; the rest are counted, not listed

INK = HexColor("#1B1F23")
MUTED = HexColor("#5B6770")
ACCENT = HexColor("#1F5568")
BAR = HexColor("#5B8FA3")
EARLIER = HexColor("#B9C9D0")
RULE = HexColor("#C5CED3")
ZEBRA = HexColor("#F2F5F6")


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


KICKER = _style("kicker", SANS_BOLD, 8.5, 11, textColor=ACCENT)
TITLE = _style("title", SERIF_BOLD, 20, 24, textColor=ACCENT, spaceBefore=2, spaceAfter=2)
CONTEXT = _style("context", SANS, 10.5, 14, textColor=MUTED)
RATE = _style("rate", SANS_BOLD, 14, 18, spaceBefore=8, spaceAfter=4)
TAG = _style("tag", SANS_ITALIC, 9, 12, textColor=MUTED, spaceAfter=6)
HEADING = _style("heading", SANS_BOLD, 11.5, 14.5, spaceBefore=14, spaceAfter=1)
CAUTION = _style(
    "caution", SANS_BOLD, 9.5, 12.5, textColor=HexColor("#8A5300"), spaceBefore=2, spaceAfter=6
)
FIGURES = _style("figures", SANS, 9, 12, textColor=MUTED, spaceAfter=4)
CAPTION = _style("caption", SANS_ITALIC, 8, 10, textColor=MUTED)
ANSWER = _style(
    "answer", SANS, 9.5, 12.5, leftIndent=10, bulletIndent=0, bulletFontName=SANS, spaceAfter=2
)
CELL = _style("cell", SANS, 8.5, 10.5)
CELL_HEAD = _style("cell_head", SANS_BOLD, 8, 10, textColor=ACCENT)


def _text(text: str) -> str:
    return escape(fold_spaces(nfc(text)))


def render_evaluation_report(report: EvaluationReport, out: Any) -> None:
    labels = LABELS[report.language]
    texts = [report.title, report.programme, report.cohort, report.session, report.dates]
    for q in report.questions:
        texts += [q.text, *q.labels, *(a.text for a in q.open_answers)]
        texts += [b.label for b in q.trend]
    texts += [row.name for row in report.organizations]
    check_drawable(texts)
    register_fonts()
    doc = a4_document(
        out,
        title=f"{labels.report} – {report.cohort}",
        lang=labels.lang,
        frame=(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM),
        template_id="report",
    )
    footer_text = fold_spaces(nfc(f"{report.programme} · {report.cohort} · {report.title}"))

    def footer(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN_X, FOOTER_Y, footer_text[:120])
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, FOOTER_Y, labels.page.format(page=page, pages=pages)
        )
        canvas.restoreState()

    def canvas_maker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(footer, *args, created=report.printed, **kwargs)

    doc.build(_story(report, labels), canvasmaker=canvas_maker)


def evaluation_report_pdf(report: EvaluationReport) -> bytes:
    buffer = io.BytesIO()
    render_evaluation_report(report, buffer)
    return buffer.getvalue()


def _story(report: EvaluationReport, labels: EvaluationLabels) -> list[Flowable]:
    context = " · ".join(_text(t) for t in (report.cohort, report.session) if t)
    story: list[Flowable] = [
        Paragraph(_text(f"{labels.report} · {report.programme}"), KICKER),
        Paragraph(_text(report.title), TITLE),
        Paragraph(context, CONTEXT),
    ]
    if report.dates:
        story.append(Paragraph(_text(report.dates), CONTEXT))
    story.append(Paragraph(_text(response_text(report)), RATE))
    story.append(Paragraph(_text(labels.anonymous if report.anonymous else labels.named), TAG))
    if report.few_answers:
        story.append(Paragraph(_text(labels.few_answers), CAUTION))
    for q in report.questions:
        story.append(KeepTogether(_question(q, report, labels)))
    if report.organizations:
        story.append(KeepTogether(_organizations(report, labels)))
    return story


def figures_text(q: ReportQuestion, report: EvaluationReport) -> str:
    """ "n = 18 · medelvärde 4,2 · median 4" (the mean and median for a scale only)."""
    labels = LABELS[report.language]
    parts = [labels.answered.format(n=q.answered)]
    if q.kind is QuestionKind.SCALE and q.mean is not None:
        parts.append(f"{labels.mean} {decimal_text(q.mean, report.language)}")
        median = q.median or 0
        digits = 0 if float(median).is_integer() else 1
        parts.append(f"{labels.median} {decimal_text(median, report.language, digits)}")
    return " · ".join(parts)


def _question(
    q: ReportQuestion, report: EvaluationReport, labels: EvaluationLabels
) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(f"{q.number}. {_text(q.text)}", HEADING),
        Paragraph(_text(figures_text(q, report)), FIGURES),
    ]
    if q.kind is QuestionKind.TEXT:
        parts += _open_answers(q, labels)
        return parts
    if not q.answered:
        parts.append(Paragraph(_text(labels.no_answers), CAPTION))
        return parts
    chart: Flowable = question_chart(q)
    if q.kind is QuestionKind.SCALE and (q.low_label or q.high_label):
        ends = f"1 = {q.low_label} · {len(q.labels)} = {q.high_label}"
        chart_cell: list[Flowable] = [chart, Paragraph(_text(ends), CAPTION)]
    else:
        chart_cell = [chart]
    if q.trend:
        trend_cell = [Paragraph(_text(labels.trend), CAPTION), trend_chart(q, report)]
        table = Table(
            [[chart_cell, trend_cell]],
            colWidths=(CHART_WIDTH + 6 * mm, TREND_WIDTH),
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("FONT", (0, 0), (-1, -1), SANS, 9),
                ]
            ),
        )
        parts.append(table)
    else:
        parts += chart_cell
    return parts


def _count_label(value: float) -> str:
    return str(round(value))


def question_chart(q: ReportQuestion) -> Drawing:
    """The distribution: vertical bars 1..n for a scale, horizontal bars for the options;
    ``drawing.chart.data`` holds the counts drawn."""
    if q.kind is QuestionKind.SCALE:
        height = 42 * mm
        drawing = Drawing(CHART_WIDTH, height)
        chart: Any = VerticalBarChart()
        chart.x, chart.y = 22, 16
        chart.width, chart.height = CHART_WIDTH - 30, height - 28
        chart.barWidth = 10
        chart.groupSpacing = 14
    else:
        rows = max(len(q.counts), 1)
        height = (8 + 7 * rows) * mm
        drawing = Drawing(CHART_WIDTH, height)
        chart = HorizontalBarChart()
        label_room = min(CHART_WIDTH * 0.45, 70 * mm)
        chart.x, chart.y = label_room, 6
        chart.width, chart.height = CHART_WIDTH - label_room - 26, height - 12
        chart.categoryAxis.reverseDirection = True  # the first option on top
    chart.data = [tuple(q.counts)]
    chart.categoryAxis.categoryNames = [fold_spaces(nfc(label))[:48] for label in q.labels]
    _style_chart(chart, top=max(q.counts, default=0))
    chart.bars[0].fillColor = BAR
    drawing.add(chart, name="chart")
    _bundled_font(drawing)
    return drawing


def trend_chart(q: ReportQuestion, report: EvaluationReport) -> Drawing:
    """The mean in earlier cohorts and this one; ``drawing.chart.data`` holds the means."""
    height = 42 * mm
    drawing = Drawing(TREND_WIDTH, height)
    chart: Any = VerticalBarChart()
    chart.x, chart.y = 18, 24  # room for two lines of labels: "Omgång 1" and "23/24"
    chart.width, chart.height = TREND_WIDTH - 22, height - 36
    chart.data = [tuple(b.mean for b in q.trend)]  # unrounded: the label rounds once
    slot = chart.width / max(1, len(q.trend)) - 4
    chart.categoryAxis.categoryNames = [_short(b.label, slot) for b in q.trend]
    _style_chart(chart, top=5, scale_top=max(5, len(q.labels)))
    chart.barLabelFormat = lambda value: decimal_text(value, report.language)
    chart.bars[0].fillColor = EARLIER
    for index, bar in enumerate(q.trend):
        if bar.current:
            chart.bars[(0, index)].fillColor = ACCENT
    drawing.add(chart, name="chart")
    _bundled_font(drawing)
    return drawing


def _bundled_font(drawing: Drawing) -> None:
    """The drawing's state starts in a bundled font (else Helvetica lands in the file)."""
    drawing.initialFontName = SANS
    drawing.initialFontSize = 8
    drawing.hAlign = "LEFT"


def _short(label: str, width: float) -> str:
    """A cohort's name under its bar, on two lines: up to its first comma, its first word
    shortened when that is too wide ("Omgång 1, 2023/2024" is "Omgång 1" or "Omg. 1"), and
    the years it names as "23/24"; each line cut with an ellipsis to the bar's width."""
    label = fold_spaces(nfc(label))
    name = label.split(", ")[0]
    if string_width(name, SANS, AXIS_SIZE) > width:
        first, _space, rest = name.partition(" ")
        if len(first) > 4 and rest:
            name = f"{first[:3]}. {rest}"
    lines = [_fit(name, width)]
    years = YEARS.search(label[len(label.split(", ")[0]) :])
    if years:
        lines.append(_fit(f"{years.group(1)}/{years.group(2)}", width))
    return "\n".join(lines)


YEARS = re.compile(r"\b(?:\d\d)?(\d\d)\s*[/–-]\s*(?:\d\d)?(\d\d)\b")  # 2023/2024, 2023–24


def _fit(text: str, width: float) -> str:
    if string_width(text, SANS, AXIS_SIZE) <= width:
        return text
    while text and string_width(text + "…", SANS, AXIS_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _style_chart(chart: Any, *, top: float, scale_top: float | None = None) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = SANS
        axis.labels.fontSize = AXIS_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    if scale_top is not None:
        chart.valueAxis.valueMax = scale_top
        chart.valueAxis.valueStep = 1
    else:
        chart.valueAxis.valueMax = max(1, top) * 1.15
        chart.valueAxis.valueStep = max(1, round(top / 4))
        chart.valueAxis.labelTextFormat = _count_label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = ZEBRA
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabelFormat = "%d"
    if isinstance(chart, HorizontalBarChart):
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        chart.barLabels.nudge = 6
    chart.bars.strokeColor = None


def _open_answers(q: ReportQuestion, labels: EvaluationLabels) -> list[Flowable]:
    if not q.open_answers:
        return [Paragraph(_text(labels.no_answers), CAPTION)]
    parts: list[Flowable] = []
    for answer in q.open_answers[:MAX_OPEN_ANSWERS]:
        count = f" <font color='#5B6770'>({answer.count})</font>" if answer.count > 1 else ""
        parts.append(Paragraph(f"{_text(answer.text)}{count}", ANSWER, bulletText="–"))
    return parts


def _organizations(report: EvaluationReport, labels: EvaluationLabels) -> list[Flowable]:
    head = [
        Paragraph(_text(labels.organization_column), CELL_HEAD),
        Paragraph(_text(labels.responses_column), CELL_HEAD),
        *(Paragraph(_text(h), CELL_HEAD) for h in report.organization_headings),
    ]
    rows = [
        [
            Paragraph(_text(row.name), CELL),
            Paragraph(str(row.responses), CELL),
            *(Paragraph(m, CELL) for m in row.means),
        ]
        for row in report.organizations
    ]
    columns = len(head)
    rest = (CONTENT_WIDTH - 60 * mm) / max(1, columns - 1)
    table = Table(
        [head, *rows],
        colWidths=(60 * mm, *([rest] * (columns - 1))),
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        ),
    )
    return [Paragraph(_text(labels.by_organization), HEADING), Spacer(1, 3), table]
