"""The window's Verify dialog says, like `kohort verify`, whether the register's record of
the diploma is intact, made by another renderer (both drawing versions) or damaged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.db import Database
from app.models import Diploma
from app.services import diploma_recipes
from diplomas.render_version import RENDER_VERSION
from tests.unit.test_diploma_service import _issue_eligible, _prepare
from ui.dialogs.verify_dialog import VerifyDialog
from ui.main_window import MainWindow


def _check(qtbot: QtBot, dialog: VerifyDialog, code: str) -> str:
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    return dialog.answer.text()


def test_verify_shows_the_state_of_the_stored_record(
    qtbot: QtBot, demo_db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.write() as session:
        _prepare(session)
    first, second = _issue_eligible(demo_db, 2)
    dialog = VerifyDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()

    answer = _check(qtbot, dialog, first.verification_code)
    assert "Valid" in answer and "record of it is intact (its hash matches)" in answer

    with monkeypatch.context() as patch:  # as if issued under another drawing version
        patch.setattr(diploma_recipes, "renderer_fingerprint", lambda: '{"render":99}')
        answer = _check(qtbot, dialog, first.verification_code)
    assert "made by another renderer" in answer
    assert f"drawing version {RENDER_VERSION}; this Kohort draws version {RENDER_VERSION}" in answer

    with demo_db.write() as session:  # one byte of the stored recipe
        content = session.scalar(select(Diploma.content_json).where(Diploma.id == second.id))
        assert content is not None and "Omgång" in content
        session.execute(
            update(Diploma)
            .where(Diploma.id == second.id)
            .values(content_json=content.replace("Omgång", "Omgåns"))
        )
    answer = _check(qtbot, dialog, second.verification_code)
    assert "record of it is damaged" in answer and "backup" in answer
    assert "record of it is intact" not in answer
    assert "Cannot be confirmed" in answer and "Valid" not in answer
    assert "color:#a4262c'><b>Cannot be confirmed" in answer
    answer = _check(qtbot, dialog, first.verification_code)  # the other one still holds
    assert "record of it is intact (its hash matches)" in answer


def test_a_diploma_from_before_recipes_claims_only_its_pdf(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Its hash covers the stored PDF, not the name and date the register shows."""
    from app.services.diploma_recipes import RecordCheck, RecordState

    dialog = VerifyDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    text = dialog.record_text(RecordCheck(RecordState.EXACT, None, frozen=True))
    assert "stored PDF is intact (its hash matches)" in text and "no hash covers" in text
    assert "record of it is intact" not in text
