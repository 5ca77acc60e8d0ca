"""Sessions: the meetings of a cohort, on local calendar dates and times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import SessionFormat
from app.errors import NotFoundError, ValidationError
from app.i18n import _, ngettext
from app.models import Attendance, Evaluation, Session
from app.services._fields import pick
from app.services.cohorts import load_cohort
from app.services.versions import refuse_if_changed, saved_once
from app.session_list import Attributes, session_from_row, session_query
from app.session_list import SessionInfo as SessionInfo
from app.sql_read import run_session
from app.text import clean, clean_optional


def session_info(row: Session) -> SessionInfo:
    return session_from_row(Attributes(row))


def list_sessions(session: DbSession, cohort_id: int) -> list[SessionInfo]:
    """The query `kohort sessions` also runs without SQLAlchemy (app.session_list)."""
    load_cohort(session, cohort_id)
    return run_session(session, session_query(cohort_id))


def get_session(session: DbSession, session_id: int) -> SessionInfo:
    return session_info(load_session(session, session_id))


def load_session(session: DbSession, session_id: int) -> Session:
    row = session.get(Session, session_id)
    if row is None:
        raise NotFoundError(
            _("There is no session with id {session_id}.").format(session_id=session_id)
        )
    return row


@dataclass(frozen=True)
class SessionFields:
    """What a coordinator edits about a session."""

    title: str
    date: dt.date
    end_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str | None = None
    online_url: str | None = None
    format: SessionFormat = SessionFormat.IN_PERSON
    minutes: int | None = None
    focus_area: str | None = None
    mandatory: bool = False
    cancelled: bool = False


def fields_of(info: SessionInfo) -> SessionFields:
    return pick(SessionFields, info)


def create_session(session: DbSession, cohort_id: int, fields: SessionFields) -> SessionInfo:
    load_cohort(session, cohort_id)
    row = Session(cohort_id=cohort_id)
    _apply(row, fields)
    session.add(row)
    session.flush()
    return session_info(row)


def update_session(
    session: DbSession, session_id: int, fields: SessionFields, *, version: int | None = None
) -> SessionInfo:
    """Edit a session; ``version``: the one the user started from, refused if someone has
    saved since."""
    row = load_session(session, session_id)
    refuse_if_changed(row, version)
    with saved_once(session):
        _apply(row, fields)
    return session_info(row)


def duplicate_session(session: DbSession, session_id: int, date: dt.date) -> SessionInfo:
    """A copy of a session on another date (a residential meeting keeps its length)."""
    source = session_info(load_session(session, session_id))
    length = (source.end_date - source.date) if source.end_date else None
    return create_session(
        session,
        source.cohort_id,
        replace(
            fields_of(source),
            date=date,
            end_date=date + length if length else None,
            cancelled=False,
        ),
    )


def create_series(
    session: DbSession,
    cohort_id: int,
    template: SessionFields,
    *,
    count: int,
    every_days: int,
    numbered: bool = True,
) -> list[SessionInfo]:
    """``count`` sessions, the first on ``template.date``, then every ``every_days`` days.

    "6 sessions, every 4 weeks from 2 September" is ``count=6, every_days=28``. With
    ``numbered`` the titles become "Title 1", "Title 2", …
    """
    if not 1 <= count <= 100:
        raise ValidationError(_("A series has between 1 and 100 sessions."))
    if every_days < 1:
        raise ValidationError(_("Sessions in a series must be at least one day apart."))
    created = []
    for i in range(count):
        shift = dt.timedelta(days=every_days * i)
        title = f"{clean(template.title)} {i + 1}" if numbered else template.title
        created.append(
            create_session(
                session,
                cohort_id,
                replace(
                    template,
                    title=title,
                    date=template.date + shift,
                    end_date=template.end_date + shift if template.end_date else None,
                ),
            )
        )
    return created


def delete_session(session: DbSession, session_id: int) -> None:
    """Delete a session that has no attendance and no evaluation; one with marks is
    cancelled instead."""
    row = load_session(session, session_id)
    marks = session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id)
    )
    if marks:
        raise ValidationError(
            ngettext(
                "“{title}” has {n} attendance mark; mark it as cancelled instead of "
                "deleting it, so the attendance history stays.",
                "“{title}” has {n} attendance marks; mark it as cancelled instead of "
                "deleting it, so the attendance history stays.",
                marks,
            ).format(title=row.title, n=marks)
        )
    evaluations = session.scalar(
        select(func.count()).select_from(Evaluation).where(Evaluation.session_id == session_id)
    )
    if evaluations:
        raise ValidationError(
            ngettext(
                "“{title}” has {n} course evaluation; delete the evaluation first, or mark "
                "the session as cancelled instead of deleting it. Nothing was deleted.",
                "“{title}” has {n} course evaluations; delete the evaluations first, or mark "
                "the session as cancelled instead of deleting it. Nothing was deleted.",
                evaluations,
            ).format(title=row.title, n=evaluations)
        )
    session.delete(row)
    session.flush()


def _apply(row: Session, fields: SessionFields) -> None:
    title = clean(fields.title)
    if not title:
        raise ValidationError(_("A session needs a title."))
    if fields.end_date is not None and fields.end_date < fields.date:
        raise ValidationError(_("A session cannot end on a day before it starts."))
    multi_day = fields.end_date is not None and fields.end_date > fields.date
    same_day = not multi_day
    if same_day and fields.start_time and fields.end_time and fields.end_time <= fields.start_time:
        raise ValidationError(_("A session must end after it starts."))
    if fields.minutes is not None and fields.minutes <= 0:
        raise ValidationError(_("The hours of a session must be more than zero."))
    url = clean_optional(fields.online_url)
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise ValidationError(_("An online link must start with https:// (or http://)."))
    row.title = title
    row.date = fields.date
    row.end_date = fields.end_date if multi_day else None
    row.start_time = fields.start_time
    row.end_time = fields.end_time
    row.venue = clean_optional(fields.venue)
    row.online_url = url
    row.format = fields.format
    row.minutes = fields.minutes
    row.focus_area = clean_optional(fields.focus_area)
    row.mandatory = fields.mandatory
    row.cancelled = fields.cancelled
