"""A gathering's invitation list as shown, exported for a mail merge, and printed as the
sign-in sheet people sign at the door.

The export (CSV or XLSX, :func:`app.services.exporting.write_table`) and the sign-in sheet
(:mod:`diplomas.signin_sheet`) are in the programme's document language: the language of
its latest cohort (Swedish when it has none), like every document Kohort hands out. The
sign-in sheet lists everyone who has not declined (invited, accepted, attended, absent),
sorted by surname, with blank rows for walk-ins.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date
from sqlalchemy import and_, select
from sqlalchemy.orm import Session as DbSession

from app.domain import GatheringKind, InviteeStatus, Language
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import _
from app.locales import LOCALES, time_in, unbroken
from app.models import Cohort, GatheringInvitee, Organization, Person
from app.services.alumni_selection import AlumnusCohort, cohort_entry, completed_cohorts
from app.services.exporting import Value, write_table
from app.services.gatherings import GatheringInfo, get_gathering, load_gathering
from app.text import sort_key
from diplomas.signin_sheet_model import MAX_BLANK_ROWS, SigninRow, SigninSheet


@dataclass(frozen=True)
class Invitee:
    person_id: int
    first_name: str
    last_name: str
    email: str | None
    organization_id: int | None
    organization: str | None
    archived: bool
    status: InviteeStatus
    added_by_hand: bool
    cohorts: tuple[AlumnusCohort, ...]  # the programme's cohorts they completed

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def listed_name(self) -> str:
        """'Surname, First name', as the surname-sorted list shows it."""
        return ", ".join(part for part in (self.last_name, self.first_name) if part)

    @property
    def cohort_names(self) -> str:
        return ", ".join(c.name for c in self.cohorts)


def invitees(session: DbSession, gathering_id: int) -> list[Invitee]:
    """The invitation list, sorted by surname (Swedish order), in two queries."""
    gathering = load_gathering(session, gathering_id)
    query = completed_cohorts(gathering.program_id)
    cohorts: dict[int, list[AlumnusCohort]] = {}
    for pid, cid, name, when in session.execute(
        query.join(
            GatheringInvitee,
            and_(
                GatheringInvitee.person_id == query.selected_columns[0],
                GatheringInvitee.gathering_id == gathering_id,
            ),
        )
    ):
        entry = cohort_entry(cid, name, when)
        if entry not in cohorts.setdefault(pid, []):
            cohorts[pid].append(entry)
    rows = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.organization_id,
            Organization.name,
            Person.archived_at.is_not(None),
            GatheringInvitee.status,
            GatheringInvitee.added_by_hand,
        )
        .join(GatheringInvitee, GatheringInvitee.person_id == Person.id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(GatheringInvitee.gathering_id == gathering_id)
    )
    found = [
        Invitee(
            pid,
            first,
            last,
            email,
            org_id,
            org,
            archived,
            InviteeStatus(status),
            by_hand,
            tuple(cohorts.get(pid, ())),
        )
        for pid, first, last, email, org_id, org, archived, status, by_hand in rows
    ]
    found.sort(key=lambda i: (sort_key(f"{i.last_name} {i.first_name}"), i.person_id))
    return found


@dataclass(frozen=True)
class GatheringWords:
    sheet: str
    columns: tuple[str, ...]  # last name, first name, e-mail, organization, cohorts, status
    statuses: dict[InviteeStatus, str]
    kinds: dict[GatheringKind, str]
    section: str  # the personal data record's section of a person's invitations
    by_hand: str  # "added by hand", there


WORDS = {
    Language.SWEDISH: GatheringWords(
        sheet="Inbjudna",
        columns=("Efternamn", "Förnamn", "E-post", "Organisation", "Omgång", "Status"),
        statuses={
            InviteeStatus.INVITED: "inbjuden",
            InviteeStatus.ACCEPTED: "tackat ja",
            InviteeStatus.DECLINED: "tackat nej",
            InviteeStatus.ATTENDED: "deltog",
            InviteeStatus.ABSENT: "frånvarande",
        },
        kinds={GatheringKind.REUNION: "Återträff", GatheringKind.LECTURE: "Öppen föreläsning"},
        section="Återträffar och föreläsningar",
        by_hand="tillagd för hand",
    ),
    Language.ENGLISH: GatheringWords(
        sheet="Invited",
        columns=("Last name", "First name", "E-mail", "Organization", "Cohort", "Status"),
        statuses={
            InviteeStatus.INVITED: "invited",
            InviteeStatus.ACCEPTED: "accepted",
            InviteeStatus.DECLINED: "declined",
            InviteeStatus.ATTENDED: "attended",
            InviteeStatus.ABSENT: "absent",
        },
        kinds={GatheringKind.REUNION: "Reunion", GatheringKind.LECTURE: "Open lecture"},
        section="Reunions and lectures",
        by_hand="added by hand",
    ),
    Language.FINNISH: GatheringWords(
        sheet="Kutsutut",
        columns=("Sukunimi", "Etunimi", "Sähköposti", "Organisaatio", "Ryhmä", "Tila"),
        statuses={
            InviteeStatus.INVITED: "kutsuttu",
            InviteeStatus.ACCEPTED: "tulossa",
            InviteeStatus.DECLINED: "ei tule",
            InviteeStatus.ATTENDED: "osallistui",
            InviteeStatus.ABSENT: "poissa",
        },
        kinds={
            GatheringKind.REUNION: "Jälkitapaaminen",
            GatheringKind.LECTURE: "Avoin luento",
        },
        section="Jälkitapaamiset ja luennot",
        by_hand="lisätty käsin",
    ),
}


def document_language(session: DbSession, program_id: int) -> Language:
    """The language of the programme's latest cohort; Swedish when it has none."""
    found = session.scalar(
        select(Cohort.language)
        .where(Cohort.program_id == program_id)
        .order_by(Cohort.start_date.is_(None), Cohort.start_date.desc(), Cohort.id.desc())
        .limit(1)
    )
    return Language(found) if found is not None else Language.SWEDISH


