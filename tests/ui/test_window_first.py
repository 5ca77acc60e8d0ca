"""Window first, then data: the main window is on screen before the database layer is
loaded, and fills once the database is open on the worker (issue 15)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.db_errors import Advice, damage_text
from app.errors import DatabaseDamagedError, KohortError
from tests.conftest import AFTER_DEMO, copy_database
from tests.ui.conftest import wait_until_filled
from tests.ui.helpers import on_tab
from tests.ui.test_qt_runtime import _run
from ui import msgbox
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.window_start import WindowStart

HEAVY = (
    "sqlalchemy",
    "alembic",
    "app.models",
    "app.db",
    "reportlab",
    "openpyxl",
    "pypdf",
    "ui.cohort_page",
    "ui.cohort_view",
    "ui.overview_page",
    "ui.sessions_page",
    "ui.participants_page",
    "ui.attendance_page",
    "ui.diplomas_page",
    "ui.action_plans_page",
    "ui.sidebar",
    "ui.file_actions",
    # the log file's and the crash hook's, set up once the window has painted
    "logging.handlers",
    "ui.crash",
    "importlib.resources",  # translations and the icon are read from their folder
    "hashlib",
    "ui.dialogs.base",  # its forms: a first start sizes the window with ui.screen_fit
)

# At the window's first paint: which of HEAVY are loaded, and what the window says. Then
# closed at once (the database may still be opening: it is waited for and let go of).
FIRST_PAINT = """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from ui import app as kohort_app
    from ui.main_window import MainWindow

    heavy = sys.argv[2].split(",")
    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.window = None

        def eventFilter(self, watched, event):
            if self.window is None:
                if isinstance(watched, MainWindow):
                    self.window = watched
                    app.removeEventFilter(self)
                    watched.installEventFilter(self)
                return False
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                loaded = [name for name in heavy if name in sys.modules]
                print("loaded", ",".join(loaded) or "-", flush=True)
                print("says", self.window.empty_label.text(), flush=True)
                print("title", self.window.windowTitle(), flush=True)
                QTimer.singleShot(0, self.window.close)
            return False

    hook = FirstPaint()
    app.installEventFilter(hook)
    print("exit", kohort_app.run_gui(sys.argv[1]), flush=True)
