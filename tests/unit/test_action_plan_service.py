"""The action plan service: saving as typed, the cohort overview, the programme's headings
and questions, and what is handed to the PDF renderer and written to files."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db import Database
from app.domain import ActionStatus, EnrollmentStatus, Language
from app.errors import NotFoundError, ValidationError
from app.models import ActionItem, ActionPlan, Cohort, Program
from app.services import (
    action_plan_documents,
    action_plan_guide,
    action_plan_output,
    action_plans,
    enrollments,
)
from app.services.action_plans import ActionItemFields, FollowUp, PlanFields
from diplomas.action_plan_model import DEFAULT_GUIDES, GuideEntry
from tests.conftest import AFTER_DEMO
from tests.pdf_text import nb

TODAY = dt.date(2026, 9, 5)


def fl_cohort(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Cohort.id).join(Program).where(Program.code == "FL")) or 0


def enrollment(db: Database, last_name: str) -> int:
    cohort_id = fl_cohort(db)
    with db.read() as s:
        found = enrollments.list_participants(s, cohort_id, today=AFTER_DEMO)
    return next(p.enrollment_id for p in found if p.person.last_name == last_name)


def mentor(db: Database, last_name: str) -> int:
    return enrollment(db, last_name)


def items(*whats: str) -> tuple[ActionItemFields, ...]:
    return tuple(ActionItemFields(what=w) for w in whats)


# -- saving as typed ---------------------------------------------------------------------------


def test_a_new_plan_is_saved_and_reopens_as_typed(demo_db: Database) -> None:
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.read() as s:
        opened = action_plans.open_plan(s, fatima)
    assert not opened.has_plan and opened.fields == PlanFields()
    assert [m.name for m in opened.mentors] == [
        "Anders Bergström",
        "Karin Håkansson",
        "Ulla Järvinen",
    ]
    assert opened.guide == DEFAULT_GUIDES["sv"] and opened.language == Language.SWEDISH
    typed = PlanFields(
        goal="Leda med tydlighet.\n\nOch värme.  ",
        strengths=unicodedata.normalize("NFD", "Lyhörd, ödmjuk"),
        development_areas="Delegera\tmer\x0b",
        follow_up_date=dt.date(2026, 10, 1),
        manager_name="  Eva   Persson ",
        items=(
            ActionItemFields(
                what="Veckomöten",
                how="15 min",
                by_when=dt.date(2026, 4, 30),
                support="HR",
                success_measure="Enkäten",
                status=ActionStatus.IN_PROGRESS,
            ),
            ActionItemFields(what="Feedback", status=ActionStatus.DONE),
        ),
    )
    with demo_db.write() as s:
        saved = action_plans.save_plan(s, fatima, typed)
    assert saved.has_plan and saved.updated_at is not None
    with demo_db.read() as s:
        reopened = action_plans.open_plan(s, fatima).fields
        listed = enrollments.list_participants(s, fl_cohort(demo_db), today=AFTER_DEMO)
    assert reopened.goal == "Leda med tydlighet.\n\nOch värme."  # line breaks kept
    assert reopened.strengths == "Lyhörd, ödmjuk"  # NFC
    assert reopened.development_areas == "Delegera mer"  # no tabs or control characters
    assert reopened.manager_name == "Eva Persson"
    assert reopened.follow_up_date == dt.date(2026, 10, 1)
    assert [(i.what, i.status) for i in reopened.items] == [
        ("Veckomöten", ActionStatus.IN_PROGRESS),
        ("Feedback", ActionStatus.DONE),
    ]
    assert next(p for p in listed if p.enrollment_id == fatima).has_action_plan


def test_actions_can_be_reordered_removed_and_added_again(demo_db: Database) -> None:
    emir = enrollment(demo_db, "Hodžić")
    for whats in (("a", "b", "c"), ("c", "a"), ("c", "a", "d", "e"), ()):
        with demo_db.write() as s:
            action_plans.save_plan(s, emir, PlanFields(goal="Mål", items=items(*whats)))
        with demo_db.read() as s:
            assert [i.what for i in action_plans.open_plan(s, emir).fields.items] == list(whats)
            positions = s.scalars(
                select(ActionItem.position).join(ActionPlan).where(ActionPlan.enrollment_id == emir)
            ).all()
        assert sorted(positions) == list(range(1, len(whats) + 1))


def test_an_emptied_plan_is_no_plan(demo_db: Database) -> None:
    asa = enrollment(demo_db, "Öberg-Jäätteenmäki")
    count = select(func.count()).select_from(ActionItem)
    with demo_db.read() as s:
        before = s.scalar(count) or 0
    with demo_db.write() as s:
        saved = action_plans.save_plan(s, asa, PlanFields(items=items("", "  ")))
    assert not saved.has_plan
    with demo_db.read() as s:
        assert s.scalar(count) == before - 2  # her two actions went with the plan
        assert not action_plans.open_plan(s, asa).has_plan


def test_the_managers_name_filled_in_from_the_enrollment_is_no_plan(demo_db: Database) -> None:
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.write() as s:
        enrollments.load_enrollment(s, fatima).manager_name = "Lars Ivarsson"
        action_plans.save_plan(s, fatima, PlanFields())  # whatever she had goes
    with demo_db.write() as s:  # the editor opened, something typed and erased: autosave
        opened = action_plans.open_plan(s, fatima).fields
        assert not action_plans.save_plan(s, fatima, opened).has_plan
    with demo_db.write() as s:  # a manager of her own choosing is kept
        kept = action_plans.save_plan(s, fatima, PlanFields(manager_name="Maria Holm"))
    assert kept.has_plan


def test_the_manager_comes_from_the_enrollment_until_the_plan_has_one(demo_db: Database) -> None:
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.write() as s:
        enrollments.load_enrollment(s, fatima).manager_name = "Lars Ivarsson"
    with demo_db.read() as s:
        assert action_plans.open_plan(s, fatima).fields.manager_name == "Lars Ivarsson"


def test_a_named_blank_form_keeps_the_manager_the_plan_names(demo_db: Database) -> None:
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.write() as s:
        action_plans.save_plan(s, fatima, PlanFields(goal="Leda", manager_name="Maria Holm"))
    with demo_db.read() as s:
        (only,) = action_plan_documents.blank_documents(s, fl_cohort(demo_db), [fatima])
    assert only[1].manager == "Maria Holm" and not only[1].texts.get("goal")


def test_only_participants_have_plans_and_limits_write_nothing(demo_db: Database) -> None:
    bergstrom = mentor(demo_db, "Bergström")
    with (
        pytest.raises(ValidationError, match="only participants have action plans"),
        demo_db.write() as s,
    ):
        action_plans.save_plan(s, bergstrom, PlanFields(goal="x"))
    with pytest.raises(NotFoundError), demo_db.read() as s:
        action_plans.open_plan(s, 999_999)
    fatima = enrollment(demo_db, "Al-Hassan")
    too_long = [
        PlanFields(goal="x" * (action_plans.MAX_TEXT + 1)),
        PlanFields(goal="x", items=items(*["a"] * (action_plans.MAX_ITEMS + 1))),
        PlanFields(goal="x", items=items("y" * (action_plans.MAX_ITEM_TEXT + 1))),
    ]
    for fields in too_long:
        with pytest.raises(ValidationError), demo_db.write() as s:
            action_plans.save_plan(s, fatima, fields)
    with demo_db.read() as s:
        assert not action_plans.open_plan(s, fatima).has_plan


# -- the overview ------------------------------------------------------------------------------


def test_overview_completeness_and_follow_ups(demo_db: Database) -> None:
    cohort_id = fl_cohort(demo_db)
    with demo_db.write() as s:
        enrollments.set_status(s, enrollment(demo_db, "Nordén"), EnrollmentStatus.WITHDRAWN)
        action_plans.save_plan(
            s,
            enrollment(demo_db, "Al-Hassan"),
            PlanFields(goal="Mål", follow_up_date=TODAY),
        )
    with demo_db.read() as s:
        rows = {r.last_name: r for r in action_plans.plan_overview(s, cohort_id, today=TODAY)}
    assert "Nordén" not in rows  # withdrawn, no plan
    assert list(rows)[0] == "Al-Hassan" and list(rows)[-1] == "Öberg-Jäätteenmäki"  # by surname
    asa = rows["Öberg-Jäätteenmäki"]
    assert (asa.sections_filled, asa.actions, asa.actions_done) == (4, 2, 0)
    assert asa.mentor_name == "Anders Bergström" and asa.follow_up == FollowUp.SOON
    assert asa.follow_up_days == 10
    assert rows["Ljungqvist"].sections_filled == 3  # no actions
    assert rows["Ljungqvist"].follow_up == FollowUp.OVERDUE
    assert rows["Wästerlund"].actions_done == 1
    assert rows["Ekström"].follow_up == FollowUp.LATER
    assert rows["Al-Hassan"].follow_up == FollowUp.SOON and rows["Al-Hassan"].sections_filled == 1
    assert not rows["Lindgren"].has_plan and rows["Lindgren"].follow_up is None


# -- headings and questions --------------------------------------------------------------------


def _custom() -> tuple[GuideEntry, ...]:
    return (
        GuideEntry(key="goal", heading="Min ledarvision", question="Vart är du på väg?"),
        GuideEntry(key="strengths", heading="Det jag är bra på"),
        GuideEntry(key="development_areas", heading="Att öva på", question="Vad?"),
        GuideEntry(key="actions", heading="Så här gör jag", question="Vad, hur, när?"),
    )


def test_a_programme_words_its_own_guide(demo_db: Database) -> None:
    cohort_id = fl_cohort(demo_db)
    with demo_db.read() as s:
        program_id = s.scalar(select(Program.id).where(Program.code == "FL")) or 0
        before = action_plan_guide.program_guide(s, program_id)
    assert before.custom is None and before.language == Language.SWEDISH
    with demo_db.write() as s:
        reversed_order = tuple(reversed(_custom()))
        after = action_plan_guide.set_program_guide(s, program_id, reversed_order)
    assert after.custom == _custom()  # stored in section order
    with demo_db.read() as s:
        stored = s.get(Program, program_id)
        assert stored is not None and "Min ledarvision" in (stored.action_plan_guide or "")
        assert json.loads(stored.action_plan_guide or "")[0]["key"] == "goal"
        assert action_plan_guide.cohort_guide(s, cohort_id) == _custom()
        document = action_plan_documents.plan_documents(s, cohort_id)[0][1]
    assert document.guide == _custom()
    # the defaults of any language, exactly, mean "each cohort's own language"
    with demo_db.write() as s:
        reset = action_plan_guide.set_program_guide(s, program_id, DEFAULT_GUIDES["en"])
    assert reset.custom is None
    with demo_db.read() as s:
        assert action_plan_guide.cohort_guide(s, cohort_id) == DEFAULT_GUIDES["sv"]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (_custom()[:3], "lacks the section"),
        ((*_custom(), GuideEntry(key="goal", heading="Igen")), "given twice"),
        ((*_custom()[:3], GuideEntry(key="vision", heading="V")), "no section “vision”"),
        ((*_custom()[:3], GuideEntry(key="actions", heading="  ")), "needs a heading"),
        ((*_custom()[:3], GuideEntry(key="actions", heading="x" * 121)), "longer than 120"),
    ],
)
def test_a_guide_is_checked_before_it_is_stored(
    demo_db: Database, entries: tuple[GuideEntry, ...], message: str
) -> None:
    with demo_db.read() as s:
        program_id = s.scalar(select(Program.id).where(Program.code == "FL")) or 0
    with pytest.raises(ValidationError, match=message), demo_db.write() as s:
        action_plan_guide.set_program_guide(s, program_id, entries)


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        "[]",
        '{"goal": "x"}',
        '[{"key": "goal"}]',
        "[1, 2]",
        '[{"key": "x", "heading": "y"}]',
    ],
)
def test_a_damaged_guide_falls_back_to_the_defaults(demo_db: Database, stored: str) -> None:
    cohort_id = fl_cohort(demo_db)
    with demo_db.write() as s:
        program = s.scalar(select(Program).where(Program.code == "FL"))
        assert program is not None
        program.action_plan_guide = stored
    with demo_db.read() as s:
        assert action_plan_guide.cohort_guide(s, cohort_id) == DEFAULT_GUIDES["sv"]
        assert (
            action_plans.open_plan(s, enrollment(demo_db, "Ekström")).guide
            == (DEFAULT_GUIDES["sv"])
        )
        assert action_plan_documents.plan_documents(s, cohort_id)


# -- documents and files -----------------------------------------------------------------------


def test_documents_are_in_the_cohorts_language(demo_db: Database) -> None:
    cohort_id = fl_cohort(demo_db)
    with demo_db.read() as s:
        documents = action_plan_documents.plan_documents(s, cohort_id)
    names = [d.name for _, d in documents]
    assert names[0] == "Johan Ekström" and names[-1] == "Åsa Öberg-Jäätteenmäki"  # by surname
    asa = documents[-1][1]
    assert asa.follow_up == nb("15 september 2026") and asa.mentor == "Anders Bergström"
    assert asa.manager == "Karin Håkansson" and asa.language == "sv"
    assert [(a.by_when, a.status) for a in asa.actions] == [
        (nb("30 april 2026"), "Pågår"),
        (nb("1 juni 2026"), "Planerad"),
    ]
    assert asa.texts["goal"].startswith("Jag vill leda min enhet")
    with demo_db.write() as s:
        cohort = s.get(Cohort, cohort_id)
        assert cohort is not None
        cohort.language = Language.ENGLISH
    with demo_db.read() as s:
        english = dict(action_plan_documents.plan_documents(s, cohort_id))[documents[-1][0]]
    assert english.follow_up == nb("15 September 2026")
    assert english.actions[0].status == "In progress"
    assert english.guide == DEFAULT_GUIDES["en"]


def test_choosing_whose_plans_print(demo_db: Database) -> None:
    cohort_id = fl_cohort(demo_db)
    bergstrom = mentor(demo_db, "Bergström")
    fatima = enrollment(demo_db, "Al-Hassan")
    with demo_db.read() as s:
        adepts = action_plan_documents.plan_documents(s, cohort_id, mentor_id=bergstrom)
        assert {d.name for _, d in adepts} == {
            "Marie-Louise Gyllenstierna af Lundholm-Björkqvist",
            "Zeynep Yılmaz",
            "Åsa Öberg-Jäätteenmäki",
        }
        with pytest.raises(ValidationError, match="No action plan yet for Fatima Al-Hassan"):
            action_plan_documents.plan_documents(s, cohort_id, [fatima])
        assert (
            action_plan_documents.plan_documents(s, cohort_id, [fatima], skip_without_plan=True)
            == []
        )
        with pytest.raises(ValidationError, match="not a mentor"):
            action_plan_documents.plan_documents(s, cohort_id, mentor_id=fatima)
        with pytest.raises(ValidationError, match="not a participant"):
            action_plan_documents.plan_documents(s, cohort_id, [bergstrom])
        named = action_plan_documents.blank_document(s, cohort_id, fatima)
        unnamed = action_plan_documents.blank_document(s, cohort_id, None)
        blanks = action_plan_documents.blank_documents(s, cohort_id, mentor_id=bergstrom)
    assert named.name == "Fatima Al-Hassan" and named.mentor == "Karin Håkansson"
    assert not named.actions and not any(named.texts.values())
    assert unnamed.name == "" and unnamed.programme == "Framtidens ledare"
    assert len(blanks) == 5 and all(not d.actions for _, d in blanks)


def test_merged_pdf_and_separate_files(demo_db: Database, tmp_path: Path) -> None:
    cohort_id = fl_cohort(demo_db)
    with demo_db.read() as s:
        job = action_plan_output.print_job(s, cohort_id)
        blank = action_plan_output.print_job(s, cohort_id, unnamed=True)
    out = tmp_path / "planer.pdf"
    assert action_plan_output.write_plans_pdf(job, out) == 6
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Johan Ekström" in text and "Åsa Öberg-Jäätteenmäki" in text
    assert blank.blank and action_plan_output.write_plans_pdf(blank, tmp_path / "tom.pdf") == 1
    with pytest.raises(ValidationError, match=r"\.pdf"):
        action_plan_output.write_plans_pdf(job, tmp_path / "planer.docx")

    folder = tmp_path / "var för sig"
    folder.mkdir()
    (folder / "Johan Ekström handlingsplan.pdf").write_bytes(b"someone else's")
    written = action_plan_output.write_plan_files(job, folder)
    assert len(written) == 6 and all(p.parent == folder for p in written)
    assert (folder / "Johan Ekström handlingsplan.pdf").read_bytes() == b"someone else's"
    assert (folder / "Johan Ekström handlingsplan (2).pdf").read_bytes().startswith(b"%PDF")
    assert (folder / "Åsa Öberg-Jäätteenmäki handlingsplan.pdf").exists()


def test_a_cancelled_batch_leaves_nothing_behind(demo_db: Database, tmp_path: Path) -> None:
    from app.errors import CancelledError

    with demo_db.read() as s:
        job = action_plan_output.print_job(s, fl_cohort(demo_db))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CancelledError):
        action_plan_output.write_plan_files(job, out / "new", cancelled=cancelled)
    assert len(asked) == 3 and not (out / "new").exists()  # two files written, then removed
    with pytest.raises(CancelledError):
        action_plan_output.write_plans_pdf(job, out / "x.pdf", cancelled=lambda: True)
    assert not list(out.iterdir())


def test_a_name_the_fonts_cannot_draw_is_a_clear_error(demo_db: Database) -> None:
    emir = enrollment(demo_db, "Hodžić")
    with demo_db.write() as s:
        action_plans.save_plan(s, emir, PlanFields(goal="Leda 🚀 framåt"))
    with demo_db.read() as s:
        job = action_plan_output.print_job(s, fl_cohort(demo_db), [emir])
    with pytest.raises(ValidationError, match="Emir"):
        action_plan_output.write_plans_pdf(job, Path("never-written.pdf"))


def test_nobody_to_print(db: Database) -> None:
    from app.services import cohorts, programs
    from app.services.cohorts import CohortFields
    from app.services.programs import ProgramFields

    with db.write() as s:
        program = programs.create_program(s, ProgramFields(name="P", code="P"))
        cohort = cohorts.create_cohort(s, program.id, CohortFields(name="C"))
    with db.read() as s, pytest.raises(ValidationError, match="blank forms"):
        action_plan_output.print_job(s, cohort.id)
    with db.read() as s:
        assert action_plan_output.print_job(s, cohort.id, unnamed=True).documents[0].name == ""
