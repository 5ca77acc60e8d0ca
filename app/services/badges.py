"""Name badges and table cards for a cohort: who gets one, and what it says.

Who: the cohort's people whose enrollment is *enrolled*, *admitted* or *completed* — the
same people as on the sign-in sheet — sorted as the sign-in sheet sorts them (surname, then
first name, Swedish order). Mentors and facilitators are included unless asked not to;
guests only when asked. With a session, "today" is that session's day, as for its sign-in
sheet, and people marked *excused* for that session (the mark a coordinator sets when
someone sends word in advance that they cannot come) get no badge. Kohort knows nothing
else about who will come: everyone else of the cohort is expected.

What: the first name large, the name as printed on the diploma, the organization, and on
request the job title (or, for mentors, facilitators and guests, that role) and the mentor
group (a mentor's badge then says "Mentor", not the mentor's own name as a group). The
words printed are the cohort's document language's (:mod:`diplomas.badges_model`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.domain import AttendanceStatus, Role
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import _, explain
from app.progress import Cancelled, Progress
from app.services.cohorts import get_cohort
from app.services.enrollments import ParticipantInfo, attendance_statuses, list_participants
from app.services.sessions import get_session
from app.services.signin import EXPECTED_STATUSES
from diplomas import fonts
from diplomas.badges_model import (
    DEFAULT_SHEET,
    MAX_OFFSET_MM,
    SHEETS,
    WORDS,
    Badge,
    BadgeDocument,
    LabelSheet,
    TentSize,
)
from diplomas.problems import DocumentError


@dataclass(frozen=True)
class BadgeOptions:
    """What the coordinator chose; the defaults are the CLI's."""

    session_id: int | None = None  # this session's: not those marked excused for it
    sheet: str = DEFAULT_SHEET
    tents: TentSize | None = None  # table cards instead of label sheets
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    mentors: bool = True  # mentors and facilitators
    guests: bool = False
    roles: bool = True  # the job title, or the role of a mentor, facilitator or guest
    groups: bool = False  # the mentor group


@dataclass(frozen=True)
class BadgesWritten:
    path: Path
    people: int
    pages: int
    sheet: str  # "L4785", or "a4"/"a5" for table cards


def sheet_choices() -> list[LabelSheet]:
    """The label sheets to choose from, the default first."""
    return sorted(SHEETS.values(), key=lambda s: (s.name != DEFAULT_SHEET, s.name))


def badge_document(session: DbSession, cohort_id: int, options: BadgeOptions) -> BadgeDocument:
    """The cohort's badges, ready to render (see the module docstring for who and what)."""
    sheet = _sheet(options.sheet)
    for value in (options.offset_x_mm, options.offset_y_mm):
        if not -MAX_OFFSET_MM <= value <= MAX_OFFSET_MM:
            raise ValidationError(
                _("The printer offset is between −{most} and {most} mm, not {value}.").format(
                    most=f"{MAX_OFFSET_MM:g}", value=f"{value:g}"
                )
            )
    cohort = get_cohort(session, cohort_id)
    today = None
    excused: set[int] = set()  # enrollment ids
    statuses: dict[tuple[int, int], AttendanceStatus] | None = None
    if options.session_id is not None:
        meeting = get_session(session, options.session_id)
        if meeting.cohort_id != cohort.id:
            raise ValidationError(
                _("Session {session} is not one of cohort {cohort}'s sessions.").format(
                    session=meeting.id, cohort=cohort.id
                )
            )
        today = meeting.date
        statuses = attendance_statuses(session, cohort.id)
        excused = {
            enrollment
            for (enrollment, session_id), status in statuses.items()
            if session_id == meeting.id and status == AttendanceStatus.EXCUSED
        }
    people = [
        p
        for p in list_participants(
            session, cohort.id, today=today or dt.date.today(), statuses=statuses
        )
        if p.status in EXPECTED_STATUSES
        and _included(p.role, options)
        and p.enrollment_id not in excused
    ]
    people.sort(key=lambda p: p.sort_key)  # the sign-in sheet's order
    if not people:
        raise ValidationError(
            _(
                "No one in “{cohort}” gets a name badge: it has no enrolled or admitted people. "
                "Enroll people, or include mentors and guests."
            ).format(cohort=cohort.name)
            if options.session_id is None
            else _(
                "No one in “{cohort}” is expected at that session, so no one gets a name badge. "
                "Include mentors and guests, or choose the whole cohort."
            ).format(cohort=cohort.name)
        )
    words = WORDS[cohort.language]
    role_words = {
        Role.MENTOR: words.mentor,
        Role.FACILITATOR: words.facilitator,
        Role.GUEST: words.guest,
    }
    badges = []
    for p in people:
        person = p.person
        role = ""
        if options.roles:
            role = role_words.get(p.role, "") or (person.job_title or "")
        group = ""
        if options.groups and p.role == Role.MENTOR:
            # "Mentorsgrupp: <their own name>" read as a mistake: the role says whose
            # group it is (the mentees' badges name the mentor), even without roles
            role = words.mentor
        elif options.groups and p.mentor_name:
            group = words.group.format(name=p.mentor_name)
        full = person.printed_name
        badges.append(
            Badge(
                first_name=person.first_name or full,
                full_name="" if full == person.first_name else full,
                organization=person.organization or "",
                role=role,
                group=group,
            )
        )
        _refuse_missing(badges[-1], p)
    event = " · ".join(t for t in (cohort.program_name, cohort.name) if t.strip())
    return BadgeDocument(
        event=event,
        badges=tuple(badges),
        language=cohort.language,
        sheet=sheet,
        tents=options.tents,
        offset_x_mm=options.offset_x_mm,
        offset_y_mm=options.offset_y_mm,
    )


