"""Exactness guard: a fixed set of recipes draws, byte for byte, the PDFs pinned with
RENDER_VERSION. Issued diplomas are rebuilt from their recipes, so any change in how a
recipe draws must be deliberate: raise RENDER_VERSION and update the pins.

Print new pins with ``PYTHONPATH=. python -m tests.unit.test_diploma_golden``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from itertools import product

import pytest

from app.domain import Language
from diplomas.diploma import diploma_pdf
from diplomas.diploma_model import (
    EDGES,
    ORIENTATIONS,
    TEMPLATES,
    WORDS,
    DiplomaContent,
    DiplomaDesign,
    Signatory,
)
from diplomas.render_version import RENDER_PINS, RENDER_VERSION

# Images as fixed bytes (not made with zlib here, whose output may vary between versions).
LOGO = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000078000000280802000000ba88a9720000006649444154789c"
    "edd00109002000c0309b98ca0ef64f600b853b7880b331d7d685c6f3834f020dba1568d0ad40836e051a74"
    "2bd0a05b8106dd0a34e856a041b7020dba1568d0ad40836e051a742bd0a05b8106dd0a34e856a041b7020d"
    "ba1568d0ad40836e750065911df11c70ed5a0000000049454e44ae426082"
)
SIGNATURE = bytes.fromhex(
    "89504e470d0a1a0a0000000d494844520000005a0000001e0806000000ac6109780000005749444154789c"
    "edd0310d002100c0404430bf30d42115151f927243f7e6c6fcd6d6ff8ddb03af041a742bd0a05b8106dd0a"
    "34e856a041b7020dba1568d0ad40836e051a742bd0a05b8106dd0a34e856a041b7020dbad501ef4a5cc5f3"
    "cd4ff90000000049454e44ae426082"
)
# The worst names the layout meets: 80 characters in six words, one 60-letter word,
# letters beyond Latin-1, a name in decomposed form (NFD).
NAMES = {
    Language.SWEDISH: "Anna-Carina Charlotta Eleonora Gyllenstierna af "
    "Lundholm-Björkqvist-Wachtmeister",
    Language.FINNISH: "Jäätteenmäki" * 5,
    Language.ENGLISH: "Ánde Ŋuolja Åsa Öberg-Jäätteenmäki Ke\u0301vin O\u0308zil",
}
DETAILS = {
    Language.SWEDISH: ("Alingsås", "22 mars 2026", "hösten 2025 – våren 2026", "60 timmar"),
    Language.FINNISH: ("Jyväskylä", "22. maaliskuuta 2026", "syksy 2025", "60 tuntia"),
    Language.ENGLISH: ("Alingsås", "22 March 2026", "autumn 2025", "60 hours"),
}
SIGNATORIES = (
    Signatory(
        name="Anna-Karin Lindqvist-Gyllenborg",
        title="Kommundirektör, Alingsås kommun",
        signature_png=SIGNATURE,
    ),
    Signatory(name="Mikael Åström", title="Personalchef och biträdande förvaltningschef"),
    Signatory(name="Päivi Järvinen-Häkkinen", title="Programansvarig, Ledarakademin"),
)
LANGUAGES = (Language.SWEDISH, Language.FINNISH, Language.ENGLISH)


def golden_recipes() -> dict[str, tuple[DiplomaDesign, DiplomaContent]]:
    """Every template × orientation × language × edge, with a logo, a signature image,
    three signatories and a QR code; and one with its issue date."""
    cases: dict[str, tuple[DiplomaDesign, DiplomaContent]] = {}
    for template, orientation, language, edge in product(TEMPLATES, ORIENTATIONS, LANGUAGES, EDGES):
        place, date, dates, hours = DETAILS[language]
        design = DiplomaDesign(
            template=template,
            orientation=orientation,
            title=WORDS[language].title,
            wording=WORDS[language].wording,
            place=place,
            issue_date_text=date,
            signatories=SIGNATORIES,
            accent_color="#7A2E3B",
            logo_png=LOGO,
            language=language,
            verification_url="https://diplom.example.se/verifiera?kod={code}",
            edge=edge,
        )
        content = DiplomaContent(
            name=NAMES[language],
            programme="Framtidens ledare i offentlig sektor",
            cohort="Omgång 3",
            dates_text=dates,
            hours_text=hours,
            organization="Alingsås kommun",
            sessions_text="7/8",
            serial="FL-2026-107",
            verification_code="7KQ2-M9XD",
        )
        cases[f"{template}-{orientation}-{language.value}-{edge}"] = (design, content)
    # Designs stored before the issue date was kept draw as before (no date); newer ones
    # carry it as the file's creation date.
    design, content = cases["classic-landscape-sv-margin"]
    cases["classic-landscape-sv-margin-issued"] = (replace(design, issued="2026-03-22"), content)
    return cases


def golden_sha256() -> dict[str, str]:
    return {
        key: hashlib.sha256(diploma_pdf(design, content)).hexdigest()
        for key, (design, content) in golden_recipes().items()
    }


def test_the_golden_diplomas_draw_the_pinned_bytes() -> None:
    drawn = golden_sha256()
    changed = sorted(key for key in drawn if RENDER_PINS.get(key) != drawn[key])
    stale = sorted(set(RENDER_PINS) - set(drawn))
    if changed or stale:
        pytest.fail(
            f"The drawing changed under RENDER_VERSION {RENDER_VERSION} "
            f"({len(changed)} of {len(drawn)} golden diplomas differ: {', '.join(changed[:6])}"
            f"{'…' if len(changed) > 6 else ''}; pins without a recipe: {stale or 'none'}). "
            "Issued diplomas are rebuilt from their recipes, so this changes them: if the "
            "change is meant, raise RENDER_VERSION in diplomas/render_version.py and update "
            "RENDER_PINS (python -m tests.unit.test_diploma_golden); diplomas issued under the "
            "old version are then reported as made by another renderer. If it is not meant, "
            "undo it.",
            pytrace=False,
        )


if __name__ == "__main__":
    print("RENDER_PINS: dict[str, str] = {")
    for key, digest in golden_sha256().items():
        print(f'    "{key}": "{digest}",')
    print("}")
