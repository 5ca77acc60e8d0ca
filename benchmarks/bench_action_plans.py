"""Benchmark: render a cohort's personal action plans into one merged PDF.

Run: ``python benchmarks/bench_action_plans.py [--participants 200] [--runs 3] [--out DIR]``.
Not part of the test run. Builds the plans directly (no database): realistic Swedish texts of
one to three paragraphs per section and three to eight actions each, so this times the
document alone. The first render includes importing ReportLab and registering the fonts and
is shown apart; then the median of ``--runs`` merged renders of the filled plans and of the
blank forms, with the time per plan, the file size and the page count.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diplomas.action_plan_model import PlanDocument

FIRST = ("Anna", "Åsa", "Karin", "Zeynep", "Aino", "Päivi", "Lars", "Jörgen", "Máret", "Emir")
LAST = (
    *("Andersson", "Öberg-Jäätteenmäki", "Yılmaz", "Hodžić", "Østergård", "Sámmol"),
    *("Gyllenstierna af Lundholm-Björkqvist-Wachtmeister", "Nguyen", "Åström", "Ek"),
)
ORGANIZATIONS = ("Alingsås kommun", "Lerums kommun", "Västra Götalandsregionen", "Vårgårda kommun")
SENTENCES = (
    "Jag vill bli tydligare i hur jag delegerar och följer upp.",
    "Mina medarbetare ska uppleva att de får ta ansvar och växa i sina roller.",
    "Jag är bra på att lyssna och skapa trygghet i gruppen, även när det blåser.",
    "Jag behöver våga ta svåra samtal tidigare i stället för att vänta.",
    "Ett mål är att ha regelbundna utvecklingssamtal med alla i teamet.",
    "Jag vill använda min struktur för att skapa lugn i förändringsarbetet.",
    "Återkoppling i vardagen är något jag vill bli bättre på, både att ge och att ta emot.",
    "Om ett år ska medarbetarenkätens index för tillit ha ökat märkbart.",
)
ACTIONS = (
    ("Veckovisa avstämningar", "15 minuter varje måndag med var och en", "Mentor"),
    ("Feedbackträning", "Kurs via HR och övning i ledningsgruppen", "HR-partner"),
    ("Skuggning av en erfaren chef", "En dag per månad under våren", "Min chef"),
    ("Läsa om tillitsbaserad styrning", "En bok och ett seminarium", ""),
    ("Tydligare mötesstruktur", "Dagordning och protokoll till alla APT", "Teamet"),
)
STATUSES = ("Inte påbörjad", "Pågår", "Klar")


def make_plans(count: int, seed: int = 2025) -> list[PlanDocument]:
    from diplomas.action_plan_model import DEFAULT_GUIDES, PlanAction, PlanDocument

    rnd = random.Random(seed)

    def text(paragraphs: int) -> str:
        return "\n\n".join(
            " ".join(rnd.sample(SENTENCES, rnd.randint(2, 4))) for _ in range(paragraphs)
        )

    plans = []
    for _ in range(count):
        actions = []
        for _ in range(rnd.randint(3, 8)):
            what, how, support = rnd.choice(ACTIONS)
            actions.append(
                PlanAction(
                    what=what,
                    how=how,
                    by_when=f"{rnd.randint(1, 28)} {rnd.choice(('mars', 'maj', 'juni'))} 2026",
                    support=support,
                    success=rnd.choice(SENTENCES),
                    status=rnd.choice(STATUSES),
                )
            )
        plans.append(
            PlanDocument(
                programme="Framtidens ledare",
                cohort="Omgång 3, hösten 2025",
                name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                organization=rnd.choice(ORGANIZATIONS),
                mentor=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" if rnd.random() < 0.8 else "",
                manager=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                follow_up="15 maj 2026",
                guide=DEFAULT_GUIDES["sv"],
                texts={
                    "goal": text(rnd.randint(1, 3)),
                    "strengths": text(rnd.randint(1, 2)),
                    "development_areas": text(rnd.randint(1, 2)),
                },
                actions=tuple(actions),
            )
        )
    return plans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write each merged PDF into this folder")
    args = parser.parse_args()

    start = time.perf_counter()
    from pypdf import PdfReader

    from diplomas.action_plan import action_plan_pdf, render_action_plans

    plans = make_plans(args.participants)
    action_plan_pdf(plans[0])
    first = time.perf_counter() - start
    actions = sum(len(plan.actions) for plan in plans)
    print(f"{len(plans)} action plans ({actions} actions) per merged PDF, median of {args.runs}")
    print(f"  first plan (imports ReportLab, registers fonts): {first * 1000:.0f} ms")
    print(f"  {'version':<8} {'merged':>9} {'per plan':>10} {'size':>12} {'pages':>6}")
    for blank in (False, True):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            merged = render_action_plans(plans, blank=blank)
            times.append(time.perf_counter() - start)
        pages = len(PdfReader(io.BytesIO(merged)).pages)
        median = statistics.median(times)
        name = "blank" if blank else "filled"
        print(
            f"  {name:<8} {median:7.2f} s {median / len(plans) * 1000:7.1f} ms "
            f"{len(merged):>10,} B {pages:>6}"
        )
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"action-plans-{name}.pdf").write_bytes(merged)


if __name__ == "__main__":
    main()
