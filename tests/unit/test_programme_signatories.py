"""A programme's signatories: set in the programme, used by its cohorts' diplomas; and a
design that has nobody to sign opens ready for typing one rather than "the programme's"."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import ValidationError
from app.models import Signatory
from app.services import cohorts, diploma_design, diploma_settings, programs
from app.services.cohorts import CohortFields
from app.services.diploma_settings import SignatorySettings, load_settings
from app.services.programs import ProgramFields

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)
TODAY = dt.date(2026, 3, 1)
SIGNERS = (
    SignatorySettings(name=" Eva  Lund ", title="Kommundirektör", signature_png=PNG_1X1),
    SignatorySettings(name="", title=""),  # an empty row of the dialog
    SignatorySettings(name="Per Ek", title="Personalchef"),
)


def _programme(db: Database, **fields: object) -> tuple[int, int]:
    """A new programme (with ``fields``) and one cohort in it."""
    with db.write() as s:
        program = programs.create_program(
            s,
            ProgramFields(name="Framtidens ledare", code="FL", **fields),  # type: ignore[arg-type]
        )
        cohort = cohorts.create_cohort(s, program.id, CohortFields(name="Omgång 1"))
    return program.id, cohort.id


def test_a_new_programmes_signatories_sign_its_cohorts_diplomas(db: Database) -> None:
    program_id, cohort_id = _programme(db, signatories=SIGNERS)
    with db.read() as s:
        info = programs.get_program(s, program_id)
        settings = load_settings(s, cohort_id)
        pdf = diploma_design.preview_pdf(
            settings,
            diploma_design.preview_contents(s, cohort_id, today=TODAY)[0].content,
            today=TODAY,
        )
    assert info.signatories == (
        SignatorySettings(name="Eva Lund", title="Kommundirektör", signature_png=PNG_1X1),
        SignatorySettings(name="Per Ek", title="Personalchef"),
    )
    assert settings.programme_signatories
    assert [x.name for x in settings.signatories] == ["Eva Lund", "Per Ek"]
    assert pdf.startswith(b"%PDF")


def test_editing_a_programme_keeps_changes_or_clears_its_signatories(db: Database) -> None:
    program_id, _ = _programme(db, signatories=SIGNERS[:1])
    with db.write() as s:
        info = programs.get_program(s, program_id)
        # what the coordinator saw comes back unchanged
        programs.update_program(s, program_id, programs.fields_of(info))
        assert programs.get_program(s, program_id).signatories == info.signatories
        # a caller that does not know about signatories leaves them alone
        programs.update_program(s, program_id, ProgramFields(name="Framtidens ledare", code="FL"))
        assert [x.name for x in programs.get_program(s, program_id).signatories] == ["Eva Lund"]
        replaced = programs.update_program(
            s,
            program_id,
            dataclasses.replace(
                programs.fields_of(info),
                signatories=(SignatorySettings(name="Ulla Järvinen", title="HR-chef"),),
            ),
        )
        assert [(x.name, x.title) for x in replaced.signatories] == [("Ulla Järvinen", "HR-chef")]
        cleared = programs.update_program(
            s, program_id, dataclasses.replace(programs.fields_of(info), signatories=())
        )
        assert cleared.signatories == ()
        assert s.scalars(select(Signatory)).all() == []


@pytest.mark.parametrize(
    ("signatories", "message"),
    [
        ((SignatorySettings(name=" ", title="Kommundirektör"),), "needs a name"),
        (tuple(SignatorySettings(name=f"Person {i}") for i in range(4)), "at most 3"),
        ((SignatorySettings(name="Eva Lund", signature_png=b"GIF89a"),), "PNG or JPEG"),
    ],
)
def test_bad_signatories_are_refused_and_the_programme_is_unchanged(
    db: Database, signatories: tuple[SignatorySettings, ...], message: str
) -> None:
    program_id, _ = _programme(db, signatories=SIGNERS[:1])
    with db.write() as s:
        fields = dataclasses.replace(
            programs.fields_of(programs.get_program(s, program_id)),
            name="Renamed",
            signatories=signatories,
        )
        with pytest.raises(ValidationError, match=message):
            programs.update_program(s, program_id, fields)
        with pytest.raises(ValidationError, match=message):
            programs.create_program(s, dataclasses.replace(fields, name="Other", code="OT"))
        after = programs.get_program(s, program_id)
        assert after.name == "Framtidens ledare"
        assert [x.name for x in after.signatories] == ["Eva Lund"]
        assert programs.find_program_by_code(s, "OT") is None


def test_nobody_to_sign_opens_the_design_for_typing_the_cohorts_own(db: Database) -> None:
    """Neither the cohort nor its programme has signatories: "use the programme's" would
    give a design that cannot print, so the design starts with the cohort's own (none)."""
    program_id, cohort_id = _programme(db)
    with db.read() as s:
        settings = load_settings(s, cohort_id)
        assert diploma_settings.programme_signatories(s, cohort_id) == ()
    assert not settings.programme_signatories and settings.signatories == ()
    with db.write() as s:  # once the programme has them, the cohort uses them
        info = programs.get_program(s, program_id)
        programs.update_program(
            s,
            program_id,
            dataclasses.replace(programs.fields_of(info), signatories=SIGNERS[:1]),
        )
        assert load_settings(s, cohort_id).programme_signatories
