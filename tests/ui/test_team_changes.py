"""The window on a team database shows what others change (NOTIFY kohort_changes)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.changes import Changes
from app.db import Database, open_database
from app.db_notify import LISTENER, changes_of, parse, payload
from app.domain import QuestionKind
from app.services import evaluations, gatherings, programs
from app.services.evaluation_templates import QuestionFields
from app.services.gatherings import GatheringFields
from tests.conftest import AFTER_DEMO
from tests.ui.test_evaluation_page import show_tab
from tests.ui.test_main_window import select_cohort
from tests.ui.test_reunions_window import open_reunions
from ui.evaluation_rows import FormAnswer
from ui.main_window import MainWindow

on_the_server = pytest.mark.parametrize("database_kind", ["postgresql"], indirect=True)
WAIT_MS = 30_000


def _programmes(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.item(row).text() for row in range(model.rowCount())]


def _shows(window: MainWindow, text: str) -> bool:
    return any(text in name for name in _programmes(window))


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second Kohort on the same team database (its own connections, its own id)."""
    second = open_database(db._location)
    yield second
    second.close()


def _listening(qtbot: QtBot, window: MainWindow) -> None:
    listener = window.team_changes.listener
    assert listener is not None
    qtbot.waitUntil(listener.listening.is_set, timeout=WAIT_MS)


def _rename_first(db: Database, name: str) -> None:
    with db.write() as session:
        first = programs.list_programs(session)[0]
        fields = dataclasses.replace(programs.fields_of(first), name=name)
        programs.update_program(session, first.id, fields)


@on_the_server
def test_a_change_by_another_user_is_shown(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database, tmp_path: Path
) -> None:
    _listening(qtbot, window)
    _rename_first(other, "Åsa Öberg-Jäätteenmäkis programme")
    qtbot.waitUntil(lambda: _shows(window, "Åsa Öberg-Jäätteenmäkis"), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Updated: changes made by another user"
    assert window.team_changes.applied == 1
    window.grab().save(str(tmp_path / "changed-by-another.png"))


@on_the_server
def test_an_open_dialog_defers_the_refresh_until_it_closes(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database
) -> None:
    _listening(qtbot, window)
    dialog = QDialog(window)  # as a dialog being filled in: not modal, still editing
    dialog.show()
    _rename_first(other, "Renamed meanwhile")
    qtbot.waitUntil(lambda: bool(window.team_changes.pending), timeout=WAIT_MS)
    assert dialog.isVisible() and not _shows(window, "Renamed meanwhile")
    assert window.team_changes.applied == 0
    dialog.close()
    qtbot.waitUntil(lambda: _shows(window, "Renamed meanwhile"), timeout=WAIT_MS)


@on_the_server
def test_an_open_cell_editor_is_not_lost(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database
) -> None:
    _listening(qtbot, window)
    model = QStandardItemModel(1, 1)
    view = QTableView(window.pages)  # a table with a cell being edited, in the window
    view.setModel(model)
    view.show()
    index = model.index(0, 0)
    assert window.team_changes.editing() is False
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None and view.state() == QAbstractItemView.State.EditingState
    editor.setText("Half-written")
    _rename_first(other, "Renamed while editing")
    qtbot.waitUntil(lambda: bool(window.team_changes.pending), timeout=WAIT_MS)
    assert view.state() == QAbstractItemView.State.EditingState
    assert editor.text() == "Half-written" and not _shows(window, "Renamed while editing")
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    qtbot.waitUntil(lambda: _shows(window, "Renamed while editing"), timeout=WAIT_MS)
    assert model.item(0, 0).text() == "Half-written"


@on_the_server
def test_the_windows_own_writes_cause_no_second_refresh(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database
) -> None:
    _listening(qtbot, window)
    _rename_first(window.db, "Renamed here")  # the window's own connection, its own id
    window.reload_changed(Changes(programs=True))
    qtbot.waitUntil(lambda: _shows(window, "Renamed here"), timeout=WAIT_MS)
    _rename_first(other, "Renamed there")  # notes arrive in order: the own one came first
    qtbot.waitUntil(lambda: _shows(window, "Renamed there"), timeout=WAIT_MS)
    assert window.team_changes.applied == 1


@on_the_server
def test_the_listener_connects_again_after_losing_the_server(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database
) -> None:
    _listening(qtbot, window)
    listener = window.team_changes.listener
    assert listener is not None
    with other.engine.begin() as conn:  # as a server restart does to it
        ended = conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = :name AND datname = current_database()"
            ),
            {"name": LISTENER},
        ).scalars()
        assert list(ended) == [True]
    qtbot.waitUntil(lambda: not listener.listening.is_set(), timeout=WAIT_MS)
    _listening(qtbot, window)  # again, by itself
    _rename_first(other, "Renamed after the break")
    qtbot.waitUntil(lambda: _shows(window, "Renamed after the break"), timeout=WAIT_MS)


