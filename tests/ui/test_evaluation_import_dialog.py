"""Importing a Forms export's answers in the window: the participant import's mapping step
with the evaluation's questions, a check that names rows, then the import."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db import Database
from app.domain import Language
from app.i18n import language as gettext_language
from app.i18n import set_language
from app.importing.reader import read_table
from app.models import EvaluationResponse
from app.services import evaluation_import
from tests.conftest import AFTER_DEMO
from tests.ui.languages import interface_in
from tests.unit.test_evaluation_import import (
    _emails,
    _evaluation,
    _google_csv,
    _microsoft_forms,
)
from ui.dialogs.evaluation_import_dialog import EMAIL, EvaluationImportDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

SHOTS = os.environ.get("KOHORT_SCREENSHOTS")


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    yield window


def _dialog(
    qtbot: QtBot, window: MainWindow, db: Database, path: Path, evaluation_id: int
) -> EvaluationImportDialog:
    table = read_table(path)
    with db.read() as s:
        setup = evaluation_import.import_setup(s, evaluation_id, table)
    dialog = EvaluationImportDialog(window, window.workspace, table, setup)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_check_then_import_a_google_forms_export(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=True)
    source = _google_csv(
        tmp_path / "svar.csv",
        [
            "2026/03/19,4,5,4,4,3,5,Föreläsningar,Kanske,Att lyssna,,",
            "2026/03/19,9,5,5,4,4,4,,Nej,,,",
        ],
    )
    dialog = _dialog(qtbot, window, demo_db, source, evaluation_id)
    assert [c.currentData() for c in dialog.mapping_box.combos] == [None, *questions]
    dialog.check()
    assert "Row 3: question 1: “9” is not a number from 1 to 5." in dialog.result_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.mapping_box.combos[1].setCurrentIndex(0)  # ignore the first question's column
    dialog.check()
    assert dialog.import_button.isEnabled()
    dialog.commit()
    assert dialog.imported
    with demo_db.read() as s:
        count = select(func.count()).select_from(EvaluationResponse)
        assert s.scalar(count.where(EvaluationResponse.evaluation_id == evaluation_id)) == 2


def test_a_later_export_of_the_same_form_shows_the_rows_imported_before(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=True)
    week_one = ["2026/03/19,4,5,4,4,3,5,Föreläsningar,Kanske,Att lyssna,,"]
    first = _google_csv(tmp_path / "svar 1.csv", week_one)
    with demo_db.write() as s:
        evaluation_import.import_answers(s, evaluation_id, read_table(first))
    dialog = _dialog(qtbot, window, demo_db, first, evaluation_id)
    dialog.check()
    assert dialog.result_label.text().splitlines()[1:] == [
        "1 row imported before will be skipped:",
        "Row 2: already imported.",
        "Nothing new to import.",
    ]
    assert not dialog.import_button.isEnabled()
    grown = _google_csv(tmp_path / "svar 2.csv", [*week_one, "2026/03/26,5,5,5,5,5,5,,Ja,,,"])
    dialog = _dialog(qtbot, window, demo_db, grown, evaluation_id)
    dialog.check()
    assert dialog.result_label.text().startswith("1 response, 7 answers.")
    assert "Row 2: already imported." in dialog.result_label.text()
    if SHOTS:
        QApplication.processEvents()  # the label's new lines laid out
        dialog.grab().save(str(Path(SHOTS) / "evaluation-import-again.png"))
    dialog.commit()
    with demo_db.read() as s:
        count = select(func.count()).select_from(EvaluationResponse)
        assert s.scalar(count.where(EvaluationResponse.evaluation_id == evaluation_id)) == 2


@pytest.mark.parametrize("language", [Language.SWEDISH, Language.FINNISH], ids=str)
def test_a_microsoft_forms_export_maps_the_e_mail_column(
    qtbot: QtBot,
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,
    language: Language,
) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=False)
    source = _microsoft_forms(tmp_path / "Kursutvärdering.xlsx", _emails(demo_db, 3))
    before = gettext_language()
    set_language(str(language))
    with interface_in(language):
        dialog = _dialog(qtbot, window, demo_db, source, evaluation_id)
        assert dialog.mapping_box.combos[3].currentData() == EMAIL
        dialog.check()
        assert dialog.import_button.isEnabled()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"evaluation-import-{language}.png"))
    set_language(before)
