"""A check-in's rule for rows edited as a set: the signatories of the programme (shared with
its other cohorts, so never locked on the server) and of the cohort.

Signatories are saved as a whole (the old rows deleted, the new ones added), so comparing
them row by row would add the laptop's new signatories next to those a colleague set on
the server meanwhile: a clash of places, which no ``prefer`` could settle, and the whole
check-in stuck. When both sides changed one owner's signatories, that is one conflict,
listed row by row: ``prefer`` "server" keeps the server's set, "laptop" replaces it with the
laptop's. When only one side changed them, the rows are applied as any others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, or_, select

from app import checkin_describe as words
from app.checkout_rows import digest_of, table_map

# Each table edited as a set, and the columns naming a set's owner.
SETS = {"signatory": ("program_id", "cohort_id")}

Key = tuple[str, int]


@dataclass
class SetsSettled:
    """What the check-in does with the rows of sets changed on both sides."""

    skip: set[Key] = field(default_factory=set)  # not compared row by row
    add: set[Key] = field(default_factory=set)  # the laptop's rows, added anew ("laptop")
    remove: dict[str, list[int]] = field(default_factory=dict)  # the server's, deleted first
    # (table, laptop's or server's id, what the laptop did, the row): one conflict each
    conflicts: list[tuple[str, int, str, Any]] = field(default_factory=list)


def settle_sets(
    connection: Connection,
    laptop: Mapping[str, Mapping[int, Any]],
    baseline: Mapping[Key, str],
    deleted: set[Key],
    prefer: str | None,
) -> SetsSettled:
    settled = SetsSettled()
    for name, owners in SETS.items():
        table = table_map()[name]
        base = {i for (t, i) in baseline if t == name}
        live = laptop[name]
        for column in owners:
            values = {getattr(r, column) for r in live.values()} - {None}
            server = {
                int(r.id): r
                for r in connection.execute(
                    select(*table.columns).where(
                        or_(table.c[column].in_(values), table.c.id.in_(base))
                    )
                )
            }
            values |= {getattr(server[i], column) for i in base if i in server} - {None}
            for value in values:
                mine = {i: r for i, r in live.items() if getattr(r, column) == value}
                theirs = {i: r for i, r in server.items() if getattr(r, column) == value}
                own_base = {i for i in base if i in mine or i in theirs}
                gone = {i for i in own_base if i not in mine or (name, i) in deleted}
                _settle_one(settled, name, (mine, theirs), own_base, gone, baseline, prefer)
    return settled


def _settle_one(
    settled: SetsSettled,
    name: str,
    rows: tuple[Mapping[int, Any], Mapping[int, Any]],
    base: set[int],
    gone: set[int],
    baseline: Mapping[Key, str],
    prefer: str | None,
) -> None:
    """One owner's set: the laptop's rows and the server's (``rows``), the ids it had at the
    check-out (``base``) and those of them the laptop deleted (``gone``)."""
    mine, theirs = rows
    added = {i for i in mine if (name, i) not in baseline or i in gone}
    edited = {i for i in mine if i not in added and baseline[(name, i)] != digest_of(mine[i])}
    on_server = {i for i, r in theirs.items() if baseline.get((name, i)) != digest_of(r)}
    if not (added or edited or gone) or not (on_server or base - set(theirs)):
        return
    conflicts = [(i, words.LAPTOP_DELETED, theirs.get(i)) for i in sorted(gone)]
    conflicts += [(i, words.LAPTOP_CHANGED, mine[i]) for i in sorted(edited)]
    conflicts += [(i, words.LAPTOP_ADDED, mine[i]) for i in sorted(added)]
    settled.conflicts += [(name, i, did, row) for i, did, row in conflicts if row is not None]
    settled.skip |= {(name, i) for i in set(mine) | set(theirs) | base}
    if prefer == "laptop":
        settled.add |= {(name, i) for i in mine}
        settled.remove.setdefault(name, []).extend(sorted(theirs))
