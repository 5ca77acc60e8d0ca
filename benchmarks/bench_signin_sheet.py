"""Benchmark: render the sign-in sheet of a session with 2,000 names.

Run: ``python benchmarks/bench_signin_sheet.py [--names 2000] [--runs 3] [--out FILE.pdf]``.
Not part of the test run. Builds the ``SigninSheet`` directly (no database), so this times
the document alone: ReportLab's layout of the table, page by page, and the font subsets.
The first run includes importing ReportLab and registering the fonts and is shown apart;
then the median and the slowest of the following runs, the page count and the file size.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.text import sort_key

if TYPE_CHECKING:
    from diplomas.signin_sheet_model import SigninSheet

FIRST = (
    *("Anna", "Åsa", "Karin", "Eva", "Maria", "Lena", "Kerstin", "Ingrid", "Ulla", "Sofia"),
    *("Zeynep", "Aino", "Päivi", "Leila", "Emma", "Lars", "Per", "Anders", "Johan", "Erik"),
    *("Mikael", "Björn", "Jukka", "Matti", "Ahmed", "Emir", "Jörgen", "Nils", "Anna-Karin"),
    *("Máret", "Ánde", "Marie-Louise", "Karl-Henrik", "Đorđe", "Ŋuolja"),
)
LAST = (
    *("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg"),
    *("Åström", "Lindqvist", "Bergström", "Håkansson", "Järvinen", "Yılmaz", "Virtanen"),
    *("Mäkinen", "Öberg-Jäätteenmäki", "Nguyen", "Gyllenstierna af Lundholm", "Ek", "Sjöberg"),
    *("Hodžić", "Čović", "Šarić", "Østergård", "Sámmol", "Gyllenstierna af Lundholm-Björkqvist"),
)
ORGS = (
    *("Alingsås kommun", "Lerums kommun", "Partille kommun", "Härryda kommun"),
    *("Mölndals stad", "Kungälvs kommun", "Ale kommun", "Stenungsunds kommun", "Tjörns kommun"),
    *("Lilla Edets kommun", "Vårgårda kommun", "Borås Stad", "Västra Götalandsregionen"),
    *("Södra Älvsborgs Räddningstjänstförbund", "Sámediggi", ""),
)


def make_sheet(names: int, seed: int = 2025) -> SigninSheet:
    """A sheet of ``names`` random Nordic, Sámi and other names, sorted by surname."""
    from diplomas.signin_sheet_model import SigninRow, SigninSheet

    rnd = random.Random(seed)
    people = sorted(
        ((rnd.choice(LAST), rnd.choice(FIRST), rnd.choice(ORGS)) for _ in range(names)),
        key=lambda p: (sort_key(p[0]), sort_key(p[1])),
    )
    return SigninSheet(
        programme="Framtidens ledare",
        cohort="Omgång 3, hösten 2025",
        session_title="Internat: Kommunikation och feedback",
        date_text="torsdag 4 december – fredag 5 december 2025",
        time_text="09:00–15:00",
        venue="Hjortviken konferens, Hindås",
        rows=tuple(SigninRow(f"{last}, {first}", org) for last, first, org in people),
        blank_rows=5,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the last sheet here")
    args = parser.parse_args()

    start = time.perf_counter()
    from diplomas.signin_sheet import render_signin_sheet

    sheet = make_sheet(args.names)
    buffer = io.BytesIO()
    render_signin_sheet(sheet, buffer)
    first = time.perf_counter() - start

    times = []
    for _ in range(args.runs):
        buffer = io.BytesIO()
        start = time.perf_counter()
        render_signin_sheet(sheet, buffer)
        times.append(time.perf_counter() - start)
    data = buffer.getvalue()
    if args.out:
        args.out.write_bytes(data)

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(f"sign-in sheet, {args.names:,} names + 5 blank rows: {pages} pages, {len(data):,} bytes")
    print(f"  first run (imports ReportLab, registers fonts): {first * 1000:7.0f} ms")
    if times:
        print(
            f"  render, median of {len(times)}:                   "
            f"{statistics.median(times) * 1000:7.0f} ms  (slowest {max(times) * 1000:.0f} ms, "
            f"{statistics.median(times) / max(pages, 1) * 1000:.1f} ms per page)"
        )


if __name__ == "__main__":
    main()
