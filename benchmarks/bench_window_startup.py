"""Benchmark: double-clicking Kohort until its window is on screen, next to a bare Qt window.

What a coordinator feels is the whole process: interpreter start, imports, the window's
first paint. Each run is a new process timed from just before it is spawned, alternating in
one run with a bare PySide6 script (a ``QMainWindow`` of Kohort's default size, nothing in
it), so a busy machine slows both alike. Both are measured by the same hook, which lives in
this benchmark's driver, not in Kohort: an event filter that finds the first
``QMainWindow`` and, once it has painted for the first time (the first ``Paint`` event,
then one turn of the event loop so the paint is flushed), prints the monotonic clock and
the peak RSS so far and ends the process at once.

Figures:

- **shown**: Kohort (`kohort --db DEMO`, exactly what the console script runs) vs the bare
  script, medians with min–max over N pairs, the ratio (median of the pairwise ratios) and
  the peak RSS of each;
- **filled**: Kohort until the demo cohort's page is on screen with its data (the sidebar
  filled, the cohort page current and holding the cohort, painted), polled every 5 ms.

Kohort's modules are compiled once, by the warm-up runs (into a temporary
``PYTHONPYCACHEPREFIX``), as an installed Kohort has them compiled.
Every run opens a fresh copy of a demo database that was opened in the window and closed
once before (so no check is due, no lock file is left, and the window's size and the chosen
cohort are remembered, as for a coordinator who has used Kohort before), in settings and
log folders of the benchmark's own. ``--first-start``: without that earlier session (the
window then also sizes itself to the screen).

    xvfb-run -a -s '-screen 0 1366x768x24' python benchmarks/bench_window_startup.py [N]
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_startup.py [N] [--first-start]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: the hook first, then either Kohort (as the console script starts it) or the
# bare window. argv: what (kohort|bare), until (shown|filled), database.
DRIVER = r"""
import os, resource, sys, time

what, until, db = sys.argv[1], sys.argv[2], sys.argv[3]
if what in ("kohort", "once"):  # first, as the console script does: Qt after it
    from app.cli import main
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def report() -> None:
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.monotonic():.6f} {rss_mib:.1f}", flush=True)
    os._exit(0)


def filled() -> bool:
    for window in app.topLevelWidgets():
        pages = getattr(window, "pages", None)
        if pages is not None and pages.currentIndex() == getattr(window, "PAGE_COHORT", -1):
            if window.cohort_page.view is not None:
                window.repaint()  # painted with its data, now
                return True
    return False


class FirstPaint(QObject):
    # Until the first QMainWindow is met, every event passes here; then only its own
    # (met inside its constructor, it may come as a plain QMainWindow wrapper: no identity
    # test below, the filter sits on that one object).
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def eventFilter(self, obj, event):
        if not self.found:
            if isinstance(obj, QMainWindow):
                self.found = True
                app.removeEventFilter(self)
                obj.installEventFilter(self)
            return False
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if until == "shown":
                QTimer.singleShot(0, report)  # after this paint is flushed
            else:
                poll.start(5)
        return False


def check() -> None:
    if filled():
        poll.stop()
        report()


hook = FirstPaint()
app.installEventFilter(hook)
poll = QTimer()
poll.timeout.connect(check)
if what == "kohort":
    sys.exit(main(["--db", db]))
if what == "once":  # a session before the benchmark: filled, then closed as a user closes it
    def close_when_filled() -> None:
        filled = [w for w in app.topLevelWidgets() if getattr(w, "filled", False)]
        if filled:
            filled[0].close()
        else:
            QTimer.singleShot(50, close_when_filled)

    app.removeEventFilter(hook)
    QTimer.singleShot(50, close_when_filled)
    sys.exit(main(["--db", db]))
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
window.show()
sys.exit(app.exec())
"""


def spawn(what: str, until: str, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn until the hook fired, and the peak RSS (MiB) at that moment."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, what, until, str(db)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.split()
    if done.returncode != 0 or len(lines) != 2:
        raise SystemExit(f"{what} ({until}) failed:\n{done.stdout}\n{done.stderr[-3000:]}")
    return float(lines[0]) - start, float(lines[1])


def fresh_copy(template: Path, folder: Path) -> Path:
    """The template's folder copied (the database and whatever Kohort keeps beside it)."""
    shutil.copytree(template.parent, folder)
    return folder / template.name


def spread(values: list[float], scale: float = 1000.0, unit: str = "ms") -> str:
    median = statistics.median(values) * scale
    return f"{median:5.0f} {unit} ({min(values) * scale:.0f}–{max(values) * scale:.0f})"


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--first-start"]
    first_start = "--first-start" in sys.argv
    runs = int(args[0]) if args else 21
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            # As installed (pip and the bundle keep compiled modules): Kohort's modules are
            # compiled by the warm-up runs, into a folder of their own.
            "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
            "PYTHONPATH": str(ROOT),
            "KOHORT_LANG": "sv",
            "LANG": "sv_SE.UTF-8",
            "HOME": tmp_name,  # no preferences or logs of the person running the benchmark
            "XDG_CONFIG_HOME": tmp_name,
            "XDG_DATA_HOME": tmp_name,
            "XDG_STATE_HOME": tmp_name,
            "XDG_CACHE_HOME": tmp_name,
        }
        template = tmp / "template" / "demo.sqlite3"
        kohort = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]
        subprocess.run(
            [*kohort, "--db", str(template), "demo"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        if not first_start:  # a coordinator who used Kohort before: its window state saved
            subprocess.run(
                [sys.executable, "-c", DRIVER, "once", "-", str(template)],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                timeout=120,
            )
        copies = iter(range(10**6))

        def kohort_run(until: str) -> tuple[float, float]:
            return spawn("kohort", until, fresh_copy(template, tmp / f"run{next(copies)}"), env)

        def bare_run() -> tuple[float, float]:
            return spawn("bare", "shown", template, env)

        for _warm_up in range(2):
            kohort_run("shown")
            kohort_run("filled")
            bare_run()
        ours: list[float] = []
        bare: list[float] = []
        our_rss: list[float] = []
        bare_rss: list[float] = []
        filled: list[float] = []
        filled_rss: list[float] = []
        for _ in range(runs):
            seconds, rss = kohort_run("shown")
            ours.append(seconds)
            our_rss.append(rss)
            seconds, rss = bare_run()
            bare.append(seconds)
            bare_rss.append(rss)
            seconds, rss = kohort_run("filled")
            filled.append(seconds)
            filled_rss.append(rss)
        ratios = [a / b for a, b in zip(ours, bare, strict=True)]
        state = "first start (no window state saved)" if first_start else "window state saved"
        print(f"platform {platform}, {state}; {runs} runs each, alternating; median (min–max)")
        print(
            f"window shown    kohort {spread(ours)}, {statistics.median(our_rss):.0f} MiB   "
            f"bare QMainWindow {spread(bare)}, {statistics.median(bare_rss):.0f} MiB   "
            f"ratio {statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"
        )
        filled_ratios = [a / b for a, b in zip(filled, bare, strict=True)]
        print(
            f"cohort filled   kohort {spread(filled)}, {statistics.median(filled_rss):.0f} MiB   "
            f"(× bare window {statistics.median(filled_ratios):.1f})"
        )


if __name__ == "__main__":
    main()
