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

Lengths are in points; y grows upwards from the bottom of the page (ReportLab's way).
No ReportLab import here: font metrics come through :mod:`diplomas.fonts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplomas.diploma import DiplomaContent, DiplomaDesign, footer_text, place_and_date
from diplomas.diploma import wording_parts as _wording_parts
from diplomas.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, nfc, string_width
from diplomas.text_fit import FittedText, fit_text

MM = 72 / 25.4
A4_SHORT, A4_LONG = 210 * MM, 297 * MM

# How far a line of text reaches, as a share of its size: accented capitals (Å, Ö) about
# 0.95 above the baseline, descenders 0.25 below. Blocks are stacked by these extents.
ASCENT = 0.95
DESCENT = 0.25
NAME_LEADING = 1.12
# A placeholder's value this short never breaks across lines ("omgång 3", "60 timmar").
UNBROKEN = 24
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


Shape = Rect | Rule | Diamond


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
    name_min: float
    name_height: float  # room for two lines of the name
    gap: float  # between lead, name and wording
    name_rule: tuple[float, float] | None  # length and thickness of an accent rule below
    footer: Box  # the serial and code, on its bottom line (or two lines upwards)
    footer_style: Style
    footer_stacked: bool
    min_scale: float = 0.72  # lead and wording shrink to this share before giving up


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
        name_min=24,
        name_height=70,
        gap=(5 if landscape else 7) * MM,
        name_rule=None,
        footer=Box(x, inner + 3.5 * MM, width, 6 * MM),
        footer_style=Style(SANS, 7, MUTED),
        footer_stacked=False,
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
        runs = _lines(title, pal.on_accent, 14 * MM, bar - 28 * MM, first, "left")
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
        runs = _lines(title, pal.on_accent, 20 * MM, w - 40 * MM, first, "left")
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
    static = _signature_layer(design, signatures, x, width, line_y, "left")
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
        name_min=24,
        name_height=68,
        gap=(5 if landscape else 6) * MM,
        name_rule=(16 * MM, 2.5),
        footer=footer,
        footer_style=footer_style,
        footer_stacked=landscape,
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
    frame = Frame(
        align="centre",
        body=Box(x, body_bottom, width, baseline - 10 * MM - body_bottom),
        lead=Style(SANS, 12, MUTED),
        wording=Style(SANS, 11, MUTED, 1.6),
        text_width=min(width, 150 * MM),
        name_font=SERIF,
        name_max=46 if landscape else 40,
        name_min=24,
        name_height=72,
        gap=6 * MM,
        name_rule=(36 * MM, 0.6),
        footer=Box(x, 12 * MM, width, 4 * MM),
        footer_style=Style(SANS, 6.5, FAINT),
        footer_stacked=False,
    )
    return frame, _merge(Layer((), pictures, tuple(runs)), static)


def _merge(*layers: Layer) -> Layer:
    return Layer(
        tuple(s for layer in layers for s in layer.shapes),
        tuple(p for layer in layers for p in layer.pictures),
        tuple(r for layer in layers for r in layer.runs),
    )


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
    runs = _lines(fitted, color, x, width, first, "centre")
    return runs, runs[-1].y


def _lines(
    fitted: FittedText, color: RGB, x: float, width: float, first_baseline: float, align: str
) -> list[Run]:
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


def _place(
    design: DiplomaDesign, style: Style, x: float, width: float, baseline: float, align: str
) -> list[Run]:
    text = place_and_date(design)
    if not text:
        return []
    fitted = fit_text(
        text, style.font, width=width, max_size=style.size, min_size=style.size * 0.7, max_lines=1
    )
    return _lines(fitted, style.color, x, width, baseline, align)


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
    for i, signatory in enumerate(design.signatories):
        cx = left + i * (column + style.gap)
        shapes.append(Rule(cx, cx + column, line_y, style.rule_width, style.rule))
        if signatory.signature_png is not None:
            box = Box(cx, line_y + 1.5 * MM, column, style.image_height)
            pictures.append(
                Picture(signatory.signature_png, box, "s" if align == "centre" else "sw")
            )
        name = fit_text(
            signatory.name,
            style.name.font,
            width=column,
            max_size=style.name.size,
            min_size=style.name.size * 0.7,
            max_lines=1,
        )
        name_y = line_y - 3 * MM - style.name.size * 0.75
        runs += _lines(name, style.name.color, cx, column, name_y, align)
        if signatory.title.strip():
            title = fit_text(
                signatory.title,
                style.title.font,
                width=column,
                max_size=style.title.size,
                min_size=style.title.size * 0.8,
                leading_ratio=1.25,
            )
            title_y = name_y - style.name.size * 0.5 - title.font_size * 1.05
            runs += _lines(title, style.title.color, cx, column, title_y, align)
    return Layer(tuple(shapes), tuple(pictures), tuple(runs))


# The person: wording, name and small print on top of the shared page.

Piece = tuple[str, str]  # text, font
Word = tuple[Piece, ...]


@dataclass(frozen=True)
class _Block:
    """Paragraphs set at one size: each line a tuple of words, each word of pieces."""

    lines: tuple[tuple[Word, ...], ...]
    breaks: frozenset[int]  # lines that start a new paragraph (after the first)
    size: float
    pitch: float
    space: float  # the width of a space at this size

    @property
    def height(self) -> float:
        if not self.lines:
            return 0.0
        extra = len(self.breaks) * self.pitch * 0.4
        return (ASCENT + DESCENT) * self.size + (len(self.lines) - 1) * self.pitch + extra


def layout_person(page: PageLayout, design: DiplomaDesign, content: DiplomaContent) -> PersonLayout:
    """One person's layer: the wording around the name, the name, the serial and code.

    The name keeps its largest size, shrinks to fit the frame's width, then takes two
    balanced lines (:func:`fit_text`). The wording shrinks if it does not fit the room left;
    a wording that would need to shrink below the frame's ``min_scale`` is refused with
    ``ValueError`` (it would be unreadable), never drawn off the page.
    """
    frame = page.frame
    above, below = _split_at_name(_wording_parts(design.wording, content))
    lead_words = _paragraph_words(above, frame.lead)
    wording_words = _paragraph_words(below, frame.wording)
    name = fit_text(
        content.name,
        frame.name_font,
        width=frame.body.width,
        max_size=frame.name_max,
        min_size=frame.name_min,
        height=frame.name_height,
        leading_ratio=NAME_LEADING,
    )
    name_height = (ASCENT + DESCENT) * name.font_size + (len(name.lines) - 1) * name.leading
    rule_room = frame.gap * 1.2 if frame.name_rule else 0.0
    gaps = frame.gap * (bool(lead_words) + bool(wording_words)) + rule_room
    room = frame.body.height - name_height - gaps
    scale = 1.0
    while True:
        # Centred lines are balanced fully; ragged-right ones only enough to avoid a lone word.
        floor = 0.0 if frame.align == "centre" else 0.8
        lead = _set(lead_words, frame.lead, frame.text_width, scale, floor)
        wording = _set(wording_words, frame.wording, frame.text_width, scale, floor)
        if lead is not None and wording is not None and lead.height + wording.height <= room:
            break
        scale -= 0.02
        if scale < frame.min_scale:
            raise ValueError(
                f"The wording does not fit on the diploma of {nfc(content.name)}; shorten it."
            )

    total = lead.height + name_height + wording.height + gaps
    y = frame.body.top - (frame.body.height - total) * ABOVE  # the top of the next block
    runs: list[Run] = []
    if lead.lines:
        runs += _block_runs(lead, frame.lead, frame, y)
        y -= lead.height + frame.gap
    name_box = Box(frame.body.x, y - name_height, frame.body.width, name_height)
    runs += _lines(name, INK, name_box.x, name_box.width, y - ASCENT * name.font_size, frame.align)
    y = name_box.y
    shapes: list[Shape] = []
    if frame.name_rule is not None:
        length, thickness = frame.name_rule
        start = name_box.x + ((name_box.width - length) / 2 if frame.align == "centre" else 0)
        rule_y = y - rule_room * 0.55
        shapes.append(Rule(start, start + length, rule_y, thickness, page.palette.accent))
        y -= rule_room
    if wording.lines:
        runs += _block_runs(wording, frame.wording, frame, y - frame.gap)
    runs += _footer_runs(frame, footer_text(design, content))
    return PersonLayout(Layer(tuple(shapes), (), tuple(runs)), name_box, name)


def _split_at_name(
    parts: list[tuple[str, str | None]],
) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """The wording before the first {name} and after it; all of it after without one."""
    for i, (_, key) in enumerate(parts):
        if key == "name":
            return parts[:i], parts[i + 1 :]
    return [], parts


def _paragraph_words(parts: list[tuple[str, str | None]], style: Style) -> list[list[Word]]:
    """The words of each paragraph (a line of the wording), each word a run of pieces."""
    paragraphs: list[list[list[Piece]]] = [[[]]]
    for text, key in parts:
        font = style.emphasis if key == "programme" and style.emphasis else style.font
        if key is not None and len(text) <= UNBROKEN:  # "omgång 3", "60 timmar": one word
            paragraphs[-1][-1].append((text, font))
            continue
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraphs.append([[]])
            for j, chunk in enumerate(line.replace("\t", " ").replace("\r", " ").split(" ")):
                if j:
                    paragraphs[-1].append([])
                if chunk:
                    paragraphs[-1][-1].append((chunk, font))
    result = [[tuple(word) for word in words if word] for words in paragraphs]
    return [words for words in result if words]


def _set(
    paragraphs: list[list[Word]], style: Style, width: float, scale: float, floor: float
) -> _Block | None:
    """The paragraphs wrapped into balanced lines at ``scale`` × their size, or ``None``
    when a word is wider than the measure.

    Balanced: each paragraph is set as narrow as it can be (but not below ``floor`` × the
    measure) without taking more lines than at the full measure.
    """
    size = round(style.size * scale, 2)
    units = width / size
    space = max(string_width(" ", font, 1) for font in (style.font, style.emphasis or style.font))
    lines: list[tuple[Word, ...]] = []
    breaks: set[int] = set()
    for paragraph in paragraphs:
        widths = [sum(string_width(t, f, 1) for t, f in word) for word in paragraph]
        if max(widths) > units:
            return None
        wrapped = _wrap(widths, space, units)
        if len(wrapped) > 1:
            low, high = max(max(widths), floor * units), units
            for _ in range(14):
                middle = (low + high) / 2
                if len(_wrap(widths, space, middle)) == len(wrapped):
                    high = middle
                else:
                    low = middle
            wrapped = _wrap(widths, space, high)
        if lines:
            breaks.add(len(lines))
        lines += [tuple(paragraph[i] for i in line) for line in wrapped]
    return _Block(tuple(lines), frozenset(breaks), size, size * style.leading, space * size)


def _wrap(widths: list[float], space: float, width: float) -> list[list[int]]:
    """Greedy line breaking: the word indices of each line."""
    lines: list[list[int]] = []
    used = 0.0
    for i, word in enumerate(widths):
        if lines and used + space + word <= width + 1e-9:
            lines[-1].append(i)
            used += space + word
        else:
            lines.append([i])
            used = word
    return lines


def _block_runs(block: _Block, style: Style, frame: Frame, top: float) -> list[Run]:
    runs: list[Run] = []
    baseline = top - ASCENT * block.size
    x0 = (
        frame.body.x + (frame.body.width - frame.text_width) / 2
        if frame.align == "centre"
        else frame.body.x
    )
    for number, line in enumerate(block.lines):
        if number in block.breaks:
            baseline -= block.pitch * 0.4
        pieces: list[tuple[float, str, str]] = []  # x offset, text, font
        x = 0.0
        for w, word in enumerate(line):
            for p, (text, font) in enumerate(word):
                joined = w > 0 and p == 0
                if pieces and pieces[-1][2] == font:  # one run, its own space
                    start, before, _ = pieces[-1]
                    if joined:
                        x += string_width(" ", font, block.size)
                    pieces[-1] = (start, before + (" " if joined else "") + text, font)
                else:
                    x += block.space if joined else 0.0
                    pieces.append((x, text, font))
                x += string_width(text, font, block.size)
        offset = (frame.text_width - x) / 2 if frame.align == "centre" else 0.0
        runs += [
            Run(x0 + offset + dx, baseline, t, f, block.size, style.color) for dx, t, f in pieces
        ]
        baseline -= block.pitch
    return runs


def _footer_runs(frame: Frame, texts: tuple[str, ...]) -> list[Run]:
    if not texts:
        return []
    lines = texts if frame.footer_stacked else ("   ·   ".join(texts),)
    style, box = frame.footer_style, frame.footer
    runs: list[Run] = []
    for i, text in enumerate(reversed(lines)):
        fitted = fit_text(
            text, style.font, width=box.width, max_size=style.size, min_size=4, max_lines=1
        )
        align = "centre" if frame.align == "centre" else "left"
        runs += _lines(
            fitted, style.color, box.x, box.width, box.y + i * style.size * style.leading, align
        )
    return runs
