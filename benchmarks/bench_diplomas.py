"""Benchmark: what the coordinator runs — `kohort diplomas` issuing a cohort and writing the
ceremony file — against a lean ReportLab floor, as whole processes.

Run: ``python benchmarks/bench_diplomas.py [--count 500] [--runs 3] [--keep DIR]``.
Not part of the test run. It builds once a database with one cohort of ``--count``
participants who all attended (a realistic design: a 600 × 200 logo, a QR code, two
signatories, one with a signature image), then per run, the two commands alternating:

- **Kohort**: ``kohort --db COPY diplomas --cohort ID --out ceremony.pdf`` in a process of
  its own on a fresh copy of that database: it issues every diploma (all or nothing) and
  writes the ceremony file with the checklist.
- **floor**: a process that imports ReportLab, registers the same fonts and draws the same
  pages (texts, logo, signature, lines, QR code, at the positions Kohort's layout computed
  beforehand, in the parent) into one canvas, shared parts in a form, then a plain checklist.

Printed: medians with min–max of wall time and peak RSS of each process (``os.wait4``;
for Kohort the SUM of its process's peak and its QR helper's, which it forks to use the
second core: the pages the two share counted twice), the ratio, the ceremony file's size,
and the database growth per issued diploma (file size before and after, after a WAL
checkpoint). Also the same command with ``KOHORT_QR_HELPER=0`` (in one process, as before
the helper), alternating with the other two. Then ``--memory-runs`` more runs of the three,
sampled every 2 ms (:mod:`tree_memory`): the peak of the whole process tree (the command's
RSS plus the pages only its helper holds), which is what the target is read on, and the
sum of PSS; sampling slows the command, so those runs are not timed. The machine is
shared (2 cores): expect ±15 %, and a helper gains only when a core is free.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import random
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tree_memory  # noqa: E402  (beside this file)

FIRST = ("Anna", "Åsa", "Karin", "Zeynep", "Aino", "Päivi", "Lars", "Jörgen", "Máret", "Emir")
LAST = (
    *("Andersson", "Öberg-Jäätteenmäki", "Yılmaz", "Hodžić", "Østergård", "Sámmol"),
    *("Gyllenstierna af Lundholm-Björkqvist-Wachtmeister", "Nguyen", "Åström", "Ek"),
)
QR_URL = "https://example.se/diplom?kod={code}"
TODAY = dt.date.today()


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


# The database.


def build(path: Path, count: int) -> int:
    """A cohort of ``count`` participants, three sessions held and all attended, with the
    realistic design; returns the cohort id."""
    from sqlalchemy import insert, select

    from app.db import open_database
    from app.domain import AttendanceStatus, Role
    from app.models import Attendance, Enrollment, Person
    from app.services import cohorts, diploma_settings, programs
    from app.services.cohorts import CohortFields
    from app.services.diploma_settings import DesignSettings, SignatorySettings
    from app.services.programs import ProgramFields
    from app.services.sessions import SessionFields, create_series

    rnd = random.Random(2025)
    start = TODAY - dt.timedelta(days=70)
    with open_database(str(path)) as db, db.write() as s:
        program = programs.create_program(s, ProgramFields("Framtidens ledare", "FL"))
        cohort = cohorts.create_cohort(
            s, program.id, CohortFields("Omgång 3", start, TODAY - dt.timedelta(days=7))
        )
        series = create_series(
            s, cohort.id, SessionFields("Träff", start, minutes=480), count=3, every_days=28
        )
        s.execute(
            insert(Person),
            [
                {
                    "first_name": rnd.choice(FIRST),
                    "last_name": rnd.choice(LAST),
                    "email": f"person{i}@example.se",
                }
                for i in range(count)
            ],
        )
        people = list(s.scalars(select(Person.id)))
        s.execute(
            insert(Enrollment),
            [{"cohort_id": cohort.id, "person_id": p, "role": Role.PARTICIPANT} for p in people],
        )
        enrollments = list(s.scalars(select(Enrollment.id)))
        s.execute(
            insert(Attendance),
            [
                {"enrollment_id": e, "session_id": x.id, "status": AttendanceStatus.PRESENT}
                for e in enrollments
                for x in series
            ],
        )
        design = DesignSettings(
            place="Alingsås",
            logo_png=gradient_png(600, 200, alpha=False),
            verification_url=QR_URL,
            signatories=(
                SignatorySettings(
                    name="Anna-Karin Lindqvist",
                    title="Kommundirektör",
                    signature_png=gradient_png(300, 100, alpha=True),
                ),
                SignatorySettings(name="Mikael Åström", title="Personalchef"),
            ),
            programme_signatories=False,
        )
        diploma_settings.save_settings(s, cohort.id, design, today=TODAY)
        return cohort.id


def checkpointed_size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return path.stat().st_size


def floor_plan(path: Path, cohort_id: int, out: Path) -> None:
    """What the floor draws, laid out by Kohort's own code in this (parent) process from a
    scratch copy issued once: the page, every person's layer, the checklist rows."""
    from app.db import open_database
    from app.services import diploma_output, diploma_recipes
    from app.services.diploma_register import issue_diplomas, issue_plan
    from diplomas.person_layout import layout_person
    from diplomas.templates import layout_page

    scratch = path.with_name("floor-scratch.sqlite3")
    shutil.copy(path, scratch)
    with open_database(str(scratch)) as db, db.write() as s:
        plan = issue_plan(s, cohort_id, None, today=TODAY)
        issue_diplomas(s, cohort_id, [c.enrollment_id for c in plan.to_issue], today=TODAY)
        ids = diploma_output.hand_out_list(s, cohort_id)
        recipes = list(diploma_recipes.recipes(s, ids))
    page = layout_page(recipes[0].design)
    layers = [layout_person(page, r.design, r.content).layer for r in recipes]
    rows = [(r.content.name, r.content.serial) for r in recipes]
    out.write_bytes(pickle.dumps((page, layers, rows)))


