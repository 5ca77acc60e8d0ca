"""The bundled fonts: registered with ReportLab once per process, embedded as subsets.

Every document Kohort writes uses only these TrueType fonts (Lato, a sans, and Vollkorn,
a serif; SIL OFL 1.1, see ``resources/fonts/OFL.txt``). Both cover Swedish, Norwegian,
Danish, Finnish and Northern Sámi letters and the Turkish and South Slavic names met in
Swedish municipalities (ı ğ ş ć č ž đ). ReportLab always embeds TrueType fonts as subsets
(FontFile2), so a PDF carries only the glyphs it uses.

ReportLab is imported only when a font is first needed: importing it costs about as much as
starting the rest of the application, and most runs never write a document.

Names are NFC-normalized before drawing (:func:`nfc`): a decomposed "Å" (A + combining ring)
would otherwise be drawn as two glyphs, the ring displaced. :func:`missing_glyphs` tells which
characters of a text the font cannot draw, so a caller can refuse to print a box or a "?".
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import re
import struct
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from reportlab.pdfgen.canvas import Canvas

# Registered font names; use them with ``setFont`` and in paragraph and table styles.
SANS = "Lato"
SANS_BOLD = "Lato-Bold"
SANS_ITALIC = "Lato-Italic"
SERIF = "Vollkorn"
SERIF_BOLD = "Vollkorn-Bold"

# Family names for ``<b>``/``<i>`` in Paragraph markup. Bold italic is drawn with the bold
# (Lato) or bold (Vollkorn) face, and serif italic with the regular one: those files are left
# out to keep the bundle under 3 MB.
SANS_FAMILY = SANS
SERIF_FAMILY = SERIF

FONT_PACKAGE = "resources.fonts"


@dataclass(frozen=True)
class BundledFont:
    name: str  # the name registered with ReportLab
    file: str  # the file in resources/fonts
    lining: bool = False  # draw the digits with the font's lining figures ("zero.lf"…)


BUNDLED_FONTS = (
    BundledFont(SANS, "Lato-Regular.ttf"),
    BundledFont(SANS_BOLD, "Lato-Bold.ttf"),
    BundledFont(SANS_ITALIC, "Lato-Italic.ttf"),
    BundledFont(SERIF, "Vollkorn-Regular.ttf", lining=True),
    BundledFont(SERIF_BOLD, "Vollkorn-Bold.ttf", lining=True),
)
# Vollkorn's default digits are old-style: "10" reads "IO" and "Träff 1" "Träff I". Its lining
# figures (what the OpenType feature lnum selects, which ReportLab cannot) are drawn instead.
DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
LINING_SUFFIX = ".lf"

_registered: set[str] = set()  # the bundled fonts registered so far
_lock = threading.Lock()


def register_fonts(*names: str) -> None:
    """Register the bundled fonts (only ``names``, when given) and their families with
    ReportLab (each once; thread-safe).

    Call it before measuring or drawing text; the document functions here call it themselves.
    Measuring a text registers its font only: a font costs about 1.5 MB (its file, kept for
    the subsets, and its tables), and a diploma's template draws with three of the five.
    """
    wanted = set(names) if names else {font.name for font in BUNDLED_FONTS}
    if wanted <= _registered:
        return
    with _lock:
        from reportlab.pdfbase import pdfmetrics

        known = set(pdfmetrics.getRegisteredFontNames())
        folder = resources.files(FONT_PACKAGE)
        for font in BUNDLED_FONTS:
            if font.name not in wanted or font.name in _registered:
                continue
            if font.name not in known:
                # Read as bytes: works from a wheel, an editable install and a frozen bundle.
                data = folder.joinpath(font.file).read_bytes()
                ttf = _tagged_font_class()(font.name, io.BytesIO(data))
                if font.lining:
                    _use_lining_figures(ttf.face, glyph_names(data))
                pdfmetrics.registerFont(ttf)
            _registered.add(font.name)
        pdfmetrics.registerFontFamily(  # names only: a face is looked up when drawn
            SANS_FAMILY, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
        )
        pdfmetrics.registerFontFamily(
            SERIF_FAMILY, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD
        )


_tag_lock = threading.Lock()


def subset_tag(font_name: str, codes: list[int]) -> str:
    """Six capital letters naming one subset of a font by what it holds (ISO 32000: different
    subsets of a font in one file need different tags). ReportLab tags the first subset of
    every file "AAAAAA", so files merged into one (the ceremony file) would hold many
    different "AAAAAA+Vollkorn-Bold"; a tag from the glyphs keeps equal subsets equal and
    different ones apart, and the same document the same bytes."""
    digest = hashlib.sha256(f"{font_name}:{','.join(map(str, codes))}".encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])


@functools.cache
def _tagged_font_class() -> type[Any]:
    """ReportLab's TrueType font, its subsets tagged by :func:`subset_tag`."""
    from reportlab.pdfbase import ttfonts

    class TaggedTTFont(ttfonts.TTFont):  # type: ignore[misc]  # ReportLab has no type hints
        def addObjects(self, doc: Any) -> None:  # noqa: N802  # ReportLab's name
            subsets = self.state[doc].subsets
            tags = [subset_tag(self.face.name.decode("latin-1"), s).encode() for s in subsets]
            # ReportLab names subset n by calling its module's SUBSETN(n): swapped for the
            # duration, under a lock, so two documents made at once never see each other's.
            with _tag_lock:
                original = ttfonts.SUBSETN
                ttfonts.SUBSETN = lambda n: tags[n]
                try:
                    super().addObjects(doc)
                finally:
                    ttfonts.SUBSETN = original

    return TaggedTTFont


