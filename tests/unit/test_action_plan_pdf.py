"""Personal action plans, read as a participant, a coordinator and a printer would read the PDF."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain import Language
from app.errors import CancelledError
from diplomas.action_plan import action_plan_pdf, render_action_plans
from diplomas.action_plan_model import (
    DEFAULT_GUIDES,
    LABELS,
    SECTION_KEYS,
    GuideEntry,
    PlanAction,
    PlanDocument,
)
from diplomas.action_plan_story import (
    FOOTER_Y,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)
from diplomas.action_plan_table import column_widths, stacked
from tests.pdf_text import drawn_texts, read, squashed
from tests.unit.test_fonts import embedded_fonts

LONG_NAME = "Gyllenstierna af Lundholm-Björkqvist-Wachtmeister, Marie-Louise"[:60]
PLAN = PlanDocument(
    programme="Framtidens ledare",
    cohort="Omgång 3, hösten 2025",
    name="Åsa Öberg-Jäätteenmäki",
    organization="Alingsås kommun, socialförvaltningen",
    mentor="Máret Sámmol",
    manager="Lars Ek",
    follow_up="15 maj 2026",
    guide=DEFAULT_GUIDES["sv"],
    texts={
        "goal": "Jag vill delegera mer & lita på <teamet>.\n\nOm ett år tar alla mer ansvar.",
        "strengths": "Lyssnar, strukturerad, lugn i kris.",
        "development_areas": "Ge återkoppling i tid.\nVåga ta konflikter tidigt.",
    },
    actions=(
        PlanAction(
            what="Veckovisa avstämningar",
            how="15 min varje måndag",
            by_when="1 mars 2026",
            support="Mentor",
            success="Färre missförstånd",
            status="Pågår",
        ),
        PlanAction(what="Feedbackträning", how="Kurs via HR", status="Inte påbörjad"),
    ),
)
LONG_TEXT = "Så här gör jag det steg för steg tillsammans med min grupp. " * 6
MANY_ACTIONS = tuple(
    PlanAction(
        what=f"Aktivitet nummer {i} med en lång beskrivning",
        how=LONG_TEXT,
        by_when="31 december 2026",
        support="Stöd från chef och mentor " * 3,
        success="Det syns genom att medarbetarna tar mer ansvar " * 3,
        status="Inte påbörjad",
    )
    for i in range(1, 31)
)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read(data).pages]


def test_the_plan_prints_every_heading_question_text_and_action() -> None:
    text = squashed("".join(page_texts(action_plan_pdf(PLAN))))
    for entry in PLAN.guide:
        assert squashed(entry.heading) in text
        assert squashed(entry.question) in text
    for written in PLAN.texts.values():
        assert squashed(written) in text  # "&" and "<" printed as typed, not as markup
    for action in PLAN.actions:
        assert squashed(action.what) in text
        assert squashed(action.status) in text
    for value in (PLAN.programme, PLAN.cohort, PLAN.name, PLAN.organization, PLAN.follow_up):
        assert squashed(value) in text
    assert "Mentor" in text and squashed(PLAN.mentor) in text
    assert "Chef" in text and squashed(PLAN.manager) in text
    assert "SIDA1AV1" in text.upper()


def test_paragraphs_and_line_breaks_of_the_text_are_kept() -> None:
    lines = page_texts(action_plan_pdf(PLAN))[0].splitlines()
    assert "Jag vill delegera mer & lita på <teamet>." in lines
    assert "Om ett år tar alla mer ansvar." in lines
    assert "Ge återkoppling i tid." in lines
    assert "Våga ta konflikter tidigt." in lines


def test_thirty_long_actions_run_onto_more_pages_with_the_heading_row_repeated() -> None:
    data = action_plan_pdf(replace(PLAN, actions=MANY_ACTIONS))
    pages = page_texts(data)
    assert len(pages) >= 3
    continued = [p for p in pages[1:] if "Aktivitet nummer" in p]
    assert len(continued) >= 2
    for page in continued:
        for label in LABELS["sv"].columns:
            assert label in page
    every = squashed("".join(pages))
    for action in MANY_ACTIONS:
        assert squashed(action.what) in every
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page


def test_every_font_is_a_bundled_font_embedded_as_a_subset() -> None:
    data = action_plan_pdf(replace(PLAN, actions=MANY_ACTIONS))
    assert embedded_fonts(read(data)) == {
        "Lato-Regular",
        "Lato-Bold",
        "Lato-Italic",
        "Vollkorn-Bold",
    }
    assert b"Helvetica" not in data
    blank = action_plan_pdf(replace(PLAN, name=""), blank=True)
    assert embedded_fonts(read(blank)) <= {
        "Lato-Regular",
        "Lato-Bold",
        "Lato-Italic",
        "Vollkorn-Bold",
    }
    assert b"Helvetica" not in blank


def test_the_blank_form_has_the_headings_and_room_to_write_but_no_participant_text() -> None:
    data = action_plan_pdf(replace(PLAN, actions=MANY_ACTIONS), blank=True)
    text = squashed("".join(page_texts(data)))
    for entry in PLAN.guide:
        assert squashed(entry.heading) in text
        assert squashed(entry.question) in text
    for written in PLAN.texts.values():
        for line in written.splitlines():
            if line:
                assert squashed(line) not in text
    assert "Veckovisa" not in text and "Aktivitetnummer" not in text
    assert squashed(PLAN.name) in text and squashed(PLAN.programme) in text
    for label in LABELS["sv"].columns:
        assert squashed(label) in text
    assert len(read(data).pages) == 2


def test_a_blank_form_for_anyone_has_a_line_for_the_name() -> None:
    anyone = replace(PLAN, name="", organization="", mentor="", manager="", follow_up="")
    data = action_plan_pdf(anyone, blank=True)
    first = page_texts(data)[0]
    for label in ("NAMN", "ORGANISATION", "MENTOR", "CHEF", "UPPFÖLJNING"):
        assert label in first
    assert squashed(PLAN.programme) in squashed(first)


def test_a_plan_without_actions_or_mentor_says_so() -> None:
    data = action_plan_pdf(replace(PLAN, actions=(), mentor="", manager=""))
    text = "".join(page_texts(data))
    assert "Inga aktiviteter ännu." in text
    assert "MENTOR" not in text  # no empty mentor field on a written plan
    assert len(read(data).pages) == 1


@pytest.mark.parametrize(
    "plan",
    [
        replace(PLAN, manager=""),  # filled in, a mentor but no manager known
        replace(PLAN, name="", organization="", mentor="", manager=""),  # a form for anyone
    ],
)
@pytest.mark.parametrize("blank", [False, True])
def test_every_plan_is_signed_by_the_participant_and_the_manager(
    plan: PlanDocument, blank: bool
) -> None:
    last = page_texts(action_plan_pdf(plan, blank=blank))[-1]
    signatures = last[last.index("Underskrifter") :]
    assert "Deltagare" in signatures and "Chef" in signatures
    assert "Mentor" not in signatures and "mentor" not in signatures


def test_page_numbering_starts_over_for_every_plan_in_the_merged_file() -> None:
    plans = [
        replace(PLAN, actions=MANY_ACTIONS, name="Anna Andersson"),
        PLAN,
        replace(PLAN, actions=MANY_ACTIONS[:12], name="Emir Hodžić"),
    ]
    pages = page_texts(render_action_plans(plans))
    single = [len(read(action_plan_pdf(plan)).pages) for plan in plans]
    assert len(pages) == sum(single)
    expected = [(p, n) for n in single for p in range(1, n + 1)]
    for page, (number, total) in zip(pages, expected, strict=True):
        assert f"Sida {number} av {total}" in page
    starts = [sum(single[:i]) for i in range(len(plans))]
    for start, plan in zip(starts, plans, strict=True):
        assert pages[start].startswith("PERSONLIG HANDLINGSPLAN")
        assert squashed(plan.name) in squashed(pages[start])


def test_progress_is_reported_and_cancelling_stops_the_batch() -> None:
    plans = [replace(PLAN, name=f"Deltagare {i}") for i in range(4)]
    calls: list[tuple[int, int]] = []
    render_action_plans(plans, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 6  # after the story, while the pages are being made

    with pytest.raises(CancelledError):
        render_action_plans(plans, cancelled=cancelled)
    with pytest.raises(CancelledError):
        render_action_plans(plans, cancelled=lambda: True)


def test_nothing_is_drawn_outside_the_page_margins_or_its_column() -> None:
    words = {"what": "A", "how": "B", "by_when": "C", "support": "D", "success": "E"}
    unbroken = PlanAction(
        status="F" * 90, **{field: letter * 90 for field, letter in words.items()}
    )
    extreme = replace(
        PLAN,
        name=LONG_NAME,
        organization="Södra Älvsborgs Räddningstjänstförbund, förvaltningen för stöd " * 2,
        texts={key: "Jäätteenmäki" * 20 + " " + LONG_TEXT * 8 for key in PLAN.texts},
        actions=(*MANY_ACTIONS, unbroken),
    )
    data = render_action_plans([extreme, replace(extreme, name=""), extreme], blank=False)
    data_blank = action_plan_pdf(extreme, blank=True)
    widths = column_widths(extreme.actions)
    four = stacked(extreme.actions)
    assert four and len(widths) == 4
    column_edges = [MARGIN_X + sum(widths[:i]) for i in range(len(widths) + 1)]
    in_columns: set[str] = set()
    for pdf in (data, data_blank):
        for page in read(pdf).pages:
            for run in drawn_texts(page):
                assert run.x >= MARGIN_X - 0.5, run
                assert run.x + run.width <= PAGE_WIDTH - MARGIN_X + 0.5, run
                assert FOOTER_Y - 0.5 <= run.y <= PAGE_HEIGHT - MARGIN_TOP, run
                letters = set(run.text)
                if len(letters) == 1 and (letter := letters.pop()) in "ABCDEF":
                    column = "ABCDEF".index(letter) + 1
                    if four:  # what, how, support, success share the second column
                        column = {"C": 2, "F": 3}.get(letter, 1)
                    in_columns.add(letter)
                    assert column_edges[column] <= run.x, run
                    assert run.x + run.width <= column_edges[column + 1], run
    assert in_columns == set("ABCDEF")  # every unbroken word was found, broken in its column


SAMPLE_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöæøüéèáàčđŋšŧžïâêôçñıłß" + "ÅÄÖÆØÜÉÁČĐŊŠŦŽ"


# 80 characters, double-barrelled: two lines in the header, two under the signature line.
LONGEST_NAME = "Anna-Carina Charlotta Eleonora Gyllenstierna af Lundholm-Björkqvist-Wachtmeister"


@settings(max_examples=12)
@given(
    st.lists(
        st.text(alphabet=SAMPLE_ALPHABET, min_size=1, max_size=14), min_size=1, max_size=4
    ).map(lambda parts: "-".join(parts[:2]) + " " + " ".join(parts[2:]))
)
@example("aaaaaaaaaaaaaÆ-aaaaaaaabbbbwÆ aaaaaaaaa")  # found by hypothesis: spilled onto page 2
@example(LONGEST_NAME)
@example("Åsa Öberg-Jäätteenmäki")
@example("Ánde Ŋuolja")
def test_names_in_nordic_finnish_and_sami_letters_print_intact(name: str) -> None:
    plan = replace(PLAN, name=name, texts={}, actions=())
    pages = page_texts(action_plan_pdf(plan))
    assert len(pages) == 1  # nothing written: one page, however long the name
    # Once in the header (perhaps on two lines), once by the signature, once in the footer.
    assert squashed(pages[0]).count(squashed(name)) >= 3


def test_the_longest_name_fits_its_header_and_signature_line_in_every_language() -> None:
    assert len(LONGEST_NAME) == 80
    for language in Language:
        plan = replace(
            PLAN,
            name=LONGEST_NAME,
            texts={},
            actions=(),
            language=language,
            guide=DEFAULT_GUIDES[language],
        )
        pages = read(action_plan_pdf(plan)).pages
        assert len(pages) == 1, language
        runs = drawn_texts(pages[0])
        assert all(
            r.x >= MARGIN_X - 0.5 and r.x + r.width <= PAGE_WIDTH - MARGIN_X + 0.5 for r in runs
        )
        assert squashed(pages[0].extract_text()).count(squashed(LONGEST_NAME)) >= 3


def test_text_is_printed_in_composed_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa Öberg-Jäätteenmäki")
    text = "".join(page_texts(action_plan_pdf(replace(PLAN, name=decomposed))))
    assert "Åsa Öberg-Jäätteenmäki" in text
    assert "\u030a" not in text and "\u0308" not in text


def test_english_and_finnish_plans_print_their_own_words() -> None:
    for language, page in (("en", "Page 1 of 1"), ("fi", "Sivu 1/1")):
        plan = replace(PLAN, language=language, guide=DEFAULT_GUIDES[language])
        text = page_texts(action_plan_pdf(plan))[0]
        assert page in text
        assert LABELS[language].document.upper() in text
        for entry in DEFAULT_GUIDES[language]:
            assert squashed(entry.heading) in squashed(text)


def test_default_guides_cover_every_section_in_order() -> None:
    assert set(DEFAULT_GUIDES) == {"sv", "en", "fi"}
    for guide in DEFAULT_GUIDES.values():
        assert tuple(entry.key for entry in guide) == SECTION_KEYS
        assert all(entry.heading and entry.question.endswith("?") for entry in guide)
    assert DEFAULT_GUIDES["sv"][0].heading == "Mål och vision"


def test_the_programmes_own_guide_is_printed_and_nothing_written_is_lost() -> None:
    guide = (
        GuideEntry(key="goal", heading="Min ledarvision", question="Vart är du på väg?"),
        GuideEntry(key="actions", heading="Så gör jag"),
    )
    text = squashed("".join(page_texts(action_plan_pdf(replace(PLAN, guide=guide)))))
    assert squashed("Min ledarvision") in text and squashed("Vart är du på väg?") in text
    assert squashed("Så gör jag") in text and "Måloch vision" not in text
    # Strengths and development areas are written but not in this guide: printed after it.
    assert squashed("Styrkor att bygga på") in text
    assert squashed(PLAN.texts["strengths"]) in text
    assert text.index(squashed("Så gör jag")) < text.index(squashed("Styrkor att bygga på"))


def test_the_same_plans_give_the_same_bytes_and_metadata_names_no_one() -> None:
    plans = [PLAN, replace(PLAN, name="Emir Hodžić", actions=MANY_ACTIONS[:4])]
    data = render_action_plans(plans)
    assert data == render_action_plans(plans)
    metadata = read(data).metadata
    assert metadata is not None
    assert metadata.title == "Personlig handlingsplan – Framtidens ledare"
    assert not metadata.author
    assert b"\xc3\x85sa" not in data.split(b"stream")[0]  # the name is not in the header dict
    assert action_plan_pdf(PLAN, accent_color="#7A2E3B") != action_plan_pdf(PLAN)


def test_what_cannot_be_printed_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="not “de”"):
        action_plan_pdf(replace(PLAN, language="de"))
    with pytest.raises(ValueError, match=r"Åsa Öberg-Jäätteenmäki.*U\+1F44D.*goal"):
        action_plan_pdf(replace(PLAN, texts={"goal": "Bra jobbat 👍"}))
    with pytest.raises(ValueError, match="#RRGGBB"):
        action_plan_pdf(PLAN, accent_color="teal")
    with pytest.raises(ValueError, match="at most once"):
        action_plan_pdf(replace(PLAN, guide=(*PLAN.guide, GuideEntry(key="goal", heading="X"))))
    with pytest.raises(ValueError, match="no action plans"):
        render_action_plans([])
    # A blank form prints no participant text, so it need not be printable.
    assert action_plan_pdf(replace(PLAN, texts={"goal": "👍"}), blank=True)


def test_importing_the_dataclasses_does_not_load_reportlab() -> None:
    code = "import sys, diplomas.action_plan; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_bytes_do_not_depend_on_the_process() -> None:
    code = (
        "import hashlib, sys\n"
        "from tests.unit.test_action_plan_pdf import PLAN\n"
        "from diplomas.action_plan import action_plan_pdf\n"
        "print(hashlib.sha256(action_plan_pdf(PLAN)).hexdigest())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    import hashlib

    assert result.stdout.strip() == hashlib.sha256(action_plan_pdf(PLAN)).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", result.stdout.strip())
