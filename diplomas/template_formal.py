"""The ``formal`` diploma template: a certificate's guilloche border and rosette seal, drawn
as vector lines in the accent colour (no image, so they stay sharp at any size and cost a few
kilobytes once per file), Vollkorn throughout, everything centred.

The border is a band of interlaced waves around a rounded rectangle, between two thin
rules, as on a share certificate or a banknote; a short band of the same waves stands under
the title, and a rosette (a hypotrochoid, the curve of a spirograph) is the seal at the top
when the design has no logo.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from diplomas.diploma_model import DiplomaDesign
from diplomas.fonts import SANS, SERIF, SERIF_BOLD
from diplomas.layout import (
    INK,
    MM,
    MUTED,
    QR_SIDE,
    RGB,
    Box,
    Curve,
    Frame,
    Layer,
    Palette,
    Shape,
    Style,
)
from diplomas.template_parts import (
    Signatures,
    logo,
    merge,
    narrowed,
    place,
    qr_box,
    signature_layer,
    spaced_title,
)

Point = tuple[float, float]

BAND = 13 * MM  # the border's centre line from the paper's edge
AMPLITUDE = 2.6 * MM  # how far the waves swing either side of it
WAVE = 7 * MM  # their length along the border
CORNER = 7 * MM  # the radius of the centre line's corners
STEP = 0.75 * MM  # the drawn segments' length: smooth at any print resolution


def formal(design: DiplomaDesign, pal: Palette, w: float, h: float) -> tuple[Frame, Layer]:
    landscape = w > h
    shapes: list[Shape] = list(guilloche_border(w, h, pal.accent))
    side = (36 if landscape else 26) * MM
    x, width = side, w - 2 * side
    top = h - (27 if landscape else 36) * MM
    pictures, top = logo(design, Box(w / 2 - 35 * MM, 0, 70 * MM, 15 * MM), top, "s")
    if not pictures:
        seal = (9 if landscape else 12) * MM
        shapes += rosette(w / 2, top - seal, seal, pal.accent)
        top -= 2 * seal + (6 if landscape else 8) * MM
    runs, baseline = spaced_title(
        design.title, SERIF, 34 if landscape else 40, pal.accent_text, x, width, top, 0.22
    )
    strip = baseline - (7 if landscape else 9) * MM
    shapes += wave_strip(w / 2, strip, 44 * MM, pal.accent)
    line_y = (44 if landscape else 62) * MM
    footer = Box(x, 21 * MM, width, 4 * MM)
    # Inside the border's bottom right corner; the centred small print, and in landscape the
    # centred signatures, narrowed on both sides to pass it.
    qr = qr_box(design, w - 20.5 * MM - QR_SIDE, 20.5 * MM)
    signature_x, signature_width = x, width
    if qr is not None:
        footer = narrowed(footer, QR_SIDE + 3 * MM)
        if landscape:
            signature_x, signature_width = x + 26 * MM, width - 52 * MM
    signatures = Signatures(
        Style(SERIF_BOLD, 10.5, INK),
        Style(SERIF, 9, MUTED),
        pal.accent,
        0.5,
        62 * MM,
        (14 if landscape else 10) * MM,
        14 * MM,
    )
    static = signature_layer(design, signatures, signature_x, signature_width, line_y, "centre")
    place_y = line_y + (23 if landscape else 26) * MM
    runs += place(design, Style(SERIF, 12 if landscape else 13, INK), x, width, place_y, "centre")
    body_bottom = place_y + (10 if landscape else 14) * MM
    body_top = strip - (6 if landscape else 11) * MM
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, body_top - body_bottom),
        lead=Style(SERIF, 14 if landscape else 16, MUTED),
        wording=Style(SERIF, 12.5 if landscape else 14, INK, 1.45, emphasis=SERIF_BOLD),
        text_width=min(width, 170 * MM),
        name_font=SERIF_BOLD,
        name_max=40 if landscape else 42,
        name_min=22,
        name_wrap=30 if landscape else 28,
        gap=(5 if landscape else 9) * MM,
        name_rule=None,
        footer=footer,
        footer_style=Style(SANS, 7, MUTED),
        footer_stacked=False,
        qr=qr,
        name_lines=2 if landscape else 3,
    )
    return frame, merge(Layer(tuple(shapes), pictures, tuple(runs)), static)


def guilloche_border(w: float, h: float, color: RGB) -> list[Shape]:
    """Four interlaced waves around the page between two thin rules, ``BAND`` from the edge:
    its outer rule 9.2 mm from the edge, clear of the 5 mm no printer prints."""
    outline = _rounded_rectangle(BAND, BAND, w - 2 * BAND, h - 2 * BAND, CORNER)
    length = _length(outline)
    waves = max(round(length / WAVE), 1)  # whole waves, so each closes on itself
    shapes: list[Shape] = []
    for offset in (-AMPLITUDE - 1.2 * MM, AMPLITUDE + 1.2 * MM):

        def steady(_t: float, o: float = offset) -> float:
            return o

        shapes.append(Curve(_offset(outline, steady), color, 0.6))
    for phase in range(4):
        shift = phase * math.pi / 2

        def swing(t: float, s: float = shift) -> float:
            return AMPLITUDE * math.sin(2 * math.pi * waves * t + s)

        shapes.append(Curve(_offset(outline, swing), color, 0.35))
    return shapes


def wave_strip(cx: float, y: float, length: float, color: RGB) -> list[Shape]:
    """A short band of the border's waves, centred on (``cx``, ``y``): the title's rule."""
    count = max(round(length / (WAVE * 0.8)), 1)
    line = [(cx - length / 2 + length * i / 240, y) for i in range(241)]
    shapes: list[Shape] = []
    for phase in range(3):
        shift = phase * 2 * math.pi / 3
        points = tuple(
            (px, py + 1.3 * MM * math.sin(2 * math.pi * count * i / 240 + shift))
            for i, (px, py) in enumerate(line)
        )
        shapes.append(Curve(points, color, 0.4, closed=False))
    return shapes


def rosette(cx: float, cy: float, radius: float, color: RGB) -> list[Shape]:
    """A guilloche rosette of ``radius``: two hypotrochoids and a ring around them."""
    shapes: list[Shape] = []
    for ratio, turns, width in ((0.62, 17, 0.35), (0.44, 23, 0.3)):
        inner = radius * ratio
        # A hypotrochoid with R = turns·r closes after one turn and has ``turns`` loops.
        big, small = radius * 0.78, radius * 0.78 / turns
        arm = radius - big + small - (radius - inner) * 0.2
        points = []
        for i in range(turns * 24 + 1):
            t = 2 * math.pi * i / (turns * 24)
            k = (big - small) / small
            points.append(
                (
                    cx + (big - small) * math.cos(t) + arm * math.cos(k * t),
                    cy + (big - small) * math.sin(t) - arm * math.sin(k * t),
                )
            )
        shapes.append(Curve(tuple(points), color, width))
    ring = tuple(
        (cx + radius * math.cos(a), cy + radius * math.sin(a))
        for a in (2 * math.pi * i / 120 for i in range(120))
    )
    shapes.append(Curve(ring, color, 0.6))
    return shapes


def _rounded_rectangle(x: float, y: float, w: float, h: float, r: float) -> list[Point]:
    """Points every ``STEP`` (about) along a rounded rectangle, anticlockwise."""
    points: list[Point] = []

    def straight(a: Point, b: Point) -> None:
        n = max(int(math.dist(a, b) / STEP), 1)
        points.extend(
            (a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(n)
        )

    def arc(c: Point, start: float) -> None:
        n = max(int(r * math.pi / 2 / STEP), 1)
        points.extend(
            (
                c[0] + r * math.cos(start + math.pi / 2 * i / n),
                c[1] + r * math.sin(start + math.pi / 2 * i / n),
            )
            for i in range(n)
        )

    straight((x + r, y), (x + w - r, y))
    arc((x + w - r, y + r), -math.pi / 2)
    straight((x + w, y + r), (x + w, y + h - r))
    arc((x + w - r, y + h - r), 0)
    straight((x + w - r, y + h), (x + r, y + h))
    arc((x + r, y + h - r), math.pi / 2)
    straight((x, y + h - r), (x, y + r))
    arc((x + r, y + r), math.pi)
    return points


def _length(points: list[Point]) -> float:
    return sum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1], strict=True))


def _offset(points: list[Point], distance: Callable[[float], float]) -> tuple[Point, ...]:
    """The closed line ``points`` moved outwards by ``distance(t)`` (``t`` from 0 to 1 along
    it), each point along the line's normal there."""
    total = _length(points)
    count = len(points)
    result: list[Point] = []
    travelled = 0.0
    for i, (px, py) in enumerate(points):
        before, after = points[i - 1], points[(i + 1) % count]
        dx, dy = after[0] - before[0], after[1] - before[1]
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = dy / norm, -dx / norm  # outwards for an anticlockwise line
        d = distance(travelled / total)
        result.append((round(px + nx * d, 2), round(py + ny * d, 2)))
        travelled += math.dist((px, py), after)
    return tuple(result)
