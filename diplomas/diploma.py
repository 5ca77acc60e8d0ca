"""Diplomas for the closing ceremony: one page per person, A4, in one of three templates.

The design and content (plain dataclasses), the words, the wording and the checks are in
:mod:`diplomas.diploma_model`; this module draws them.

Rendering is deterministic (``invariant=1``): the same design and content give the same bytes,
so the register can keep a diploma's PDF and its SHA-256. ReportLab is imported only when a
diploma is first rendered (the layout modules imported here do without it).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from app.progress import Cancelled, Progress, stop_if_cancelled
from diplomas import person_layout, templates
from diplomas.diploma_model import (
    WORDS,
    DiplomaContent,
    DiplomaDesign,
    check_content,
    check_design,
    expand_wording,
)
from diplomas.diploma_record import canonical_json
from diplomas.fonts import (
    BUNDLED_FONTS,
    FONT_PACKAGE,
    SANS,
    document_kwargs,
    nfc,
    register_fonts,
    set_metadata,
)
from diplomas.layout import (
    Curve,
    Diamond,
    Layer,
    PageLayout,
    PersonLayout,
    QrCode,
    Rect,
    Rule,
    fonts_of,
)
from diplomas.qr import draw_qr
from diplomas.qr import prepare as prepare_qr
from diplomas.render_version import RENDER_VERSION

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas


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
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one merged, print-ready PDF: one page per content, in the order given.

    Every page is checked and laid out before the first is drawn, so a name the fonts cannot
    draw (``ValueError`` naming the diploma and the characters) or a wording too long to fit
    stops the batch with nothing written. ``progress(done, total)`` is called with 0 first
    and after every page. ``cancelled()`` is asked before every page; when it answers true,
    :class:`~app.errors.CancelledError` is raised and nothing is written (the PDF is only written
    out at the end). Returns the number of pages written.

    What every page shares (background, decoration, logo, title, place and date, signature
    lines and images) is drawn once, as a form that each page shows: the images are stored
    once and an added page costs only its own text.
    """
    check_design(design)
    if not contents:
        raise ValueError("There are no diplomas to render.")
    for content in contents:
        check_content(design, content)
    page = templates.layout_page(design)
    for content in contents:
        person_layout.layout_person(page, design, content)
    programmes = {" ".join(nfc(c.programme).split()) for c in contents}
    common = programmes.pop() if len(programmes) == 1 else ""
    title = " – ".join(t for t in (" ".join(design.title.split()), common) if t)
    return render_stack(
        (("", design, content) for content in contents),
        out,
        title=title,
        total=len(contents),
        progress=progress,
        cancelled=cancelled,
        created=dt.date.fromisoformat(design.issued) if design.issued else None,
    )


def render_stack(
    pages: Iterable[tuple[str, DiplomaDesign, DiplomaContent]],
    out: BinaryIO | Path,
    *,
    title: str,
    total: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    then: Callable[[Canvas], None] | None = None,
    check: bool = True,
    created: dt.date | None = None,
) -> int:
    """Draw a stack of diplomas, each ``(design key, design, content)``, into ONE document.

    The ceremony file: pages may come from a generator reading the register in chunks.
    Each design (by its key, e.g. its snapshot hash) is laid out once and its shared part
    drawn once as a form; the images are stored once and every font has one subset set for
    the whole file. ``then`` draws more pages after them on the same canvas (the
    checklist). A page that cannot be drawn raises ``ValueError``; nothing is written
    until the end. ``check=False`` skips the per-page drawability check, for contents
    checked when issued. ``created`` is the file's creation date (noon UTC): a diploma's
    issue date, the ceremony file's print date. Returns the number of diploma pages.
    """
    designs: dict[str, tuple[str, PageLayout]] = {}
    if progress is not None:
        progress(0, total)
    done = 0
    with _binary_streams():
        canvas: Canvas | None = None
        size: tuple[float, float] | None = None
        for key, design, content in pages:
            stop_if_cancelled(cancelled, done, total, "Rendering")
            if key not in designs:
                check_design(design)
                register_fonts(*fonts_of(design.template))
                form = STATIC_FORM if not designs else f"{STATIC_FORM}{len(designs) + 1}"
                designs[key] = (form, templates.layout_page(design))
            form, page = designs[key]
            if check:
                check_content(design, content)
            with _laid_out_lock:
                kept = _LAID_OUT.pop((design, content), None)
            person = kept or person_layout.layout_person(page, design, content)
            if canvas is None:
                canvas = _canvas(out, design, title, page, created)
            if size != (page.width, page.height):
                size = (page.width, page.height)
                canvas.setPageSize(size)
            if not canvas.hasForm(form):
                canvas.beginForm(form)
                _draw_background(canvas, page)
                _draw_layer(canvas, page.static)
                canvas.endForm()
                if total > 1:  # a stack: the form holds the images, their decoded copies
                    _image.cache_clear()  # (~1 MB) go; one diploma at a time keeps them
            canvas.doForm(form)
            _draw_layer(canvas, person.layer)
            canvas.showPage()
            done += 1
            if progress is not None:
                progress(done, total)
        if canvas is None:
            raise ValueError("There are no diplomas to render.")
        if then is not None:
            then(canvas)
        canvas.save()
    return done


