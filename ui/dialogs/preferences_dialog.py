"""Preferences (File ▸ Preferences…): the interface language, applied at the next start."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain import Language
from ui.dialogs.base import FormDialog

# Each language in its own name, as language menus everywhere list them: whoever cannot read
# the current interface still finds their own.
AUTONYMS = {Language.SWEDISH: "Svenska", Language.FINNISH: "Suomi", Language.ENGLISH: "English"}


@dataclass(frozen=True)
class Preferences:
    language: str  # a Language value, or "" to follow the system


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
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> Preferences:
        return Preferences(language=str(self.language.currentData()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: Preferences, system_language: Language
    ) -> Preferences | None:
        dialog = cls(parent, current, system_language)
        try:
            return dialog.run()
        finally:
            dialog.deleteLater()
