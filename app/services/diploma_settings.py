"""Saving a cohort's diploma design, its images, and previewing a design not saved yet.

The settings themselves (:class:`~app.services.diploma_design.DesignSettings`) and how they
are read are in :mod:`app.services.diploma_design`. :func:`save_settings` checks them with
the renderer's own checks and writes them to the cohort (and, when asked, to the programme as
the default for new cohorts). :func:`preview_pdf` renders an unsaved design by the very code
that issues diplomas. Images are kept once per content (:mod:`app.services.images`).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import delete
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, Language, Role
from app.errors import ValidationError
from app.models import Cohort, Program, Signatory
from app.services.cohorts import load_cohort
from app.services.diploma_design import (
    DesignSettings,
    content_for,
    design_of,
    hours_text,
    is_default,
    tidy,
)
from app.services.enrollments import list_participants
from app.services.images import MAX_IMAGE_BYTES as MAX_IMAGE_BYTES
from app.services.images import check_image_bytes as check_image_bytes
from app.services.images import store_image
from app.services.signatories import (
    SignatorySettings,
    set_signatories,
    signatories_of,
    signatory_rows,
)
from diplomas.diploma import (
    DEFAULT_TITLES,
    DEFAULT_WORDINGS,
    DiplomaContent,
    check_content,
    diploma_pdf,
)

SAMPLE_NAME = "Åsa Öberg-Jäätteenmäki"
PREVIEW_CODE = "····-····"  # no real code has dots


class PreviewPerson(NamedTuple):
    enrollment_id: int | None  # None: the sample name of an empty cohort
    contents: dict[Language, DiplomaContent]  # the facts in each document language

    @property
    def content(self) -> DiplomaContent:
        """In the cohort's language (the first one given)."""
        return next(iter(self.contents.values()))


def save_settings(
    session: DbSession,
    cohort_id: int,
    settings: DesignSettings,
    *,
    today: dt.date,
    as_programme_default: bool = False,
) -> None:
    """Check the design, then store it on the cohort (and on its programme when asked).

    Issued diplomas are frozen and not touched. With ``programme_signatories`` the cohort's
    own signatories are removed so the programme's are used.
    """
    design_of(settings, today=today)  # raises before anything is written
    settings = tidy(settings)
    cohort = load_cohort(session, cohort_id)
    _store(session, cohort, settings)
    cohort.diploma_issue_date = settings.issue_date
    cohort.language = settings.language
    if as_programme_default:
        _store(session, cohort.program, settings)
    if settings.programme_signatories and not as_programme_default:
        program_rows = signatory_rows(session, Signatory.program_id == cohort.program_id)
        if not program_rows:
            raise ValidationError(
                "The programme has no signatories to use yet: give the cohort its own, or add "
                "them to the programme first."
            )
        session.execute(delete(Signatory).where(Signatory.cohort_id == cohort.id))
    else:
        set_signatories(session, settings.signatories, cohort_id=cohort.id)
        if as_programme_default:
            set_signatories(session, settings.signatories, program_id=cohort.program_id)
            if settings.programme_signatories:
                session.execute(delete(Signatory).where(Signatory.cohort_id == cohort.id))
    session.flush()


def programme_signatories(session: DbSession, cohort_id: int) -> tuple[SignatorySettings, ...]:
    """The signatories the cohort's programme gives by default."""
    return signatories_of(session, program_id=load_cohort(session, cohort_id).program_id)


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
        raise ValidationError(str(exc)) from exc
    return diploma_pdf(design, content)


def _store(session: DbSession, target: Cohort | Program, settings: DesignSettings) -> None:
    target.diploma_template = settings.template
    target.diploma_orientation = settings.orientation
    # a language's default is stored as "none", so it follows the document's language
    target.diploma_title = None if is_default(settings.title, DEFAULT_TITLES) else settings.title
    target.diploma_wording = (
        None if is_default(settings.wording, DEFAULT_WORDINGS) else settings.wording
    )
    target.diploma_place = settings.place or None
    target.accent_color = settings.accent_color
    target.verification_url = settings.verification_url or None
    target.logo_image_id = _image_id(session, settings.logo_png, "logo")
    target.background_image_id = _image_id(session, settings.background_png, "background")


def _image_id(session: DbSession, data: bytes | None, what: str) -> int | None:
    return store_image(session, data, what) if data else None
