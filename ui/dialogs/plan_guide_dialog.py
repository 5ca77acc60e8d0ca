"""A programme's action plan headings and guiding questions: one heading and one question per
section, as the programme words them (in Swedish, English or Finnish), or the defaults."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.domain import Language
from app.services import action_plan_guide
from app.services.action_plan_guide import ProgramGuide
from diplomas.action_plan_model import DEFAULT_GUIDES, SECTION_KEYS, GuideEntry
from ui.dialogs.base import FormDialog
from ui.dialogs.cohort_dialog import LANGUAGES
from ui.labels import label
from ui.workspace import Workspace

_SECTIONS = {
    "goal": QT_TRANSLATE_NOOP("plans", "Goal and vision"),
    "strengths": QT_TRANSLATE_NOOP("plans", "Strengths"),
    "development_areas": QT_TRANSLATE_NOOP("plans", "Development areas"),
    "actions": QT_TRANSLATE_NOOP("plans", "Actions"),
}


@dataclass(frozen=True)
class GuideChoice:
    entries: tuple[GuideEntry, ...] | None  # None: each cohort's language defaults


class PlanGuideDialog(FormDialog[GuideChoice]):
    def __init__(self, parent: QWidget | None, guide: ProgramGuide) -> None:
        super().__init__(
            parent,
            self.tr("Action plan headings and questions – {programme}").format(
                programme=guide.program_name
            ),
        )
        self.headings: dict[str, QLineEdit] = {}
        self.questions: dict[str, QPlainTextEdit] = {}
        for key in SECTION_KEYS:
            heading = QLineEdit()
            heading.setMaxLength(action_plan_guide.MAX_HEADING)
            question = QPlainTextEdit()
            question.setTabChangesFocus(True)
            question.setFixedHeight(52)
            question.setPlaceholderText(self.tr("A guiding question (optional)"))
            box = QVBoxLayout()
            box.addWidget(heading)
            box.addWidget(question)
            title = QCoreApplication.translate("plans", str(_SECTIONS[key]))
            self.form.addRow(f"{title}:", box)
            self.headings[key], self.questions[key] = heading, question
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(label(language), language)
        self.language.setCurrentIndex(max(0, self.language.findData(guide.language)))
        self.reset = QPushButton(self.tr("&Reset to defaults"))
        self.reset.clicked.connect(self.reset_to_defaults)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Defaults in:")))
        row.addWidget(self.language)
        row.addWidget(self.reset)
        row.addStretch()
        self.form.addRow("", row)
        note = QLabel(
            self.tr(
                "Printed on every action plan of the programme's cohorts and shown in the "
                "editor. Left exactly as a language's defaults, each cohort uses the defaults "
                "of its own document language."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self._fill(guide.custom or DEFAULT_GUIDES[guide.language])
        self.resize(640, self.sizeHint().height())

    def _fill(self, entries: tuple[GuideEntry, ...]) -> None:
        for entry in entries:
            self.headings[entry.key].setText(entry.heading)
            self.questions[entry.key].setPlainText(entry.question)

    def reset_to_defaults(self) -> None:
        language = self.language.currentData()
        self._fill(DEFAULT_GUIDES[Language(language)])
        self.show_error(None)

    def values(self) -> GuideChoice:
        entries = []
        for key in SECTION_KEYS:
            heading = self.headings[key].text().strip()
            if not heading:
                raise ValueError(
                    self.tr("Every section needs a heading ({section} has none).").format(
                        section=QCoreApplication.translate("plans", str(_SECTIONS[key]))
                    )
                )
            question = self.questions[key].toPlainText().strip()
            entries.append(GuideEntry(key=key, heading=heading, question=question))
        guide = tuple(entries)
        return GuideChoice(None if guide in DEFAULT_GUIDES.values() else guide)

    @classmethod
    def ask(
        cls, parent: QWidget | None, guide: ProgramGuide, error: str | None = None
    ) -> GuideChoice | None:
        dialog = cls(parent, guide)
        dialog.show_error(error)
        try:
            return dialog.run()
        finally:
            dialog.deleteLater()


def edit_plan_guide(parent: QWidget, workspace: Workspace, program_id: int) -> None:
    """Read the programme's guide, ask, save; on a problem ask again with what was typed."""

    def ask(guide: ProgramGuide, error: str | None = None) -> None:
        choice = PlanGuideDialog.ask(parent, guide, error)
        if choice is None:
            return
        workspace.write(
            parent,
            lambda s: action_plan_guide.set_program_guide(s, program_id, choice.entries),
            changes=Changes(plans=True),
            failed=lambda exc: ask(_with(guide, choice), str(exc)),
            message=QCoreApplication.translate("plans", "Action plan headings saved."),
        )

    workspace.read(parent, lambda s: action_plan_guide.program_guide(s, program_id), ask)


def _with(guide: ProgramGuide, choice: GuideChoice) -> ProgramGuide:
    return ProgramGuide(guide.program_id, guide.program_name, choice.entries, guide.language)
