"""The pieces the diploma templates are built from: the logo, a spaced title, the place and
date, the signatories' columns and the QR code's square (:mod:`diplomas.templates`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from diplomas.diploma_model import DiplomaDesign, place_and_date
from diplomas.fonts import nfc, string_width
from diplomas.layout import (
    ASCENT,
    BLEED,
    MM,
    PANEL_INSET,
    QR_SIDE,
    RGB,
    Box,
    Layer,
    Picture,
    Rule,
    Run,
    Shape,
    Style,
    text_lines,
)
from diplomas.text_fit import FittedText, fit_text


@dataclass(frozen=True)
class Signatures:
    name: Style
    title: Style
    rule: RGB
    rule_width: float
    column: float  # the widest a column gets
    gap: float
    image_height: float


def merge(*layers: Layer) -> Layer:
    return Layer(
        tuple(s for layer in layers for s in layer.shapes),
        tuple(p for layer in layers for p in layer.pictures),
        tuple(r for layer in layers for r in layer.runs),
    )


def qr_box(design: DiplomaDesign, x: float, y: float) -> Box | None:
    """The QR code's square at (``x``, ``y``), when the design has a verification address."""
    return Box(x, y, QR_SIDE, QR_SIDE) if design.verification_url.strip() else None


def narrowed(box: Box, by: float) -> Box:
    """``box`` less ``by`` on both sides: centred text in it stays centred on the page."""
    return Box(box.x + by, box.y, box.width - 2 * by, box.height)


def logo(
    design: DiplomaDesign, box: Box, top: float, anchor: str
) -> tuple[tuple[Picture, ...], float]:
    """The logo, if any, in ``box`` moved down to ``top``; and the top left below it."""
    if design.logo_png is None:
        return (), top
    placed = Box(box.x, top - box.height, box.width, box.height)
    return (Picture(design.logo_png, placed, anchor),), placed.y - 7 * MM


def spaced_title(
    title: str,
    font: str,
    max_size: float,
    color: RGB,
    x: float,
    width: float,
    top: float,
    spacing: float = 0.16,
) -> tuple[list[Run], float]:
    """The title in capitals spaced by ``spacing`` em, centred below ``top``; its last baseline.

    A title too long for spaced capitals at two thirds of the size is set as typed, on up to
    two lines, instead.
    """
    text = " ".join(nfc(title).upper().split())
    if not text:
        return [], top - ASCENT * max_size
    count = len(text) - 1
    size = min(max_size, width / (string_width(text, font, 1) + spacing * count))
    if size >= max_size * 2 / 3:
        size = int(size * 10) / 10
        run = Run(0, top - ASCENT * size, text, font, size, color, spacing * size)
        run = Run(x + (width - run.width) / 2, run.y, text, font, size, color, run.char_space)
        return [run], run.y
    fitted = fit_text(title, font, width=width, max_size=max_size, min_size=max_size / 2)
    first = top - ASCENT * fitted.font_size
    runs = text_lines(fitted, color, x, width, first, "centre")
    return runs, runs[-1].y


def place(
    design: DiplomaDesign, style: Style, x: float, width: float, baseline: float, align: str
) -> list[Run]:
    text = place_and_date(design)
    if not text:
        return []
    fitted = fit_text(
        text, style.font, width=width, max_size=style.size, min_size=style.size * 0.7, max_lines=1
    )
    return text_lines(fitted, style.color, x, width, baseline, align)


def signature_layer(
    design: DiplomaDesign, style: Signatures, x: float, width: float, line_y: float, align: str
) -> Layer:
    """One column per signatory: their signature image above a line, name and title below."""
    count = len(design.signatories)
    column = min(style.column, (width - (count - 1) * style.gap) / count)
    used = count * column + (count - 1) * style.gap
    left = x + (width - used) / 2 if align == "centre" else x
    shapes: list[Shape] = []
    pictures: list[Picture] = []
    runs: list[Run] = []
    names, titles = _signatory_texts(design, style, column)
    name_lines = max(len(name.lines) for name in names)
    for i, signatory in enumerate(design.signatories):
        cx = left + i * (column + style.gap)
        shapes.append(Rule(cx, cx + column, line_y, style.rule_width, style.rule))
        if signatory.signature_png is not None:
            box = Box(cx, line_y + 1.5 * MM, column, style.image_height)
            pictures.append(
                Picture(signatory.signature_png, box, "s" if align == "centre" else "sw")
            )
        name = names[i]
        name_y = line_y - 3 * MM - style.name.size * 0.75
        runs += text_lines(name, style.name.color, cx, column, name_y, align)
        title = titles[i]
        if title is not None:
            last_name = name_y - (name_lines - 1) * name.leading
            title_y = last_name - name.font_size * 0.5 - title.font_size * 1.05
            runs += text_lines(title, style.title.color, cx, column, title_y, align)
    return Layer(tuple(shapes), tuple(pictures), tuple(runs))


def _signatory_texts(
    design: DiplomaDesign, style: Signatures, column: float
) -> tuple[list[FittedText], list[FittedText | None]]:
    """Every signatory's name and title, fitted to ``column``: all names at one size, all
    titles at one size, and the names never smaller than the titles.

    The size is the smallest any of them needs (a long name takes two lines rather than
    falling below the titles' size; if even that is too wide, the titles follow it down).
    """
    title_sizes = [
        fit_text(
            s.title,
            style.title.font,
            width=column,
            max_size=style.title.size,
            min_size=style.title.size * 0.8,
            leading_ratio=1.25,
        ).font_size
        for s in design.signatories
        if s.title.strip()
    ]
    title_size = min(title_sizes, default=style.title.size)
    name_size = min(
        fit_text(
            s.name,
            style.name.font,
            width=column,
            max_size=style.name.size,
            min_size=min(title_size, style.name.size),
            leading_ratio=1.2,
        ).font_size
        for s in design.signatories
    )
    title_size = min(title_size, name_size)

    def at(text: str, font: str, size: float, leading: float) -> FittedText:
        fitted = fit_text(
            text, font, width=column, max_size=size, min_size=size, leading_ratio=leading
        )
        scale = size / fitted.font_size
        return replace(
            fitted,
            font_size=size,
            leading=size * leading,
            widths=tuple(w * scale for w in fitted.widths),
            below_minimum=False,
        )

    names = [at(s.name, style.name.font, name_size, 1.2) for s in design.signatories]
    titles = [
        at(s.title, style.title.font, title_size, 1.25) if s.title.strip() else None
        for s in design.signatories
    ]
    return names, titles


def panel(design: DiplomaDesign, box: Box, width: float, height: float) -> Box:
    """A colour panel meant to run to the paper's edge on the sides where ``box`` touches
    it: to :data:`PANEL_INSET` from the edge on an office print (no colour within
    :data:`~diplomas.layout.SAFE`), :data:`BLEED` past it for a print shop."""
    out = BLEED if design.edge == "bleed" else -PANEL_INSET
    left = box.x - out if box.x <= 0 else box.x
    bottom = box.y - out if box.y <= 0 else box.y
    right = box.right + out if box.right >= width else box.right
    top = box.top + out if box.top >= height else box.top
    return Box(left, bottom, right - left, top - bottom)
