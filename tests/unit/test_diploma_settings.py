"""The design editor's service: read, check, save and preview a cohort's diploma design."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.domain import Language
from app.errors import ValidationError
from app.models import Cohort, Diploma, Program, Signatory, StoredImage
from app.services import diploma_design, diploma_listing, diploma_settings
from app.services.diploma_register import issue_diplomas
from app.services.diploma_settings import DesignSettings, SignatorySettings, load_settings
from app.services.enrollments import list_participants
from diplomas.diploma_model import empty_placeholders
from tests.conftest import AFTER_DEMO
from tests.pdf_text import nb, read, squashed

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def _fl(session: DbSession) -> Cohort:
    cohort = session.scalar(select(Cohort).join(Program).where(Program.code == "FL"))
    assert cohort is not None
    return cohort


def _settings(db: Database) -> tuple[int, DesignSettings]:
    with db.read() as session:
        cohort_id = _fl(session).id
        return cohort_id, load_settings(session, cohort_id)


def test_the_editor_starts_from_the_programmes_design(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    assert settings.template == "classic" and settings.orientation == "landscape"
    assert settings.title == "Diplom" and "{name}" in settings.wording
    assert settings.programme_signatories
    assert [s.name for s in settings.signatories] == ["Anna-Karin Lindqvist", "Ulla Järvinen"]


def test_saved_settings_come_back_and_drive_issuing(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    chosen = dataclasses.replace(
        settings,
        template="modern",
        orientation="portrait",
        title="  Kursintyg ",
        wording="{name} har gått {programme}.",
        place="Alingsås",
        issue_date=dt.date(2027, 5, 20),
        accent_color="#a0522d",
        logo_png=PNG_1X1,
        verification_url="https://example.se/diplom?kod={code}",
        signatories=(SignatorySettings(name="Eva Lund", title="Kommundirektör"),),
        programme_signatories=False,
    )
    with demo_db.write() as session:
        diploma_settings.save_settings(session, cohort_id, chosen, today=AFTER_DEMO)
    _, back = _settings(demo_db)
    assert back == dataclasses.replace(chosen, title="Kursintyg", accent_color="#A0522D")
    with demo_db.read() as session:
        design = diploma_design.cohort_design(session, cohort_id)
    assert design.orientation == "portrait" and design.template == "modern"
    assert design.issue_date_text == "20 maj 2027"
    assert design.verification_url.endswith("{code}")
    assert [s.name for s in design.signatories] == ["Eva Lund"]
    with demo_db.read() as session:  # the programme keeps its own signatories
        rows = session.scalars(
            select(Signatory).where(Signatory.program_id == _fl(session).program_id)
        )
        assert len(list(rows)) == 2


def test_an_unprintable_design_is_refused_and_nothing_is_written(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    for bad, message in (
        (dataclasses.replace(settings, accent_color="blue"), "#RRGGBB"),
        (dataclasses.replace(settings, signatories=()), "signatory"),
        (
            dataclasses.replace(settings, signatories=(SignatorySettings(name=" ", title="HR"),)),
            "needs a name",
        ),
        (dataclasses.replace(settings, title="Diplom 漢字"), "漢"),
        (dataclasses.replace(settings, logo_png=b"GIF89a..."), "PNG or JPEG"),
    ):
        with demo_db.write() as session, pytest.raises(ValidationError, match=message):
            diploma_settings.save_settings(session, cohort_id, bad, today=AFTER_DEMO)
    assert _settings(demo_db)[1] == settings


def test_programme_default_is_used_by_a_new_cohort(demo_db: Database) -> None:
    from app.services.cohorts import CohortFields, create_cohort

    cohort_id, settings = _settings(demo_db)
    chosen = dataclasses.replace(
        settings,
        template="minimal",
        orientation="portrait",
        place="Borås",
        signatories=(SignatorySettings(name="Per Ek", title="HR-chef", signature_png=PNG_1X1),),
        programme_signatories=True,
    )
    with demo_db.write() as session:
        diploma_settings.save_settings(
            session, cohort_id, chosen, today=AFTER_DEMO, as_programme_default=True
        )
        program_id = _fl(session).program_id
        new = create_cohort(session, program_id, CohortFields(name="Omgång 9"))
    with demo_db.read() as session:
        fresh = load_settings(session, new.id)
    assert fresh.template == "minimal" and fresh.orientation == "portrait"
    assert fresh.place == "Borås" and fresh.programme_signatories
    assert fresh.signatories == chosen.signatories


def test_images_are_stored_once(demo_db: Database) -> None:
    with demo_db.write() as session:
        first = diploma_settings.store_image(session, PNG_1X1, "logo")
        again = diploma_settings.store_image(session, PNG_1X1, "logo")
        digest = hashlib.sha256(PNG_1X1).hexdigest()
        count = session.scalar(
            select(func.count()).select_from(StoredImage).where(StoredImage.sha256 == digest)
        )
    assert first == again and count == 1
    with demo_db.write() as session, pytest.raises(ValidationError, match="empty"):
        diploma_settings.store_image(session, b"", "logo")


def test_preview_renders_an_unsaved_design_for_the_chosen_person(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    with demo_db.read() as session:
        people = diploma_design.preview_contents(session, cohort_id, today=AFTER_DEMO)
        names = [
            p.person.printed_name for p in list_participants(session, cohort_id, today=AFTER_DEMO)
        ]
    assert len(people[0].content.name) == max(len(p.content.name) for p in people)
    assert {p.content.name for p in people} <= set(names)
    pdf = diploma_design.preview_pdf(
        dataclasses.replace(settings, title="Förhandsvisning", language=Language.ENGLISH),
        people[0].content,
        today=AFTER_DEMO,
    )
    text = "".join(page.extract_text() for page in read(pdf).pages)
    assert squashed(people[0].content.name) in squashed(text)  # on two lines when long
    assert "FÖRHANDSVISNING" in text.upper()
    assert _settings(demo_db)[1].title == "Diplom"  # nothing saved


def test_saving_a_design_leaves_issued_diplomas_untouched(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    with demo_db.write() as session:
        eligible = [
            p.enrollment_id
            for p in list_participants(session, cohort_id, today=AFTER_DEMO)
            if p.eligibility and p.eligibility.eligible
        ]
        issue_diplomas(session, cohort_id, eligible[:2], today=AFTER_DEMO)
    with demo_db.read() as session:
        ids = list(session.scalars(select(Diploma.id).order_by(Diploma.id)))
        before = [diploma_listing.issued_pdf(session, i) for i in ids]
    with demo_db.write() as session:
        diploma_settings.save_settings(
            session,
            cohort_id,
            dataclasses.replace(settings, template="modern", title="Nytt"),
            today=AFTER_DEMO,
        )
    with demo_db.read() as session:
        after = [diploma_listing.issued_pdf(session, i) for i in ids]
    assert after == before and len(after) == 2


def test_an_empty_cohort_previews_a_sample_name(demo_db: Database) -> None:
    from app.services.cohorts import CohortFields, create_cohort

    with demo_db.write() as session:
        new = create_cohort(session, _fl(session).program_id, CohortFields(name="Tom"))
    with demo_db.read() as session:
        people = diploma_design.preview_contents(session, new.id, today=AFTER_DEMO)
        settings = load_settings(session, new.id)
    assert [p.enrollment_id for p in people] == [None]
    # no dates and no sessions held: the default wording leaves both clauses out, no gaps
    assert empty_placeholders(settings.wording, people[0].content) == ()
    pdf = diploma_design.preview_pdf(settings, people[0].content, today=AFTER_DEMO)
    text = " ".join("".join(p.extract_text() for p in read(pdf).pages).split())
    assert diploma_design.SAMPLE_NAME in text and "omfattande" not in text
    # a wording whose placeholder has no clause of its own keeps the gap, and names it
    wording = "{name} har deltagit i {hours} undervisning."
    assert empty_placeholders(wording, people[0].content) == ("hours",)


def test_a_default_title_and_wording_follow_the_language(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    assert settings.title == "Diplom"  # the Swedish default, shown in the editor
    with demo_db.write() as session:
        diploma_settings.save_settings(
            session,
            cohort_id,
            dataclasses.replace(settings, language=Language.ENGLISH, place="Alingsås"),
            today=AFTER_DEMO,
        )
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None and cohort.diploma_title is None
    with demo_db.read() as session:
        design = diploma_design.cohort_design(session, cohort_id, today=AFTER_DEMO)
    assert design.title == "Diploma" and design.wording.startswith("This is to certify")


def test_a_preview_names_the_person_whose_name_cannot_be_printed(demo_db: Database) -> None:
    cohort_id, settings = _settings(demo_db)
    with demo_db.read() as session:
        person = diploma_design.preview_contents(session, cohort_id, today=AFTER_DEMO)[0]
    content = dataclasses.replace(person.content, name="Li 漢")
    with pytest.raises(ValidationError, match=r"^Diploma Li 漢: "):
        diploma_design.preview_pdf(settings, content, today=AFTER_DEMO)


def test_an_empty_cohort_with_dates_previews_them(demo_db: Database) -> None:
    """Seen by a new user: a new cohort with its dates set previewed "…, , omfattande ." and
    was told to set the dates it had."""
    import datetime as dt

    from app.services.cohorts import CohortFields, create_cohort

    with demo_db.write() as session:
        fields = CohortFields(
            name="Hösten", start_date=dt.date(2026, 9, 1), end_date=dt.date(2027, 5, 1)
        )
        new = create_cohort(session, _fl(session).program_id, fields)
    with demo_db.read() as session:
        people = diploma_design.preview_contents(session, new.id, today=AFTER_DEMO)
        settings = load_settings(session, new.id)
    assert people[0].content.dates_text == nb("1 september 2026 – 1 maj 2027")
    assert empty_placeholders(settings.wording, people[0].content) == ()  # clause left out
