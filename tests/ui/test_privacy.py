"""The GDPR actions in the window: export, erase (with its confirmation) and retention."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.privacy_erase import ErasureImpact
from tests.ui.conftest import participant_rows
from tests.ui.helpers import on_tab
from tests.ui.test_workspace import select_rows
from ui import msgbox, privacy_actions
from ui.dialogs.erase_dialog import EraseDialog
from ui.dialogs.retention_dialog import RetentionDialog, RetentionModel
from ui.main_window import MainWindow

SURNAME = "Öberg-Jäätteenmäki"


def test_export_writes_the_record_and_the_json_beside_it(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = on_tab(window, window.cohort_page.participants)
    select_rows(page, SURNAME)
    assert page.export_data_action.isEnabled() and page.erase_data_action.isEnabled()
    target = tmp_path / "asa.pdf"
    monkeypatch.setattr(privacy_actions, "choose_record_file", lambda *_a: target)
    page.export_data_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    body = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert body["last_name"] == SURNAME and body["enrollments"]
    assert str(target) in window.statusBar().currentMessage()


def _impact(diplomas: int) -> ErasureImpact:  # one enrollment, with the diplomas if any
    return ErasureImpact(
        person_id=1,
        name="Åsa Öberg",
        enrollments=1,
        attendance_marks=5,
        action_plans=1,
        actions=2,
        diplomas=diplomas,
        diploma_serials=("FL-2026-001",) * diplomas,
        signatory_slots=0,
        named_as_manager=0,
        diploma_enrollments=1 if diplomas else 0,
    )


def test_the_confirmation_says_what_goes_and_enter_cancels(qtbot: QtBot) -> None:
    dialog = EraseDialog(None, _impact(0), "Backups made before the erasure still hold the data")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "5 attendance marks" in dialog.goes.text() and "2 actions" in dialog.goes.text()
    assert "Backups" in dialog.backups.text()
    assert dialog.erase_button.isEnabled() and not dialog.erase_button.isDefault()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 0  # Enter is Cancel
    assert dialog.confirmed().with_diplomas is False


def test_diplomas_stay_unless_ticked(qtbot: QtBot) -> None:
    """The issue: issued diplomas stay in the register unless erased explicitly."""
    dialog = EraseDialog(None, _impact(1), "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.with_diplomas.isVisible() and "FL-2026-001" in dialog.with_diplomas.text()
    assert "Also erase the issued diploma (1)" in dialog.with_diplomas.text()
    assert dialog.erase_button.isEnabled()  # erasing the person alone is allowed
    assert dialog.stays.text().startswith("Kept: the issued diploma in the diploma register")
    assert dialog.confirmed().with_diplomas is False
    # the diploma's enrollment stays: no "0 enrollments" line
    assert "enrollment" not in dialog.goes.text() and "0 " not in dialog.goes.text()
    dialog.with_diplomas.setChecked(True)
    assert "1 enrollment in a cohort" in dialog.goes.text()
    assert dialog.erase_button.isEnabled()
    assert "nothing about Åsa Öberg stays" in dialog.stays.text()
    assert dialog.confirmed().with_diplomas is True


def test_the_confirmation_leaves_out_what_they_have_none_of(qtbot: QtBot) -> None:
    from dataclasses import replace

    nothing = replace(_impact(0), attendance_marks=0, action_plans=0, actions=0)
    dialog = EraseDialog(None, nothing, "")
    qtbot.addWidget(dialog)
    lines = dialog.goes.text().splitlines()
    assert lines[1:] == [
        "• their details: e-mail, phone, job title, organization, department",
        "• 1 enrollment in a cohort",
    ]


def test_the_status_line_counts_the_diplomas_kept() -> None:
    one, two = privacy_actions.erased_text(_impact(1)), privacy_actions.erased_text(_impact(2))
    assert one == "Åsa Öberg was erased; their issued diploma stays in the register."
    assert two == "Åsa Öberg was erased; their 2 issued diplomas stay in the register."


def test_erase_removes_the_person_and_scrubs_the_file(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = on_tab(window, window.cohort_page.participants)
    select_rows(page, SURNAME)
    shown: list[ErasureImpact] = []

    def ask(_parent: object, impact: ErasureImpact, backups: str) -> ErasureImpact:
        assert str(demo_db.path.parent / "backups") in backups
        shown.append(impact)
        return impact

    monkeypatch.setattr(EraseDialog, "ask", ask)
    page.erase_data_action.trigger()
    assert shown and shown[0].attendance_marks > 0
    assert SURNAME not in {p.person.last_name for p in participant_rows(window)}
    assert window.statusBar().currentMessage() == f"{shown[0].name} was erased."
    data = demo_db.path.read_bytes()
    wal = demo_db.path.with_name(demo_db.path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert SURNAME.encode() not in data


@pytest.fixture
def old_person(demo_db: Database) -> str:
    with demo_db.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO person (first_name, last_name, created_at) "
            "VALUES ('Gammal', 'Gallrad', '2001-01-01 00:00:00')"
        )
    return "Gammal Gallrad"


def test_retention_lists_and_erases_the_selected(
    window: MainWindow,
    demo_db: Database,
    old_person: str,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dialog = RetentionDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.row_at(r).name for r in range(model.rowCount())] == [old_person]
    assert model.index(0, RetentionModel.REASON).data() == "no activity for over 5 years"
    dialog.show()  # every column readable at the default size (1366×768 screens)
    header = dialog.view.horizontalHeader()
    assert dialog.width() >= 1000 and header.sectionSize(RetentionModel.NAME) <= 260
    last = RetentionModel.DIPLOMAS
    assert header.sectionViewportPosition(last) < dialog.view.viewport().width()
    assert not dialog.erase_button.isEnabled()
    dialog.select_all.click()
    assert dialog.erase_button.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    dialog.erase_button.click()
    assert "backups" in asked[0] and model.rowCount() == 1  # No: nothing erased

    monkeypatch.setattr(msgbox, "question", lambda *_a: True)
    dialog.erase_button.click()
    assert model.rowCount() == 0
    con = sqlite3.connect(demo_db.path)
    try:
        gone = con.execute("SELECT count(*) FROM person WHERE last_name = 'Gallrad'").fetchone()
        assert gone == (0,)
    finally:
        con.close()


def test_retention_periods_change_the_list(
    window: MainWindow, old_person: str, qtbot: QtBot
) -> None:
    dialog = RetentionDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.years.setValue(40)
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text().startswith("Nobody is due for erasure")
    assert dialog.view.isHidden() and not dialog.erase_button.isEnabled()
    dialog.years.setValue(0)
    assert dialog.model.rowCount() == 1
    assert "1 person" in dialog.summary.text()


def test_the_file_menu_opens_retention(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(RetentionDialog, "show_for", lambda *a: opened.append(a))
    window.retention_action.trigger()
    assert opened


def test_the_erase_button_is_destructive_and_cancel_the_default(qtbot: QtBot) -> None:
    dialog = EraseDialog(None, _impact(0), "")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.buttonRole(dialog.erase_button) == QDialogButtonBox.ButtonRole.DestructiveRole
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(cancel, QPushButton) and cancel.isDefault()


def test_an_organizations_periods_are_set_from_the_retention_dialog(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from app.services import privacy_retention
    from app.services.privacy_retention import RetentionPeriods
    from ui.dialogs.retention_periods_dialog import RetentionPeriodsDialog

    dialog = RetentionDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    offered: list[list[RetentionPeriods]] = []

    def ask(_parent: object, periods: list[RetentionPeriods]) -> RetentionPeriods:
        offered.append(periods)
        form = RetentionPeriodsDialog(None, periods)
        qtbot.addWidget(form)
        form.organization.setCurrentText("Alingsås kommun")
        form.years.setValue(8)
        return form.values()

    monkeypatch.setattr(RetentionPeriodsDialog, "ask", ask)
    dialog.periods_button.click()
    assert "Alingsås kommun" in [p.organization for p in offered[0]]
    with demo_db.read() as session:
        saved = {p.organization: p for p in privacy_retention.retention_periods(session)}
    assert saved["Alingsås kommun"].years == 8
    assert saved["Alingsås kommun"].applicant_months is None


def test_delete_and_erase_say_which_is_for_what(window: MainWindow) -> None:
    page = on_tab(window, window.cohort_page.participants)
    assert "by mistake" in page.delete_action.statusTip()
    assert "GDPR" in page.erase_data_action.statusTip()
    assert page.erase_data_action.toolTip() == page.erase_data_action.statusTip()
    assert page.more_menu.toolTipsVisible()


def test_a_kept_diploma_of_an_erased_person_stays_on_the_diplomas_tab() -> None:
    import datetime as dt

    from app.services.diploma_listing import IssuedDiploma
    from ui.diploma_table import DiplomaTableModel, diploma_rows

    kept = IssuedDiploma(
        id=1,
        enrollment_id=7,
        person_id=3,
        person_name="Åsa Öberg",
        name_as_printed="Åsa Öberg",
        serial="FL-2026-001",
        verification_code="ABCD",
        issue_date=dt.date(2026, 6, 1),
        template="classic",
        record_sha256="0" * 64,
        printed_at=None,
        revoked=False,
        revoked_reason=None,
        replaces_id=None,
        replaced_by_id=None,
        ineligible_reason=None,
    )
    found = diploma_rows([], [kept])  # erased: in no participant list
    assert [r.diploma for r in found] == [kept]
    model = DiplomaTableModel()
    model.set_rows(found)
    assert model.index(0, DiplomaTableModel.NAME).data() == "Åsa Öberg"
