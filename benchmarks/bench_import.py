"""Benchmark: import 5,000 participants from XLSX and CSV into a fresh database.

Run: ``python benchmarks/bench_import.py [--rows 5000] [--runs 3]``. Not part of the test
run. Prints the wall time of reading the file (``read_table``) and of importing it
(``import_people`` inside ``Database.write()``, commit included), per format, against the
target of 2 s in total. Each run uses a new database; the median run is shown, and the
slowest. A second import of a corrected list (the same people with new job titles: every
person matched by e-mail and updated) is timed as well, as when a list is corrected and
re-sent.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from app.db import Database, open_database
from app.importing.reader import read_table
from app.models import Cohort, Program
from app.services.importing import ImportReport, import_people

TARGET_S = 2.0
HEADERS = ["Förnamn", "Efternamn", "E-post", "Mobil", "Organisation", "Befattning", "Avdelning"]
FIRST = (
    *("Anna", "Åsa", "Karin", "Eva", "Maria", "Lena", "Kerstin", "Ingrid", "Ulla", "Sofia"),
    *("Zeynep", "Aino", "Päivi", "Leila", "Emma", "Lars", "Per", "Anders", "Johan", "Erik"),
    *("Mikael", "Björn", "Jukka", "Matti", "Ahmed", "Mehmet", "Jörgen", "Nils", "Anna-Karin"),
)
LAST = (
    *("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg"),
    *("Åström", "Lindqvist", "Bergström", "Håkansson", "Järvinen", "Yılmaz", "Virtanen"),
    *("Mäkinen", "Öberg-Jäätteenmäki", "Nguyen", "Gyllenstierna af Lundholm", "Ek", "Sjöberg"),
)
ORGS = (
    *("Alingsås kommun", "Lerums kommun", "Partille kommun", "Härryda kommun"),
    *("Mölndals stad", "Kungälvs kommun", "Ale kommun", "Stenungsunds kommun", "Tjörns kommun"),
    *("Lilla Edets kommun", "Vårgårda kommun", "Herrljunga kommun", "Borås Stad"),
    *("Ulricehamns kommun", "Marks kommun", "Bollebygds kommun", "Tranemo kommun"),
    *("Vänersborgs kommun", "Trollhättans stad", "Uddevalla kommun", "Strömstads kommun"),
    *("Västra Götalandsregionen", "Region Halland", "Göteborgs Stad"),
)
TITLES = (
    "Enhetschef",
    "Rektor",
    "Kommunikationsstrateg",
    "HR-specialist",
    "Avdelningschef",
    "Verksamhetsutvecklare",
    "Controller",
    "Sektionschef",
)
DEPARTMENTS = (
    "Socialförvaltningen",
    "Barn- och utbildningsförvaltningen",
    "Kommunledningskontoret",
    "Samhällsbyggnadsförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "",
)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in "-.")).lower()


def participants(count: int, seed: int = 2025, corrected: bool = False) -> list[list[object]]:
    """Realistic rows; the phone is an int (as Excel stores a typed-in number).

    ``corrected``: the same people with other job titles.
    """
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        org = rng.choice(ORGS)
        domain = _ascii(org.split()[0]) + ".se"
        rows.append(
            [
                first,
                last,
                f"{_ascii(first)}.{_ascii(last).replace(' ', '')}{i}@{domain}",
                rng.randrange(701000000, 709999999),
                org,
                rng.choice(TITLES) + (" (tf)" if corrected else ""),
                rng.choice(DEPARTMENTS),
            ]
        )
    return rows


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Deltagare")
    sheet.append(["Deltagarlista Framtidens ledare 2025"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def write_csv(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # Excel "CSV UTF-8"
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows([*row[:3], f"0{row[3]}", *row[4:]] for row in rows)


def _fresh_database(folder: Path) -> tuple[Database, int]:
    db = open_database(str(folder / f"bench-{time.perf_counter_ns()}.sqlite3"))
    with db.write() as s:
        program = Program(name="Framtidens ledare", code="FL")
        s.add(program)
        s.flush()
        cohort = Cohort(program_id=program.id, name="Omgång 1")
        s.add(cohort)
        s.flush()
        return db, cohort.id


def _timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _import(db: Database, cohort_id: int, path: Path) -> tuple[float, float, ImportReport]:
    read_s, table = _timed(lambda: read_table(path))

    def run() -> ImportReport:
        with db.write() as s:
            return import_people(s, cohort_id=cohort_id, table=table)  # type: ignore[arg-type]

    import_s, report = _timed(run)
    assert isinstance(report, ImportReport) and not report.errors, report
    return read_s, import_s, report


def bench(path: Path, corrected: Path, folder: Path, rows: int, runs: int) -> None:
    label = path.suffix.lstrip(".")
    first: list[tuple[float, float]] = []
    again: list[tuple[float, float]] = []
    for _ in range(runs):
        db, cohort_id = _fresh_database(folder)
        try:
            read_s, import_s, report = _import(db, cohort_id, path)
            assert (report.created, report.enrolled) == (rows, rows), report.as_json()
            first.append((read_s, import_s))
            read_s, import_s, report = _import(db, cohort_id, corrected)
            assert report.updated == rows, report.as_json()
            again.append((read_s, import_s))
        finally:
            db.close()
    for name, timings in (("new people", first), ("corrected list, all updated", again)):
        totals = [r + i for r, i in timings]
        median = sorted(timings, key=sum)[len(timings) // 2]
        verdict = "OK" if max(totals) < TARGET_S else "TOO SLOW"
        print(
            f"{label:4} {rows} rows, {name}: read {median[0]:.2f} s, import {median[1]:.2f} s, "
            f"total {statistics.median(totals):.2f} s (slowest {max(totals):.2f} s; "
            f"target < {TARGET_S:.0f} s) {verdict}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kohort-bench-") as tmp:
        folder = Path(tmp)
        files = []
        for writer, suffix in ((write_xlsx, ".xlsx"), (write_csv, ".csv")):
            path, corrected = folder / f"deltagare{suffix}", folder / f"rättad{suffix}"
            writer(path, participants(args.rows))
            writer(corrected, participants(args.rows, corrected=True))
            print(f"{path.name}: {path.stat().st_size / 1024:.0f} KiB")
            files.append((path, corrected))
        for path, corrected in files:
            bench(path, corrected, folder, args.rows, args.runs)


if __name__ == "__main__":
    main()
