"""Start the GUI: application object, logging, crash hook, the main window, then its database.

Only Qt and light modules are imported here: the window is shown first, and its database
(SQLAlchemy, the models, the pages) is loaded on the worker and filled in afterwards
(ui.window_start).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

import resources.icons
from app import APP_NAME, __version__
from app.i18n import _, set_language
from app.privacy import create_private_file, private_folder, tighten
from ui import i18n, msgbox
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.window_start import WindowStart

__all__ = ["msgbox", "run_gui"]  # msgbox: the tests answer its boxes here


def log_file_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "kohort.log"


def app_icon() -> QIcon:
    path = Path(str(resources.icons.__file__)).with_name("kohort.svg")
    if path.is_file():  # the package's folder (importlib.resources: ~10 ms more to import)
        data = path.read_bytes()
    else:  # inside a zip
        from importlib import resources as package_data

        data = package_data.files("resources.icons").joinpath("kohort.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)


def setup_logging(path: Path) -> logging.Handler:
    """Log to ``path`` (0600, in a 0700 folder), without personal data (app.logs)."""
    from app.logs import LOG_FORMAT, PrivateFormatter, private_log_handler

    try:
        handler = private_log_handler(path)
    except OSError:
        handler = logging.StreamHandler()
        handler.setFormatter(PrivateFormatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


_early_log_path: Path | None = None  # set by catch_early until log_and_catch has run


def log_and_catch(log_path: Path) -> None:
    """The log file and the crash hook (app.logs, ui.crash: their imports, logging.handlers
    among them, wait until the window has painted)."""
    global _early_log_path
    if _early_log_path is None:  # done already (by the early hook)
        return
    _early_log_path = None
    from ui import crash

    setup_logging(log_path)
    crash.install(log_path)


def _early_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Until :func:`log_and_catch` has run: set up the log and the crash hook now, and let
    that hook log and show the failure."""
    if _early_log_path is None:
        sys.__excepthook__(kind, exc, tb)
        return
    log_and_catch(_early_log_path)
    sys.excepthook(kind, exc, tb)


def catch_early(log_path: Path) -> None:
    """A failure before the first paint still reaches the log and the crash hook."""
    global _early_log_path
    _early_log_path = log_path
    sys.excepthook = _early_hook


def tighten_settings(settings: QSettings) -> None:
    """The settings file (recent databases, folders) and Kohort's folder of it: private from
    the first run on. Before QSettings writes anything, Kohort's folder is made 0700 and an
    empty file 0600 (QSettings keeps an existing file's mode when it rewrites it); then
    what is there is synced and tightened. Called at start and again at exit."""
    path = Path(settings.fileName())
    if path.parent.name == APP_NAME:  # Kohort's own folder, never a shared one such as ~/.config
        with contextlib.suppress(OSError):
            private_folder(path.parent)
    if not path.exists():
        with contextlib.suppress(OSError):
            create_private_file(path)
    settings.sync()
    tighten(path)
    if path.parent.name == APP_NAME:
        tighten(path.parent)


def no_display() -> bool:
    """On Linux without X11 or Wayland (an SSH session, a server) Qt would abort."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_gui(location: str | None, language: str | None = None) -> int:
    """Start the window on the database at ``location``; ``language``: ``--lang``, if given."""
    if no_display():
        # Said before Qt starts (no translator yet): in the command line's language, gettext.
        message = _(
            "kohort: no display found, so the window cannot open; run it on a desktop, or use "
            "the commands listed by `kohort --help`."
        )
        print(message, file=sys.stderr)
        return 1
    log_path = log_file_path()
    catch_early(log_path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    settings = QSettings()  # UI state only: window geometry, Preferences…
    tighten_settings(settings)
    chosen = i18n.interface_language(language, settings)
    i18n.install(app, chosen)
    # The services' messages shown in message boxes speak the window's language.
    set_language(chosen.value)
    runner = TaskRunner()
    window = MainWindow(None, runner, settings)  # the shell: the database comes next
    start = WindowStart(window, location, after_paint=lambda: log_and_catch(log_path))
    try:
        window.show()
        start.begin()
        code = app.exec()
        return 1 if start.refused else code
    finally:
        runner.shutdown()  # however the event loop ended, no worker outlives it
        start.finish()  # the backup on closing; every database let go of
        tighten_settings(settings)  # what the window wrote last, private too
