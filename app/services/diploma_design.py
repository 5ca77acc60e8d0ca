"""What a cohort's diploma settings print: the design and each person's content, and the
preview of a design not saved yet.

The design comes from the cohort's settings (:mod:`app.services.diploma_settings`); the
content of one person's diploma from the cohort's facts in its language (dates, teaching
hours, sessions attended). Nothing here is stored; issuing freezes the result.
:func:`preview_pdf` renders an unsaved design by the very code that issues diplomas.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import NamedTuple

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, Language, Role
from app.errors import ValidationError
from app.i18n import _, explain
from app.locales import LOCALES, date_range_in, unbroken
from app.models import Cohort, Session
from app.services.cohorts import load_cohort
from app.services.diploma_settings import DesignSettings, design_of, load_settings
from app.services.enrollments import ParticipantInfo, list_participants, load_enrollment
from app.text import clean
from diplomas.diploma import diploma_pdf
from diplomas.diploma_model import (
    WORDS,
    DiplomaContent,
    DiplomaDesign,
    check_content,
    empty_placeholders,
)

SAMPLE_NAME = "Åsa Öberg-Jäätteenmäki"

PREVIEW_CODE = "····-····"  # no real code has dots


def cohort_design(
    session: DbSession, cohort_id: int, *, today: dt.date | None = None
) -> DiplomaDesign:
    """How the cohort's diplomas look now (cohort settings, else the programme's, else defaults).

    The issue date is the cohort's diploma issue date, else ``today``.
    """
    settings = load_settings(session, cohort_id)
    if not settings.signatories:
        raise ValidationError(
            _("Add at least one signatory to the cohort or its programme before issuing diplomas.")
        )
    return design_of(settings, today=today or dt.date.today())


def diploma_content(
    session: DbSession,
    enrollment_id: int,
    *,
    today: dt.date,
    serial: str = "",
    verification_code: str = "",
) -> DiplomaContent:
    """What one person's diploma says (a preview has no serial or code)."""
    enrollment = load_enrollment(session, enrollment_id)
    cohort = enrollment.cohort
    participants = {p.enrollment_id: p for p in list_participants(session, cohort.id, today=today)}
    return content_for(
        cohort,
        participants[enrollment_id],
        hours_text(session, cohort, today),
        serial=serial,
        verification_code=verification_code,
    )


def issue_date_of(cohort: Cohort, today: dt.date | None) -> dt.date:
    return cohort.diploma_issue_date or today or dt.date.today()


def content_for(
    cohort: Cohort,
    participant: ParticipantInfo,
    hours_text: str,
    *,
    serial: str,
    verification_code: str,
    language: Language | None = None,
) -> DiplomaContent:
    """One person's content, in the cohort's language (or ``language``, for a preview)."""
    language = language or cohort.language
    eligibility = participant.eligibility
    sessions_text = (
        WORDS[language].sessions.format(attended=eligibility.attended, held=eligibility.held)
        if eligibility is not None and eligibility.held
        else ""
    )
    return DiplomaContent(
        name=clean(participant.person.printed_name),
        programme=cohort.program.name,
        cohort=cohort.name,
        dates_text=_dates_text(cohort, language),
        hours_text=hours_text,
        organization=participant.person.organization or "",
        sessions_text=sessions_text,
        serial=serial,
        verification_code=verification_code,
    )


def _dates_text(cohort: Cohort, language: Language) -> str:
    return _dates(cohort.start_date, cohort.end_date, language)


@functools.lru_cache(maxsize=64)
def _dates(start: dt.date | None, end: dt.date | None, language: Language) -> str:
    """Formatted once per cohort, not once per diploma (Babel takes a while)."""
    return date_range_in(start, end, language)


def hours_text(
    session: DbSession, cohort: Cohort, today: dt.date, language: Language | None = None
) -> str:
    """The teaching time of the held sessions: "42 timmar", "12,5 timmar"; empty if none."""
    minutes = sum(
        m or 0
        for m in session.scalars(
            select(Session.minutes).where(
                Session.cohort_id == cohort.id,
                Session.cancelled.is_(False),
                Session.date <= today,
            )
        )
    )
    if not minutes:
        return ""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.1"))
    language = language or cohort.language
    number = format_decimal(hours, format="#,##0.#", locale=LOCALES[language])
    one, many = WORDS[language].hours
    return unbroken((one if hours == 1 else many).format(n=number))  # never "42 ⏎ timmar"


class PreviewPerson(NamedTuple):
    enrollment_id: int | None  # None: the sample name of an empty cohort
    contents: dict[Language, DiplomaContent]  # the facts in each document language

    @property
    def content(self) -> DiplomaContent:
        """In the cohort's language (the first one given)."""
        return next(iter(self.contents.values()))


def preview_contents(session: DbSession, cohort_id: int, *, today: dt.date) -> list[PreviewPerson]:
    """Whom the design can be previewed for: the cohort's enrolled (or completed)
    participants, the longest printed name first (the hardest case), or a sample name when
    the cohort has nobody yet. Each in every document language, as the editor may switch."""
    cohort = load_cohort(session, cohort_id)
    languages = [cohort.language, *(lang for lang in Language if lang != cohort.language)]
    hours = {lang: hours_text(session, cohort, today, lang) for lang in languages}
    # Stand-ins where the serial and code will print (and the QR code, if any), so their
    # place can be judged; dots, so a printed preview can never pass for a diploma.
    year = (cohort.diploma_issue_date or today).year
    serial, code = f"{cohort.program.code}-{year}-···", PREVIEW_CODE
    people = [
        PreviewPerson(
            p.enrollment_id,
            {
                lang: content_for(
                    cohort, p, hours[lang], serial=serial, verification_code=code, language=lang
                )
                for lang in languages
            },
        )
        for p in list_participants(session, cohort_id, today=today)
        if p.role == Role.PARTICIPANT
        and p.status in (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)
    ]
    people.sort(key=lambda p: -len(p.content.name))
    sample = {
        lang: DiplomaContent(
            name=SAMPLE_NAME,
            programme=cohort.program.name,
            cohort=cohort.name,
            dates_text=_dates_text(cohort, lang),
            hours_text=hours[lang],
            serial=serial,
            verification_code=code,
        )
        for lang in languages
    }
    return people or [PreviewPerson(None, sample)]


def preview_pdf(settings: DesignSettings, content: DiplomaContent, *, today: dt.date) -> bytes:
    """One page as ``settings`` would print it for ``content``, by the issuing code.

    A preview's serial number and code are dotted stand-ins (:func:`preview_contents`): the
    real ones exist only once issued. Raises ``ValidationError`` with the reason when the
    design cannot be printed.
    """
    design = design_of(settings, today=today)
    try:
        check_content(design, content)
    except ValueError as exc:
        raise ValidationError(explain(exc)) from exc
    return diploma_pdf(design, content)


def refuse_gaps(wording: str, content: DiplomaContent) -> None:
    """Refuse a diploma whose wording would print a gap ("omfattande  timmar"): a placeholder
    that is empty for this cohort and cannot be left out with its clause. Checked before a
    diploma is issued or a preview written, so no such paper exists."""
    empty = empty_placeholders(wording, content)
    if empty:
        raise ValidationError(
            _(
                "The wording would print a gap where {names} stands: it is empty for this "
                "cohort. Set the cohort's dates or the sessions' hours, or reword it (a "
                "placeholder after a comma is left out when empty); nothing was issued or "
                "written."
            ).format(names=", ".join("{" + e + "}" for e in empty))
        )
