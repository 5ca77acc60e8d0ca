"""The diploma a cohort would issue today: its design (template, wording, place and date,
signatories, logo) from the cohort, else the programme, else the language's defaults, and
the content of one person's diploma. Nothing here is stored; issuing freezes the result."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import Language
from app.errors import ValidationError
from app.locales import LOCALES, date_in
from app.models import Cohort, Session, Signatory
from app.services.cohorts import load_cohort
from app.services.enrollments import ParticipantInfo, list_participants, load_enrollment
from app.services.images import image_data as image_data
from app.services.signatories import SignatorySettings as SignatorySettings
from app.services.signatories import signatory_rows as signatory_rows
from app.services.signatories import tidy_signatories
from app.text import clean
from diplomas.diploma import (
    DEFAULT_TITLES,
    DEFAULT_WORDINGS,
    MAX_SIGNATORIES,
    WORDS,
    DiplomaContent,
    DiplomaDesign,
    check_design,
)
from diplomas.diploma import Signatory as SignatoryDesign

DEFAULT_ACCENT = DiplomaDesign.accent_color


def cohort_design(
    session: DbSession, cohort_id: int, *, today: dt.date | None = None
) -> DiplomaDesign:
    """How the cohort's diplomas look now (cohort settings, else the programme's, else defaults).

    The issue date is the cohort's diploma issue date, else ``today``.
    """
    settings = load_settings(session, cohort_id)
    if not settings.signatories:
        raise ValidationError(
            "Add at least one signatory to the cohort or its programme before issuing diplomas."
        )
    return design_of(settings, today=today or dt.date.today())


@dataclass(frozen=True, kw_only=True)
class DesignSettings:
    """What the coordinator chooses for a cohort's diplomas, images as bytes (so an unsaved
    choice can be previewed)."""

    template: str = "classic"
    orientation: str = "landscape"
    title: str = ""
    wording: str = ""
    place: str = ""
    issue_date: dt.date | None = None  # None: the day the diplomas are issued
    accent_color: str = DEFAULT_ACCENT
    logo_png: bytes | None = None
    background_png: bytes | None = None
    verification_url: str = ""
    signatories: tuple[SignatorySettings, ...] = ()
    # True: the cohort has no signatories of its own and uses the programme's.
    programme_signatories: bool = True
    language: Language = Language.SWEDISH


def load_settings(session: DbSession, cohort_id: int) -> DesignSettings:
    """The cohort's design as the editor shows it: its own values, else the programme's."""
    cohort = load_cohort(session, cohort_id)
    program = cohort.program
    language = cohort.language
    own = signatory_rows(session, Signatory.cohort_id == cohort.id)
    programme = signatory_rows(session, Signatory.program_id == program.id)
    rows = own or programme
    return DesignSettings(
        template=cohort.diploma_template or program.diploma_template or "classic",
        orientation=cohort.diploma_orientation or program.diploma_orientation or "landscape",
        title=cohort.diploma_title or program.diploma_title or DEFAULT_TITLES[language],
        wording=cohort.diploma_wording or program.diploma_wording or DEFAULT_WORDINGS[language],
        place=cohort.diploma_place or program.diploma_place or "",
        issue_date=cohort.diploma_issue_date,
        accent_color=cohort.accent_color or program.accent_color or DEFAULT_ACCENT,
        logo_png=image_data(session, cohort.logo_image_id or program.logo_image_id),
        background_png=image_data(
            session, cohort.background_image_id or program.background_image_id
        ),
        verification_url=cohort.verification_url or program.verification_url or "",
        signatories=tuple(
            SignatorySettings(
                name=row.name,
                title=row.title or "",
                signature_png=image_data(session, row.signature_image_id),
            )
            for row in rows[:MAX_SIGNATORIES]
        ),
        # the programme's only when it has some: else the editor opens ready for typing them
        programme_signatories=not own and bool(programme),
        language=language,
    )


def design_of(settings: DesignSettings, *, today: dt.date) -> DiplomaDesign:
    """The renderer's design for these settings; raises ``ValidationError`` if unprintable."""
    settings = tidy(settings)
    if not settings.signatories:
        raise ValidationError("A diploma needs at least one signatory: add a name.")
    design = DiplomaDesign(
        template=settings.template,
        orientation=settings.orientation,
        title=in_language(settings.title, DEFAULT_TITLES, settings.language),
        wording=in_language(settings.wording, DEFAULT_WORDINGS, settings.language),
        place=settings.place,
        issue_date_text=date_in(settings.issue_date or today, settings.language),
        signatories=tuple(
            SignatoryDesign(name=s.name, title=s.title, signature_png=s.signature_png)
            for s in settings.signatories
        ),
        accent_color=settings.accent_color,
        logo_png=settings.logo_png,
        background_png=settings.background_png,
        language=settings.language,
        verification_url=settings.verification_url,
    )
    try:
        check_design(design)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    return design


def tidy(settings: DesignSettings) -> DesignSettings:
    """White space cleaned, empty signatory rows dropped, the colour in capitals."""
    signatories = tidy_signatories(settings.signatories)
    return replace(
        settings,
        title=clean(settings.title),
        wording=settings.wording.strip(),
        place=clean(settings.place),
        accent_color=_colour(settings.accent_color),
        verification_url=settings.verification_url.strip(),
        signatories=signatories,
    )


def in_language(text: str, defaults: Mapping[Language, str], language: Language) -> str:
    """``text``, or the language's default when it is empty or another language's default
    (a cohort switched to English prints "Diploma", not the Swedish default it started with)."""
    if not text.strip() or text.strip() in {d.strip() for d in defaults.values()}:
        return defaults[language]
    return text


def is_default(text: str | None, defaults: Mapping[Language, str]) -> bool:
    return not (text or "").strip() or (text or "").strip() in {
        d.strip() for d in defaults.values()
    }


def _colour(text: str) -> str:
    """#RRGGBB in capitals; anything else as typed, so the message quotes what was typed."""
    text = text.strip()
    return text.upper() if re.fullmatch(r"#[0-9A-Fa-f]{6}", text) else text


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
    dates = [d for d in (cohort.start_date, cohort.end_date) if d is not None]
    return " – ".join(date_in(d, language) for d in dict.fromkeys(dates))


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
    return (one if hours == 1 else many).format(n=number)
