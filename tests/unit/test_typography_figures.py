"""Vollkorn's numbers are drawn with its lining figures: "10" must not read "IO"."""

from __future__ import annotations

import io
from importlib import resources

from diplomas import fonts
from diplomas.diploma import diploma_pdf
from tests.pdf_text import read
from tests.unit.test_diploma_render import CONTENT, DESIGN


def test_vollkorn_digits_are_its_lining_figures_and_lato_is_untouched() -> None:
    fonts.register_fonts()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for font in fonts.BUNDLED_FONTS:
        data = resources.files(fonts.FONT_PACKAGE).joinpath(font.file).read_bytes()
        face = pdfmetrics.getFont(font.name).face
        digits = [face.charToGlyph[ord(d)] for d in "0123456789"]
        if font.lining:
            names = fonts.glyph_names(data)
            assert [names[g] for g in digits] == [f"{n}.lf" for n in fonts.DIGIT_NAMES]
            one = face.hmetrics[names.index("one.lf")][0] * 1000 / face.unitsPerEm
            assert fonts.string_width("1", font.name, 1) * 1000 == round(one)
        else:  # as the font's cmap says
            plain = TTFont("plain", io.BytesIO(data)).face
            assert digits == [plain.charToGlyph[ord(d)] for d in "0123456789"]


def test_a_diploma_still_reads_its_numbers_as_digits() -> None:
    data = diploma_pdf(DESIGN, CONTENT)
    text = read(data).pages[0].extract_text()
    assert "22 mars 2024" in text.replace("\xa0", " ")
    assert "FL-2025-007" in text