def export_rows(rows: list[Invitee], language: Language) -> list[list[Value]]:
    words = WORDS[language]
    return [
        [
            i.last_name,
            i.first_name,
            i.email,
            i.organization,
            i.cohort_names or None,
            words.statuses[i.status],
        ]
        for i in rows
    ]


def export_invitees(session: DbSession, gathering_id: int, path: Path) -> int:
    """Write the invitation list to ``path`` (.csv or .xlsx) for a mail merge, in the
    programme's document language; returns how many rows were written."""
    gathering = load_gathering(session, gathering_id)
    language = document_language(session, gathering.program_id)
    rows = invitees(session, gathering_id)
    words = WORDS[language]
    write_table(path, words.columns, export_rows(rows, language), sheet=words.sheet)
    return len(rows)


def gathering_signin_sheet(
    session: DbSession, gathering_id: int, *, blank_rows: int = 5
) -> SigninSheet:
    """The sign-in sheet of a gathering: everyone on the list who has not declined."""
    from app.services.signin import check_printable_text

    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise ValidationError(
            _(
                "A sign-in sheet has between 0 and {max_blank_rows} blank rows, not {blank_rows}."
            ).format(max_blank_rows=MAX_BLANK_ROWS, blank_rows=blank_rows)
        )
    info = get_gathering(session, gathering_id)
    language = document_language(session, info.program_id)
    expected = [i for i in invitees(session, gathering_id) if i.status != InviteeStatus.DECLINED]
    sheet = SigninSheet(
        programme=info.program_name,
        cohort=WORDS[language].kinds[info.kind],
        session_title=info.title,
        date_text=unbroken(format_date(info.date, format="full", locale=LOCALES[language])),
        time_text=_time_text(info, language),
        venue=info.venue or "",
        language=language,
        rows=tuple(
            SigninRow(name=i.listed_name, organization=i.organization or "") for i in expected
        ),
        blank_rows=blank_rows,
    )
    for row, invitee in zip(sheet.rows, expected, strict=True):
        whose = _("{name} (person {id})").format(name=invitee.full_name, id=invitee.person_id)
        check_printable_text((row.name, row.organization), whose)
    check_printable_text(
        (sheet.programme, sheet.session_title, sheet.venue), _("the reunion or lecture")
    )
    check_printable_text((sheet.session_title,), _("the reunion's title"), serif=True)
    return sheet


def write_gathering_signin_sheet(
    session: DbSession, gathering_id: int, path: Path, *, blank_rows: int = 5
) -> SigninSheet:
    """Write the gathering's sign-in sheet to ``path`` (a .pdf), whole or not at all."""
    from diplomas.signin_sheet import render_signin_sheet

    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("A sign-in sheet is written as a .pdf file, not “{name}”.").format(
                name=path.suffix or path.name
            )
        )
    sheet = gathering_signin_sheet(session, gathering_id, blank_rows=blank_rows)

    def write(partial: Path) -> None:
        with partial.open("wb") as out:
            render_signin_sheet(sheet, out)

    write_atomically(path, write, what=_("the sign-in sheet"))
    return sheet


def _time_text(info: GatheringInfo, language: Language) -> str:
    times = [t for t in (info.start_time, info.end_time) if t is not None]
    return "\N{EN DASH}".join(time_in(t, language) for t in times)
