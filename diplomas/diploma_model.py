"""What a diploma says and how it looks, as plain data, and the checks before drawing.

A :class:`DiplomaDesign` is what the coordinator chooses for a cohort (template, orientation,
title, wording, place and date, accent colour, logo, background, signatories, language); a
:class:`DiplomaContent` is what differs per person (name, serial number, verification code)
plus the cohort's facts the wording may quote. Both are plain frozen dataclasses: this module
knows nothing of the database, and every text arrives already formatted in the document's
language (dates through Babel by the caller). :mod:`diplomas.diploma` draws them.

The wording is typed by the coordinator and may use the placeholders :data:`PLACEHOLDERS`
(``{name}``, ``{programme}``, ...). It is cut at the first ``{name}``: what comes before is
set above the name, what comes after below it (without ``{name}``, all of it goes below).
Anything else in braces — an unknown ``{namn}``, a stray ``{`` or ``}`` — is printed exactly
as typed, never an error: a typo shows on the preview instead of breaking a batch.
:func:`unknown_placeholders` lists such names so the design page can point them out.

A design may give a verification address with ``{code}`` in it
(``https://example.se/diplom?kod={code}``): every diploma with a verification code then
carries a QR code of that address with its code, beside the small print (:mod:`diplomas.qr`).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from urllib.parse import quote

from app.domain import Language
from diplomas.fonts import fold_spaces, missing_glyphs, nfc
from diplomas.layout import fonts_of
from diplomas.problems import DocumentError, Phrase

TEMPLATES = ("classic", "modern", "minimal", "formal")
ORIENTATIONS = ("landscape", "portrait")
# "margin": no colour within 5 mm of the paper's edge (an office printer); "bleed": colour
# runs 3 mm past the trimmed page, with a TrimBox and BleedBox (a print shop).
EDGES = ("margin", "bleed")
PLACEHOLDERS = ("name", "programme", "cohort", "dates", "hours", "organization", "sessions")
MAX_SIGNATORIES = 3
CODE_PLACEHOLDER = "{code}"  # where the verification address takes the diploma's code
MAX_VERIFICATION_URL = 300


@dataclass(frozen=True, kw_only=True)
class DiplomaWords:
    """The words a diploma prints itself, in its language, and the title and wording a
    programme starts from (the coordinator edits those freely)."""

    title: str
    wording: str
    place_and_date: str  # "{place}", "{date}"
    serial: str  # "{serial}"
    code: str  # "{code}"
    hours: tuple[str, str]  # what {hours} prints: one hour, more hours ("{n}")
    sessions: str  # what {sessions} prints: "{attended}", "{held}"
    lang: str  # for the PDF's /Lang


WORDS = {
    Language.SWEDISH: DiplomaWords(
        title="Diplom",
        # No {cohort}: a cohort's name ("Omgång 3, 2025/2026") would stand capitalized
        # mid-sentence and repeat the year the dates give.
        wording="Härmed intygas att {name} har genomgått {programme}, {dates}, omfattande {hours}.",
        place_and_date="{place} den {date}",
        serial="Diplom nr {serial}",
        code="Verifieringskod {code}",
        hours=("{n} timme", "{n} timmar"),
        sessions="{attended} av {held} träffar",
        lang="sv-SE",
    ),
    Language.ENGLISH: DiplomaWords(
        title="Diploma",
        wording="This is to certify that {name} has completed {programme}, {dates}, "
        "comprising {hours}.",
        place_and_date="{place}, {date}",
        serial="Diploma no. {serial}",
        code="Verification code {code}",
        hours=("{n} hour", "{n} hours"),
        sessions="{attended} of {held} sessions",
        lang="en-GB",
    ),
    Language.FINNISH: DiplomaWords(
        title="Diplomi",
        wording="Todistamme, että {name} on suorittanut koulutusohjelman {programme}, "
        "{dates}, laajuus {hours}.",
        place_and_date="{place} {date}",
        serial="Diplomi nro {serial}",
        code="Tarkistuskoodi {code}",
        hours=("{n} tunti", "{n} tuntia"),
        sessions="{attended}/{held} tapaamista",
        lang="fi-FI",
    ),
}
# The defaults by language, read from WORDS (the editor compares typed text with them).
DEFAULT_TITLES = {language: words.title for language, words in WORDS.items()}
DEFAULT_WORDINGS = {language: words.wording for language, words in WORDS.items()}


@dataclass(frozen=True, kw_only=True)
class Signatory:
    name: str
    title: str = ""  # "Kommundirektör"
    signature_png: bytes | None = None  # drawn above the signature line


@dataclass(frozen=True, kw_only=True)
class DiplomaDesign:
    """How a cohort's diplomas look; the same for every person.

    ``template`` is one of :data:`TEMPLATES`, ``orientation`` one of :data:`ORIENTATIONS`;
    ``language`` picks the :data:`WORDS` the diploma prints itself. ``issue_date_text`` is
    the date in the document's language ("22 mars 2024"); the diploma prints it after the
    place as the language writes it ("Alingsås den 22 mars 2024", see
    :func:`place_and_date`). Images are PNG (or JPEG) bytes.
    """

    template: str = "classic"
    orientation: str = "landscape"
    title: str = WORDS[Language.SWEDISH].title
    wording: str = WORDS[Language.SWEDISH].wording
    place: str = ""
    issue_date_text: str = ""
    signatories: tuple[Signatory, ...]
    accent_color: str = "#1F5568"  # "#RRGGBB"
    logo_png: bytes | None = None
    background_png: bytes | None = None  # drawn first, scaled to cover the page
    language: Language = Language.SWEDISH
    # A web address with {code} in it, printed as a QR code beside the serial ("": none).
    verification_url: str = ""
    edge: str = "margin"  # one of EDGES: an office print or a print shop's, with bleed
    # The day the diploma is given, ISO ("2026-03-22"): the PDF's creation date (noon UTC),
    # so the file says when it was issued. "" (designs stored before it): no date.
    issued: str = ""


@dataclass(frozen=True, kw_only=True)
class DiplomaContent:
    """One person's diploma: the name as printed and the facts the wording may quote."""

    name: str
    programme: str = ""
    cohort: str = ""
    dates_text: str = ""
    hours_text: str = ""
    organization: str = ""
    sessions_text: str = ""
    serial: str = ""  # empty on a preview before issuing
    verification_code: str = ""


