"""The warning about a database in a cloud-synced folder, once for each database file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from app.cloud import synced_folder
from ui import msgbox, ui_state


def warn_once(parent: QWidget | None, path: Path, settings: QSettings) -> bool:
    """Warn if ``path`` is in a folder Dropbox, OneDrive, iCloud Drive or Google Drive
    synchronizes, unless this file was warned about before. True if the warning was shown."""
    service = synced_folder(path)
    if service is None:
        return False
    shown = ui_state.cloud_warning_shown(str(path))
    if shown.read(settings):
        return False
    shown.write(settings, True)  # once, even if Kohort is closed while the box is open
    msgbox.information(
        parent,
        QCoreApplication.translate("CloudWarning", "Database in a synced folder"),
        QCoreApplication.translate(
            "CloudWarning",
            "The database {path} is in a folder that {service} synchronizes.\n\n"
            "Sync tools copy a database while it is in use, and the file of recent changes "
            "beside it at another moment: the copies get out of step, and the database can "
            "be damaged and changes lost.\n\n"
            "Move it to a folder on this computer that is not synchronized: File ▸ Backup… "
            "into such a folder, then File ▸ Open another database… and choose that copy. "
            "A backup kept in {service} is safe: it is one closed file.",
        ).format(path=path, service=service),
    )
    return True
