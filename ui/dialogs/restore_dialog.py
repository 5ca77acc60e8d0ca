"""File ▸ Restore from backup…: the backups beside the database, to choose one from.

The list comes from app.backups.list_backups (read on the worker, each through SQLite's
quick_check, so a damaged copy is never shown as OK); the chosen one gets the full check
when it is restored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backups import BackupInfo, Kind
from app.locales import size_text
from ui.labels import long_date_text, time_text
from ui.table_models import Column, RowTableModel

_KIND = {
    Kind.AUTOMATIC: QT_TRANSLATE_NOOP("restore", "Automatic"),
    Kind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("restore", "Before an upgrade"),
    Kind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("restore", "Before a restore"),
    Kind.DAMAGED: QT_TRANSLATE_NOOP("restore", "Damaged file, kept"),
    Kind.OTHER: QT_TRANSLATE_NOOP("restore", "Other"),
}


def when_text(taken: dt.datetime) -> str:
    """ "7 december 2026 17:05", in the interface's language."""
    return f"{long_date_text(taken.date())} {time_text(taken.time())}"


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _check(b: BackupInfo) -> str:
    if b.good:
        return QCoreApplication.translate("restore", "OK")
    return QCoreApplication.translate("restore", "Damaged")


def _check_colour(b: BackupInfo) -> QColor | None:
    return None if b.good else QColor("#b00020")


class BackupTableModel(RowTableModel[BackupInfo]):
    TAKEN, KIND, SIZE, PROGRAMMES, COHORTS, PEOPLE, CHECK = range(7)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("tables", "Taken"),
            lambda b: when_text(b.taken_at),
            lambda b: b.taken_at.isoformat(),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Kind"),
            lambda b: QCoreApplication.translate("restore", str(_KIND[b.kind])),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Size"), lambda b: size_text(b.size), lambda b: b.size),
        Column(
            QT_TRANSLATE_NOOP("tables", "Programmes"),
            lambda b: _count(b.programmes),
            lambda b: b.programmes or 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Cohorts"),
            lambda b: _count(b.cohorts),
            lambda b: b.cohorts or 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "People"),
            lambda b: _count(b.people),
            lambda b: b.people or 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Check"),
            _check,
            tooltip=lambda b: b.problem,
            foreground=_check_colour,
        ),
    )


def choose_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Any backup file to restore: one in the second backup folder (a USB stick), or a copy
    made with File ▸ Backup…"""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("restore", "Choose a backup to restore"),
        str(folder),
        QCoreApplication.translate("restore", "Kohort databases (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(name) if name else None


class RestoreDialog(QDialog):
    """Choose a backup; Restore is enabled on one that passed its check. "Choose a file…"
    takes any other backup file instead (checked in full before anything changes)."""

    def __init__(
        self,
        parent: QWidget | None,
        backups: list[BackupInfo],
        folder: str,
        other_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.chosen_file: Path | None = None
        self.other_folder = other_folder or Path(folder)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupTableModel(self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._double_clicked)
        note = QLabel(
            self.tr(
                "Backups in {folder}. Kohort takes one when it closes and once a day while it "
                "is open. Restoring saves the current database in the same folder first."
            ).format(folder=folder)
            if backups
            else self.tr("There are no backups of this database in {folder} yet.").format(
                folder=folder
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.file_button = self.buttons.addButton(
            self.tr("Choose a &file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setToolTip(
            self.tr(
                "Restore another backup file: one in the second backup folder (a USB stick), "
                "or a copy made with File ▸ Backup…"
            )
        )
        self.file_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        first_good = next((row for row, b in enumerate(backups) if b.good), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update()
        self.resize(760, 400)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.good)

    def _choose_file(self) -> None:
        chosen = choose_backup_file(self, self.other_folder)
        if chosen is not None:
            self.chosen_file = chosen
            self.accept()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.row_at(index.row()).good:
            self.accept()

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        backups: list[BackupInfo],
        folder: str,
        other_folder: Path | None = None,
    ) -> BackupInfo | Path | None:
        """Show modally; the chosen backup, a file chosen with "Choose a file…" (not yet
        checked), or None on Cancel."""
        dialog = cls(parent, backups, folder, other_folder)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_file or dialog.chosen()
        finally:
            dialog.deleteLater()
