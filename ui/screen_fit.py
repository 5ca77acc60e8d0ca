"""Sizing a window to its screen: a module of its own, light enough for the main window to
use before its first paint (ui.dialogs.base, where dialogs get it, imports the forms)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# What a window's frame and the desktop's panels take of a screen: a window sized to the
# screen less these fits a 1366×768 laptop screen with its taskbar.
FRAME_WIDTH, FRAME_HEIGHT = 40, 64


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window ``width`` × ``height``, or smaller where its screen is smaller."""
    screen = window.screen().availableGeometry()
    window.resize(
        min(width, screen.width() - FRAME_WIDTH), min(height, screen.height() - FRAME_HEIGHT)
    )
