"""Create or edit a programme, with its default completion rule, the signatories of its
cohorts' diplomas (and, for an existing programme, a way to its action plan headings and
questions)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.rules import CompletionRule
from app.services.programs import ProgramFields
from ui.dialogs.base import FormDialog
from ui.dialogs.design_widgets import SignatoryGrid


class RuleFields(QObject):
    """The completion-rule part of a form, shared by programme and cohort dialogs (a QObject
    for its own translation context, owned by the dialog)."""

    def __init__(self, owner: QWidget, rule: CompletionRule) -> None:
        super().__init__(owner)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(rule.min_attendance_percent)
        self.mandatory = QCheckBox(self.tr("All mandatory sessions attended"))
        self.mandatory.setChecked(rule.require_all_mandatory)
        self.late = QCheckBox(self.tr("Late counts as attended"))
        self.late.setChecked(rule.count_late)
        self.left_early = QCheckBox(self.tr("Left early counts as attended"))
        self.left_early.setChecked(rule.count_left_early)
        self.excused = QCheckBox(self.tr("Excused counts as attended"))
        self.excused.setChecked(rule.count_excused)
        self.plan = QCheckBox(self.tr("An action plan is required"))
        self.plan.setChecked(rule.require_action_plan)

    def add_to(self, owner: QWidget, form: QFormLayout) -> None:
        form.addRow(self.tr("Minimum &attendance:"), self.percent)
        for box in (self.mandatory, self.late, self.left_early, self.excused, self.plan):
            form.addRow("", box)

    def rule(self) -> CompletionRule:
        return CompletionRule(
            min_attendance_percent=self.percent.value(),
            require_all_mandatory=self.mandatory.isChecked(),
            count_late=self.late.isChecked(),
            count_left_early=self.left_early.isChecked(),
            count_excused=self.excused.isChecked(),
            require_action_plan=self.plan.isChecked(),
        )


class ProgramDialog(FormDialog[ProgramFields]):
    def __init__(
        self,
        parent: QWidget | None,
        initial: ProgramFields | None,
        edit_guide: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Programme") if initial else self.tr("New programme"))
        initial = initial or ProgramFields(name="", code="")
        self.name = QLineEdit(initial.name)
        self.name.setPlaceholderText(self.tr("e.g. Framtidens ledare"))
        self.code = QLineEdit(initial.code)
        self.code.setMaxLength(10)
        self.code.setPlaceholderText(self.tr("e.g. FL — starts every diploma number"))
        self.organizer = QLineEdit(initial.organizer or "")
        self.description = QPlainTextEdit(initial.description or "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.focus_areas = QPlainTextEdit("\n".join(initial.focus_areas))
        self.focus_areas.setTabChangesFocus(True)
        self.focus_areas.setPlaceholderText(self.tr("One per line"))
        self.focus_areas.setFixedHeight(70)
        self.place = QLineEdit(initial.diploma_place or "")
        self.place.setPlaceholderText(self.tr("Printed on diplomas, e.g. Alingsås"))
        self.rule_fields = RuleFields(self, initial.rule)
        self.signatories = SignatoryGrid(lambda: self.show_error(None))
        self.signatories.set_values(initial.signatories or ())
        signatories_note = QLabel(
            self.tr(
                "Who signs the diplomas of every cohort that has no signatories of its own: "
                "one to three, with a title such as Kommundirektör or Personalchef. A diploma "
                "needs at least one."
            )
        )
        signatories_note.setWordWrap(True)
        signatories_note.setStyleSheet("color: palette(mid);")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Organizer:"), self.organizer)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Focus areas:"), self.focus_areas)
        self.form.addRow(self.tr("Diploma &place:"), self.place)
        self.form.addRow(self.tr("&Signatories:"), self.signatories)
        self.form.addRow("", signatories_note)
        self.rule_fields.add_to(self, self.form)
        if edit_guide is not None:  # an existing programme: the guide is saved on its own
            guide = QPushButton(self.tr("Action plan &headings and questions…"))
            guide.clicked.connect(lambda: edit_guide(self))
            self.form.addRow(self.tr("Action plans:"), guide)
        self.resize(680, self.sizeHint().height())

    def values(self) -> ProgramFields:
        if not self.name.text().strip():
            raise ValueError(self.tr("A programme needs a name."))
        if not self.code.text().strip():
            raise ValueError(self.tr("A programme needs a short code, e.g. FL."))
        return ProgramFields(
            name=self.name.text(),
            code=self.code.text().strip().upper(),
            organizer=self.organizer.text(),
            description=self.description.toPlainText(),
            focus_areas=tuple(self.focus_areas.toPlainText().splitlines()),
            rule=self.rule_fields.rule(),
            diploma_place=self.place.text(),
            signatories=self.signatories.values(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        initial: ProgramFields | None,
        error: str | None = None,
        edit_guide: Callable[[QWidget], None] | None = None,
    ) -> ProgramFields | None:
        dialog = cls(parent, initial, edit_guide)
        dialog.show_error(error)
        return dialog.run()
