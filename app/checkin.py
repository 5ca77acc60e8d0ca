"""Checking a cohort back in: what the laptop changed, applied to the team database in one
transaction, or nothing at all.

Per synced table (:data:`app.checkout_rows.SYNCED`), against the digests taken at check-out
(the baseline): a laptop row whose digest differs was changed (update), one not in the
baseline was added (insert, with a NEW server id; every foreign key pointing at it is
remapped, generically from the tables' ForeignKey metadata), a baseline row missing from the
laptop was deleted. A change is a *conflict* when the server's row no longer has the
baseline's digest (changed or deleted on the server since, e.g. after a force-release, or a
person — shared with other cohorts — edited by a colleague), or when an added row clashes
with one on the server (a unique rule). With conflicts nothing is applied, unless
``prefer`` settles them: "server" drops the laptop's conflicting changes, "laptop"
overwrites the server's rows (a row deleted on the server, or a clash, stays a conflict).

The whole apply is one server transaction, with ``SET LOCAL kohort.checkin = <token>`` (the
guard of migration 0012 lets exactly this transaction write the cohort) and the register
lock; it ends the checkout and drops its serial reservations. A dry run, and a check-in with
conflicts, do the same work and roll it back: the plan is exactly what would happen. Once
the server has committed, the laptop's file forgets it was checked out (it cannot be checked
in twice); the file itself is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session as DbSession

from app import checkin_describe as words
from app.checkin_describe import Conflict, describe
from app.checkin_sets import settle_sets
from app.checkout import Origin, origin
from app.checkout_rows import digest_of, forget_deletions, key_of, ordered, rows_by_id
from app.checkout_words import checked_out_text, plan_text
from app.db import Database, existing_database, open_database
from app.db_location import is_server_location, shown_location
from app.errors import DatabaseError, ValidationError
from app.i18n import _
from app.models import CheckoutBaseline, CheckoutOrigin, CohortCheckout, SerialReservation
from app.services.diploma_register import hold_register

PREFER = ("server", "laptop")
# A broken rule, by SQLSTATE, when it is not the one the write expects (a clash).
_BROKEN = {"23503": words.SERVER_PARENT_GONE, "23514": words.SERVER_REFUSED}
# Rows added offline that are the same thing as a server row with this value: used as is.
SAME_BY = {"organization": "name", "diploma_design_snapshot": "sha256", "stored_image": "sha256"}
# Rows the cohort shares with the rest of the server: one deleted offline (a person merged or
# erased) that the server still uses elsewhere (another cohort, a reunion list) is kept.
SHARED = ("organization", "stored_image", "diploma_design_snapshot", "person", "program")


@dataclass
class CheckinResult:
    """What a check-in did (or, for a dry run or with conflicts, would do)."""

    server: str  # shown: without a password
    cohort_id: int
    cohort_name: str
    counts: dict[str, dict[str, int]]  # table → {"insert": n, "update": n, "delete": n}
    conflicts: list[Conflict]
    applied: bool = False  # committed on the server; False: a dry run, or conflicts
    was_released: bool = False  # the checkout had been released on the server meanwhile
    new_ids: dict[tuple[str, int], int] = field(default_factory=dict)  # laptop id → server id

    @property
    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.resolved]

    def text(self) -> str:
        return plan_text(self.counts)


class _UndoError(Exception):
    """Roll the server's transaction back: a dry run, or conflicts."""


