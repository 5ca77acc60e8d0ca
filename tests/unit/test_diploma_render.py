"""Diplomas, read as a coordinator, a printer and the register would read the PDF."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import subprocess
import sys
import unicodedata
import zlib
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from app.errors import CancelledError
from diplomas.diploma import diploma_pdf, render_diploma, render_diplomas
from diplomas.diploma_model import (
    DEFAULT_WORDINGS,
    ORIENTATIONS,
    TEMPLATES,
    DiplomaContent,
    DiplomaDesign,
    Signatory,
    expand_wording,
    place_and_date,
    unknown_placeholders,
)
from diplomas.layout import ASCENT, DESCENT, Box, Diamond, Rule, palette, rgb
from diplomas.person_layout import layout_person
from diplomas.templates import layout_page
from tests.pdf_text import DrawnText, drawn_texts, read, squashed
from tests.unit.test_fonts import STANDARD_14

LONG_NAME = "Marie-Louise Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
ONE_WORD = "Jäätteenmäki" * 5
ASA = "Åsa Öberg-Jäätteenmäki"
LAYOUTS = [(t, o) for t in TEMPLATES for o in ORIENTATIONS]


def png(width: int, height: int, color: tuple[int, ...]) -> bytes:
    """A PNG of one colour (RGB, or RGBA with transparency), written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(color) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if len(color) == 4 else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


LOGO = png(120, 40, (31, 85, 104))
SIGNATURE = png(90, 30, (20, 30, 90, 160))
SIGNATORIES = (
    Signatory(name="Anna-Karin Lindqvist", title="Kommundirektör", signature_png=SIGNATURE),
    Signatory(name="Mikael Åström", title="Personalchef, Alingsås kommun"),
    Signatory(name="Päivi Järvinen", title="Programansvarig"),
)
DESIGN = DiplomaDesign(
    title="Diplom",
    wording=DEFAULT_WORDINGS["sv"],
    place="Alingsås",
    issue_date_text="22 mars 2024",
    signatories=SIGNATORIES,
    logo_png=LOGO,
)
CONTENT = DiplomaContent(
    name=LONG_NAME,
    programme="Framtidens ledare",
    cohort="omgång 3",
    dates_text="hösten 2025",
    hours_text="60 timmar",
    organization="Alingsås kommun",
    sessions_text="7 av 8 träffar",
    serial="FL-2025-007",
    verification_code="7KQ2-M9XD",
)


def overlaps(a: DrawnText, b: DrawnText) -> bool:
    # Up to the capitals' height (not the accents'): lines 1.1 em apart do not collide.
    return (
        a.x < b.x + b.width - 0.01
        and b.x < a.x + a.width - 0.01
        and a.y - DESCENT * a.size < b.y + 0.75 * b.size
        and b.y - DESCENT * b.size < a.y + 0.75 * a.size
    )


def texts(data: bytes, page: int = 0) -> list[DrawnText]:
    """Every drawn piece of text on a page (the shared form's included)."""
    return drawn_texts(read(data).pages[page])


