"""One rule for setting the name on diplomas, and one size for the signatories' names
(README, "Typography rules")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplomas.diploma_model import ORIENTATIONS, TEMPLATES, Signatory
from diplomas.layout import ASCENT, NAME_LEADING
from diplomas.person_layout import layout_person, name_baseline
from diplomas.templates import layout_page
from diplomas.text_fit import PARTICLES, fit_text
from tests.unit.test_diploma_render import CONTENT, DESIGN

DOUBLE_80 = "Anna-Carina Charlotta Eleonora Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
STACK = (
    "Li Wu",
    "Åsa Öberg-Jäätteenmäki",
    "Ánde Ŋuolja",
    "Carl-Johan von Schéele",
    "Ebba af Lundholm",
    "Fatima Al-Sayed",
    "Hans-Peter van der Berg de la Cruz",
    "Marie-Louise Gyllenstierna af Lundholm-Björkqvist",
    "Marie-Louise Gyllenstierna af Lundholm-Björkqvist-Wachtmeister",
    DOUBLE_80,
    "Maj " + DOUBLE_80,
)


def test_the_stack_spans_the_lengths_asked_for() -> None:
    lengths = [len(name) for name in STACK]
    assert min(lengths) == 5 and max(lengths) == 84 and len(DOUBLE_80) == 80


@pytest.mark.parametrize(
    ("template", "orientation"), [(t, o) for t in TEMPLATES for o in ORIENTATIONS]
)
def test_the_name_and_the_text_block_stay_in_place_across_a_stack(
    template: str, orientation: str
) -> None:
    design = replace(DESIGN, template=template, orientation=orientation)
    page = layout_page(design)
    frame = page.frame
    one_line_baselines: set[float] = set()
    others: list[list[float]] = []  # the baselines of everything but the name, per diploma
    for name in STACK:
        person = layout_person(page, design, replace(CONTENT, name=name))
        fitted = person.name
        name_runs = [
            r
            for r in person.layer.runs
            if r.font == frame.name_font and r.size == fitted.font_size and r.text in fitted.lines
        ]
        assert [r.text for r in name_runs] == list(fitted.lines)
        others.append(sorted(r.y for r in person.layer.runs if r not in name_runs))
        if len(fitted.lines) == 1:
            assert fitted.font_size >= frame.name_wrap, name  # shrunk no further than this
            one_line_baselines.add(round(name_runs[0].y, 1))
            assert name_runs[0].y == pytest.approx(name_baseline(frame, person.name_box.top))
        else:
            # Two lines only once one line would fall below the wrap size; never larger.
            assert (
                fit_text(
                    name,
                    frame.name_font,
                    width=frame.body.width,
                    max_size=frame.name_max,
                    min_size=frame.name_min,
                    max_lines=1,
                ).font_size
                < frame.name_wrap
            )
            assert fitted.font_size <= frame.name_wrap
            assert fitted.leading == pytest.approx(NAME_LEADING * fitted.font_size)
            last_word = fitted.lines[0].rstrip("-").split(" ")[-1].split("-")[-1].casefold()
            assert last_word not in PARTICLES, fitted.lines
        for run in name_runs:  # inside the name's zone
            assert person.name_box.y <= run.y - 0.25 * run.size + 0.01
            assert run.y + ASCENT * run.size <= person.name_box.top + 0.01
    assert max(one_line_baselines) - min(one_line_baselines) <= 0.5
    for baselines in others[1:]:
        assert len(baselines) == len(others[0])
        assert max(abs(a - b) for a, b in zip(baselines, others[0], strict=True)) <= 0.5


@pytest.mark.parametrize(
    ("name", "forbidden"),
    [
        ("Carl-Johan Emanuel Gustaf Adolf von Schéele", ("von", "Schéele")),
        ("Ebba Charlotta Gyllenstierna af Lundholm-Wachtmeister", ("af", "Lundholm-Wachtmeister")),
        ("Fatima Noor Abdullah Mohammed Al-Sayed", ("Al-", "Sayed")),
        ("Hans-Peter Maximilian van der Berg", ("der", "Berg")),
    ],
)
def test_a_name_never_breaks_after_a_particle(name: str, forbidden: tuple[str, str]) -> None:
    for width in (180.0, 240.0, 300.0, 360.0):
        fitted = fit_text(
            name, "Vollkorn-Bold", width=width, max_size=42, min_size=12, wrap_size=32
        )
        if len(fitted.lines) == 2:
            assert not (
                fitted.lines[0].endswith(forbidden[0]) and fitted.lines[1].startswith(forbidden[1])
            ), fitted.lines
            assert not fitted.lines[0].casefold().endswith((" von", " af", " al-", " der", " van"))


def test_every_signatory_name_has_one_size_never_smaller_than_the_titles() -> None:
    signatories = (
        Signatory(
            name="Anna-Karin Lindqvist-Gyllenhammar af Ornäs",
            title="Kommundirektör, Alingsås kommun",
        ),
        Signatory(name="Mikael Åström", title="Personalchef"),
        Signatory(name="Päivi Järvinen", title="Programansvarig för ledarskap"),
    )
    for template in TEMPLATES:
        for orientation in ORIENTATIONS:
            design = replace(
                DESIGN, template=template, orientation=orientation, signatories=signatories
            )
            page = layout_page(design)
            names = [
                r
                for r in page.static.runs
                if any(r.text in s.name for s in signatories) and r.text.strip()
            ]
            titles = [
                r
                for r in page.static.runs
                if any(r.text in s.title for s in signatories) and r.text.strip() and r not in names
            ]
            assert {r.size for r in names} and len({r.size for r in names}) == 1, (
                template,
                orientation,
                names,
            )
            assert len({r.size for r in titles}) == 1
            assert min(r.size for r in names) >= max(r.size for r in titles), (
                template,
                orientation,
            )


@pytest.mark.parametrize(
    ("template", "orientation"), [(t, o) for t in TEMPLATES for o in ORIENTATIONS]
)
def test_long_signatory_names_on_two_lines_collide_with_nothing(
    template: str, orientation: str
) -> None:
    from diplomas.diploma import diploma_pdf
    from tests.unit.test_diploma_render import assert_on_the_page_without_collisions

    signatories = (
        Signatory(
            name="Anna-Karin Lindqvist-Gyllenhammar af Ornäs",
            title="Kommundirektör och ordförande i ledningsgruppen, Alingsås kommun",
        ),
        Signatory(name="Mikael Åström", title="Personalchef"),
        Signatory(name="Päivi Järvinen-Sämpäläinen", title="Programansvarig"),
    )
    design = replace(
        DESIGN,
        template=template,
        orientation=orientation,
        signatories=signatories,
        verification_url="https://kohort.example/v/{code}",
    )
    data = diploma_pdf(design, replace(CONTENT, name=DOUBLE_80))
    assert_on_the_page_without_collisions(data)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_long_name_breaks_between_name_parts_not_inside_the_surname(template: str) -> None:
    """Seen in review: an 80-character name on a portrait page broke as "Gyllenstierna af
    Lundholm-" ⏎ "Björkqvist-Wachtmeister" when spaces between its parts would do."""
    name = "Anna-Karin Charlotte Elisabeth Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"
    frame = layout_page(replace(DESIGN, template=template, orientation="portrait")).frame
    fitted = fit_text(
        name,
        frame.name_font,
        width=frame.body.width,
        max_size=frame.name_max,
        min_size=frame.name_min,
        wrap_size=frame.name_wrap,
        leading_ratio=NAME_LEADING,
        max_lines=frame.name_lines,
    )
    assert len(fitted.lines) > 1 and not fitted.below_minimum
    assert not any(line.endswith("-") for line in fitted.lines), fitted.lines
    assert " ".join(fitted.lines) == name


def test_a_hyphen_break_remains_when_only_it_fits() -> None:
    """No space in the name at all: it still breaks, after a hyphen."""
    fitted = fit_text(
        "Lundholm-Björkqvist-Wachtmeister",
        "Helvetica",
        width=120,
        max_size=20,
        min_size=10,
    )
    assert len(fitted.lines) == 2 and fitted.lines[0].endswith("-")
