"""QR codes for the diploma's verification address, drawn as one vector path.

A small encoder (ISO/IEC 18004): byte mode, error correction level M (15 % of the symbol may
be lost), the smallest version that holds the text, and the mask with the lowest penalty.
It exists because ReportLab's own encoder (``reportlab.graphics.barcode.qrencoder``) spends
about 6 ms per code on choosing the mask in pure Python, more than drawing the rest of a
diploma; here the rows are integers and the penalty rules regular expressions, about 1 ms.
The tests check the modules against ReportLab's encoder, and decode the drawn page.

:func:`draw_qr` fills every dark module in one path (rectangles merged along rows and down
columns) on a grid of whole modules, so the page stream stays small and sharp at any scale.
No ReportLab import at module level: the canvas is passed in.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Protocol

from diplomas.problems import DocumentError

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # light modules around the symbol that scanners need
MAX_VERSION = 40

# Level M, per version 1–40: error correction codewords per block and number of blocks.
_ECC_PER_BLOCK = (
    *(10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26),
    *(26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
)
_BLOCKS = (
    *(1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16),
    *(17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
)
_LEVEL_M = 0b00  # the format information's bits for level M

# Galois field GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


def qr_matrix(text: str, *, mask: int | None = None) -> list[list[bool]]:
    """The modules of the QR code for ``text`` (UTF-8), row by row from the top; True is dark.

    Without the quiet zone. The mask pattern (0–7) is the one with the lowest penalty unless
    ``mask`` is given. Raises ``ValueError`` for a text too long for any version.
    """
    return [[module == "1" for module in line] for line in _symbol(text, mask)]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code for ``text`` with its quiet zone in the square ``size`` wide at
    (``x``, ``y``) (its bottom left corner), dark modules filled in the current fill colour
    as one path."""
    drawn = _helper.take(text) if _helper is not None else None
    modules, rectangles = drawn if drawn is not None else qr_path(text)
    module = size / (modules + 2 * QUIET_ZONE)
    canvas.saveState()
    # Whole modules as units, y downwards from the symbol's top row: short, exact numbers.
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.addLiteral(f"{rectangles} f")
    canvas.restoreState()


def qr_path(text: str) -> tuple[int, str]:
    """The code for ``text`` as :func:`draw_qr` draws it: its width in modules and the PDF
    path of its dark modules (``re`` operators in module units). Pure and deterministic, so
    another process may make it (:mod:`diplomas.qr_helper`)."""
    lines = _symbol(text, None)
    # Written out directly: ReportLab's path object formats every number through its general
    # float formatter, which for the ~600 whole numbers of a code took longer than encoding it.
    return len(lines), " ".join(f"{c} {r} {w} {h} re" for c, r, w, h in _rectangles(lines))


class Helper(Protocol):
    """Makes codes ahead, on another core: told each text as soon as it is known, asked for
    its drawing when the page is drawn (``None``: not ready, draw it here)."""

    def submit(self, text: str) -> None: ...

    def take(self, text: str) -> tuple[int, str] | None: ...


_helper: Helper | None = None


def use_helper(helper: Helper | None) -> None:
    """Draw codes with ``helper``'s work from now on (``None``: every code made here)."""
    global _helper
    _helper = helper


def prepare(text: str) -> None:
    """Say that a code for ``text`` will be drawn: a helper, if there is one, starts on it."""
    if _helper is not None:
        _helper.submit(text)


def module_rectangles(modules: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """The dark modules as rectangles (column, row, width, height) that cover each once:
    runs along a row, merged with the same run in the rows below."""
    return _rectangles(["".join("1" if dark else "0" for dark in row) for row in modules])


_DARK_RUN = re.compile("1+")


def _rectangles(lines: list[str]) -> list[tuple[int, int, int, int]]:
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) -> [top, height]
    done: list[tuple[int, int, int, int]] = []
    for row_number, line in enumerate(lines):
        runs = {m.span() for m in _DARK_RUN.finditer(line)}
        for run in [run for run in open_runs if run not in runs]:
            top, height = open_runs.pop(run)
            done.append((run[0], top, run[1] - run[0], height))
        for run in runs:
            if run in open_runs:
                open_runs[run][1] += 1
            else:
                open_runs[run] = [row_number, 1]
    done += [(run[0], top, run[1] - run[0], height) for run, (top, height) in open_runs.items()]
    return sorted(done, key=lambda r: (r[1], r[0]))


