"""Diplomas for the closing ceremony: one page per person, A4, in one of three templates.

A :class:`DiplomaDesign` is what the coordinator chooses for a cohort (template, orientation,
title, wording, place and date, accent colour, logo, background, signatories, language); a
:class:`DiplomaContent` is what differs per person (name, serial number, verification code)
plus the cohort's facts the wording may quote. Both are plain frozen dataclasses: this module
knows nothing of the database, and every text arrives already formatted in the document's
language (dates through Babel by the caller).

The wording is typed by the coordinator and may use the placeholders :data:`PLACEHOLDERS`
(``{name}``, ``{programme}``, ...). It is cut at the first ``{name}``: what comes before is
set above the name, what comes after below it (without ``{name}``, all of it goes below).
Anything else in braces — an unknown ``{namn}``, a stray ``{`` or ``}`` — is printed exactly
as typed, never an error: a typo shows on the preview instead of breaking a batch.
:func:`unknown_placeholders` lists such names so the design page can point them out.

A design may give a verification address with ``{code}`` in it
(``https://example.se/diplom?kod={code}``): every diploma with a verification code then
carries a QR code of that address with its code, beside the small print (:mod:`diplomas.qr`).

Rendering is deterministic (``invariant=1``): the same design and content give the same bytes,
so the register can keep a diploma's PDF and its SHA-256. ReportLab and the layout module are
imported only when a diploma is first rendered.
"""

from __future__ import annotations

import functools
import io
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from diplomas.fonts import missing_glyphs, nfc

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from diplomas.layout import Layer, PageLayout

TEMPLATES = ("classic", "modern", "minimal")
ORIENTATIONS = ("landscape", "portrait")
LANGUAGES = ("sv", "en", "fi")
PLACEHOLDERS = ("name", "programme", "cohort", "dates", "hours", "organization", "sessions")
MAX_SIGNATORIES = 3
CODE_PLACEHOLDER = "{code}"  # where the verification address takes the diploma's code
MAX_VERIFICATION_URL = 300

# Defaults a programme can start from; the coordinator edits them freely.
DEFAULT_TITLES = {"sv": "Diplom", "en": "Diploma", "fi": "Diplomi"}
DEFAULT_WORDINGS = {
    "sv": "Härmed intygas att {name} har genomgått {programme}, {cohort}, {dates}, "
    "omfattande {hours}.",
    "en": "This is to certify that {name} has completed {programme}, {cohort}, {dates}, "
    "comprising {hours}.",
    "fi": "Todistamme, että {name} on suorittanut koulutusohjelman {programme}, {cohort}, "
    "{dates}, laajuus {hours}.",
}


@dataclass(frozen=True)
class DocumentWords:
    """The few words a diploma prints itself, in its language."""

    place_and_date: str  # "{place}", "{date}"
    serial: str  # "{serial}"
    code: str  # "{code}"
    lang: str  # for the PDF's /Lang


WORDS = {
    "sv": DocumentWords(
        "{place} den {date}", "Diplom nr {serial}", "Verifieringskod {code}", "sv-SE"
    ),
    "en": DocumentWords(
        "{place}, {date}", "Diploma no. {serial}", "Verification code {code}", "en-GB"
    ),
    "fi": DocumentWords("{place} {date}", "Diplomi nro {serial}", "Tarkistuskoodi {code}", "fi-FI"),
}


@dataclass(frozen=True, kw_only=True)
class Signatory:
    name: str
    title: str = ""  # "Kommundirektör"
    signature_png: bytes | None = None  # drawn above the signature line


