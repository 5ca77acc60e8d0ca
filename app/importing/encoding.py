"""Which text encoding a CSV file is in, and refusing the ones that would become mojibake.

The encoding is the byte-order mark's (Excel's "CSV UTF-8" and "Unicode text"), else UTF-8
if the bytes are valid UTF-8, else Windows cp1252 (Excel's legacy "CSV" on a Swedish or
Finnish Windows). Any byte string is "valid" cp1252 save five bytes, so a file from a
Japanese, Chinese, Korean or Cyrillic Windows (Shift-JIS, GB2312, EUC-KR, KOI8-R, cp1251)
would be read as nonsense such as "ŽR“c‘¾˜Y" (山田太郎). Such text is recognised by words no
Nordic text has (see :func:`looks_like_mojibake`) and the file is refused with the way to
save it as "CSV UTF-8".
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from app.i18n import _
from app.importing.errors import ImportFileError

_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_WORDS = re.compile(r"[^\s;,|]+")
# Stripped from both ends of a word before it is judged: quotes, dashes, bullets, brackets.
_EDGE = "–—‘’“”„•…«»\"'()[]{}<>.,:;!?-/*+#"
# Typography that never stands inside a word (an apostrophe or a dash may: O’Brien, Lund–Ek).
_NOT_INSIDE = frozenset("‘“”„•…«»")
# Symbols a participant list may hold (prices, "5 °C", "§ 4", "m²").
_SYMBOLS = frozenset("€£$°§©®½²³·™\xad")
# cp1252 characters that Nordic text never has but lead/trail bytes of Asian encodings give.
_RARE = frozenset("‚ƒ†‡ˆ‰‹›˜Ÿ¡¢¤¥¦¨ª¬¯±´µ¶¸¹º¼¾¿×÷")
# Any run of these is still Nordic ("Jäätteenmäki", Estonian "jäääär", "ÅÄÖ"); three
# non-ASCII letters in a row with any other letter among them are not ("Èâàíîâ", "ÕÅÈý").
_NORDIC = frozenset("åäöÅÄÖøØæÆéÉüÜ")
_MIN_SUSPECT = 6


def decode(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV file; :class:`ImportFileError` if it is not Nordic text."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise not_text(name)
    else:
        try:
            return _check_text(name, data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        text = _check_text(name, data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _(
                "{name} is not readable text in any encoding Excel writes; save it "
                "from Excel as “CSV UTF-8” or as .xlsx and import that."
            ).format(name=name)
        ) from exc
    if encoding == "cp1252" and looks_like_mojibake(text):
        raise ImportFileError(
            _(
                "{name} is saved in an encoding for another language (such as Japanese, "
                "Chinese or Russian), so its letters would come out garbled; open it in "
                "Excel, save it as “CSV UTF-8” and import that."
            ).format(name=name)
        )
    return text, encoding


def _suspect(word: str) -> bool:
    """Whether a word (edges stripped) is one no Swedish/Finnish/Sámi text contains."""
    run: list[str] = []
    for char in (*word, " "):
        if char in _RARE or char in _NOT_INSIDE:
            return True
        if ord(char) > 127 and unicodedata.category(char)[0] == "L":
            run.append(char)
            continue
        if len(run) >= 3 and not all(c in _NORDIC for c in run):
            return True
        run.clear()
        if ord(char) > 127 and char not in _SYMBOLS and char not in "’–—":
            return True
    return False


def looks_like_mojibake(text: str) -> bool:
    """Whether text read as cp1252 is really another encoding's bytes.

    Words with a non-ASCII character are judged one by one (see :func:`_suspect`); the
    text is mojibake when at least six of its non-ASCII characters, and a third of them,
    stand in suspect words. Real Nordic text has none or a stray one: "Jäätteenmäki",
    "Öberg–Åström", "O’Brien", “Åsa”, "• Ärende …" are all plausible words.
    """
    total = suspect = 0
    for match in _WORDS.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        high = sum(1 for c in word if ord(c) > 127)
        total += high
        if _suspect(word.strip(_EDGE)):
            suspect += high
    return suspect >= _MIN_SUSPECT and suspect * 3 >= total


def _check_text(name: str, text: str) -> str:
    text = text.rstrip("\x1a")  # the end-of-file mark of old DOS tools
    if len(_BINARY_CHARS.findall(text)) * 100 > len(text):
        raise not_text(name)
    return text


def not_text(name: str) -> ImportFileError:
    return ImportFileError(
        _(
            "{name} is neither a CSV text file nor an Excel workbook; choose a .csv or .xlsx file."
        ).format(name=name)
    )
