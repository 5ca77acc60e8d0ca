"""Crash harness: kill -9 real writers at random moments and check nothing committed is lost.

Run: ``python benchmarks/crash_harness.py [--trials 50] [--seed 14] [--keep DIR]``. Not part
of the test run. Each trial copies a demo database, starts one writer in its own process
group and kills the whole group with SIGKILL after a random, seeded delay. The writers:

- ``cli-mark``: ``kohort attendance mark --note seq=N`` in a loop (one process per commit);
- ``cli-import``: ``kohort import`` of a three-person CSV in a loop;
- ``services-mark``: one Python process marking attendance through ``app.services``;
- ``services-people``: one Python process creating and enrolling people.

A writer appends a line to its acknowledgement log, and fsyncs it, only after the commit
has returned (the CLI exited 0; ``Database.write()`` left its block). After the kill the
harness opens the database with the real ``open_database`` and reports, per writer:
acknowledged commits that are not in the database (lost), files that cannot be opened,
opens refused because of a stale lock, ``PRAGMA integrity_check`` failures and
``kohort check`` failures. A commit that was in flight when the writer died may or may
not be there; only acknowledged ones count.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KOHORT = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]
KINDS = ("cli-mark", "cli-import", "services-mark", "services-people")
# (shortest, longest) delay before the kill: a CLI commit takes ~0.7 s, a service one ms
DELAYS = {
    "cli-mark": (0.3, 5.0),
    "cli-import": (0.3, 5.0),
    "services-mark": (0.5, 2.5),
    "services-people": (0.5, 2.5),
}
COHORT = 1


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "KOHORT_LANG": "en"}


class AckLog:
    """Append-only log of acknowledged commits; each line is on disk before the next write."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def write(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode())
        os.fsync(self.fd)


# ----------------------------------------------------------------------------- writers


def _targets(db: Path) -> tuple[list[int], list[int]]:
    """The cohort's open sessions and enrolled people (read with plain sqlite3)."""
    with sqlite3.connect(db) as con:
        sessions = [
            r[0]
            for r in con.execute(
                "SELECT id FROM cohort_session WHERE cohort_id=? AND NOT cancelled ORDER BY id",
                (COHORT,),
            )
        ]
        people = [
            r[0]
            for r in con.execute(
                "SELECT person_id FROM enrollment WHERE cohort_id=? ORDER BY id", (COHORT,)
            )
        ]
    con.close()
    return sessions, people


def _keys(db: Path) -> list[tuple[int, int]]:
    sessions, people = _targets(db)
    return [(s, p) for s in sessions for p in people]


def write_cli_mark(db: Path, log: AckLog) -> None:
    keys = _keys(db)
    for seq in range(1, 1_000_000):
        s, p = keys[seq % len(keys)]
        status = ("present", "absent", "late")[seq % 3]
        command = [*KOHORT, "--db", str(db), "attendance", "mark", "--session", str(s)]
        done = subprocess.run(
            [*command, "--status", status, "--note", f"seq={seq}", str(p)],
            capture_output=True,
            env=_env(),
        )
        if done.returncode:
            log.write(f"error {seq} {done.stderr.decode(errors='replace').strip()[:200]!r}")
            continue
        log.write(f"mark {s} {p} {seq}")


def write_cli_import(db: Path, log: AckLog) -> None:
    folder = db.parent
    for seq in range(1, 1_000_000):
        emails = [f"crash{seq}-{j}@example.se" for j in range(3)]
        path = folder / f"list{seq}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            out = csv.writer(file, delimiter=";")
            out.writerow(["Förnamn", "Efternamn", "E-post"])
            out.writerows([f"Åsa{seq}", f"Öberg{j}", email] for j, email in enumerate(emails))
        command = [*KOHORT, "--db", str(db), "import", str(path), "--cohort", str(COHORT)]
        done = subprocess.run(command, capture_output=True, env=_env())
        if done.returncode:
            log.write(f"error {seq} {done.stderr.decode(errors='replace').strip()[:200]!r}")
            continue
        for email in emails:
            log.write(f"person {email} {seq}")
        path.unlink()


def write_services_mark(db: Path, log: AckLog) -> None:
    from app.db import open_database
    from app.domain import AttendanceStatus
    from app.services.attendance import mark_attendance

    keys = _keys(db)
    statuses = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.LATE)
    with open_database(str(db), create=False) as database:
        for seq in range(1, 10_000_000):
            s, p = keys[seq % len(keys)]
            with database.write() as session:
                mark_attendance(
                    session,
                    session_id=s,
                    person_ids=[p],
                    status=statuses[seq % 3],
                    note=f"seq={seq}",
                )
            log.write(f"mark {s} {p} {seq}")


