"""UI state in QSettings: each key typed, with a default for what is missing or wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ui import printing, ui_state


def reopened(settings: QSettings) -> QSettings:
    """The same file read afresh, as the next start of Kohort reads it."""
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_missing_values_give_the_defaults(ui_settings: QSettings) -> None:
    assert ui_state.CHOSEN_COHORT.read(ui_settings) is None
    assert ui_state.WINDOW_GEOMETRY.read(ui_settings) is None
    assert ui_state.WINDOW_STATE.read(ui_settings) is None
    assert ui_state.printer_offset("HP LaserJet", "landscape", "x").read(ui_settings) == 0.0


def test_values_come_back_with_their_type_from_the_file(ui_settings: QSettings) -> None:
    ui_state.CHOSEN_COHORT.write(ui_settings, 7)
    ui_state.WINDOW_GEOMETRY.write(ui_settings, QByteArray(b"\x01\xd9\xd0\xcb"))
    ui_state.printer_offset("HP/LaserJet", "portrait", "y").write(ui_settings, -1.5)
    again = reopened(ui_settings)
    assert ui_state.CHOSEN_COHORT.read(again) == 7
    assert ui_state.WINDOW_GEOMETRY.read(again) == QByteArray(b"\x01\xd9\xd0\xcb")
    assert ui_state.printer_offset("HP/LaserJet", "portrait", "y").read(again) == -1.5


def test_a_number_stored_as_text_reads_as_the_number(ui_settings: QSettings) -> None:
    ui_settings.setValue("workspace/cohort", " 12 ")  # edited by hand, or an older Kohort
    ui_settings.setValue("printing/Canon/landscape/offset_x_mm", "-0.5")
    assert ui_state.CHOSEN_COHORT.read(reopened(ui_settings)) == 12
    assert printing.calibration(ui_settings, "Canon", "landscape") == (-0.5, 0.0)


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("workspace/cohort", "Omgång 3"),
        ("workspace/cohort", "2.5"),
        ("workspace/cohort", ["3", "4"]),
        ("workspace/cohort", True),
        ("window/geometry", "not bytes"),
        ("window/geometry", QByteArray()),
        ("window/state", 12),
    ],
)
def test_a_value_of_the_wrong_type_gives_the_default(
    ui_settings: QSettings, key: str, stored: object
) -> None:
    ui_settings.setValue(key, stored)
    setting = {
        "workspace/cohort": ui_state.CHOSEN_COHORT,
        "window/geometry": ui_state.WINDOW_GEOMETRY,
        "window/state": ui_state.WINDOW_STATE,
    }[key]
    assert setting.read(ui_settings) is None
    assert setting.read(reopened(ui_settings)) is None


@pytest.mark.parametrize("stored", ["far left", "nan", "inf", "", ["1", "2"]])
def test_a_calibration_that_is_not_a_number_counts_as_none(
    ui_settings: QSettings, stored: object
) -> None:
    setting = ui_state.printer_offset("Canon", "landscape", "x")
    ui_settings.setValue(setting.key, stored)
    assert printing.calibration(reopened(ui_settings), "Canon", "landscape") == (0.0, 0.0)
