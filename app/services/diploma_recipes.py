"""Issued diplomas as recipes: design snapshots, record hashes, rebuilding and checking.

An issued diploma is stored as its recipe — the content as canonical JSON and a shared
:class:`~app.models.DiplomaDesignSnapshot` (the design with images by SHA-256 in
``stored_image``, and the renderer fingerprint) — with ``record_sha256`` over both. Rendering
is deterministic, so :func:`diploma_pdf_of` rebuilds the very PDF on demand (one file, a
reissue, a record export), after checking every hash: a damaged record is refused with a
clear message, never printed. Rows issued before recipes keep their frozen bytes in
``diploma_frozen_pdf``, checked against the same ``record_sha256``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.errors import DatabaseError, KohortError, NotFoundError
from app.i18n import _, ngettext
from app.models import Diploma, DiplomaDesignSnapshot, DiplomaFrozenPdf, StoredImage
from app.services.images import store_image
from diplomas.diploma import diploma_pdf, renderer_fingerprint
from diplomas.diploma_model import DiplomaContent, DiplomaDesign
from diplomas.diploma_record import (
    content_from_record,
    content_record,
    design_from_record,
    design_record,
    image_refs,
    record_sha256,
    snapshot_sha256,
)
from diplomas.render_version import RENDER_VERSION

CHUNK = 500  # register rows read at a time when drawing a stack


class DiplomaRecordDamagedError(KohortError):
    """A stored diploma no longer matches its record hash: it is not printed."""


class RecordState(enum.StrEnum):
    EXACT = "exact"  # the record matches its hash and today's renderer
    OTHER_RENDERER = "other_renderer"  # exact, but drawn by another ReportLab/fonts/version
    DAMAGED = "damaged"  # the stored recipe or bytes no longer match the hash


@dataclass(frozen=True)
class Recipe:
    """What a recipe row draws: its design (by snapshot key) and content."""

    diploma_id: int
    key: str  # the snapshot's SHA-256
    design: DiplomaDesign
    content: DiplomaContent


def snapshot_for(session: DbSession, design: DiplomaDesign) -> DiplomaDesignSnapshot:
    """The snapshot row of ``design`` under today's renderer, added when it is new."""
    design_json, images = design_record(design)
    renderer = renderer_fingerprint()
    digest = snapshot_sha256(design_json, renderer)
    found = session.scalar(
        select(DiplomaDesignSnapshot).where(DiplomaDesignSnapshot.sha256 == digest)
    )
    if found is not None:
        return found
    for data in images.values():
        store_image(session, data, _("image"))
    snapshot = DiplomaDesignSnapshot(sha256=digest, design_json=design_json, renderer_json=renderer)
    session.add(snapshot)
    session.flush()
    return snapshot


def recipe_columns(snapshot: DiplomaDesignSnapshot, content: DiplomaContent) -> dict[str, object]:
    """The register columns that hold a diploma's recipe."""
    content_json = content_record(content)
    return {
        "content_json": content_json,
        "snapshot_id": snapshot.id,
        "record_sha256": record_sha256(content_json, snapshot.sha256),
    }


def downgrade_refused(count: int) -> DatabaseError:
    """Why the database cannot go back below migration 0006 (recipes): raised by its
    downgrade before it changes anything."""
    return DatabaseError(
        ngettext(
            "{n} diploma was issued after the upgrade to recipes and has no stored PDF, so "
            "the database cannot be taken back to the older version; nothing was changed. "
            "Restore the backup made before the upgrade instead.",
            "{n} diplomas were issued after the upgrade to recipes and have no stored PDF, so "
            "the database cannot be taken back to the older version; nothing was changed. "
            "Restore the backup made before the upgrade instead.",
            count,
        ).format(n=count)
    )


def _damaged(serial: str) -> DiplomaRecordDamagedError:
    return DiplomaRecordDamagedError(
        _(
            "The stored record of diploma {serial} no longer matches its hash, so it was not "
            "printed and nothing was changed; restore the database from a backup."
        ).format(serial=serial)
    )


def _not_its_own(serial: str) -> DiplomaRecordDamagedError:
    return DiplomaRecordDamagedError(
        _(
            "The stored record of diploma {serial} does not match the register's name, number "
            "or date for it, so it was not printed and nothing was changed; restore the "
            "database from a backup."
        ).format(serial=serial)
    )


