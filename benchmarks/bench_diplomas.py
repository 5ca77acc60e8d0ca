"""Benchmark: render a cohort's diplomas into one merged PDF, for every template.

Run: ``python benchmarks/bench_diplomas.py [--diplomas 60] [--runs 3] [--out DIR]``.
Not part of the test run. Builds the design and contents directly (no database), with a
600 × 200 logo and a signature image, so this times the document alone. The first render
includes importing ReportLab and registering the fonts and is shown apart; then per template
and orientation the median of ``--runs`` merged renders, the time per diploma, the file size,
the bytes each added page costs, and the time of one diploma on its own (what issuing one
diploma into the register costs).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import struct
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diplomas.diploma import DiplomaContent, DiplomaDesign

FIRST = ("Anna", "Åsa", "Karin", "Zeynep", "Aino", "Päivi", "Lars", "Jörgen", "Máret", "Emir")
LAST = (
    *("Andersson", "Öberg-Jäätteenmäki", "Yılmaz", "Hodžić", "Østergård", "Sámmol"),
    *("Gyllenstierna af Lundholm-Björkqvist-Wachtmeister", "Nguyen", "Åström", "Ek"),
)


def gradient_png(width: int, height: int, alpha: bool) -> bytes:
    """A PNG with some texture, so that it compresses like a real logo would."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            pixel = [(x * 3) % 256, (y * 5) % 256, (x * y) % 256]
            rows += bytes(pixel + ([255 if (x + y) % 7 else 0] if alpha else []))
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows)))
        + chunk(b"IEND", b"")
    )


def make_design(template: str, orientation: str) -> DiplomaDesign:
    from diplomas.diploma import DEFAULT_WORDINGS, DiplomaDesign, Signatory

    return DiplomaDesign(
        template=template,
        orientation=orientation,
        title="Diplom",
        wording=DEFAULT_WORDINGS["sv"],
        place="Alingsås",
        issue_date_text="22 mars 2024",
        signatories=(
            Signatory(
                name="Anna-Karin Lindqvist",
                title="Kommundirektör",
                signature_png=gradient_png(300, 100, alpha=True),
            ),
            Signatory(name="Mikael Åström", title="Personalchef"),
        ),
        logo_png=gradient_png(600, 200, alpha=False),
    )


def make_contents(count: int, seed: int = 2025) -> list[DiplomaContent]:
    from diplomas.diploma import DiplomaContent

    rnd = random.Random(seed)
    return [
        DiplomaContent(
            name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
            programme="Framtidens ledare",
            cohort="omgång 3",
            dates_text="hösten 2025",
            hours_text="60 timmar",
            serial=f"FL-2025-{number:03d}",
            verification_code=f"{rnd.randrange(16**8):08X}",
        )
        for number in range(1, count + 1)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diplomas", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write each merged PDF into this folder")
    args = parser.parse_args()

    start = time.perf_counter()
    from diplomas.diploma import TEMPLATES, diploma_pdf, render_diplomas

    contents = make_contents(args.diplomas)
    render_diplomas(make_design("classic", "landscape"), contents[:1], io.BytesIO())
    first = time.perf_counter() - start
    print(f"{args.diplomas} diplomas per merged PDF, median of {args.runs} runs")
    print(f"  first diploma (imports ReportLab, registers fonts): {first * 1000:.0f} ms")
    print(
        f"  {'template':<20} {'merged':>9} {'per diploma':>12} {'size':>11} "
        f"{'per added page':>15} {'one diploma':>12}"
    )
    for template in TEMPLATES:
        for orientation in ("landscape", "portrait"):
            design = make_design(template, orientation)
            times = []
            for _ in range(args.runs):
                buffer = io.BytesIO()
                start = time.perf_counter()
                render_diplomas(design, contents, buffer)
                times.append(time.perf_counter() - start)
            merged = buffer.getvalue()
            start = time.perf_counter()
            single = diploma_pdf(design, contents[0])
            one = time.perf_counter() - start
            per_page = (len(merged) - len(single)) / max(len(contents) - 1, 1)
            median = statistics.median(times)
            print(
                f"  {template + ' ' + orientation:<20} {median * 1000:7.0f} ms "
                f"{median / len(contents) * 1000:9.2f} ms {len(merged):>9,} B "
                f"{per_page:>13,.0f} B {one * 1000:9.1f} ms"
            )
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / f"diplomas-{template}-{orientation}.pdf").write_bytes(merged)


if __name__ == "__main__":
    main()
