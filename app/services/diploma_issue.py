"""Who gets a diploma, and why: the one decision both the window and the command line ask.

:func:`plan_issue` looks at the people chosen (or, when none are named, everyone who meets
the completion rule) and says who would get one, who already
has one, who does not meet the rule (a recorded reason is needed), and whether the
programme is still running — then the diplomas would be issued *ahead* of the end, which is
allowed only as a deliberate step, and they carry the date of the closing session.
:func:`~app.services.diploma_register.issue_diplomas` refuses what the plan does not allow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session as DbSession

from app.domain import CohortStatus, Language
from app.errors import NotFoundError, ValidationError
from app.i18n import _, language, ngettext
from app.locales import date_in
from app.models import Diploma
from app.names import plausible_correction
from app.rules import SHORTFALL_TEXT, Shortfall, Standing, programme_done
from app.services.cohorts import load_cohort
from app.services.enrollments import ParticipantInfo, list_participants, load_enrollment
from app.services.sessions import list_sessions
from app.text import clean

# Issuing this long before the closing session, or with at least this share of the planned
# sessions still to come, is unusual enough to say so plainly.
UNUSUAL_DAYS_AHEAD = 45
UNUSUAL_SHARE_LEFT = 0.5


@dataclass(frozen=True)
class SessionLeft:
    title: str
    date: dt.date


@dataclass(frozen=True)
class Revoked:
    """A person's last diploma in the cohort, revoked: a new one is issued only by choice."""

    serial: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    enrollment_id: int
    person_id: int
    name: str
    standing: Standing | None  # None: not judged by the rule (a mentor, a guest…)
    shortfalls: tuple[Shortfall, ...]
    valid_serial: str | None  # the diploma this person already holds, if any
    revoked: Revoked | None = None  # with no valid one: the last diploma, revoked

    @property
    def meets_rule(self) -> bool:
        return self.standing in (Standing.ELIGIBLE, Standing.ON_TRACK)

    @property
    def why_not(self) -> str:
        """Why the rule is not met ("not a participant judged by the rule" for others)."""
        if self.standing is None:
            return _("not judged by the completion rule")
        return ", ".join(_(SHORTFALL_TEXT[s]) for s in self.shortfalls) or _("override")


@dataclass(frozen=True)
class IssuePlan:
    cohort_id: int
    to_issue: tuple[Candidate, ...]  # would get a diploma now
    already_issued: tuple[Candidate, ...]  # chosen, but hold a valid diploma (left alone)
    sessions_left: tuple[SessionLeft, ...]  # planned sessions not held yet; empty when done
    planned_sessions: int
    issue_date: dt.date  # the date the diplomas would carry
    today: dt.date
    # Everyone was asked for, but these meet the rule with their diploma revoked: left
    # out, as issuing anew is a deliberate step (choose them by name)
    revoked_left_out: tuple[Candidate, ...] = ()

    @property
    def ahead(self) -> bool:
        """Issuing before the programme is over (the closing session still to come)."""
        return bool(self.sessions_left)

    @property
    def not_meeting_rule(self) -> tuple[Candidate, ...]:
        """Among :attr:`to_issue`: those who need a recorded reason."""
        return tuple(c for c in self.to_issue if not c.meets_rule)

    @property
    def unusual(self) -> bool:
        """Months early, or with half the sessions still to come."""
        if not self.ahead:
            return False
        days = (self.sessions_left[-1].date - self.today).days
        share = len(self.sessions_left) / max(self.planned_sessions, 1)
        return days > UNUSUAL_DAYS_AHEAD or share >= UNUSUAL_SHARE_LEFT

    def remaining_text(self) -> str:
        """What is still to come, e.g. "1 session left: Avslutning, 19 March 2026"."""
        left = self.sessions_left
        if not left:
            return ""
        listed = "; ".join(f"{s.title}, {_date(s.date)}" for s in left[:3])
        if len(left) > 3:
            listed = _("{listed}; and {n} more").format(listed=listed, n=len(left) - 3)
        return ngettext(
            "{n} session left: {listed}", "{n} sessions left: {listed}", len(left)
        ).format(n=len(left), listed=listed)

    def ahead_text(self) -> str:
        """The sentence a confirmation or a refusal shows when issuing ahead."""
        text = _(
            "The programme is not over: {remaining}. Diplomas issued now are dated {date}, "
            "the day of the last session, and recorded as issued before the end."
        ).format(remaining=self.remaining_text(), date=_date(self.issue_date))
        if self.unusual:
            days = (self.sessions_left[-1].date - self.today).days
            unusual = ngettext(
                "This is unusual: the last session is {days} day away and {left} of "
                "{planned} sessions are still to come.",
                "This is unusual: the last session is {days} days away and {left} of "
                "{planned} sessions are still to come.",
                days,
            ).format(days=days, left=len(self.sessions_left), planned=self.planned_sessions)
            text += " " + unusual
        return text


