"""The window's log (and the crash dialog's details) never hold personal data: errors
provoked with marked names, e-mails and phones, through the window's own paths, leave no
trace of them in kohort.log.

The marks are put together at run time, so that no line of source code holds one (a
traceback quotes source lines).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.changes import Changes
from app.db import Database
from app.services import people
from app.services.people import PersonFields
from tests.ui.helpers import on_tab
from tests.ui.test_import_export import _csv, drive
from ui import crash, msgbox
from ui.app import setup_logging
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

MARK = "ZZMARK-" + "0815"
FIELDS = PersonFields(
    first_name=f"{MARK}-first",
    last_name=f"{MARK}-last",
    email=f"{MARK.lower()}@example.se",
    phone=f"+358 40 {MARK[-4:]} {MARK[-4:]}",
)
MARKS = (MARK, FIELDS.email, FIELDS.phone)


@pytest.fixture
def kohort_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log and crash hook exactly as ui.app.run_gui sets them up."""
    path = tmp_path / "log" / "kohort.log"
    root = logging.getLogger()
    level = root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = setup_logging(path)
    crash.install(path)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def marks_in(text: str) -> int:
    return sum(text.count(mark) for mark in MARKS)


def _integrity_error(db: Database) -> None:
    with db.write() as session:
        people.create_person(session, FIELDS)


def _bug_quoting_a_person(db: Database) -> None:
    with db.write() as session:
        person = people.create_person(session, replace(FIELDS, email=None))
        raise LookupError(f"no row for {person.full_name} ({FIELDS.email}, {FIELDS.phone})")


@pytest.mark.parametrize("work", [_integrity_error, _bug_quoting_a_person])
def test_an_unexpected_error_in_a_task_reaches_the_crash_hook_without_personal_data(
    qtbot: QtBot,
    db: Database,
    kohort_log: Path,
    monkeypatch: pytest.MonkeyPatch,
    work: Callable[[Database], None],
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "crash", lambda _text, details: shown.append(details))
    # A person pointing at an organization that is not there: an IntegrityError whose
    # statement carries the person's name, e-mail and phone as parameters.
    if work is _integrity_error:
        monkeypatch.setattr(people, "organization_id", lambda _session, _name: 999_999)
    runner = TaskRunner()  # the real worker thread: the error comes back through Qt
    try:
        # No on_error: a bug, for the crash hook.
        runner.run(lambda: work(db), lambda _result: None)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        runner.shutdown()
    text = kohort_log.read_text(encoding="utf-8")
    kind = "IntegrityError" if work is _integrity_error else "LookupError"
    assert "Unhandled exception" in text and kind in text
    assert work.__name__ in text  # where it happened is kept
    assert marks_in(text) == 0
    assert kind in shown[0] and marks_in(shown[0]) == 0


def test_a_database_error_on_a_write_shows_a_message_and_logs_nothing_personal(
    window: MainWindow, db: Database, kohort_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _parent, _title, text: errors.append(text))
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda con, _record: con.execute("PRAGMA query_only = 1"))
    window.workspace.write(
        window, lambda session: people.create_person(session, FIELDS), changes=Changes()
    )
    assert errors and "read-only" in errors[0]
    assert marks_in(kohort_log.read_text(encoding="utf-8")) == 0


def test_an_import_with_a_bad_row_logs_nothing_personal(
    qtbot: QtBot,
    window: MainWindow,
    demo_db: Database,
    kohort_log: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from app.services import cohorts
    from ui import ui_state

    with demo_db.read() as session:
        cohort = cohorts.list_cohorts(session)[0]
    ui_state.CHOSEN_COHORT.write(window.settings, cohort.id)
    window.refresh()
    source = _csv(
        tmp_path / "lista.csv",
        "Förnamn;Efternamn;E-post;Telefon",
        f"{FIELDS.first_name};{FIELDS.last_name};{MARK}(at)example.se;{FIELDS.phone}",
    )

    def steer(dialog: ImportDialog) -> None:
        dialog.check()
        assert "Nothing can be imported" in dialog.result_label.text()
        dialog.reject()

    seen = drive(qtbot, monkeypatch, steer)
    on_tab(window, window.cohort_page.participants).import_file(source)
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected
    assert marks_in(kohort_log.read_text(encoding="utf-8")) == 0
