"""The peak memory of a command's whole process tree, sampled from /proc (Linux only), for
the benchmarks: what the machine carries while a command runs, each page counted once.

Adding the peaks of a command's processes (``wait4`` for it, ``RUSAGE_CHILDREN`` for a
helper it forks) counts twice the pages a forked helper still shares with its parent, and
adds peaks that may come at different times. Here the tree is sampled while it runs:

- **tree**: the command's own resident set (RSS, ``/proc/PID/statm``) plus the pages only
  its descendants hold (their USS: ``Private_Clean`` + ``Private_Dirty`` of
  ``smaps_rollup``), every ``interval`` seconds; the highest such total, and never less
  than the command's own exact peak from ``wait4``. Pages a helper shares with the command
  are counted once (in the command's RSS), shared libraries fully, as RSS counts them.
- **PSS**: the sum of every process's proportional set size (shared pages divided among
  all the processes mapping them, including processes outside the tree such as this
  one), read less often (``smaps_rollup`` of a large process takes milliseconds).

Sampling costs the command time (this process reads /proc on the same cores), so
timings come from runs without it.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass

PAGE = os.sysconf("SC_PAGE_SIZE")
FIND_EVERY = 10  # samples between looks for new descendants (a scan of /proc)
PSS_EVERY = 10  # samples between PSS readings of the whole tree


@dataclass(frozen=True)
class TreeMemory:
    root_peak: int  # bytes, the command's own process (exact, wait4)
    tree_peak: int  # bytes, the highest sampled RSS of the command + its descendants' USS
    pss_peak: int  # bytes, the highest sampled PSS sum of the tree
    samples: int


def _rollup(pid: int) -> dict[str, int]:
    """``smaps_rollup`` in bytes (empty when the process is gone)."""
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                key, _sep, value = line.partition(":")
                if value.rstrip().endswith("kB"):
                    found[key] = int(value.split()[0]) * 1024
    except (OSError, ValueError):
        return {}
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _descendants(root: int) -> set[int]:
    """Every process below ``root`` now (a scan of /proc's parent links)."""
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as stat:
                    parents[int(name)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    below: set[int] = set()
    level = {root}
    while level:
        level = {pid for pid, parent in parents.items() if parent in level} - below
        below |= level
    return below


def sampled(
    command: list[str], env: dict[str, str], *, interval: float = 0.002
) -> tuple[TreeMemory, int, str]:
    """Run ``command`` to its end, sampling its tree; the figures, its exit code and its
    stderr."""
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    below: set[int] = set()
    tree = pss = count = 0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if count % FIND_EVERY == 0:
            below |= _descendants(child.pid)
        rollups = {p: _rollup(p) for p in below}
        own = sum(r.get("Private_Clean", 0) + r.get("Private_Dirty", 0) for r in rollups.values())
        tree = max(tree, _rss(child.pid) + own)
        if count % PSS_EVERY == 0:
            pss = max(pss, sum(r.get("Pss", 0) for r in (_rollup(child.pid), *rollups.values())))
        count += 1
        time.sleep(interval)
    error = child.stderr.read().decode() if child.stderr else ""
    root = usage.ru_maxrss * 1024
    return TreeMemory(root, max(tree, root), pss, count), os.waitstatus_to_exitcode(status), error
