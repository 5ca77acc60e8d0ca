"""Bundled fonts and fitting text into a box: every Nordic name draws, nothing overflows."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from diplomas import fonts
from diplomas.text_fit import fit_text

# Swedish, Norwegian, Danish, Finnish, Northern Sámi letters, and names like Yılmaz, Hodžić.
NORDIC = "åäöæøÅÄÖÆØ" + "šžčđŋŧáŠŽČĐŊŦÁ" + "ıİğĞşŞćĆçÇ" + "éèüÜõÕâ"
PUNCTUATION = "-–—’'.,:·()/&"
NAME_ALPHABET = NORDIC + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + " -'"
STANDARD_14 = {
    *("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    *("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol"),
    *("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "ZapfDingbats"),
}


def test_every_bundled_font_is_truetype_with_glyf_outlines() -> None:
    folder = resources.files(fonts.FONT_PACKAGE)
    for font in fonts.BUNDLED_FONTS:
        data = folder.joinpath(font.file).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", f"{font.file} is not TrueType (CFF is refused)"
        assert b"glyf" in data[:1024], f"{font.file} has no glyf table"


def test_the_bundle_is_small_and_carries_its_licence() -> None:
    folder = resources.files(fonts.FONT_PACKAGE)
    total = sum(len(folder.joinpath(f.file).read_bytes()) for f in fonts.BUNDLED_FONTS)
    assert total < 3_000_000
    licence = folder.joinpath("OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    for font in fonts.BUNDLED_FONTS:
        assert font.file in licence


@pytest.mark.parametrize("font", [f.name for f in fonts.BUNDLED_FONTS])
def test_every_font_covers_nordic_sami_and_immigrant_names(font: str) -> None:
    assert fonts.missing_glyphs(NORDIC + PUNCTUATION + "0123456789", font) == ()
    assert fonts.can_draw("Máret Ánde Đorđe Ŋuolja Ŧuomas Yılmaz Hodžić", font)


def test_missing_glyphs_names_exactly_what_cannot_be_drawn() -> None:
    assert fonts.missing_glyphs("Li 李雷 😀 Lei") == ("李", "雷", "😀")
    assert not fonts.can_draw("Anna\nBerg")  # a drawn line has no line break


def test_decomposed_text_is_composed_before_checking_and_drawing() -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa Öberg-Jäätteenmäki")
    assert len(decomposed) > len("Åsa Öberg-Jäätteenmäki")
    assert fonts.nfc(decomposed) == "Åsa Öberg-Jäätteenmäki"
    assert fonts.missing_glyphs(decomposed) == ()


def test_registering_from_many_threads_at_once_is_safe_and_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    errors: list[BaseException] = []

    def register() -> None:
        try:
            fonts.register_fonts()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=register) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    fonts.register_fonts()
    assert errors == []
    registered = pdfmetrics.getRegisteredFontNames()
    assert {f.name for f in fonts.BUNDLED_FONTS} <= set(registered)
    assert pdfmetrics.getFont(fonts.SANS).face.name == b"Lato-Regular"


def test_a_new_canvas_embeds_only_bundled_fonts_and_keeps_metadata_neutral() -> None:
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(
        buffer, pagesize=(400, 300), title="Diplom – Framtidens ledare", lang="sv-SE"
    )
    canvas.drawString(40, 200, fonts.nfc("Åsa Öberg-Jäätteenmäki"))  # the initial font
    canvas.setFont(fonts.SERIF_BOLD, 20)
    canvas.drawString(40, 150, "Zeynep Yılmaz")
    canvas.showPage()
    canvas.save()

    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    embedded = embedded_fonts(reader)
    assert embedded == {"Lato-Regular", "Vollkorn-Bold"}
    assert reader.metadata is not None
    assert reader.metadata.title == "Diplom – Framtidens ledare"
    assert not reader.metadata.author
    assert "Åsa Öberg-Jäätteenmäki" in reader.pages[0].extract_text()


def embedded_fonts(reader: PdfReader) -> set[str]:
    """The fonts of every page, without subset tags; fails on any font not embedded."""
    names = set()
    for page in reader.pages:
        font_dict = page["/Resources"].get_object().get("/Font", {})
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14, f"standard font {base} in the PDF"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{base} is not embedded as TrueType"
            assert "+" in base, f"{base} is embedded whole, not as a subset"
            names.add(base.split("+")[-1])
    return names


# Fitting text into a box.


def test_a_short_name_keeps_the_largest_size_on_one_line() -> None:
    fitted = fit_text("Emir Hodžić", fonts.SANS, width=200, max_size=24, min_size=14)
    assert fitted.lines == ("Emir Hodžić",)
    assert fitted.font_size == 24
    assert fitted.width <= 200


def test_a_longer_name_shrinks_before_it_breaks() -> None:
    name = "Karl-Henrik Wästerlund"
    full = fonts.string_width(name, fonts.SANS, 24)
    fitted = fit_text(name, fonts.SANS, width=full * 0.8, max_size=24, min_size=14)
    assert fitted.lines == (name,)
    assert 18.9 <= fitted.font_size <= 19.2
    assert fitted.width <= full * 0.8


def test_a_very_long_name_breaks_onto_two_balanced_lines() -> None:
    name = "Marie-Louise Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
    assert len(name) >= 60
    fitted = fit_text(name, fonts.SERIF_BOLD, width=300, max_size=30, min_size=16)
    assert len(fitted.lines) == 2
    assert fitted.font_size >= 16
    assert fitted.width <= 300
    assert fitted.text == name
    short, long = sorted(fitted.widths)
    assert short / long > 0.6, fitted.lines  # balanced, not one word on the second line


def test_breaking_after_a_hyphen_keeps_the_hyphen() -> None:
    fitted = fit_text("Öberg-Jäätteenmäki", fonts.SANS, width=60, max_size=12, min_size=10)
    assert fitted.lines == ("Öberg-", "Jäätteenmäki")
    assert fitted.text == "Öberg-Jäätteenmäki"


def test_text_that_cannot_fit_at_the_minimum_shrinks_below_it_rather_than_overflow() -> None:
    word = "Jäätteenmäki" * 6
    fitted = fit_text(word, fonts.SANS, width=100, max_size=12, min_size=8)
    assert fitted.below_minimum
    assert fitted.lines == (word,)
    assert fitted.width <= 100


def test_the_box_height_limits_the_size() -> None:
    fitted = fit_text("Anna Berg", fonts.SANS, width=500, max_size=40, min_size=6, height=20)
    assert fitted.height <= 20


def test_decomposed_input_comes_out_composed() -> None:
    fitted = fit_text(
        unicodedata.normalize("NFD", "Åsa  Öberg"), fonts.SANS, width=300, max_size=12, min_size=8
    )
    assert fitted.lines == ("Åsa Öberg",)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=80).filter(str.strip),
    width=st.floats(min_value=40, max_value=400),
)
def test_no_name_ever_overflows_its_box(name: str, width: float) -> None:
    fitted = fit_text(name, fonts.SANS, width=width, max_size=20, min_size=9, height=50)
    assert fitted.width <= width + 1e-6
    assert fitted.height <= 50 + 1e-6
    assert 1 <= len(fitted.lines) <= 2
    assert fitted.text == " ".join(name.split())
    assert fitted.text in {"".join(fitted.lines), " ".join(fitted.lines)}
    for line, measured in zip(fitted.lines, fitted.widths, strict=True):
        assert fonts.string_width(line, fonts.SANS, fitted.font_size) == pytest.approx(measured)


def test_a_ceremony_stack_registers_only_the_faces_it_draws() -> None:
    """A stack of diplomas and its checklist load the template's fonts and the checklist's,
    not every bundled face (each costs about 1.5 MB): in a fresh process, as the command
    runs it; a document that asks for all of them still gets all five."""
    script = """
import io
from functools import partial
from dataclasses import replace
from reportlab.pdfbase import pdfmetrics
from diplomas import fonts
from diplomas.checklist import Checklist, ChecklistRow, draw_checklist
from diplomas.diploma import render_stack
from diplomas.layout import fonts_of
from tests.unit.test_diploma_render import CONTENT, DESIGN

design = replace(DESIGN, template="classic")
rows = Checklist(title="t", rows=(ChecklistRow(CONTENT.name, CONTENT.serial),))
pages = [("k", design, CONTENT), ("k", design, replace(CONTENT, serial="FL-2026-002"))]
render_stack(pages, io.BytesIO(), title="t", total=2, then=partial(draw_checklist, checklist=rows))
drawn = set(fonts_of("classic")) | {fonts.SANS, fonts.SANS_BOLD}
registered = set(pdfmetrics.getRegisteredFontNames()) & {f.name for f in fonts.BUNDLED_FONTS}
assert registered == drawn, registered
assert fonts.SANS_ITALIC not in registered
fonts.register_fonts()
assert {f.name for f in fonts.BUNDLED_FONTS} <= set(pdfmetrics.getRegisteredFontNames())
"""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "KOHORT_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
