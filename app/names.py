"""Comparing two spellings of a person's name: is the new one a correction of the old?

A reissued diploma corrects the spelling of the *same* person's name ("Asa Oberg" → "Åsa
Öberg", "Mikael Sjöbreg" → "Mikael Sjöberg", a double-barrelled surname spelt out). A name
with another surname and another first name is another person; Kohort then asks before it
puts that name on a diploma registered to someone else.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Letters that do not decompose into a base letter and an accent.
_BASE = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ŋ": "n", "ß": "ss", "ł": "l", "þ": "th"})
_PARTS = re.compile(r"[\s\-‐‑–]+")
CLOSE_SPELLING = 0.85  # SequenceMatcher ratio of two whole names that differ by a typo or two


def folded(name: str) -> str:
    """Lower case, accents and punctuation gone, spaces single: "Åsa Öberg-Jäätteenmäki" →
    "asa oberg jaatteenmaki"."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_BASE))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_BASE)
    text = re.sub(r"[^\w\s\-]", "", text)
    return " ".join(p for p in _PARTS.split(text) if p)


def plausible_correction(old: str, new: str) -> bool:
    """Whether ``new`` reads as a corrected spelling of ``old`` (the same person)."""
    a, b = folded(old), folded(new)
    if not a or not b:
        return False
    if a == b or SequenceMatcher(None, a, b).ratio() >= CLOSE_SPELLING:
        return True
    old_parts, new_parts = a.split(), b.split()
    surname_kept = bool(set(old_parts[-1:]) & set(new_parts)) or bool(
        set(new_parts[-1:]) & set(old_parts)
    )
    first_a, first_b = old_parts[0], new_parts[0]
    first_alike = first_a[0] == first_b[0] or SequenceMatcher(None, first_a, first_b).ratio() >= 0.5
    return surname_kept and (first_alike or len(old_parts) == 1 or len(new_parts) == 1)
