"""The geometry the diploma templates are built from: lengths, colours and the plain
data (boxes, text runs, pictures, rules) a page is described with. See
:mod:`diplomas.templates` for the templates and :mod:`diplomas.person_layout` for the part of
each diploma that belongs to one person."""

from __future__ import annotations

from dataclasses import dataclass

from diplomas.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, string_width
from diplomas.text_fit import FittedText

MM = 72 / 25.4
A4_SHORT, A4_LONG = 210 * MM, 297 * MM

# How far a line of text reaches, as a share of its size: accented capitals (Å, Ö) about
# 0.95 above the baseline, descenders 0.25 below. Blocks are stacked by these extents.
ASCENT = 0.95
DESCENT = 0.25
NAME_LEADING = 1.12
# A placeholder's value this short never breaks across lines ("omgång 3", "60 timmar").
UNBROKEN = 24
# The side of the square a verification QR code takes, its quiet zone included: a short
# address (version 3, 29 modules) gets modules of 0.54 mm, which phones read off paper.
QR_SIDE = 20 * MM
# Of the room left around the stacked wording and name, this share goes above: the optical
# centre is a little above the middle.
ABOVE = 0.42

RGB = tuple[float, float, float]


def rgb(hex_color: str) -> RGB:
    """ "#1F5568" as red, green, blue between 0 and 1."""
    value = int(hex_color.lstrip("#"), 16)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


INK = rgb("#1B1F23")
MUTED = rgb("#4E5A61")
FAINT = rgb("#87929A")
HAIRLINE = rgb("#9AA5AB")
WHITE: RGB = (1.0, 1.0, 1.0)

FONTS = {
    "classic": (SERIF, SERIF_BOLD, SANS),
    "modern": (SANS, SANS_BOLD),
    "minimal": (SANS, SANS_BOLD, SERIF),
}


def fonts_of(template: str) -> tuple[str, ...]:
    """The fonts a template draws with; every text must be drawable in each of them."""
    return FONTS[template]


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Run:
    """A piece of text drawn from ``x`` on the baseline ``y``."""

    x: float
    y: float
    text: str
    font: str
    size: float
    color: RGB
    char_space: float = 0.0  # added after every character

    @property
    def width(self) -> float:
        spacing = self.char_space * max(len(self.text) - 1, 0)
        return string_width(self.text, self.font, self.size) + spacing


@dataclass(frozen=True)
class Picture:
    data: bytes  # PNG or JPEG
    box: Box  # scaled to fit, aspect kept
    anchor: str  # where in the box: "s" bottom centre, "sw", "ne", ... (ReportLab's anchors)


@dataclass(frozen=True)
class Rect:
    box: Box
    fill: RGB | None = None
    stroke: RGB | None = None
    line_width: float = 0.0


@dataclass(frozen=True)
class Rule:
    x1: float
    x2: float
    y: float
    width: float
    color: RGB


@dataclass(frozen=True)
class Diamond:
    x: float
    y: float
    radius: float
    color: RGB


@dataclass(frozen=True)
class QrCode:
    """A QR code of ``text`` filling the square ``box`` (its quiet zone included)."""

    text: str
    box: Box
    color: RGB


Shape = Rect | Rule | Diamond | QrCode


@dataclass(frozen=True)
class Layer:
    shapes: tuple[Shape, ...] = ()
    pictures: tuple[Picture, ...] = ()
    runs: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    color: RGB
    leading: float = 1.4  # baseline to baseline, as a share of the size
    emphasis: str | None = None  # the font of the programme's name inside the wording


@dataclass(frozen=True)
class Frame:
    """A template's decisions for the personal part of the page."""

    align: str  # "centre" or "left"
    body: Box  # lead, name and wording are stacked here, centred vertically
    lead: Style  # the wording above the name
    wording: Style  # the wording below the name
    text_width: float  # the measure of lead and wording
    name_font: str
    name_max: float
    name_min: float  # two lines shrink to this, and below only for a name that nothing fits
    name_wrap: float  # below this size one line becomes two (at most this size)
    gap: float  # between lead, name and wording
    name_rule: tuple[float, float] | None  # length and thickness of an accent rule below
    footer: Box  # the serial and code, on its bottom line (or two lines upwards)
    footer_style: Style
    footer_stacked: bool
    min_scale: float = 0.72  # lead and wording shrink to this share before giving up
    qr: Box | None = None  # kept free for the verification QR code (designs with an address)


@dataclass(frozen=True)
class PageLayout:
    width: float
    height: float
    frame: Frame
    palette: Palette
    static: Layer  # the same on every diploma of the design
    background: bytes | None


@dataclass(frozen=True)
class PersonLayout:
    layer: Layer
    name_box: Box
    name: FittedText


@dataclass(frozen=True)
class Palette:
    accent: RGB  # fills and rules, as chosen
    accent_text: RGB  # the accent darkened, if need be, until text in it reads on white
    on_accent: RGB  # white or ink, whichever reads on the accent


def palette(hex_color: str) -> Palette:
    accent = rgb(hex_color)
    text = accent
    for _ in range(20):
        if _contrast(text, WHITE) >= 4.5:
            break
        text = (
            text[0] * 0.85 + INK[0] * 0.15,
            text[1] * 0.85 + INK[1] * 0.15,
            text[2] * 0.85 + INK[2] * 0.15,
        )
    on_accent = WHITE if _contrast(accent, WHITE) >= _contrast(accent, INK) else INK
    return Palette(accent, text, on_accent)


def _contrast(a: RGB, b: RGB) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(c: RGB) -> float:
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_lines(
    fitted: FittedText, color: RGB, x: float, width: float, first_baseline: float, align: str
) -> list[Run]:
    """The lines of fitted text as runs, left-aligned or centred in ``width``."""
    return [
        Run(
            x + ((width - line_width) / 2 if align == "centre" else 0),
            first_baseline - i * fitted.leading,
            line,
            fitted.font_name,
            fitted.font_size,
            color,
        )
        for i, (line, line_width) in enumerate(zip(fitted.lines, fitted.widths, strict=True))
    ]


def name_zone_height(frame: Frame) -> float:
    """The room the name takes on every diploma of a design: one line at the largest size or
    two at the wrap size, whichever is taller; so nothing moves from one diploma to the next."""
    one = (ASCENT + DESCENT) * frame.name_max
    two = (ASCENT + DESCENT) * frame.name_wrap + NAME_LEADING * frame.name_wrap
    return max(one, two)
