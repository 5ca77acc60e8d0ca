"""Badges set like the other documents: a particle stays with its surname on every sheet
for the 513 names, the font subsets carry tags of their own, and every sheet fits A4."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from diplomas import fonts
from diplomas.badges import MM, Box, badges_pdf, label_boxes, layout_badge, tent_face
from diplomas.badges_model import A4_MM, SHEETS, Badge, BadgeDocument, TentSize
from diplomas.text_fit import PARTICLES
from tests.badge_names import names_513

EVENT = "Framtidens ledare · Omgång 3, hösten 2025"
PEOPLE = names_513()
BADGES = tuple(
    Badge(f, f"{f} {last}", org, role, "Mentorsgrupp: Eva Ek") for f, last, org, role in PEOPLE
)
# A person without a first name gets the full name large, where it wraps far sooner.
FULL_NAMES_LARGE = tuple(Badge(f"{f} {last}", "", org, role) for f, last, org, role in PEOPLE)
PAPERS = [*SHEETS, *TentSize]


def _boxes(paper: str, badges: tuple[Badge, ...]) -> Iterator[tuple[Badge, Box]]:
    if paper in SHEETS:
        yield from zip(
            badges, label_boxes(BadgeDocument(EVENT, badges, sheet=SHEETS[paper])), strict=True
        )
    else:
        size = TentSize(paper)
        face = tent_face(BadgeDocument(EVENT, badges[:1], tents=size), size)
        yield from ((badge, face) for badge in badges)


def _ends_in_particle(line: str) -> bool:
    last = line.split(" ")[-1]
    return last.casefold() in PARTICLES or line.endswith(("Al-", "al-", "El-", "el-"))


@pytest.mark.parametrize("paper", PAPERS, ids=str)
def test_no_line_of_513_badges_parts_a_particle_from_its_surname(paper: str) -> None:
    """ "von ⏎ Schéele", "af ⏎ Lundholm", "Al- ⏎ Sayed" never; the particle starts the line
    it belongs to instead (the names do wrap there: the test would see a break)."""
    kept = 0
    for badges in (BADGES, FULL_NAMES_LARGE):
        for badge, box in _boxes(paper, badges):
            layout = layout_badge(badge, EVENT, box)
            for run in layout.runs:
                assert not _ends_in_particle(run.text), (paper, badge.full_name, run.text)
                kept += run.text.split(" ")[0].casefold() in PARTICLES
            lines = layout.first_name.lines
            assert " ".join(lines).replace("- ", "-") == badge.first_name
    assert kept >= 8  # "af Lundholm-…", "von Schéele" … began a line


def _base_fonts(data: bytes) -> dict[int, str]:
    """Font object number → /BaseFont ("GPLZRT+Lato-Bold") of every font in the file."""
    found = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            found[font.idnum] = str(font.get_object()["/BaseFont"]).lstrip("/")
    return found


@pytest.mark.parametrize("tents", [None, TentSize.A5], ids=str)
def test_the_font_subsets_are_tagged_by_what_they_hold(tents: TentSize | None) -> None:
    """As in every other document (diplomas.fonts.subset_tag): no "AAAAAA+" for every file,
    each subset its own tag, two files with other names other tags (equal subsets equal
    ones), the same file the same bytes."""
    first = badges_pdf(BadgeDocument(EVENT, BADGES[:30], tents=tents))
    second = badges_pdf(BadgeDocument(EVENT, BADGES[30:60], tents=tents))
    tags_first, tags_second = _base_fonts(first), _base_fonts(second)
    assert len(tags_first) == 3  # Lato regular, bold and italic, one subset each
    for name in tags_first.values():
        tag, font = name.split("+")
        assert re.fullmatch("[A-Z]{6}", tag) and tag != "AAAAAA", name
        assert font in {"Lato-Regular", "Lato-Bold", "Lato-Italic"}
    assert len(set(tags_first.values())) == len(tags_first)
    by_font = {name.split("+")[1]: name for name in tags_second.values()}
    for name in tags_first.values():  # other names: other glyphs, other tags
        if not name.endswith("Italic"):  # the roles, the same in both files
            assert by_font[name.split("+")[1]] != name
    assert badges_pdf(BadgeDocument(EVENT, BADGES[:30], tents=tents)) == first


@pytest.mark.parametrize("name", list(SHEETS))
def test_every_sheet_fits_a4(name: str) -> None:
    """The last row and column end on the paper (5 rows of 57 mm on 297 mm for L7173)."""
    sheet = SHEETS[name]
    left, top, width, height = sheet.label_box_mm(sheet.per_sheet - 1)
    assert sheet.left_mm >= 0 and sheet.top_mm >= 0
    assert left + width <= A4_MM[0] + 1e-9 and top + height <= A4_MM[1] + 1e-9
    assert sheet.pitch_x_mm >= width and sheet.pitch_y_mm >= height


def test_l7173_and_l7418_are_where_avery_puts_them() -> None:
    """L7173: five rows of 57 mm centred, 6 mm above and below; L7418 (name badge labels):
    86 × 55 mm, 2 × 4, touching, centred: 19 mm at the sides, 38.5 mm above and below."""
    l7173 = SHEETS["L7173"]
    assert l7173.top_mm == pytest.approx(6.0)
    bottom = A4_MM[1] - (l7173.top_mm + (l7173.rows - 1) * l7173.pitch_y_mm + l7173.label_height_mm)
    assert bottom == pytest.approx(6.0)
    l7418 = SHEETS["L7418"]
    assert (l7418.label_width_mm, l7418.label_height_mm, l7418.per_sheet) == (86, 55, 8)
    boxes = label_boxes(BadgeDocument(EVENT, BADGES[:8], sheet=l7418))
    assert boxes[0].x / MM == pytest.approx(19.0, abs=0.01)
    assert A4_MM[1] - (boxes[0].y + boxes[0].height) / MM == pytest.approx(38.5, abs=0.01)
    assert A4_MM[0] - (boxes[-1].x + boxes[-1].width) / MM == pytest.approx(19.0, abs=0.01)
    assert boxes[-1].y / MM == pytest.approx(38.5, abs=0.01)


def test_the_fonts_are_registered_by_the_shared_module() -> None:
    """The badges draw with diplomas.fonts' registered faces (tagged subsets), not their own."""
    fonts.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    for name in (fonts.SANS, fonts.SANS_BOLD, fonts.SANS_ITALIC):
        assert isinstance(pdfmetrics.getFont(name), fonts._tagged_font_class())
