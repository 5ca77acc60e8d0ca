"""A new programme gets a design that prints: the programme dialog holds its signatories,
and the design editor never opens unprintable without saying what to do."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import cohorts, diploma_design, diploma_settings, programs
from app.services.cohorts import CohortFields
from app.services.diploma_settings import SignatorySettings, load_settings
from app.services.programs import ProgramFields
from tests.conftest import AFTER_DEMO
from ui.dialogs.design_dialog import DesignDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.workspace import Workspace

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)
TODAY = dt.date(2026, 3, 1)


def test_the_programme_dialog_takes_its_signatories(qtbot: QtBot) -> None:
    dialog = ProgramDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Framtidens ledare")
    qtbot.keyClicks(dialog.code, "fl")
    first, second, third = dialog.signatories.rows
    qtbot.keyClicks(first.name, "Eva Lund")
    first.title.setText("Kommundirektör")  # (QTest types ASCII only)
    first.signature.set_data(PNG_1X1)
    qtbot.keyClicks(third.name, "Per Ek")
    qtbot.keyClicks(third.title, "Personalchef")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    named = [s for s in dialog.values().signatories or () if s.name]
    assert named == [
        SignatorySettings(name="Eva Lund", title="Kommundirektör", signature_png=PNG_1X1),
        SignatorySettings(name="Per Ek", title="Personalchef"),
    ]
    assert not second.name.text()


def test_enter_on_a_signature_button_saves_the_dialog_instead_of_choosing_a_file(
    qtbot: QtBot,
) -> None:
    """Seen by a new user: Tab after a signatory's title lands on "Choose…", and Enter then
    opened a file chooser instead of saving the programme."""
    dialog = ProgramDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Framtidens ledare")
    qtbot.keyClicks(dialog.code, "fl")
    first = dialog.signatories.rows[0]
    qtbot.keyClicks(first.name, "Eva Lund")
    first.signature.choose.setFocus()
    qtbot.keyClick(first.signature.choose, Qt.Key.Key_Return)  # no file dialog (it would fail)
    assert not dialog.isVisible() and dialog.values().name == "Framtidens ledare"


def test_the_programme_dialog_shows_the_stored_signatories(qtbot: QtBot) -> None:
    stored = (SignatorySettings(name="Ulla Järvinen", title="HR-chef", signature_png=PNG_1X1),)
    dialog = ProgramDialog(None, ProgramFields("Framtidens ledare", "FL", signatories=stored))
    qtbot.addWidget(dialog)
    first = dialog.signatories.rows[0]
    assert (first.name.text(), first.title.text()) == ("Ulla Järvinen", "HR-chef")
    assert first.signature.data == PNG_1X1 and first.name.isEnabled()


def test_editing_a_programme_from_the_sidebar_shows_and_saves_its_signatories(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    item = next(
        window.sidebar.model.item(r)
        for r in range(window.sidebar.model.rowCount())
        if window.sidebar.model.item(r).text() == "Framtidens ledare"
    )
    window.tree.setCurrentIndex(item.index())
    shown: list[ProgramFields] = []

    def ask(_parent: object, values: ProgramFields, *_a: object, **_k: object) -> ProgramFields:
        shown.append(values)
        return dataclasses.replace(
            values, signatories=(SignatorySettings(name="Eva Lund", title="Personalchef"),)
        )

    monkeypatch.setattr(ProgramDialog, "ask", ask)
    window.sidebar.edit_selected()
    assert [s.name for s in shown[0].signatories or ()] == [
        "Anna-Karin Lindqvist",
        "Ulla Järvinen",
    ]
    with demo_db.read() as s:
        saved = programs.find_program_by_code(s, "FL")
    assert saved is not None
    assert [(x.name, x.title) for x in saved.signatories] == [("Eva Lund", "Personalchef")]


def _design(qtbot: QtBot, db: Database, **programme: object) -> DesignDialog:
    """The design editor of a new programme's first cohort, as the Diplomas tab opens it."""
    with db.write() as s:
        program = programs.create_program(
            s,
            ProgramFields("Framtidens ledare", "FL", **programme),  # type: ignore[arg-type]
        )
        cohort_id = cohorts.create_cohort(s, program.id, CohortFields(name="Omgång 1")).id
    with db.read() as s:
        settings = load_settings(s, cohort_id)
        people = diploma_design.preview_contents(s, cohort_id, today=TODAY)
        signers = diploma_settings.programme_signatories(s, cohort_id)
    workspace = Workspace(db, TaskRunner(synchronous=True))
    dialog = DesignDialog(None, workspace, settings, people, signers, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_with_nobody_to_sign_the_design_opens_ready_for_a_name(qtbot: QtBot, db: Database) -> None:
    dialog = _design(qtbot, db)
    first = dialog.signatories[0]
    assert not dialog.use_programme.isChecked() and not dialog.use_programme.isEnabled()
    assert first.name.isEnabled()
    assert "at least one signatory" in dialog.signers.hint.text()
    assert "Programme ▸ Edit" in dialog.signers.hint.text()
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.name)
    qtbot.keyClicks(first.name, "Eva Lund")
    assert not dialog.signers.hint.text()
    qtbot.waitUntil(lambda: dialog.preview_ok)
    assert "Eva Lund" in dialog.document.getAllText(0).text()
    assert not dialog.settings().programme_signatories


def test_the_programmes_signatories_are_used_and_print(qtbot: QtBot, db: Database) -> None:
    dialog = _design(
        qtbot, db, signatories=(SignatorySettings(name="Eva Lund", title="Kommundirektör"),)
    )
    assert dialog.use_programme.isChecked() and dialog.use_programme.isEnabled()
    assert not dialog.signers.hint.text()
    qtbot.waitUntil(lambda: dialog.preview_ok)
    assert "Kommundirektör" in dialog.document.getAllText(0).text()
    dialog.use_programme.setChecked(False)  # the cohort's own, starting from the programme's
    dialog.signatories[0].name.clear()
    dialog.signatories[0].title.clear()
    dialog.signatories[0].name.textEdited.emit("")
    assert "tick “Use the programme's signatories”" in dialog.signers.hint.text()
    qtbot.waitUntil(lambda: "Cannot print" in dialog.preview_status.text())
    assert "at least one signatory" in dialog.preview_status.text()
