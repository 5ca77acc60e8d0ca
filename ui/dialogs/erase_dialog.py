"""Confirming an erasure (GDPR Art. 17): what goes, what stays, and what backups still hold.

Cancel is the default button. When the person has issued diplomas, Erase stays disabled
until the coordinator ticks that the diplomas go too: the register is the organization's
record, so erasing it is a second, explicit choice.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.privacy_erase import ErasureImpact


class EraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, impact: ErasureImpact, backups: str) -> None:
        super().__init__(parent)
        self.impact = impact
        self.setWindowTitle(self.tr("Erase personal data"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Erase {name} from Kohort for good? This cannot be undone.").format(
                name=impact.name
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        goes = [
            self.tr("their details: name, e-mail, phone, organization, job title"),
            self.tr("%n enrollment(s) in cohorts", "", impact.enrollments),
            self.tr("%n attendance mark(s)", "", impact.attendance_marks),
            self.tr("%n action plan(s)", "", impact.action_plans),
            self.tr("%n action(s) in those plans", "", impact.actions),
        ]
        self.goes = QLabel(self.tr("This erases:") + "\n• " + "\n• ".join(goes))
        self.goes.setWordWrap(True)
        layout.addWidget(self.goes)
        self.with_diplomas = QCheckBox(
            self.tr(
                "Also erase the %n issued diploma(s) from the register: {serials}",
                "",
                impact.diplomas,
            ).format(serials=", ".join(impact.diploma_serials))
        )
        self.with_diplomas.setVisible(bool(impact.diplomas))
        if impact.diplomas:
            note = QLabel(
                self.tr(
                    "Issued diplomas are the organization's record of what it issued; "
                    "they are kept unless you tick the box."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.with_diplomas)
        if impact.signatory_slots or impact.named_as_manager:
            stays = QLabel(
                self.tr(
                    "Their name also appears as a diploma signatory or as another "
                    "participant's manager; that stays: change it where it is."
                )
            )
            stays.setWordWrap(True)
            layout.addWidget(stays)
        self.backups = QLabel(backups)
        self.backups.setWordWrap(True)
        layout.addWidget(self.backups)
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.with_diplomas.toggled.connect(self._update)
        self._update()
        cancel.setFocus()

    def _update(self) -> None:
        self.erase_button.setEnabled(not self.impact.diplomas or self.with_diplomas.isChecked())

    def confirmed(self) -> ErasureImpact:
        return replace(self.impact, with_diplomas=bool(self.impact.diplomas))

    @classmethod
    def ask(
        cls, parent: QWidget | None, impact: ErasureImpact, backups: str
    ) -> ErasureImpact | None:
        """The impact to erase with, or None when the coordinator cancels."""
        dialog = cls(parent, impact, backups)
        return dialog.confirmed() if dialog.exec() == QDialog.DialogCode.Accepted else None
