"""The diploma templates: where everything goes on the A4 page, as plain data.

A template turns a design into a :class:`PageLayout` — the decoration, logo, title, place and
date and signature lines every diploma of the design shares — and, per person, into a
:class:`PersonLayout`: the wording above and below the name, the name, the serial number.
The drawing code in :mod:`diplomas.diploma` and the tests read the same geometry, so a test
can say where the name's box is and check that the name stays inside it.

Templates:

- ``classic``: a double border in the accent colour with small diamonds at the corners,
  Vollkorn (serif) throughout, everything centred, the title in spaced capitals over an
  ornament.
- ``modern``: Lato (sans), everything left-aligned; a full-height accent bar on the left
  (landscape) or an accent band across the top (portrait) carries the title.
- ``minimal``: white space, a small spaced title in the accent colour, the name in a light
  serif over one thin accent rule.

With a verification address in the design, each template keeps a square free for the QR code
near the small print (:attr:`Frame.qr`), narrowing the small print or the signatures where
they would reach it.

Lengths are in points; y grows upwards from the bottom of the page (ReportLab's way).
No ReportLab import here: font metrics come through :mod:`diplomas.fonts`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from diplomas.diploma_model import DiplomaDesign, place_and_date
from diplomas.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, nfc, string_width
from diplomas.layout import (
    A4_LONG,
    A4_SHORT,
    ASCENT,
    FAINT,
    HAIRLINE,
    INK,
    MM,
    MUTED,
    QR_SIDE,
    RGB,
    Box,
    Diamond,
    Frame,
    Layer,
    PageLayout,
    Palette,
    Picture,
    Rect,
    Rule,
    Run,
    Shape,
    Style,
    palette,
    text_lines,
)
from diplomas.text_fit import FittedText, fit_text

# The page: what every diploma of a design shares.


def layout_page(design: DiplomaDesign) -> PageLayout:
    """The shared part of the page for a (checked) design."""
    portrait = design.orientation == "portrait"
    width, height = (A4_SHORT, A4_LONG) if portrait else (A4_LONG, A4_SHORT)
    colours = palette(design.accent_color)
    build = {"classic": _classic, "modern": _modern, "minimal": _minimal}[design.template]
    frame, static = build(design, colours, width, height)
    return PageLayout(width, height, frame, colours, static, design.background_png)


@dataclass(frozen=True)
class _Signatures:
    name: Style
    title: Style
    rule: RGB
    rule_width: float
    column: float  # the widest a column gets
    gap: float
    image_height: float


def _classic(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    outer, inner = 10 * MM, 13 * MM
    shapes: list[Shape] = [
        Rect(Box(outer, outer, w - 2 * outer, h - 2 * outer), stroke=pal.accent, line_width=2.4),
        Rect(Box(inner, inner, w - 2 * inner, h - 2 * inner), stroke=pal.accent, line_width=0.7),
    ]
    shapes += [
        Diamond(x, y, 2 * MM, pal.accent) for x in (inner, w - inner) for y in (inner, h - inner)
    ]
    side = (34 if landscape else 26) * MM
    x, width = side, w - 2 * side
    top = h - (25 if landscape else 32) * MM
    pictures, top = _logo(design, Box(w / 2 - 35 * MM, 0, 70 * MM, 15 * MM), top, "s")
    title_size = 36 if landscape else 40
    runs, baseline = _spaced_title(
        design.title, SERIF_BOLD, title_size, pal.accent_text, x, width, top
    )
    ornament = baseline - 7 * MM
    shapes += [
        Rule(w / 2 - 22 * MM, w / 2 - 4 * MM, ornament, 0.7, pal.accent),
        Rule(w / 2 + 4 * MM, w / 2 + 22 * MM, ornament, 0.7, pal.accent),
        Diamond(w / 2, ornament, 1.6 * MM, pal.accent),
    ]
    line_y = (40 if landscape else 58) * MM
    footer = Box(x, inner + 3.5 * MM, width, 6 * MM)
    # Landscape: in the margin between the signatures and the border. Portrait: in the
    # bottom right corner of the text column, the centred small print narrowed to pass it.
    qr_x = w - inner - 0.5 * MM - QR_SIDE if landscape else x + width - QR_SIDE
    qr = _qr_box(design, qr_x, inner + 2.5 * MM)
    if qr is not None and not landscape:
        footer = _narrowed(footer, QR_SIDE + 3 * MM)
    signatures = _Signatures(
        Style(SERIF_BOLD, 11, INK),
        Style(SERIF, 9.5, MUTED),
        pal.accent,
        0.6,
        66 * MM,
        14 * MM,
        15 * MM,
    )
    static = _signature_layer(design, signatures, x, width, line_y, "centre")
    place_y = line_y + 24 * MM
    runs += _place(design, Style(SERIF, 12, INK), x, width, place_y, "centre")
    body_bottom = place_y + 11 * MM
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, ornament - 7 * MM - body_bottom),
        lead=Style(SERIF, 15 if landscape else 16, MUTED),
        wording=Style(SERIF, 13 if landscape else 14, INK, 1.4, emphasis=SERIF_BOLD),
        text_width=min(width, 175 * MM),
        name_font=SERIF_BOLD,
        name_max=42 if landscape else 40,
        name_min=22,
        name_wrap=32 if landscape else 28,
        gap=(5 if landscape else 7) * MM,
        name_rule=None,
        footer=footer,
        footer_style=Style(SANS, 7, MUTED),
        footer_stacked=False,
        qr=qr,
    )
    return frame, _merge(Layer(tuple(shapes), pictures, tuple(runs)), static)


def _modern(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    shapes: list[Shape]
    runs: list[Run]
    if landscape:
        bar = 72 * MM
        shapes = [Rect(Box(0, 0, bar, h), fill=pal.accent)]
        title = fit_text(design.title, SANS_BOLD, width=bar - 28 * MM, max_size=32, min_size=18)
        first = h - 24 * MM - ASCENT * title.font_size
        runs = text_lines(title, pal.on_accent, 14 * MM, bar - 28 * MM, first, "left")
        last = first - (len(title.lines) - 1) * title.leading
        shapes.append(Rule(14 * MM, 26 * MM, last - 7 * MM, 2, pal.on_accent))
        x, right = bar + 24 * MM, w - 22 * MM
        footer = Box(14 * MM, 14 * MM, bar - 28 * MM, 10 * MM)
        footer_style = Style(SANS, 7.5, pal.on_accent, 1.5)
        top = h - 22 * MM
        line_y = 38 * MM
    else:
        band = 64 * MM
        shapes = [
            Rect(Box(0, h - band, w, band), fill=pal.accent),
            Rect(Box(0, 0, w, 4 * MM), fill=pal.accent),
        ]
        title = fit_text(design.title, SANS_BOLD, width=w - 40 * MM, max_size=40, min_size=22)
        last = h - band + 14 * MM
        first = last + (len(title.lines) - 1) * title.leading
        runs = text_lines(title, pal.on_accent, 20 * MM, w - 40 * MM, first, "left")
        shapes.append(Rule(20 * MM, 32 * MM, first + title.font_size + 6 * MM, 2, pal.on_accent))
        x, right = 20 * MM, w - 20 * MM
        footer = Box(x, 9 * MM, right - x, 4 * MM)
        footer_style = Style(SANS, 7, MUTED)
        top = h - band - 12 * MM
        line_y = 52 * MM
    width = right - x
    pictures, top = _logo(design, Box(right - 60 * MM, 0, 60 * MM, 16 * MM), top, "ne")
    signatures = _Signatures(
        Style(SANS_BOLD, 10, INK), Style(SANS, 8.5, MUTED), HAIRLINE, 0.6, 60 * MM, 12 * MM, 15 * MM
    )
    # Bottom right, on white; the signatures (landscape) or the small print (portrait) end
    # short of it.
    qr = _qr_box(design, right - QR_SIDE, (10 if landscape else 7) * MM)
    signature_width = width
    if qr is not None and landscape:
        signature_width -= QR_SIDE + 6 * MM
    elif qr is not None:
        footer = Box(footer.x, footer.y, footer.width - QR_SIDE - 6 * MM, footer.height)
    static = _signature_layer(design, signatures, x, signature_width, line_y, "left")
    place_y = line_y + 24 * MM
    runs += _place(design, Style(SANS, 11, INK), x, width, place_y, "left")
    body_bottom = place_y + 11 * MM
    frame = Frame(
        align="left",
        body=Box(x, body_bottom, width, top - (0 if pictures else 2 * MM) - body_bottom),
        lead=Style(SANS, 14 if landscape else 15, MUTED),
        wording=Style(SANS, 12 if landscape else 13, INK, 1.5, emphasis=SANS_BOLD),
        text_width=width,
        name_font=SANS_BOLD,
        name_max=44 if landscape else 42,
        name_min=22,
        name_wrap=32 if landscape else 28,
        gap=(5 if landscape else 6) * MM,
        name_rule=(16 * MM, 2.5),
        footer=footer,
        footer_style=footer_style,
        footer_stacked=landscape,
        qr=qr,
    )
    return frame, _merge(Layer(tuple(shapes), pictures, tuple(runs)), static)


def _minimal(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    side = (40 if landscape else 28) * MM
    x, width = side, w - 2 * side
    top = h - (24 if landscape else 30) * MM
    pictures, top = _logo(design, Box(w / 2 - 30 * MM, 0, 60 * MM, 13 * MM), top, "s")
    runs, baseline = _spaced_title(
        design.title, SANS_BOLD, 12.5, pal.accent_text, x, width, top, 0.4
    )
    line_y = (38 if landscape else 52) * MM
    signatures = _Signatures(
        Style(SANS, 9.5, INK), Style(SANS, 8, MUTED), HAIRLINE, 0.5, 56 * MM, 18 * MM, 14 * MM
    )
    static = _signature_layer(design, signatures, x, width, line_y, "centre")
    place_y = line_y + 22 * MM
    runs += _place(design, Style(SANS, 10, MUTED), x, width, place_y, "centre")
    body_bottom = place_y + 12 * MM
    footer = Box(x, 12 * MM, width, 4 * MM)
    # Landscape: in the wide right margin. Portrait: the bottom right corner of the column,
    # the centred small print narrowed to pass it.
    qr_x = x + width + 4 * MM if landscape else x + width - QR_SIDE
    qr = _qr_box(design, qr_x, (10 if landscape else 8) * MM)
    if qr is not None and not landscape:
        footer = _narrowed(footer, QR_SIDE + 3 * MM)
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, baseline - 10 * MM - body_bottom),
        lead=Style(SANS, 12, MUTED),
        wording=Style(SANS, 11, MUTED, 1.6),
        text_width=min(width, 150 * MM),
        name_font=SERIF,
        name_max=46 if landscape else 40,
        name_min=22,
        name_wrap=32 if landscape else 28,
        gap=6 * MM,
        name_rule=(36 * MM, 0.6),
        footer=footer,
        footer_style=Style(SANS, 6.5, FAINT),
        footer_stacked=False,
        qr=qr,
    )
    return frame, _merge(Layer((), pictures, tuple(runs)), static)


def _merge(*layers: Layer) -> Layer:
    return Layer(
        tuple(s for layer in layers for s in layer.shapes),
        tuple(p for layer in layers for p in layer.pictures),
        tuple(r for layer in layers for r in layer.runs),
    )


def _qr_box(design: DiplomaDesign, x: float, y: float) -> Box | None:
    """The QR code's square at (``x``, ``y``), when the design has a verification address."""
    return Box(x, y, QR_SIDE, QR_SIDE) if design.verification_url.strip() else None


def _narrowed(box: Box, by: float) -> Box:
    """``box`` less ``by`` on both sides: centred text in it stays centred on the page."""
    return Box(box.x + by, box.y, box.width - 2 * by, box.height)


def _logo(
    design: DiplomaDesign, box: Box, top: float, anchor: str
) -> tuple[tuple[Picture, ...], float]:
    """The logo, if any, in ``box`` moved down to ``top``; and the top left below it."""
    if design.logo_png is None:
        return (), top
    placed = Box(box.x, top - box.height, box.width, box.height)
    return (Picture(design.logo_png, placed, anchor),), placed.y - 7 * MM


def _spaced_title(
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


def _place(
    design: DiplomaDesign, style: Style, x: float, width: float, baseline: float, align: str
) -> list[Run]:
    text = place_and_date(design)
    if not text:
        return []
    fitted = fit_text(
        text, style.font, width=width, max_size=style.size, min_size=style.size * 0.7, max_lines=1
    )
    return text_lines(fitted, style.color, x, width, baseline, align)


def _signature_layer(
    design: DiplomaDesign, style: _Signatures, x: float, width: float, line_y: float, align: str
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
    design: DiplomaDesign, style: _Signatures, column: float
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
