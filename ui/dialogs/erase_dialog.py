"""Confirming an erasure (GDPR Art. 17): what goes, what stays, and what backups still hold.

Cancel is the default button. Issued diplomas are the organization's record of what it
issued, so they stay in the register (with the name as printed) unless the coordinator also
ticks "Also erase the issued diplomas"; the text says exactly what stays either way.
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
        self.goes = QLabel()
        self.goes.setWordWrap(True)
        layout.addWidget(self.goes)
        self.with_diplomas = QCheckBox(
            self.tr("Also erase the issued diplomas (%n): {serials}", "", impact.diplomas).format(
                serials=", ".join(impact.diploma_serials)
            )
        )
        self.with_diplomas.setVisible(bool(impact.diplomas))
        self.stays = QLabel()
        self.stays.setWordWrap(True)
        self.stays.setVisible(bool(impact.diplomas))
        layout.addWidget(self.stays)
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
        """Say exactly what goes and what stays: the register rows, or (box ticked) nothing."""
        impact = self.confirmed()
        enrollments, marks = impact.enrollments_erased, impact.attendance_marks
        counted = [
            (self.tr("%n enrollment(s) in cohorts", "", enrollments), enrollments),
            (self.tr("%n attendance mark(s)", "", marks), marks),
            (self.tr("%n action plan(s)", "", impact.action_plans), impact.action_plans),
            (self.tr("%n action(s) in those plans", "", impact.actions), impact.actions),
            (
                self.tr("%n named course evaluation response(s)", "", impact.evaluation_responses),
                impact.evaluation_responses,
            ),
            (
                self.tr("%n place(s) on reunion invitation lists", "", impact.invitations),
                impact.invitations,
            ),
        ]
        goes = [
            self.tr("their details: e-mail, phone, job title, organization, department"),
            *(text for text, n in counted if n),  # nothing to say about what they have none of
        ]
        self.goes.setText(self.tr("This erases:") + "\n• " + "\n• ".join(goes))
        if self.with_diplomas.isChecked():
            text = self.tr(
                "The %n issued diploma(s) are erased from the register too, with their PDFs; "
                "nothing about {name} stays in Kohort.",
                "",
                self.impact.diplomas,
            )
        else:
            text = self.tr(
                "Kept: the %n issued diploma(s) in the diploma register, with {name} as printed "
                "on them, the cohort and the PDF, as the organization's record of what it "
                "issued. Nothing else about {name} stays, and they no longer appear in any "
                "list or search.",
                "",
                self.impact.diplomas,
            )
        self.stays.setText(text.format(name=self.impact.name))

    def confirmed(self) -> ErasureImpact:
        chosen = bool(self.impact.diplomas) and self.with_diplomas.isChecked()
        return replace(self.impact, with_diplomas=chosen)

    @classmethod
    def ask(
        cls, parent: QWidget | None, impact: ErasureImpact, backups: str
    ) -> ErasureImpact | None:
        """The impact to erase with, or None when the coordinator cancels."""
        dialog = cls(parent, impact, backups)
        return dialog.confirmed() if dialog.exec() == QDialog.DialogCode.Accepted else None