def content_checker(design: DiplomaDesign) -> Callable[[DiplomaContent], None]:
    """A check that a content can be drawn in ``design`` (``ValueError`` if not), laying it
    out without drawing: issuing runs it for every person before the first row is added."""
    check_design(design)
    page = templates.layout_page(design)
    drawable: set[str] = set()  # characters a full check found the fonts can draw

    def check(content: DiplomaContent) -> None:
        # What the checked texts can hold: the content's fields and the wording. When all
        # of it was drawable for someone before, the full check would pass again.
        # The characters of the texts check_content checks: when a full check found them
        # all drawable for someone before, it would pass again.
        wording = expand_wording(design.wording, content)
        texts = (content.name, wording, content.serial, content.verification_code)
        characters = set(nfc(" ".join(" ".join(texts).split())))
        if not content.name.strip() or not characters <= drawable:
            check_content(design, content)
            drawable.update(characters)
        person = person_layout.layout_person(page, design, content)
        for shape in person.layer.shapes:
            if isinstance(shape, QrCode):
                prepare_qr(shape.text)  # a helper process, if any, starts on it now
        with _laid_out_lock:
            if len(_LAID_OUT) >= MAX_LAID_OUT:
                del _LAID_OUT[next(iter(_LAID_OUT))]
            _LAID_OUT[design, content] = person

    return check


# Layouts made by the issuing check, kept for the print that usually follows at once
# (`kohort diplomas`, the window's issue-then-print): laid out once, not twice. Taken out
# when drawn; the oldest dropped beyond the cap (~3 KB each). Layout is a pure function of
# design and content, so a kept one draws the same bytes as a new one.
_LAID_OUT: dict[tuple[DiplomaDesign, DiplomaContent], PersonLayout] = {}
MAX_LAID_OUT = 5000
_laid_out_lock = threading.Lock()


@functools.cache
def renderer_fingerprint() -> str:
    """What draws a diploma: ReportLab's version, the bundled font files' SHA-256 and
    :data:`RENDER_VERSION`, as canonical JSON. A recipe rebuilt under another fingerprint
    may differ from the PDF first printed; the register says so."""
    from importlib import resources

    import reportlab

    folder = resources.files(FONT_PACKAGE)
    fonts = {
        font.file: hashlib.sha256(folder.joinpath(font.file).read_bytes()).hexdigest()
        for font in BUNDLED_FONTS
    }
    return canonical_json(
        {"fonts": fonts, "render": RENDER_VERSION, "reportlab": reportlab.Version}
    )


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
    title: str,
    page: PageLayout,
    created: dt.date | None,
) -> Canvas:
    """A canvas in a bundled font, deterministic, whose metadata names no one; dated
    ``created`` (else ReportLab's fixed 2000-01-01 of invariant mode, as before)."""
    from reportlab.pdfgen.canvas import Canvas

    # Not fonts.new_canvas: the register needs invariant=1 (no time stamp, a fixed /ID).
    canvas = Canvas(
        os.fspath(out) if isinstance(out, Path) else out,
        pagesize=(page.width, page.height),
        invariant=1,
        lang=WORDS[design.language].lang,
        **document_kwargs(font_name=SANS, font_size=10, fonts=fonts_of(design.template)),
        **page.print_boxes(),
    )
    set_metadata(canvas, title, created=created)
    return canvas


def _draw_background(canvas: Canvas, page: PageLayout) -> None:
    """The background image scaled to cover its box (the page less 5 mm, or the sheet with
    its bleed), centred, its overflow clipped."""
    if page.background is None or page.background_box is None:
        return
    box = page.background_box
    image = _image(page.background)
    image_width, image_height = image.getSize()
    scale = max(box.width / image_width, box.height / image_height)
    width, height = image_width * scale, image_height * scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(box.x, box.y, box.width, box.height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawImage(
        image,
        box.x + (box.width - width) / 2,
        box.y + (box.height - height) / 2,
        width,
        height,
        mask="auto",
    )
    canvas.restoreState()


def _draw_layer(canvas: Canvas, layer: Layer) -> None:
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
        elif isinstance(shape, Curve):
            canvas.setStrokeColorRGB(*shape.color)
            canvas.setLineWidth(shape.width)
            path = canvas.beginPath()
            path.moveTo(*shape.points[0])
            for point in shape.points[1:]:
                path.lineTo(*point)
            if shape.closed:
                path.close()
            canvas.drawPath(path, stroke=1, fill=0)
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