# The wording.

_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_]+)\s*\}")


def wording_parts(wording: str, content: DiplomaContent) -> list[tuple[str, str | None]]:
    """The wording as pieces of text, each with the placeholder it came from (or ``None``).

    Known placeholders are replaced by the content's values (NFC, white space folded);
    anything else is kept as typed. An empty placeholder that stands in a clause of its own
    after a comma is left out with the clause (a cohort without hours: "…, 1 mars–2 juni
    2026." rather than "…, omfattande ."); one that does not stays, empty, as a gap
    (:func:`empty_placeholders`).
    """
    values = {
        "name": content.name,
        "programme": content.programme,
        "cohort": content.cohort,
        "dates": content.dates_text,
        "hours": content.hours_text,
        "organization": content.organization,
        "sessions": content.sessions_text,
    }
    parts: list[tuple[str, str | None]] = []
    wording = nfc(wording)
    position = 0
    for match in _PLACEHOLDER.finditer(wording):
        key = match.group(1).lower()
        if key not in values:
            continue
        before = wording[position : match.start()]
        value = fold_spaces(nfc(values[key]))  # no-break spaces kept
        clause = before.rfind(", ")
        if not value.strip() and clause >= 0:
            # Empty, and its own clause (", omfattande {hours}", ", {dates}"): the clause is
            # left out, so the sentence reads whole rather than "omfattande ."
            if clause:
                parts.append((before[:clause], None))
            position = match.end()
            continue
        if before:
            parts.append((before, None))
        parts.append((value, key))
        position = match.end()
    if position < len(wording):
        parts.append((wording[position:], None))
    return parts


def expand_wording(wording: str, content: DiplomaContent) -> str:
    """The wording with its placeholders filled in, as one text."""
    return "".join(text for text, _ in wording_parts(wording, content))


def unknown_placeholders(wording: str) -> tuple[str, ...]:
    """Names in braces that are not placeholders (they print as typed), in order, once each."""
    found = [m.group(1) for m in _PLACEHOLDER.finditer(wording)]
    unknown = [name for name in found if name.lower() not in PLACEHOLDERS]
    return tuple(dict.fromkeys(unknown))


def empty_placeholders(wording: str, content: DiplomaContent) -> tuple[str, ...]:
    """Placeholders the wording uses that print nothing for this person and cannot be left
    out with their clause (:func:`wording_parts`), in order, once each: the wording would
    have gaps."""
    empty = [key for text, key in wording_parts(wording, content) if key and not text.strip()]
    return tuple(dict.fromkeys(empty))


def place_and_date(design: DiplomaDesign) -> str:
    """The line above the signatures: "Alingsås den 22 mars 2024" (either part may be empty)."""
    place = " ".join(nfc(design.place).split())
    date = " ".join(nfc(design.issue_date_text).split())
    if place and date:
        return WORDS[design.language].place_and_date.format(place=place, date=date)
    return place or date


def footer_text(design: DiplomaDesign, content: DiplomaContent) -> tuple[str, ...]:
    """The small print: serial number and verification code, whichever are given."""
    words = WORDS[design.language]
    texts = []
    if content.serial.strip():
        texts.append(words.serial.format(serial=nfc(content.serial.strip())))
    if content.verification_code.strip():
        texts.append(words.code.format(code=nfc(content.verification_code.strip())))
    return tuple(texts)


