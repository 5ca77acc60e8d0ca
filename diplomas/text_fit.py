"""Fitting a line of text (a name, an organization) into a box without overflowing it.

The rule of every Kohort document: the text keeps its largest size if it fits; otherwise it
shrinks, down to a size where it rather wraps (``wrap_size``, the minimum by default); below
that it breaks onto two balanced lines, as large as fits up to the wrap size, down to the
minimum; where three lines are allowed (a name on a portrait page), a name that two lines
cannot hold at the minimum takes three balanced lines first. Lines break after a space
between name parts; after a hyphen inside a double-barrelled name only when the spaces
would cost more than a tenth of the size (:data:`SPACE_PREFERENCE`). It never
overflows: when even the most lines at the minimum size are too wide (an 80-character word),
the text shrinks below the minimum and :attr:`FittedText.below_minimum` says so.

A name never breaks between a particle and what follows ("von ⏎ Schéele", "af ⏎ Lundholm",
"Al- ⏎ Sayed"): see :data:`PARTICLES`.

Widths come from ReportLab's font metrics, so what is measured here is what is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from diplomas.fonts import fold_spaces, nfc, string_width

# Break opportunities for two lines: after a space (dropped) or a hyphen/dash (kept).
_HYPHENS = "-\u2010\u2013"
# Words that belong to the name after them: a line never ends with one.
_PARTICLE_WORDS = (
    "af al ap av bin bint ben ibn da das de dei del della den der des di do dos du el la le lo "
    "mac mc op st ten ter van von y zu zum zur"
)
PARTICLES = frozenset(_PARTICLE_WORDS.split(" "))
# Lines break at spaces rather than inside a hyphenated name when that keeps this share of
# the size a hyphen break allows (a name at the minimum size loses nothing either way).
SPACE_PREFERENCE = 0.9


@dataclass(frozen=True)
class FittedText:
    """Lines of text, each to be drawn at ``font_size`` with ``leading`` between baselines."""

    text: str  # the whole text, NFC, spaces folded
    lines: tuple[str, ...]
    font_name: str
    font_size: float
    leading: float
    widths: tuple[float, ...]  # of each line at font_size, in points
    below_minimum: bool  # shrunk below the minimum size because nothing else fitted

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)

    @property
    def height(self) -> float:
        """The lines' height, counting one leading per line."""
        return self.leading * len(self.lines)


def fit_text(
    text: str,
    font_name: str,
    *,
    width: float,
    max_size: float,
    min_size: float,
    height: float | None = None,
    leading_ratio: float = 1.2,
    max_lines: int = 2,
    wrap_size: float | None = None,
) -> FittedText:
    """``text`` (NFC, spaces folded) fitted into ``width`` × ``height`` points.

    One line at up to ``max_size`` if that is at least ``wrap_size`` (default ``min_size``);
    else, with ``max_lines=2``, two balanced lines at up to ``wrap_size`` (``max_size`` when
    not given) if that is at least ``min_size``; else whichever of the two is larger, below
    ``min_size``. Sizes are rounded down to 0.1 pt.
    """
    if not 0 < min_size <= max_size:
        raise ValueError("Font sizes must satisfy 0 < min_size <= max_size.")
    if width <= 0 or (height is not None and height <= 0):
        raise ValueError("The box must have a positive width and height.")
    if max_lines not in (1, 2, 3):
        raise ValueError("Text is fitted onto one, two or three lines.")
    text = fold_spaces(nfc(text))

    wrap_at = min_size if wrap_size is None else min(max(wrap_size, min_size), max_size)
    two_max = max_size if wrap_size is None else wrap_at

    def size_for(line_widths: tuple[float, ...], largest: float = max_size) -> float:
        """The largest size (≤ largest) at which lines measured at 1 pt fit the box."""
        size = largest
        widest = max(line_widths)
        if widest > 0:
            size = min(size, width / widest)
        if height is not None:
            size = min(size, height / (leading_ratio * len(line_widths)))
        return math.floor(size * 10) / 10

    one = (text,)
    one_unit = (string_width(text, font_name, 1),)
    one_size = size_for(one_unit)
    if one_size >= wrap_at or max_lines == 1:
        return _fitted(text, one, one_unit, font_name, one_size, leading_ratio, min_size)

    def lines(hyphens: bool) -> FittedText:
        """The two (or three) balanced lines, breaking after hyphens too or not."""
        split = _balanced_split(text, font_name, hyphens=hyphens)
        if split is None:
            return _fitted(text, one, one_unit, font_name, one_size, leading_ratio, min_size)
        two, two_unit = split
        two_size = size_for(two_unit, two_max)
        if two_size < min_size and max_lines == 3:
            three = _balanced_split3(text, font_name, hyphens=hyphens)
            if three is not None:
                # At most the minimum: three lines are there to keep it, and the design's
                # room for the name holds three lines of that size.
                three_size = size_for(three[1], min_size)
                if three_size > max(two_size, one_size):
                    return _fitted(
                        text, three[0], three[1], font_name, three_size, leading_ratio, min_size
                    )
        if two_size >= min_size or two_size > one_size:
            return _fitted(text, two, two_unit, font_name, two_size, leading_ratio, min_size)
        return _fitted(text, one, one_unit, font_name, one_size, leading_ratio, min_size)

    # Break at the spaces between name parts; inside a double-barrelled name ("Lundholm- ⏎
    # Björkqvist") only when the spaces cannot hold the text at nearly the same size.
    anywhere = lines(hyphens=True)
    if anywhere.lines == one:
        return anywhere
    at_spaces = lines(hyphens=False)
    if at_spaces.lines != one and at_spaces.font_size >= SPACE_PREFERENCE * anywhere.font_size:
        return at_spaces
    return anywhere


