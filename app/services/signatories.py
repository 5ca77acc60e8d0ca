"""Who signs the diplomas: name, title ("Kommundirektör") and an optional signature image,
in order, for a programme (the default for its cohorts) or for one cohort. A diploma has
room for at most :data:`~diplomas.diploma_model.MAX_SIGNATORIES`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.i18n import _
from app.models import Signatory
from app.services.images import check_image_bytes, image_data, store_image
from app.text import clean


@dataclass(frozen=True, kw_only=True)
class SignatorySettings:
    name: str
    title: str = ""
    signature_png: bytes | None = None


def tidy_signatories(signatories: Iterable[SignatorySettings]) -> tuple[SignatorySettings, ...]:
    """White space cleaned and empty rows dropped; raises ``ValidationError`` for a row
    without a name, too many rows or a signature that is not a PNG or JPEG image."""
    # Here, not at the top: listing cohorts (which imports this module) needs no layout.
    from diplomas.diploma_model import MAX_SIGNATORIES

    tidied = tuple(
        SignatorySettings(
            name=clean(s.name), title=clean(s.title), signature_png=s.signature_png or None
        )
        for s in signatories
        if clean(s.name) or clean(s.title) or s.signature_png
    )
    for s in tidied:
        if not s.name:
            raise ValidationError(_("Each signatory needs a name (the title alone is not enough)."))
        if s.signature_png is not None:
            check_image_bytes(s.signature_png, _("signature of {name}").format(name=s.name))
    if len(tidied) > MAX_SIGNATORIES:
        raise ValidationError(
            _("A diploma has at most {max_signatories} signatories.").format(
                max_signatories=MAX_SIGNATORIES
            )
        )
    return tidied


def signatory_rows(session: DbSession, owner: ColumnElement[bool]) -> list[Signatory]:
    return list(session.scalars(select(Signatory).where(owner).order_by(Signatory.position)))


def signatories_of(
    session: DbSession, *, cohort_id: int | None = None, program_id: int | None = None
) -> tuple[SignatorySettings, ...]:
    """The cohort's own signatories, or (with ``program_id``) the programme's, in order."""
    return tuple(
        SignatorySettings(
            name=row.name,
            title=row.title or "",
            signature_png=image_data(session, row.signature_image_id),
        )
        for row in signatory_rows(session, _owner(cohort_id, program_id))
    )


def set_signatories(
    session: DbSession,
    signatories: tuple[SignatorySettings, ...],
    *,
    cohort_id: int | None = None,
    program_id: int | None = None,
) -> None:
    """Replace the cohort's (or the programme's) signatories with ``signatories``, which
    :func:`tidy_signatories` has checked."""
    session.execute(delete(Signatory).where(_owner(cohort_id, program_id)))
    session.flush()
    for position, s in enumerate(signatories, start=1):
        session.add(
            Signatory(
                cohort_id=cohort_id,
                program_id=program_id,
                position=position,
                name=s.name,
                title=s.title or None,
                signature_image_id=(
                    store_image(
                        session, s.signature_png, _("signature of {name}").format(name=s.name)
                    )
                    if s.signature_png
                    else None
                ),
            )
        )


def _owner(cohort_id: int | None, program_id: int | None) -> ColumnElement[bool]:
    if (cohort_id is None) == (program_id is None):
        raise ValueError("Signatories belong to either a cohort or a programme.")
    return Signatory.cohort_id == cohort_id if cohort_id else Signatory.program_id == program_id
