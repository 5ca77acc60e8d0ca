"""Print production (README, "Diplomas: templates and print"): no mark within 5 mm of the
paper's edge on an office print; a print shop's version with 3 mm bleed, a TrimBox and a
BleedBox; names of 80 characters on three lines before falling below the minimum; every
template in every language with the worst names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain import Language
from diplomas.diploma import diploma_pdf, render_diplomas
from diplomas.diploma_model import (
    EDGES,
    ORIENTATIONS,
    TEMPLATES,
    WORDS,
    DiplomaDesign,
    Signatory,
    check_design,
)
from diplomas.layout import (
    A4_LONG,
    A4_SHORT,
    ASCENT,
    BLEED,
    DESCENT,
    MM,
    SAFE,
    Box,
    Curve,
    Diamond,
    PageLayout,
    QrCode,
    Rect,
    Rule,
)
from diplomas.person_layout import layout_person
from diplomas.templates import layout_page
from tests.pdf_text import read
from tests.unit.test_diploma_render import (
    CONTENT,
    DESIGN,
    LOGO,
    assert_on_the_page_without_collisions,
    png,
)
from tests.unit.test_typography_names import DOUBLE_80, STACK

LAYOUTS = [(t, o) for t in TEMPLATES for o in ORIENTATIONS]
SIGNATORIES = (
    Signatory(
        name="Anna-Karin Lindqvist-Gyllenhammar af Ornäs",
        title="Kommundirektör, Alingsås kommun",
    ),
    Signatory(name="Mikael Åström", title="Personalchef"),
    Signatory(name="Päivi Järvinen-Sämpäläinen", title="Programansvarig för ledarskap"),
)
FULL = replace(
    DESIGN,
    signatories=SIGNATORIES,
    verification_url="https://kohort.example/v/{code}",
    background_png=png(20, 20, (240, 230, 200)),
)


def marks(page: PageLayout, design: DiplomaDesign) -> list[tuple[str, Box]]:
    """Everything a page prints, as (what, the box it reaches)."""
    person = layout_person(page, design, replace(CONTENT, name=DOUBLE_80))
    found: list[tuple[str, Box]] = []
    for layer in (page.static, person.layer):
        for shape in layer.shapes:
            if isinstance(shape, Rect | QrCode):
                grow = shape.line_width / 2 if isinstance(shape, Rect) else 0.0
                box = shape.box
                found.append(
                    (
                        repr(shape)[:40],
                        Box(
                            box.x - grow, box.y - grow, box.width + 2 * grow, box.height + 2 * grow
                        ),
                    )
                )
            elif isinstance(shape, Rule):
                found.append(
                    (
                        "rule",
                        Box(shape.x1, shape.y - shape.width / 2, shape.x2 - shape.x1, shape.width),
                    )
                )
            elif isinstance(shape, Diamond):
                r = shape.radius
                found.append(("diamond", Box(shape.x - r, shape.y - r, 2 * r, 2 * r)))
            elif isinstance(shape, Curve):
                xs = [x for x, _ in shape.points]
                ys = [y for _, y in shape.points]
                half = shape.width / 2
                found.append(
                    (
                        "curve",
                        Box(
                            min(xs) - half,
                            min(ys) - half,
                            max(xs) - min(xs) + shape.width,
                            max(ys) - min(ys) + shape.width,
                        ),
                    )
                )
        found += [("picture", p.box) for p in layer.pictures]
        found += [
            (r.text, Box(r.x, r.y - DESCENT * r.size, r.width, (ASCENT + DESCENT) * r.size))
            for r in layer.runs
        ]
    if page.background is not None and page.background_box is not None:
        found.append(("background", page.background_box))
    return found


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_an_office_print_keeps_every_mark_5_mm_from_the_edge(
    template: str, orientation: str
) -> None:
    design = replace(FULL, template=template, orientation=orientation)
    page = layout_page(design)
    assert page.trim is None and page.print_boxes() == {}
    assert {page.width, page.height} == {A4_SHORT, A4_LONG}
    for what, box in marks(page, design):
        assert box.x >= SAFE - 0.01 and box.y >= SAFE - 0.01, what
        assert box.right <= page.width - SAFE + 0.01, what
        assert box.top <= page.height - SAFE + 0.01, what


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_a_print_shop_version_has_3_mm_bleed_a_trim_box_and_the_same_page_inside(
    template: str, orientation: str
) -> None:
    office = replace(FULL, template=template, orientation=orientation)
    shop = replace(office, edge="bleed")
    check_design(shop)
    data = diploma_pdf(shop, CONTENT)
    pdf_page = read(data).pages[0]
    width, height = (A4_SHORT, A4_LONG) if orientation == "portrait" else (A4_LONG, A4_SHORT)
    media = [float(v) for v in pdf_page.mediabox]
    trim = [float(v) for v in pdf_page.trimbox]
    bleed = [float(v) for v in pdf_page.bleedbox]
    assert media == pytest.approx([0, 0, width + 2 * BLEED, height + 2 * BLEED], abs=0.01)
    assert trim == pytest.approx([BLEED, BLEED, BLEED + width, BLEED + height], abs=0.01)
    assert bleed == pytest.approx(media, abs=0.01)
    assert "/TrimBox" not in str(read(diploma_pdf(office, CONTENT)).pages[0])
    # Inside the trim the page is the office page (panels apart, which run into the bleed).
    page, plain = layout_page(shop), layout_page(office)
    runs = [(round(r.x - BLEED, 2), round(r.y - BLEED, 2), r.text) for r in page.static.runs]
    assert runs == [(round(r.x, 2), round(r.y, 2), r.text) for r in plain.static.runs]
    assert page.background_box == Box(0, 0, page.width, page.height)
    # A panel meant to reach the edge does, past the trim, by the bleed.
    for shape in page.static.shapes:
        if isinstance(shape, Rect) and shape.fill is not None and shape.box.x <= BLEED:
            assert shape.box.x == pytest.approx(0)
            assert shape.box.y == pytest.approx(0) or shape.box.top == pytest.approx(page.height)


def test_the_modern_panels_stop_7_mm_from_the_edge_or_run_into_the_bleed() -> None:
    for orientation in ORIENTATIONS:
        design = replace(FULL, template="modern", orientation=orientation, background_png=None)
        office = [s for s in layout_page(design).static.shapes if isinstance(s, Rect)]
        assert office and min(s.box.x for s in office) == pytest.approx(7 * MM)
        shop = layout_page(replace(design, edge="bleed"))
        panels = [s for s in shop.static.shapes if isinstance(s, Rect) and s.box.x == 0]
        assert panels  # from the sheet's edge: 3 mm past the trim


def test_the_print_edge_is_checked() -> None:
    assert EDGES == ("margin", "bleed")
    with pytest.raises(ValueError, match="print edge"):
        check_design(replace(DESIGN, edge="full"))


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
def test_no_name_of_the_stack_falls_below_the_minimum(template: str, orientation: str) -> None:
    design = replace(DESIGN, template=template, orientation=orientation)
    page = layout_page(design)
    for name in STACK:
        fitted = layout_person(page, design, replace(CONTENT, name=name)).name
        assert not fitted.below_minimum and fitted.font_size >= page.frame.name_min, name
        assert len(fitted.lines) <= page.frame.name_lines


def test_portrait_pages_set_the_longest_names_on_three_balanced_lines() -> None:
    for template in TEMPLATES:
        design = replace(DESIGN, template=template, orientation="portrait")
        page = layout_page(design)
        fitted = layout_person(page, design, replace(CONTENT, name="Maj " + DOUBLE_80)).name
        assert len(fitted.lines) == 3 and fitted.font_size == page.frame.name_min, template
        assert max(fitted.widths) - min(fitted.widths) < 0.5 * max(fitted.widths)
        for line in fitted.lines[:-1]:
            assert not line.casefold().endswith((" af", " von", " al-")), fitted.lines


@pytest.mark.parametrize(("template", "orientation"), LAYOUTS)
@pytest.mark.parametrize("language", list(Language))
def test_every_template_prints_every_language_with_the_worst_names(
    template: str, orientation: str, language: Language
) -> None:
    words = WORDS[language]
    design = replace(
        FULL,
        template=template,
        orientation=orientation,
        language=language,
        title=words.title,
        wording=words.wording,
        background_png=None,
    )
    for name in ("Maj " + DOUBLE_80, "Ánde Ŋuolja", "Li Wu"):
        data = diploma_pdf(design, replace(CONTENT, name=name))
        assert_on_the_page_without_collisions(data)


def test_a_stack_of_every_template_has_one_tag_per_font_subset() -> None:
    import io

    for template in TEMPLATES:
        buffer = io.BytesIO()
        design = replace(DESIGN, template=template, logo_png=LOGO)
        render_diplomas(design, [replace(CONTENT, name=n) for n in STACK], buffer)
        fonts: dict[str, object] = {}
        for page in read(buffer.getvalue()).pages:
            resources = page["/Resources"]
            for xobject in resources.get("/XObject", {}).values():
                form = xobject.get_object()
                for font in form.get("/Resources", {}).get("/Font", {}).values():
                    font = font.get_object()
                    fonts.setdefault(str(font["/BaseFont"]), font.indirect_reference)
            for font in resources.get("/Font", {}).values():
                font = font.get_object()
                tag = str(font["/BaseFont"])
                assert fonts.setdefault(tag, font.indirect_reference) == font.indirect_reference
        assert all("+" in tag for tag in fonts)
        assert not any(tag.startswith("AAAAAA+") for tag in fonts)
