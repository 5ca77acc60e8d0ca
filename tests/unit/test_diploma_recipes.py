"""Issued diplomas stored as recipes: exact rebuilds, damage detected, the renderer pinned,
and the ceremony file with one subset per font and the logo once."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
from sqlalchemy import select, text, update

from app.db import Database
from app.models import Diploma, DiplomaDesignSnapshot, StoredImage
from app.services import (
    diploma_listing,
    diploma_output,
    diploma_recipes,
    diploma_settings,
)
from app.services.diploma_recipes import DiplomaRecordDamagedError, RecordState
from diplomas import diploma as diploma_module
from diplomas.diploma import diploma_pdf, renderer_fingerprint
from diplomas.render_version import RENDER_VERSION
from tests.conftest import AFTER_DEMO
from tests.unit.test_diploma_render import LOGO, SIGNATURE
from tests.unit.test_diploma_service import _fl, _issue_eligible, fl  # noqa: F401

PINNED_RENDERER = (
    '{"fonts":{'
    '"Lato-Bold.ttf":"e0b1c4de011de8dd077cf21f97919fc31158eb290ee1176cbae06d500a6304bc",'
    '"Lato-Italic.ttf":"bbc138d69289c5604474166e150d39995770ca98ffb9df02adb68666ec36cc37",'
    '"Lato-Regular.ttf":"0ad460bd756454f8485609747b25c5644a54d307a65daabbb24c646c112ed541",'
    '"Vollkorn-Bold.ttf":"e905eac2b4b6286bafe2c403656665ed455c899ba4e2de6a1fdfaa1d1a78eb0c",'
    '"Vollkorn-Regular.ttf":"33c0e4742dbf693d8f6cda114c02bcf213c0edfb18f0350e483e9354bf9f0c9b"'
    '},"render":2,"reportlab":"5.1.0"}'
)


def test_the_renderer_fingerprint_is_pinned() -> None:
    """A ReportLab or font upgrade changes how recipes draw: it must be a deliberate,
    visible change (update this pin, and RENDER_VERSION if the drawing code changed)."""
    assert renderer_fingerprint() == PINNED_RENDERER


@pytest.fixture
def designed(fl: Database) -> Database:  # noqa: F811
    """The FL cohort with a logo and a signature image, as a real design has."""
    with fl.write() as session:
        cohort_id = _fl(session).id
        settings = diploma_settings.load_settings(session, cohort_id)
        signatories = (
            dataclasses.replace(settings.signatories[0], signature_png=SIGNATURE),
            *settings.signatories[1:],
        )
        settings = dataclasses.replace(
            settings,
            logo_png=LOGO,
            signatories=signatories,
            programme_signatories=False,
            verification_url="https://example.se/diplom?kod={code}",
        )
        diploma_settings.save_settings(session, cohort_id, settings, today=AFTER_DEMO)
    return fl


def test_a_diploma_rebuilds_to_the_same_bytes(fl: Database) -> None:  # noqa: F811
    issued = _issue_eligible(fl, 2)
    with fl.read() as session:
        first = diploma_listing.issued_pdf(session, issued[0].id)
        again = diploma_listing.issued_pdf(session, issued[0].id)
        recipe = next(iter(diploma_recipes.recipes(session, [issued[0].id])))
        other = diploma_listing.issued_pdf(session, issued[1].id)
        state = diploma_recipes.record_state(session, issued[0].id)
    assert first == again == diploma_pdf(recipe.design, recipe.content)
    assert (
        first != other
        and issued[0].name_as_printed in PdfReader(io.BytesIO(first)).pages[0].extract_text()
    )
    assert state == RecordState.EXACT


def test_issuing_stores_the_design_once_and_no_pdf(fl: Database) -> None:  # noqa: F811
    issued = _issue_eligible(fl)
    with fl.read() as session:
        snapshots = session.scalars(select(DiplomaDesignSnapshot)).all()
        sizes = session.execute(text("SELECT max(length(content_json)) FROM diploma")).scalar_one()
    assert len(issued) > 3 and len(snapshots) == 1
    assert "pdf" not in {c.name for c in Diploma.__table__.columns}
    assert sizes < 2000  # the recipe, not a PDF


@pytest.mark.parametrize(
    "damage",
    ["content", "snapshot", "image"],
)
def test_a_changed_byte_in_a_stored_recipe_is_detected(designed: Database, damage: str) -> None:
    issued = _issue_eligible(designed, 1)[0]
    with designed.write() as session:
        if damage == "content":
            content = session.scalar(select(Diploma.content_json).where(Diploma.id == issued.id))
            assert content is not None and "Å" not in content[:20]
            changed = content.replace(issued.serial, issued.serial[:-1] + "9")
            session.execute(
                update(Diploma).where(Diploma.id == issued.id).values(content_json=changed)
            )
        elif damage == "snapshot":
            session.execute(
                text(
                    "UPDATE diploma_design_snapshot "
                    "SET design_json = replace(design_json, 'classic', 'modern')"
                )
            )
        else:
            data = session.scalar(select(StoredImage.data).where(StoredImage.data == LOGO))
            assert data is not None
            session.execute(
                update(StoredImage)
                .where(StoredImage.data == LOGO)
                .values(data=data[:-1] + bytes([data[-1] ^ 1]))
            )
    with designed.read() as session:
        assert diploma_recipes.record_state(session, issued.id) == RecordState.DAMAGED
        with pytest.raises(DiplomaRecordDamagedError, match=f"{issued.serial} no longer matches"):
            diploma_listing.issued_pdf(session, issued.id)
        cohort_id = _fl(session).id
    with designed.write() as session, pytest.raises(DiplomaRecordDamagedError):
        diploma_output.ceremony_pdf(session, cohort_id)
    with designed.read() as session:  # nothing was marked printed
        assert all(d.printed_at is None for d in diploma_listing.list_diplomas(session, cohort_id))


def test_another_renderer_still_rebuilds_but_says_so(
    fl: Database,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    issued = _issue_eligible(fl, 1)[0]
    monkeypatch.setattr(diploma_recipes, "renderer_fingerprint", lambda: '{"reportlab":"9"}')
    with fl.read() as session:
        assert diploma_recipes.record_state(session, issued.id) == RecordState.OTHER_RENDERER
        check = diploma_recipes.record_check(session, issued.id)
        issued_under = (check.render_version, check.current_render_version)
        assert issued_under == (RENDER_VERSION, RENDER_VERSION)  # issued under today's
        assert diploma_listing.issued_pdf(session, issued.id).startswith(b"%PDF")


def stored_objects(pdf: bytes) -> list[Any]:
    """Every object the file reaches from its catalogue, once each (by object number)."""
    reader = PdfReader(io.BytesIO(pdf))
    seen: set[int] = set()
    found: list[Any] = []
    pending: list[Any] = [reader.trailer["/Root"]]
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
            found.append(obj)
        if isinstance(obj, DictionaryObject):
            pending.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            pending.extend(obj)
    return found


def subset_names(pdf: bytes) -> dict[str, set[bytes]]:
    """Each subset name in the file and the distinct font programs stored under it."""
    programs: dict[str, set[bytes]] = {}
    for obj in stored_objects(pdf):
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/FontDescriptor":
            data = obj["/FontFile2"].get_object().get_data()
            programs.setdefault(str(obj["/FontName"]), set()).add(data)
    return programs


@pytest.mark.parametrize("action_plans", [False, True])
def test_the_ceremony_file_has_one_subset_per_name_and_the_logo_once(
    designed: Database, action_plans: bool
) -> None:
    issued = _issue_eligible(designed)
    with designed.read() as session:
        pdf, ids = diploma_output.ceremony_pdf(session, _fl(session).id, action_plans=action_plans)
    assert len(ids) == len(issued) > 3
    programs = subset_names(pdf)
    assert programs and all(len(datas) == 1 for datas in programs.values()), {
        k: len(v) for k, v in programs.items()
    }
    images = [
        o
        for o in stored_objects(pdf)
        if isinstance(o, DictionaryObject) and o.get("/Subtype") == "/Image"
    ]
    assert len(images) == 3  # logo, signature, its mask: once for every page
    reader = PdfReader(io.BytesIO(pdf))
    if not action_plans:
        assert len(reader.pages) == len(issued) + 1  # one document: diplomas, checklist
        assert len(programs) == len({n.split("+")[1] for n in programs})


def test_layouts_kept_from_issuing_draw_the_same_bytes(fl: Database) -> None:  # noqa: F811
    issued = _issue_eligible(fl, 3)
    with fl.read() as session:
        cohort_id = _fl(session).id
        kept, _ids = diploma_output.ceremony_pdf(session, cohort_id)
        diploma_module._LAID_OUT.clear()
        fresh, _ids = diploma_output.ceremony_pdf(session, cohort_id)
    assert kept == fresh and len(issued) == 3


def test_printing_chosen_diplomas_draws_them_in_one_document(fl: Database) -> None:  # noqa: F811
    issued = _issue_eligible(fl, 3)
    chosen = [issued[2].id, issued[0].id]
    with fl.read() as session:
        pdf = diploma_output.frozen_pdfs(session, chosen)
        singles = [diploma_listing.issued_pdf(session, i) for i in chosen]
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert [p.extract_text() for p in pages] == [
        PdfReader(io.BytesIO(single)).pages[0].extract_text() for single in singles
    ]
    assert all(len(programs) == 1 for programs in subset_names(pdf).values())


def test_a_recipe_moved_to_another_row_is_not_printed(fl: Database) -> None:  # noqa: F811
    """The record hash covers the recipe, not the row: a recipe copied from row 2 into row 1
    (hash and all) would print someone else's diploma under row 1, so it is refused."""
    first, second = _issue_eligible(fl, 2)
    with fl.write() as session:
        other = session.get(Diploma, second.id)
        assert other is not None
        session.execute(
            update(Diploma)
            .where(Diploma.id == first.id)
            .values(
                content_json=other.content_json,
                snapshot_id=other.snapshot_id,
                record_sha256=other.record_sha256,
            )
        )
    with fl.read() as session:
        assert diploma_recipes.record_state(session, first.id) == RecordState.DAMAGED
        with pytest.raises(DiplomaRecordDamagedError, match=f"{first.serial} does not match"):
            diploma_listing.issued_pdf(session, first.id)
        with pytest.raises(DiplomaRecordDamagedError):
            diploma_output.frozen_pdfs(session, [first.id])
        assert diploma_listing.issued_pdf(session, second.id)  # its own row still prints
