"""Benchmark: render a cohort's diplomas into one merged PDF, for every template.

Run: ``python benchmarks/bench_diplomas.py [--diplomas 60] [--runs 3] [--out DIR] [--batch 500]``.
Not part of the test run. Builds the design and contents directly (no database), with a
600 × 200 logo and a signature image, so this times the document alone. The first render
includes importing ReportLab and registering the fonts and is shown apart; then per template
and orientation the median of ``--runs`` merged renders, the time per diploma, the file size,
the bytes each added page costs, and the time of one diploma on its own (what issuing one
diploma into the register costs).

Then the batch figures (``--batch`` diplomas, classic landscape with a QR code), each run in a
process of its own so that its peak memory is its own: into one file (``render_diplomas``)
and into one file each (``diploma_pdf``, as issuing does), against a lean floor — a plain
ReportLab canvas script drawing the same elements (fonts, texts, logo, lines, QR code) at the
positions the layout computed beforehand — and the ceremony file: the frozen PDFs merged with
pypdf as :mod:`app.services.diploma_output` does. Medians of ``--runs``; the machine is shared
(2 cores), so expect ±15 %.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import statistics
import struct
import subprocess
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from diplomas.diploma_model import DiplomaContent, DiplomaDesign
    from diplomas.layout import Layer, PageLayout

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


QR_URL = "https://example.se/diplom?kod={code}"


def make_design(template: str, orientation: str, *, qr: bool = False) -> DiplomaDesign:
    from diplomas.diploma_model import DEFAULT_WORDINGS, DiplomaDesign, Signatory

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
        verification_url=QR_URL if qr else "",
    )


def make_contents(count: int, seed: int = 2025) -> list[DiplomaContent]:
    from diplomas.diploma_model import DiplomaContent

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


# The batch figures.

SCENARIOS = ("merged", "separate", "floor-merged", "floor-separate", "ceremony", "lazy-import")


def run_scenario(name: str, count: int, *, trace: bool) -> dict[str, Any]:
    """One scenario in this (child) process: a first diploma to import and register fonts,
    then the batch, timed. Reports the process's peak resident memory, or with ``trace``
    Python's peak allocations during the batch (tracemalloc slows it: not timed then)."""
    if name == "lazy-import":
        return lazy_import()
    from diplomas.diploma import diploma_pdf

    design = make_design("classic", "landscape", qr=True)
    contents = make_contents(count)
    single = len(diploma_pdf(design, contents[0]))
    prepared = PREPARE.get(name, lambda d, c: None)(design, contents)
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    result = RUN[name](design, contents, prepared)
    seconds = time.perf_counter() - start
    result["single"] = single
    if trace:
        result["traced_peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    else:
        result["seconds"] = seconds
        result["maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return result


def lazy_import() -> dict[str, Any]:
    """Whether ReportLab loads only when the first document is made."""
    import app.cli
    import app.services.diploma_output
    import app.services.diploma_register
    import app.services.verification
    import diplomas.diploma

    assert app.cli and app.services.diploma_output and app.services.diploma_register
    assert app.services.verification
    before = "reportlab" in sys.modules
    design = make_design("classic", "landscape", qr=True)
    contents = make_contents(1)
    designed = "reportlab" in sys.modules
    diplomas.diploma.diploma_pdf(design, contents[0])
    return {
        "at_import": before,
        "before_first_document": designed,
        "after": "reportlab" in sys.modules,
    }


def _merged(design: DiplomaDesign, contents: list[DiplomaContent], _: Any) -> dict[str, Any]:
    from diplomas.diploma import render_diplomas

    buffer = io.BytesIO()
    render_diplomas(design, contents, buffer)
    return {"bytes": len(buffer.getvalue())}


def _separate(design: DiplomaDesign, contents: list[DiplomaContent], _: Any) -> dict[str, Any]:
    from diplomas.diploma import diploma_pdf

    return {"bytes": sum(len(diploma_pdf(design, content)) for content in contents)}


def _layouts(design: DiplomaDesign, contents: list[DiplomaContent]) -> Any:
    """What the floor draws: the layout, computed before the clock starts."""
    from diplomas.person_layout import layout_person
    from diplomas.templates import layout_page

    page = layout_page(design)
    return page, [layout_person(page, design, content).layer for content in contents]


def _lean_canvas(out: io.BytesIO, page: PageLayout) -> Canvas:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from diplomas.fonts import SANS, document_kwargs

    rl_config.useA85 = 0
    return Canvas(
        out,
        pagesize=(page.width, page.height),
        invariant=1,
        **document_kwargs(font_name=SANS, font_size=10),
    )


def _lean_draw(canvas: Canvas, layer: Layer, images: dict[bytes, ImageReader]) -> None:
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


def _images(layer: Layer) -> dict[bytes, ImageReader]:
    from reportlab.lib.utils import ImageReader

    return {p.data: ImageReader(io.BytesIO(p.data)) for p in layer.pictures}


def _floor_merged(_: DiplomaDesign, __: list[DiplomaContent], prepared: Any) -> dict[str, Any]:
    """One canvas; what all pages share drawn once into a form, as the renderer does."""
    page, people = prepared
    buffer = io.BytesIO()
    canvas = _lean_canvas(buffer, page)
    images = _images(page.static)
    canvas.beginForm("static")
    _lean_draw(canvas, page.static, images)
    canvas.endForm()
    for layer in people:
        canvas.doForm("static")
        _lean_draw(canvas, layer, images)
        canvas.showPage()
    canvas.save()
    return {"bytes": len(buffer.getvalue())}


def _floor_separate(_: DiplomaDesign, __: list[DiplomaContent], prepared: Any) -> dict[str, Any]:
    """A canvas per diploma; the decoded images reused from one file to the next."""
    page, people = prepared
    images = _images(page.static)
    total = 0
    for layer in people:
        buffer = io.BytesIO()
        canvas = _lean_canvas(buffer, page)
        _lean_draw(canvas, page.static, images)
        _lean_draw(canvas, layer, images)
        canvas.showPage()
        canvas.save()
        total += len(buffer.getvalue())
    return {"bytes": total}


def _frozen(design: DiplomaDesign, contents: list[DiplomaContent]) -> list[bytes]:
    from diplomas.diploma import diploma_pdf

    return [diploma_pdf(design, content) for content in contents]


def _ceremony(_: DiplomaDesign, contents: list[DiplomaContent], frozen: Any) -> dict[str, Any]:
    """The frozen PDFs merged as diploma_output does, with one pypdf deduplication pass
    (as before) and with store_shared_once (repeated until nothing more merges)."""
    from pypdf import PdfReader, PdfWriter

    from app.services.diploma_output import store_shared_once

    result: dict[str, Any] = {}
    for label, dedupe in (
        ("one_pass", lambda w: w.compress_identical_objects()),
        ("until_stable", store_shared_once),
    ):
        start = time.perf_counter()
        writer = PdfWriter()
        for pdf in frozen:
            writer.append(PdfReader(io.BytesIO(pdf)))
        dedupe(writer)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
        result[label] = {
            "seconds": time.perf_counter() - start,
            "bytes": len(data),
            "images": _stored_images(data),
        }
    return result


def _stored_images(data: bytes) -> int:
    """Image XObjects stored in the file."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    count = 0
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number) if number in reader.xref.get(0, {}) else None
        if obj is not None and hasattr(obj, "get") and obj.get("/Subtype") == "/Image":
            count += 1
    return count


PREPARE: dict[str, Callable[[DiplomaDesign, list[DiplomaContent]], Any]] = {
    "floor-merged": _layouts,
    "floor-separate": _layouts,
    "ceremony": _frozen,
}
RUN: dict[str, Callable[[DiplomaDesign, list[DiplomaContent], Any], dict[str, Any]]] = {
    "merged": _merged,
    "separate": _separate,
    "floor-merged": _floor_merged,
    "floor-separate": _floor_separate,
    "ceremony": _ceremony,
}


def _child(name: str, count: int, *, trace: bool = False) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", name, "--batch", str(count)]
    output = subprocess.run(
        command + (["--trace"] if trace else []), capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(output.stdout.splitlines()[-1])
    return result


def batch_figures(count: int, runs: int) -> None:
    from reportlab.lib import rl_accel

    mib = 1024 * 1024
    print(
        f"\n{count} diplomas, classic landscape with a QR code; median of {runs} runs, "
        "each in a process of its own, the renderer and its floor taking turns"
    )
    names = ("merged", "floor-merged", "separate", "floor-separate")
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _ in range(runs):  # in turns, so that a busy moment of the machine hits both
        for name in names:
            results[name].append(_child(name, count))
    figures: dict[str, dict[str, float]] = {}
    for name in names:
        first = results[name][0]
        size = first["bytes"]
        merged = "merged" in name
        figures[name] = {
            "ms": statistics.median(r["seconds"] for r in results[name]) / count * 1000,
            "bytes": (size - first["single"]) / (count - 1) if merged else size / count,
            "rss": max(r["maxrss"] for r in results[name]) / mib,
            "traced": _child(name, count, trace=True)["traced_peak"] / mib,
        }
    for name, label, unit in (
        ("merged", "into one file (render_diplomas)", "B per added page"),
        ("separate", "a file each (diploma_pdf)", "B per file"),
    ):
        ours, floor = figures[name], figures[f"floor-{name}"]
        print(
            f"  {label}: {ours['ms']:.2f} ms per diploma, {ours['bytes']:,.0f} {unit}, "
            f"peak RSS {ours['rss']:.0f} MiB (traced {ours['traced']:.1f} MiB)"
        )
        print(
            f"    lean floor: {floor['ms']:.2f} ms, {floor['bytes']:,.0f} {unit}, "
            f"peak RSS {floor['rss']:.0f} MiB; ratio {ours['ms'] / floor['ms']:.2f}×"
        )
    print(
        "  targets: ≤ 10 ms and ≤ 4 KB per added page in one file, ≤ 25 ms per file, "
        "≤ 1.2× the floor, < 80 MiB"
    )
    lazy = _child("lazy-import", 1)
    print(
        f"  reportlab loaded at import: {'yes' if lazy['at_import'] else 'no'}, "
        f"before the first document: {'yes' if lazy['before_first_document'] else 'no'}, "
        f"after it: {'yes' if lazy['after'] else 'no'}; "
        f"rl_accel: {'yes' if rl_accel._c_funcs else 'no (pip install rl_accel)'}"
    )
    ceremony = _child("ceremony", count)
    print(f"\nceremony file: {count} frozen diplomas merged with pypdf (one run)")
    for key, label in (
        ("one_pass", "one compress_identical_objects() pass"),
        ("until_stable", "store_shared_once (passes until stable)"),
    ):
        c = ceremony[key]
        print(
            f"  {label}: {c['seconds']:.2f} s, {c['bytes'] / count:,.0f} B per page, "
            f"{c['images']} images stored"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diplomas", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write each merged PDF into this folder")
    parser.add_argument(
        "--batch", type=int, default=500, help="diplomas in the batch figures (0: skip them)"
    )
    parser.add_argument("--child", choices=SCENARIOS, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_scenario(args.child, args.batch, trace=args.trace)))
        return
    templates_table(args)
    if args.batch:
        batch_figures(args.batch, args.runs)


def templates_table(args: argparse.Namespace) -> None:
    start = time.perf_counter()
    from diplomas.diploma import diploma_pdf, render_diplomas
    from diplomas.diploma_model import TEMPLATES

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
