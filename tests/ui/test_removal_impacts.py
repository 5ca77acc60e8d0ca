"""Erasing or deleting a person says that their named course evaluation responses and their
places on reunion invitation lists go too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import Language
from app.services import deletion, gathering_output, gatherings
from app.services.privacy_erase import ErasureImpact
from tests.ui.helpers import on_tab
from tests.ui.languages import interface_in
from tests.ui.test_workspace import select_rows
from ui import msgbox
from ui.dialogs.erase_dialog import EraseDialog
from ui.main_window import MainWindow

IMPACT = ErasureImpact(
    person_id=1,
    name="Åsa Öberg",
    enrollments=1,
    attendance_marks=5,
    action_plans=0,
    actions=0,
    diplomas=0,
    diploma_serials=(),
    signatory_slots=0,
    named_as_manager=0,
    evaluation_responses=2,
    invitations=1,
)


def test_the_erase_dialog_names_responses_and_invitations(qtbot: QtBot) -> None:
    dialog = EraseDialog(None, IMPACT, "")
    qtbot.addWidget(dialog)
    goes = dialog.goes.text().splitlines()
    assert "• 2 named course evaluation responses" in goes
    assert "• 1 place on reunion invitation lists" in goes
    with interface_in(Language.SWEDISH):
        dialog._update()
        goes = dialog.goes.text().splitlines()
        assert "• 2 namngivna kursutvärderingssvar" in goes
        assert "• 1 plats på inbjudningslistor till återträffar" in goes
    nothing = replace(IMPACT, evaluation_responses=0, invitations=0)
    dialog = EraseDialog(None, nothing, "")
    qtbot.addWidget(dialog)
    assert "evaluation" not in dialog.goes.text() and "invitation" not in dialog.goes.text()


@pytest.mark.usefixtures("demo_db")
def test_deleting_a_person_names_responses_and_invitations(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.read() as s:
        (reunion,) = gatherings.list_gatherings(s, 1)
        invited = {i.last_name for i in gathering_output.invitees(s, reunion.id)}
    page = on_tab(window, window.cohort_page.participants)
    shown = {page.proxy.index(r, 0).data().split(",")[0] for r in range(page.proxy.rowCount())}
    surname = sorted(invited & shown)[0]
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    select_rows(page, surname)
    page.delete_person()
    assert "1 place on reunion invitation lists" in asked[-1]
    assert "evaluation" not in asked[-1]  # the demo's evaluation is anonymous
    impact = deletion.person_impact
    monkeypatch.setattr(
        deletion,
        "person_impact",
        lambda s, pid: replace(impact(s, pid), evaluation_responses=3),
    )
    with interface_in(Language.SWEDISH):
        page.delete_person()
    assert "3 namngivna kursutvärderingssvar" in asked[-1]
    assert "1 plats på inbjudningslistor till återträffar" in asked[-1]
    assert asked[-1].startswith("Ta bort ") and "Då tas också bort: " in asked[-1]