@dataclass(frozen=True, kw_only=True)
class DiplomaDesign:
    """How a cohort's diplomas look; the same for every person.

    ``template`` is one of :data:`TEMPLATES`, ``orientation`` one of :data:`ORIENTATIONS`,
    ``language`` one of :data:`LANGUAGES` (plain strings, so enum values from the models pass
    as they are). ``issue_date_text`` is the date in the document's language ("22 mars 2024");
    the diploma prints it after the place as the language writes it ("Alingsås den 22 mars
    2024", see :func:`place_and_date`). Images are PNG (or JPEG) bytes.
    """

    template: str = "classic"
    orientation: str = "landscape"
    title: str = "Diplom"
    wording: str = DEFAULT_WORDINGS["sv"]
    place: str = ""
    issue_date_text: str = ""
    signatories: tuple[Signatory, ...]
    accent_color: str = "#1F5568"  # "#RRGGBB"
    logo_png: bytes | None = None
    background_png: bytes | None = None  # drawn first, scaled to cover the page
    language: str = "sv"
    # A web address with {code} in it, printed as a QR code beside the serial ("": none).
    verification_url: str = ""


@dataclass(frozen=True, kw_only=True)
class DiplomaContent:
    """One person's diploma: the name as printed and the facts the wording may quote."""

    name: str
    programme: str = ""
    cohort: str = ""
    dates_text: str = ""
    hours_text: str = ""
    organization: str = ""
    sessions_text: str = ""
    serial: str = ""  # empty on a preview before issuing
    verification_code: str = ""


class RenderCancelledError(Exception):
    """Raised by :func:`render_diplomas` when asked to stop; nothing has been written."""


# The wording.

_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_]+)\s*\}")


def wording_parts(wording: str, content: DiplomaContent) -> list[tuple[str, str | None]]:
    """The wording as pieces of text, each with the placeholder it came from (or ``None``).

    Known placeholders are replaced by the content's values (NFC, white space folded);
    anything else is kept as typed.
    """
    values = {
        "name": content.name,
        "programme": content.programme,
        "cohort": content.cohort,
        "dates": content.dates_text,
        "hours": content.hours_text,
        "organization": content.organization,
        "sessions": content.sessions_text,
    }
    parts: list[tuple[str, str | None]] = []
    wording = nfc(wording)
    position = 0
    for match in _PLACEHOLDER.finditer(wording):
        key = match.group(1).lower()
        if key not in values:
            continue
        if match.start() > position:
            parts.append((wording[position : match.start()], None))
        parts.append((" ".join(nfc(values[key]).split()), key))
        position = match.end()
    if position < len(wording):
        parts.append((wording[position:], None))
    return parts


def expand_wording(wording: str, content: DiplomaContent) -> str:
    """The wording with its placeholders filled in, as one text."""
    return "".join(text for text, _ in wording_parts(wording, content))


def unknown_placeholders(wording: str) -> tuple[str, ...]:
    """Names in braces that are not placeholders (they print as typed), in order, once each."""
    found = [m.group(1) for m in _PLACEHOLDER.finditer(wording)]
    unknown = [name for name in found if name.lower() not in PLACEHOLDERS]
    return tuple(dict.fromkeys(unknown))


def empty_placeholders(wording: str, content: DiplomaContent) -> tuple[str, ...]:
    """Placeholders the wording uses that print nothing for this person (e.g. ``{dates}`` in
    a cohort without dates), in order, once each: the wording would have gaps."""
    empty = [key for text, key in wording_parts(wording, content) if key and not text.strip()]
    return tuple(dict.fromkeys(empty))


def place_and_date(design: DiplomaDesign) -> str:
    """The line above the signatures: "Alingsås den 22 mars 2024" (either part may be empty)."""
    place = " ".join(nfc(design.place).split())
    date = " ".join(nfc(design.issue_date_text).split())
    if place and date:
        return WORDS[design.language].place_and_date.format(place=place, date=date)
    return place or date


def footer_text(design: DiplomaDesign, content: DiplomaContent) -> tuple[str, ...]:
    """The small print: serial number and verification code, whichever are given."""
    words = WORDS[design.language]
    texts = []
    if content.serial.strip():
        texts.append(words.serial.format(serial=nfc(content.serial.strip())))
    if content.verification_code.strip():
        texts.append(words.code.format(code=nfc(content.verification_code.strip())))
    return tuple(texts)


