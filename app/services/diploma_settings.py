"""A cohort's diploma settings as the coordinator edits them: reading, checking and saving
them, with their images and signatories.

:class:`DesignSettings` is what the design page edits (images as bytes, so an unsaved choice
can be previewed). :func:`load_settings` reads it from the cohort, else its programme, else
the language's defaults; :func:`save_settings` checks it with the renderer's own checks
(:func:`design_of`) and writes it to the cohort (and, when asked, to the programme as the
default for new cohorts). Images are kept once per content (:mod:`app.services.images`);
signatories are in :mod:`app.services.signatories`. What the settings print is worked out in
:mod:`app.services.diploma_design`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlalchemy import delete
from sqlalchemy.orm import Session as DbSession

from app.domain import Language
from app.errors import ValidationError
from app.i18n import _, explain
from app.locales import date_in
from app.models import Cohort, Program, Signatory
from app.services.cohorts import load_cohort
from app.services.images import MAX_IMAGE_BYTES as MAX_IMAGE_BYTES
from app.services.images import check_image_bytes as check_image_bytes
from app.services.images import image_data as image_data
from app.services.images import store_image
from app.services.signatories import SignatorySettings as SignatorySettings
from app.services.signatories import set_signatories, signatories_of, tidy_signatories
from app.services.signatories import signatory_rows as signatory_rows
from app.services.versions import changed_elsewhere, save_design_version
from app.text import clean
from diplomas.diploma_model import (
    DEFAULT_TITLES,
    DEFAULT_WORDINGS,
    MAX_SIGNATORIES,
    DiplomaDesign,
    check_design,
)
from diplomas.diploma_model import Signatory as SignatoryDesign

DEFAULT_ACCENT = DiplomaDesign.accent_color


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
    # "margin": an office print, no colour within 5 mm of the edge; "bleed": a print shop's
    # version with 3 mm bleed and a TrimBox (diplomas.diploma_model.EDGES).
    edge: str = "margin"


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
        edge=cohort.diploma_edge or program.diploma_edge or "margin",
    )


def save_settings(
    session: DbSession,
    cohort_id: int,
    settings: DesignSettings,
    *,
    today: dt.date,
    as_programme_default: bool = False,
    design_version: int | None = None,
    programme_design_version: int | None = None,
) -> None:
    """Check the design, then store it on the cohort (and on its programme when asked).

    Issued diplomas are frozen and not touched. With ``programme_signatories`` the cohort's
    own signatories are removed so the programme's are used. Each save moves the design's
    version on; ``design_version`` (and, as the programme's default,
    ``programme_design_version``) is the one the user started from (:func:`versions_of`):
    a save after someone else's is refused, nothing written (``None``: not asked).
    """
    design_of(settings, today=today)  # raises before anything is written
    settings = tidy(settings)
    cohort = load_cohort(session, cohort_id)
    save_design_version(session, cohort, design_version)
    if as_programme_default:
        save_design_version(session, cohort.program, programme_design_version)
    _store(session, cohort, settings)
    cohort.diploma_issue_date = settings.issue_date
    cohort.language = settings.language
    if as_programme_default:
        _store(session, cohort.program, settings)
    if settings.programme_signatories and not as_programme_default:
        program_rows = signatory_rows(session, Signatory.program_id == cohort.program_id)
        if not program_rows:
            raise ValidationError(
                _(
                    "The programme has no signatories to use yet: give the cohort its own, "
                    "or add them to the programme first."
                )
            )
        session.execute(delete(Signatory).where(Signatory.cohort_id == cohort.id))
    else:
        set_signatories(session, settings.signatories, cohort_id=cohort.id)
        if as_programme_default:
            set_signatories(session, settings.signatories, program_id=cohort.program_id)
            if settings.programme_signatories:
                session.execute(delete(Signatory).where(Signatory.cohort_id == cohort.id))
    session.flush()


class DesignVersions(NamedTuple):
    """The versions of a cohort's design and of its programme's, as the editor opened them."""

    cohort: int
    programme: int


def versions_of(session: DbSession, cohort_id: int) -> DesignVersions:
    cohort = load_cohort(session, cohort_id)
    return DesignVersions(cohort.design_version, cohort.program.design_version)


def refuse_if_design_changed(session: DbSession, cohort_id: int, seen: int) -> None:
    """Raise if the cohort's design is no longer at version ``seen`` (who saved it, when)."""
    cohort = load_cohort(session, cohort_id)
    if cohort.design_version != seen:
        raise changed_elsewhere(cohort.design_updated_by, cohort.design_updated_at)


def wording_of(settings: DesignSettings) -> str:
    """The wording these settings print (the language's default when left at one)."""
    return in_language(tidy(settings).wording, DEFAULT_WORDINGS, settings.language)


def design_of(settings: DesignSettings, *, today: dt.date) -> DiplomaDesign:
    """The renderer's design for these settings; raises ``ValidationError`` if unprintable."""
    settings = tidy(settings)
    if not settings.signatories:
        raise ValidationError(_("A diploma needs at least one signatory: add a name."))
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
        edge=settings.edge,
        issued=(settings.issue_date or today).isoformat(),
    )
    try:
        check_design(design)
    except ValueError as exc:
        raise ValidationError(explain(exc)) from exc
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


def programme_signatories(session: DbSession, cohort_id: int) -> tuple[SignatorySettings, ...]:
    """The signatories the cohort's programme gives by default."""
    return signatories_of(session, program_id=load_cohort(session, cohort_id).program_id)


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
    target.diploma_edge = settings.edge
    target.logo_image_id = _image_id(session, settings.logo_png, _("logo"))
    target.background_image_id = _image_id(session, settings.background_png, _("background"))


def _image_id(session: DbSession, data: bytes | None, what: str) -> int | None:
    return store_image(session, data, what) if data else None