def _symbol(text: str, mask: int | None) -> list[str]:
    """The masked symbol as lines of "0" (light) and "1" (dark), the lowest penalty's mask
    unless ``mask`` is given."""
    data = text.encode("utf-8")
    eci = not text.isascii()
    version = _version_for(data, eci=eci)
    size = version * 4 + 17
    function, dark_function = _function_patterns(version)
    rows = _place(_with_error_correction(_data_codewords(data, version, eci), version), version)
    best: tuple[int, list[str]] | None = None
    for number in range(8) if mask is None else (mask,):
        lines = [
            format((row ^ pattern) | fixed, f"0{size}b")
            for row, pattern, fixed in zip(
                rows, _data_mask_rows(number, version), dark_function[number], strict=True
            )
        ]
        score = _penalty(lines) if mask is None else 0
        if best is None or score < best[0]:
            best = (score, lines)
    assert best is not None
    return best[1]


# Encoding.


def _data_capacity(version: int) -> int:
    """Data codewords of a version at level M."""
    return _raw_modules(version) // 8 - _ECC_PER_BLOCK[version - 1] * _BLOCKS[version - 1]


def _raw_modules(version: int) -> int:
    """Modules left for codewords once the function patterns are placed."""
    result = (16 * version + 128) * version + 64
    if version >= 2:
        aligns = version // 7 + 2
        result -= (25 * aligns - 10) * aligns - 55
        if version >= 7:
            result -= 36
    return result


def _version_for(data: bytes, *, eci: bool) -> int:
    for version in range(1, MAX_VERSION + 1):
        count_bits = 8 if version <= 9 else 16
        bits = (12 if eci else 0) + 4 + count_bits + 8 * len(data)
        if bits <= _data_capacity(version) * 8:
            return version
    raise DocumentError("A text of {n} bytes is too long for a QR code.", n=len(data))


