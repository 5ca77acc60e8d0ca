"""A programme's reunions (återträffar) and open lectures, and their invitation lists.

**Who is an alumnus.** Everyone who *completed* a cohort of the programme as a participant:
an enrollment whose status is *completed*, or that holds an issued diploma that is not
revoked, or that is still *enrolled* in a cohort marked *completed*. Each is proof on its
own: some coordinators set the status, many issue the diplomas at the closing ceremony and
never touch the statuses, and many only mark the cohort completed, so that everyone who
stayed to the end belongs to the network (reunions welcome "gamla som nya deltagare"; the
diploma's own rule is stricter and stays with the diploma). A withdrawn participant, an
applicant, a mentor or a facilitator is not an alumnus (add them by hand). Erased people
are never on the candidate list (nothing is left to contact them by); archived people only
when ``active_only`` is off. The *cohort year* is the year the cohort ended (its start year
when it has no end date), the year alumni say they "went" the programme.

**Statuses.** invited → accepted or declined (a person may change their answer, accepted ↔
declined); on the day, any of the three → attended or absent (someone who declined may turn
up after all; a mistake between the two is corrected either way). Attendance is not recorded
before the gathering's date, nor can the date move past today once someone is marked. Any change
is undone with :func:`restore_status`, which puts back the earlier status as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import GatheringKind, InviteeStatus
from app.errors import NotFoundError, ValidationError
from app.i18n import N_, _, ngettext
from app.models import (
    Gathering,
    GatheringInvitee,
    Organization,
    Person,
    Program,
    utcnow,
)
from app.services._fields import pick
from app.services.alumni_selection import Alumnus as Alumnus
from app.services.alumni_selection import alumni_candidates as alumni_candidates
from app.services.alumni_selection import load_program
from app.text import clean, clean_optional

# The statuses a status may change to (restore_status puts back any earlier one).
TRANSITIONS: dict[InviteeStatus, frozenset[InviteeStatus]] = {
    InviteeStatus.INVITED: frozenset(
        {
            InviteeStatus.ACCEPTED,
            InviteeStatus.DECLINED,
            InviteeStatus.ATTENDED,
            InviteeStatus.ABSENT,
        }
    ),
    InviteeStatus.ACCEPTED: frozenset(
        {InviteeStatus.DECLINED, InviteeStatus.ATTENDED, InviteeStatus.ABSENT}
    ),
    InviteeStatus.DECLINED: frozenset(
        {InviteeStatus.ACCEPTED, InviteeStatus.ATTENDED, InviteeStatus.ABSENT}
    ),
    InviteeStatus.ATTENDED: frozenset({InviteeStatus.ABSENT}),
    InviteeStatus.ABSENT: frozenset({InviteeStatus.ATTENDED}),
}
ON_THE_DAY = frozenset({InviteeStatus.ATTENDED, InviteeStatus.ABSENT})


@dataclass(frozen=True)
class GatheringFields:
    """What a coordinator edits about a gathering."""

    title: str
    date: dt.date
    kind: GatheringKind = GatheringKind.REUNION
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class GatheringInfo:
    id: int
    program_id: int
    program_name: str
    kind: GatheringKind
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str | None
    notes: str | None
    # How many of the list have each status (every status present, 0 when none).
    counts: dict[InviteeStatus, int]

    @property
    def invited(self) -> int:
        """Everyone on the list, whatever their status."""
        return sum(self.counts.values())


def fields_of(info: GatheringInfo) -> GatheringFields:
    return pick(GatheringFields, info)


def list_gatherings(session: DbSession, program_id: int) -> list[GatheringInfo]:
    """The programme's gatherings, the latest first, with their list's counts."""
    load_program(session, program_id)
    rows = session.scalars(
        select(Gathering)
        .where(Gathering.program_id == program_id)
        .order_by(Gathering.date.desc(), Gathering.id.desc())
    ).all()
    return _infos(session, rows)


def get_gathering(session: DbSession, gathering_id: int) -> GatheringInfo:
    return _infos(session, [load_gathering(session, gathering_id)])[0]


def load_gathering(session: DbSession, gathering_id: int) -> Gathering:
    row = session.get(Gathering, gathering_id)
    if row is None:
        raise NotFoundError(
            _("There is no reunion or lecture with id {gathering_id}.").format(
                gathering_id=gathering_id
            )
        )
    return row


def create_gathering(session: DbSession, program_id: int, fields: GatheringFields) -> GatheringInfo:
    load_program(session, program_id)
    row = Gathering(program_id=program_id)
    _apply(row, fields)
    session.add(row)
    session.flush()
    return get_gathering(session, row.id)


def update_gathering(
    session: DbSession,
    gathering_id: int,
    fields: GatheringFields,
    *,
    today: dt.date | None = None,
) -> GatheringInfo:
    """Change a gathering; its date cannot move past today while anyone on its list is
    marked attended or absent (attendance is recorded on the day)."""
    row = load_gathering(session, gathering_id)
    if isinstance(fields.date, dt.date) and fields.date > (today or dt.date.today()):
        marked = session.scalar(
            select(func.count()).where(
                GatheringInvitee.gathering_id == gathering_id,
                GatheringInvitee.status.in_(ON_THE_DAY),
            )
        )
        if marked:
            raise ValidationError(
                ngettext(
                    "{n} person on the list is marked attended or absent, so “{title}” "
                    "cannot move to {date}, after today. Nothing was changed.",
                    "{n} people on the list are marked attended or absent, so “{title}” "
                    "cannot move to {date}, after today. Nothing was changed.",
                    marked,
                ).format(n=marked, title=row.title, date=fields.date.isoformat())
            )
    _apply(row, fields)
    session.flush()
    return get_gathering(session, gathering_id)


def delete_gathering(session: DbSession, gathering_id: int) -> None:
    """Delete a gathering and its invitation list (the window asks first)."""
    row = load_gathering(session, gathering_id)
    session.delete(row)
    session.flush()


def _apply(row: Gathering, fields: GatheringFields) -> None:
    title = clean(fields.title)
    if not title:
        raise ValidationError(_("A reunion or lecture needs a title."))
    if len(title) > 200:
        raise ValidationError(_("A title has at most 200 characters."))
    if not isinstance(fields.date, dt.date):
        raise ValidationError(_("A reunion or lecture needs a date."))
    if fields.start_time and fields.end_time and fields.end_time <= fields.start_time:
        raise ValidationError(_("A reunion or lecture must end after it starts."))
    if fields.end_time is not None and fields.start_time is None:
        raise ValidationError(_("Give the start time too, or leave out the end time."))
    row.title = title
    row.kind = fields.kind
    row.date = fields.date
    row.start_time = fields.start_time
    row.end_time = fields.end_time
    row.venue = clean_optional(fields.venue)
    row.notes = clean_optional(fields.notes)


def _infos(session: DbSession, rows: Iterable[Gathering]) -> list[GatheringInfo]:
    rows = list(rows)
    counts: dict[int, dict[InviteeStatus, int]] = {
        row.id: dict.fromkeys(InviteeStatus, 0) for row in rows
    }
    if rows:
        query = (
            select(GatheringInvitee.gathering_id, GatheringInvitee.status, func.count())
            .where(GatheringInvitee.gathering_id.in_(counts))
            .group_by(GatheringInvitee.gathering_id, GatheringInvitee.status)
        )
        for gathering_id, status, n in session.execute(query):
            counts[gathering_id][InviteeStatus(status)] = n
    names = dict(session.execute(select(Program.id, Program.name)).all()) if rows else {}
    return [
        GatheringInfo(
            id=row.id,
            program_id=row.program_id,
            program_name=names.get(row.program_id, ""),
            kind=row.kind,
            title=row.title,
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            venue=row.venue,
            notes=row.notes,
            counts=counts[row.id],
        )
        for row in rows
    ]


# --- the invitation list ---------------------------------------------------------------


def invite(session: DbSession, gathering_id: int, person_ids: Iterable[int]) -> int:
    """Put these people on the list as *invited*; those already there keep their status.
    Returns how many were added. Idempotent: inviting the same people again adds none."""
    load_gathering(session, gathering_id)
    wanted = list(dict.fromkeys(person_ids))
    _check_people(session, wanted)
    there = set(
        session.scalars(
            select(GatheringInvitee.person_id).where(GatheringInvitee.gathering_id == gathering_id)
        )
    )
    added = [pid for pid in wanted if pid not in there]
    session.add_all(GatheringInvitee(gathering_id=gathering_id, person_id=p) for p in added)
    session.flush()
    return len(added)


def invite_alumni(
    session: DbSession,
    gathering_id: int,
    *,
    years: Collection[int] | None = None,
    organization_ids: Collection[int] | None = None,
    active_only: bool = True,
) -> int:
    """Invite the programme's alumni the filters select; returns how many were added."""
    gathering = load_gathering(session, gathering_id)
    alumni = alumni_candidates(
        session,
        gathering.program_id,
        years=years,
        organization_ids=organization_ids,
        active_only=active_only,
    )
    return invite(session, gathering_id, [a.person_id for a in alumni])