def verification_link(design: DiplomaDesign, content: DiplomaContent) -> str:
    """What the QR code holds: the design's address with the code in it ("" for none).

    Empty when the design has no address or the diploma no code yet (a preview).
    """
    template = design.verification_url.strip()
    code = content.verification_code.strip()
    if not template or not code:
        return ""
    from urllib.parse import quote

    return template.replace(CODE_PLACEHOLDER, quote(nfc(code), safe=""))


# Checking before drawing.


def check_design(design: DiplomaDesign) -> None:
    """Raise ``ValueError`` with one clear sentence if the design cannot be rendered."""
    for value, allowed, what in (
        (design.template, TEMPLATES, "template"),
        (design.orientation, ORIENTATIONS, "orientation"),
        (design.language, LANGUAGES, "language"),
    ):
        if value not in allowed:
            raise ValueError(f"The diploma {what} is one of {', '.join(allowed)}, not “{value}”.")
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", design.accent_color):
        raise ValueError(f"The accent colour is written #RRGGBB, not “{design.accent_color}”.")
    if not 1 <= len(design.signatories) <= MAX_SIGNATORIES:
        raise ValueError(f"A diploma has one to {MAX_SIGNATORIES} signatories.")
    images = [("logo", design.logo_png), ("background", design.background_png)]
    images += [(f"signature of {s.name}", s.signature_png) for s in design.signatories]
    for what, data in images:
        if data is not None:
            _check_image(data, what)
    texts = [("title", design.title), ("title in capitals", design.title.upper())]
    texts.append(("place and date", place_and_date(design)))
    texts += [(f"signatory “{s.name}”", f"{s.name} {s.title}") for s in design.signatories]
    texts.append(("wording", design.wording))
    _check_drawable(design, texts, "")
    _check_verification_url(design.verification_url.strip())


def _check_verification_url(url: str) -> None:
    if not url:
        return
    if len(url) > MAX_VERIFICATION_URL:
        raise ValueError(
            f"The verification address is at most {MAX_VERIFICATION_URL} characters, "
            f"not {len(url)}."
        )
    if any(c.isspace() for c in url):
        raise ValueError("The verification address cannot contain spaces or line breaks.")
    others = [p for p in re.findall(r"\{[^{}]*\}|[{}]", url) if p != CODE_PLACEHOLDER]
    if others:
        raise ValueError(
            f"The verification address can contain only the placeholder {CODE_PLACEHOLDER}, "
            f"not “{others[0]}”."
        )
    if CODE_PLACEHOLDER not in url:
        raise ValueError(
            f"The verification address needs {CODE_PLACEHOLDER} where the diploma's code goes, "
            f"as in https://example.se/diplom?kod={CODE_PLACEHOLDER}."
        )


def check_content(design: DiplomaDesign, content: DiplomaContent) -> None:
    """Raise ``ValueError`` if this person's diploma cannot be printed as given."""
    serial = "" if "·" in content.serial else content.serial.strip()  # a preview's stand-in
    who = serial or " ".join(nfc(content.name).split())
    if not content.name.strip():
        raise ValueError(f"Diploma {who or '(no serial)'} has no name to print.")
    texts = [("name", content.name), ("wording", expand_wording(design.wording, content))]
    texts += [("serial number", content.serial), ("code", content.verification_code)]
    _check_drawable(design, texts, f"Diploma {who}: ")


def _check_drawable(design: DiplomaDesign, texts: list[tuple[str, str]], prefix: str) -> None:
    from diplomas.layout import fonts_of

    for what, text in texts:
        drawn = " ".join(text.split())  # line breaks separate paragraphs; never drawn
        missing = sorted(
            {c for font in fonts_of(design.template) for c in missing_glyphs(drawn, font)}
        )
        if missing:
            shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
            sentence = f"the bundled fonts cannot draw {shown} in the {what} “{nfc(drawn)}”."
            raise ValueError(prefix + sentence if prefix else sentence[0].upper() + sentence[1:])