class _Designs:
    """Snapshots decoded once each, checked against their hashes and images."""

    def __init__(self, session: DbSession) -> None:
        self.session = session
        self.loaded: dict[int, tuple[DiplomaDesignSnapshot, DiplomaDesign | None]] = {}

    def get(self, snapshot_id: int) -> tuple[DiplomaDesignSnapshot, DiplomaDesign | None]:
        """The snapshot and its design; ``None`` for the design when the snapshot is damaged."""
        if snapshot_id not in self.loaded:
            snapshot = self.session.get(DiplomaDesignSnapshot, snapshot_id)
            assert snapshot is not None  # a foreign key
            self.loaded[snapshot_id] = (snapshot, self._design(snapshot))
        return self.loaded[snapshot_id]

    def _design(self, snapshot: DiplomaDesignSnapshot) -> DiplomaDesign | None:
        if snapshot_sha256(snapshot.design_json, snapshot.renderer_json) != snapshot.sha256:
            return None
        try:
            refs = image_refs(snapshot.design_json)
            images = {
                row.sha256: row.data
                for row in self.session.execute(
                    select(StoredImage.sha256, StoredImage.data).where(StoredImage.sha256.in_(refs))
                )
                if hashlib.sha256(row.data).hexdigest() == row.sha256
            }
            return design_from_record(snapshot.design_json, images)
        except (KeyError, ValueError, TypeError):
            return None


class _RecipeRow(Protocol):
    """The register columns :func:`_row_recipe` reads (:data:`_ROW_COLUMNS`)."""

    @property
    def id(self) -> int: ...
    @property
    def serial(self) -> str: ...
    @property
    def content_json(self) -> str: ...
    @property
    def snapshot_id(self) -> int: ...
    @property
    def record_sha256(self) -> str: ...
    @property
    def name_as_printed(self) -> str: ...
    @property
    def verification_code(self) -> str: ...
    @property
    def issue_date(self) -> dt.date: ...


def recipe_matches_row(recipe: Recipe, name: str, serial: str, code: str, issued: dt.date) -> bool:
    """Whether a recipe is the one of the register row it is stored in: the record hash
    covers the recipe alone, so a recipe moved from another row still holds its hash but
    names someone else (what `verify` and every print path refuse)."""
    content, stated = recipe.content, recipe.design.issued
    if (content.name, content.serial, content.verification_code) != (name, serial, code):
        return False
    return not stated or stated == issued.isoformat()


def _row_recipe(designs: _Designs, row: _RecipeRow, own_row: bool = True) -> Recipe:
    """The checked recipe of a register row: its hash, and (``own_row``) that it belongs
    to the row."""
    snapshot, design = designs.get(row.snapshot_id)
    if design is None or record_sha256(row.content_json, snapshot.sha256) != row.record_sha256:
        raise _damaged(row.serial)
    try:
        content = content_from_record(row.content_json)
    except (ValueError, TypeError) as exc:
        raise _damaged(row.serial) from exc
    recipe = Recipe(row.id, snapshot.sha256, design, content)
    if own_row and not recipe_matches_row(
        recipe, row.name_as_printed, row.serial, row.verification_code, row.issue_date
    ):
        raise _not_its_own(row.serial)
    return recipe


_ROW_COLUMNS = (
    Diploma.id,
    Diploma.serial,
    Diploma.content_json,
    Diploma.snapshot_id,
    Diploma.record_sha256,
    Diploma.name_as_printed,
    Diploma.verification_code,
    Diploma.issue_date,
)


def recipes(session: DbSession, diploma_ids: Sequence[int]) -> Iterator[Recipe]:
    """The recipes of these (recipe) rows in the order given, read :data:`CHUNK` at a time
    and each checked against its hash (:class:`DiplomaRecordDamagedError` if not)."""
    designs = _Designs(session)
    for start in range(0, len(diploma_ids), CHUNK):
        chunk = diploma_ids[start : start + CHUNK]
        rows = {
            r.id: r for r in session.execute(select(*_ROW_COLUMNS).where(Diploma.id.in_(chunk)))
        }
        for diploma_id in chunk:
            r = rows[diploma_id]
            assert r.content_json is not None and r.snapshot_id is not None
            yield _row_recipe(designs, r)


