"""Typing in paper evaluation forms, one after another: digits answer, Tab/Enter move on,
Ctrl+Enter saves the form (all of it or, with a clear message, none of it) and starts the
next blank one; for a named evaluation the next person without an answer is chosen; Ctrl+Z
takes back the last saved form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING
from app.errors import KohortError
from app.services.evaluations import QuestionView
from ui.evaluation_rows import FormAnswer, QuestionRow, question_row
from ui.forms import error_label, show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from ui.evaluation_data import EvaluationState
    from ui.workspace import Workspace

Answers = tuple[tuple[int, FormAnswer], ...]  # (question id, answer), the form's order


def _asked(questions: tuple[QuestionView, ...]) -> tuple[object, ...]:
    """What the form shows of the questions (not how many answered each)."""
    return tuple(
        (q.id, q.kind, q.text, q.scale_max, q.low_label, q.high_label, q.choices, q.required)
        for q in questions
    )


@dataclass(frozen=True)
class SavedForm:
    """A form saved from this panel, kept so that Ctrl+Z can take it back."""

    response_id: int
    enrollment_id: int | None
    answers: Answers
    organization: str = ""


class EntryPanel(QWidget):
    saved = Signal()  # a form was saved or taken back: the counts and results change

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.state: EvaluationState | None = None
        self.rows: list[QuestionRow] = []
        self.undo_list: list[SavedForm] = []
        self._questions: tuple[QuestionView, ...] | None = None
        self._saving = False

        self.person = QComboBox()
        self.person.setMinimumContentsLength(24)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setToolTip(
            self.tr("Whose form this is; the next person without an answer is chosen for you.")
        )
        self.person_label = QLabel(self.tr("&Whose form:"))
        self.person_label.setBuddy(self.person)
        self.anonymous_note = QLabel(self.tr("Anonymous: the forms are typed in without names."))
        self.count = QLabel()
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.setMinimumContentsLength(24)
        self.organization.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organization.setToolTip(
            self.tr(
                "The organization written on the form, if any: results are split by "
                "organization only where at least five answered"
            )
        )
        self.organization_label = QLabel(self.tr("Or&ganization (optional):"))
        self.organization_label.setBuddy(self.organization)
        top = QHBoxLayout()  # the count, then whose form on a line of its own (long names)
        top.addWidget(self.anonymous_note, 1)
        top.addStretch(0)
        top.addWidget(self.count)
        whose = QHBoxLayout()
        whose.addWidget(self.person_label)
        whose.addWidget(self.person, 1)
        whose.addWidget(self.organization_label)
        whose.addWidget(self.organization, 1)

        self.closed_note = QLabel(
            self.tr(
                "This evaluation is closed: it takes no more answers. “Open for answers” in "
                "the toolbar opens it again."
            )
        )
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet("color: #8a5300;")
        self.closed_note.hide()

        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(2, 2, 2, 2)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.rows_widget)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.problem = error_label(self)
        self.save_button = QPushButton(self.tr("Save, ne&xt form"))
        self.save_button.setAutoDefault(True)  # Enter on it saves, as Ctrl+Enter anywhere
        self.save_button.setToolTip(
            self.tr("Save this form and start the next blank one (Ctrl+Enter)")
        )
        self.save_button.clicked.connect(self.save_form)
        edit = self.organization.lineEdit()  # Enter after the organization: to Save
        assert edit is not None
        edit.returnPressed.connect(lambda: self.save_button.setFocus(Qt.FocusReason.TabFocusReason))
        self.undo_button = QPushButton(self.tr("&Undo last form"))
        self.undo_button.setToolTip(
            self.tr("Delete the form saved last and put its answers back here (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo_last)
        self.clear_button = QPushButton(self.tr("Star&t over"))
        self.clear_button.setToolTip(self.tr("Empty this form without saving it"))
        self.clear_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        keys = QLabel(
            self.tr(
                "Digits answer (1–5 or 1–7 on a scale, the option's number on a choice; "
                "several choices: digits tick and untick) · 0 or Space clears · Tab, Enter or ↓ "
                "moves on, ↑ back · Ctrl+Enter saves the form · Ctrl+Z takes back the last form"
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(whose)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(keys)
        self.setToolTip(
            self.tr("Keys: digits answer, Tab/Enter next, Ctrl+Enter save, Ctrl+Z undo")
        )
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self, self.save_form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def show_state(self, state: EvaluationState) -> None:
        """Show an evaluation's form; what is typed stays when only the counts changed."""
        same = self.state is not None and self.state.evaluation_id == state.evaluation_id
        if not same:
            self.undo_list.clear()
        chosen = self.person.currentData() if same else None
        self.state = state
        if not same or _asked(state.questions) != _asked(self._questions or ()):
            self._build_rows(state.questions)
        named = not state.anonymous
        for widget in (self.person_label, self.person):
            widget.setVisible(named)
        self.anonymous_note.setVisible(not named)
        for widget in (self.organization_label, self.organization):
            widget.setVisible(not named)
        typed = self.organization.currentText()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem("")
        self.organization.addItems(list(state.organizations))
        self.organization.setCurrentText(typed if same else "")
        self.organization.blockSignals(False)
        closed = self.closed
        self.closed_note.setVisible(closed)
        self.rows_widget.setEnabled(not closed)
        self.person.blockSignals(True)
        self.person.clear()
        for enrollment_id, name in state.people:
            if enrollment_id in state.answered:
                name = self.tr("{name} – typed in").format(name=name)
            self.person.addItem(name, enrollment_id)
        self.person.blockSignals(False)
        if named:
            self._choose_person(chosen)
        if state.expected or state.responses:
            count = self.tr("{typed} of {expected} forms typed in").format(
                typed=state.responses, expected=state.expected
            )
        else:
            count = self.tr("The cohort has no participants yet.")
        self.count.setText(count)
        self._update_buttons()

    def _choose_person(self, after: object) -> None:
        """The next person without an answer, from ``after`` on (the one just saved)."""
        state = self.state
        assert state is not None
        ids = [e for e, _name in state.people]
        start = ids.index(after) if isinstance(after, int) and after in ids else 0
        if isinstance(after, int) and after in ids and after not in state.answered:
            self.person.setCurrentIndex(start)
            return
        order = ids[start:] + ids[:start]
        waiting = next((e for e in order if e not in state.answered), None)
        self.person.setCurrentIndex(max(0, self.person.findData(waiting)) if waiting else 0)

    def _build_rows(self, questions: tuple[QuestionView, ...]) -> None:
        self._questions = questions
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        for number, question in enumerate(questions, start=1):
            row = question_row(number, question, self.rows_widget)
            row.advance.connect(lambda r=row: self._advance(r))
            row.back.connect(lambda r=row: self._back(r))
            row.problem.connect(self._show_problem)
            row.edited.connect(lambda: self._show_problem(None))
            if hasattr(row, "edit"):
                row.edit.save.connect(self.save_form)
            self.rows.append(row)
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)

    @property
    def closed(self) -> bool:
        summary = self.state.summary if self.state is not None else None
        return summary is not None and summary.closed

    def _update_buttons(self) -> None:
        ready = self.state is not None and bool(self.rows) and not self.closed
        self.save_button.setEnabled(ready and not self._saving)
        # a closed evaluation keeps its answers: no form is taken back until it is opened
        self.undo_button.setEnabled(bool(self.undo_list) and not self._saving and not self.closed)
        self.clear_button.setEnabled(ready)

    def _show_problem(self, text: str | None) -> None:
        show_error(self.problem, text)

    def _advance(self, row: QuestionRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.focus_row(index + 1)
        elif self.organization.isVisible():  # an anonymous form's organization, last
            self.organization.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _back(self, row: QuestionRow) -> None:
        index = self.rows.index(row)
        if index > 0:
            self.focus_row(index - 1)

    def focus_row(self, index: int) -> None:
        row = self.rows[index]
        row.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_area.ensureWidgetVisible(row, 0, 24)

    def start(self) -> None:
        """The cursor on the first question, ready for the first digit."""
        if self.rows and not self.closed:
            QTimer.singleShot(0, self, lambda: self.focus_row(0) if self.rows else None)

    # -- the form --------------------------------------------------------------------------

    def answers(self) -> Answers:
        return tuple((row.question.id, row.answer()) for row in self.rows)

    def set_answers(self, answers: Answers) -> None:
        by_id = dict(answers)
        for row in self.rows:
            row.set_answer(by_id.get(row.question.id, FormAnswer()))

    def is_blank(self) -> bool:
        typed = self.organization.currentText().strip() and self.organization.isVisible()
        return not typed and all(answer.empty for _q, answer in self.answers())

    def clear_form(self) -> None:
        for row in self.rows:
            row.clear()
        self.organization.setCurrentText("")
        self._show_problem(None)
        self.start()

    def save_form(self) -> None:
        state = self.state
        if state is None or not self.rows or self._saving or self.closed:
            return
        answers = self.answers()
        if all(answer.empty for _q, answer in answers):
            self._show_problem(self.tr("Nothing is typed in this form yet; nothing was saved."))
            return
        enrollment_id = None if state.anonymous else self.person.currentData()
        if not state.anonymous and enrollment_id is None:
            self._show_problem(self.tr("Choose whose form this is; nothing was saved."))
            return
        if enrollment_id in state.answered:
            self._show_problem(
                self.tr(
                    "The form of {name} is typed in already; choose whose form this is. "
                    "Nothing was saved."
                ).format(name=dict(state.people).get(enrollment_id, ""))
            )
            self.person.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        from ui.evaluation_data import save_form

        evaluation_id = state.evaluation_id
        assert evaluation_id is not None  # the form is shown for one
        self._saving = True
        self._update_buttons()

        organization = self.organization.currentText().strip() if state.anonymous else ""

        def work(s: DbSession) -> int:
            return save_form(s, evaluation_id, enrollment_id, answers, organization or None)

        def done(response_id: int) -> None:
            self._saving = False
            self.undo_list.append(SavedForm(response_id, enrollment_id, answers, organization))
            for row in self.rows:
                row.clear()
            self.organization.setCurrentText("")
            self._show_problem(None)
            self.workspace.announce(self.tr("Form saved."))
            self.saved.emit()
            self.start()

        def failed(exc: KohortError) -> None:
            self._saving = False
            self._update_buttons()
            self._show_problem(self.tr("Not saved: {reason}").format(reason=exc))

        self.workspace.write(self, work, changes=NOTHING, done=done, failed=failed)

    def undo_last(self) -> None:
        if not self.undo_list or self._saving or self.closed:
            return
        from ui.evaluation_data import delete_form

        last = self.undo_list[-1]
        self._saving = True
        self._update_buttons()

        def done(_result: object) -> None:
            self._saving = False
            self.undo_list.pop()
            put_back = self.is_blank()
            if put_back:  # the answers back, to be put right and saved again
                self.set_answers(last.answers)
                self.organization.setCurrentText(last.organization)
                if last.enrollment_id is not None:
                    self.person.setCurrentIndex(max(0, self.person.findData(last.enrollment_id)))
            self._show_problem(None)
            self.workspace.announce(
                self.tr("The last form was deleted; its answers are back in the form.")
                if put_back
                else self.tr("The last form was deleted.")
            )
            self.saved.emit()  # the reload keeps this person: no longer typed in
            self.start()

        def failed(exc: KohortError) -> None:
            self._saving = False
            self._update_buttons()
            self._show_problem(str(exc))

        self.workspace.write(
            self,
            lambda s: delete_form(s, last.response_id),
            changes=NOTHING,
            done=done,
            failed=failed,
        )
