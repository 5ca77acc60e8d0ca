"""The main window on the demo database, driven as a coordinator would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import cohorts
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import on_tab
from ui import msgbox
from ui.main_window import COHORT_ID_ROLE, MainWindow
from ui.table_models import ROW_ROLE, ParticipantTableModel
from ui.tasks import TaskRunner


def make_window(
    qtbot: QtBot, db: Database, settings: QSettings, *, synchronous: bool = True
) -> MainWindow:
    window = MainWindow(db, TaskRunner(synchronous=synchronous), settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    return window


def tree_texts(model: QStandardItemModel) -> dict[str, list[str]]:
    result = {}
    for row in range(model.rowCount()):
        program = model.item(row)
        result[program.text()] = [program.child(i).text() for i in range(program.rowCount())]
    return result


def select_cohort(window: MainWindow, code: str) -> None:
    with window.db.read() as s:
        wanted = next(c for c in cohorts.list_cohorts(s) if c.program_code == code)
    model = window.tree_model
    for row in range(model.rowCount()):
        program = model.item(row)
        for i in range(program.rowCount()):
            if program.child(i).data(COHORT_ID_ROLE) == wanted.id:
                window.tree.setCurrentIndex(program.child(i).index())
                return
    raise AssertionError(f"cohort {code} not in the sidebar")


def test_shows_programmes_cohorts_sessions_and_participants(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, demo_db, ui_settings)
    window.show()
    window.refresh()
    assert tree_texts(window.tree_model) == {
        "Framtidens ledare": [
            "Omgång 3, 2025/2026",
            "Omgång 2, 2024/2025",
            "Omgång 1, 2023/2024",
        ],
        "Ledarskap för erfarna chefer": ["Omgång 2026/2027"],
    }
    select_cohort(window, "FL")
    page = window.cohort_page
    assert window.pages.currentIndex() == window.PAGE_COHORT
    assert "Omgång 3, 2025/2026" in page.header.text()
    on_tab(window, page.sessions)
    assert page.sessions.proxy.rowCount() == 5
    first_date = page.sessions.proxy.index(0, 0).data()
    assert first_date == "2025-11-06"  # locale short format, no time-zone shift
    on_tab(window, page.participants)
    assert page.participants.proxy.rowCount() == 18  # 15 participants + 3 mentors
    names = [
        page.participants.proxy.index(r, 0).data()
        for r in range(page.participants.proxy.rowCount())
    ]
    assert names[0] == "Al-Hassan, Fatima" and names[-1] == "Öberg-Jäätteenmäki, Åsa"
    rows = [
        page.participants.proxy.index(r, 0).data(ROW_ROLE)
        for r in range(page.participants.proxy.rowCount())
    ]
    sjoberg = rows[[r.person.last_name for r in rows].index("Sjöberg")]
    eligible_cell = page.participants.proxy.index(
        rows.index(sjoberg), ParticipantTableModel.ELIGIBLE
    )
    assert eligible_cell.data() == "✓ Eligible (override)"
    assert "Override:" in eligible_cell.data(Qt.ItemDataRole.ToolTipRole)


def test_type_to_filter_participants(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, demo_db, ui_settings)
    window.show()
    window.refresh()
    select_cohort(window, "LEC")
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.cohort_page
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.participants.filter_edit.hasFocus()
    page.participants.filter_edit.insert("Källström anna")  # as if pasted; any case
    assert page.participants.proxy.rowCount() == 1
    page.participants.filter_edit.clear()
    qtbot.keyClicks(page.participants.filter_edit, "borås")
    shown = {
        page.participants.proxy.index(r, ParticipantTableModel.ORGANIZATION).data()
        for r in range(page.participants.proxy.rowCount())
    }
    assert shown == {"Borås Stad"} and page.participants.proxy.rowCount() == 3
    page.participants.filter_edit.clear()
    assert page.participants.proxy.rowCount() == 13


def test_remembers_the_cohort_and_geometry(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings
) -> None:
    window = make_window(qtbot, demo_db, ui_settings)
    window.show()
    window.refresh()
    select_cohort(window, "LEC")
    window.resize(760, 540)
    window.close()
    second = make_window(qtbot, demo_db, ui_settings)
    second.show()
    second.refresh()
    assert (second.size().width(), second.size().height()) == (760, 540)
    assert "Omgång 2026/2027" in second.cohort_page.header.text()


def test_empty_database_offers_the_demo(
    qtbot: QtBot, db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "offer", lambda _p, title, _t: asked.append(title) or True)
    window = make_window(qtbot, db, ui_settings)
    window.show()
    window.refresh(offer_demo=True)
    assert asked == ["Welcome to Kohort"]
    assert len(tree_texts(window.tree_model)) == 2
    assert window.pages.currentIndex() == window.PAGE_COHORT


def test_empty_database_declined_shows_the_demo_button(
    qtbot: QtBot, db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(msgbox, "offer", lambda *_: False)
    window = make_window(qtbot, db, ui_settings)
    window.show()
    window.refresh(offer_demo=True)
    assert window.tree_model.rowCount() == 0
    assert window.pages.currentIndex() == window.PAGE_EMPTY
    assert window.demo_button.isVisible()
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert window.tree_model.rowCount() == 2


def test_loads_off_the_ui_thread(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from ui import main_window

    threads: list[bool] = []
    original = main_window.load_cohort_view

    def recording(*args: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window, "load_cohort_view", recording)
    window = make_window(qtbot, demo_db, ui_settings, synchronous=False)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.PAGE_COHORT, timeout=5000)
    assert on_tab(window, window.cohort_page.sessions).proxy.rowCount() > 0
    assert threads and not any(threads)  # never loaded on the UI thread
    window.close()


def test_a_database_error_is_reported_not_crashed(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: errors.append(text))
    window = make_window(qtbot, demo_db, ui_settings)
    window.show()
    window.refresh()
    with demo_db.write() as s:
        lec = next(c for c in cohorts.list_cohorts(s) if c.program_code == "LEC")
    from app.services import deletion

    with demo_db.write() as s:
        deletion.delete_cohort(s, lec.id, confirmed=deletion.cohort_impact(s, lec.id))
    select_cohort_by_id(window, lec.id)
    assert errors == [f"There is no cohort with id {lec.id}."]


def select_cohort_by_id(window: MainWindow, cohort_id: int) -> None:
    model = window.tree_model
    for row in range(model.rowCount()):
        program = model.item(row)
        for i in range(program.rowCount()):
            if program.child(i).data(COHORT_ID_ROLE) == cohort_id:
                window.tree.setCurrentIndex(QModelIndex())
                window.tree.setCurrentIndex(program.child(i).index())
                return
    raise AssertionError("not found")


def test_screenshot_of_the_demo(
    qtbot: QtBot, demo_db: Database, ui_settings: QSettings, tmp_path: Path
) -> None:
    """Saves a picture to look at (set KOHORT_SCREENSHOTS=folder to keep it)."""
    window = make_window(qtbot, demo_db, ui_settings)
    window.resize(1280, 720)
    window.show()
    window.refresh()
    window.cohort_page.tabs.setCurrentIndex(window.cohort_page.PARTICIPANTS_TAB)
    image = window.grab().toImage()
    folder = Path(os.environ.get("KOHORT_SCREENSHOTS", tmp_path))
    assert image.save(str(folder / "main-window-participants.png"))
    # the sidebar and the table really have text drawn in them, not just a background
    for widget in (
        window.tree.viewport(),
        on_tab(window, window.cohort_page.participants).view.viewport(),
    ):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        colours = {
            image.pixel(top_left.x() + x, top_left.y() + y)
            for x in range(0, min(widget.width(), 300), 2)
            for y in range(0, min(widget.height(), 80), 2)
        }
        assert len(colours) > 8, widget