def find_organizations(session: DbSession, wanted: Iterable[str]) -> list[int]:
    """The ids of these organizations, each given by its name (any case) or its id; all or
    nothing: an unknown one raises NotFoundError naming it."""
    known: dict[int, str] = dict(session.execute(select(Organization.id, Organization.name)).all())
    by_name = {clean(name).casefold(): oid for oid, name in known.items()}
    found: list[int] = []
    for text in wanted:
        given = clean(text)
        oid = by_name.get(given.casefold())
        if oid is None and given.isdigit() and int(given) in known:
            oid = int(given)
        if oid is None:
            raise NotFoundError(
                _(
                    "There is no organization “{name}”; give its name as `kohort alumni "
                    "--program ID` lists it. Nobody was invited."
                ).format(name=given)
            )
        found.append(oid)
    return list(dict.fromkeys(found))


def add_by_hand(session: DbSession, gathering_id: int, person_id: int) -> None:
    """Add one person who need not be an alumnus (a new participant, a speaker)."""
    load_gathering(session, gathering_id)
    _check_people(session, [person_id])
    if _invitee(session, gathering_id, person_id) is not None:
        raise ValidationError(
            _("{name} is on the list already.").format(name=_name(session, person_id))
        )
    session.add(
        GatheringInvitee(gathering_id=gathering_id, person_id=person_id, added_by_hand=True)
    )
    session.flush()


