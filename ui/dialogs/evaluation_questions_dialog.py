"""The questions of a course evaluation: add, edit, remove and move them. Four kinds: a
scale (1–5 or 1–7, with labelled ends), one choice, several choices (options one per line),
open text. Each change is saved at once; what the service refuses is said under the form
and nothing changes. A question with answers keeps its kind, scale and options (its text
may change), and deleting it asks first, No being the default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING
from app.domain import QuestionKind
from app.errors import KohortError
from app.services import evaluations
from app.services.evaluations import QuestionFields, QuestionView
from ui import msgbox
from ui.dialogs.base import fit_on_screen
from ui.forms import error_label, show_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session as DbSession

    from ui.workspace import Workspace

KIND_TEXT = {
    QuestionKind.SCALE: QT_TRANSLATE_NOOP("evaluation", "Scale"),
    QuestionKind.SINGLE: QT_TRANSLATE_NOOP("evaluation", "Single choice"),
    QuestionKind.MULTIPLE: QT_TRANSLATE_NOOP("evaluation", "Multiple choice"),
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("evaluation", "Open answer"),
}
NEW = -1  # the list row of a question not saved yet


def kind_label(kind: QuestionKind) -> str:
    return QCoreApplication.translate("evaluation", str(KIND_TEXT[kind]))


def question_summary(q: QuestionView) -> str:
    if q.kind == QuestionKind.SCALE:
        kind = QCoreApplication.translate("evaluation", "scale 1–{top}").format(top=q.scale_max)
    elif q.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        kind = QCoreApplication.translate("evaluation", "{kind}, %n option(s)", "", len(q.choices))
        kind = kind.format(kind=kind_label(q.kind).lower())
    else:
        kind = kind_label(q.kind).lower()
    return f"{q.position}. {q.text} ({kind})"


class QuestionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace, evaluation_id: int) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.evaluation_id = evaluation_id
        self.questions: tuple[QuestionView, ...] = ()
        self.changed = False  # something was saved: the tab reloads when this closes
        self._loading = False
        self.setWindowTitle(self.tr("Evaluation questions"))

        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long question takes two lines, not a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("&New question"))
        self.add_button.setToolTip(self.tr("Add a question at the end (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_question)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen question (Ctrl+Delete)"))
        self.delete_button.clicked.connect(self.delete_question)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the chosen question up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(self.tr("Move d&own"))
        self.down_button.setToolTip(self.tr("Move the chosen question down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.kind = QComboBox()
        for kind in QuestionKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 14)
        self.scale = QComboBox()
        self.scale.addItem("1–5", 5)
        self.scale.addItem("1–7", 7)
        self.low = QLineEdit()
        self.low.setPlaceholderText(self.tr("e.g. Very poor"))
        self.high = QLineEdit()
        self.high.setPlaceholderText(self.tr("e.g. Very good"))
        self.choices = QPlainTextEdit()
        self.choices.setTabChangesFocus(True)
        self.choices.setPlaceholderText(self.tr("One option per line"))
        self.required = QCheckBox(self.tr("An answer is &required"))
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Question:"), self.text)
        self.form.addRow(self.tr("&Scale:"), self.scale)
        self.form.addRow(self.tr("&Low end:"), self.low)
        self.form.addRow(self.tr("&High end:"), self.high)
        # a hint, not a rule: without labels the form prints 1–5 with no meaning
        self.ends_hint = QLabel(
            self.tr("Tip: label the ends, or the form prints 1–5 with no meaning to them.")
        )
        self.ends_hint.setWordWrap(True)
        self.ends_hint.setStyleSheet("color: #8a5300;")
        self.form.addRow("", self.ends_hint)
        self.form.addRow(self.tr("O&ptions:"), self.choices)
        self.form.addRow("", self.required)
        self.error = error_label(self)
        self.save_button = QPushButton(self.tr("Sa&ve question"))
        self.save_button.setToolTip(self.tr("Save the question (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_question)
        self.revert_button = QPushButton(self.tr("R&evert"))
        self.revert_button.setToolTip(self.tr("Forget the changes to this question"))
        self.revert_button.clicked.connect(self._show_current)
        for button in (self.save_button, self.revert_button):
            button.setAutoDefault(False)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.revert_button)
        edit_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.locked)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addLayout(edit_buttons)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.low.textChanged.connect(self._show_ends_hint)
        self.high.textChanged.connect(self._show_ends_hint)
        for signal in (
            self.kind.currentIndexChanged,
            self.scale.currentIndexChanged,
            self.text.textChanged,
            self.low.textEdited,
            self.high.textEdited,
            self.choices.textChanged,
            self.required.toggled,
        ):
            signal.connect(self._edited)
        shortcuts: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+N", self.new_question),
            ("Ctrl+S", self.save_question),
            ("Ctrl+Del", self.delete_question),
            ("Ctrl+Up", lambda: self.move_question(-1)),
            ("Ctrl+Down", lambda: self.move_question(1)),
        ]
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot)
        self.dirty = False
        fit_on_screen(self, 980, 600)
        self.reload(select_row=0)

    # -- reading ---------------------------------------------------------------------------

    def reload(self, *, select_row: int | None = None, select_id: int | None = None) -> None:
        evaluation_id = self.evaluation_id

        def show(questions: tuple[QuestionView, ...]) -> None:
            self.questions = questions
            self._loading = True
            self.list.clear()
            for q in questions:
                item = QListWidgetItem(question_summary(q))
                item.setToolTip(q.text)
                self.list.addItem(item)
            self._loading = False
            row = select_row if select_row is not None else 0
            if select_id is not None:
                row = next((i for i, q in enumerate(questions) if q.id == select_id), row)
            self.list.setCurrentRow(min(row, len(questions) - 1))
            self._show_current()
            if not questions:  # a blank evaluation: its first question, ready to write
                self.new_question()

        self.workspace.read(
            self, lambda s: evaluations.evaluation_questions(s, evaluation_id), show
        )

    def current(self) -> QuestionView | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.questions):
            return self.questions[row]
        return None

    def _row_changed(self, _row: int) -> None:
        if not self._loading:
            self._show_current()

    def _show_current(self) -> None:
        """The chosen question in the form (or an empty new one)."""
        q = self.current()
        new = self.list.currentRow() == len(self.questions)  # the "new question" row
        self._loading = True
        if q is None:
            self.kind.setCurrentIndex(self.kind.findData((QuestionKind.SCALE).value))
            for edit in (self.text, self.choices):
                edit.clear()
            self.low.clear()
            self.high.clear()
            self.scale.setCurrentIndex(0)
            self.required.setChecked(False)
        else:
            self.kind.setCurrentIndex(self.kind.findData(q.kind.value))
            self.text.setPlainText(q.text)
            self.scale.setCurrentIndex(max(0, self.scale.findData(q.scale_max or 5)))
            self.low.setText(q.low_label)
            self.high.setText(q.high_label)
            self.choices.setPlainText("\n".join(q.choices))
            self.required.setChecked(q.required)
        self._loading = False
        locked = q is not None and q.answers > 0
        for widget in (self.kind, self.scale, self.choices):
            widget.setEnabled(not locked)
        self.locked.setVisible(locked)
        if q is not None and locked:
            self.locked.setText(
                self.tr(
                    "This question has %n answer(s): its kind, scale and options can no "
                    "longer change; its text can.",
                    "",
                    q.answers,
                )
            )
        for field in (self.text, self.low, self.high, self.required):
            field.setEnabled(q is not None or new)
        self._kind_changed()
        show_error(self.error, None)
        self._set_dirty(False)

    def _kind_changed(self, *_args: object) -> None:
        kind = QuestionKind(self.kind.currentData())
        scale = kind == QuestionKind.SCALE
        choice = kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE)
        for widget, shown in (
            (self.scale, scale),
            (self.low, scale),
            (self.high, scale),
            (self.choices, choice),
        ):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self._show_ends_hint()

    def _show_ends_hint(self, *_args: object) -> None:
        scale = QuestionKind(self.kind.currentData()) == QuestionKind.SCALE
        unlabelled = not self.low.text().strip() and not self.high.text().strip()
        self.ends_hint.setVisible(scale and unlabelled and self.low.isEnabled())

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            show_error(self.error, None)
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        """While a question is being edited, the list waits: save or revert first."""
        self.dirty = dirty
        new = self.list.currentRow() == len(self.questions)
        self.list.setEnabled(not dirty)
        q = self.current()
        self.add_button.setEnabled(not dirty and not new)
        self.delete_button.setEnabled(not dirty and q is not None)
        self.up_button.setEnabled(not dirty and q is not None and q.position > 1)
        self.down_button.setEnabled(
            not dirty and q is not None and q.position < len(self.questions)
        )
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty or new)

    # -- writing ---------------------------------------------------------------------------

    def fields(self) -> QuestionFields:
        kind = QuestionKind(self.kind.currentData())
        q = self.current()
        return QuestionFields(
            kind=kind,
            text=self.text.toPlainText(),
            scale_max=self.scale.currentData() if kind == QuestionKind.SCALE else None,
            low_label=self.low.text(),
            high_label=self.high.text(),
            choices=tuple(
                line.strip() for line in self.choices.toPlainText().splitlines() if line.strip()
            ),
            required=self.required.isChecked(),
            key=q.key if q is not None else None,
        )

    def _write(
        self, work: Callable[[DbSession], int | None], then: Callable[[int | None], None]
    ) -> None:
        def done(result: int | None) -> None:
            self.changed = True
            then(result)

        def failed(exc: KohortError) -> None:
            show_error(self.error, str(exc))

        self.workspace.write(self, work, changes=NOTHING, done=done, failed=failed)

    def new_question(self) -> None:
        if self.dirty:
            return
        if self.list.count() == len(self.questions):
            self._loading = True
            item = QListWidgetItem(self.tr("(new question)"))
            self.list.addItem(item)
            self._loading = False
        self.list.setCurrentRow(len(self.questions))
        self._show_current()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_question(self) -> None:
        if not self.dirty:
            return
        fields, q, evaluation_id = self.fields(), self.current(), self.evaluation_id
        if q is None:
            self._write(
                lambda s: evaluations.add_question(s, evaluation_id, fields),
                lambda new_id: self.reload(select_id=new_id),
            )
        else:
            question_id = q.id
            self._write(
                lambda s: evaluations.update_question(s, question_id, fields),
                lambda _none: self.reload(select_id=question_id),
            )

    def delete_question(self) -> None:
        q = self.current()
        if q is None or self.dirty:
            return
        if q.answers and not msgbox.question(
            self,
            self.tr("Delete question"),
            self.tr(
                "Question {position} (“{text}”) has %n answer(s). Deleting the question "
                "deletes its answers too, and cannot be undone. Delete it?",
                "",
                q.answers,
            ).format(position=q.position, text=q.text),
        ):
            return
        question_id, row, confirmed = q.id, self.list.currentRow(), bool(q.answers)

        def work(s: DbSession) -> None:
            evaluations.delete_question(s, question_id, confirmed=confirmed)

        def failed_twice(exc: KohortError) -> None:  # answers came in meanwhile: ask again
            show_error(self.error, str(exc))

        def done(_none: None) -> None:
            self.changed = True
            self.reload(select_row=max(0, row - 1) if row else 0)

        self.workspace.write(self, work, changes=NOTHING, done=done, failed=failed_twice)

    def move_question(self, delta: int) -> None:
        q = self.current()
        if q is None or self.dirty:
            return
        target = q.position + delta
        if not 1 <= target <= len(self.questions):
            return
        question_id = q.id
        self._write(
            lambda s: evaluations.move_question(s, question_id, target),
            lambda _none: self.reload(select_id=question_id),
        )

    def reject(self) -> None:
        if self.dirty and not msgbox.question(
            self,
            self.tr("Evaluation questions"),
            self.tr("The question being edited is not saved. Close and forget the changes?"),
        ):
            return
        super().reject()

    @classmethod
    def edit(cls, parent: QWidget | None, workspace: Workspace, evaluation_id: int) -> bool:
        """Edit the questions; True when something was saved."""
        dialog = cls(parent, workspace, evaluation_id)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
