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


# Latin letters that Unicode does not decompose into a base letter and an accent: each
# sorts and is found with its base letter, as é does with e (Sámi ŋ with n, đ with d).
_STROKED = {"đ": "d", "ð": "d", "ŋ": "n", "ŧ": "t", "ǥ": "g", "ł": "l", "ħ": "h", "ı": "i"}
# Swedish/Finnish alphabetical order: å, ä, ö after z (Danish/Norwegian æ, ø sort with ä, ö).
_NORDIC = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", **_STROKED}
# Finding ignores all of that: "odegard", "ödegård" and "Ødegård" are the same word.
_FOLD = {"ø": "o", "æ": "ae", "œ": "oe", "þ": "th", **_STROKED}
_NORDIC_LETTERS = re.compile(f"[{''.join(_NORDIC)}]")
_FOLDED_LETTERS = re.compile(f"[{''.join(_FOLD)}]")
# The combining diacritical marks (the accents NFD splits off Latin, Greek and Cyrillic
# letters). Regular expressions, because testing every character in Python is ten times
# slower, and a filter folds thousands of rows.
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _replaced(pattern: re.Pattern[str], table: dict[str, str], value: str) -> str:
    """``value`` with every letter of ``table`` replaced, then without accents."""
    value = pattern.sub(lambda m: table[m.group()], value)
    return _ACCENTS.sub("", unicodedata.normalize("NFD", value))


@lru_cache(maxsize=8192)  # the same names are sorted again at every reload
def sort_key(value: str) -> str:
    """A case-insensitive key for sorting names in Swedish order: é with e, ŋ with n, đ with
    d, Å Ä Ö (and Æ Ø) after Z. Every list of names sorts with this key."""
    if value.isascii():  # most names: nothing to normalize or strip
        return value.casefold()
    return _replaced(_NORDIC_LETTERS, _NORDIC, unicodedata.normalize("NFC", value).casefold())


@lru_cache(maxsize=16384)  # a filter folds every row again at each key typed
def search_key(value: str) -> str:
    """``value`` folded for finding: case, accents and the Nordic letters ignored, and "aa"
    read as "å" ("odegard" and "ödegård" both find "Ødegård"; "aasa" finds "Åsa")."""
    if value.isascii():
        return value.casefold().replace("aa", "a")
    folded = unicodedata.normalize("NFC", value).casefold()
    return _replaced(_FOLDED_LETTERS, _FOLD, folded).replace("aa", "a")


def search_words(text: str) -> list[str]:
    """The words typed into a filter, folded with :func:`search_key`."""
    return [search_key(word) for word in text.split()]


def search_text(*fields: str | None) -> str:
    """``fields`` folded together for finding: work out once per row, so a keystroke in a
    filter of 50,000 rows only looks for the typed words in ready text."""
    return search_key(" ".join(field or "" for field in fields))


def matches_words(words: list[str], *fields: str | None) -> bool:
    """Whether every word (from :func:`search_words`) is in one of ``fields`` together."""
    return not words or matches_text(words, search_text(*fields))


def matches_text(words: list[str], text: str) -> bool:
    """Whether every word (from :func:`search_words`) is in ``text`` (from
    :func:`search_text`)."""
    return all(word in text for word in words)