def _check_image(data: bytes, what: str) -> None:
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # Pillow raises many kinds for a damaged file
        raise ValueError(f"The {what} is not a readable PNG or JPEG image.") from exc
    if width < 1 or height < 1:
        raise ValueError(f"The {what} is an empty image.")


# Rendering.

STATIC_FORM = "DiplomaDesign"  # the form XObject holding what every page shares


def render_diploma(design: DiplomaDesign, content: DiplomaContent, out: BinaryIO | Path) -> None:
    """Write one diploma as a one-page PDF to a binary stream or a file path."""
    render_diplomas(design, (content,), out)


def diploma_pdf(design: DiplomaDesign, content: DiplomaContent) -> bytes:
    """One diploma as PDF bytes: for the register (frozen with its hash) and the preview."""
    buffer = io.BytesIO()
    render_diploma(design, content, buffer)
    return buffer.getvalue()


def render_diplomas(
    design: DiplomaDesign,
    contents: Sequence[DiplomaContent],
    out: BinaryIO | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one merged, print-ready PDF: one page per content, in the order given.

    Every page is checked and laid out before the first is drawn, so a name the fonts cannot
    draw (``ValueError`` naming the diploma and the characters) or a wording too long to fit
    stops the batch with nothing written. ``progress(done, total)`` is called with 0 first
    and after every page. ``cancelled()`` is asked before every page; when it answers true,
    :class:`RenderCancelledError` is raised and nothing is written (the PDF is only written
    out at the end). Returns the number of pages written.

    What every page shares (background, decoration, logo, title, place and date, signature
    lines and images) is drawn once, as a form that each page shows: the images are stored
    once and an added page costs only its own text.
    """
    from diplomas import person_layout, templates

    check_design(design)
    if not contents:
        raise ValueError("There are no diplomas to render.")
    for content in contents:
        check_content(design, content)
    page = templates.layout_page(design)
    people = [person_layout.layout_person(page, design, content) for content in contents]
    total = len(contents)
    if progress is not None:
        progress(0, total)
    with _binary_streams():
        canvas = _canvas(out, design, contents, page)
        for done, person in enumerate(people, start=1):
            if cancelled is not None and cancelled():
                raise RenderCancelledError(f"Rendering was cancelled after {done - 1} of {total}.")
            if done == 1:
                canvas.beginForm(STATIC_FORM)
                _draw_background(canvas, page)
                _draw_layer(canvas, page.static)
                canvas.endForm()
            canvas.doForm(STATIC_FORM)
            _draw_layer(canvas, person.layer)
            canvas.showPage()
            if progress is not None:
                progress(done, total)
        canvas.save()
    return total


_streams_lock = threading.Lock()


@functools.lru_cache(maxsize=8)
def _image(data: bytes) -> ImageReader:
    """The decoded image, kept for the next diploma of the design (issuing renders one
    document per person, each embedding the same logo and signatures). Used only while
    ``_streams_lock`` is held, so never by two threads at once."""
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(data))


@contextmanager
def _binary_streams() -> Iterator[None]:
    """ReportLab's streams without ASCII85 while a diploma is made; the setting restored after.

    ASCII85 (ReportLab's default) makes every stream a quarter larger and, without the
    rl_accel extension, costs tens of milliseconds per image in pure Python. The setting is
    process-wide, so it is held under a lock: a diploma's bytes never depend on what another
    thread does at the same time (the register stores them with their hash).
    """
    from reportlab import rl_config

    with _streams_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def _canvas(
    out: BinaryIO | Path,
    design: DiplomaDesign,
    contents: Sequence[DiplomaContent],
    page: PageLayout,
) -> Canvas:
    """A canvas in a bundled font, deterministic, whose metadata names no one."""
    from reportlab.pdfgen.canvas import Canvas

    from diplomas.fonts import SANS, document_kwargs, set_metadata

    # Not fonts.new_canvas: the register needs invariant=1 (no time stamp, a fixed /ID).
    canvas = Canvas(
        os.fspath(out) if isinstance(out, Path) else out,
        pagesize=(page.width, page.height),
        invariant=1,
        lang=WORDS[design.language].lang,
        **document_kwargs(font_name=SANS, font_size=10),
    )
    programmes = {" ".join(nfc(c.programme).split()) for c in contents}
    common = programmes.pop() if len(programmes) == 1 else ""
    set_metadata(canvas, " – ".join(t for t in (" ".join(design.title.split()), common) if t))
    return canvas


def _draw_background(canvas: Canvas, page: PageLayout) -> None:
    """The background image scaled to cover the whole page, centred, its overflow clipped."""
    if page.background is None:
        return
    image = _image(page.background)
    image_width, image_height = image.getSize()
    scale = max(page.width / image_width, page.height / image_height)
    width, height = image_width * scale, image_height * scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(0, 0, page.width, page.height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawImage(
        image, (page.width - width) / 2, (page.height - height) / 2, width, height, mask="auto"
    )
    canvas.restoreState()


def _draw_layer(canvas: Canvas, layer: Layer) -> None:
    from diplomas.layout import Diamond, QrCode, Rect, Rule
    from diplomas.qr import draw_qr

    canvas.saveState()
    for shape in layer.shapes:
        if isinstance(shape, Rect):
            box = shape.box
            if shape.fill is not None:
                canvas.setFillColorRGB(*shape.fill)
            if shape.stroke is not None:
                canvas.setStrokeColorRGB(*shape.stroke)
                canvas.setLineWidth(shape.line_width)
            canvas.rect(
                box.x,
                box.y,
                box.width,
                box.height,
                stroke=int(shape.stroke is not None),
                fill=int(shape.fill is not None),
            )
        elif isinstance(shape, Rule):
            canvas.setStrokeColorRGB(*shape.color)
            canvas.setLineWidth(shape.width)
            canvas.line(shape.x1, shape.y, shape.x2, shape.y)
        elif isinstance(shape, Diamond):
            canvas.setFillColorRGB(*shape.color)
            path = canvas.beginPath()
            path.moveTo(shape.x, shape.y + shape.radius)
            path.lineTo(shape.x + shape.radius, shape.y)
            path.lineTo(shape.x, shape.y - shape.radius)
            path.lineTo(shape.x - shape.radius, shape.y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        elif isinstance(shape, QrCode):
            canvas.setFillColorRGB(*shape.color)
            draw_qr(canvas, shape.text, shape.box.x, shape.box.y, shape.box.width)
    for picture in layer.pictures:
        box = picture.box
        canvas.drawImage(
            _image(picture.data),
            box.x,
            box.y,
            box.width,
            box.height,
            mask="auto",
            preserveAspectRatio=True,
            anchor=picture.anchor,
        )
    # Runs on one baseline (a line of wording, a row of signatories) share a text object, so
    # a reader's text extraction and copy-and-paste get one line, not a line per font.
    # Colour and spacing are graphics state: set only when they change (restoreState resets).
    text = None
    baseline = None
    font: tuple[str, float] | None = None
    color: tuple[float, float, float] | None = None
    spacing = 0.0
    for run in layer.runs:
        if text is None or run.y != baseline:
            if text is not None:
                canvas.drawText(text)
            text, baseline, font = canvas.beginText(), run.y, None
        text.setTextOrigin(run.x, run.y)
        if font != (run.font, run.size):
            text.setFont(run.font, run.size)
            font = (run.font, run.size)
        if color != run.color:
            text.setFillColorRGB(*run.color)
            color = run.color
        if spacing != run.char_space:
            text.setCharSpace(run.char_space)
            spacing = run.char_space
        text.textOut(run.text)
    if text is not None:
        canvas.drawText(text)
    canvas.restoreState()
