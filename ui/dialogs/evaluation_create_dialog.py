"""A new course evaluation: from a built-in template or blank, anonymous or named, in a
language, for the whole cohort or one session; and the paper forms to print."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.domain import Language
from app.services.sessions import SessionInfo
from ui.dialogs.base import FormDialog
from ui.labels import date_text, label

WHOLE_COHORT = 0


@dataclass(frozen=True)
class NewEvaluation:
    template: str | None  # "standard", "session", or None: no questions yet
    anonymous: bool
    language: Language
    session_id: int | None  # None: the whole cohort


class CreateEvaluationDialog(FormDialog[NewEvaluation]):
    def __init__(
        self,
        parent: QWidget | None,
        language: Language,
        sessions: list[SessionInfo],
    ) -> None:
        super().__init__(parent, self.tr("New course evaluation"))
        self.template = QComboBox()
        self.template.addItem(self.tr("Course evaluation (the standard questions)"), "standard")
        self.template.addItem(self.tr("One session's evaluation (shorter)"), "session")
        self.template.addItem(self.tr("Blank: write your own questions"), None)
        self.template.setToolTip(
            self.tr("The built-in questions can be edited, added to and removed afterwards.")
        )
        self.anonymous = QRadioButton(self.tr("&Anonymous (no names on the forms)"))
        self.named = QRadioButton(self.tr("&Named (one form per participant)"))
        self.anonymous.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.named)
        self.language = QComboBox()
        for value in Language:
            self.language.addItem(label(value), value.value)
        self.language.setCurrentIndex(max(0, self.language.findData(language.value)))
        self.language.setToolTip(self.tr("The language of the questions and of the forms"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole cohort"), WHOLE_COHORT)
        for s in sessions:
            if not s.cancelled:
                self.scope.addItem(f"{date_text(s.date)} — {s.title}", s.id)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.form.addRow(self.tr("&Questions:"), self.template)
        self.form.addRow(self.tr("Answers:"), self.anonymous)
        self.form.addRow("", self.named)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&Evaluates:"), self.scope)
        self.setMinimumWidth(480)

    def _scope_changed(self, _index: int) -> None:
        """One session's evaluation: its shorter template suggested (a blank one stays)."""
        if self.template.currentData() is None:
            return
        whole = self.scope.currentData() == WHOLE_COHORT
        self.template.setCurrentIndex(self.template.findData("standard" if whole else "session"))

    def values(self) -> NewEvaluation:
        scope = self.scope.currentData()
        return NewEvaluation(
            template=self.template.currentData(),
            anonymous=self.anonymous.isChecked(),
            language=Language(self.language.currentData()),
            session_id=None if scope == WHOLE_COHORT else int(scope),
        )


@dataclass(frozen=True)
class PaperForms:
    named: bool
    copies: int | None  # unnamed copies; None with named forms


class PaperFormsDialog(FormDialog[PaperForms]):
    """Named forms (one per participant, named evaluations only) or N unnamed copies."""

    def __init__(self, parent: QWidget | None, *, can_name: bool, people: int) -> None:
        super().__init__(parent, self.tr("Print paper forms"))
        self.named = QRadioButton(self.tr("&One per participant, with the name printed"))
        self.unnamed = QRadioButton(self.tr("&Unnamed copies:"))
        group = QButtonGroup(self)
        group.addButton(self.named)
        group.addButton(self.unnamed)
        self.copies = QSpinBox()
        self.copies.setRange(1, 500)
        self.copies.setValue(max(1, people))
        self.copies.setToolTip(self.tr("How many blank forms to print"))
        self.empty_note: QLabel | None = None
        if not people:  # nobody to name, nobody to count the copies by: ask
            can_name = False
            self.empty_note = QLabel(
                self.tr("The cohort has no participants yet: how many blank forms to print?")
            )
            self.empty_note.setWordWrap(True)
        self.named.setEnabled(can_name)
        if not can_name and people:
            self.named.setToolTip(self.tr("An anonymous evaluation's forms carry no names."))
        (self.named if can_name else self.unnamed).setChecked(True)
        self.unnamed.toggled.connect(self.copies.setEnabled)
        self.copies.setEnabled(self.unnamed.isChecked())
        if self.empty_note is not None:
            self.form.addRow(self.empty_note)
        self.form.addRow(self.named)
        self.form.addRow(self.unnamed, self.copies)
        if self.empty_note is not None:
            self.copies.setFocus()

    def values(self) -> PaperForms:
        if self.named.isChecked():
            return PaperForms(named=True, copies=None)
        return PaperForms(named=False, copies=self.copies.value())