def write_badges(
    session: DbSession,
    cohort_id: int,
    path: Path,
    options: BadgeOptions,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BadgesWritten:
    """Write the badges to ``path`` (a .pdf): whole or not at all, and an existing file only
    with ``overwrite`` (the window's save dialog has asked; the command line needs
    ``--overwrite``)."""
    from diplomas.badges import render_badges

    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("Name badges are written as a .pdf file, not “{name}”.").format(
                name=path.suffix or path.name
            )
        )
    if path.exists() and not overwrite:
        raise ValidationError(
            _(
                "{target} exists already; nothing was written. Choose another name, "
                "or add --overwrite to replace it."
            ).format(target=path)
        )
    document = badge_document(session, cohort_id, options)
    pages = 0

    def write(partial: Path) -> None:
        nonlocal pages
        with partial.open("wb") as out:
            try:
                pages = render_badges(document, out, progress=progress, cancelled=cancelled)
            except DocumentError as exc:  # checked above: a safety net, said in words
                raise ValidationError(explain(exc)) from exc

    write_atomically(path, write, what=_("the name badges"))
    sheet = options.tents.value if options.tents else document.sheet.name
    return BadgesWritten(path, len(document.badges), pages, sheet)


def _sheet(name: str) -> LabelSheet:
    for key, sheet in SHEETS.items():
        if key.casefold() == name.strip().casefold():
            return sheet
    raise ValidationError(
        _("There is no label sheet “{name}”; choose one of {choices}.").format(
            name=name, choices=", ".join(SHEETS)
        )
    )


def _included(role: Role, options: BadgeOptions) -> bool:
    if role in (Role.MENTOR, Role.FACILITATOR):
        return options.mentors
    if role == Role.GUEST:
        return options.guests
    return True


def _refuse_missing(badge: Badge, participant: ParticipantInfo) -> None:
    """Refuse, with who and what to fix, a text the bundled fonts would draw as boxes."""
    checks = [(badge.first_name, fonts.SANS_BOLD), (badge.group, fonts.SANS_BOLD)]
    checks += [(badge.full_name, fonts.SANS), (badge.organization, fonts.SANS)]
    checks += [(badge.role, fonts.SANS_ITALIC)]
    for text, font in checks:
        missing = fonts.missing_glyphs(text, font)
        if missing:
            shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
            raise ValidationError(
                _(
                    "The name badges cannot print {shown} in “{text}” for {name} (person {id}); "
                    "change the spelling and try again."
                ).format(
                    shown=shown,
                    text=text,
                    name=participant.person.full_name,
                    id=participant.person.id,
                )
            )
