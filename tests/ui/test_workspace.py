"""Setting up a programme by hand in the window, with the dialogs answered by the test."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import AttendanceStatus, EnrollmentStatus, Role
from app.rules import CompletionRule
from app.services import attendance, cohorts, enrollments, programs, sessions
from app.services.cohorts import CohortFields
from app.services.people import PersonFields
from app.services.programs import ProgramFields
from app.services.sessions import SessionFields
from tests.conftest import AFTER_DEMO
from tests.ui.conftest import participant_rows
from tests.ui.helpers import on_tab
from ui import msgbox, ui_state
from ui.dialogs.cohort_dialog import CohortDialog, DuplicateCohortDialog
from ui.dialogs.person_dialog import EnrollChoice, EnrollDialog, PersonDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.dialogs.session_dialog import SeriesDialog, SeriesRequest, SessionDialog
from ui.main_window import MainWindow
from ui.participants_page import ParticipantsPage


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    return shown


def answers(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, *replies: object) -> list:
    """Make ``cls.name`` answer with ``replies`` in turn; record how it was asked."""
    calls: list[tuple] = []
    queue = list(replies)

    def fake(*args: object, **kwargs: object) -> object:
        calls.append((args, kwargs))
        return queue.pop(0)

    monkeypatch.setattr(cls, name, fake)
    return calls


def select_rows(page: ParticipantsPage, *last_names: str) -> None:
    view, proxy = page.view, page.proxy
    view.clearSelection()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data().split(",")[0] in last_names:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_set_up_a_programme_by_hand(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    sidebar = window.sidebar
    # a programme: the first try clashes with nothing, so it is created
    answers(
        monkeypatch,
        ProgramDialog,
        "ask",
        ProgramFields(
            "Framtidens ledare",
            "FL",
            focus_areas=("Kommunikation",),
            rule=CompletionRule(min_attendance_percent=75),
        ),
    )
    sidebar.new_programme()
    assert window.sidebar.model.item(0).text() == "Framtidens ledare"
    window.tree.setCurrentIndex(window.sidebar.model.item(0).index())

    # a cohort: the first name clashes with nothing either; the dialog gets the rule default
    cohort_calls = answers(
        monkeypatch,
        CohortDialog,
        "ask",
        CohortFields("Omgång 1", dt.date(2026, 9, 2), dt.date(2027, 3, 17)),
    )
    sidebar.new_cohort()
    assert cohort_calls[0][0][2].min_attendance_percent == 75
    assert window.pages.currentIndex() == window.PAGE_COHORT
    page = window.cohort_page
    assert "Omgång 1" in page.header.text()
    assert "No sessions planned yet." in page.overview.text.text()

    # six sessions every four weeks
    answers(
        monkeypatch,
        SeriesDialog,
        "ask",
        SeriesRequest(
            SessionFields(
                "Träff",
                dt.date(2026, 9, 2),
                start_time=dt.time(9),
                end_time=dt.time(16),
                venue="Stadshuset",
            ),
            6,
            28,
        ),
    )
    on_tab(window, page.sessions).add_series()
    assert page.sessions.proxy.rowCount() == 6
    assert page.sessions.proxy.index(5, 0).data() == "2027-01-20"  # 5 × 28 days later

    # a mentor and two participants, one of them new, one enrolled from earlier cohorts
    answers(
        monkeypatch,
        PersonDialog,
        "ask_new_with_role",
        (PersonFields("Karin", "Håkansson", organization="Alingsås kommun"), Role.MENTOR),
        (
            PersonFields("Åsa", "Öberg", email="asa@alingsas.se", organization="Alingsås kommun"),
            Role.PARTICIPANT,
        ),
    )
    on_tab(window, page.participants).add_person()
    page.participants.add_person()
    assert page.participants.proxy.rowCount() == 2
    select_rows(page.participants, "Öberg")
    page.participants.set_mentor(_enrollment_of(window, "Håkansson"))
    row = _row(window, "Öberg")
    assert row.mentor_name == "Karin Håkansson"
    assert "without a mentor" not in on_tab(window, page.overview).text.text()
    assert "No upcoming sessions." in page.overview.text.text()  # "today" is mid-2027 here


def test_a_clash_reopens_the_dialog_with_what_was_typed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    with db.write() as s:
        programs.create_program(s, ProgramFields("Framtidens ledare", "FL"))
    window.refresh()
    typed = ProgramFields("framtidens LEDARE", "FL2")
    calls = answers(monkeypatch, ProgramDialog, "ask", typed, None)
    window.sidebar.new_programme()
    assert len(calls) == 2
    (_parent, values, error), _ = calls[1]
    assert values == typed and "already a programme" in error


def test_sessions_page_edit_duplicate_delete(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database, errors: list[str]
) -> None:
    window.refresh()
    page = on_tab(window, window.cohort_page.sessions)
    page.view.selectRow(0)
    first = page.selected()
    assert first is not None
    answers(
        monkeypatch,
        SessionDialog,
        "ask",
        SessionFields("Start: Att leda sig själv", first.date, venue="Nolhaga slott"),
    )
    page.edit_session()
    assert page.proxy.index(0, 3).data() == "Nolhaga slott"
    page.view.selectRow(0)
    # the first session has attendance: deleting is refused with the reason
    monkeypatch.setattr(msgbox, "question", lambda *_: True)
    page.delete_session()
    assert errors and "cancelled instead" in errors[0]
    assert page.proxy.rowCount() == 5
    page.view.selectRow(0)
    answers(monkeypatch, SessionDialog, "ask", SessionFields("Extra träff", dt.date(2026, 4, 16)))
    page.duplicate_session()
    assert page.proxy.rowCount() == 6
    page.view.selectRow(5)
    page.delete_session()  # no attendance yet: it goes
    assert page.proxy.rowCount() == 5


def test_participants_status_role_withdraw_delete(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    page = on_tab(window, window.cohort_page.participants)
    select_rows(page, "Lindgren", "Nordén")
    page.set_status(EnrollmentStatus.COMPLETED)
    assert {_row(window, n).status for n in ("Lindgren", "Nordén")} == {EnrollmentStatus.COMPLETED}
    select_rows(page, "Lindgren")
    page.set_role(Role.FACILITATOR)
    assert _row(window, "Lindgren").role == Role.FACILITATOR
    assert _row(window, "Lindgren").mentor_name is None  # only participants have mentors
    questions: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: questions.append(text) or True)
    select_rows(page, "Nordén")
    page.withdraw()
    assert _row(window, "Nordén").status == EnrollmentStatus.WITHDRAWN
    assert "kept" in questions[-1]
    select_rows(page, "Åkerlund")
    page.delete_person()
    assert "5 attendance marks" in questions[-1] and "Withdraw instead" in questions[-1]
    assert all(p.person.last_name != "Åkerlund" for p in participant_rows(window))


def test_enroll_an_alumna_into_a_new_cohort(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        copy = cohorts.duplicate_cohort(s, fl.id, name="Omgång 4", start_date=dt.date(2026, 11, 5))
        asa = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.person.first_name == "Åsa"
        )
    ui_state.CHOSEN_COHORT.write(window.settings, copy.id)
    window.refresh()
    assert "Omgång 4" in window.cohort_page.header.text()
    searched: list[list[str]] = []

    def fake_ask(_parent: object, search: object) -> EnrollChoice:
        found: list[list[str]] = []
        search("åsa öberg", lambda ms: found.append([m.person.full_name for m in ms]))  # type: ignore[operator]
        searched.extend(found)
        return EnrollChoice(asa.person.id, Role.PARTICIPANT)

    monkeypatch.setattr(EnrollDialog, "ask", fake_ask)
    on_tab(window, window.cohort_page.participants).enroll_existing()
    assert searched == [["Åsa Öberg-Jäätteenmäki"]]
    assert [p.person.id for p in participant_rows(window)] == [asa.person.id]


def test_duplicate_and_archive_cohort(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    answers(
        monkeypatch, DuplicateCohortDialog, "ask", ("Omgång 4, 2026/2027", dt.date(2026, 11, 5))
    )
    window.sidebar.duplicate_cohort()
    assert "Omgång 4, 2026/2027" in window.cohort_page.header.text()
    assert on_tab(window, window.cohort_page.sessions).proxy.rowCount() == 5
    window.sidebar.toggle_archive()
    names = [
        window.sidebar.model.item(0).child(i).text()
        for i in range(window.sidebar.model.item(0).rowCount())
    ]
    assert "Omgång 4, 2026/2027" not in names
    window.sidebar.show_archived.trigger()
    names = [
        window.sidebar.model.item(0).child(i).text()
        for i in range(window.sidebar.model.item(0).rowCount())
    ]
    assert "Omgång 4, 2026/2027 (archived)" in names


def test_overview_lists_what_needs_doing(window: MainWindow, demo_db: Database) -> None:
    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        row = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.person.last_name == "Ekström"
        )
        enrollments.set_mentor(s, row.enrollment_id, None)
        new = sessions.create_session(s, fl.id, SessionFields("Återträff", dt.date(2027, 9, 1)))
        attendance.mark_attendance(
            s, session_id=new.id, person_ids=[row.person.id], status=AttendanceStatus.PRESENT
        )
    window.refresh()
    text = on_tab(window, window.cohort_page.overview).text.text()
    assert "1 participant without a mentor: Johan Ekström" in text
    assert "1 upcoming session without a venue or link: Återträff" in text
    assert "Återträff" in text.split("Next session")[1]
    by_organization = text.split("Attendance by organization")[1]
    assert "Alingsås kommun" in by_organization and "10 eligible" in by_organization
    assert "Attendance by session" in text


def test_completion_rule_from_the_attendance_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    current = window.sidebar.current_cohort()
    assert current is not None
    stricter = replace(
        cohorts.fields_of(current), rule=replace(current.rule, min_attendance_percent=100)
    )
    calls = answers(monkeypatch, CohortDialog, "ask", stricter)
    on_tab(window, window.cohort_page.attendance).rule_action.trigger()
    assert calls and calls[0][0][1].rule == current.rule  # opened on the cohort in force
    grid = on_tab(window, window.cohort_page.attendance).model
    eligible = sum(1 for r in range(grid.rowCount()) if grid.eligibility(r).eligible)
    assert eligible == 8  # the seven with 5 of 5 sessions, plus the one override


def _row(window: MainWindow, last_name: str):  # type: ignore[no-untyped-def]
    return next(p for p in participant_rows(window) if p.person.last_name == last_name)


def _enrollment_of(window: MainWindow, last_name: str) -> int:
    return int(_row(window, last_name).enrollment_id)


def test_merge_probable_duplicates(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database, qtbot: QtBot
) -> None:
    from app.services import people as people_service
    from ui.dialogs.duplicates_dialog import DuplicatesDialog

    with demo_db.write() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        twin = people_service.create_person(
            s, PersonFields("Johan", "Ekström", email="JOHAN.EKSTROM@alingsas.se")
        )
        enrollments.enroll(s, cohort_id=fl.id, person_id=twin.id, role=Role.GUEST)
    window.refresh()
    shown: list[DuplicatesDialog] = []

    def show(parent: object, pairs: list, merge: object) -> None:
        dialog = DuplicatesDialog(None, pairs, merge)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.keep_first.click()

    monkeypatch.setattr(DuplicatesDialog, "show_pairs", show)
    from ui import msgbox

    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or True)
    on_tab(window, window.cohort_page.participants).find_duplicates()
    assert shown and shown[0].list.count() == 1  # only "No probable duplicates." is left
    assert [p.person.last_name for p in participant_rows(window)].count("Ekström") == 1
    assert "cannot be undone" in asked[0]


def test_adding_someone_whose_email_is_known_offers_to_enroll_them(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    from ui import msgbox

    with demo_db.read() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
    ui_state.CHOSEN_COHORT.write(window.settings, lec.id)
    window.refresh()
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "offer", lambda _p, _t, text: asked.append(text) or True)
    answers(
        monkeypatch,
        PersonDialog,
        "ask_new_with_role",
        (PersonFields("Åsa", "Öberg", email="ASA.OBERG-JAATTEENMAKI@alingsas.se"), Role.MENTOR),
    )
    on_tab(window, window.cohort_page.participants).add_person()
    assert "Åsa Öberg-Jäätteenmäki already has the e-mail" in asked[0]
    row = _row(window, "Öberg-Jäätteenmäki")  # the existing person, now also a mentor here
    assert row.role == Role.MENTOR
    assert all(p.person.last_name != "Öberg" for p in participant_rows(window))


def test_eligibility_override_from_the_participants_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database, qtbot: QtBot
) -> None:
    from ui.dialogs.override_dialog import OverrideChoice, OverrideDialog

    window.refresh()
    page = on_tab(window, window.cohort_page.participants)
    select_rows(page, "Strömbäck")
    before = _row(window, "Strömbäck").eligibility
    assert before is not None and not before.eligible
    dialog = OverrideDialog(None, "Göran Strömbäck", before)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert any("not eligible (attendance below minimum)" in text for text in labels)
    dialog.eligible.setChecked(True)
    with pytest.raises(ValueError, match="why"):
        dialog.values()
    dialog.reason.setPlainText("Kompletterade med en skriftlig uppgift")
    choice = dialog.values()
    monkeypatch.setattr(OverrideDialog, "ask", lambda *_: choice)
    page.override_eligibility()
    after = _row(window, "Strömbäck").eligibility
    assert after is not None and after.eligible and after.override is not None
    assert isinstance(choice, OverrideChoice)
    select_rows(page, "Strömbäck")
    monkeypatch.setattr(OverrideDialog, "ask", lambda *_: OverrideChoice(None, ""))
    page.override_eligibility()
    back = _row(window, "Strömbäck").eligibility
    assert back is not None and not back.eligible and back.override is None


def test_signin_sheet_from_the_sessions_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from ui.dialogs import files

    window.refresh()
    page = on_tab(window, window.cohort_page.sessions)
    page.view.selectRow(0)
    target = tmp_path / "lista.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_: target)
    monkeypatch.setattr(files, "launch_viewer", lambda path: opened.append(path) or True)
    page.signin_sheet()
    assert opened == [target]
    assert "Ekström, Johan" in PdfReader(target).pages[0].extract_text()


def test_a_saved_sheet_no_pdf_reader_opens_is_named_to_the_user(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database, tmp_path: Path
) -> None:
    from ui.dialogs import files

    window.refresh()
    page = on_tab(window, window.cohort_page.sessions)
    page.view.selectRow(0)
    target = tmp_path / "lista.pdf"
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(files, "choose_pdf_file", lambda *_: target)
    monkeypatch.setattr(files, "launch_viewer", lambda _path: False)
    monkeypatch.setattr(msgbox, "information", lambda _p, title, text: told.append((title, text)))
    page.signin_sheet()
    assert target.exists()
    assert told == [
        (
            "Saved, not opened",
            f"lista.pdf was saved in the folder {tmp_path}, but no PDF reader opened it. "
            "Open it from there, or install a PDF reader.",
        )
    ]
