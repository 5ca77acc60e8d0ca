"""The diploma a cohort would issue today: its design (template, wording, place and date,
signatories, logo) from the cohort, else the programme, else the language's defaults, and
the content of one person's diploma. Nothing here is stored; issuing freezes the result."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.models import (
    Cohort,
    Language,
    Session,
    Signatory,
    StoredImage,
)
from app.services.cohorts import load_cohort
from app.services.enrollments import ParticipantInfo, list_participants, load_enrollment
from app.text import clean
from diplomas.diploma import (
    DEFAULT_TITLES,
    DEFAULT_WORDINGS,
    MAX_SIGNATORIES,
    DiplomaContent,
    DiplomaDesign,
    check_design,
)
from diplomas.diploma import Signatory as SignatoryDesign

LOCALES = {Language.SWEDISH: "sv_SE", Language.ENGLISH: "en_GB", Language.FINNISH: "fi_FI"}

# Words the wording's {hours} and {sessions} print, in the document's language.
_HOURS = {
    Language.SWEDISH: ("{n} timme", "{n} timmar"),
    Language.ENGLISH: ("{n} hour", "{n} hours"),
    Language.FINNISH: ("{n} tunti", "{n} tuntia"),
}
_SESSIONS = {
    Language.SWEDISH: "{attended} av {held} träffar",
    Language.ENGLISH: "{attended} of {held} sessions",
    Language.FINNISH: "{attended}/{held} tapaamista",
}


def cohort_design(
    session: DbSession, cohort_id: int, *, today: dt.date | None = None
) -> DiplomaDesign:
    """How the cohort's diplomas look now (cohort settings, else the programme's, else defaults).

    The issue date is the cohort's diploma issue date, else ``today``.
    """
    cohort = load_cohort(session, cohort_id)
    program = cohort.program
    language = cohort.language
    logo_id = cohort.logo_image_id or program.logo_image_id
    design = DiplomaDesign(
        template=cohort.diploma_template or program.diploma_template or "classic",
        orientation="landscape",
        title=cohort.diploma_title or program.diploma_title or DEFAULT_TITLES[language.value],
        wording=cohort.diploma_wording
        or program.diploma_wording
        or DEFAULT_WORDINGS[language.value],
        place=cohort.diploma_place or program.diploma_place or "",
        issue_date_text=_long_date(issue_date_of(cohort, today), language),
        signatories=_signatories(session, cohort),
        accent_color=cohort.accent_color or program.accent_color or DiplomaDesign.accent_color,
        logo_png=_image(session, logo_id),
        language=language.value,
    )
    try:
        check_design(design)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    return design


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
) -> DiplomaContent:
    eligibility = participant.eligibility
    sessions_text = (
        _SESSIONS[cohort.language].format(attended=eligibility.attended, held=eligibility.held)
        if eligibility is not None and eligibility.held
        else ""
    )
    return DiplomaContent(
        name=clean(participant.person.printed_name),
        programme=cohort.program.name,
        cohort=cohort.name,
        dates_text=_dates_text(cohort),
        hours_text=hours_text,
        organization=participant.person.organization or "",
        sessions_text=sessions_text,
        serial=serial,
        verification_code=verification_code,
    )


def _long_date(date: dt.date, language: Language) -> str:
    return format_date(date, format="long", locale=LOCALES[language])


def _dates_text(cohort: Cohort) -> str:
    dates = [d for d in (cohort.start_date, cohort.end_date) if d is not None]
    return " – ".join(_long_date(d, cohort.language) for d in dict.fromkeys(dates))


def hours_text(session: DbSession, cohort: Cohort, today: dt.date) -> str:
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
    number = format_decimal(hours, format="#,##0.#", locale=LOCALES[cohort.language])
    one, many = _HOURS[cohort.language]
    return (one if hours == 1 else many).format(n=number)


def _signatories(session: DbSession, cohort: Cohort) -> tuple[SignatoryDesign, ...]:
    rows = list(
        session.scalars(
            select(Signatory).where(Signatory.cohort_id == cohort.id).order_by(Signatory.position)
        )
    ) or list(
        session.scalars(
            select(Signatory)
            .where(Signatory.program_id == cohort.program_id)
            .order_by(Signatory.position)
        )
    )
    if not rows:
        raise ValidationError(
            "Add at least one signatory to the cohort or its programme before issuing diplomas."
        )
    return tuple(
        SignatoryDesign(
            name=row.name,
            title=row.title or "",
            signature_png=_image(session, row.signature_image_id),
        )
        for row in rows[:MAX_SIGNATORIES]
    )


def _image(session: DbSession, image_id: int | None) -> bytes | None:
    if image_id is None:
        return None
    image = session.get(StoredImage, image_id)
    return image.data if image is not None else None