@on_the_server
def test_a_change_from_the_command_line_is_shown(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    _listening(qtbot, window)
    assert _programmes(window) == []
    env = {
        **os.environ,
        "KOHORT_DB": db._location or "",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KOHORT_LANG": "en",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: _shows(window, "Framtidens ledare"), timeout=WAIT_MS)


def test_a_window_on_a_file_starts_no_listener(window: MainWindow) -> None:
    assert not window.db.on_server
    assert window.team_changes.listener is None


@on_the_server
def test_a_rolled_back_write_sends_nothing_and_a_note_names_its_kinds(
    demo_db: Database, other: Database
) -> None:
    import psycopg

    conninfo = demo_db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("LISTEN kohort_changes")
        with pytest.raises(RuntimeError), other.write() as session:
            first = programs.list_programs(session)[0]
            fields = dataclasses.replace(programs.fields_of(first), name="Never")
            programs.update_program(session, first.id, fields)
            raise RuntimeError("rolled back")
        assert list(conn.notifies(timeout=0.5, stop_after=1)) == []
        _rename_first(other, "Sent")
        notes = list(conn.notifies(timeout=10, stop_after=1))
    source, changes = parse(notes[0].payload)
    assert source == other.change_source
    assert changes.programs and not changes.marks  # the programme (and its signatories)


def test_a_payload_is_read_back_and_a_strange_one_means_everything() -> None:
    changes = Changes(marks=True, people=True)
    assert parse(payload(changes, "abc")) == ("abc", changes)
    assert parse("not json") == ("", Changes.everything())
    assert parse('{"from": "x", "kinds": ["a_new_kind"]}') == ("x", Changes.everything())
    assert changes_of({"attendance"}) == Changes(marks=True)
    assert changes_of({"attendance", "a_table_kohort_does_not_know"}) == Changes.everything()


def test_evaluations_forms_and_reunions_name_their_kinds() -> None:
    for table in ("evaluation", "evaluation_question", "evaluation_response", "evaluation_answer"):
        assert changes_of({table}) == Changes(evaluations=True)
    assert changes_of({"returnable_form"}) == Changes(evaluations=True, plans=True)
    assert changes_of({"gathering", "gathering_invitee"}) == Changes(reunions=True)
    assert parse(payload(Changes(reunions=True), "x")) == ("x", Changes(reunions=True))


@on_the_server
def test_others_evaluation_writes_reach_the_evaluation_tab_but_not_a_half_typed_form(
    qtbot: QtBot, window: MainWindow, demo_db: Database, other: Database
) -> None:
    _listening(qtbot, window)
    select_cohort(window, "FL")
    page = show_tab(window)
    assert page.state is not None and page.cohort is not None
    before = len(page.state.evaluations)
    with other.write() as s:
        created = evaluations.create_evaluation(s, page.cohort.id, template=None, anonymous=True)
        evaluations.add_question(
            s, created.id, QuestionFields(kind=QuestionKind.SCALE, text="Helhet", scale_max=5)
        )
        evaluation_id = created.id
    qtbot.waitUntil(lambda: len(page.state.evaluations) == before + 1, timeout=WAIT_MS)
    page.chooser.setCurrentIndex(page.chooser.findData(evaluation_id))
    summary = page.state.summary
    assert summary is not None and summary.id == evaluation_id and not summary.closed
    page.entry.rows[0].set_answer(FormAnswer(number=4))  # a paper form half typed in
    assert window.team_changes.editing()
    with other.write() as s:
        evaluations.set_closed(s, evaluation_id, True)
    qtbot.waitUntil(lambda: bool(window.team_changes.pending), timeout=WAIT_MS)
    assert not page.state.summary.closed and page.entry.answers()[0][1].number == 4
    page.entry.clear_form()  # saved or thrown away: then the change is shown
    qtbot.waitUntil(lambda: page.state.summary.closed, timeout=WAIT_MS)


@on_the_server
def test_the_reunions_window_shows_others_changes_and_holds_nothing_back(
    qtbot: QtBot,
    window: MainWindow,
    demo_db: Database,
    other: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _listening(qtbot, window)
    reunions = open_reunions(window)
    listed = reunions.list.count()
    with other.write() as s:
        fields = GatheringFields(title="Öppen föreläsning i Åbo", date=AFTER_DEMO, venue="Åbo")
        gatherings.create_gathering(s, reunions.program.id, fields)
    qtbot.waitUntil(lambda: reunions.list.count() == listed + 1, timeout=WAIT_MS)
    assert reunions.isVisible() and not window.team_changes.editing()
    reunions.tabs.setCurrentWidget(reunions.alumni)
    loads: list[int] = []
    real = reunions.alumni.load
    monkeypatch.setattr(reunions.alumni, "load", lambda: (loads.append(1), real())[1])
    _rename_first(other, "Renamed with the reunions open")
    qtbot.waitUntil(lambda: _shows(window, "Renamed with the reunions open"), timeout=WAIT_MS)
    assert loads == [1]  # the alumni shown were read again too
