"""A revoked diploma is not "not issued": the Diplomas tab says it was revoked, which one
and why, and a new diploma after a revoke is issued only to someone chosen by name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import diploma_listing
from tests.ui.test_diplomas_page import page, rows, select
from ui import diplomas_page, msgbox
from ui.diploma_table import DiplomaTableModel
from ui.diplomas_page import DiplomasPage

__all__ = ["page"]  # the fixture


def issued_text(page: DiplomasPage, last_name: str) -> str:
    model = page.model
    for r in range(model.rowCount()):
        if model.row_at(r).participant.person.last_name == last_name:
            return str(model.index(r, DiplomaTableModel.ISSUED).data())
    raise AssertionError(last_name)


def test_a_revoked_diploma_says_so_and_is_issued_anew_only_by_choice(
    qtbot: QtBot, page: DiplomasPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or True)
    page.issue()  # everyone eligible
    serial = rows(page)["Al-Hassan"].diploma.serial  # type: ignore[union-attr]
    monkeypatch.setattr(
        diplomas_page.QInputDialog, "getText", lambda *_a, **_k: ("Fel person", True)
    )
    select(page, "Al-Hassan")
    page.revoke()
    assert rows(page)["Al-Hassan"].diploma is None
    assert issued_text(page, "Al-Hassan") == f"Revoked ({serial}): Fel person"
    assert issued_text(page, "Strömbäck") == "not issued"  # never issued: as before
    if os.environ.get("KOHORT_SCREENSHOTS"):
        page.window().grab().save(str(Path(os.environ["KOHORT_SCREENSHOTS"]) / "revoked.png"))

    page.view.clearSelection()
    asked.clear()
    announced: list[str] = []
    monkeypatch.setattr(page.workspace, "announce", announced.append)
    page.issue()  # everyone again: she is left out, and the coordinator is told why
    assert not asked and rows(page)["Al-Hassan"].diploma is None
    assert announced == [
        f"Left out, as their diploma was revoked: Fatima Al-Hassan ({serial}). To issue a "
        "new one, select them and choose Issue."
    ]
    with demo_db.read() as s:
        register = diploma_listing.list_diplomas(s, page.cohort_id or 0)
    assert len(register) == 10  # nothing new

    select(page, "Al-Hassan")
    page.issue()  # chosen by name: a new diploma, and the question says what happened
    assert f"diploma {serial} was revoked (Fel person)" in asked[-1]
    new = rows(page)["Al-Hassan"].diploma
    assert new is not None and new.serial != serial
    assert issued_text(page, "Al-Hassan").startswith(new.serial)