def _data_codewords(data: bytes, version: int, eci: bool) -> list[int]:
    bits: list[int] = []

    def put(value: int, length: int) -> None:
        bits.extend((value >> i) & 1 for i in reversed(range(length)))

    if eci:
        put(0b0111, 4)  # ECI 26: the bytes are UTF-8
        put(26, 8)
    put(0b0100, 4)  # byte mode
    put(len(data), 8 if version <= 9 else 16)
    for byte in data:
        put(byte, 8)
    capacity = _data_capacity(version) * 8
    put(0, min(4, capacity - len(bits)))  # terminator
    put(0, -len(bits) % 8)
    words = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = (0xEC, 0x11)
    words += [pad[i % 2] for i in range(capacity // 8 - len(words))]
    return words


def _with_error_correction(data: list[int], version: int) -> list[int]:
    """The data split into blocks, each followed by its Reed–Solomon codewords, interleaved."""
    blocks, ecc_length = _BLOCKS[version - 1], _ECC_PER_BLOCK[version - 1]
    raw = _raw_modules(version) // 8
    short_blocks = blocks - raw % blocks
    short_length = raw // blocks - ecc_length  # data codewords of a short block
    divisor = _rs_divisor(ecc_length)
    data_parts: list[list[int]] = []
    ecc_parts: list[list[int]] = []
    position = 0
    for number in range(blocks):
        length = short_length + (0 if number < short_blocks else 1)
        part = data[position : position + length]
        position += length
        data_parts.append(part)
        ecc_parts.append(_rs_remainder(part, divisor))
    result = [
        part[i]
        for i in range(short_length + 1)
        for part in data_parts
        if i < len(part)  # short blocks have one codeword fewer
    ]
    result += [part[i] for i in range(ecc_length) for part in ecc_parts]
    return result


@cache
def _rs_divisor(degree: int) -> tuple[int, ...]:
    """The generator polynomial's coefficients, highest first, without the leading 1."""
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _multiply(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _multiply(root, 2)
    return tuple(result)


def _rs_remainder(data: list[int], divisor: tuple[int, ...]) -> list[int]:
    products = _rs_products(divisor)
    result = [0] * len(divisor)
    for byte in data:
        row = products[byte ^ result[0]]
        result = [a ^ b for a, b in zip([*result[1:], 0], row, strict=True)]
    return result


@cache
def _rs_products(divisor: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """The divisor times each byte value: the remainder's update for a leading byte."""
    return tuple(tuple(_multiply(c, factor) for c in divisor) for factor in range(256))


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


# The symbol.


@cache
def _function_patterns(version: int) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """Rows as bit masks (leftmost module is the highest bit): which modules are function
    patterns, and per mask pattern the dark ones among them (format bits depend on the mask).
    """
    size = version * 4 + 17
    used = [[False] * size for _ in range(size)]
    dark = [[False] * size for _ in range(size)]

    def put(x: int, y: int, value: bool) -> None:
        used[y][x] = True
        dark[y][x] = value

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders with their separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if 0 <= cx + dx < size and 0 <= cy + dy < size:
                    put(cx + dx, cy + dy, max(abs(dx), abs(dy)) not in (2, 4))
    positions = _alignment_positions(version)
    last = len(positions) - 1
    for i, cx in enumerate(positions):
        for j, cy in enumerate(positions):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)
    if version >= 7:
        remainder = version
        for _ in range(12):
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
        bits = version << 12 | remainder
        for i in range(18):
            bit = bool(bits >> i & 1)
            a, b = size - 11 + i % 3, i // 3
            put(a, b, bit)
            put(b, a, bit)
    per_mask = []
    for mask in range(8):
        for x, y, bit in _format_modules(mask, size):
            put(x, y, bit)
        per_mask.append(tuple(_bits(row) for row in dark))
    return tuple(_bits(row) for row in used), tuple(per_mask)


def _format_modules(mask: int, size: int) -> list[tuple[int, int, bool]]:
    """Where the format information (level and mask) goes, twice, and the dark module."""
    data = _LEVEL_M << 3 | mask
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    bits = (data << 10 | remainder) ^ 0x5412

    def bit(i: int) -> bool:
        return bool(bits >> i & 1)

    places = [(8, i, bit(i)) for i in range(6)]
    places += [(8, 7, bit(6)), (8, 8, bit(7)), (7, 8, bit(8))]
    places += [(14 - i, 8, bit(i)) for i in range(9, 15)]
    places += [(size - 1 - i, 8, bit(i)) for i in range(8)]
    places += [(8, size - 15 + i, bit(i)) for i in range(8, 15)]
    places.append((8, size - 8, True))
    return places


def _alignment_positions(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    return [6, *reversed([version * 4 + 17 - 7 - i * step for i in range(count - 1)])]


def _place(codewords: list[int], version: int) -> list[int]:
    """The codewords' bits in the zigzag order, unmasked, as row bit masks."""
    rows = [0] * (version * 4 + 17)
    bits = "".join(format(word, "08b") for word in codewords)
    for bit, (y, value) in zip(bits, _data_modules(version), strict=False):
        if bit == "1":
            rows[y] |= value
    return rows


@cache
def _data_modules(version: int) -> tuple[tuple[int, int], ...]:
    """The modules codewords fill, in order: (row, the module's bit in the row mask)."""
    function = _function_patterns(version)[0]
    size = len(function)
    order: list[tuple[int, int]] = []
    right = size - 1
    while right >= 1:
        if right == 6:  # the vertical timing pattern takes a whole column
            right = 5
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            y = size - 1 - vertical if upward else vertical
            for x in (right, right - 1):
                bit = 1 << (size - 1 - x)
                if not function[y] & bit:
                    order.append((y, bit))
        right -= 2
    return tuple(order)


def _bits(row: list[bool]) -> int:
    return int("".join("1" if v else "0" for v in row), 2)


def _mask_applies(mask: int, y: int, x: int) -> bool:
    """Whether mask pattern ``mask`` flips the module in row ``y``, column ``x``."""
    if mask == 0:
        return (x + y) % 2 == 0
    if mask == 1:
        return y % 2 == 0
    if mask == 2:
        return x % 3 == 0
    if mask == 3:
        return (x + y) % 3 == 0
    if mask == 4:
        return (y // 2 + x // 3) % 2 == 0
    if mask == 5:
        return x * y % 2 + x * y % 3 == 0
    if mask == 6:
        return (x * y % 2 + x * y % 3) % 2 == 0
    return ((x + y) % 2 + x * y % 3) % 2 == 0


@cache
def _data_mask_rows(mask: int, version: int) -> tuple[int, ...]:
    """The modules mask pattern ``mask`` flips: only those that carry data."""
    function = _function_patterns(version)[0]
    size = len(function)
    full = (1 << size) - 1
    return tuple(
        _bits([_mask_applies(mask, y, x) for x in range(size)]) & ~function[y] & full
        for y in range(size)
    )


# The penalty of a masked symbol (ISO/IEC 18004 7.8.3); the lowest wins.

_RUN = re.compile(r"0{5,}|1{5,}")


def _penalty(lines: list[str]) -> int:
    columns = ["".join(column) for column in zip(*lines, strict=True)]
    runs = _RUN.findall("|".join((*lines, *columns)))
    score = len("".join(runs)) - 2 * len(runs)
    padded = "0000|0000".join(("", *lines, *columns, ""))  # light modules beyond the edges
    # Neither pattern can overlap itself, so counting non-overlapping matches counts them all.
    score += 40 * (padded.count("10111010000") + padded.count("00001011101"))
    size = len(lines)
    full = (1 << size) - 1
    rows = [int(line, 2) for line in lines]
    for upper, lower in zip(rows, rows[1:], strict=False):
        same_vertically = ~(upper ^ lower) & full
        same_horizontally = ~(upper ^ (upper >> 1)) & (full >> 1)
        score += 3 * (same_vertically & (same_vertically >> 1) & same_horizontally).bit_count()
    dark = sum(line.count("1") for line in lines)
    total = size * size
    score += 10 * ((abs(dark * 20 - total * 10) + total - 1) // total - 1)
    return score
