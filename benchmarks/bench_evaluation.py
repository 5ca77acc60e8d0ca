"""Benchmark: a course evaluation's results for 2,000 responses to 20 questions.

Run: ``python benchmarks/bench_evaluation.py [--responses 2000] [--runs 5]``. Not part of
the test run. Builds one anonymous evaluation of 20 questions (12 scales, 2 single and 2
multiple choices, 4 open questions) in a temporary database, with 2,000 responses from ten
organizations and two earlier cohorts of the programme for the trend, then times
:func:`app.services.evaluation_results.evaluation_results` (the window's and the command
line's numbers) and the results report PDF on top of it, printing the median and the
range of ``--runs`` runs and the time per answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from app.db import Database, open_database
from app.domain import QuestionKind, ResponseSource
from app.models import Cohort, Program
from app.services import evaluation_documents, evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from app.services.evaluation_results import evaluation_results
from app.services.evaluation_templates import QuestionFields

TEXTS = (
    "Nätverket med andra chefer",
    "Mer tid för reflektion",
    "Verktygen för svåra samtal",
    "Internatet gav mest",
    "Kortare dagar",
    "Fler exempel från vår egen verksamhet",
)
ORGANIZATIONS = tuple(f"Kommun {n}" for n in range(1, 11))


def questions() -> list[QuestionFields]:
    found = [
        QuestionFields(
            kind=QuestionKind.SCALE,
            text=f"Påstående {n}",
            scale_max=5,
            key=f"scale_{n}",
            low_label="Instämmer inte alls",
            high_label="Instämmer helt",
        )
        for n in range(1, 13)
    ]
    found += [
        QuestionFields(kind=QuestionKind.SINGLE, text=f"Val {n}", choices=("Ja", "Kanske", "Nej"))
        for n in (1, 2)
    ]
    found += [
        QuestionFields(
            kind=QuestionKind.MULTIPLE,
            text=f"Delar {n}",
            choices=("Föreläsningar", "Grupparbeten", "Mentorssamtal", "Internatet"),
        )
        for n in (1, 2)
    ]
    found += [QuestionFields(kind=QuestionKind.TEXT, text=f"Fritext {n}") for n in range(1, 5)]
    return found


def build(db: Database, responses: int, seed: int = 2026) -> int:
    rnd = random.Random(seed)
    with db.write() as s:
        program = Program(name="Benchmark", code="BM")
        s.add(program)
        s.flush()
        ids = []
        for year in (2024, 2025, 2026):
            cohort = Cohort(
                program_id=program.id, name=f"Omgång {year}", start_date=dt.date(year, 9, 1)
            )
            s.add(cohort)
            s.flush()
            ev = evaluations.create_evaluation(s, cohort.id, template=None)
            for fields in questions():
                evaluations.add_question(s, ev.id, fields)
            qs = evaluations.evaluation_questions(s, ev.id)
            count = responses if year == 2026 else 50
            inputs = []
            for _ in range(count):
                answers = []
                for q in qs:
                    if q.kind is QuestionKind.SCALE:
                        answers.append(AnswerInput(q.id, number=rnd.randint(1, 5)))
                    elif q.kind is QuestionKind.SINGLE:
                        answers.append(AnswerInput(q.id, choices=frozenset({rnd.randint(0, 2)})))
                    elif q.kind is QuestionKind.MULTIPLE:
                        answers.append(
                            AnswerInput(q.id, choices=frozenset(rnd.sample(range(4), 2)))
                        )
                    else:
                        answers.append(AnswerInput(q.id, text=rnd.choice(TEXTS)))
                inputs.append(
                    ResponseInput(
                        tuple(answers),
                        ResponseSource.FORMS_IMPORT,
                        organization=rnd.choice(ORGANIZATIONS),
                    )
                )
            record_responses(s, ev.id, inputs)
            ids.append(ev.id)
    return ids[-1]


def timed(runs: int, work) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds of each run (the CPU time is the work itself, whatever
    else the shared machine is doing)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def show(label: str, measured: tuple[list[float], list[float]], answers: int) -> None:
    wall, cpu = measured
    median = statistics.median(wall)
    print(
        f"{label:<22} median {median * 1000:6.1f} ms (min {min(wall) * 1000:.1f}, "
        f"max {max(wall) * 1000:.1f}), CPU {statistics.median(cpu) * 1000:.1f} ms, "
        f"{median / answers * 1e6:.2f} µs per answer"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(str(Path(folder) / "bench.sqlite3")) as db,
    ):
        start = time.perf_counter()
        evaluation_id = build(db, args.responses)
        print(
            f"built {args.responses} responses × 20 questions in "
            f"{time.perf_counter() - start:.1f} s"
        )
        answers = args.responses * 20

        def results() -> None:
            with db.read() as s:
                evaluation_results(s, evaluation_id)

        def report() -> None:
            with db.read() as s:
                evaluation_documents.results_pdf(s, evaluation_id)

        report()  # the first includes importing ReportLab and registering the fonts
        show("results (service)", timed(args.runs, results), answers)
        show("results + report PDF", timed(args.runs, report), answers)
        with db.read() as s:
            found = evaluation_results(s, evaluation_id)
        print(
            f"check: {found.responses} responses, "
            f"{sum(q.answered for q in found.questions)} answers, "
            f"{len(found.organizations)} organization groups shown"
        )


if __name__ == "__main__":
    main()
