"""The verification QR code: the encoder, and the code as the diploma page draws it."""

from __future__ import annotations

import random
import string
from dataclasses import replace
from typing import Any

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf.generic import ContentStream

from diplomas.diploma import diploma_pdf
from diplomas.diploma_model import MAX_VERIFICATION_URL, Signatory, check_design, verification_link
from diplomas.layout import ASCENT, DESCENT, MM, QR_SIDE, Box, Curve, Diamond, Rect, Rule
from diplomas.person_layout import layout_person
from diplomas.qr import QUIET_ZONE, module_rectangles, qr_matrix
from diplomas.templates import layout_page
from tests.pdf_text import read
from tests.unit.test_diploma_render import CONTENT, DESIGN, LAYOUTS, SIGNATURE

URL = "https://example.se/diplom?kod={code}"
QR_DESIGN = replace(DESIGN, verification_url=URL)
LINK = "https://example.se/diplom?kod=7KQ2-M9XD"
FILLS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}


def decoded(modules: list[list[bool]], pixels: int = 4) -> list[Any]:
    """What a scanner reads from the modules printed with their quiet zone."""
    side = (len(modules) + 2 * QUIET_ZONE) * pixels
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + QUIET_ZONE) * pixels, (y + QUIET_ZONE) * pixels
                draw.rectangle((left, top, left + pixels - 1, top + pixels - 1), fill=0)
    return list(zxingcpp.read_barcodes(image))


def page_fills(data: bytes) -> list[list[tuple[float, float, float, float]]]:
    """Every fill operation of the page's own stream, as the rectangles of its path in page
    coordinates (x, y, width, height); a path with other segments gives no rectangles."""
    reader = read(data)
    page = reader.pages[0]
    stream = ContentStream(page.get_contents(), reader)
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    saved: list[list[float]] = []
    rects: list[tuple[float, float, float, float]] = []
    fills = []
    for operands, operator in stream.operations:
        if operator == b"q":
            saved.append(ctm)
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            xs = [ctm[0] * px + ctm[2] * py + ctm[4] for px, py in ((x, y), (x + w, y + h))]
            ys = [ctm[1] * px + ctm[3] * py + ctm[5] for px, py in ((x, y), (x + w, y + h))]
            rects.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        elif operator in FILLS:
            fills.append(rects)
            rects = []
        elif operator in (b"n", b"S", b"s"):
            rects = []
    return fills


def qr_fills(data: bytes) -> list[list[tuple[float, float, float, float]]]:
    return [rects for rects in page_fills(data) if len(rects) > 40]


def scanned_from_page(data: bytes, box: Box) -> list[Any]:
    """Rasterize the page's QR path (4 pixels per point) and read it as a scanner would."""
    (rects,) = qr_fills(data)
    scale = 4
    image = Image.new("L", (round(box.width * scale), round(box.height * scale)), 255)
    draw = ImageDraw.Draw(image)
    for x, y, w, h in rects:
        left, bottom = (x - box.x) * scale, (y - box.y) * scale
        top = image.height - bottom - h * scale
        draw.rectangle(
            (round(left), round(top), round(left + w * scale) - 1, round(top + h * scale) - 1),
            fill=0,
        )
    return list(zxingcpp.read_barcodes(image))


# The encoder.


@pytest.mark.parametrize(
    "text",
    [
        LINK,
        "https://example.se/d?k=" + "7KQ2-M9XD" * 33,  # version 14, two block sizes
        "https://verifiering.alingsås.se/diplom/7KQ2-M9XD",  # UTF-8, announced by an ECI
        "A",
    ],
)
def test_the_matrix_reads_back_as_the_text_at_level_m(text: str) -> None:
    modules = qr_matrix(text)
    assert len(modules) % 4 == 1 and all(len(row) == len(modules) for row in modules)
    (result,) = decoded(modules)
    assert result.text == text
    assert result.format == zxingcpp.BarcodeFormat.QRCode
    assert result.ec_level == "M"


def test_each_mask_matches_reportlabs_encoder_in_versions_with_every_kind_of_pattern() -> None:
    from reportlab.graphics.barcode import qrencoder

    rnd = random.Random(7)
    for length in (10, 30, 130, 200, 370):  # versions 1, 3, 7 (version bits), 10 (16-bit), 14
        text = "".join(rnd.choice(string.ascii_letters + "/:?=-") for _ in range(length))
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(qrencoder.QR8bitByte(text.encode()))
        reference.version = reference.calculate_version()
        for mask in range(8):
            reference.makeImpl(False, mask)
            assert qr_matrix(text, mask=mask) == [list(map(bool, r)) for r in reference.modules]


def test_a_longer_address_takes_a_larger_symbol_and_too_long_a_text_is_refused() -> None:
    assert len(qr_matrix(LINK)) == 29  # version 3
    assert len(qr_matrix(LINK + "x" * 100)) > 29
    with pytest.raises(ValueError, match="too long for a QR code"):
        qr_matrix("x" * 2400)


def test_rectangles_cover_exactly_the_dark_modules() -> None:
    rnd = random.Random(3)
    for modules in [qr_matrix(LINK), [[rnd.random() < 0.5 for _ in range(21)] for _ in range(21)]]:
        covered = [[0] * len(modules) for _ in modules]
        for x, y, width, height in module_rectangles(modules):
            for row in range(y, y + height):
                for column in range(x, x + width):
                    covered[row][column] += 1
        assert covered == [[int(dark) for dark in row] for row in modules]
    symbol = qr_matrix(LINK)
    dark = sum(map(sum, symbol))
    assert len(module_rectangles(symbol)) < dark / 2  # merged, not a rectangle per module


