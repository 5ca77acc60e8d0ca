"""Benchmark: what File ▸ Restore from backup… (and `kohort backups`) costs now that every
listed backup goes through ``PRAGMA quick_check``: 23 automatic backups (the most the
rotation keeps) of a database of the given size, listed cold-ish and warm.

    python benchmarks/bench_backup_listing.py [megabytes ...]
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.backups import automatic_backup, automatic_name, list_backups  # noqa: E402
from benchmarks.bench_open_check import build  # noqa: E402


def main(sizes: list[int]) -> None:
    for megabytes in sizes:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "kohort.sqlite3"
            build(db, megabytes)
            now = dt.datetime(2026, 12, 7, 17, 5)
            first = automatic_backup(db, now).path
            for day in range(1, 23):
                taken = now - dt.timedelta(days=day)
                shutil.copy(first, first.with_name(automatic_name(db, taken) + db.suffix))
            times = []
            for _ in range(3):
                start = time.perf_counter()
                listed = list_backups(db)
                times.append(time.perf_counter() - start)
            assert len(listed) == 23 and all(b.good for b in listed)
            size = db.stat().st_size / 1_000_000
            print(
                f"23 backups of {size:.1f} MB: listing with quick_check "
                f"{statistics.median(times) * 1000:.0f} ms (median of 3, warm cache)"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2, 20, 100])
