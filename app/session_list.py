"""What a session looks like in a list (:class:`SessionInfo`), and the one query that reads a
cohort's sessions: SQL text run through SQLAlchemy by :mod:`app.services.sessions`, and
through plain sqlite3 by `kohort sessions` (:mod:`app.sql_read`). Imports nothing of the
database layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.domain import SessionFormat
from app.sql_read import ListQuery, Row, as_bool, as_date, as_time


@dataclass(frozen=True)
class SessionInfo:
    id: int
    cohort_id: int
    title: str
    date: dt.date
    end_date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str | None
    online_url: str | None
    format: SessionFormat
    minutes: int | None
    focus_area: str | None
    mandatory: bool
    cancelled: bool
    version: int | None = None  # the row's version when read, for a save to compare

    @property
    def hours(self) -> Fraction | None:
        return None if self.minutes is None else Fraction(self.minutes, 60)

    @property
    def last_date(self) -> dt.date:
        return self.end_date or self.date


# In date order; sessions on one day by their start (none first), then as they were added.
_SESSIONS = """\
SELECT id, cohort_id, title, date, end_date, start_time, end_time, venue, online_url,
       format, minutes, focus_area, mandatory, cancelled, version
FROM cohort_session
WHERE cohort_id = :cohort_id
ORDER BY date, start_time, id"""


def session_query(cohort_id: int) -> ListQuery[SessionInfo]:
    """A cohort's sessions (none for a cohort that is not there: the caller checks that)."""
    return ListQuery(_SESSIONS, session_from_row, {"cohort_id": cohort_id})


def session_from_row(row: Row) -> SessionInfo:
    """A SessionInfo from a result row, or from a model object (:class:`Attributes`)."""
    date = as_date(row["date"])
    assert date is not None  # NOT NULL
    return SessionInfo(
        id=row["id"],
        cohort_id=row["cohort_id"],
        title=row["title"],
        date=date,
        end_date=as_date(row["end_date"]),
        start_time=as_time(row["start_time"]),
        end_time=as_time(row["end_time"]),
        venue=row["venue"],
        online_url=row["online_url"],
        format=SessionFormat(row["format"]),
        minutes=row["minutes"],
        focus_area=row["focus_area"],
        mandatory=as_bool(row["mandatory"]),
        cancelled=as_bool(row["cancelled"]),
        version=row["version"],
    )


class Attributes:
    """An object's attributes read by name, as a result row's columns are."""

    def __init__(self, source: object) -> None:
        self._source = source

    def __getitem__(self, key: str) -> Any:
        return getattr(self._source, key)
