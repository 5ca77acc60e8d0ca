"""Swedish and Finnish phone numbers as coordinators' spreadsheets hold them.

Excel takes "0404250000" or "040425000" typed into a cell for a number and drops the
leading zero: 040-42 50 00 typed without its dash comes back as 40425000, and a mobile
+46 70 765 43 21 typed without its "+" as 46707654321. What Kohort restores (only values
that are nothing but digits — a numeric cell, or text of digits alone; anything with a
space, a dash, a "+" or a leading 0 is kept exactly as written):

- 7 to 9 digits, not starting with 0: a national number that lost its trunk 0. Swedish and
  Finnish national numbers are 7–9 digits after the 0 (08-123 45 67 → 81234567,
  040-42 50 00 → 40425000, 0980-700 00 → 98070000, 070-123 45 67 → 701234567,
  09 123 4567 → 91234567); they get their 0 back. Shorter values (an extension, a local
  number without its area code) and longer ones are left alone. The cost of the rule: an
  8-digit Norwegian or Danish number written without its +47/+45 also gets a 0, which is
  why every restored number is shown before anything is imported.
- 46 and 9 more digits, 358 and 7 to 9 more digits: an international number that lost its
  "+" (46701234567 → +46701234567, 358401234567 → +358401234567). These lengths never
  collide with a national number (at most 9 digits).

Two spellings are the same number when their digits agree once a missing trunk 0 is put
back and +46/+358 (or 0046/00358, with or without "(0)") is read as the trunk 0:
"040-42 50 00", "040425000", "40425000" and "+46 40 42 50 00" are one number. An import
never replaces a stored number with another spelling of it, and a merge keeps the better
written of two spellings (:func:`better_phone`).
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")
_NATIONAL_WITHOUT_ZERO = re.compile(r"[1-9]\d{6,8}")  # 7–9 digits
_SWEDISH_INTERNATIONAL = re.compile(r"46[1-9]\d{8}")  # 46 70 123 45 67 without its +
_FINNISH_INTERNATIONAL = re.compile(r"358[1-9]\d{6,8}")  # 358 40 123 4567 without its +
_COUNTRY_CODES = ("46", "358")  # read as the trunk 0 when comparing


def restored_phone(value: str) -> str:
    """``value`` with the leading 0 or "+" Excel dropped put back (rules in the module doc);
    anything else unchanged."""
    if not _DIGITS.fullmatch(value):
        return value
    if _SWEDISH_INTERNATIONAL.fullmatch(value) or _FINNISH_INTERNATIONAL.fullmatch(value):
        return "+" + value
    if _NATIONAL_WITHOUT_ZERO.fullmatch(value):
        return "0" + value
    return value


def phone_key(value: str) -> str:
    """The digits that identify a number: "040-42 50 00", "40425000" and
    "+46 (0)40 42 50 00" all give "040425000"; other countries keep their "+" code."""
    text = value.strip()
    international = text.startswith("+")
    digits = "".join(ch for ch in text if ch.isdigit())
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    if international:
        for code in _COUNTRY_CODES:
            if digits.startswith(code):
                return "0" + digits[len(code) :].lstrip("0")
        return "+" + digits
    if digits and not digits.startswith("0"):
        return "0" + digits
    return digits


def same_phone(a: str, b: str) -> bool:
    """Whether two spellings are the same number (see :func:`phone_key`)."""
    key = phone_key(a)
    return bool(key) and key == phone_key(b)


def _how_well_written(value: str) -> tuple[bool, bool]:
    """(has its leading 0 or +, grouped as people write numbers)."""
    return restored_phone(value.strip()) == value.strip(), not value.strip().isdigit()


def better_phone(kept: str, other: str) -> str:
    """Of two spellings of the same number, the better written: one that kept its leading 0
    or "+" over one that lost it, then one grouped with spaces or dashes over bare digits;
    ``kept`` when neither is better."""
    return other if _how_well_written(other) > _how_well_written(kept) else kept
