"""A diploma as a recipe: its design and content as canonical JSON, and their hashes.

The register keeps each issued diploma as what it is made of, not as PDF bytes: the
content (name as printed, serial, code, the facts the wording quotes) and a *design
snapshot* (the design with its images named by SHA-256, plus the fingerprint of the renderer
that drew it). Rendering is deterministic, so the PDF is rebuilt from the recipe exactly.

Canonical JSON (sorted keys, no spaces, UTF-8) makes the texts, and so their hashes,
depend only on the values. :func:`record_sha256` binds a content to its snapshot: change one
byte of either and the hash no longer matches.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from app.domain import Language
from diplomas.diploma_model import DiplomaContent, DiplomaDesign, Signatory

RECIPE_KIND = "kohort-diploma-recipe-1"  # part of every record hash: a new scheme, a new name
_IMAGE_FIELDS = ("logo_png", "background_png")


def canonical_json(value: Any) -> str:
    """One text per value: sorted keys, no spaces, non-ASCII kept (NFC is the caller's)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def design_record(design: DiplomaDesign) -> tuple[str, dict[str, bytes]]:
    """The design as canonical JSON with every image replaced by its SHA-256, and the images
    by SHA-256 (to be stored once, content-addressed)."""
    images: dict[str, bytes] = {}

    def ref(data: bytes | None) -> str | None:
        if data is None:
            return None
        digest = sha256_hex(data)
        images[digest] = data
        return digest

    value: dict[str, Any] = {}
    for field in dataclasses.fields(design):
        item = getattr(design, field.name)
        if field.name in _IMAGE_FIELDS:
            value[field.name] = ref(item)
        elif field.name == "signatories":
            value[field.name] = [
                {"name": s.name, "title": s.title, "signature_png": ref(s.signature_png)}
                for s in item
            ]
        else:
            value[field.name] = str(item)
    return canonical_json(value), images


def design_from_record(text: str, images: Mapping[str, bytes]) -> DiplomaDesign:
    """The design back from :func:`design_record`'s JSON and its images by SHA-256.

    Raises ``KeyError`` when an image is missing and ``ValueError`` when one does not match
    its hash (the record is damaged)."""

    def data(digest: str | None) -> bytes | None:
        if digest is None:
            return None
        found = images[digest]
        if sha256_hex(found) != digest:
            raise ValueError(f"image {digest[:12]} does not match its hash")
        return found

    value = json.loads(text)
    signatories = tuple(
        Signatory(name=s["name"], title=s["title"], signature_png=data(s["signature_png"]))
        for s in value.pop("signatories")
    )
    for name in _IMAGE_FIELDS:
        value[name] = data(value[name])
    value["language"] = Language(value["language"])
    return DiplomaDesign(signatories=signatories, **value)


def image_refs(text: str) -> set[str]:
    """The SHA-256 of every image a design record names."""
    value = json.loads(text)
    refs = {value.get(name) for name in _IMAGE_FIELDS}
    refs |= {s.get("signature_png") for s in value.get("signatories", ())}
    return {r for r in refs if r}


def snapshot_sha256(design_json: str, renderer_json: str) -> str:
    """The snapshot's identity: the design and the renderer that draws it."""
    return sha256_hex(f"{design_json}\n{renderer_json}".encode())


def content_record(content: DiplomaContent) -> str:
    return canonical_json(dataclasses.asdict(content))


def content_from_record(text: str) -> DiplomaContent:
    return DiplomaContent(**json.loads(text))


def record_sha256(content_json: str, snapshot_sha: str) -> str:
    """The hash that makes an issued diploma's record exact: its content and its snapshot."""
    return sha256_hex(f"{RECIPE_KIND}\n{snapshot_sha}\n{content_json}".encode())
