"""Joining PDF documents into one print file, with every font subset under its own name.

The ceremony file is the diploma stack (one document, drawn in one pass) with the checklist
after it and, in the ceremony pack, an action plan after each diploma: separate ReportLab
documents, joined here with pypdf — ONE reader for the stack, its pages taken in hand-out
order, so the logo, signatures and font subsets it shares are stored once.

ReportLab names every subset ``AAAAAA+Font``; two documents' different subsets of one font
would then share a name in the joined file, which ISO 32000 (9.6.4) forbids and which makes
some printers and viewers draw one subset's glyphs with the other's codes.
:func:`unique_subset_tags` gives each distinct subset a tag of its own.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from app.errors import KohortError
from app.i18n import _
from diplomas.fonts import pdf_date

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject

_TAGGED = re.compile(r"^/([A-Z]{6})\+(.+)$")


def merge_documents(
    stack: bytes | None,
    parts: Sequence[bytes | int],
    *,
    title: str,
    shared: bool = True,
    created: dt.date | None = None,
) -> bytes:
    """One PDF of ``parts`` in order: an ``int`` is that page of ``stack``, ``bytes`` a
    whole document. With ``shared``, identical objects of the documents (a logo frozen
    into every old diploma) are stored once. ``created`` dates the file (noon UTC)."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError as exc:  # pragma: no cover - a packaging mistake
        raise KohortError(_("Merging diplomas needs the pypdf package; reinstall Kohort.")) from exc

    writer = PdfWriter()
    reader = PdfReader(io.BytesIO(stack)) if stack is not None else None
    languages: list[object] = []  # each document's /Lang: the first one is the file's
    if reader is not None:
        languages.append(reader.root_object.get("/Lang"))
    for part in parts:
        if isinstance(part, int):
            assert reader is not None
            writer.add_page(reader.pages[part])
        else:
            document = PdfReader(io.BytesIO(part))
            languages.append(document.root_object.get("/Lang"))
            writer.append(document)
    language = next((lang for lang in languages if lang is not None), None)
    if language is not None:
        from pypdf.generic import NameObject, TextStringObject

        writer.root_object[NameObject("/Lang")] = TextStringObject(str(language))
    if shared:
        store_shared_once(writer)
    unique_subset_tags(writer)
    if title:
        writer.add_metadata({"/Title": title, "/Creator": "Kohort"})
    if created is not None:
        stamp = pdf_date(created)
        writer.add_metadata({"/CreationDate": stamp, "/ModDate": stamp})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _reachable(writer: PdfWriter) -> Iterator[tuple[int | None, object]]:
    """Every object the document reaches from its catalogue, once each, with its number
    (``None`` for a direct object)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[int] = set()
    pending: list[tuple[int | None, object]] = [(None, writer.root_object)]
    while pending:
        number, obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            number, obj = obj.idnum, obj.get_object()
        yield number, obj
        if isinstance(obj, DictionaryObject):  # streams too: their dictionary holds the links
            pending.extend((None, value) for value in obj.values())
        elif isinstance(obj, ArrayObject):
            pending.extend((None, value) for value in obj)


def store_shared_once(writer: PdfWriter) -> None:
    """Merge the objects the documents have in common (logo, signature images and their
    masks, equal font data), so each is stored once in the merged file.

    pypdf's ``compress_identical_objects()`` merges one level per call: a signature image
    is the same on every page only once its soft masks have been merged. So it is repeated
    until a pass merges nothing (about five passes).
    """
    stored = -1
    for _attempt in range(10):
        writer.compress_identical_objects()
        now = sum(1 for number, _obj in _reachable(writer) if number is not None)
        if now == stored:
            return
        stored = now


def subset_fonts(writer: PdfWriter) -> list[DictionaryObject]:
    """The font dictionaries whose name carries a subset tag, each stored object once."""
    from pypdf.generic import DictionaryObject

    return [
        obj
        for _number, obj in _reachable(writer)
        if isinstance(obj, DictionaryObject)
        and obj.get("/Type") == "/Font"
        and _TAGGED.match(str(obj.get("/BaseFont", "")))
    ]


def unique_subset_tags(writer: PdfWriter) -> None:
    """Give every distinct font subset a tag no other subset of that font uses."""
    from pypdf.generic import NameObject

    fonts = subset_fonts(writer)
    used: dict[str, set[str]] = {}
    for font in fonts:
        match = _TAGGED.match(str(font["/BaseFont"]))
        assert match is not None
        used.setdefault(match.group(2), set()).add(match.group(1))
    taken: set[tuple[str, str]] = set()
    for font in fonts:
        match = _TAGGED.match(str(font["/BaseFont"]))
        assert match is not None
        tag, name = match.groups()
        if (tag, name) in taken:
            tag = _fresh_tag(used[name])
            used[name].add(tag)
            new = NameObject(f"/{tag}+{name}")
            font[NameObject("/BaseFont")] = new
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                descriptor.get_object()[NameObject("/FontName")] = new
        taken.add((tag, name))


def _fresh_tag(used: set[str]) -> str:
    """The first six-capital tag after ``AAAAAA`` not in ``used``."""
    number = 0
    while True:
        number += 1
        digits = []
        value = number
        for _i in range(6):
            value, rest = divmod(value, 26)
            digits.append(chr(ord("A") + rest))
        tag = "".join(reversed(digits))
        if tag not in used:
            return tag
