"""Name badges and table cards as printed: every one of 513 names fits its label, the labels
sit where the sheet's template says, the offset moves everything, a card's faces mirror."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from typing import Any

import pytest
from pypdf import PdfReader

from app.domain import Language
from diplomas import fonts
from diplomas.badges import (
    ACCENT_ROOM,
    ASCENT,
    FIRST_NAME,
    MM,
    Box,
    badges_pdf,
    fit_name,
    label_boxes,
    layout_badge,
    tent_face,
)
from diplomas.badges_model import SHEETS, Badge, BadgeDocument, TentSize
from diplomas.problems import DocumentError
from tests.badge_names import DOUBLE_80, names_513

EVENT = "Framtidens ledare · Omgång 3, hösten 2025"
TOLERANCE_MM = 0.1


def badge(first: str, last: str, organization: str = "", role: str = "") -> Badge:
    return Badge(first, f"{first} {last}", organization, role, "Mentorsgrupp: Eva Ek")


BADGES = tuple(badge(*person) for person in names_513())


@dataclass(frozen=True)
class Drawn:
    text: str
    x: float  # the baseline's start, in page points
    y: float
    width: float  # measured with the bundled font's metrics at the drawn size
    size: float
    turned: bool  # drawn upside down (the upper face of a table card)


def drawn(data: bytes) -> list[list[Drawn]]:
    """Every piece of text of every page, with where it starts, whichever way it is turned."""
    by_postscript_name = {f.file.removesuffix(".ttf"): f.name for f in fonts.BUNDLED_FONTS}
    pages: list[list[Drawn]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[Drawn] = []
        page.extract_text(visitor_text=_visitor(found, by_postscript_name))
        pages.append(found)
    return pages


def _visitor(found: list[Drawn], font_names: dict[str, str]) -> Any:
    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.strip("\n").rstrip(" ")
        if not text.strip():
            return
        name = font_names[str(font["/BaseFont"]).split("+")[-1]]
        scale = tm[0] * cm[0] + tm[1] * cm[2]
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        drawn_size = abs(size * scale)
        assert fonts.can_draw(text, name), text
        width = fonts.string_width(text, name, drawn_size)
        found.append(Drawn(text, x, y, width, drawn_size, scale < 0))

    return visit


@pytest.mark.parametrize("sheet", list(SHEETS))
def test_every_one_of_513_names_fits_its_badge(sheet: str) -> None:
    document = BadgeDocument(EVENT, BADGES, sheet=SHEETS[sheet])
    boxes = label_boxes(document)
    for person, box in zip(BADGES, boxes, strict=True):
        layout = layout_badge(person, EVENT, box)
        inner = layout.inner
        texts = [run.text for run in layout.runs]
        assert "".join(texts).replace(" ", "").count(person.first_name.replace(" ", "")) >= 1
        for run in layout.runs:
            width = fonts.string_width(run.text, run.font, run.size)  # measured anew
            assert width <= inner.width + 0.01, (run.text, run.size)
            assert (
                inner.x - 0.01 <= run.x - width / 2
                and run.x + width / 2 <= inner.x + inner.width + 0.01
            )
            assert inner.y - 0.01 <= run.y - 0.25 * run.size, (run.text, run.y)
            assert run.y + ASCENT * run.size <= inner.y + inner.height + 0.01, run.text
            if run.text != EVENT:  # under the event's rule, accents on capitals too
                top = run.y + (ASCENT + ACCENT_ROOM) * run.size
                assert top <= layout.rule_y - 0.5 * MM, (run.text, run.size)
            assert fonts.can_draw(run.text, run.font), run.text
        baselines = sorted(run.y for run in layout.runs)
        assert all(b - a > 3 for a, b in zip(baselines, baselines[1:], strict=False)), texts
        assert layout.first_name.font_size >= 9  # the first name stays readable


def test_a_long_name_takes_two_lines_before_it_shrinks_below_the_wrap_size() -> None:
    width, height = 70 * MM, 15 * MM
    fitted = fit_name(DOUBLE_80[:30], fonts.SANS_BOLD, FIRST_NAME, width=width, height=height)
    assert fitted.lines == ("Anna-Carina", "Charlotta Eleonora")
    assert fitted.font_size >= FIRST_NAME.wrap
    short = fit_name("Li", fonts.SANS_BOLD, FIRST_NAME, width=width, height=height)
    assert short.lines == ("Li",) and short.font_size == FIRST_NAME.largest


def test_the_printed_badges_lie_on_their_labels_within_a_tenth_of_a_millimetre() -> None:
    """Read back from the PDF: each badge's lines are centred on its label's centre line and
    lie inside the label, page after page, for the 513 names on L4785 (10 per A4)."""
    sheet = SHEETS["L4785"]
    document = BadgeDocument(EVENT, BADGES, sheet=sheet)
    pages = drawn(badges_pdf(document))
    assert len(pages) == 52  # 513 badges, 10 a sheet
    page_height = 297 * MM
    seen = 0
    for number, runs in enumerate(pages):
        labels = [sheet.label_box_mm(i) for i in range(sheet.per_sheet)]
        for run in runs:
            centre = (run.x + run.width / 2) / MM
            y_from_top = (page_height - run.y) / MM
            home = [
                (left, top, w, h)
                for left, top, w, h in labels
                if left <= centre <= left + w and top <= y_from_top <= top + h
            ]
            assert len(home) == 1, (number, run)
            left, top, w, h = home[0]
            assert abs(centre - (left + w / 2)) <= TOLERANCE_MM, run
            assert left + 4 - TOLERANCE_MM <= run.x / MM  # inside the 4 mm padding
            assert (run.x + run.width) / MM <= left + w - 4 + TOLERANCE_MM
        seen += sum(1 for run in runs if run.text == EVENT)
    assert seen == 513


def test_the_label_boxes_are_the_templates() -> None:
    expected = {  # first and last label of a sheet: (left, top) in mm
        "L4785": ((18.0, 13.0), (113.0, 233.0)),
        "L7173": ((4.65, 6.0), (106.25, 234.0)),
        "L7165": ((4.65, 13.1), (106.25, 216.2)),
    }
    for name, (first, last) in expected.items():
        sheet = SHEETS[name]
        document = BadgeDocument(EVENT, BADGES[: sheet.per_sheet], sheet=sheet)
        boxes = label_boxes(document)
        for box, (left, top) in ((boxes[0], first), (boxes[-1], last)):
            assert box.x / MM == pytest.approx(left, abs=TOLERANCE_MM)
            assert 297 - (box.y + box.height) / MM == pytest.approx(top, abs=TOLERANCE_MM)
            assert box.width / MM == pytest.approx(sheet.label_width_mm, abs=TOLERANCE_MM)
        assert last[1] + sheet.label_height_mm <= 297 and last[0] + sheet.label_width_mm <= 210


@pytest.mark.parametrize("tents", [None, TentSize.A4, TentSize.A5])
def test_the_offset_moves_everything(tents: TentSize | None) -> None:
    document = BadgeDocument(EVENT, BADGES[:12], tents=tents)
    moved = replace(document, offset_x_mm=2.5, offset_y_mm=-3.0)  # right, and up
    before, after = drawn(badges_pdf(document)), drawn(badges_pdf(moved))
    assert [len(p) for p in before] == [len(p) for p in after]
    for page_before, page_after in zip(before, after, strict=True):
        for a, b in zip(page_before, page_after, strict=True):
            assert b.text == a.text
            assert (b.x - a.x) / MM == pytest.approx(2.5, abs=0.01)
            assert (b.y - a.y) / MM == pytest.approx(3.0, abs=0.01)


@pytest.mark.parametrize("size", list(TentSize))
def test_a_table_cards_two_faces_mirror_so_both_read_upright_when_folded(size: TentSize) -> None:
    document = BadgeDocument(EVENT, BADGES[:4], tents=size, language=Language.FINNISH)
    width, height = (v * MM for v in size.page_mm)
    pages = drawn(badges_pdf(document))
    assert len(pages) == 4  # one card a sheet
    face = tent_face(document, size)
    for runs in pages:
        upright = {(r.text, round(r.x, 1), round(r.y, 1)) for r in runs if not r.turned}
        turned = {(r.text, round(width - r.x, 1), round(height - r.y, 1)) for r in runs if r.turned}
        assert upright == turned and upright
        assert all(r.y < height / 2 for r in runs if not r.turned)
        assert all(r.y > height / 2 for r in runs if r.turned)
        assert max(r.size for r in runs) > 30  # the first name, read across the table
        for r in runs:
            if not r.turned:
                assert face.x <= r.x and r.x + r.width <= face.x + face.width


def test_the_file_says_its_language_and_embeds_every_font_and_names_no_one() -> None:
    data = badges_pdf(BadgeDocument(EVENT, BADGES[:3], language=Language.SWEDISH))
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    meta = reader.metadata
    assert meta is not None and meta.title == f"Namnskyltar – {EVENT}"
    assert not meta.author
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor


def test_nothing_to_print_or_a_letter_no_font_has_is_refused() -> None:
    with pytest.raises(DocumentError, match="no one to make name badges for"):
        badges_pdf(BadgeDocument(EVENT, ()))
    with pytest.raises(DocumentError, match="U\\+674E"):
        badges_pdf(BadgeDocument(EVENT, (badge("Li", "李"),)))


def test_a_box_is_scaled_for_table_cards() -> None:
    small = layout_badge(BADGES[10], EVENT, Box(0, 0, 80 * MM, 50 * MM))
    large = layout_badge(BADGES[10], EVENT, Box(0, 0, 210 * MM, 148.5 * MM))
    assert large.first_name.font_size > 2.5 * small.first_name.font_size


def test_a_long_mentor_name_in_the_group_line_wraps_instead_of_shrinking() -> None:
    """A group line naming an 80-character mentor took one line at about 3 pt; it now
    takes two lines at the group size, inside the badge, and no other line moves into it."""
    from diplomas.badges import GROUP

    badge = Badge("Marie-Louise", "Marie-Louise Ek", "Alingsås kommun", "Rektor",
                  f"Mentorsgrupp: {DOUBLE_80}")  # fmt: skip
    box = Box(0, 0, 80 * MM, 50 * MM)
    layout = layout_badge(badge, EVENT, box)
    group = [run for run in layout.runs if run.font == fonts.SANS_BOLD and run.size < 8]
    assert len(group) == 2
    assert all(run.size >= GROUP.smallest for run in group)
    assert all(run.width <= layout.inner.width + 0.01 for run in group)
    others = [run for run in layout.runs if run not in group]
    assert min(run.y for run in others) > max(run.y for run in group) + group[0].size