"""


def test_the_window_shows_before_the_database_layer_and_the_pages_load(
    tmp_path: Path, demo_template: Path
) -> None:
    path = copy_database(demo_template, tmp_path / "k.sqlite3")
    result = _run(FIRST_PAINT, tmp_path, str(path), ",".join(HEAVY), timeout=90)
    assert "exit 0" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "loaded -\n" in result.stdout, result.stdout
    assert "says Opening the database…" in result.stdout
    assert "title Kohort\n" in result.stdout
    assert not list(tmp_path.glob("*.lock"))  # closed while opening: the lock let go of


# The other tabs' modules (with the dialogs and services they use on an action), loaded
# when the tab is first shown: opening a cohort loads its page and the Overview only.
OTHER_TABS = (
    "ui.sessions_page",
    "ui.participants_page",
    "ui.attendance_page",
    "ui.diplomas_page",
    "ui.action_plans_page",
    "ui.privacy_actions",
    "ui.diploma_output_actions",
)
# What the tabs use only on an action (importing a file, editing a plan, the design,
# badges): loaded when the action is first used.
ON_AN_ACTION = (
    "ui.participants_actions",
    "ui.dialogs.import_dialog",
    "ui.dialogs.action_plan_dialog",
    "ui.dialogs.override_dialog",
    "ui.dialogs.design_dialog",
    "ui.badges_actions",
)
# The sidebar's and the File menu's dialogs (and what only they use: restoring, the
# diploma design's pieces of the programme dialog), loaded when first opened.
ON_FIRST_OPEN = (
    "ui.dialogs.program_dialog",
    "ui.dialogs.cohort_dialog",
    "ui.dialogs.plan_guide_dialog",
    "ui.dialogs.design_widgets",
    "ui.dialogs.restore_dialog",
    "ui.dialogs.files",
    "app.restore",
)

# Once the first cohort is on screen with its data: which of OTHER_TABS are loaded; then
# after showing each other tab in turn.
COHORT_SHOWN = """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui import app as kohort_app
    from ui.main_window import MainWindow

    names = sys.argv[2].split(",")
    tabs = sys.argv[3].split(",")  # what showing every tab loads, and what it does not
    app = QApplication(sys.argv[:1])

    def loaded(among=names):
        return ",".join(name for name in among if name in sys.modules) or "-"

    def poll():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[0] if windows else None
        if window is None or not window.filled or window.runner.busy:
            return
        page = window._cohort_page
        if page is None or page.view is None:
            if window.sidebar.current_cohort_id() is None:
                first = window.loaded_programmes[0][1][0].id
                window.sidebar.tree.setCurrentIndex(window.sidebar.index_of(first))
            return
        timer.stop()
        print("log set up", "logging.handlers" in sys.modules and "ui.crash" in sys.modules)
        print("shown", page.tabs.currentIndex(), loaded(), flush=True)
        for tab in range(1, page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
        print("every tab", loaded(tabs), flush=True)
        window.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    print("exit", kohort_app.run_gui(sys.argv[1]), flush=True)
"""


def test_opening_a_cohort_loads_only_the_tab_in_view(tmp_path: Path, demo_template: Path) -> None:
    path = copy_database(demo_template, tmp_path / "k.sqlite3")
    names = ",".join(OTHER_TABS + ON_AN_ACTION + ON_FIRST_OPEN)
    tabs = ",".join(OTHER_TABS + ON_AN_ACTION)
    result = _run(COHORT_SHOWN, tmp_path, str(path), names, tabs, timeout=120)
    assert "exit 0" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "shown 0 -\n" in result.stdout, result.stdout  # the Overview tab, alone
    assert "log set up True\n" in result.stdout  # once the window had painted
    # so that the line above can fail: every name is a module the other tabs load; what
    # they use on an action is not loaded by showing them
    assert f"every tab {','.join(OTHER_TABS)}\n" in result.stdout, result.stdout


@pytest.mark.parametrize("name", ON_AN_ACTION + ON_FIRST_OPEN)
def test_what_a_tab_uses_on_an_action_is_a_real_module(name: str) -> None:
    """So that the test above can fail."""
    assert importlib.util.find_spec(name) is not None


def test_the_names_checked_are_loaded_once_the_window_is_filled(
    qtbot: QtBot, started: tuple[MainWindow, WindowStart]
) -> None:
    """So that the test above can fail: every module it looks for is a real one."""
    import sys

    window, _start = started
    wait_until_filled(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.PAGE_COHORT, timeout=30_000)
    for tab in range(window.cohort_page.tabs.count()):
        window.cohort_page.show_tab(tab)
    first_use = {"reportlab", "openpyxl", "pypdf"}  # a PDF or a spreadsheet asked for
    first_use |= {"logging.handlers", "ui.crash"}  # run_gui's: see the test above
    assert [name for name in HEAVY if name not in sys.modules and name not in first_use] == []


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dialogs opened (each closed at once, as by Cancel)."""
    shown: list[str] = []

    def cancel(dialog: QDialog) -> int:
        shown.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", cancel)
    return shown


def test_the_sidebars_dialogs_open_from_their_actions(
    demo_db: object, window: MainWindow, opened: list[str]
) -> None:
    """Imported when first opened, each still opens from its action."""
    sidebar = window.sidebar
    sidebar.new_programme_action.trigger()
    cohort = window.loaded_programmes[0][1][0]
    sidebar.tree.setCurrentIndex(sidebar.index_of(cohort.id))
    sidebar.new_cohort_action.trigger()
    sidebar.edit_action.trigger()  # F2
    sidebar.duplicate_action.trigger()
    sidebar.tree.setCurrentIndex(sidebar.index_of(cohort.id).parent())  # its programme
    sidebar.edit_action.trigger()
    assert opened == [
        "ProgramDialog",
        "CohortDialog",
        "CohortDialog",
        "DuplicateCohortDialog",
        "ProgramDialog",
    ]


def test_the_file_menus_dialogs_open_from_their_actions(
    window: MainWindow, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs import files

    asked: list[str] = []
    monkeypatch.setattr(files, "choose_backup_file", lambda *_a: asked.append("backup"))
    monkeypatch.setattr(files, "choose_database_file", lambda *_a: asked.append("open"))
    actions = window.file_actions
    actions.backup_action.trigger()  # Ctrl+Shift+B
    actions.open_action.trigger()  # Ctrl+O
    actions.restore_action.trigger()
    assert asked == ["backup", "open"]
    assert opened == ["RestoreDialog"]


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    return copy_database(demo_template, tmp_path / "kohort.sqlite3")


@pytest.fixture
def started(
    qtbot: QtBot, demo_path: Path, ui_settings: QSettings
) -> Iterator[tuple[MainWindow, WindowStart]]:
    """A shell on screen with a real worker, its database opening as run_gui opens it."""
    runner = TaskRunner()
    window = MainWindow(None, runner, ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    start = WindowStart(window, str(demo_path))
    window.show()
    start.begin()
    yield window, start
    window.close()
    runner.shutdown()
    start.finish()


def test_the_shell_says_it_is_opening_and_offers_only_what_works(
    qtbot: QtBot, ui_settings: QSettings
) -> None:
    window = MainWindow(None, TaskRunner(), ui_settings, today=AFTER_DEMO)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_open and not window.filled
    assert window.windowTitle() == "Kohort"
    assert window.empty_label.text() == "Opening the database…"
    assert not window.new_programme_button.isVisible() and not window.demo_button.isVisible()
    menus = {a.text(): a for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Programme", "&Help"]
    assert not menus["&Programme"].isEnabled()
    file_items = {a.text(): a.isEnabled() for a in window.file_menu.actions() if a.text()}
    assert file_items == {
        "Re&fresh": False,
        "&Verify a diploma…": False,
        "Rete&ntion…": False,
        "Pr&eferences…": True,
        "&Quit": True,
    }


def test_the_window_fills_once_the_database_is_open(
    qtbot: QtBot, started: tuple[MainWindow, WindowStart], demo_path: Path
) -> None:
    window, start = started
    wait_until_filled(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.PAGE_COHORT, timeout=30_000)
    assert window.is_open and window.db.path == demo_path and start.opened == [window.db]
    assert window.windowTitle() == "Kohort — kohort.sqlite3"
    programmes = [window.tree_model.item(r).text() for r in range(window.tree_model.rowCount())]
    assert programmes == ["Framtidens ledare", "Ledarskap för erfarna chefer"]
    assert window.cohort_page.view is not None
    assert on_tab(window, window.cohort_page.sessions).proxy.rowCount() > 0
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:5] == [
        "&Open another database…",
        "Open a tea&m database…",
        "Open &recent",
        "&Backup…",
        "Res&tore from backup…",
    ]
    # what is offered (checking out and in: on a team database, in a checked-out file)
    assert all(a.isEnabled() for a in window.file_menu.actions() if a.isVisible())
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Programme", "&Help"]
    assert window.menuBar().actions()[1].menu() is window.sidebar.menu


def _refusal(location: str) -> str:
    """What opening ``location`` before the window existed said (run_gui's words)."""
    try:
        open_database(location).close()
    except DatabaseDamagedError as exc:
        return damage_text(exc, Advice.START)
    except KohortError as exc:
        return str(exc)
    raise AssertionError("the database opened")


def test_a_database_held_by_another_kohort_is_refused_as_before(
    qtbot: QtBot, demo_path: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = open_database(str(demo_path))  # another Kohort has it open
    try:
        expected = _refusal(str(demo_path))
        said: list[str] = []
        monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: said.append(text))
        window = MainWindow(None, TaskRunner(), ui_settings)
        qtbot.addWidget(window)
        start = WindowStart(window, str(demo_path))
        window.show()
        start.begin()
        qtbot.waitUntil(lambda: start.refused, timeout=30_000)
        assert said == [expected]
        assert not window.isVisible() and not window.is_open and start.opened == []
    finally:
        other.close()


def test_a_damaged_database_declined_at_start_is_refused_as_before(
    qtbot: QtBot, demo_path: Path, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bytearray(demo_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    demo_path.write_bytes(bytes(data))
    expected = _refusal(str(demo_path))
    said: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: said.append(text))
    window = MainWindow(None, TaskRunner(), ui_settings)
    qtbot.addWidget(window)
    start = WindowStart(window, str(demo_path))
    window.show()
    start.begin()
    qtbot.waitUntil(lambda: start.refused, timeout=30_000)
    assert said == [expected] and "kohort backups" in expected  # the start's advice
    assert not window.isVisible()
