"""What the window shows while its database is damaged and the coordinator did not restore a
backup: "read only" in the title, a permanent note in the status bar saying what to do, and
the actions that start a write disabled (each write is refused by app.db anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from app import APP_NAME

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DamageState(QObject):
    """Built by the main window; :meth:`update` follows ``window.db.damaged``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("damageNote")
        self.label.setStyleSheet(
            "QLabel#damageNote { color: palette(highlighted-text); "
            "background: #b3261e; padding: 2px 8px; font-weight: bold; }"
        )
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self.shown = False

    def update(self) -> None:
        """Show or clear the damaged state for the database open now."""
        window = self.window
        damaged = window.db.damaged is not None
        self.shown = damaged
        title = f"{APP_NAME} — {window.db.title}"  # never a password
        if damaged:
            title += " " + self.tr("(damaged, read only)")
        window.setWindowTitle(title)
        self.label.setText(
            self.tr("The database is damaged – read only. File ▸ Restore from backup…")
            if damaged
            else ""
        )
        self.label.setToolTip(
            self.tr(
                "Kohort found damage in {path} and will not write to it. You can still read "
                "it; restore a backup with File ▸ Restore from backup…"
            ).format(path=window.db.path)
            if damaged
            else ""
        )
        self.label.setVisible(damaged)
        window.sidebar.set_read_only(damaged)
        for button in (window.new_programme_button, window.new_cohort_button, window.demo_button):
            button.setEnabled(not damaged)