def _fitted(
    text: str,
    lines: tuple[str, ...],
    unit_widths: tuple[float, ...],
    font_name: str,
    size: float,
    leading_ratio: float,
    min_size: float,
) -> FittedText:
    return FittedText(
        text=text,
        lines=lines,
        font_name=font_name,
        font_size=size,
        leading=size * leading_ratio,
        widths=tuple(w * size for w in unit_widths),
        below_minimum=size < min_size,
    )


def _breaks(text: str, hyphens: bool = True) -> list[tuple[int, int]]:
    """Where a line may end and the next begin: after a space (dropped) or, with
    ``hyphens``, a hyphen (kept)."""
    found: list[tuple[int, int]] = []
    for i, char in enumerate(text):
        if char == " ":
            found.append((i, i + 1))
        elif hyphens and char in _HYPHENS and 0 < i < len(text) - 1 and text[i + 1] != " ":
            found.append((i + 1, i + 1))
    return found


def _balanced_split(
    text: str, font_name: str, *, hyphens: bool = True
) -> tuple[tuple[str, str], tuple[float, float]] | None:
    """The two lines, and their widths at 1 pt, whose wider line is narrowest."""
    best: tuple[tuple[str, str], tuple[float, float]] | None = None
    for end, start in _breaks(text, hyphens):
        first, second = text[:end], text[start:]
        if not first.strip() or not second.strip() or _ends_in_particle(first):
            continue
        widths = (string_width(first, font_name, 1), string_width(second, font_name, 1))
        if best is None or max(widths) < max(best[1]):
            best = ((first, second), widths)
    return best


def _balanced_split3(
    text: str, font_name: str, *, hyphens: bool = True
) -> tuple[tuple[str, str, str], tuple[float, float, float]] | None:
    """The three lines, and their widths at 1 pt, whose widest line is narrowest (of those,
    the most even: "Anna-Karin Charlotte ⏎ Elisabeth Gyllenstierna", not "Anna-Karin ⏎
    Charlotte Elisabeth Gyllenstierna"); no line ends in a particle."""
    best: tuple[tuple[str, str, str], tuple[float, float, float]] | None = None
    breaks = _breaks(text, hyphens)
    for a, (end1, start1) in enumerate(breaks):
        first = text[:end1]
        if not first.strip() or _ends_in_particle(first):
            continue
        width1 = string_width(first, font_name, 1)
        if best is not None and width1 > max(best[1]):
            break  # every later first line is wider still
        for end2, start2 in breaks[a + 1 :]:
            second, third = text[start1:end2], text[start2:]
            if not second.strip() or not third.strip() or _ends_in_particle(second):
                continue
            widths = (width1, string_width(second, font_name, 1), string_width(third, font_name, 1))
            if best is None or _evenness(widths) < _evenness(best[1]):
                best = ((first, second, third), widths)
    return best


def _evenness(widths: tuple[float, ...]) -> tuple[float, float]:
    """Lines compared by their widest, then by how far apart the widest and narrowest are."""
    return (round(max(widths), 6), max(widths) - min(widths))


def _ends_in_particle(first: str) -> bool:
    """Whether a line ending in ``first`` would part a particle from its name ("von", "af",
    "Al-")."""
    last = first.rstrip(" ").split(" ")[-1].rstrip("".join(_HYPHENS))
    last = last.split("-")[-1] if first.endswith(tuple(_HYPHENS)) else last
    return last.casefold().rstrip(".'’") in PARTICLES
