"""Which rows a checked-out cohort takes along, and their digests (the baseline).

The cohort's subgraph, with the same ids as on the server: every organization (a small
table, needed by the people), its programme and the cohort, the images they and their
signatories show, the signatories of the programme or the cohort, its sessions, its
enrollments and their people, attendance, action plans and actions, diplomas (with their
design snapshots and frozen PDFs), course evaluations (questions, responses, answers),
returnable forms, and the checkout's own rows. Not other cohorts, not other people, not
reunions: only the cohort's people leave the server.

Each row's digest is :func:`app.db_copy.row_digest` of its values in column order, the
same on both databases, so a check-in can tell a row changed on either side. The file's
SQLite gives a new row the highest id + 1, which may be the id of a row deleted offline: a
trigger in the file turns the deleted row's baseline id negative (:func:`track_deletions`),
so that a check-in sees a deletion and a new row, never an edit of the deleted one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, Table, or_, select, text, union

from app.db_copy import BATCH, PROGRESS_FROM, Progress, row_digest, tables

# The tables whose rows a check-in compares and applies, in dependency order.
SYNCED = (
    "organization",
    "stored_image",
    "diploma_design_snapshot",
    "person",
    "program",
    "cohort",
    "signatory",
    "cohort_session",
    "enrollment",
    "attendance",
    "action_plan",
    "action_item",
    "diploma",
    "diploma_frozen_pdf",
    "evaluation",
    "evaluation_question",
    "evaluation_response",
    "evaluation_answer",
    "returnable_form",
)
# Copied, but the checkout's own bookkeeping: never compared or applied.
BOOKKEEPING = ("cohort_checkout", "serial_reservation")

Digests = dict[tuple[str, int], str]


def table_map() -> dict[str, Table]:
    return {t.name: t for t in tables()}


def ordered() -> list[Table]:
    """The synced tables in dependency order (parents first)."""
    return [t for t in tables() if t.name in SYNCED]


def key_of(table: Table) -> str:
    """The name of the table's one primary-key column ("id", or "diploma_id")."""
    (column,) = table.primary_key.columns
    return column.name


def digest_of(row: object) -> str:
    return f"{row_digest(row):064x}"


def subgraph(cohort_id: int, token: str) -> dict[str, Select[tuple[object, ...]]]:
    """Each copied table's rows of the cohort, as a query on the server."""
    t = table_map()
    cohort = t["cohort"]
    program_id = select(cohort.c.program_id).where(cohort.c.id == cohort_id).scalar_subquery()
    enrollments = select(t["enrollment"].c.id).where(t["enrollment"].c.cohort_id == cohort_id)
    evaluations = select(t["evaluation"].c.id).where(t["evaluation"].c.cohort_id == cohort_id)
    diplomas = select(t["diploma"].c.id).where(t["diploma"].c.enrollment_id.in_(enrollments))
    signatory = t["signatory"]
    signed = or_(signatory.c.program_id == program_id, signatory.c.cohort_id == cohort_id)
    program = t["program"]
    images = union(
        select(program.c.logo_image_id).where(program.c.id == program_id),
        select(program.c.background_image_id).where(program.c.id == program_id),
        select(cohort.c.logo_image_id).where(cohort.c.id == cohort_id),
        select(cohort.c.background_image_id).where(cohort.c.id == cohort_id),
        select(signatory.c.signature_image_id).where(signed),
    )
    plans = select(t["action_plan"].c.id).where(t["action_plan"].c.enrollment_id.in_(enrollments))
    responses = select(t["evaluation_response"].c.id).where(
        t["evaluation_response"].c.evaluation_id.in_(evaluations)
    )
    where = {
        "organization": None,
        "stored_image": t["stored_image"].c.id.in_(select(images.subquery().c[0])),
        "diploma_design_snapshot": t["diploma_design_snapshot"].c.id.in_(
            select(t["diploma"].c.snapshot_id).where(t["diploma"].c.enrollment_id.in_(enrollments))
        ),
        "person": t["person"].c.id.in_(
            select(t["enrollment"].c.person_id).where(t["enrollment"].c.cohort_id == cohort_id)
        ),
        "program": program.c.id == program_id,
        "cohort": cohort.c.id == cohort_id,
        "signatory": signed,
        "cohort_session": t["cohort_session"].c.cohort_id == cohort_id,
        "enrollment": t["enrollment"].c.cohort_id == cohort_id,
        "attendance": t["attendance"].c.enrollment_id.in_(enrollments),
        "action_plan": t["action_plan"].c.enrollment_id.in_(enrollments),
        "action_item": t["action_item"].c.plan_id.in_(plans),
        "diploma": t["diploma"].c.enrollment_id.in_(enrollments),
        "diploma_frozen_pdf": t["diploma_frozen_pdf"].c.diploma_id.in_(diplomas),
        "evaluation": t["evaluation"].c.cohort_id == cohort_id,
        "evaluation_question": t["evaluation_question"].c.evaluation_id.in_(evaluations),
        "evaluation_response": t["evaluation_response"].c.evaluation_id.in_(evaluations),
        "evaluation_answer": t["evaluation_answer"].c.response_id.in_(responses),
        "returnable_form": t["returnable_form"].c.cohort_id == cohort_id,
        "cohort_checkout": t["cohort_checkout"].c.cohort_id == cohort_id,
        "serial_reservation": t["serial_reservation"].c.token == token,
    }
    queries: dict[str, Select[tuple[object, ...]]] = {}
    for table in tables():
        if table.name not in where:
            continue
        query = select(*table.columns).order_by(*table.primary_key.columns)
        condition = where[table.name]
        queries[table.name] = query if condition is None else query.where(condition)
    return queries