def _use_lining_figures(face: Any, names: list[str]) -> None:
    """Map the digits to the lining figures of a font whose default ones are old-style: its
    subsets then embed and its metrics measure the lining glyphs (text extraction still reads
    "0"–"9")."""
    ids = {name: gid for gid, name in enumerate(names)}
    for digit, name in zip("0123456789", DIGIT_NAMES, strict=True):
        gid = ids.get(name + LINING_SUFFIX)
        if gid is None:
            continue
        face.charToGlyph[ord(digit)] = gid
        face.charWidths[ord(digit)] = round(face.hmetrics[gid][0] * 1000 / face.unitsPerEm)


def glyph_names(data: bytes) -> list[str]:
    """The glyph names of a TrueType font, by glyph id, from its ``post`` table (version 2;
    empty for a font that keeps no names)."""
    (count,) = struct.unpack(">H", data[4:6])
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        tables[tag] = (offset, length)
    if b"post" not in tables:
        return []
    offset, length = tables[b"post"]
    post = data[offset : offset + length]
    if post[:4] != b"\x00\x02\x00\x00":
        return []
    (glyphs,) = struct.unpack(">H", post[32:34])
    indices = struct.unpack(f">{glyphs}H", post[34 : 34 + 2 * glyphs])
    extra: list[str] = []
    position = 34 + 2 * glyphs
    while position < len(post):
        size = post[position]
        extra.append(post[position + 1 : position + 1 + size].decode("latin-1"))
        position += 1 + size
    # Indices below 258 name the standard Macintosh glyphs; digits and ".lf" are not among them.
    return [extra[i - 258] if 258 <= i < 258 + len(extra) else "" for i in indices]


# Whitespace that may break a line: everything Python calls a space but the no-break ones.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")


def fold_spaces(text: str) -> str:
    """``text`` with each run of breaking whitespace made one space, ends stripped; no-break
    spaces (in dates, amounts, "42 timmar") are kept, so the text still cannot break there."""
    return _BREAKING_SPACE.sub(" ", text).strip(" ")


def nfc(text: str) -> str:
    """The text in Unicode normalization form C (composed: "Å" is one character)."""
    return unicodedata.normalize("NFC", text)