def check_in(
    file_path: str,
    server_location: str | None = None,
    *,
    dry_run: bool = False,
    prefer: str | None = None,
    opened: Database | None = None,
) -> CheckinResult:
    """Check the cohort in ``file_path`` back into its team database (``server_location``,
    or the one it came from). See the module's docstring. ``opened``: the file, already
    open in this process (the window's; its lock file refuses a second opening)."""
    if prefer is not None and prefer not in PREFER:
        raise ValidationError(_("--prefer is server or laptop."))
    if server_location is not None and not is_server_location(server_location):
        raise DatabaseError(
            _(
                "Checking in is into the team database on a server the cohort was checked out "
                "of (postgresql://…); {location} is a file. Nothing was checked in."
            ).format(location=shown_location(server_location))
        )
    path = existing_database(file_path)
    with (
        nullcontext(opened)
        if opened is not None
        else open_database(str(path), create=False, full_check=True) as laptop
    ):
        # A damaged page can hide rows, which would be taken for rows deleted offline: the
        # whole file is checked (a cohort's file: a moment), before a migration when due at
        # the open, and again here in any case; damaged means refused.
        laptop.run_full_check()
        with laptop.read() as session:
            came_from = origin(session)
            if came_from is None:
                raise ValidationError(
                    _(
                        "{path} holds no checked-out cohort (it is an ordinary Kohort file, "
                        "or it was checked in already); there is nothing to check in."
                    ).format(path=path)
                )
            rows = {t.name: rows_by_id(session.connection(), t) for t in ordered()}
            baseline = {
                (b.table_name, b.row_id): b.digest
                for b in session.scalars(select(CheckoutBaseline))
            }
        location = server_location or came_from.server
        if "***" in location:
            raise ValidationError(
                _(
                    "The server's address was kept without its password; give it with --to "
                    "(the password in ~/.pgpass or PGPASSWORD)."
                )
            )
        result = _on_server(location, came_from, rows, baseline, dry_run, prefer)
        if result.applied:
            with laptop.write() as session:
                for model in (CheckoutOrigin, CheckoutBaseline, CohortCheckout, SerialReservation):
                    session.execute(delete(model))
                forget_deletions(session.connection())
    return result


def _on_server(
    location: str,
    came_from: Origin,
    rows: dict[str, dict[int, Any]],
    baseline: dict[tuple[str, int], str],
    dry_run: bool,
    prefer: str | None,
) -> CheckinResult:
    with open_database(location) as server:
        result = CheckinResult(server.location, came_from.cohort_id, came_from.cohort_name, {}, [])
        try:
            with server.write() as session:
                session.execute(
                    text("SELECT set_config('kohort.checkin', :token, true)"),
                    {"token": came_from.token},
                )
                hold_register(session)
                result.was_released = _take_checkout(session, came_from)
                _Apply(session, rows, baseline, prefer, result).run()
                if dry_run or result.open_conflicts:
                    raise _UndoError
                session.execute(
                    delete(SerialReservation).where(SerialReservation.token == came_from.token)
                )
                session.execute(
                    delete(CohortCheckout).where(CohortCheckout.token == came_from.token)
                )
            result.applied = True
        except _UndoError:
            pass
    return result


def _take_checkout(session: DbSession, came_from: Origin) -> bool:
    """The server's checkout of the cohort, locked; True: it was released meanwhile.
    Checked out again by someone else since, or unknown to this database: refused."""
    row = session.scalar(
        select(CohortCheckout)
        .where(CohortCheckout.cohort_id == came_from.cohort_id)
        .with_for_update()
    )
    if row is None:
        kept = session.scalar(
            select(SerialReservation.id).where(SerialReservation.token == came_from.token).limit(1)
        )
        if kept is None:  # released checkouts keep their serial numbers until checked in
            raise ValidationError(
                _(
                    "This database has no record of this file's checkout: it is another "
                    "database than the one the cohort was checked out of, or the file was "
                    "checked in already. Nothing was checked in."
                )
            )
        return True
    if row.token != came_from.token:
        raise ValidationError(
            _(
                "This file's checkout was released on the server, and the cohort has been "
                "checked out again since: {checked_out} Nothing was checked in."
            ).format(
                checked_out=checked_out_text(
                    came_from.cohort_name, row.checked_out_by, row.checked_out_at, row.place
                )
            )
        )
    return False


