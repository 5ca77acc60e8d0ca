"""A check-in's conflicts in words: each row named as a coordinator knows it (the person,
the session's title and date, the diploma's serial), what the laptop did with it and what
the server has now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.checkout_words import things
from app.i18n import N_, _

# What the laptop did with a row, and what the server has (Conflict.laptop / .server).
LAPTOP_CHANGED = N_("changed on the laptop")
LAPTOP_DELETED = N_("deleted on the laptop")
LAPTOP_ADDED = N_("added on the laptop")
SERVER_CHANGED = N_("changed on the server since the check-out")
SERVER_DELETED = N_("deleted on the server since the check-out")
SERVER_CLASHES = N_("the server has another row with the same values (added since the check-out)")
SERVER_REFUSED = N_("the server refused it (a rule of the data)")
SERVER_PARENT_GONE = N_("it belongs to a row deleted on the server since the check-out")
SERVER_SET_CHANGED = N_("the server's list of them was changed too since the check-out")
SERVER_STILL_USES = N_("rows added on the server since the check-out still use it")
SERVER_KEEPS_SHARED = N_(
    "kept on the server, where other cohorts or reunion lists still use it (merge or erase "
    "it there too if it should go)"
)

Rows = Mapping[str, Mapping[int, Any]]  # table → id → row, for looking up names


@dataclass(frozen=True)
class Conflict:
    """One row the check-in cannot apply as the laptop has it."""

    table: str
    row_id: int  # the id in the laptop's file (= the server's, but for rows added offline)
    row: str  # the row described for a human
    laptop: str  # what the laptop did: LAPTOP_CHANGED, LAPTOP_DELETED or LAPTOP_ADDED
    server: str  # what the server has: SERVER_CHANGED, SERVER_DELETED, …
    resolved: bool = False  # settled by --prefer (then applied, or dropped, as preferred)

    def text(self) -> str:
        return _("{thing} “{row}”: {laptop}; {server}.").format(
            thing=things(self.table, 1), row=self.row, laptop=_(self.laptop), server=_(self.server)
        )


def describe(table: str, row: Any, laptop: Rows, server: Rows) -> str:
    """The row as a coordinator knows it: "Anna Berg, Träff 2 (2026-03-19)"."""

    def find(name: str, key: Any) -> Any:
        return (
            None if key is None else laptop.get(name, {}).get(key) or server.get(name, {}).get(key)
        )

    def person(person_id: Any) -> str:
        found = find("person", person_id)
        if found is None:
            return f"#{person_id}"
        return f"{found.first_name} {found.last_name}".strip()

    def enrolled(enrollment_id: Any) -> str:
        found = find("enrollment", enrollment_id)
        return f"#{enrollment_id}" if found is None else person(found.person_id)

    def meeting(session_id: Any) -> str:
        found = find("cohort_session", session_id)
        return f"#{session_id}" if found is None else f"{found.title} ({found.date.isoformat()})"

    if table == "person":
        return person(row.id)
    if table in ("enrollment",):
        return person(row.person_id)
    if table == "attendance":
        return f"{enrolled(row.enrollment_id)}, {meeting(row.session_id)}"
    if table == "cohort_session":
        return meeting(row.id)
    if table == "diploma":
        return f"{row.serial}, {row.name_as_printed}"
    if table in ("action_plan", "evaluation_response") and row.enrollment_id is not None:
        return enrolled(row.enrollment_id)
    if table == "action_item":
        plan = find("action_plan", row.plan_id)
        who = f"#{row.plan_id}" if plan is None else enrolled(plan.enrollment_id)
        return f"{who}, {row.position}. {row.what}".strip()
    for column in ("name", "title", "text", "serial"):
        value = getattr(row, column, None)
        if value:
            return str(value)
    return f"#{row[0]}"
