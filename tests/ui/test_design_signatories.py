"""The signatories in the design editor are readable where the editor opens on a small
screen (1366 × 768 gives it 1180 × 720): a name and a title of some 40 characters each
show whole, in Swedish and Finnish too. Side by side they were cut to "gsås kommun".
The programme dialog's signatories likewise, at the size it opens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import Language
from app.services.programs import ProgramFields
from app.services.signatories import SignatorySettings
from tests.ui.languages import interface_in
from tests.ui.test_diploma_design import _dialog, page, window
from ui.dialogs.design_widgets import SignatoryRow
from ui.dialogs.program_dialog import ProgramDialog
from ui.diplomas_page import DiplomasPage

__all__ = ["page", "window"]  # the fixtures

LONG = (
    SignatorySettings(
        name="Anna-Karin Lindqvist-Gyllenhammar af Berg",
        title="Kommundirektör, Alingsås kommun (tf.)",
    ),
    SignatorySettings(
        name="Ulla-Britt Järvinen-Söderström",
        title="Personalchef och förvaltningschef för HR",
    ),
    SignatorySettings(
        name="Carl-Gustaf von Schéele Wachtmeister",
        title="Programansvarig, Ledarskapsakademin",
    ),
)


@pytest.mark.parametrize("language", [Language.SWEDISH, Language.FINNISH, Language.ENGLISH])
def test_long_names_and_titles_show_whole_at_1366_by_768(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database, language: Language
) -> None:
    with interface_in(language):
        dialog = _dialog(qtbot, page, demo_db)
        dialog.resize(1180, 720)  # what fit_on_screen gives it on a 1366 × 768 screen
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.signers.use_programme.setChecked(False)
        dialog.signers.grid.set_values(LONG)
        dialog.layout().activate()
        qtbot.wait(10)
        assert_whole(dialog.signatories)
        shots = os.environ.get("KOHORT_SCREENSHOTS")
        if shots:
            dialog.left_pane.ensureWidgetVisible(dialog.signatories[-1].signature)
            target = Path(shots) / f"design-signatories-{language.value}.png"
            assert dialog.grab().save(str(target))


@pytest.mark.parametrize("language", [Language.SWEDISH, Language.FINNISH])
def test_the_programme_dialog_shows_them_whole_too(qtbot: QtBot, language: Language) -> None:
    with interface_in(language):
        dialog = ProgramDialog(None, ProgramFields(name="FL", code="FL", signatories=LONG))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_whole(dialog.signatories.rows)
        assert dialog.signatories.rows[0].name.cursorPosition() == 0  # its start in view


def assert_whole(rows: list[SignatoryRow]) -> None:
    for row, signatory in zip(rows, LONG, strict=True):
        for edit, text in ((row.name, signatory.name), (row.title, signatory.title)):
            needed = edit.fontMetrics().horizontalAdvance(text)
            assert edit.width() > needed + 8, (text, edit.width(), needed)
