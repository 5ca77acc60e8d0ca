"""The Qt runtime Kohort depends on: signals that do not crash, and a clean quit.

Both run in a subprocess: a refcount error aborts the interpreter ("Fatal Python error:
bool_dealloc"), and a worker thread left running hangs it at exit; neither can be caught
from inside the test process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(
    script: str, tmp_path: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "script.py"
    path.write_text(textwrap.dedent(script), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
        check=False,
    )


def test_ten_thousand_signal_emits_do_not_crash_the_interpreter(tmp_path: Path) -> None:
    """PySide6 6.12.0 drops a reference to ``True`` on every ``emit()``; on Python 3.11
    that aborts after a few hundred emits (a roll call marks that many cells). Kohort
    needs a Python where ``True`` is immortal (3.12+) or a PySide6 without the bug."""
    script = """
        import sys
        from PySide6.QtCore import (
            QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal,
        )

        class Model(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):
                return 20
            def columnCount(self, parent=QModelIndex()):
                return 20
            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return None

        class Relay(QObject):
            step = Signal(int, int)

        app = QCoreApplication([])
        model, relay = Model(), Relay()
        cell = model.index(3, 4)
        for i in range(10_000):
            model.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
            relay.step.emit(i, 10_000)
        del model, relay
        import gc
        gc.collect()
        print("survived 30000 emits")
    """
    result = _run(script, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 30000 emits" in result.stdout


def test_kohort_refuses_a_python_that_the_signal_bug_would_crash() -> None:
    """The install metadata asks for the Python the test above needs."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.12"' in text
    assert sys.version_info >= (3, 12)


QUIT_SCRIPT = """
    import sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui import app as kohort_app
    from ui.main_window import MainWindow

    how, db_path = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    stop = threading.Event()
    seen = []

    def work():
        seen.append("started")
        while not stop.is_set():  # a long batch that honours its cancel flag
            time.sleep(0.01)
        seen.append("cancelled")
        return 1

    def start():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.runner.run(work, lambda _result: seen.append("delivered"), cancel=stop.set)
        QTimer.singleShot(300, window.close if how == "close" else app.quit)

    QTimer.singleShot(300, start)
    code = kohort_app.run_gui(db_path)
    print("exit", code, ",".join(seen), flush=True)
"""


@pytest.mark.parametrize("how", ["close", "quit"])
def test_quitting_while_a_task_runs_cancels_it_and_exits_cleanly(tmp_path: Path, how: str) -> None:
    """Ctrl+Q (closes the window) or the session ending (the application quits) while a
    long task runs: the task is cancelled, the process ends, nothing is logged as an error."""
    result = _run(QUIT_SCRIPT, tmp_path, how, str(tmp_path / "k.sqlite3"), timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "exit 0 started,cancelled" in result.stdout
    assert "delivered" not in result.stdout  # nobody is left to show a result to
    assert "Signal source has been deleted" not in result.stderr
    assert "Traceback" not in result.stderr
