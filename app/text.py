"""Cleaning text as people type and paste it: trimmed, NFC-normalized, no stray spaces."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean(value: str | None) -> str:
    """NFC-normalized, non-breaking spaces turned into plain ones, runs of space folded."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_optional(value: str | None) -> str | None:
    cleaned = clean(value)
    return cleaned or None


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


# Swedish/Finnish alphabetical order: å, ä, ö after z (Danish/Norwegian æ, ø sort with ä, ö).
_NORDIC = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


@lru_cache(maxsize=8192)  # the same names are sorted again at every reload
def sort_key(value: str) -> str:
    """A case-insensitive key for sorting names in Swedish order (é with e, ö after z)."""
    if value.isascii():  # most names: nothing to normalize or strip
        return value.casefold()
    nordic = unicodedata.normalize("NFC", value).casefold().translate(_NORDIC)
    decomposed = unicodedata.normalize("NFD", nordic)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
