"""The window checks a database in full on its worker when due, and a damaged one is never
written to: the coordinator is told so, and reading goes on."""

from __future__ import annotations

import hashlib

import pytest
from pytestqt.qtbot import QtBot

from app.changes import Changes
from app.db import Database
from app.services import demo
from tests.corruptions import KINDS
from ui import msgbox
from ui.main_window import MainWindow


def test_a_damaged_file_found_by_the_full_check_is_not_written_to(
    qtbot: QtBot, demo_db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: shown.append(text))
    assert demo_db.full_check_due  # a copy Kohort has never checked
    demo_db.engine.dispose()  # the file alone holds everything: damage it on disk
    KINDS["bit in an index page's cell pointers"](demo_db.path)
    before = hashlib.sha256(demo_db.path.read_bytes()).hexdigest()
    window.workspace.check_if_due(window)
    assert len(shown) == 1 and "damaged" in shown[0] and "Restore from backup" in shown[0]
    assert not demo_db.full_check_due and demo_db.damaged is not None
    window.workspace.write(window, demo.create_demo, changes=Changes.everything())
    assert len(shown) == 2 and "will not write" in shown[1]
    window.refresh()  # reading still works
    assert len(shown) == 2  # no error while reading
    demo_db.engine.dispose()
    assert hashlib.sha256(demo_db.path.read_bytes()).hexdigest() == before
