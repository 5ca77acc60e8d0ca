"""Decide diploma eligibility for one person instead of the rule, with a recorded reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QButtonGroup, QLabel, QPlainTextEdit, QRadioButton, QWidget

from app.rules import Eligibility
from ui.dialogs.base import FormDialog
from ui.labels import label


@dataclass(frozen=True)
class OverrideChoice:
    eligible: bool | None  # None: follow the rule again
    reason: str


class OverrideDialog(FormDialog[OverrideChoice]):
    def __init__(self, parent: QWidget | None, name: str, current: Eligibility) -> None:
        super().__init__(parent, self.tr("Eligibility for {name}").format(name=name))
        rule_says = (
            self.tr("The rule says: eligible.")
            if current.rule_eligible
            else self.tr("The rule says: not eligible ({why}).").format(
                why=", ".join(label(s) for s in current.shortfalls)
            )
        )
        self.follow = QRadioButton(self.tr("&Follow the completion rule"))
        self.eligible = QRadioButton(self.tr("&Eligible despite the rule"))
        self.not_eligible = QRadioButton(self.tr("&Not eligible despite the rule"))
        group = QButtonGroup(self)
        for button in (self.follow, self.eligible, self.not_eligible):
            group.addButton(button)
        override = current.override
        if override is None:
            self.follow.setChecked(True)
        elif override.eligible:
            self.eligible.setChecked(True)
        else:
            self.not_eligible.setChecked(True)
        self.reason = QPlainTextEdit(override.reason if override else "")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("e.g. Missed session 3 — made up with a written assignment")
        )
        self.reason.setFixedHeight(80)
        self.form.addRow(QLabel(rule_says))
        for button in (self.follow, self.eligible, self.not_eligible):
            self.form.addRow(button)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def values(self) -> OverrideChoice:
        reason = self.reason.toPlainText().strip()
        if self.follow.isChecked():
            return OverrideChoice(None, "")
        if not reason:
            raise ValueError(self.tr("Write down why, for the record."))
        return OverrideChoice(self.eligible.isChecked(), reason)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, current: Eligibility) -> OverrideChoice | None:
        return cls(parent, name, current).run()
