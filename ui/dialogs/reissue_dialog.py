"""Reissue a diploma: whose it is, and the name the new one prints (a corrected spelling)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.text import clean
from ui.dialogs.base import FormDialog


class ReissueDialog(FormDialog[str]):
    def __init__(self, parent: QWidget | None, serial: str, holder: str, printed: str) -> None:
        super().__init__(parent, self.tr("Reissue {serial}").format(serial=serial))
        intro = QLabel(
            self.tr(
                "{serial} is the diploma of {holder}. A new diploma with a new number replaces "
                "it; {serial} stays in the register, marked as replaced. Correct the spelling "
                "of the name below if that is why you reissue."
            ).format(serial=serial, holder=holder)
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit(printed)
        self.name.setMinimumWidth(360)
        self.form.addRow(self.tr("&Name on the diploma:"), self.name)
        self.name.selectAll()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.name.setFocus()  # the intro is the first row; the cursor belongs in the name

    def values(self) -> str:
        name = clean(self.name.text())
        if not name:
            raise ValueError(self.tr("The name on the diploma cannot be empty."))
        return name

    @classmethod
    def ask(cls, parent: QWidget | None, serial: str, holder: str, printed: str) -> str | None:
        dialog = cls(parent, serial, holder, printed)
        try:
            return dialog.run()
        finally:
            dialog.deleteLater()
