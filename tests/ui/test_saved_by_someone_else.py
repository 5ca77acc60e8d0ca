"""A person, session or diploma design (a cohort's, or a programme's signatories) another
coordinator saved while this one had the dialog open: the save is refused, the dialog opens
again with what was typed and who changed it when."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.db import Database
from app.models_base import who_changes
from app.services import diploma_settings, people, programs, sessions
from app.services.diploma_settings import DesignSettings, SignatorySettings
from tests.ui.helpers import on_tab
from tests.ui.test_workspace import _row, answers, select_rows
from ui.dialogs.design_dialog import DesignDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.main_window import MainWindow


def test_a_session_saved_elsewhere_is_not_overwritten(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    page = on_tab(window, window.cohort_page.sessions)
    page.view.selectRow(0)
    shown = page.selected()
    assert shown is not None and shown.version == 1
    with demo_db.write() as s:  # the other coordinator, after this window read the list
        sessions.update_session(s, shown.id, replace(sessions.fields_of(shown), venue="Aula"))
    typed = replace(sessions.fields_of(shown), venue="Nolhaga slott")
    calls = answers(monkeypatch, SessionDialog, "ask", typed, None)
    page.edit_session()
    assert len(calls) == 2
    (_parent, values, _areas, error), _ = calls[1]
    assert values == typed  # nothing typed is lost
    assert error.startswith(f"Changed by {who_changes()} at ") and "reload" in error
    with demo_db.read() as s:
        assert sessions.get_session(s, shown.id).venue == "Aula"


def test_a_person_saved_while_the_dialog_was_open_is_not_overwritten(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    page = on_tab(window, window.cohort_page.participants)
    person = _row(window, "Lindgren").person
    select_rows(page, "Lindgren")
    asked: list[tuple[object, str | None]] = []

    def ask(_parent: object, values: people.PersonFields, _orgs: object, error: object) -> object:
        asked.append((values, error if isinstance(error, str) else None))
        if len(asked) > 1:
            return None
        with demo_db.write() as s:  # the other coordinator saves while this dialog is open
            people.update_person(s, person.id, replace(values, job_title="Rektor"))
        return replace(values, phone="040-123 45")

    monkeypatch.setattr(PersonDialog, "ask", ask)
    page.edit_person()
    assert len(asked) == 2
    values, error = asked[1]
    assert isinstance(values, people.PersonFields) and values.phone == "040-123 45"
    assert error is not None and "reload to see the change" in error
    with demo_db.read() as s:
        now = people.get_person(s, person.id)
    assert (now.job_title, now.phone) == ("Rektor", person.phone)


def test_a_design_saved_while_the_editor_was_open_is_not_overwritten(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    page = on_tab(window, window.cohort_page.diplomas)
    cohort_id = page.cohort_id
    assert cohort_id is not None
    shown: list[tuple[str, str]] = []

    def run(self: DesignDialog) -> tuple[DesignSettings, bool] | None:
        shown.append((self.place.text(), self.error.text()))
        if len(shown) > 1:
            return None  # cancelled, to reload
        with demo_db.write() as s:  # the other coordinator saves while this editor is open
            theirs = replace(diploma_settings.load_settings(s, cohort_id), place="Vänersborg")
            diploma_settings.save_settings(s, cohort_id, theirs, today=dt.date(2026, 1, 1))
        return replace(self.settings(), place="Trollhättan"), False

    monkeypatch.setattr(DesignDialog, "run", run)
    page.design()
    assert len(shown) == 2
    typed, error = shown[1]
    assert typed == "Trollhättan"  # nothing typed is lost
    assert error.startswith(f"Changed by {who_changes()} at ") and "reload" in error
    with demo_db.read() as s:
        assert diploma_settings.load_settings(s, cohort_id).place == "Vänersborg"


def test_programme_signatories_saved_elsewhere_are_not_overwritten(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    window.refresh()
    model = window.sidebar.model
    item = next(
        model.item(r)
        for r in range(model.rowCount())
        if model.item(r).text() == "Framtidens ledare"
    )
    window.tree.setCurrentIndex(item.index())
    with demo_db.read() as s:
        program = programs.find_program_by_code(s, "FL")
    assert program is not None
    theirs = (SignatorySettings(name="Eva Lund", title="Rektor"),)
    with demo_db.write() as s:  # the other coordinator, after this window read the programme
        programs.update_program(
            s, program.id, replace(programs.fields_of(program), signatories=theirs)
        )
    typed = replace(programs.fields_of(program), signatories=(SignatorySettings(name="Per Ek"),))
    calls = answers(monkeypatch, ProgramDialog, "ask", typed, None)
    window.sidebar.edit_selected()
    assert len(calls) == 2
    (_parent, values, error), _ = calls[1]
    assert values == typed and "reload to see the change" in error
    with demo_db.read() as s:
        assert programs.get_program(s, program.id).signatories == theirs