def frozen_ids(session: DbSession, diploma_ids: Sequence[int]) -> set[int]:
    """Which of these rows were issued before recipes (their bytes are frozen)."""
    found: set[int] = set()
    for start in range(0, len(diploma_ids), CHUNK):
        chunk = diploma_ids[start : start + CHUNK]
        found |= set(
            session.scalars(
                select(Diploma.id).where(Diploma.id.in_(chunk), Diploma.content_json.is_(None))
            )
        )
    return found


def _checked(session: DbSession, diploma_id: int, own_row: bool = True) -> bytes | Recipe:
    """A row's frozen bytes or its recipe, checked against the record hash."""
    row = session.execute(select(*_ROW_COLUMNS).where(Diploma.id == diploma_id)).one_or_none()
    if row is None:
        raise NotFoundError(_("That diploma is not in the register."))
    if row.content_json is None or row.snapshot_id is None:
        pdf = session.scalar(
            select(DiplomaFrozenPdf.pdf).where(DiplomaFrozenPdf.diploma_id == diploma_id)
        )
        if pdf is None or hashlib.sha256(pdf).hexdigest() != row.record_sha256:
            raise _damaged(row.serial)
        return pdf
    return _row_recipe(_Designs(session), row, own_row)


def diploma_pdf_of(session: DbSession, diploma_id: int) -> bytes:
    """The PDF of an issued diploma: rebuilt from its recipe, or its frozen bytes; either
    checked against the record hash first (:class:`DiplomaRecordDamagedError`)."""
    found = _checked(session, diploma_id)
    return found if isinstance(found, bytes) else diploma_pdf(found.design, found.content)


@dataclass(frozen=True)
class RecordCheck:
    """A record's state and which renderer version drew it (``None`` for frozen bytes or a
    damaged record): what `kohort verify` and the window's Verify dialog report."""

    state: RecordState
    render_version: int | None
    current_render_version: int = RENDER_VERSION
    # Issued before recipes: the hash covers the stored PDF alone, not the name and date
    # the register shows beside it (so "intact" must say only that).
    frozen: bool = False


def record_check(session: DbSession, diploma_id: int) -> RecordCheck:
    """Whether a diploma's stored record is exact (and drawn by today's renderer); checks
    the hashes without drawing anything."""
    return checked_record(session, diploma_id, own_row=True)[0]


def checked_record(
    session: DbSession, diploma_id: int, own_row: bool = False
) -> tuple[RecordCheck, Recipe | None]:
    """:func:`record_check`, and the recipe when the record is one and holds its hash (what
    the hash vouches for: `verify` shows it rather than the register's plain columns). Unless
    ``own_row``, the recipe is returned even when it names another row than its own: the
    caller checks that with :func:`recipe_matches_row`."""
    try:
        found = _checked(session, diploma_id, own_row)
    except DiplomaRecordDamagedError:
        return RecordCheck(RecordState.DAMAGED, None), None
    if isinstance(found, bytes):
        return RecordCheck(RecordState.EXACT, None, frozen=True), None  # no renderer needed
    renderer = session.scalar(
        select(DiplomaDesignSnapshot.renderer_json).where(DiplomaDesignSnapshot.sha256 == found.key)
    )
    try:
        version = json.loads(renderer or "{}").get("render")
    except (ValueError, AttributeError):
        version = None
    state = RecordState.EXACT if renderer == renderer_fingerprint() else RecordState.OTHER_RENDERER
    return RecordCheck(state, version if isinstance(version, int) else None), found


def other_renderer_count(session: DbSession, diploma_ids: Sequence[int]) -> int:
    """How many of these (recipe) rows were issued under another renderer than today's
    (:attr:`RecordState.OTHER_RENDERER` for each): printing redraws them with this one, so
    a copy may differ slightly from the first print. Reads the snapshots only, in bulk."""
    today = renderer_fingerprint()
    count = 0
    for start in range(0, len(diploma_ids), CHUNK):
        chunk = diploma_ids[start : start + CHUNK]
        count += len(
            session.scalars(
                select(Diploma.id)
                .join(DiplomaDesignSnapshot, DiplomaDesignSnapshot.id == Diploma.snapshot_id)
                .where(Diploma.id.in_(chunk), DiplomaDesignSnapshot.renderer_json != today)
            ).all()
        )
    return count


def record_state(session: DbSession, diploma_id: int) -> RecordState:
    """The state alone of :func:`record_check`."""
    return record_check(session, diploma_id).state
