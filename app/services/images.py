"""Images kept in the database (logos, backgrounds, signatures): checked, and stored once
per content (by SHA-256) in ``stored_image``."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.i18n import _
from app.models import StoredImage

MAX_IMAGE_BYTES = 15 * 1024 * 1024  # a scanned A4 background at 300 dpi fits; a RAW photo not
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def store_image(session: DbSession, data: bytes, what: str) -> int:
    """Keep a PNG or JPEG in the database (once per content); returns its id."""
    check_image_bytes(data, what)
    digest = hashlib.sha256(data).hexdigest()
    for found in session.scalars(select(StoredImage).where(StoredImage.sha256 == digest)):
        if found.data == data:
            return found.id
    image = StoredImage(
        mime_type="image/png" if data.startswith(_PNG) else "image/jpeg", data=data, sha256=digest
    )
    session.add(image)
    session.flush()
    return image.id


def check_image_bytes(data: bytes, what: str) -> None:
    """Raise ``ValidationError`` unless ``data`` looks like a PNG or JPEG of a sane size."""
    if not data:
        raise ValidationError(_("The {what} file is empty.").format(what=what))
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(
            _(
                "The {what} is {size:.0f} MB; use an image under {limit} MB (a PNG "
                "or JPEG at 300 dpi is plenty)."
            ).format(what=what, size=len(data) / 1024 / 1024, limit=MAX_IMAGE_BYTES // 1024 // 1024)
        )
    if not (data.startswith(_PNG) or data.startswith(_JPEG)):
        raise ValidationError(
            _(
                "The {what} must be a PNG or JPEG image (save it as PNG from the "
                "program it was made in)."
            ).format(what=what)
        )


def image_data(session: DbSession, image_id: int | None) -> bytes | None:
    if image_id is None:
        return None
    image = session.get(StoredImage, image_id)
    return image.data if image is not None else None
