"""Nothing permanent by Enter: every step that cannot be undone asks with No as the default
button (a real QMessageBox, answered with Enter); Enter runs the import after a clean check
and checks the code in Verify, and never silently closes either dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.domain import EnrollmentStatus
from app.importing.mapping import RowError
from app.importing.reader import read_table
from app.services import verification
from app.services.importing import ImportReport
from tests.conftest import AFTER_DEMO
from tests.ui.conftest import participant_rows
from tests.ui.helpers import on_tab
from tests.ui.test_diplomas_page import rows as diploma_rows
from tests.ui.test_diplomas_page import select as select_diploma
from tests.ui.test_import_export import _csv, drive
from tests.ui.test_workspace import _row, select_rows
from ui import diplomas_page, msgbox
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.reissue_dialog import ReissueDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

# The real functions, taken before the autouse fixture replaces them for every test.
REAL_QUESTION, REAL_OFFER = msgbox.question, msgbox.offer
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_settings: QSettings) -> MainWindow:
    main = MainWindow(demo_db, TaskRunner(synchronous=True), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(main)
    main.show()
    main.refresh()
    return main


Asked = list[tuple[str, str, Button]]


def answer_boxes(
    monkeypatch: pytest.MonkeyPatch, answer: Callable[[QMessageBox], None] | None = None
) -> Asked:
    """Every message box msgbox builds is shown for real and answered with Enter (or by
    ``answer``); returns (title, text, default button) of each."""
    asked: Asked = []

    def exec_(box: QMessageBox) -> int:
        default = box.defaultButton()
        shown = box.standardButton(default) if default is not None else Button.NoButton
        asked.append((box.windowTitle(), box.text(), shown))
        box.show()
        if answer is None:
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            answer(box)
        assert not box.isVisible()  # answered
        return box.result()

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(msgbox, "question", REAL_QUESTION)
    monkeypatch.setattr(msgbox, "offer", REAL_OFFER)
    return asked


def test_enter_answers_no_to_a_question_and_yes_to_an_offer(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_boxes(monkeypatch)
    assert msgbox.question(None, "Delete", "Delete it?") is False
    assert msgbox.offer(None, "Demo", "Create the demo?") is True
    assert [default for *_, default in asked] == [Button.No, Button.Yes]


def test_yes_is_still_one_click_away(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def click_yes(box: QMessageBox) -> None:
        button = box.button(Button.Yes)
        assert button is not None
        button.click()

    answer_boxes(monkeypatch, click_yes)
    assert msgbox.question(None, "Delete", "Delete it?") is True


def test_escape_answers_no_even_to_an_offer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_boxes(monkeypatch, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert msgbox.offer(None, "Demo", "Create the demo?") is False


def test_delete_person_withdraw_and_delete_session_are_not_done_by_enter(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_boxes(monkeypatch)
    participants = on_tab(window, window.cohort_page.participants)
    select_rows(participants, "Åkerlund")
    participants.delete_person()
    select_rows(participants, "Nordén")
    participants.withdraw()
    sessions = on_tab(window, window.cohort_page.sessions)
    before = sessions.proxy.rowCount()
    sessions.view.selectRow(before - 1)
    sessions.delete_session()

    assert [(title, default) for title, _, default in asked] == [
        ("Delete person", Button.No),
        ("Withdraw", Button.No),
        ("Delete session", Button.No),
    ]
    assert any(p.person.last_name == "Åkerlund" for p in participant_rows(window))
    assert _row(window, "Nordén").status != EnrollmentStatus.WITHDRAWN
    assert sessions.proxy.rowCount() == before


def test_issue_reissue_and_revoke_are_not_done_by_enter(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.DIPLOMAS_TAB)
    page = on_tab(window, window.cohort_page.diplomas)
    asked = answer_boxes(monkeypatch)
    page.issue()  # nobody selected: everyone eligible
    assert all(r.diploma is None for r in diploma_rows(page).values())

    monkeypatch.setattr(msgbox, "question", lambda *_: True)  # issue them after all
    page.issue()
    asked += answer_boxes(monkeypatch)  # a new list, as the boxes are answered from here
    later = answer_boxes(monkeypatch)
    select_diploma(page, "Ekström")
    old = diploma_rows(page)["Ekström"].diploma
    monkeypatch.setattr(ReissueDialog, "ask", lambda _p, _serial, _holder, printed: printed)
    page.reissue()
    assert diploma_rows(page)["Ekström"].diploma == old
    monkeypatch.setattr(
        diplomas_page.QInputDialog, "getText", lambda *_a, **_k: ("Fel kohort", True)
    )
    select_diploma(page, "Lindgren")
    page.revoke()
    lindgren = diploma_rows(page)["Lindgren"].diploma
    assert lindgren is not None and lindgren.valid

    assert [(title, default) for title, _, default in asked + later] == [
        ("Issue diplomas", Button.No),
        ("Reissue", Button.No),
        ("Revoke", Button.No),
    ]
    assert "cannot be undone" in later[-1][1] and lindgren.serial in later[-1][1]


def test_merging_duplicates_is_not_done_by_enter(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.duplicates import DuplicatePair, DuplicateReason
    from app.services.people import PersonInfo
    from ui.dialogs.duplicates_dialog import DuplicatesDialog

    def person(person_id: int) -> PersonInfo:
        return PersonInfo(
            id=person_id,
            first_name="Johan",
            last_name="Ekström",
            name_as_printed=None,
            email="johan.ekstrom@alingsas.se",
            phone=None,
            job_title=None,
            organization=None,
            department=None,
            archived=False,
        )

    merged: list[tuple[int, int]] = []
    pair = DuplicatePair(person(1), person(2), DuplicateReason.SAME_EMAIL)
    dialog = DuplicatesDialog(None, [pair], lambda keep, other: merged.append((keep, other)))
    qtbot.addWidget(dialog)
    asked = answer_boxes(monkeypatch)
    dialog.keep_first.click()
    assert asked[0][0] == "Merge" and asked[0][2] == Button.No
    assert merged == [] and dialog.list.count() == 1


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _focused_in(dialog: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.window() is dialog


def test_enter_checks_then_imports(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _csv(
        tmp_path / "anmälda.csv",
        "Förnamn;Efternamn;E-post",
        "Linnéa;Lövgren;linnea.lovgren@lerum.se",
    )

    def steer(dialog: ImportDialog) -> None:
        dialog.show()
        dialog.activateWindow()  # as the modal dialog would be, over the window
        qtbot.waitUntil(lambda: _focused_in(dialog))
        QTest.keyClick(_focused(), Qt.Key.Key_Return)  # the first key: Check
        assert "1 new" in dialog.result_label.text() and dialog.isVisible()
        QTest.keyClick(_focused(), Qt.Key.Key_Return)  # then: Import

    seen = drive(qtbot, monkeypatch, steer)
    on_tab(window, window.cohort_page.participants).import_file(source)
    assert seen[0].report is not None and seen[0].report.written
    assert any(p.person.last_name == "Lövgren" for p in participant_rows(window))
    assert "Imported anmälda.csv: 1 new" in window.statusBar().currentMessage()


def test_enter_after_a_check_with_problems_checks_again_and_never_closes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    table = read_table(_csv(tmp_path / "l.csv", "Förnamn;Efternamn", "Åsa;Öberg"))
    bad = ImportReport(0, 0, 0, 0, (), (RowError(2, "the e-mail is not valid"),), dry_run=True)
    checks: list[object] = []
    commits: list[object] = []
    dialog = ImportDialog(
        None,
        table,
        lambda r, done: checks.append(r) or done(bad),
        lambda r, done: commits.append(r),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: _focused_in(dialog))
    for _ in range(2):
        QTest.keyClick(_focused(), Qt.Key.Key_Return)
    assert len(checks) == 2 and commits == [] and dialog.isVisible()
    assert "Nothing can be imported" in dialog.result_label.text()


def test_closing_after_a_check_says_nothing_was_imported(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _csv(tmp_path / "lista.csv", "Förnamn;Efternamn", "Åsa;Öberg")

    def steer(dialog: ImportDialog) -> None:
        dialog.check()
        dialog.reject()  # Esc, Cancel or the window's close button

    before = len(participant_rows(window))
    drive(qtbot, monkeypatch, steer)
    on_tab(window, window.cohort_page.participants).import_file(source)
    assert len(participant_rows(window)) == before
    assert window.statusBar().currentMessage() == "Nothing was imported from lista.csv."


def test_enter_in_verify_checks_the_code_and_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    real = verification.verify_code

    def verify_code(session: object, text: str) -> object:
        looked_up.append(text)
        return real(session, text)  # type: ignore[arg-type]

    monkeypatch.setattr(verification, "verify_code", verify_code)
    dialog = VerifyDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
    qtbot.keyClicks(dialog.code, "ZZZZ-ZZZZ")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Unknown code" in dialog.answer.text()
    assert looked_up == ["ZZZZ-ZZZZ"]  # once, not once per Enter handler


def test_verify_says_when_a_diploma_number_was_typed_for_the_code(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = VerifyDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
    qtbot.keyClicks(dialog.code, "FL-2026-007")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "diploma number" in dialog.answer.text() and "7KQ2-M9XD" in dialog.answer.text()
