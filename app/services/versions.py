"""Optimistic concurrency: a row edited from an older version than the one saved now is
refused with who changed it and when, never overwritten silently (a team database, where two
coordinators may edit the same person, session or diploma design at once)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ChangedElsewhereError
from app.i18n import _
from app.models import Cohort, Program
from app.models_base import utcnow, who_changes


class Versioned(Protocol):
    version: int
    updated_by: str | None
    updated_at: dt.datetime | None


def refuse_if_changed(row: Versioned, started_from: int | None) -> None:
    """Raise if the row is no longer at the version the user started editing from (``None``:
    not asked, as for a change that does not start from what a user saw)."""
    if started_from is not None and row.version != started_from:
        raise changed_elsewhere(row.updated_by, row.updated_at)


def changed_elsewhere(
    who: str | None, when: dt.datetime | None, *, today: dt.date | None = None
) -> ChangedElsewhereError:
    if when is None:
        return ChangedElsewhereError(
            _("Changed by someone else just now – reload to see the change.")
        )
    local = when.replace(tzinfo=dt.UTC).astimezone()
    shown = (
        local.strftime("%H:%M")
        if local.date() == (today or dt.date.today())
        else local.strftime("%Y-%m-%d %H:%M")
    )
    return ChangedElsewhereError(
        _("Changed by {who} at {time} – reload to see the change.").format(
            who=who or "?", time=shown
        )
    )


@contextmanager
def saved_once(session: DbSession) -> Iterator[None]:
    """Flush; a row another connection changed since it was read (its version moved on while
    this one waited) is refused, not overwritten."""
    try:
        yield
        session.flush()
    except StaleDataError as exc:
        raise changed_elsewhere(None, None) from exc


def save_design_version(session: DbSession, row: Cohort | Program, seen: int | None) -> None:
    """Move the diploma design version of a cohort or programme on by one, with who saved it
    and when; refused (nothing written) if it is no longer ``seen``, the one the user
    started from (``None``: not asked).

    The version is compared in the UPDATE itself, so two saves at once on a team database
    cannot both pass: the second waits for the first's row lock and then finds no row at
    its version. Only the design moves it: the row's other columns (status, dates, issuing)
    are written without touching it."""
    model = type(row)
    change = update(model).where(model.id == row.id)
    if seen is not None:
        change = change.where(model.design_version == seen)
    result = session.execute(
        change.values(
            design_version=model.design_version + 1,
            design_updated_by=who_changes(),
            design_updated_at=utcnow(),
        ).execution_options(synchronize_session=False)
    )
    columns = ["design_version", "design_updated_by", "design_updated_at"]
    session.expire(row, columns)  # read again: the new version, or who saved before us
    if cast(CursorResult[Any], result).rowcount != 1:
        raise changed_elsewhere(row.design_updated_by, row.design_updated_at)
