"""Sign-in sheets: the paper list people sign at the door of a session.

Who is on it: the session's participants, mentors and facilitators whose enrollment is
*enrolled*, *admitted* (accepted, expected to come) or *completed* (a former participant back
for a reunion session). Applicants, waitlisted and withdrawn people are left off, and so are
guests: a guest is a walk-in of one session (added at its roll call), not expected at the
next; a walk-in writes their name on one of the blank rows.

Rows are sorted by surname, then first name, in Swedish order (å, ä, ö after z) and show
"Surname, First name", so people find themselves at a glance. Dates and times are written in
the cohort's document language with Babel.

ReportLab is imported only when a sheet is made (see ``diplomas.fonts``), so importing this
module at start-up costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, Language, Role
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import _
from app.locales import LOCALES, range_text, time_in, unbroken
from app.services.cohorts import get_cohort
from app.services.enrollments import ParticipantInfo, list_participants
from app.services.sessions import SessionInfo, get_session
from diplomas import fonts
from diplomas.signin_sheet_model import LABELS, MAX_BLANK_ROWS, SigninRow, SigninSheet

EXPECTED_STATUSES = frozenset(
    {EnrollmentStatus.ENROLLED, EnrollmentStatus.ADMITTED, EnrollmentStatus.COMPLETED}
)


def signin_sheet(session: DbSession, session_id: int, *, blank_rows: int = 5) -> SigninSheet:
    """The sign-in sheet of a session, ready to render (see the module docstring for who)."""
    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise ValidationError(
            _(
                "A sign-in sheet has between 0 and {max_blank_rows} blank rows, not {blank_rows}."
            ).format(max_blank_rows=MAX_BLANK_ROWS, blank_rows=blank_rows)
        )
    meeting = get_session(session, session_id)
    cohort = get_cohort(session, meeting.cohort_id)
    expected = [
        p
        for p in list_participants(session, cohort.id, today=meeting.date)
        if p.status in EXPECTED_STATUSES and p.role != Role.GUEST
    ]
    expected.sort(key=lambda p: p.sort_key)  # the sheet's order, whatever the list's
    sheet = SigninSheet(
        programme=cohort.program_name,
        cohort=cohort.name,
        session_title=meeting.title,
        date_text=date_text(meeting, cohort.language),
        time_text=time_text(meeting, cohort.language),
        venue=meeting.venue or meeting.online_url or "",
        language=cohort.language,
        rows=tuple(
            SigninRow(name=listed_name(p), organization=p.person.organization or "", role=p.role)
            for p in expected
        ),
        blank_rows=blank_rows,
    )
    _check_printable(sheet, expected)
    return sheet


def write_signin_sheet(
    session: DbSession, session_id: int, path: Path, *, blank_rows: int = 5
) -> SigninSheet:
    """Write the session's sign-in sheet to ``path`` (a .pdf), replacing it only when done.

    The PDF is written to a temporary file beside ``path`` and moved into place, so a failure
    leaves no partial file and an existing file untouched. Returns what was printed.
    """
    from diplomas.signin_sheet import render_signin_sheet

    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("A sign-in sheet is written as a .pdf file, not “{name}”.").format(
                name=path.suffix or path.name
            )
        )
    sheet = signin_sheet(session, session_id, blank_rows=blank_rows)

    def write(partial: Path) -> None:
        with partial.open("wb") as out:
            render_signin_sheet(sheet, out)

    write_atomically(path, write, what=_("the sign-in sheet"))
    return sheet


def listed_name(participant: ParticipantInfo) -> str:
    """'Surname, First name', as the surname-sorted list shows it."""
    person = participant.person
    return ", ".join(part for part in (person.last_name, person.first_name) if part)


def date_text(meeting: SessionInfo, language: Language) -> str:
    """'torsdag 6 november 2025'; a residential session 'torsdag 4 december – fredag 5 …'."""
    locale = LOCALES[language]
    last = meeting.last_date
    if last == meeting.date:
        return unbroken(format_date(meeting.date, format="full", locale=locale))
    day_month = LABELS[language].day_month
    with_year = f"{day_month} y"
    first_pattern = day_month if last.year == meeting.date.year else with_year
    first = format_date(meeting.date, format=first_pattern, locale=locale)
    return range_text(unbroken(first), unbroken(format_date(last, format=with_year, locale=locale)))


def time_text(meeting: SessionInfo, language: Language) -> str:
    """'9.00–16.00' (Swedish and Finnish, as Språkrådet writes times; English '09:00–16:00'),
    the start time alone, or nothing."""
    times = [t for t in (meeting.start_time, meeting.end_time) if t is not None]
    return "\N{EN DASH}".join(time_in(t, language) for t in times)


def _check_printable(sheet: SigninSheet, expected: list[ParticipantInfo]) -> None:
    """Refuse, with who and what to fix, text the bundled fonts would draw as boxes."""
    for row, participant in zip(sheet.rows, expected, strict=True):
        whose = _("{name} (person {id})").format(
            name=participant.person.full_name, id=participant.person.id
        )
        check_printable_text((row.name, row.organization), whose)
    check_printable_text(
        (sheet.programme, sheet.cohort, sheet.session_title, sheet.venue),
        _("the session or its cohort"),
    )
    check_printable_text((sheet.session_title,), _("the session's title"), serif=True)


def check_printable_text(texts: tuple[str, ...], whose: str, *, serif: bool = False) -> None:
    """Refuse, naming ``whose`` text it is, any of ``texts`` the sheet's font (the bold serif
    of the title with ``serif``) would draw as boxes. Also for a reunion's sheet
    (:mod:`app.services.gathering_output`)."""
    for text in texts:
        missing = (
            fonts.missing_glyphs(text, fonts.SERIF_BOLD) if serif else fonts.missing_glyphs(text)
        )
        if missing:
            _refuse(missing, text, whose)


def _refuse(missing: tuple[str, ...], text: str, whose: str) -> None:
    shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
    raise ValidationError(
        _(
            "The sign-in sheet cannot print {shown} in “{text}” for {whose}; "
            "change the spelling and try again."
        ).format(shown=shown, text=text, whose=whose)
    )
