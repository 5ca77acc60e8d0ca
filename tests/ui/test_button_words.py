"""The standard buttons in the interface language as that language writes them: Qt's own
Swedish catalogue says "Ok", Swedish writes "OK"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain import Language
from tests.ui.languages import interface_in
from ui.dialogs.gathering_dialog import GatheringDialog


@pytest.mark.parametrize(
    ("language", "ok", "cancel"),
    [(Language.SWEDISH, "OK", "Avbryt"), (Language.FINNISH, "OK", "Peru")],
)
def test_ok_is_written_ok(language: Language, ok: str, cancel: str, qtbot: object) -> None:
    with interface_in(language):
        dialog = GatheringDialog(None, None)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        message = QMessageBox(QMessageBox.Icon.Information, "Kohort", "…")
        message.setStandardButtons(QMessageBox.StandardButton.Ok)
        assert message.button(QMessageBox.StandardButton.Ok).text() == ok
        dialog.deleteLater()
        message.deleteLater()
