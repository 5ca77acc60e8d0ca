"""The diploma register and the ceremony output, read back as a coordinator would."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app import files
from app.db import Database
from app.errors import CancelledError, KohortError, ValidationError
from app.models import (
    Cohort,
    Diploma,
    DiplomaDesignSnapshot,
    Enrollment,
    Person,
    Program,
    Signatory,
)
from app.services import (
    diploma_design,
    diploma_listing,
    diploma_merge,
    diploma_output,
    diploma_recipes,
    diploma_register,
)
from app.services.diploma_listing import list_diplomas
from app.services.diploma_output import HandOutOrder, write_ceremony_pdf, write_separate_files
from app.services.diploma_register import issue_diplomas, reissue_diploma, revoke_diploma
from app.services.enrollments import list_participants
from diplomas.diploma_record import record_sha256
from tests.conftest import AFTER_DEMO
from tests.pdf_text import nb, squashed

ISSUE_DATE = dt.date(2026, 3, 19)
CODE = re.compile(r"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")


def _fl(session: DbSession) -> Cohort:
    cohort = session.scalar(select(Cohort).join(Program).where(Program.code == "FL"))
    assert cohort is not None
    return cohort


def _prepare(session: DbSession) -> Cohort:
    """The FL cohort with a signatory and a fixed ceremony date."""
    cohort = _fl(session)
    cohort.diploma_issue_date = ISSUE_DATE
    session.add(Signatory(cohort_id=cohort.id, position=1, name="Eva Lund", title="Kommundirektör"))
    session.flush()
    return cohort


def _split(session: DbSession, cohort_id: int) -> tuple[list[int], list[int]]:
    eligible, ineligible = [], []
    for p in list_participants(session, cohort_id, today=AFTER_DEMO):
        if p.eligibility is not None:
            (eligible if p.eligibility.eligible else ineligible).append(p.enrollment_id)
    return eligible, ineligible


@pytest.fixture
def fl(demo_db: Database) -> Database:
    with demo_db.write() as session:
        _prepare(session)
    return demo_db


def _issue_eligible(db: Database, count: int | None = None) -> list[diploma_listing.IssuedDiploma]:
    with db.write() as session:
        cohort = _fl(session)
        eligible, _ = _split(session, cohort.id)
        return issue_diplomas(session, cohort.id, eligible[:count], today=AFTER_DEMO)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_design_needs_a_signatory(demo_db: Database) -> None:
    from sqlalchemy import delete

    with demo_db.write() as session:
        session.execute(delete(Signatory))  # the demo programmes come with signatories
    with demo_db.write() as session, pytest.raises(ValidationError, match="signatory"):
        diploma_design.cohort_design(session, _fl(session).id, today=AFTER_DEMO)


def test_the_demo_programme_has_its_signatories(demo_db: Database) -> None:
    with demo_db.read() as session:
        design = diploma_design.cohort_design(session, _fl(session).id, today=AFTER_DEMO)
    assert [s.name for s in design.signatories] == ["Anna-Karin Lindqvist", "Ulla Järvinen"]


def test_design_and_content_in_the_cohorts_language(fl: Database) -> None:
    with fl.read() as session:
        cohort = _fl(session)
        design = diploma_design.cohort_design(session, cohort.id)
        eligible, _ = _split(session, cohort.id)
        content = diploma_design.diploma_content(session, eligible[0], today=AFTER_DEMO)
    assert design.issue_date_text == "19 mars 2026"
    assert design.title == "Diplom" and design.signatories[0].name == "Eva Lund"
    assert content.dates_text == nb("6 november 2025 – 19 mars 2026")
    assert re.fullmatch(r"[\d,]+\xa0timmar", content.hours_text)
    assert re.fullmatch(r"\d+ av \d+ träffar", content.sessions_text)


def test_serials_run_per_programme_and_year_and_codes_are_unique(fl: Database) -> None:
    first = _issue_eligible(fl, 3)
    assert [d.serial for d in first] == ["FL-2026-001", "FL-2026-002", "FL-2026-003"]
    rest = _issue_eligible_rest(fl)
    assert rest[0].serial == "FL-2026-004"
    codes = [d.verification_code for d in first + rest]
    assert all(CODE.match(c) for c in codes)
    assert len(set(codes)) == len(codes)
    with fl.read() as session:
        stored = session.execute(
            select(Diploma.content_json, DiplomaDesignSnapshot.sha256, Diploma.record_sha256).join(
                DiplomaDesignSnapshot, DiplomaDesignSnapshot.id == Diploma.snapshot_id
            )
        ).all()
    assert len(stored) == len(codes)
    assert all(record_sha256(content, snapshot) == record for content, snapshot, record in stored)


def _issue_eligible_rest(db: Database) -> list[diploma_listing.IssuedDiploma]:
    with db.write() as session:
        cohort = _fl(session)
        eligible, _ = _split(session, cohort.id)
        have = {d.enrollment_id for d in list_diplomas(session, cohort.id)}
        todo = [e for e in eligible if e not in have]
        return issue_diplomas(session, cohort.id, todo, today=AFTER_DEMO)


def test_already_issued_is_refused(fl: Database) -> None:
    issued = _issue_eligible(fl, 1)
    with fl.write() as session, pytest.raises(ValidationError, match="reissue"):
        issue_diplomas(session, _fl(session).id, [issued[0].enrollment_id], today=AFTER_DEMO)


def test_ineligible_needs_a_confirmed_reason(fl: Database) -> None:
    with fl.write() as session:
        cohort = _fl(session)
        eligible, ineligible = _split(session, cohort.id)
        with pytest.raises(ValidationError, match="Not eligible.*Hodžić"):
            issue_diplomas(session, cohort.id, [eligible[0], *ineligible], today=AFTER_DEMO)
        assert list_diplomas(session, cohort.id) == []
        issued = issue_diplomas(
            session,
            cohort.id,
            [eligible[0], ineligible[0]],
            today=AFTER_DEMO,
            confirm_ineligible="  Sjukdom, beslut av styrgruppen ",
        )
    by_enrollment = {d.enrollment_id: d for d in issued}
    assert by_enrollment[eligible[0]].ineligible_reason is None
    assert by_enrollment[ineligible[0]].ineligible_reason == "Sjukdom, beslut av styrgruppen"


def test_issued_pdf_never_changes_after_edits(fl: Database) -> None:
    issued = _issue_eligible(fl, 1)[0]
    with fl.read() as session:
        before = diploma_listing.issued_pdf(session, issued.id)
    assert issued.name_as_printed in PdfReader(io.BytesIO(before)).pages[0].extract_text()
    with fl.write() as session:
        cohort = _fl(session)
        cohort.diploma_wording = "Nu gäller {name} helt annan text."
        cohort.accent_color = "#AA0000"
        enrollment = session.get(Enrollment, issued.enrollment_id)
        assert enrollment is not None
        enrollment.person.name_as_printed = "Ett Helt Annat Namn"
    with fl.read() as session:
        after = session.get(Diploma, issued.id)
        assert after is not None
        assert after.record_sha256 == issued.record_sha256
        assert diploma_listing.issued_pdf(session, issued.id) == before
        assert list_diplomas(session, _fl(session).id)[0].name_as_printed == issued.name_as_printed


def test_reissue_replaces_and_revoke_needs_a_reason(fl: Database) -> None:
    old = _issue_eligible(fl, 1)[0]
    with fl.write() as session:
        person = session.scalar(
            select(Person).join(Enrollment).where(Enrollment.id == old.enrollment_id)
        )
        assert person is not None
        person.name_as_printed = "Rättstavat Namn"
        new = reissue_diploma(session, old.id, today=AFTER_DEMO)
        rows = {d.id: d for d in list_diplomas(session, _fl(session).id)}
        with pytest.raises(ValidationError, match="replaced by"):
            reissue_diploma(session, old.id, today=AFTER_DEMO)
        with pytest.raises(ValidationError, match="reason"):
            revoke_diploma(session, new.id, "   ")
        revoked = revoke_diploma(session, new.id, "Utfärdat av misstag")
    assert new.replaces_id == old.id and new.serial == "FL-2026-002"
    assert new.name_as_printed == "Rättstavat Namn"
    assert rows[old.id].replaced_by_id == new.id and not rows[old.id].valid
    assert rows[old.id].record_sha256 == old.record_sha256
    assert revoked.revoked and revoked.revoked_reason == "Utfärdat av misstag"
    assert not revoked.valid


def test_ceremony_pdf_in_hand_out_order_with_checklist(fl: Database, tmp_path: Path) -> None:
    issued = _issue_eligible(fl)
    with fl.write() as session:
        revoke_diploma(session, issued[0].id, "Test")
    valid = issued[1:]
    out = tmp_path / "ceremoni.pdf"
    seen: list[tuple[int, int]] = []
    with fl.write() as session:
        cohort_id = _fl(session).id
        count = write_ceremony_pdf(
            session,
            cohort_id,
            out,
            order=HandOutOrder.FIRST_NAME,
            progress=lambda *a: seen.append(a),
        )
    texts = _pages(out)
    assert count == len(valid) and len(texts) == len(valid) + 1
    expected = sorted(valid, key=lambda d: d.person_name.casefold())
    for text, diploma in zip(texts, expected, strict=False):
        assert squashed(diploma.name_as_printed) in squashed(text) and diploma.serial in text
    assert issued[0].serial not in "".join(texts[:-1])
    assert "Checklista" in texts[-1] and all(d.serial in texts[-1] for d in valid)
    assert seen[0] == (0, count) and seen[-1] == (count, count)
    with fl.read() as session:
        printed = {d.id: d.printed_at for d in list_diplomas(session, cohort_id)}
    assert all(printed[d.id] is not None for d in valid) and printed[issued[0].id] is None


def test_custom_order_and_chosen_people(fl: Database, tmp_path: Path) -> None:
    issued = _issue_eligible(fl, 3)
    order = [issued[2].enrollment_id, issued[0].enrollment_id]
    out = tmp_path / "two.pdf"
    with fl.write() as session:
        write_ceremony_pdf(
            session,
            _fl(session).id,
            out,
            order=HandOutOrder.CUSTOM,
            custom_order=order,
            enrollment_ids=order,
            checklist=False,
        )
    texts = _pages(out)
    assert len(texts) == 2
    assert issued[2].serial in texts[0] and issued[0].serial in texts[1]


def test_nothing_written_on_error_or_cancel(fl: Database, tmp_path: Path) -> None:
    out = tmp_path / "out" / "x.pdf"
    out.parent.mkdir()
    with fl.write() as session, pytest.raises(ValidationError, match="no issued"):
        write_ceremony_pdf(session, _fl(session).id, out, order=HandOutOrder.SURNAME)
    _issue_eligible(fl, 2)
    with fl.write() as session, pytest.raises(CancelledError):
        write_ceremony_pdf(session, _fl(session).id, out, cancelled=lambda: True)
    assert list(out.parent.iterdir()) == []
    with fl.write() as session, pytest.raises(CancelledError):
        issue_diplomas(
            session,
            _fl(session).id,
            _split(session, _fl(session).id)[0][2:],
            today=AFTER_DEMO,
            cancelled=lambda: True,
        )
    with fl.read() as session:
        assert len(list_diplomas(session, _fl(session).id)) == 2


NASTY = [
    "../x",
    "CON",
    "a/b",
    "Å" * 200,
    "Anna 🎓👩‍🎓",
    unicodedata.normalize("NFD", "Åsa Ö"),
    "..",
    "lpt1.txt",
    "a\\b:c*?",
]


def test_separate_files_stay_inside_and_are_unique(
    fl: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Names issuing (and drawing) would refuse, set in the register's column only: this is
    # about file names, so the check that a recipe belongs to its row is waived here.
    monkeypatch.setattr(diploma_recipes, "recipe_matches_row", lambda *_args: True)
    issued = _issue_eligible(fl, len(NASTY))
    with fl.write() as session:
        for diploma, name in zip(issued, NASTY, strict=True):
            row = session.get(Diploma, diploma.id)
            assert row is not None
            row.name_as_printed = name  # what a file name is made from
    folder = tmp_path / "ut"
    folder.mkdir()
    existing = folder / f"CON {issued[1].serial}.pdf"
    existing.write_bytes(b"keep")
    with fl.write() as session:
        paths = write_separate_files(session, _fl(session).id, folder)
    assert len(paths) == len(NASTY) == len({p.name.casefold() for p in paths})
    assert existing.read_bytes() == b"keep"
    assert folder / f"CON {issued[1].serial} (2).pdf" in paths
    for path in paths:
        assert path.parent == folder and path.resolve().parent == folder.resolve()
        assert len(path.name.encode()) < 200 and unicodedata.is_normalized("NFC", path.name)
        assert path.name.split(".")[0].upper() not in {"CON", "LPT1"}
        assert PdfReader(path).pages  # a whole PDF
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(p.name for p in paths), existing.name]
    )


def test_separate_files_all_or_nothing(
    fl: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue_eligible(fl, 3)
    calls = {"n": 0}
    real = diploma_output._pdf

    def failing(session: DbSession, diploma_id: int) -> bytes:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(session, diploma_id)

    monkeypatch.setattr(diploma_output, "_pdf", failing)
    folder = tmp_path / "new"
    with fl.write() as session, pytest.raises(KohortError, match="nothing was written"):
        write_separate_files(session, _fl(session).id, folder)
    assert not folder.exists()


def test_safe_file_stem() -> None:
    assert files.safe_file_stem("../../etc/passwd") == "_.._etc_passwd"
    assert files.safe_file_stem("nul") == "_nul"
    assert files.safe_file_stem(" . ") == "diploma"
    assert files.safe_file_stem(unicodedata.normalize("NFD", "Å")) == "Å"
    long = files.safe_file_stem("Å" * 200, "FL-2026-001")
    assert long.endswith("Å FL-2026-001") and len(long.encode()) <= files.MAX_STEM_BYTES


def test_serials_never_clash_when_a_programme_code_is_reused(fl: Database) -> None:
    import datetime as _dt
    from dataclasses import replace as _replace

    from app.domain import AttendanceStatus
    from app.services import attendance, cohorts, enrollments, people, programs, sessions
    from app.services.cohorts import CohortFields
    from app.services.people import PersonFields
    from app.services.programs import ProgramFields
    from app.services.sessions import SessionFields

    with fl.write() as session:
        cohort_id = _fl(session).id
        eligible, _ = _split(session, cohort_id)
        first = diploma_register.issue_diplomas(session, cohort_id, eligible[:1], today=AFTER_DEMO)
        old = programs.get_program(session, _fl(session).program_id)
        programs.update_program(session, old.id, _replace(programs.fields_of(old), code="FLX"))
        # a new programme takes the freed code "FL" and issues its first diploma
        newcomer = programs.create_program(session, ProgramFields("Nya ledare", "FL"))
        new_cohort = cohorts.create_cohort(session, newcomer.id, CohortFields("Omgång 1"))
        meeting = sessions.create_session(
            session, new_cohort.id, SessionFields("Träff", _dt.date(2026, 2, 1))
        )
        person = people.create_person(session, PersonFields("Ny", "Ledare"))
        enrollment = enrollments.enroll(session, cohort_id=new_cohort.id, person_id=person.id)
        attendance.mark_attendance(
            session, session_id=meeting.id, person_ids=[person.id], status=AttendanceStatus.PRESENT
        )
        session.add(
            Signatory(cohort_id=new_cohort.id, position=1, name="Eva Lund", title="Kommundirektör")
        )
        # issued in the same year as the first, so both would be FL-<year>-001
        cohorts.load_cohort(session, new_cohort.id).diploma_issue_date = first[0].issue_date
    with fl.write() as session:
        again = diploma_register.issue_diplomas(
            session, new_cohort.id, [enrollment], today=AFTER_DEMO
        )
    assert first[0].serial.startswith("FL-") and again[0].serial.startswith("FL-")
    assert first[0].serial != again[0].serial  # the old FL numbers are not reused


def test_the_ceremony_pack_puts_each_plan_right_after_its_diploma(fl: Database) -> None:
    from app.services.action_plan_documents import plan_documents

    issued = _issue_eligible(fl)
    with fl.read() as session:
        cohort_id = _fl(session).id
        with_plan = {e for e, _ in plan_documents(session, cohort_id, skip_without_plan=True)}
        pdf, ids = diploma_output.ceremony_pdf(
            session, cohort_id, checklist=False, action_plans=True
        )
    holders = {d.id: d for d in issued}
    assert with_plan & {d.enrollment_id for d in issued}, "the demo has plans for some"
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    position = 0
    for diploma_id in ids:
        diploma = holders[diploma_id]
        assert diploma.serial in texts[position]  # the diploma first
        position += 1
        if diploma.enrollment_id in with_plan:
            assert "handlingsplan" in texts[position].lower()
            assert diploma.name_as_printed in texts[position]
            serials = [holders[i].serial for i in ids]
            while position < len(texts) and not any(s in texts[position] for s in serials):
                position += 1  # the rest of the plan
    assert position == len(texts)


def test_the_ceremony_pack_with_a_mentors_diploma(fl: Database) -> None:
    _issue_eligible(fl)
    with fl.write() as session:
        cohort_id = _fl(session).id
        mentor = next(
            p.enrollment_id
            for p in list_participants(session, cohort_id, today=AFTER_DEMO)
            if p.role.value == "mentor"
        )
        issue_diplomas(
            session, cohort_id, [mentor], today=AFTER_DEMO, confirm_ineligible="Mentor i tre år"
        )
    with fl.read() as session:
        pdf, ids = diploma_output.ceremony_pdf(session, cohort_id, action_plans=True)
    assert len(ids) == 11 and PdfReader(io.BytesIO(pdf)).pages


def test_merged_diplomas_store_the_logo_and_signature_once() -> None:
    from dataclasses import replace

    from pypdf import PdfWriter

    from diplomas.diploma import diploma_pdf
    from tests.unit.test_diploma_render import CONTENT, DESIGN, image_objects

    serials = [f"FL-2025-{n:03d}" for n in range(1, 5)]
    writer = PdfWriter()
    for serial in serials:
        writer.append(PdfReader(io.BytesIO(diploma_pdf(DESIGN, replace(CONTENT, serial=serial)))))
    diploma_merge.store_shared_once(writer)
    out = io.BytesIO()
    writer.write(out)
    merged = out.getvalue()
    assert image_objects(merged) == 3  # logo, signature and its mask, for all four pages
    pages = PdfReader(io.BytesIO(merged)).pages
    assert all(serial in page.extract_text() for page, serial in zip(pages, serials, strict=True))