# The floor (run as a child: ``bench_diplomas.py --floor PLAN OUT``).


def floor(plan: Path, out: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from diplomas.fonts import SANS, SANS_BOLD, register_fonts

    page, layers, rows = pickle.loads(plan.read_bytes())
    register_fonts()
    rl_config.useA85 = 0
    canvas = Canvas(str(out), pagesize=(page.width, page.height), invariant=1)
    images = {p.data: ImageReader(__import__("io").BytesIO(p.data)) for p in page.static.pictures}
    canvas.beginForm("static")
    _lean_draw(canvas, page.static, images)
    canvas.endForm()
    for layer in layers:
        canvas.doForm("static")
        _lean_draw(canvas, layer, images)
        canvas.showPage()
    canvas.setPageSize((595.27, 841.89))
    for start in range(0, len(rows), 28):
        canvas.setFont(SANS_BOLD, 14)
        canvas.drawString(50, 790, "Checklista")
        for number, (name, serial) in enumerate(rows[start : start + 28], start=start + 1):
            y = 740 - 24 * (number - start)
            canvas.setFont(SANS, 11)
            canvas.drawString(50, y, f"{number}.")
            canvas.drawString(86, y, name)
            canvas.drawString(375, y, serial)
            canvas.rect(505, y - 3, 13, 13, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()


def _lean_draw(canvas: Any, layer: Any, images: dict[bytes, Any]) -> None:
    """The plainest ReportLab calls for the layer: a call per shape, picture and text run."""
    from diplomas.layout import Diamond, QrCode, Rect, Rule
    from diplomas.qr import draw_qr

    for shape in layer.shapes:
        if isinstance(shape, Rect):
            if shape.fill:
                canvas.setFillColorRGB(*shape.fill)
            if shape.stroke:
                canvas.setStrokeColorRGB(*shape.stroke)
                canvas.setLineWidth(shape.line_width)
            b = shape.box
            canvas.rect(b.x, b.y, b.width, b.height, stroke=int(bool(shape.stroke)), fill=0)
        elif isinstance(shape, Rule):
            canvas.setStrokeColorRGB(*shape.color)
            canvas.setLineWidth(shape.width)
            canvas.line(shape.x1, shape.y, shape.x2, shape.y)
        elif isinstance(shape, Diamond):
            canvas.setFillColorRGB(*shape.color)
            path = canvas.beginPath()
            path.moveTo(shape.x, shape.y + shape.radius)
            path.lineTo(shape.x + shape.radius, shape.y)
            path.lineTo(shape.x, shape.y - shape.radius)
            path.lineTo(shape.x - shape.radius, shape.y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        elif isinstance(shape, QrCode):
            canvas.setFillColorRGB(*shape.color)
            draw_qr(canvas, shape.text, shape.box.x, shape.box.y, shape.box.width)
    for picture in layer.pictures:
        b = picture.box
        canvas.drawImage(
            images[picture.data],
            *(b.x, b.y, b.width, b.height),
            mask="auto",
            preserveAspectRatio=True,
            anchor=picture.anchor,
        )
    for run in layer.runs:
        canvas.setFont(run.font, run.size)
        canvas.setFillColorRGB(*run.color)
        canvas.drawString(run.x, run.y, run.text, charSpace=run.char_space)


# Measuring.

# The `kohort` process: ``main()``, then the peak RSS of the processes it waited for (its QR
# helper: RUSAGE_CHILDREN, in KiB) into a file, for the benchmark to add to its own peak.
KOHORT = (
    "import resource, sys; from app.cli import main; status = main(); "
    "open({peaks!r}, 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(status)"
)


NAMES = ("kohort", "floor", "alone")  # the commands, alternating (see main)
BYTECODE: dict[str, str] = {}  # set in main(): where the compiled modules are kept


def child_env(extra: dict[str, str] | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "en", **BYTECODE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return {**env, **(extra or {})}


def timed_child(command: list[str], extra: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (bytes) of one child process, which must succeed. Kohort's
    modules (and the floor's) compiled once, as an installed Kohort has them (pip and the
    app bundle ship bytecode), kept in the benchmark's folder, not the checkout."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=child_env(extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{command[3:6]} failed ({child.returncode}):\n{error}")
    return seconds, usage.ru_maxrss * 1024


def spread(values: list[float], scale: float, unit: str) -> str:
    return (
        f"{statistics.median(values) * scale:.2f} {unit} "
        f"({min(values) * scale:.2f}–{max(values) * scale:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory-runs", type=int, default=3, help="sampled runs (memory)")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--floor", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(*args.floor)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-diplomas-"))
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.sqlite3"
    plan = folder / "floor-plan.pickle"
    if args.setup:  # in a child, so that this parent stays small (see timed_child)
        template.unlink(missing_ok=True)
        cohort_id = build(template, args.count)
        floor_plan(template, cohort_id, plan)
        print(cohort_id)
        return
    # The setup runs in a child: a child's peak RSS counts what it inherited at fork, so
    # the parent must not have grown (no SQLAlchemy or ReportLab here).
    setup = [sys.executable, __file__, "--setup", "--count", str(args.count)]
    cohort_id = int(
        subprocess.run(
            [*setup, "--keep", str(folder)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ).stdout.split()[-1]
    )
    BYTECODE["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    before = checkpointed_size(template)
    kohort: dict[str, list[float]] = {"s": [], "rss": [], "helper": [], "growth": [], "size": []}
    alone: dict[str, list[float]] = {"s": [], "rss": []}
    lean: dict[str, list[float]] = {"s": [], "rss": []}
    trees: dict[str, dict[str, list[float]]] = {n: {"tree": [], "pss": []} for n in NAMES}
    peaks = folder / "peaks.txt"

    def command(name: str, run: int | str) -> tuple[list[str], dict[str, str], Path]:
        """The command of ``name`` ("kohort", "alone": the same without its helper process,
        "floor"), its extra environment and the file it writes."""
        if name == "floor":
            pdf = folder / "floor.pdf"
            return [sys.executable, __file__, "--floor", str(plan), str(pdf)], {}, pdf
        pdf = folder / f"{name}{run}.pdf"
        copy = folder / f"{name}{run}.sqlite3"
        shutil.copy(template, copy)
        kohort_cmd = [sys.executable, "-c", KOHORT.format(peaks=str(peaks)), "--db", str(copy)]
        kohort_cmd += ["diplomas", "--cohort", str(cohort_id), "--out", str(pdf)]
        return kohort_cmd, {"KOHORT_QR_HELPER": "0"} if name == "alone" else {}, pdf

    for run in range(-1, args.runs):  # run -1: a warm-up, not counted (compiles the modules)
        for name in NAMES if run % 2 == 0 else NAMES[::-1]:
            cmd, env, pdf = command(name, run)
            seconds, rss = timed_child(cmd, env)
            if run < 0:
                continue
            target = {"kohort": kohort, "alone": alone, "floor": lean}[name]
            target["s"].append(seconds)
            if name != "floor":  # what its own helper process carried, added
                helper = int(peaks.read_text()) * 1024
                rss += helper
                if name == "kohort":
                    kohort["helper"].append(helper)
            target["rss"].append(rss)
            if name == "kohort":
                copy = folder / f"kohort{run}.sqlite3"
                kohort["growth"].append((checkpointed_size(copy) - before) / args.count)
                kohort["size"].append(pdf.stat().st_size)
    for run in range(args.memory_runs):  # sampled, so slower: memory only
        for name in NAMES if run % 2 == 0 else NAMES[::-1]:
            cmd, env, pdf = command(name, f"m{run}")
            figures, status, error = tree_memory.sampled(cmd, child_env(env))
            if status != 0:
                raise SystemExit(f"{name} failed ({status}):\n{error}")
            trees[name]["tree"].append(figures.tree_peak)
            trees[name]["pss"].append(figures.pss_peak)
    mib = 1 / 1024 / 1024
    floor_s = statistics.median(lean["s"])
    print(f"kohort diplomas, {args.count} issued + ceremony PDF, {args.runs} runs, alternating")
    for label, data in (("Kohort ", kohort), ("1 proc.", alone), ("floor  ", lean)):
        print(f"  {label}: {spread(data['s'], 1, 's')}, peak RSS {spread(data['rss'], mib, 'MiB')}")
    print(
        "           (Kohort's peak RSS: the SUM of the kohort process's and its QR helper's "
        f"peaks; the helper's {spread(kohort['helper'], mib, 'MiB')}; "
        "1 proc.: the same command with KOHORT_QR_HELPER=0)"
    )
    for label, data in (("ratio  ", kohort), ("1 proc.", alone)):
        pairs = [k / f for k, f in zip(data["s"], lean["s"], strict=True)]
        print(
            f"  {label}: {statistics.median(data['s']) / floor_s:.2f}× of the medians; "
            f"run by run {spread(pairs, 1, '×')} (target ≤ 1.3×)"
        )
    print(
        f"  memory of the whole process tree, sampled every 2 ms ({args.memory_runs} runs): "
        "the kohort process's RSS + the pages only its helper holds; PSS of all"
    )
    for label, name in (("Kohort ", "kohort"), ("1 proc.", "alone"), ("floor  ", "floor")):
        data = trees[name]
        if data["tree"]:
            print(
                f"  {label}: tree {spread(data['tree'], mib, 'MiB')}, "
                f"PSS {spread(data['pss'], mib, 'MiB')} (target 80 MiB at 500)"
            )
    print(f"  ceremony file: {statistics.median(kohort['size']) * mib:.1f} MiB")
    print(f"  database growth per diploma: {statistics.median(kohort['growth']) / 1024:.2f} KB")
    load = os.getloadavg()
    print(f"  load average: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (2 cores)")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