def plan_issue(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: list[int] | None,
    *,
    today: dt.date,
    valid_serials: dict[int, str],
    participants: list[ParticipantInfo] | None = None,
    revoked: dict[int, Revoked] | None = None,
) -> IssuePlan:
    """Who would get a diploma if issued now, and on what terms.

    ``enrollment_ids`` None: everyone who meets the completion rule (eligible, or on track
    while the programme runs); those who hold a valid diploma already are in
    :attr:`IssuePlan.already_issued`. ``valid_serials`` maps enrollment id → serial of the
    valid diploma each holds (from the register). ``participants``: the cohort's list as
    :func:`~app.services.enrollments.list_participants` gives it for ``today``, when the
    caller has it already (issuing needs it again and it is the costly read). ``revoked``
    maps enrollment id → the revoked diploma of those who hold no valid one: when everyone
    is asked for, they are left out (:attr:`IssuePlan.revoked_left_out`).
    """
    cohort = load_cohort(session, cohort_id)
    listed = (
        participants
        if participants is not None
        else list_participants(session, cohort_id, today=today)
    )
    by_id = {p.enrollment_id: p for p in listed}
    if enrollment_ids is None:
        chosen = [p for p in by_id.values() if p.eligibility is not None and p.eligibility.meets]
    else:
        unknown = [i for i in enrollment_ids if i not in by_id]
        if unknown:
            raise NotFoundError(
                _("Enrollment {names} is not in cohort {cohort_id}.").format(
                    names=", ".join(map(str, unknown)), cohort_id=cohort_id
                )
            )
        chosen = [by_id[i] for i in dict.fromkeys(enrollment_ids)]
    revoked = revoked or {}
    candidates = [
        _candidate(p, valid_serials.get(p.enrollment_id), revoked.get(p.enrollment_id))
        for p in chosen
    ]
    left_out = tuple(
        c for c in candidates if enrollment_ids is None and c.revoked and not c.valid_serial
    )
    candidates = [c for c in candidates if c not in left_out]
    planned = [s for s in list_sessions(session, cohort_id) if not s.cancelled]
    done = programme_done(
        ((s.date, False) for s in planned),
        today=today,
        cohort_completed=cohort.status == CohortStatus.COMPLETED,
    )
    left = () if done else tuple(SessionLeft(s.title, s.date) for s in planned if s.date > today)
    if cohort.diploma_issue_date is not None:
        issue_date = cohort.diploma_issue_date  # a date the coordinator fixed
    elif left:
        issue_date = max(s.last_date for s in planned)  # the closing session's (last) day
    else:
        issue_date = today
    return IssuePlan(
        cohort_id=cohort_id,
        to_issue=tuple(c for c in candidates if c.valid_serial is None),
        already_issued=tuple(c for c in candidates if c.valid_serial is not None),
        sessions_left=left,
        planned_sessions=len(planned),
        issue_date=issue_date,
        today=today,
        revoked_left_out=left_out,
    )


@dataclass(frozen=True)
class ReissuePreview:
    """What a reissue would change, to show before it happens: whose diploma, old → new."""

    diploma_id: int
    serial: str
    holder: str  # the person the diploma is registered to, by name
    old_name: str  # as printed on the diploma being replaced
    new_name: str  # as the new diploma would print it
    plausible: bool  # the new name reads as a corrected spelling of the old

    @property
    def renames(self) -> bool:
        return self.old_name != self.new_name

    def describe(self) -> str:
        if self.renames:
            return _("{serial} is {holder}'s diploma: “{old}” → “{new}”.").format(
                serial=self.serial, holder=self.holder, old=self.old_name, new=self.new_name
            )
        return _("{serial} is {holder}'s diploma: the name stays “{new}”.").format(
            serial=self.serial, holder=self.holder, new=self.new_name
        )


def reissue_preview(session: DbSession, diploma_id: int, name: str | None) -> ReissuePreview:
    """Whose diploma it is and what name the reissue would print (``name`` None: the name
    Kohort has for the person now)."""
    old = load_diploma(session, diploma_id)
    person = load_enrollment(session, old.enrollment_id).person
    holder = f"{person.first_name} {person.last_name}".strip()
    new = clean(name) if name is not None else (person.name_as_printed or holder)
    if name is not None and not new:
        raise ValidationError(
            _(
                "The corrected name cannot be empty (leave it out to reissue with the "
                "name Kohort has)."
            )
        )
    return ReissuePreview(
        diploma_id=old.id,
        serial=old.serial,
        holder=holder,
        old_name=old.name_as_printed,
        new_name=new,
        plausible=plausible_correction(old.name_as_printed, new),
    )


def load_diploma(session: DbSession, diploma_id: int) -> Diploma:
    diploma = session.get(Diploma, diploma_id)
    if diploma is None:
        raise NotFoundError(
            _("There is no diploma with id {diploma_id}.").format(diploma_id=diploma_id)
        )
    return diploma


def _candidate(p: ParticipantInfo, serial: str | None, revoked: Revoked | None) -> Candidate:
    e = p.eligibility
    return Candidate(
        enrollment_id=p.enrollment_id,
        person_id=p.person.id,
        name=p.person.full_name,
        standing=None if e is None else e.standing,
        shortfalls=() if e is None else e.shortfalls,
        valid_serial=serial,
        revoked=None if serial else revoked,
    )


def _date(value: dt.date) -> str:
    return date_in(value, Language(language()))  # the interface language