def write_services_people(db: Path, log: AckLog) -> None:
    from app.db import open_database
    from app.services.enrollments import enroll
    from app.services.people import PersonFields, create_person

    with open_database(str(db), create=False) as database:
        for seq in range(1, 10_000_000):
            email = f"service{seq}@example.se"
            with database.write() as session:
                fields = PersonFields(first_name=f"Åsa{seq}", last_name="Jäätteenmäki", email=email)
                person = create_person(session, fields)
                enroll(session, cohort_id=COHORT, person_id=person.id)
            log.write(f"person {email} {seq}")


WRITERS = {
    "cli-mark": write_cli_mark,
    "cli-import": write_cli_import,
    "services-mark": write_services_mark,
    "services-people": write_services_people,
}

# ------------------------------------------------------------------------------ checks


@dataclass
class Outcome:
    acknowledged: int = 0
    lost: int = 0
    unopenable: int = 0
    stale_lock: int = 0
    integrity: int = 0
    check: int = 0
    writer_errors: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Acks:
    commits: int = 0
    marks: dict[tuple[int, int], int] = field(default_factory=dict)  # key → last seq
    people: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)


def read_acks(path: Path) -> Acks:
    """The acknowledged commits; a line cut by the kill was never acknowledged."""
    acks = Acks()
    if not path.exists():
        return acks
    seqs: set[int] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True):
        if not line.endswith("\n"):
            continue
        kind, *rest = line.split()
        if kind == "mark":
            s, p, seq = map(int, rest)
            acks.marks[(s, p)] = max(seq, acks.marks.get((s, p), 0))
            seqs.add(seq)
        elif kind == "person":
            acks.people.add(rest[0])
            seqs.add(int(rest[1]))
        elif kind == "error":
            acks.errors.append(line.strip())
    acks.commits = len(seqs)
    return acks


def evaluate(db: Path, ack_path: Path) -> Outcome:
    from sqlalchemy import text

    from app.db import open_database
    from app.errors import KohortError

    acks = read_acks(ack_path)
    marks, people = acks.marks, acks.people
    outcome = Outcome(acknowledged=acks.commits, writer_errors=len(acks.errors))
    outcome.notes.extend(acks.errors[:3])
    try:
        database = open_database(str(db), create=False)
    except KohortError as exc:
        if "already open" in str(exc):
            outcome.stale_lock += 1
        else:
            outcome.unopenable += 1
        outcome.notes.append(f"open: {exc}")
    else:
        with database, database.read() as session:
            stored = dict(
                ((s, p), note)
                for s, p, note in session.execute(
                    text(
                        "SELECT a.session_id, e.person_id, a.note FROM attendance a "
                        "JOIN enrollment e ON e.id = a.enrollment_id"
                    )
                )
            )
            emails = {
                row[0]
                for row in session.execute(
                    text(
                        "SELECT lower(p.email) FROM person p JOIN enrollment e ON e.person_id=p.id"
                    )
                )
            }
        for key, seq in marks.items():
            note = stored.get(key) or ""
            found = int(note[4:]) if note.startswith("seq=") else 0
            if found < seq:  # a later (in-flight) commit may be there; an earlier one is not
                outcome.lost += 1
                outcome.notes.append(f"lost mark {key} seq={seq}, found {note!r}")
        for email in people - emails:
            outcome.lost += 1
            outcome.notes.append(f"lost person {email}")
    try:
        with sqlite3.connect(db) as con:
            result = con.execute("PRAGMA integrity_check").fetchall()
        con.close()
        if result != [("ok",)]:
            outcome.integrity += 1
            outcome.notes.append(f"integrity_check: {result[:3]}")
    except sqlite3.DatabaseError as exc:
        outcome.integrity += 1
        outcome.notes.append(f"integrity_check: {exc}")
    done = subprocess.run(
        [*KOHORT, "--db", str(db), "check"], capture_output=True, text=True, env=_env()
    )
    if done.returncode:
        outcome.check += 1
        outcome.notes.append(f"kohort check: {done.stderr.strip()[:200]}")
    return outcome


# ------------------------------------------------------------------------------- trials


def make_template(folder: Path) -> Path:
    template = folder / "template.sqlite3"
    subprocess.run(
        [*KOHORT, "--db", str(template), "demo"], check=True, env=_env(), stdout=subprocess.DEVNULL
    )
    return template