def missing_glyphs(text: str, font_name: str = SANS) -> tuple[str, ...]:
    """The distinct characters of ``text`` (after NFC) that ``font_name`` has no glyph for.

    An empty tuple means every character can be drawn. Line breaks count as missing: a
    drawn line has none.
    """
    register_fonts(font_name)
    from reportlab.pdfbase import pdfmetrics

    glyphs: dict[int, int] = pdfmetrics.getFont(font_name).face.charToGlyph
    missing = {c for c in nfc(text) if ord(c) not in glyphs}
    return tuple(sorted(missing))


def can_draw(text: str, font_name: str = SANS) -> bool:
    """Whether every character of ``text`` has a glyph in ``font_name``."""
    return not missing_glyphs(text, font_name)


def string_width(text: str, font_name: str, size: float) -> float:
    """The width of ``text`` in points, set in ``font_name`` at ``size``."""
    register_fonts(font_name)
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, font_name, size))


def document_kwargs(
    *, font_name: str = SANS, font_size: float = 10, fonts: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Keyword arguments for a platypus ``DocTemplate``: its canvas starts in a bundled font.

    Without them every page's initial state names Helvetica, which lands in the file as an
    unembedded standard-14 font even when nothing is drawn with it. Registers every bundled
    font (platypus picks a face by its family), or only ``fonts`` and ``font_name`` when a
    document names what it draws with.
    """
    register_fonts(*((font_name, *fonts) if fonts else ()))
    return {
        "initialFontName": font_name,
        "initialFontSize": font_size,
        "initialLeading": font_size * 1.2,
    }


LANG_TAGS = {"sv": "sv-SE", "en": "en-GB", "fi": "fi-FI"}  # a document language's /Lang


def lang_tag(language: str) -> str:
    """The PDF /Lang of a document language ("sv" → "sv-SE")."""
    return LANG_TAGS.get(str(language), "en-GB")


def new_canvas(
    out: str | Path | IO[bytes],
    *,
    pagesize: tuple[float, float],
    title: str,
    lang: str,
    created: dt.date | None = None,
    font_name: str = SANS,
    font_size: float = 10,
) -> Canvas:
    """A ReportLab canvas whose initial font is a bundled one, with neutral metadata.

    The PDF's information holds ``title`` only: no author (ReportLab would write
    "anonymous"), no subject, no keywords; nothing about the person who ran Kohort. Its
    /Lang is ``lang`` ("sv-SE"); its creation date ``created`` (today when not given), with
    no time of day, so the same inputs on the same day give the same bytes.
    """
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(
        os.fspath(out) if isinstance(out, str | os.PathLike) else out,
        pagesize=pagesize,
        lang=lang,
        invariant=1,
        **document_kwargs(font_name=font_name, font_size=font_size),
    )
    set_metadata(canvas, title)
    set_created(canvas, created)
    return canvas


def pdf_date(day: dt.date) -> str:
    """``day`` as a PDF date: noon UTC, so every reader shows the same day."""
    return f"D:{day:%Y%m%d}120000+00'00'"


def set_created(canvas: Canvas, day: dt.date | None = None) -> None:
    """The file's creation (and modification) date: ``day``, today when not given.

    Kohort's canvases are made with ``invariant=1`` (a fixed /ID, no clock time) so the same
    inputs give the same bytes; without this ReportLab would then write 2000-01-01.
    """
    stamp = pdf_date(day or dt.date.today())
    canvas.setDateFormatter(lambda *_: stamp)


def set_metadata(canvas: Canvas, title: str, created: dt.date | None = None) -> None:
    """Title only; author, subject and keywords left empty; the creation date ``created``
    when given (a diploma's issue date), else left as the canvas has it."""
    canvas.setTitle(nfc(title))
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setKeywords("")
    canvas.setCreator("Kohort")
    if created is not None:
        set_created(canvas, created)
