"""Telling the other Kohorts on a team database what a write changed (PostgreSQL NOTIFY).

Every committed write on a server (the window's, the command line's, any service's) sends
``NOTIFY kohort_changes, '<payload>'`` in its own transaction, so the note goes out exactly
when the write is committed and never for one rolled back. The payload names the kinds of
:class:`app.changes.Changes` touched — found from the tables the session wrote — and the
writing :class:`app.db.Database`'s own id, so a window ignores its own writes (it already
refreshes after them). A write the tables cannot place (plain SQL) says everything changed.

:class:`ChangeListener` is the other end: a thread on a connection of its own that LISTENs
and hands each other writer's :class:`Changes` to a callback; when the server goes away it
waits and connects again, quietly.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import ORMExecuteState, Session

from app.changes import Changes

CHANNEL = "kohort_changes"
LISTENER = "Kohort (listening)"  # the listening connection's name on the server
_TABLES = "kohort_tables"  # session.info key: the tables written in this session
_UNKNOWN = "?"  # a statement the tables cannot place

log = logging.getLogger(__name__)

# Which kinds a write to each table changes; when in doubt, more, never less.
TABLE_KINDS: dict[str, frozenset[str]] = {
    "program": frozenset({"programs", "plans"}),
    "cohort": frozenset({"programs", "cohort"}),
    "signatory": frozenset({"cohort", "design"}),
    "cohort_session": frozenset({"sessions"}),
    "organization": frozenset({"people"}),
    "person": frozenset({"people"}),
    "enrollment": frozenset({"people"}),
    "attendance": frozenset({"marks"}),
    "diploma": frozenset({"diplomas"}),
    "diploma_design_snapshot": frozenset({"diplomas"}),
    "diploma_frozen_pdf": frozenset({"diplomas"}),
    "action_plan": frozenset({"plans"}),
    "action_item": frozenset({"plans"}),
    "stored_image": frozenset({"design"}),
    "evaluation": frozenset({"evaluations"}),
    "evaluation_question": frozenset({"evaluations"}),
    "evaluation_response": frozenset({"evaluations"}),
    "evaluation_answer": frozenset({"evaluations"}),
    "returnable_form": frozenset({"evaluations", "plans"}),  # evaluation and plan forms
    "gathering": frozenset({"reunions"}),
    "gathering_invitee": frozenset({"reunions"}),
    # A cohort checked out, checked in or released: its lists and who has it.
    "cohort_checkout": frozenset({"programs", "cohort"}),
    "serial_reservation": frozenset({"diplomas"}),
}


def track_writes(session: Session) -> None:
    """Note, in ``session.info``, every table the session writes (flushes and bulk
    statements alike)."""
    written: set[str] = session.info.setdefault(_TABLES, set())

    def after_flush(flushed: Session, _context: Any) -> None:
        for obj in (*flushed.new, *flushed.dirty, *flushed.deleted):
            table = getattr(type(obj), "__tablename__", None)
            written.add(table if isinstance(table, str) else _UNKNOWN)

    def on_execute(state: ORMExecuteState) -> None:
        if state.is_select:
            return
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        written.add(name if isinstance(name, str) else _UNKNOWN)

    event.listen(session, "after_flush", after_flush)
    event.listen(session, "do_orm_execute", on_execute)


def changes_of(tables: set[str]) -> Changes:
    kinds: set[str] = set()
    for table in tables:
        known = TABLE_KINDS.get(table)
        if known is None:
            return Changes.everything()
        kinds |= known
    return Changes(**dict.fromkeys(kinds, True))


def notify(session: Session, source: str) -> None:
    """Send the note of what ``session`` wrote (nothing if it wrote nothing); committed
    with the session's transaction."""
    tables: set[str] = session.info.get(_TABLES, set())
    if not tables:
        return
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": payload(changes_of(tables), source)},
    )


def payload(changes: Changes, source: str) -> str:
    return json.dumps({"from": source, "kinds": sorted(changes.kinds)})


def parse(text_: str) -> tuple[str, Changes]:
    """The writer's id and its :class:`Changes`; a note Kohort cannot read: everything."""
    try:
        data = json.loads(text_)
        kinds = {str(kind) for kind in data["kinds"]}
        known = set(Changes.everything().kinds)
        changes = Changes(**dict.fromkeys(kinds & known, True))
        if kinds - known:
            changes = Changes.everything()
        return str(data["from"]), changes
    except (ValueError, KeyError, TypeError):
        return "", Changes.everything()


class ChangeListener:
    """LISTENs on a connection of its own, in a thread, and calls ``on_changes`` (in that
    thread) with what another writer changed. :meth:`stop` ends it within a second."""

    RETRY_S = 2.0  # between tries to connect again after the server went away
    WAIT_S = 0.5  # how long one wait for notes lasts: stop() is seen this often

    def __init__(self, url: URL, own_source: str, on_changes: Callable[[Changes], None]) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._own = own_source
        self._on_changes = on_changes
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in effect
        self._thread = threading.Thread(target=self._run, name="kohort-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, application_name=LISTENER
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.WAIT_S):
                            source, changes = parse(note.payload)
                            if source != self._own and changes:
                                self._on_changes(changes)
            except psycopg.Error as exc:  # the server went away: try again, quietly
                log.info("listening for changes paused: %s", type(exc).__name__)
            finally:
                self.listening.clear()
            self._stop.wait(self.RETRY_S)