def _batches(connection: Connection, query: Select[tuple[object, ...]]) -> Iterator[list[Any]]:
    """The rows in batches (one cohort's rows: read at once, no server-side cursor left
    open in the check-out's transaction)."""
    with connection.execute(query) as result:
        for partition in result.partitions(BATCH):
            yield list(partition)


def copy_rows(
    source: Connection,
    target: Connection,
    cohort_id: int,
    token: str,
    progress: Progress | None = None,
) -> Digests:
    """Copy the cohort's subgraph from the server into the new file; the digest of every
    synced row copied, by (table, id)."""
    digests: Digests = {}
    by_name = table_map()
    for name, query in subgraph(cohort_id, token).items():
        table = by_name[name]
        key = key_of(table)
        done = 0
        for batch in _batches(source, query):
            target.execute(table.insert(), [dict(row._mapping) for row in batch])
            if name in SYNCED:
                for row in batch:
                    digests[(name, int(getattr(row, key)))] = digest_of(row)
            done += len(batch)
            if progress is not None and done > PROGRESS_FROM:
                progress(name, done, done)
    return digests


def rows_by_id(
    connection: Connection, table: Table, ids: list[int] | None = None
) -> dict[int, Any]:
    """The table's rows by id: all of them (the laptop's file), or those ``ids``."""
    column = table.primary_key.columns[key_of(table)]
    query = select(*table.columns).order_by(column)
    found: dict[int, Any] = {}
    if ids is None:
        for batch in _batches(connection, query):
            found.update({int(getattr(row, column.name)): row for row in batch})
        return found
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        for row in connection.execute(query.where(column.in_(chunk))):
            found[int(getattr(row, column.name))] = row
    return found


def track_deletions(target: Connection) -> None:
    """In the laptop's new file: a row deleted there keeps its baseline, with the id negated
    (see the module's docstring)."""
    for table in ordered():
        target.execute(
            text(
                f"CREATE TRIGGER checkout_deleted_{table.name} AFTER DELETE ON {table.name} "
                "BEGIN UPDATE checkout_baseline SET row_id = -row_id "
                f"WHERE table_name = '{table.name}' AND row_id = OLD.{key_of(table)}; END"
            )
        )


def forget_deletions(target: Connection) -> None:
    """The file has been checked in: :func:`track_deletions`' triggers go."""
    for table in ordered():
        target.execute(text(f"DROP TRIGGER IF EXISTS checkout_deleted_{table.name}"))
