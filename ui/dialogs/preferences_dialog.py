"""Preferences (File ▸ Preferences…): the interface language, applied at the next start, and
a second folder for the automatic backups (a USB stick, a network share)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain import Language
from ui.dialogs import files
from ui.dialogs.base import FormDialog

# Each language in its own name, as language menus everywhere list them: whoever cannot read
# the current interface still finds their own.
AUTONYMS = {Language.SWEDISH: "Svenska", Language.FINNISH: "Suomi", Language.ENGLISH: "English"}


@dataclass(frozen=True)
class Preferences:
    language: str  # a Language value, or "" to follow the system
    second_backup_folder: str = ""  # "" for none


class PreferencesDialog(FormDialog[Preferences]):
    def __init__(
        self, parent: QWidget | None, current: Preferences, system_language: Language
    ) -> None:
        super().__init__(parent, self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(
            self.tr("System ({language})").format(language=AUTONYMS[system_language]), ""
        )
        for language, name in AUTONYMS.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        note = QLabel(
            self.tr(
                "The new language applies the next time Kohort starts. Each cohort's diplomas "
                "and other documents keep the document language set in the cohort."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("Interface &language:"), self.language)
        self.form.addRow(note)
        self.second_folder = QLineEdit(current.second_backup_folder)
        self.second_folder.setPlaceholderText(self.tr("None"))
        self.second_folder.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_second_folder)
        row = QWidget()  # a widget, so the label's mnemonic has a buddy (a layout has none)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.second_folder, 1)
        row_layout.addWidget(choose)
        row.setFocusProxy(self.second_folder)
        self.form.addRow(self.tr("&Second backup folder:"), row)
        backup_note = QLabel(
            self.tr(
                "Kohort keeps its backups in the backups folder beside the database. It also "
                "copies them here (a USB stick, a network share) whenever the folder is there."
            )
        )
        backup_note.setWordWrap(True)
        self.form.addRow(backup_note)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def _choose_second_folder(self) -> None:
        chosen = files.choose_folder(self, self.tr("Second backup folder"))
        if chosen is not None:
            self.second_folder.setText(str(chosen))

    def values(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            second_backup_folder=self.second_folder.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: Preferences, system_language: Language
    ) -> Preferences | None:
        dialog = cls(parent, current, system_language)
        try:
            return dialog.run()
        finally:
            dialog.deleteLater()