def remove_invitee(session: DbSession, gathering_id: int, person_id: int) -> None:
    row = _load_invitee(session, gathering_id, person_id)
    session.delete(row)
    session.flush()


def set_status(
    session: DbSession,
    gathering_id: int,
    person_id: int,
    status: InviteeStatus,
    *,
    today: dt.date | None = None,
) -> InviteeStatus:
    """Change one invitee's status if the change is allowed (see the module docstring);
    returns the status before, for :func:`restore_status`."""
    gathering = load_gathering(session, gathering_id)
    row = _load_invitee(session, gathering_id, person_id)
    before = row.status
    if status == before:
        return before
    if status not in TRANSITIONS[before]:
        raise ValidationError(
            _("{name} is “{before}”; that cannot change to “{after}”.").format(
                name=_name(session, person_id),
                before=status_text(before),
                after=status_text(status),
            )
        )
    today = today or dt.date.today()
    if status in ON_THE_DAY and gathering.date > today:
        raise ValidationError(
            _("Attendance is recorded on the day: “{title}” is on {date}.").format(
                title=gathering.title, date=gathering.date.isoformat()
            )
        )
    row.status = status
    row.status_changed_at = utcnow()
    session.flush()
    return before


def restore_status(
    session: DbSession, gathering_id: int, person_id: int, status: InviteeStatus
) -> None:
    """Put back an earlier status (undo), whatever the transitions allow."""
    row = _load_invitee(session, gathering_id, person_id)
    if row.status != status:
        row.status = status
        row.status_changed_at = utcnow()
        session.flush()


# The interface's words for the statuses and kinds (exports and sheets use the document
# language's: app.services.gathering_output).
STATUS_WORDS: dict[InviteeStatus, str] = {
    InviteeStatus.INVITED: N_("invited"),
    InviteeStatus.ACCEPTED: N_("accepted"),
    InviteeStatus.DECLINED: N_("declined"),
    InviteeStatus.ATTENDED: N_("attended"),
    InviteeStatus.ABSENT: N_("absent"),
}
KIND_WORDS: dict[GatheringKind, str] = {
    GatheringKind.REUNION: N_("reunion"),
    GatheringKind.LECTURE: N_("open lecture"),
}


def status_text(status: InviteeStatus) -> str:
    """ "accepted" in the interface language."""
    return _(STATUS_WORDS[status])


def kind_text(kind: GatheringKind) -> str:
    return _(KIND_WORDS[kind])


def _invitee(session: DbSession, gathering_id: int, person_id: int) -> GatheringInvitee | None:
    return session.scalar(
        select(GatheringInvitee).where(
            GatheringInvitee.gathering_id == gathering_id, GatheringInvitee.person_id == person_id
        )
    )


def _load_invitee(session: DbSession, gathering_id: int, person_id: int) -> GatheringInvitee:
    row = _invitee(session, gathering_id, person_id)
    if row is None:
        load_gathering(session, gathering_id)
        raise NotFoundError(
            _("Person {person_id} is not on this list.").format(person_id=person_id)
        )
    return row


def person_name(session: DbSession, person_id: int) -> str:
    """'First Last' of a person on a list (for a confirmation)."""
    return _name(session, person_id)


def _name(session: DbSession, person_id: int) -> str:
    first, last = session.execute(
        select(Person.first_name, Person.last_name).where(Person.id == person_id)
    ).one()
    return f"{first} {last}".strip()


def _check_people(session: DbSession, person_ids: list[int]) -> None:
    """All or nothing: every id is a person who is not erased."""
    known: dict[int, bool] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        known.update(
            session.execute(
                select(Person.id, Person.erased_at.is_not(None)).where(Person.id.in_(chunk))
            ).all()
        )
    missing = [pid for pid in person_ids if pid not in known]
    if missing:
        raise NotFoundError(
            ngettext(
                "There is no person with id {ids}; nobody was invited.",
                "There are no people with ids {ids}; nobody was invited.",
                len(missing),
            ).format(ids=", ".join(map(str, missing)))
        )
    erased = [pid for pid in person_ids if known[pid]]
    if erased:
        raise ValidationError(
            _("Person {ids} was erased and cannot be invited; nobody was invited.").format(
                ids=", ".join(map(str, erased))
            )
        )