class _Apply:
    """The three-way comparison and the writes, one table at a time (see the module)."""

    def __init__(
        self,
        session: DbSession,
        laptop: dict[str, dict[int, Any]],
        baseline: dict[tuple[str, int], str],
        prefer: str | None,
        result: CheckinResult,
    ) -> None:
        self.session = session
        self.laptop = laptop
        # A negative id: the row was deleted in the file (its id may be reused by a new row).
        self.deleted = {(name, -row_id) for (name, row_id) in baseline if row_id < 0}
        self.baseline = {(name, abs(row_id)): digest for (name, row_id), digest in baseline.items()}
        self.prefer = prefer
        self.result = result
        self.server: dict[str, dict[int, Any]] = {}
        self.new_ids: dict[tuple[str, int], int] = result.new_ids
        self.added: set[tuple[str, int]] = {
            (name, row_id)
            for name, found in laptop.items()
            for row_id in found
            if (name, row_id) not in self.baseline or (name, row_id) in self.deleted
        }
        self.failed: set[tuple[str, int]] = set()

    def run(self) -> None:
        tables = ordered()
        changed: dict[str, list[int]] = {}
        deleted: dict[str, list[int]] = {}
        sets = settle_sets(
            self.session.connection(), self.laptop, self.baseline, self.deleted, self.prefer
        )
        self.added = (self.added - sets.skip) | sets.add
        for name, row_id, did, row in sets.conflicts:
            described = describe(name, row, self.laptop, {})
            resolved = self.prefer is not None
            conflict = Conflict(name, row_id, described, did, words.SERVER_SET_CHANGED, resolved)
            self.result.conflicts.append(conflict)
        excluded = self.added | sets.skip
        for table in tables:
            name = table.name
            mine = self.laptop[name]
            gone = [
                i
                for (t, i) in self.baseline
                if t == name
                and (i not in mine or (t, i) in self.deleted)
                and (t, i) not in sets.skip
            ]
            kept = [i for i in mine if (name, i) in self.baseline and (name, i) not in excluded]
            edited = [i for i in kept if digest_of(mine[i]) != self.baseline[(name, i)]]
            self.server[name] = rows_by_id(self.session.connection(), table, edited + gone)
            changed[name] = self._settle(name, edited, "update")
            deleted[name] = self._settle(name, gone, "delete")
        for table in reversed(tables):  # children first
            deleted[table.name] = self._delete(table, deleted[table.name], last=False)
            self._delete(table, sets.remove.get(table.name, []), last=True)  # a set replaced
        for table in tables:
            self._make_room(table, changed[table.name])
        for table in tables:
            self._insert(table)
        for table in tables:
            self._update(table, changed[table.name])
        for table in reversed(tables):  # those whose children the updates moved away
            self._delete(table, deleted[table.name], last=True)

    # -- deciding --------------------------------------------------------------------------

    def _settle(self, name: str, ids: list[int], kind: str) -> list[int]:
        """The ids to apply: unchanged on the server since, or settled by ``prefer``."""
        chosen = []
        for row_id in ids:
            theirs = self.server[name].get(row_id)
            start = self.baseline[(name, row_id)]
            if theirs is None:
                if kind == "update":  # deleted on the server: never overwritten back
                    self._conflict(name, row_id, words.SERVER_DELETED, self.prefer == "server")
                continue  # deleted on both sides: nothing to do
            did = words.LAPTOP_DELETED if kind == "delete" else None
            now = digest_of(theirs)
            if now == start:
                chosen.append(row_id)
            elif kind == "update" and now == digest_of(self.laptop[name][row_id]):
                continue  # the server has the laptop's row already
            else:
                self._conflict(name, row_id, words.SERVER_CHANGED, self.prefer is not None, did)
                if self.prefer == "laptop":
                    chosen.append(row_id)
        return chosen

    def _conflict(
        self, name: str, row_id: int, server: str, resolved: bool, did: str | None = None
    ) -> None:
        row = self.laptop[name].get(row_id) or self.server.get(name, {}).get(row_id)
        if did == words.LAPTOP_DELETED:  # its id may have been reused by a new row
            row = self.server.get(name, {}).get(row_id) or row
        elif (name, row_id) in self.added:
            did = words.LAPTOP_ADDED
        elif row_id in self.laptop[name]:
            did = words.LAPTOP_CHANGED
        else:
            did = words.LAPTOP_DELETED
        described = describe(name, row, self.laptop, self.server)
        self.result.conflicts.append(Conflict(name, row_id, described, did, server, resolved))

    def _count(self, name: str, kind: str) -> None:
        counts = self.result.counts.setdefault(name, {"insert": 0, "update": 0, "delete": 0})
        counts[kind] += 1

    # -- writing -----------------------------------------------------------------------------

    @contextmanager
    def _guarded(
        self,
        name: str,
        row_id: int,
        clash: str,
        still_used: str | None = None,
        postponed: list[int] | None = None,
    ) -> Iterator[None]:
        """One row's write in a savepoint: a broken rule is a conflict, not an error. A
        delete passes ``still_used``: what the server has when its rows still point here,
        or ``postponed``: where to put the row to delete again after the updates."""
        try:
            with self.session.begin_nested():
                yield
        except sa_exc.IntegrityError as exc:
            state = getattr(exc.orig, "sqlstate", None) or ""
            if postponed is not None and state == "23503":
                postponed.append(row_id)
                return
            self.failed.add((name, row_id))
            if still_used is not None and state == "23503":
                kept = still_used == words.SERVER_KEEPS_SHARED
                self._conflict(name, row_id, still_used, kept, words.LAPTOP_DELETED)
            else:
                self._conflict(name, row_id, _BROKEN.get(state, clash), False)

    def _delete(self, table: Table, ids: list[int], *, last: bool) -> list[int]:
        """Delete these rows; the first time (not ``last``), those the server's rows still
        point at are returned, to be deleted after the updates (which may move those rows
        away: a participant's marks moved to another by a merge)."""
        column = table.c[key_of(table)]
        used = words.SERVER_KEEPS_SHARED if table.name in SHARED else words.SERVER_STILL_USES
        postponed: list[int] = []
        for row_id in ids:
            with self._guarded(
                table.name, row_id, words.SERVER_REFUSED, used, None if last else postponed
            ):
                self.session.execute(delete(table).where(column == row_id))
                self._count(table.name, "delete")
        return postponed

    def _make_room(self, table: Table, ids: list[int]) -> None:
        """Before the updates: a unique number the laptop moved (actions reordered) is set
        aside for a moment, so that a swap does not clash with itself half-way."""
        columns = {
            column.name
            for constraint in table.constraints
            if constraint.__class__.__name__ == "UniqueConstraint"
            for column in constraint.columns  # type: ignore[attr-defined]
            if not column.foreign_keys and column.type.python_type is int
        }
        key = table.c[key_of(table)]
        for row_id in ids:
            theirs, mine = self.server[table.name][row_id], self.laptop[table.name][row_id]
            moved = {c: -row_id for c in columns if getattr(theirs, c) != getattr(mine, c)}
            if moved:
                with self._guarded(table.name, row_id, words.SERVER_REFUSED):
                    self.session.execute(table.update().where(key == row_id).values(**moved))

    def _values(self, table: Table, row: Any) -> dict[str, Any] | None:
        """The laptop row's values with its foreign keys pointing at the server's ids; None
        when it points at a row that could not be added."""
        values = dict(row._mapping)
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                target = (foreign_key.column.table.name, values[column.name])
                if target in self.new_ids:
                    values[column.name] = self.new_ids[target]
                elif target in self.failed:
                    return None
                elif target in self.added:  # the same table, added later: set afterwards
                    values[column.name] = None
        return values

    def _insert(self, table: Table) -> None:
        name = table.name
        key = table.c[key_of(table)]
        later: list[tuple[int, str]] = []
        for row_id in sorted(i for (t, i) in self.added if t == name):
            row = self.laptop[name][row_id]
            values = self._values(table, row)
            if values is None:
                self.failed.add((name, row_id))
                continue
            if name in SAME_BY:
                column = table.c[SAME_BY[name]]
                same = self.session.scalar(select(key).where(column == values[column.name]))
                if same is not None:
                    self.new_ids[(name, row_id)] = int(same)
                    continue
            later += [(row_id, c.name) for c in table.columns if values[c.name] is None]
            if not key.foreign_keys:
                values.pop(key.name)  # a new id from the server's sequence
            with self._guarded(name, row_id, words.SERVER_CLASHES):
                made = self.session.execute(table.insert().values(**values).returning(key))
                self.new_ids[(name, row_id)] = int(made.scalar_one())
                self._count(name, "insert")
        for row_id, column_name in later:  # references to rows added after this one
            value = getattr(self.laptop[name][row_id], column_name)
            target = (name, value)
            if value is not None and target in self.new_ids and (name, row_id) in self.new_ids:
                self.session.execute(
                    table.update()
                    .where(key == self.new_ids[(name, row_id)])
                    .values({column_name: self.new_ids[target]})
                )

    def _update(self, table: Table, ids: list[int]) -> None:
        key = table.c[key_of(table)]
        for row_id in ids:
            if (table.name, row_id) in self.failed:
                continue
            values = self._values(table, self.laptop[table.name][row_id])
            if values is None:
                self._conflict(table.name, row_id, words.SERVER_REFUSED, False)
                continue
            with self._guarded(table.name, row_id, words.SERVER_REFUSED):
                self.session.execute(table.update().where(key == row_id).values(**values))
                self._count(table.name, "update")
