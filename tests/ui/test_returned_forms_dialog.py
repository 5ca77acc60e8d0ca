"""Reading filled-in PDF forms in the window: many files at once, a preview per file, Apply
disabled while a file has a problem; and the Action plans tab writing fillable forms."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.domain import Language
from app.i18n import language as gettext_language
from app.i18n import set_language
from app.models import ActionPlan
from app.services import action_plans, returnable_forms
from tests.conftest import AFTER_DEMO
from tests.ui.languages import interface_in
from tests.unit.test_action_plan_service import enrollment, fl_cohort
from tests.unit.test_returned_plan_forms import fill
from ui.dialogs import files
from ui.dialogs.returned_forms_dialog import ReturnedFormsDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

SHOTS = os.environ.get("KOHORT_SCREENSHOTS")  # a folder: save the dialog as PNG there


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    yield window


def _forms(db: Database, folder: Path) -> list[Path]:
    with db.write() as s:
        job = returnable_forms.plan_forms(s, fl_cohort(db))
        return returnable_forms.write_forms(job, folder)


def _returned(db: Database, tmp_path: Path) -> tuple[Path, Path, Path]:
    with db.write() as s:  # nobody has a plan yet: the forms start empty
        for plan in s.scalars(select(ActionPlan)):
            s.delete(plan)
    forms = _forms(db, tmp_path / "ut")
    alhassan = next(p for p in forms if "Al-Hassan" in p.name)
    other = next(p for p in forms if "Al-Hassan" not in p.name)
    filled = fill(
        alhassan,
        tmp_path / "Handlingsplan - Fatima Al-Hassan (ifylld).pdf",
        {"goal": "Leda med tydlighet och mod", "action1_what": "Medarbetarsamtal varje månad"},
    )
    broken = tmp_path / "skannad.pdf"
    broken.write_bytes(b"%PDF-1.4 trasig")
    return filled, other, broken


def test_apply_waits_until_no_file_has_a_problem(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    filled, unfilled, broken = _returned(demo_db, tmp_path)
    dialog = ReturnedFormsDialog(window, window.workspace, (fl_cohort(demo_db), "Omgång 3"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([filled, unfilled, broken])
    assert dialog.table.rowCount() == 3
    assert "Fatima Al-Hassan" in dialog.table.item(0, 1).text()
    assert "Leda med tydlighet och mod" in dialog.table.item(0, 2).text()
    assert dialog.table.item(1, 3).text() == "Nothing is filled in."
    assert dialog.table.item(2, 3).text() == "The PDF is damaged and cannot be read."
    assert not dialog.apply_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.table.selectRow(2)
    for row in (2, 1):  # remove both files with problems
        dialog.table.clearSelection()
        dialog.table.selectRow(row)
        dialog.remove_selected()
    assert dialog.table.rowCount() == 1 and dialog.apply_button.isEnabled()
    dialog.apply()
    with demo_db.read() as s:
        plan = action_plans.open_plan(s, enrollment(demo_db, "Al-Hassan"))
    assert plan.fields.goal == "Leda med tydlighet och mod"


@pytest.mark.parametrize("language", [Language.SWEDISH, Language.FINNISH], ids=str)
def test_the_dialog_in_swedish_and_finnish(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path, language: Language
) -> None:
    filled, unfilled, broken = _returned(demo_db, tmp_path)
    before = gettext_language()
    set_language(str(language))  # the services' words, as the window sets them at start
    with interface_in(language):
        dialog = ReturnedFormsDialog(window, window.workspace, (fl_cohort(demo_db), "Omgång 3"))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.add_files([filled, unfilled, broken])
        assert dialog.apply_button.text() == {"sv": "&Verkställ", "fi": "&Tallenna"}[language]
        assert not dialog.apply_button.isEnabled()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"returned-forms-{language}.png"))
    set_language(before)


def test_the_plans_tab_writes_one_fillable_form_per_participant(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "formulär"
    monkeypatch.setattr(files, "choose_folder", lambda *_a: folder)
    monkeypatch.setattr(files, "open_file", lambda *_a, **_k: True)
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.PLANS_TAB)
    page = window.cohort_page.plans
    page.write_fillable_forms()
    written = sorted(folder.glob("*.pdf"))
    assert len(written) == len(page.shown()) > 0
    assert all(p.name.startswith("Handlingsplan - ") for p in written)


def test_the_file_menu_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    texts = {a.text(): a for a in window.file_menu.actions()}
    assert "Import evaluation ans&wers…" in texts
    texts["Rea&d filled-in PDF forms…"].trigger()
    dialog = window.findChild(ReturnedFormsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.only_cohort.isChecked()  # the cohort chosen in the sidebar
    dialog.close()
