"""Import a participant list through the mapping step, drop a file, export the list."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.db import Database
from app.importing.mapping import Field
from app.importing.reader import read_table
from app.services import cohorts
from tests.ui.conftest import participant_rows
from tests.ui.helpers import on_tab
from ui import participants_actions, ui_state
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")  # Excel's "CSV UTF-8"
    return path


@pytest.fixture
def lec(window: MainWindow, demo_db: Database) -> MainWindow:
    with demo_db.read() as s:
        cohort = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
    ui_state.CHOSEN_COHORT.write(window.settings, cohort.id)
    window.refresh()
    return window


def drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, steer: object) -> list[ImportDialog]:
    """Replace the modal run with one that lets ``steer(dialog)`` click through it."""
    seen: list[ImportDialog] = []

    def run(parent: object, table: object, check: object, commit: object) -> object:
        dialog = ImportDialog(None, table, check, commit)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        seen.append(dialog)
        steer(dialog)  # type: ignore[operator]
        return dialog.report if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ImportDialog, "run", run)
    return seen


def test_mapping_step_check_and_import(
    qtbot: QtBot, lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _csv(
        tmp_path / "anmälda.csv",
        "Namn,Arbetsgivare,Mejl,Anteckning",
        '"Lövgren, Linnéa",Lerums kommun,linnea.lovgren@lerum.se,vegetarian',
        "Ahmed Omar,Marks kommun,ahmed.omar@mark.se,",
    )

    def steer(dialog: ImportDialog) -> None:
        assert [c.currentData() for c in dialog.columns] == [
            Field.FULL_NAME,
            Field.ORGANIZATION,
            Field.EMAIL,
            None,
        ]
        assert dialog.preview.model().rowCount() == 2
        assert not dialog.import_button.isEnabled()  # check first
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert "1 new, 0 updated, 1 unchanged" in dialog.result_label.text()
        assert dialog.import_button.isEnabled()
        dialog.columns[1].setCurrentIndex(0)  # changing the mapping asks for a new check
        assert not dialog.import_button.isEnabled()
        dialog.keep_existing.setChecked(True)
        dialog.check()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    seen = drive(qtbot, monkeypatch, steer)
    on_tab(lec, lec.cohort_page.participants).import_file(source)
    assert seen and seen[0].report is not None and seen[0].report.written
    people = {p.person.full_name: p for p in participant_rows(lec)}
    assert "Linnéa Lövgren" in people
    assert people["Linnéa Lövgren"].person.organization is None  # the column was set to —
    assert "Imported anmälda.csv: 1 new" in lec.statusBar().currentMessage()


def test_the_check_shows_what_would_change_for_people_already_in_kohort(
    qtbot: QtBot, lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _csv(
        tmp_path / "från-hr.csv",
        "Namn,Arbetsgivare,Mejl",
        "Ahmed Omar,Region Halland,ahmed.omar@mark.se",
    )
    shown: list[str] = []

    def steer(dialog: ImportDialog) -> None:
        dialog.check()
        shown.append(dialog.result_label.text())
        dialog.reject()

    drive(qtbot, monkeypatch, steer)
    on_tab(lec, lec.cohort_page.participants).import_file(source)
    assert "row 2, Ahmed Omar: organization “Marks kommun” → “Region Halland”" in shown[0]


def test_rows_with_errors_cannot_be_imported(
    qtbot: QtBot, lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _csv(
        tmp_path / "lista.csv",
        "Förnamn;Efternamn;E-post",
        "Linnéa;Lövgren;linnea(at)lerum.se",
        ";;",
    )

    def steer(dialog: ImportDialog) -> None:
        dialog.check()
        text = dialog.result_label.text()
        assert "Nothing can be imported" in text and "row 2:" in text
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    drive(qtbot, monkeypatch, steer)
    before = len(participant_rows(lec))
    on_tab(lec, lec.cohort_page.participants).import_file(source)
    assert len(participant_rows(lec)) == before


def test_an_unreadable_file_says_why(
    lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui import msgbox

    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    old = tmp_path / "deltagare.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    on_tab(lec, lec.cohort_page.participants).import_file(old)
    assert errors and "save it as .xlsx" in errors[0]


def test_dropping_a_file_starts_the_import(
    lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = on_tab(lec, lec.cohort_page.participants)
    started: list[Path | None] = []
    monkeypatch.setattr(page, "import_file", lambda path=None: started.append(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "lista.xlsx"))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert started == [tmp_path / "lista.xlsx"]


def test_export_the_list(lec: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "deltagare.xlsx"
    monkeypatch.setattr(participants_actions, "choose_export_file", lambda *_: target)
    on_tab(lec, lec.cohort_page.participants).export_list()
    workbook = openpyxl.load_workbook(target, read_only=True)  # read-only keeps the file open
    try:
        rows = list(workbook.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    finally:
        workbook.close()
    assert len(rows) == 1 + len(participant_rows(lec))
    assert any("Källström" in str(cell) for row in rows for cell in row)
    round_trip = read_table(target)
    assert len(round_trip.rows) == len(participant_rows(lec))


def test_no_cancel_while_the_import_is_being_written(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.services.importing import ImportReport

    table = read_table(_csv(tmp_path / "l.csv", "Förnamn;Efternamn", "Åsa;Öberg"))
    ok = ImportReport(1, 0, 0, 1, (), (), dry_run=True)
    pending: list[object] = []
    dialog = ImportDialog(
        None, table, lambda _r, done: done(ok), lambda _r, done: pending.append(done)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check()
    dialog.commit()  # the write is on its way
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    dialog.reject()  # Esc
    assert dialog.isVisible()
    pending[0](ImportReport(1, 0, 0, 1, (), (), dry_run=False))  # type: ignore[operator]
    assert not dialog.isVisible() and dialog.report is not None


def test_the_check_shows_restored_phones_and_missing_surnames(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from app.services.importing import import_people
    from tests.factories import programme_with_cohort

    with db.write() as s:
        cohort_id = programme_with_cohort(s).id
    table = read_table(
        _csv(
            tmp_path / "lista.csv",
            "Förnamn;Efternamn;E-post;Telefon",
            "Anna;Lindqvist;anna@malmo.se;40425000",  # as Excel saves a number
            "Zeynep;;zeynep@malmo.se;040-42 50 01",
        )
    )

    def check(request: object, done: object) -> None:
        with db.write() as s:
            done(import_people(s, cohort_id=cohort_id, table=table, dry_run=True))  # type: ignore[operator]

    dialog = ImportDialog(None, table, check, check)
    qtbot.addWidget(dialog)
    dialog.check()
    text = dialog.result_label.text()
    assert "row 2: the phone number 40425000 was stored as a number" in text
    assert "it is read as 040425000" in text
    assert "row 3: “Zeynep” has no last name" in text
    assert dialog.import_button.isEnabled()  # warnings do not block the import