def all_fonts(data: bytes) -> set[str]:
    """Every font object in the file (pages and forms), checked embedded as a subset."""
    reader = read(data)
    names: set[str] = set()
    size: Any = reader.trailer["/Size"]
    for number in range(1, int(size)):
        obj = reader.get_object(number)
        if isinstance(obj, dict) and obj.get("/Type") == "/Font":
            base = str(obj["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14, base
            descriptor = obj["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor and "+" in base, base
            names.add(base.split("+")[-1])
    return names


def image_objects(data: bytes) -> int:
    return len(re.findall(rb"/Subtype\s*/Image", data))


def assert_on_the_page_without_collisions(data: bytes, page: int = 0) -> list[DrawnText]:
    mediabox = read(data).pages[page].mediabox
    width, height = float(mediabox.width), float(mediabox.height)
    drawn = texts(data, page)
    for t in drawn:
        assert 0 <= t.x <= t.x + t.width <= width + 0.01, t
        assert 0 <= t.y - DESCENT * t.size <= t.y + ASCENT * t.size <= height, t
    for a, b in combinations(drawn, 2):
        assert not overlaps(a, b), (a, b)
    return drawn


def assert_name_in_its_box_and_alone_there(
    design: DiplomaDesign, content: DiplomaContent, data: bytes
) -> None:
    """The name's lines lie inside the box the template gave it; nothing else enters it."""
    person = layout_person(layout_page(design), design, content)
    box = person.name_box
    drawn = texts(data)
    lines = [t for t in drawn if t.text in person.name.lines]
    assert [t.text for t in lines] == list(person.name.lines)
    for t in lines:
        assert box.x - 0.01 <= t.x and t.x + t.width <= box.right + 0.01, (t, box)
        assert box.y - 0.01 <= t.y - DESCENT * t.size, (t, box)
        assert t.y + ASCENT * t.size <= box.top + 0.01, (t, box)
    for t in drawn:
        if t not in lines:
            assert (
                t.x + t.width <= box.x
                or t.x >= box.right
                or t.y + 0.75 * t.size <= box.y
                or t.y - DESCENT * t.size >= box.top
            ), (t, box)


def assert_text_clear_of_images_and_rules(
    design: DiplomaDesign, content: DiplomaContent, data: bytes
) -> None:
    """No logo, signature image, rule or ornament is drawn across any text."""
    page = layout_page(design)
    person = layout_person(page, design, content)
    boxes = [p.box for p in page.static.pictures]
    for shape in (*page.static.shapes, *person.layer.shapes):
        if isinstance(shape, Rule):
            boxes.append(Box(shape.x1, shape.y - shape.width / 2, shape.x2 - shape.x1, shape.width))
        elif isinstance(shape, Diamond):
            r = shape.radius
            boxes.append(Box(shape.x - r, shape.y - r, 2 * r, 2 * r))
    assert len(boxes) >= len(design.signatories)
    for t in texts(data):
        for box in boxes:
            assert (
                t.x + t.width <= box.x
                or t.x >= box.right
                or t.y + 0.75 * t.size <= box.y
                or t.y - DESCENT * t.size >= box.top
            ), (t, box)


# Every template, both orientations, the worst names.


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
@pytest.mark.parametrize("name", [LONG_NAME, ASA, ONE_WORD])
def test_each_layout_prints_everything_inside_the_page(
    template: str, orientation: str, name: str
) -> None:
    design = replace(DESIGN, template=template, orientation=orientation)
    content = replace(CONTENT, name=name)
    data = diploma_pdf(design, content)
    reader = read(data)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (float(page.mediabox.width) > float(page.mediabox.height)) == (
        orientation == "landscape"
    )
    text = page.extract_text()
    assert squashed(name) in squashed(text)
    for expected in ("Framtidens ledare", "FL-2025-007", "7KQ2-M9XD", "Alingsås den 22 mars 2024"):
        assert expected in text
    for signatory in SIGNATORIES:
        assert signatory.name in text and signatory.title in text
    assert_on_the_page_without_collisions(data)
    assert_name_in_its_box_and_alone_there(design, content, data)
    assert_text_clear_of_images_and_rules(design, content, data)
    assert b"Helvetica" not in data
    assert all_fonts(data) <= {"Lato-Regular", "Lato-Bold", "Vollkorn-Regular", "Vollkorn-Bold"}


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_a_long_name_breaks_onto_two_balanced_lines_a_short_one_keeps_its_size(
    template: str, orientation: str
) -> None:
    design = replace(DESIGN, template=template, orientation=orientation)
    page = layout_page(design)
    long = layout_person(page, design, CONTENT).name
    short = layout_person(page, design, replace(CONTENT, name="Per Ek")).name
    assert len(long.lines) == 2 and not long.below_minimum
    narrow, wide = sorted(long.widths)
    assert narrow / wide > 0.6, long.lines
    assert short.lines == ("Per Ek",) and short.font_size == page.frame.name_max
    word = layout_person(page, design, replace(CONTENT, name=ONE_WORD)).name
    assert word.lines == (ONE_WORD,) and word.width <= page.frame.body.width


def test_a_decomposed_name_is_printed_composed() -> None:
    decomposed = unicodedata.normalize("NFD", ASA)
    assert decomposed != ASA
    data = diploma_pdf(DESIGN, replace(CONTENT, name=decomposed))
    text = read(data).pages[0].extract_text()
    assert ASA in text
    assert not any(unicodedata.combining(c) for c in text)


def test_fonts_are_the_templates_own_embedded_subsets() -> None:
    expected = {
        "classic": {"Vollkorn-Bold", "Vollkorn-Regular", "Lato-Regular"},
        "modern": {"Lato-Bold", "Lato-Regular"},
        "minimal": {"Lato-Bold", "Lato-Regular", "Vollkorn-Regular"},
    }
    for template, names in expected.items():
        assert all_fonts(diploma_pdf(replace(DESIGN, template=template), CONTENT)) == names


def test_metadata_holds_the_title_only() -> None:
    metadata = read(diploma_pdf(DESIGN, CONTENT)).metadata
    assert metadata is not None
    assert metadata.title == "Diplom – Framtidens ledare"
    assert not metadata.author and not metadata.subject
    assert "Gyllenstierna" not in str(dict(metadata)) and "FL-2025" not in str(dict(metadata))


# Images.


def test_logo_and_signature_images_are_drawn_only_when_given() -> None:
    bare = replace(DESIGN, logo_png=None, signatories=(Signatory(name="Anna Berg"),))
    assert image_objects(diploma_pdf(bare, CONTENT)) == 0
    with_logo = diploma_pdf(replace(bare, logo_png=LOGO), CONTENT)
    assert image_objects(with_logo) == 1  # opaque: no soft mask
    assert image_objects(diploma_pdf(DESIGN, CONTENT)) == 3  # logo, signature and its mask


@pytest.mark.parametrize("edge", ["margin", "bleed"])
def test_the_background_covers_the_page_less_5_mm_or_the_bleed_under_everything(
    edge: str,
) -> None:
    background = png(30, 60, (250, 246, 236, 255))  # tall: cropped top and bottom
    for orientation in ORIENTATIONS:
        design = replace(DESIGN, orientation=orientation, background_png=background, edge=edge)
        data = diploma_pdf(design, CONTENT)
        placements: list[list[float]] = []

        def shown(
            op: bytes, _args: Any, cm: list[float], _tm: Any, found: list[Any] = placements
        ) -> None:
            if op == b"Do":
                found.append(list(cm))

        page = read(data).pages[0]
        page.extract_text(visitor_operand_before=shown)
        first = placements[1]  # 0 shows the shared form, whose first image is the background
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        inset = 5 * 72 / 25.4 if edge == "margin" else 0.0  # the bleed sheet: to its edge
        x, y, w, h = first[4], first[5], first[0], first[3]
        assert x <= inset + 0.01 and y <= inset + 0.01
        assert x + w >= width - inset - 0.01 and y + h >= height - inset - 0.01
        assert w / h == pytest.approx(30 / 60)
        assert CONTENT.serial in page.extract_text()


def test_a_merged_pdf_stores_the_logo_once_and_adds_little_per_page() -> None:
    contents = [
        replace(CONTENT, name=f"Deltagare {i}", serial=f"FL-2025-{i:03d}") for i in range(8)
    ]
    buffer = io.BytesIO()
    render_diplomas(DESIGN, contents, buffer)
    assert image_objects(buffer.getvalue()) == 3
    one = len(diploma_pdf(DESIGN, contents[0]))
    assert (len(buffer.getvalue()) - one) / 7 < 4096


# The wording.


def test_placeholders_are_filled_in_and_the_name_splits_the_wording() -> None:
    wording = (
        "Härmed intygas att\n{name}\nfrån {organization} har deltagit i {sessions} av "
        "{ Programme } ({hours}, {dates}, {cohort})."
    )
    data = diploma_pdf(replace(DESIGN, wording=wording), CONTENT)
    text = " ".join(read(data).pages[0].extract_text().split())
    assert (
        "Härmed intygas att Marie-Louise Gyllenstierna af Lundholm-Björkqvist-Wachtmeister "
        "från Alingsås kommun har deltagit i 7 av 8 träffar av Framtidens ledare "
        "(60 timmar, hösten 2025, omgång 3)."
    ) in text
    assert "{" not in text


@pytest.mark.parametrize(
    "wording",
    [
        "Härmed intygas att {name} har deltagit i {programme} {",
        "{namn} har genomgått {programme}",
        "}{ {{name}} {name.__class__} {0} {} {programme",
    ],
)
def test_unknown_placeholders_and_stray_braces_print_as_typed(wording: str) -> None:
    data = diploma_pdf(replace(DESIGN, wording=wording), CONTENT)
    text = read(data).pages[0].extract_text()
    assert squashed(LONG_NAME) in squashed(text)
    expected = expand_wording(wording, CONTENT).replace("\n", " ")
    for piece in re.split(r"\s*" + re.escape(LONG_NAME) + r"\s*", expected):
        assert squashed(piece) in squashed(text)
    assert_on_the_page_without_collisions(data)


def test_unknown_placeholders_are_listed_for_the_design_page() -> None:
    assert unknown_placeholders("{namn} {name} {Programme} {datum} {namn} { x }") == (
        "namn",
        "datum",
        "x",
    )
    assert unknown_placeholders("{ {0} }") == ()


def test_without_name_placeholder_the_wording_goes_below_the_name() -> None:
    design = replace(DESIGN, wording="har genomgått {programme}.")
    text = read(diploma_pdf(design, CONTENT)).pages[0].extract_text()
    assert text.index("Wachtmeister") < text.index("har genomgått Framtidens ledare.")


def test_a_long_wording_shrinks_a_far_too_long_one_is_refused() -> None:
    sentence = "Programmet har omfattat ledarskap, kommunikation och förändringsledning. "
    design = replace(DESIGN, wording="Härmed intygas att {name} " + sentence * 5)
    assert_on_the_page_without_collisions(diploma_pdf(design, CONTENT))
    with pytest.raises(ValueError, match="does not fit"):
        diploma_pdf(replace(DESIGN, wording=sentence * 40), CONTENT)


def test_place_and_date_in_the_documents_language() -> None:
    assert place_and_date(DESIGN) == "Alingsås den 22 mars 2024"
    english = replace(DESIGN, language="en", issue_date_text="22 March 2024")
    assert place_and_date(english) == "Alingsås, 22 March 2024"
    assert place_and_date(replace(DESIGN, place="")) == "22 mars 2024"
    text = read(diploma_pdf(replace(english, language="fi"), CONTENT)).pages[0].extract_text()
    assert "Diplomi nro FL-2025-007" in text and "Tarkistuskoodi 7KQ2-M9XD" in text


def test_a_light_accent_is_darkened_for_text_and_carries_ink() -> None:
    yellow = palette("#F2C94C")
    assert yellow.accent == rgb("#F2C94C")
    assert yellow.accent_text != yellow.accent and sum(yellow.accent_text) < sum(yellow.accent)
    assert yellow.on_accent != (1.0, 1.0, 1.0)
    assert palette("#1F5568").on_accent == (1.0, 1.0, 1.0)


# Batches, determinism, refusals.


def test_rendering_twice_gives_the_same_bytes_in_this_and_another_process() -> None:
    first = diploma_pdf(DESIGN, CONTENT)
    assert diploma_pdf(DESIGN, CONTENT) == first
    code = (
        "import hashlib, sys; from tests.unit.test_diploma_render import DESIGN, CONTENT; "
        "from diplomas.diploma import diploma_pdf; "
        "print(hashlib.sha256(diploma_pdf(DESIGN, CONTENT)).hexdigest())"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert result.stdout.strip() == hashlib.sha256(first).hexdigest()
    assert diploma_pdf(DESIGN, replace(CONTENT, serial="FL-2025-008")) != first


def test_a_merged_pdf_has_one_page_per_diploma_in_the_order_given() -> None:
    names = ["Öberg, Åsa", "Ek, Per", "Al-Hassan, Fatima", "Yılmaz, Zeynep", "Hodžić, Emir"]
    contents = [replace(CONTENT, name=n, serial=f"FL-2025-{i:03d}") for i, n in enumerate(names)]
    calls: list[tuple[int, int]] = []
    buffer = io.BytesIO()
    pages = render_diplomas(
        DESIGN, contents, buffer, progress=lambda done, total: calls.append((done, total))
    )
    assert pages == 5
    assert calls == [(i, 5) for i in range(6)]
    reader = read(buffer.getvalue())
    assert len(reader.pages) == 5
    for number, (page, name) in enumerate(zip(reader.pages, names, strict=True)):
        text = page.extract_text()
        assert name in text and f"FL-2025-{number:03d}" in text
        assert sum(other in text for other in names) == 1


def test_cancelling_stops_before_the_next_page_and_writes_nothing(tmp_path: Path) -> None:
    contents = [replace(CONTENT, serial=f"FL-2025-{i:03d}") for i in range(10)]
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    target = tmp_path / "diplom.pdf"
    with pytest.raises(CancelledError, match="after 3 of 10"):
        render_diplomas(DESIGN, contents, target, cancelled=cancelled)
    assert not target.exists()
    buffer = io.BytesIO()
    with pytest.raises(CancelledError):
        render_diplomas(DESIGN, contents, buffer, cancelled=lambda: True)
    assert buffer.getvalue() == b""


def test_a_name_the_fonts_cannot_draw_is_refused_before_anything_is_written() -> None:
    contents = [CONTENT, replace(CONTENT, name="Li 李", serial="FL-2025-009")]
    buffer = io.BytesIO()
    with pytest.raises(ValueError, match="FL-2025-009.*“李” \\(U\\+674E\\).*name"):
        render_diplomas(DESIGN, contents, buffer)
    assert buffer.getvalue() == b""
    with pytest.raises(ValueError, match="“😀”"):
        diploma_pdf(replace(DESIGN, title="Diplom 😀"), CONTENT)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"template": "fancy"}, "template is one of classic, modern, minimal"),
        ({"orientation": "square"}, "orientation"),
        ({"language": "de"}, "language"),
        ({"accent_color": "teal"}, "#RRGGBB"),
        ({"signatories": ()}, "one to 3 signatories"),
        ({"signatories": SIGNATORIES + SIGNATORIES[:1]}, "one to 3 signatories"),
        ({"logo_png": b"not a picture"}, "“logo” is not a readable"),
    ],
)
def test_a_design_that_cannot_be_rendered_is_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        diploma_pdf(replace(DESIGN, **change), CONTENT)


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_a_bare_design_still_gives_a_clean_page(template: str, orientation: str) -> None:
    design = replace(
        DESIGN,
        template=template,
        orientation=orientation,
        title="",
        wording="",
        place="",
        issue_date_text="",
        logo_png=None,
        signatories=(Signatory(name="Anna Berg"),),
    )
    data = diploma_pdf(design, DiplomaContent(name=ASA))
    assert [t.text for t in assert_on_the_page_without_collisions(data)] == [
        "Anna Berg",
        ASA,
    ]


def test_empty_input_is_refused() -> None:
    with pytest.raises(ValueError, match="no name"):
        diploma_pdf(DESIGN, replace(CONTENT, name="  "))
    with pytest.raises(ValueError, match="no diplomas"):
        render_diplomas(DESIGN, [], io.BytesIO())


def test_render_writes_to_a_path_or_a_stream(tmp_path: Path) -> None:
    render_diploma(DESIGN, CONTENT, tmp_path / "diplom.pdf")
    assert (tmp_path / "diplom.pdf").read_bytes() == diploma_pdf(DESIGN, CONTENT)


def test_importing_the_dataclasses_does_not_load_reportlab() -> None:
    code = "import sys, diplomas.diploma; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
