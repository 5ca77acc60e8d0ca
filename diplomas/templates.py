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
- ``modern``: Lato (sans), everything left-aligned; an accent panel on the left (landscape)
  or across the top (portrait) carries the title, the logo on a white plate in the portrait
  panel.
- ``minimal``: white space, a spaced title in the accent colour, the name in a light serif
  over one thin accent rule.
- ``formal``: a certificate's guilloche border and rosette seal drawn as vector lines
  (:mod:`diplomas.template_formal`).

Portrait pages are composed for their height, not as landscape pages turned: larger type,
wider gaps between the wording and the name, and names of 80 characters on up to three lines
before they fall below the template's minimum size.

Print production: without bleed no colour comes within 5 mm of the paper's edge (panels stop
7 mm from it, a background image 5 mm); with ``edge="bleed"`` the page is laid out on its
trim inside a sheet 3 mm larger on every side, the panels and background run into the bleed
and the PDF gets a TrimBox and BleedBox (:meth:`PageLayout.print_boxes`).

With a verification address in the design, each template keeps a square free for the QR code
near the small print (:attr:`Frame.qr`), narrowing the small print or the signatures where
they would reach it.

Lengths are in points; y grows upwards from the bottom of the page (ReportLab's way).
No ReportLab import here: font metrics come through :mod:`diplomas.fonts`.
"""

from __future__ import annotations

from diplomas.diploma_model import DiplomaDesign
from diplomas.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from diplomas.layout import (
    A4_LONG,
    A4_SHORT,
    ASCENT,
    BLEED,
    HAIRLINE,
    INK,
    MM,
    MUTED,
    QR_SIDE,
    SAFE,
    WHITE,
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
    moved_frame,
    moved_layer,
    palette,
    text_lines,
)
from diplomas.template_formal import formal
from diplomas.template_parts import (
    Signatures,
    logo,
    merge,
    narrowed,
    panel,
    place,
    qr_box,
    signature_layer,
    spaced_title,
)
from diplomas.text_fit import fit_text

# The page: what every diploma of a design shares.


def layout_page(design: DiplomaDesign) -> PageLayout:
    """The shared part of the page for a (checked) design."""
    portrait = design.orientation == "portrait"
    width, height = (A4_SHORT, A4_LONG) if portrait else (A4_LONG, A4_SHORT)
    colours = palette(design.accent_color)
    build = {"classic": _classic, "modern": _modern, "minimal": _minimal, "formal": formal}[
        design.template
    ]
    frame, static = build(design, colours, width, height)
    if design.edge != "bleed":
        safe = Box(SAFE, SAFE, width - 2 * SAFE, height - 2 * SAFE)
        return PageLayout(width, height, frame, colours, static, design.background_png, safe)
    sheet = Box(0, 0, width + 2 * BLEED, height + 2 * BLEED)
    return PageLayout(
        sheet.width,
        sheet.height,
        moved_frame(frame, BLEED, BLEED),
        colours,
        moved_layer(static, BLEED, BLEED),
        design.background_png,
        sheet,
        trim=Box(BLEED, BLEED, width, height),
    )


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
    side = (34 if landscape else 24) * MM
    x, width = side, w - 2 * side
    top = h - (25 if landscape else 38) * MM
    if not landscape and design.logo_png is None:
        top -= 10 * MM  # the title a little lower: the page's white shared out evenly
    pictures, top = logo(design, Box(w / 2 - 35 * MM, 0, 70 * MM, 15 * MM), top, "s")
    title_size = 36 if landscape else 44
    runs, baseline = spaced_title(
        design.title, SERIF_BOLD, title_size, pal.accent_text, x, width, top
    )
    ornament = baseline - (7 if landscape else 9) * MM
    shapes += [
        Rule(w / 2 - 22 * MM, w / 2 - 4 * MM, ornament, 0.7, pal.accent),
        Rule(w / 2 + 4 * MM, w / 2 + 22 * MM, ornament, 0.7, pal.accent),
        Diamond(w / 2, ornament, 1.6 * MM, pal.accent),
    ]
    line_y = (40 if landscape else 64) * MM
    footer = Box(x, inner + 3.5 * MM, width, 6 * MM)
    # Landscape: in the margin between the signatures and the border. Portrait: in the
    # bottom right corner of the text column, the centred small print narrowed to pass it.
    qr_x = w - inner - 0.5 * MM - QR_SIDE if landscape else x + width - QR_SIDE
    qr = qr_box(design, qr_x, inner + 2.5 * MM)
    if qr is not None and not landscape:
        footer = narrowed(footer, QR_SIDE + 3 * MM)
    signatures = Signatures(
        Style(SERIF_BOLD, 11, INK),
        Style(SERIF, 9.5, MUTED),
        pal.accent,
        0.6,
        66 * MM,
        (14 if landscape else 10) * MM,
        15 * MM,
    )
    static = signature_layer(design, signatures, x, width, line_y, "centre")
    place_y = line_y + (24 if landscape else 26) * MM
    runs += place(design, Style(SERIF, 12 if landscape else 13, INK), x, width, place_y, "centre")
    body_bottom = place_y + (11 if landscape else 14) * MM
    body_top = ornament - (7 if landscape else 12) * MM
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, body_top - body_bottom),
        lead=Style(SERIF, 15 if landscape else 17, MUTED),
        wording=Style(SERIF, 13 if landscape else 15, INK, 1.45, emphasis=SERIF_BOLD),
        text_width=min(width, 175 * MM),
        name_font=SERIF_BOLD,
        name_max=42 if landscape else 44,
        name_min=22,
        name_wrap=32 if landscape else 30,
        gap=(5 if landscape else 10) * MM,
        name_rule=None,
        footer=footer,
        footer_style=Style(SANS, 7, MUTED),
        footer_stacked=False,
        qr=qr,
        name_lines=2 if landscape else 3,
    )
    return frame, merge(Layer(tuple(shapes), pictures, tuple(runs)), static)


def _modern(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    shapes: list[Shape]
    runs: list[Run]
    pictures: tuple[Picture, ...]
    if landscape:
        bar = 72 * MM
        shapes = [Rect(panel(design, Box(0, 0, bar, h), w, h), fill=pal.accent)]
        pad = 16 * MM  # the panel's text, in the same place with or without bleed
        title = fit_text(design.title, SANS_BOLD, width=bar - 2 * pad, max_size=32, min_size=18)
        first = h - 26 * MM - ASCENT * title.font_size
        runs = text_lines(title, pal.on_accent, pad, bar - 2 * pad, first, "left")
        last = first - (len(title.lines) - 1) * title.leading
        shapes.append(Rule(pad, pad + 12 * MM, last - 7 * MM, 2, pal.on_accent))
        x, right = bar + 22 * MM, w - 20 * MM
        footer = Box(pad, 17 * MM, bar - 2 * pad, 10 * MM)
        footer_style = Style(SANS, 7.5, pal.on_accent, 1.5)
        top = h - 22 * MM
        line_y = 38 * MM
        pictures, top = logo(design, Box(right - 60 * MM, 0, 60 * MM, 16 * MM), top, "ne")
    else:
        band = 60 * MM
        shapes = [Rect(panel(design, Box(0, h - band, w, band), w, h), fill=pal.accent)]
        x, right = 22 * MM, w - 22 * MM
        pictures = ()
        title_width = right - x
        if design.logo_png is not None:
            # The logo on a white plate at the band's right, level with the title: part of
            # the band's composition rather than floating between band and text.
            plate = Box(right - 48 * MM, h - band + 12 * MM, 48 * MM, 22 * MM)
            shapes.append(Rect(plate, fill=WHITE))
            inset = 4 * MM
            inner = Box(plate.x + inset, plate.y + inset, plate.width - 2 * inset, 14 * MM)
            pictures = (Picture(design.logo_png, inner, "c"),)
            title_width = plate.x - 8 * MM - x
        title = fit_text(design.title, SANS_BOLD, width=title_width, max_size=40, min_size=22)
        last = h - band + 14 * MM
        first = last + (len(title.lines) - 1) * title.leading
        runs = text_lines(title, pal.on_accent, x, title_width, first, "left")
        shapes.append(Rule(x, x + 12 * MM, first + title.font_size + 6 * MM, 2, pal.on_accent))
        footer = Box(x, 12 * MM, right - x, 4 * MM)
        footer_style = Style(SANS, 7.5, MUTED)
        top = h - band - 18 * MM
        line_y = 60 * MM
    width = right - x
    signatures = Signatures(
        Style(SANS_BOLD, 10, INK), Style(SANS, 8.5, MUTED), HAIRLINE, 0.6, 60 * MM, 12 * MM, 15 * MM
    )
    # Bottom right, on white; the signatures (landscape) or the small print (portrait) end
    # short of it.
    qr = qr_box(design, right - QR_SIDE, (12 if landscape else 10) * MM)
    signature_width = width
    if qr is not None and landscape:
        signature_width -= QR_SIDE + 6 * MM
    elif qr is not None:
        footer = Box(footer.x, footer.y, footer.width - QR_SIDE - 6 * MM, footer.height)
    static = signature_layer(design, signatures, x, signature_width, line_y, "left")
    place_y = line_y + (24 if landscape else 26) * MM
    runs += place(design, Style(SANS, 11 if landscape else 12, INK), x, width, place_y, "left")
    body_bottom = place_y + (11 if landscape else 14) * MM
    frame = Frame(
        align="left",
        body=Box(x, body_bottom, width, top - (0 if pictures else 2 * MM) - body_bottom),
        lead=Style(SANS, 14 if landscape else 16, MUTED),
        wording=Style(SANS, 12 if landscape else 14, INK, 1.5, emphasis=SANS_BOLD),
        text_width=width,
        name_font=SANS_BOLD,
        name_max=44 if landscape else 44,
        name_min=22,
        name_wrap=32 if landscape else 30,
        gap=(5 if landscape else 9) * MM,
        name_rule=(16 * MM, 2.5),
        footer=footer,
        footer_style=footer_style,
        footer_stacked=landscape,
        qr=qr,
        name_lines=2 if landscape else 3,
    )
    return frame, merge(Layer(tuple(shapes), pictures, tuple(runs)), static)


def _minimal(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    side = (40 if landscape else 28) * MM
    x, width = side, w - 2 * side
    top = h - (24 if landscape else 40) * MM
    if not landscape and design.logo_png is None:
        top -= 12 * MM  # the title a little lower: the page's white shared out evenly
    pictures, top = logo(design, Box(w / 2 - 30 * MM, 0, 60 * MM, 13 * MM), top, "s")
    runs, baseline = spaced_title(
        design.title, SANS_BOLD, 17 if landscape else 19, pal.accent_text, x, width, top, 0.32
    )
    line_y = (38 if landscape else 62) * MM
    signatures = Signatures(
        Style(SANS, 10, INK), Style(SANS, 8.5, MUTED), HAIRLINE, 0.5, 56 * MM, 16 * MM, 14 * MM
    )
    static = signature_layer(design, signatures, x, width, line_y, "centre")
    place_y = line_y + (22 if landscape else 26) * MM
    runs += place(design, Style(SANS, 10.5, MUTED), x, width, place_y, "centre")
    body_bottom = place_y + (12 if landscape else 16) * MM
    footer = Box(x, 12 * MM, width, 4 * MM)
    # Landscape: in the wide right margin. Portrait: the bottom right corner of the column,
    # the centred small print narrowed to pass it.
    qr_x = x + width + 4 * MM if landscape else x + width - QR_SIDE
    qr = qr_box(design, qr_x, (10 if landscape else 9) * MM)
    if qr is not None and not landscape:
        footer = narrowed(footer, QR_SIDE + 3 * MM)
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, baseline - (12 if landscape else 16) * MM - body_bottom),
        lead=Style(SANS, 12 if landscape else 13, MUTED),
        wording=Style(SANS, 11 if landscape else 12, MUTED, 1.6),
        text_width=min(width, 150 * MM),
        name_font=SERIF,
        name_max=46 if landscape else 42,
        name_min=22,
        name_wrap=32 if landscape else 28,
        gap=(6 if landscape else 9) * MM,
        name_rule=(36 * MM, 0.6),
        footer=footer,
        footer_style=Style(SANS, 7.5, MUTED),
        footer_stacked=False,
        qr=qr,
        name_lines=2 if landscape else 3,
    )
    return frame, merge(Layer((), pictures, tuple(runs)), static)