# On the diploma.


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_every_layout_draws_one_path_a_phone_can_read(template: str, orientation: str) -> None:
    design = replace(QR_DESIGN, template=template, orientation=orientation)
    with_qr = diploma_pdf(design, CONTENT)
    without = diploma_pdf(replace(design, verification_url=""), CONTENT)
    assert len(page_fills(with_qr)) == len(page_fills(without)) + 1
    assert qr_fills(without) == []
    box = layout_page(design).frame.qr
    assert box is not None
    (rects,) = qr_fills(with_qr)
    for x, y, w, h in rects:  # inside its square, clear of the quiet zone
        assert box.x + 2 * MM <= x and x + w <= box.right - 2 * MM
        assert box.y + 2 * MM <= y and y + h <= box.top - 2 * MM
    (result,) = scanned_from_page(with_qr, box)
    assert result.text == LINK
    assert "7KQ2-M9XD" in read(with_qr).pages[0].extract_text()  # the code is printed too


def test_no_qr_code_without_an_address_or_on_a_preview_without_a_code() -> None:
    assert qr_fills(diploma_pdf(DESIGN, CONTENT)) == []
    preview = replace(CONTENT, serial="", verification_code="")
    assert qr_fills(diploma_pdf(QR_DESIGN, preview)) == []
    assert verification_link(QR_DESIGN, preview) == ""
    assert verification_link(DESIGN, CONTENT) == ""


def test_the_code_is_url_quoted_into_every_place_the_address_asks_for_it() -> None:
    design = replace(QR_DESIGN, verification_url=" https://x.se/{code}?k={code} ")
    odd = replace(CONTENT, verification_code="AB/C&D")
    assert verification_link(design, odd) == "https://x.se/AB%2FC%26D?k=AB%2FC%26D"


LONG_TITLE = "Förvaltningschef för socialförvaltningen och äldreomsorgen i Alingsås"


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_the_qr_square_stays_on_the_page_and_clear_of_everything_else(
    template: str, orientation: str
) -> None:
    """Three signatories with two-line titles, the longest serial and code: the worst case."""
    signatories = tuple(
        Signatory(name=f"Anna-Karin Lindqvist-Öberg {i}", title=LONG_TITLE, signature_png=SIGNATURE)
        for i in range(3)
    )
    design = replace(QR_DESIGN, template=template, orientation=orientation, signatories=signatories)
    longest = "FRAMTIDENS-LEDARE-ALINGSÅS-2025-00000007"  # the register allows 40 characters
    content = replace(CONTENT, serial=longest, verification_code=longest)
    page = layout_page(design)
    person = layout_person(page, design, content)
    box = page.frame.qr
    assert box is not None and box.width == box.height == QR_SIDE
    margin = 5 * MM  # what a desktop printer leaves unprinted
    assert margin <= box.x and box.right <= page.width - margin
    assert margin <= box.y and box.top <= page.height - margin
    others: list[Box] = [p.box for p in page.static.pictures]
    for run in (*page.static.runs, *person.layer.runs):
        bottom = run.y - DESCENT * run.size
        others.append(Box(run.x, bottom, run.width, (ASCENT + DESCENT) * run.size))
    for shape in (*page.static.shapes, *person.layer.shapes):
        if isinstance(shape, Rule):
            others.append(Box(shape.x1, shape.y - shape.width, shape.x2 - shape.x1, shape.width))
        elif isinstance(shape, Diamond):
            r = shape.radius
            others.append(Box(shape.x - r, shape.y - r, 2 * r, 2 * r))
        elif isinstance(shape, Rect) and shape.fill is not None:
            others.append(shape.box)
        elif isinstance(shape, Rect):  # a frame: the square lies inside it
            assert shape.box.x < box.x and box.right < shape.box.right
            assert shape.box.y < box.y and box.top < shape.box.top
        elif isinstance(shape, Curve):  # an ornament's line never crosses the square
            assert not any(
                box.x <= px <= box.right and box.y <= py <= box.top for px, py in shape.points
            )
    assert any(len(r.text) > 30 for r in person.layer.runs if r.y < 25 * MM)  # the footer
    for other in others:
        assert (
            other.right <= box.x or other.x >= box.right or other.top <= box.y or other.y >= box.top
        ), (other, box)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://example.se/diplom", r"needs \{code\} where the diploma's code goes"),
        ("https://example.se/{kod}", r"only the placeholder \{code\}, not “\{kod\}”"),
        ("https://example.se/{code}/{name}", r"not “\{name\}”"),
        ("https://example.se/{code}}", r"not “\}”"),
        ("https://example.se/ {code}", "cannot contain spaces"),
        ("https://example.se/?k={code}&x=" + "a" * MAX_VERIFICATION_URL, "at most 300 characters"),
    ],
)
def test_an_address_the_qr_code_cannot_use_is_refused_in_one_sentence(
    url: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        check_design(replace(DESIGN, verification_url=url))
    assert str(raised.value).count(". ") == 0 and str(raised.value).endswith(".")
    check_design(replace(DESIGN, verification_url="  "))  # blank: no QR code, no complaint
    check_design(QR_DESIGN)
