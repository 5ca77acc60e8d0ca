"""What the reunions window says after an action: in the interface language, in the window
itself, with plurals; and a status change that lands after another list was chosen."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import EnrollmentStatus, InviteeStatus, Language
from app.services import enrollments, gathering_output, gatherings, people
from app.services.gatherings import GatheringFields
from app.services.people import PersonFields
from tests.conftest import AFTER_DEMO
from tests.ui.languages import interface_in
from tests.ui.test_reunions_window import open_reunions
from ui import msgbox
from ui.dialogs import files
from ui.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "ui"


def demo_reunion(db: Database) -> tuple[int, list[int]]:
    with db.read() as s:
        reunion = next(g for g in gatherings.list_gatherings(s, 1) if g.invited == 27)
        found = gathering_output.invitees(s, reunion.id)
        return reunion.id, [i.person_id for i in found if i.status == InviteeStatus.INVITED]


@pytest.mark.usefixtures("demo_db")
def test_export_and_sign_in_sheet_say_so_in_swedish_in_the_window(
    window: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gid, people = demo_reunion(db)
    with db.write() as s:  # one declines: left off the sheet
        gatherings.set_status(s, gid, people[0], InviteeStatus.DECLINED, today=AFTER_DEMO)
        found = gathering_output.invitees(s, gid)
        declined = sum(i.status == InviteeStatus.DECLINED for i in found)
    monkeypatch.setattr(files, "open_file", lambda *_a: None)
    reunions = open_reunions(window)
    with interface_in(Language.SWEDISH):
        reunions.save_export(gid, tmp_path / "lista.xlsx")
        said = reunions.status_bar.currentMessage()
        assert said.startswith("Inbjudningslistan sparades:") and "(27 namn)" in said
        reunions.save_signin_sheet(gid, tmp_path / "lista.pdf")
        said = reunions.status_bar.currentMessage()
        assert said.startswith("Närvarolistan sparades:")
        assert f"({27 - declined} namn)" in said
        assert said.endswith(f"{declined} som tackat nej står inte på den.")
        assert window.statusBar().currentMessage() == said  # the main window's too
    with interface_in(Language.FINNISH):
        reunions.save_export(gid, tmp_path / "lista.csv")
        assert "(27 nimeä)" in reunions.status_bar.currentMessage()


@pytest.mark.usefixtures("demo_db")
def test_writes_are_confirmed_in_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reunions = open_reunions(window)
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or True)
    with interface_in(Language.SWEDISH):
        reunions.delete_button.click()
        assert reunions.status_bar.currentMessage() == "Återträffen är borttagen."
    assert "inbjudningslista med 27 personer?" in asked[0]


@pytest.mark.usefixtures("demo_db")
def test_deleting_a_list_of_one_says_one_person(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as s:
        info = gatherings.create_gathering(
            s, 1, GatheringFields(title="Föreläsning", date=dt.date(2027, 9, 1))
        )
        gatherings.add_by_hand(s, info.id, 1)
    reunions = open_reunions(window)
    reunions.reload(select=info.id)
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    reunions.delete_button.click()
    with interface_in(Language.SWEDISH):
        reunions.delete_button.click()
    with interface_in(Language.FINNISH):
        reunions.delete_button.click()
    assert "invitation list of 1 person?" in asked[0]
    assert "inbjudningslista med 1 person?" in asked[1]
    assert "1 henkilön kutsulista?" in asked[2]


def test_no_mixin_asks_qt_for_a_plural_by_its_own_class() -> None:
    """PySide's ``self.tr(text, "", n)`` looks the text up under the object's class first and
    takes that class's English "%n" form as found: a plural in a mixin (or a base class) is
    never translated. Mixins name their context (``QCoreApplication.translate``)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in UI.rglob("*.py")}
    bases = {
        ast.unparse(base).rsplit(".", 1)[-1]
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
    }
    found = [
        f"{path.name}:{call.lineno} ({cls.name})"
        for path, tree in trees.items()
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef) and cls.name in bases
        for call in ast.walk(cls)
        if isinstance(call, ast.Call)
        and ast.unparse(call.func) == "self.tr"
        and (len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords))
    ]
    assert found == []


@pytest.mark.usefixtures("demo_db")
def test_a_status_saved_after_another_list_was_chosen_is_not_shown_there(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as s:
        gid, other = (
            gatherings.create_gathering(s, 1, GatheringFields(title=title, date=day)).id
            for title, day in (
                ("Återträff", dt.date(2027, 9, 1)),
                ("Föreläsning", dt.date(2027, 10, 1)),
            )
        )
        for gathering_id in (gid, other):
            gatherings.invite_alumni(s, gathering_id)
    reunions = open_reunions(window)
    reunions.reload(select=gid)
    held: list[Callable[[], None]] = []
    write = reunions.workspace.write

    def slow_write(parent: Any, work: Any, **kwargs: Any) -> None:
        done = kwargs.pop("done")
        box: list[Any] = []
        write(parent, work, done=box.append, **kwargs)
        held.append(lambda: done(box[0]))  # delivered later, as from a busy worker

    reunions.view.setCurrentIndex(reunions.model.index(0, 0))
    changed = reunions.model.rows[0].person_id
    monkeypatch.setattr(reunions.workspace, "write", slow_write)
    reunions.view.setFocus()
    qtbot.keyClick(reunions.view, Qt.Key.Key_N)  # declined, on the reunion's list
    monkeypatch.setattr(reunions.workspace, "write", write)
    reunions.reload(select=other)  # the coordinator moved on to the lecture
    assert reunions.current_id() == other
    before = [r.status for r in reunions.loaded]
    held.pop()()
    assert [r.status for r in reunions.loaded] == before  # the lecture's list is untouched
    assert not reunions.undo_button.isEnabled()
    with db.read() as s:  # the reunion's answer is saved
        saved = {i.person_id: i.status for i in gathering_output.invitees(s, gid)}
    assert saved[changed] == InviteeStatus.DECLINED


@pytest.mark.usefixtures("demo_db")
def test_the_history_writes_role_and_status_in_lower_case(window: MainWindow, db: Database) -> None:
    with db.write() as s:
        person = people.create_person(s, PersonFields(first_name="Åsa", last_name="Öberg"))
        enrollments.enroll(s, cohort_id=1, person_id=person.id, status=EnrollmentStatus.COMPLETED)
        # still "enrolled" in a cohort that ended: an alumna, shown as completed
        other = people.create_person(s, PersonFields(first_name="Ánde", last_name="Ŋuolja"))
        enrollments.enroll(s, cohort_id=1, person_id=other.id)
    reunions = open_reunions(window)
    reunions.tabs.setCurrentWidget(reunions.alumni)
    tab = reunions.alumni
    row = next(r for r in range(tab.list.rowCount()) if tab.list.item(r, 0).text() == "Öberg, Åsa")
    with interface_in(Language.SWEDISH):
        tab.list.setCurrentCell(row, 0)
        assert "– deltagare, genomfört" in tab.history.toPlainText()
        row = next(
            r for r in range(tab.list.rowCount()) if tab.list.item(r, 0).text() == "Ŋuolja, Ánde"
        )
        tab.list.setCurrentCell(row, 0)
        assert "– deltagare, genomfört" in tab.history.toPlainText()
    with interface_in(Language.FINNISH):
        tab._person_chosen(row)
        assert "– osallistuja, suorittanut" in tab.history.toPlainText()
