"""The window's own files are private (POSIX): Kohort.conf, its folder, the print folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui import ui_state
from ui.app import tighten_settings
from ui.dialogs import files
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_the_window_writes_are_private(
    window: MainWindow, ui_settings: QSettings, private_umask: None
) -> None:
    ui_state.CHOSEN_COHORT.write(ui_settings, 7)
    window.close()  # saves the geometry too
    ui_settings.sync()
    assert ui_settings.status() == QSettings.Status.NoError
    assert mode(Path(ui_settings.fileName())) == 0o600


def test_existing_settings_and_kohorts_settings_folder_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "Kohort"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    folder.parent.chmod(0o755)  # ~/.config: shared with other programs, not Kohort's
    path = folder / "Kohort.conf"
    path.write_text("[files]\nrecent-databases=/home/anna/kohort.sqlite3\n")
    path.chmod(0o644)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    tighten_settings(settings)
    assert mode(path) == 0o600 and mode(folder) == 0o700
    assert mode(folder.parent) == 0o755


def test_the_print_folder_is_private(shared_umask_folder: None) -> None:
    folder = files.print_folder()
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700


@pytest.fixture
def shared_umask_folder() -> None:
    os.umask(0o022)


def test_settings_are_private_from_the_first_run(tmp_path: Path) -> None:
    """No Kohort folder, no Kohort.conf yet and a umask of 022 (a launcher that is not
    `kohort`): the folder is made 0700 and the file 0600 before QSettings writes a byte, and
    stay so after it writes (the review found 0644 in 0755 after the first run)."""
    previous = os.umask(0o022)
    try:
        path = tmp_path / "config" / "Kohort" / "Kohort.conf"
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        tighten_settings(settings)
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
        ui_state.CHOSEN_COHORT.write(settings, 7)
        settings.sync()
        assert settings.status() == QSettings.Status.NoError
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
        again = QSettings(str(path), QSettings.Format.IniFormat)
        assert again.value("workspace/cohort") is not None
    finally:
        os.umask(previous)
