from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window state for one test, in a temporary file (never the user's real settings)."""
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _swedish_locale() -> object:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)