def trial(template: Path, folder: Path, kind: str, delay: float) -> Outcome:
    folder.mkdir(parents=True)
    db = folder / "kohort.sqlite3"
    shutil.copy2(template, db)
    ack = folder / "acks.log"
    writer = subprocess.Popen(
        [sys.executable, __file__, "writer", kind, str(db), str(ack)],
        env=_env(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "writer.err").open("wb"),
    )
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(writer.pid, signal.SIGKILL)
    writer.wait()
    if not _group_gone(writer.pid):
        outcome = Outcome(notes=["a writer process survived SIGKILL for 10 s"])
        outcome.unopenable += 1
        return outcome
    return evaluate(db, ack)


def _group_gone(pgid: int, timeout: float = 10.0) -> bool:
    """Wait until no live process of the group is left (a killed CLI child may still be
    exiting for a moment after its parent, holding its lock until it has; zombies hold
    nothing and are ignored)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(_alive_in_group(stat, pgid) for stat in Path("/proc").glob("[0-9]*/stat")):
            return True
        time.sleep(0.01)
    return False


def _alive_in_group(stat: Path, pgid: int) -> bool:
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return int(fields[2]) == pgid and fields[0] not in "ZX"


def self_check(template: Path, folder: Path) -> None:
    """The harness can see a loss: one trial, then an acknowledged mark is rolled back."""
    outcome = trial(template, folder, "services-mark", 1.0)
    acks = read_acks(folder / "acks.log")
    (s, p), seq = max(acks.marks.items(), key=lambda item: item[1])
    with sqlite3.connect(folder / "kohort.sqlite3") as con:
        con.execute(
            "UPDATE attendance SET note = ? WHERE session_id = ? AND enrollment_id = "
            "(SELECT id FROM enrollment WHERE person_id = ? AND cohort_id = ?)",
            (f"seq={seq - 1}", s, p, COHORT),
        )
    con.close()
    tampered = evaluate(folder / "kohort.sqlite3", folder / "acks.log")
    assert outcome.lost == 0 and tampered.lost == 1, (outcome, tampered)
    print(f"self-check: a rolled-back acknowledged commit is reported ({tampered.notes[0]})")


def run(trials: int, seed: int, keep: Path | None) -> None:
    rng = random.Random(seed)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kohort-crash-") as tmp:
        base = keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        template = make_template(base)
        self_check(template, base / "self-check")
        for number in range(trials):
            kind = KINDS[number % len(KINDS)]
            delay = rng.uniform(*DELAYS[kind])
            folder = base / f"trial-{number:04d}-{kind}"
            outcome = trial(template, folder, kind, delay)
            counts = totals[kind]
            counts["trials"] += 1
            for name in ("acknowledged", "lost", "unopenable", "stale_lock", "integrity"):
                counts[name] += getattr(outcome, name)
            counts["check"] += outcome.check
            counts["writer_errors"] += outcome.writer_errors
            bad = outcome.lost or outcome.unopenable or outcome.stale_lock or outcome.integrity
            if bad or outcome.check or outcome.writer_errors:
                print(f"trial {number} {kind} after {delay:.2f} s: {outcome.notes[:4]}")
            elif keep is None:
                shutil.rmtree(folder)
    _summary(totals, trials, seed, time.perf_counter() - started)


def _summary(totals: dict[str, Counter[str]], trials: int, seed: int, seconds: float) -> None:
    columns = (
        ("trials", "trials"),
        ("acknowledged", "acked commits"),
        ("lost", "lost"),
        ("unopenable", "unopenable"),
        ("stale_lock", "stale locks"),
        ("integrity", "integrity fails"),
        ("check", "check fails"),
        ("writer_errors", "writer errors"),
    )
    print(f"\nkill -9 crash harness: {trials} trials, seed {seed}, {seconds:.0f} s")
    print(f"{'writer':16}" + "".join(f"{label:>16}" for _key, label in columns))
    grand: Counter[str] = Counter()
    for kind in KINDS:
        if kind in totals:
            grand.update(totals[kind])
            print(f"{kind:16}" + "".join(f"{totals[kind][key]:>16}" for key, _l in columns))
    print(f"{'all':16}" + "".join(f"{grand[key]:>16}" for key, _l in columns))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "writer":
        kind, db, ack = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        WRITERS[kind](db, AckLog(ack))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, default=None, help="keep every trial's files here")
    args = parser.parse_args()
    run(args.trials, args.seed, args.keep)


if __name__ == "__main__":
    main()
