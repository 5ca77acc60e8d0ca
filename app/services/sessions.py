"""Sessions: the meetings of a cohort, on local calendar dates and times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import NotFoundError, ValidationError
from app.models import Session, SessionFormat
from app.services.cohorts import load_cohort
from app.text import clean, clean_optional


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

    @property
    def hours(self) -> Fraction | None:
        return None if self.minutes is None else Fraction(self.minutes, 60)

    @property
    def last_date(self) -> dt.date:
        return self.end_date or self.date


def session_info(row: Session) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        cohort_id=row.cohort_id,
        title=row.title,
        date=row.date,
        end_date=row.end_date,
        start_time=row.start_time,
        end_time=row.end_time,
        venue=row.venue,
        online_url=row.online_url,
        format=row.format,
        minutes=row.minutes,
        focus_area=row.focus_area,
        mandatory=row.mandatory,
        cancelled=row.cancelled,
    )


def list_sessions(session: DbSession, cohort_id: int) -> list[SessionInfo]:
    load_cohort(session, cohort_id)
    query = (
        select(Session)
        .where(Session.cohort_id == cohort_id)
        .order_by(Session.date, Session.start_time, Session.id)
    )
    return [session_info(s) for s in session.scalars(query)]


def get_session(session: DbSession, session_id: int) -> SessionInfo:
    return session_info(load_session(session, session_id))


def load_session(session: DbSession, session_id: int) -> Session:
    row = session.get(Session, session_id)
    if row is None:
        raise NotFoundError(f"There is no session with id {session_id}.")
    return row


def create_session(
    session: DbSession,
    *,
    cohort_id: int,
    title: str,
    date: dt.date,
    end_date: dt.date | None = None,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
    venue: str | None = None,
    online_url: str | None = None,
    format: SessionFormat = SessionFormat.IN_PERSON,  # noqa: A002 - the domain's word
    minutes: int | None = None,
    focus_area: str | None = None,
    mandatory: bool = False,
) -> SessionInfo:
    load_cohort(session, cohort_id)
    title = clean(title)
    if not title:
        raise ValidationError("A session needs a title.")
    if end_date is not None and end_date < date:
        raise ValidationError("A session cannot end on a day before it starts.")
    multi_day = end_date is not None and end_date > date
    if start_time and end_time and not multi_day and end_time <= start_time:
        raise ValidationError("A session must end after it starts.")
    if minutes is not None and minutes <= 0:
        raise ValidationError("The hours of a session must be more than zero.")
    row = Session(
        cohort_id=cohort_id,
        title=title,
        date=date,
        end_date=end_date if multi_day else None,
        start_time=start_time,
        end_time=end_time,
        venue=clean_optional(venue),
        online_url=clean_optional(online_url),
        format=format,
        minutes=minutes,
        focus_area=clean_optional(focus_area),
        mandatory=mandatory,
    )
    session.add(row)
    session.flush()
    return session_info(row)