def verification_link(design: DiplomaDesign, content: DiplomaContent) -> str:
    """What the QR code holds: the design's address with the code in it ("" for none).

    Empty when the design has no address or the diploma no code yet (a preview).
    """
    template = design.verification_url.strip()
    code = content.verification_code.strip()
    if not template or not code:
        return ""
    return template.replace(CODE_PLACEHOLDER, quote(nfc(code), safe=""))


# Checking before drawing.


def check_design(design: DiplomaDesign) -> None:
    """Raise ``ValueError`` with one clear sentence if the design cannot be rendered."""
    for value, allowed, what in (
        (design.template, TEMPLATES, "template"),
        (design.orientation, ORIENTATIONS, "orientation"),
        (design.edge, EDGES, "print edge"),
        (design.language, tuple(Language), "language"),
    ):
        if value not in allowed:
            raise DocumentError(
                "The diploma {what} is one of {allowed}, not “{value}”.",
                what=Phrase(what),
                allowed=", ".join(allowed),
                value=value,
            )
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", design.accent_color):
        raise DocumentError(
            "The accent colour is written #RRGGBB, not “{colour}”.", colour=design.accent_color
        )
    if not 1 <= len(design.signatories) <= MAX_SIGNATORIES:
        raise DocumentError("A diploma has one to {most} signatories.", most=MAX_SIGNATORIES)
    images: list[tuple[str, bytes | None]] = [
        (Phrase("logo"), design.logo_png),
        (Phrase("background image"), design.background_png),
    ]
    images += [(s.name, s.signature_png) for s in design.signatories]
    for what, data in images:
        if data is not None:
            _check_image(data, what)
    texts: list[tuple[str, str]] = [
        (Phrase("title"), design.title),
        (Phrase("title"), design.title.upper()),
    ]
    texts.append((Phrase("place and date"), place_and_date(design)))
    texts += [(s.name, f"{s.name} {s.title}") for s in design.signatories]
    texts.append((Phrase("wording"), design.wording))
    _check_drawable(design, texts, "")
    _check_verification_url(design.verification_url.strip())


def _check_verification_url(url: str) -> None:
    if not url:
        return
    if len(url) > MAX_VERIFICATION_URL:
        raise DocumentError(
            "The verification address is at most {most} characters, not {n}.",
            most=MAX_VERIFICATION_URL,
            n=len(url),
        )
    if any(c.isspace() for c in url):
        raise DocumentError("The verification address cannot contain spaces or line breaks.")
    others = [p for p in re.findall(r"\{[^{}]*\}|[{}]", url) if p != CODE_PLACEHOLDER]
    if others:
        raise DocumentError(
            "The verification address can contain only the placeholder {code}, not “{other}”.",
            code=CODE_PLACEHOLDER,
            other=others[0],
        )
    if CODE_PLACEHOLDER not in url:
        raise DocumentError(
            "The verification address needs {code} where the diploma's code goes, as in "
            "https://example.se/diplom?kod={code}.",
            code=CODE_PLACEHOLDER,
        )


def check_content(design: DiplomaDesign, content: DiplomaContent) -> None:
    """Raise ``ValueError`` if this person's diploma cannot be printed as given."""
    serial = "" if "·" in content.serial else content.serial.strip()  # a preview's stand-in
    who = serial or " ".join(nfc(content.name).split())
    if not content.name.strip():
        raise DocumentError("Diploma {who} has no name to print.", who=who or "–")
    texts: list[tuple[str, str]] = [
        (Phrase("name"), content.name),
        (Phrase("wording"), expand_wording(design.wording, content)),
    ]
    texts += [
        (Phrase("serial number"), content.serial),
        (Phrase("verification code"), content.verification_code),
    ]
    _check_drawable(design, texts, who)


def _check_drawable(design: DiplomaDesign, texts: list[tuple[str, str]], who: str) -> None:
    """``who``: the diploma's serial or name, or empty when checking the design itself."""
    for what, text in texts:
        drawn = " ".join(text.split())  # line breaks separate paragraphs; never drawn
        missing = sorted(
            {c for font in fonts_of(design.template) for c in missing_glyphs(drawn, font)}
        )
        if not missing:
            continue
        shown = " ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
        if who:
            raise DocumentError(
                "Diploma {who}: the bundled fonts cannot draw {characters} in “{text}” ({what}).",
                who=who,
                characters=shown,
                text=nfc(drawn),
                what=what,
            )
        raise DocumentError(
            "The bundled fonts cannot draw {characters} in “{text}” ({what}).",
            characters=shown,
            text=nfc(drawn),
            what=what,
        )


def _check_image(data: bytes, what: str) -> None:
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # Pillow raises many kinds for a damaged file
        raise DocumentError(
            "The image “{what}” is not a readable PNG or JPEG file.", what=what
        ) from exc
    if width < 1 or height < 1:
        raise DocumentError("The image “{what}” is empty.", what=what)
