"""Reading PDFs in tests as a reader would: the text, and where each piece of it is drawn."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader

from diplomas import fonts


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squashed(text: str) -> str:
    """Text without any white space, so a name broken over two lines still matches."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class DrawnText:
    """A piece of text as the PDF draws it: its baseline start, width and size."""

    text: str
    x: float
    y: float
    width: float
    size: float


def drawn_texts(page: PageObject) -> list[DrawnText]:
    """Every drawn piece of text on a page, measured with the bundled font that drew it."""
    by_postscript_name = {f.file.removesuffix(".ttf"): f.name for f in fonts.BUNDLED_FONTS}
    found: list[DrawnText] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.strip("\n").rstrip(" ")  # pypdf adds a space before the next run
        if not text.strip():
            return
        base = str(font["/BaseFont"]).split("+")[-1]
        drawn_size = size * tm[0] * cm[0]
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        width = fonts.string_width(text, by_postscript_name[base], drawn_size)
        found.append(DrawnText(text, x, y, width, drawn_size))

    page.extract_text(visitor_text=visit)
    return found


def nb(text: str) -> str:
    """``text`` as Kohort writes dates and amounts: its spaces no-break, but the one after a
    range's dash ("3 september 2026 – 5 september 2026" breaks only there)."""
    nbsp = "\N{NO-BREAK SPACE}"
    return text.replace(" ", nbsp).replace(f"{nbsp}–{nbsp}", f"{nbsp}– ")
