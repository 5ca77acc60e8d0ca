"""The part of a diploma that belongs to one person: the wording above and below the name,
the name in its box (shrunk, then on two balanced lines), the small print and the QR code of
the verification address."""

from __future__ import annotations

from dataclasses import dataclass

from diplomas.diploma_model import DiplomaContent, DiplomaDesign, footer_text, verification_link
from diplomas.diploma_model import wording_parts as _wording_parts
from diplomas.fonts import nfc, string_width
from diplomas.layout import (
    ABOVE,
    ASCENT,
    DESCENT,
    INK,
    NAME_LEADING,
    UNBROKEN,
    Box,
    Frame,
    Layer,
    PageLayout,
    PersonLayout,
    QrCode,
    Rule,
    Run,
    Shape,
    Style,
    name_zone_height,
    text_lines,
)
from diplomas.problems import DocumentError
from diplomas.text_fit import FittedText, fit_text

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
        wrap_size=frame.name_wrap,
        leading_ratio=NAME_LEADING,
    )
    # The same room for every name of the design, so the wording above and below, and the
    # name's baseline, stay in one place across a stack whatever the name's length.
    name_height = name_zone_height(frame)
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
            raise DocumentError(
                "The wording does not fit on the diploma of {name}; shorten it.",
                name=nfc(content.name),
            )

    total = lead.height + name_height + wording.height + gaps
    y = frame.body.top - (frame.body.height - total) * ABOVE  # the top of the next block
    runs: list[Run] = []
    if lead.lines:
        runs += _block_runs(lead, frame.lead, frame, y)
        y -= lead.height + frame.gap
    name_box = Box(frame.body.x, y - name_height, frame.body.width, name_height)
    runs += text_lines(
        name, INK, name_box.x, name_box.width, _name_baseline(frame, name, y), frame.align
    )
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
    link = verification_link(design, content)
    if link and frame.qr is not None:
        shapes.append(QrCode(link, frame.qr, INK))
    return PersonLayout(Layer(tuple(shapes), (), tuple(runs)), name_box, name)


def name_baseline(frame: Frame, zone_top: float) -> float:
    """Where every one-line name of the design sits: centred in the zone at the largest size."""
    zone = name_zone_height(frame)
    return zone_top - (zone - (ASCENT + DESCENT) * frame.name_max) / 2 - ASCENT * frame.name_max


def _name_baseline(frame: Frame, name: FittedText, zone_top: float) -> float:
    """The first line's baseline: the design's one baseline for a name on one line (shrunk or
    not); two lines centred in the zone."""
    if len(name.lines) == 1:
        return name_baseline(frame, zone_top)
    zone = name_zone_height(frame)
    block = (ASCENT + DESCENT) * name.font_size + name.leading
    return zone_top - (zone - block) / 2 - ASCENT * name.font_size


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
        runs += text_lines(
            fitted, style.color, box.x, box.width, box.y + i * style.size * style.leading, align
        )
    return runs
