"""A cohort's course evaluation (Evaluation tab): create one from a template, edit its
questions, type in the paper forms from the keyboard, and see the results as the PDF the
steering group gets (previewed with QtPdf, rendered on the worker), saved or printed from
here; the paper forms to hand out are printed from here too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING, Changes
from app.files import write_atomically
from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.sessions import SessionInfo
from ui.dialogs import files
from ui.evaluation_data import EvaluationState, answering, load_state, organizations_of
from ui.evaluation_entry import EntryPanel
from ui.evaluation_results_view import ResultsView, results_pdf
from ui.fillable_forms import action_text as fillable_action_text
from ui.fillable_forms import write_fillable_forms
from ui.labels import label
from ui.views import action
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from app.services.returnable_forms import FormsJob

EMPTY, SHOWN = range(2)


def _paper_forms_pdf(s: DbSession, evaluation_id: int, named: bool, copies: int | None) -> bytes:
    from app.services.evaluation_documents import paper_forms_pdf

    return paper_forms_pdf(s, evaluation_id, named=named, copies=copies)


class EvaluationPage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = (
        "new_action",
        "questions_action",
        "import_action",
        "close_action",
        "create_button",
    )

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort: CohortInfo | None = None
        self.sessions: list[SessionInfo] = []
        self.people: tuple[tuple[int, str], ...] = ()
        self.organizations: tuple[str, ...] = ()
        self.state: EvaluationState | None = None
        self._wanted: int | None = None  # the evaluation chosen in the list
        self._then: Callable[[], None] | None = None  # once the evaluation read is shown

        self.new_action = action(
            self, self.tr("&New evaluation…"), self.create_evaluation, QKeySequence.StandardKey.New
        )
        self.questions_action = action(self, self.tr("&Questions…"), self.edit_questions, "F2")
        self.forms_action = action(self, self.tr("Print paper for&ms…"), self.print_forms, "Ctrl+P")
        self.results_action = action(
            self, self.tr("Save &results as PDF…"), self.save_results, "Ctrl+S"
        )
        # the forms helper's fillable PDFs and forms exports, for this evaluation
        self.fillable_action = action(self, fillable_action_text(), self.write_fillable_forms)
        self.import_action = action(self, self.tr("Import &answers…"), self.import_answers)
        # closing is undone as easily: no question asked
        self.close_action = action(self, self.tr("Close for answers"), self.toggle_closed)
        toolbar = QToolBar()
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.questions_action)
        toolbar.addAction(self.close_action)
        toolbar.addSeparator()
        toolbar.addAction(self.forms_action)
        toolbar.addAction(self.fillable_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.results_action)
        self.toolbar = toolbar

        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(30)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.chooser_label = QLabel(self.tr("&Evaluation:"))
        self.chooser_label.setBuddy(self.chooser)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.chooser_label)
        choose_row.addWidget(self.chooser)
        choose_row.addWidget(self.summary, 1)

        # No evaluation yet: what it is, and one button.
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("&Create course evaluation…"))
        self.create_button.setToolTip(self.tr("Create the cohort's course evaluation (Ctrl+N)"))
        self.create_button.clicked.connect(self.create_evaluation)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.create_button)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(2)

        # An evaluation: typing in forms on the left, the results on the right.
        self.entry = EntryPanel(workspace)
        self.entry.saved.connect(self._answers_changed)
        self.results = ResultsView(workspace)
        entry_title = QLabel(self.tr("Type in paper forms"))
        font = entry_title.font()
        font.setBold(True)
        entry_title.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(entry_title)
        left_layout.addWidget(self.entry, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 1000])  # half each

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addLayout(choose_row)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    # -- showing -----------------------------------------------------------------------------

    def show_cohort(
        self,
        cohort: CohortInfo,
        sessions: list[SessionInfo],
        participants: list[ParticipantInfo],
    ) -> None:
        """Show the cohort's evaluation, read now on the worker."""
        if self.cohort is None or self.cohort.id != cohort.id:
            self._wanted = None
            self.state = None
        self.cohort = cohort
        self.sessions = list(sessions)
        self.people = answering(participants)
        self.organizations = organizations_of(participants)
        self.reload()

    def reload(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return
        cohort_id, wanted, people, found = cohort.id, self._wanted, self.people, self.organizations
        self.workspace.read(
            self, lambda s: load_state(s, cohort_id, wanted, people, found), self.show_state
        )

    def show_others_changes(self, changes: Changes) -> None:
        """A team database: another user's answers, questions or closing, read again (what is
        typed here stays; see :meth:`editing_now`)."""
        if changes.evaluations:
            self.reload()

    def editing_now(self) -> bool:
        """A paper form half typed in: others' changes wait until it is saved or cleared."""
        return self.stack.currentIndex() == SHOWN and not self.entry.is_blank()

    def show_state(self, state: EvaluationState) -> None:
        if self.cohort is None or state.cohort_id != self.cohort.id:
            return  # another cohort was chosen meanwhile
        before = self.state
        self.state = state
        self._wanted = state.evaluation_id
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for e in state.evaluations:
            self.chooser.addItem(e.title, e.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(state.evaluation_id)))
        self.chooser.blockSignals(False)
        several = len(state.evaluations) > 1
        self.chooser.setVisible(several)
        self.chooser_label.setVisible(several)
        summary = state.summary
        if summary is None:
            self.stack.setCurrentIndex(EMPTY)
            self.summary.clear()
            self.empty_text.setText(
                self.tr(
                    "{cohort} has no course evaluation yet.\n\nCreate one from the built-in "
                    "questions (or write your own), print the paper forms, type in the "
                    "answers here, and show the results as a PDF."
                ).format(cohort=self.cohort.name)
            )
            self.results.clear()
        else:
            self.stack.setCurrentIndex(SHOWN)
            self.summary.setText(self._summary_text(state))
            self.entry.show_state(state)
            changed = (
                before is None
                or before.evaluation_id != state.evaluation_id
                or before.responses != state.responses
                or before.questions != state.questions
            )
            if changed or self.results.pdf is None:
                self.results.draw(summary.id)
        self._update_actions()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _summary_text(self, state: EvaluationState) -> str:
        summary = state.summary
        assert summary is not None
        parts = [
            f"<b>{summary.title}</b>",
            self.tr("anonymous") if summary.anonymous else self.tr("named"),
            label(summary.language).lower(),
            summary.session_title or self.tr("the whole cohort"),
            self.tr("%n question(s)", "", len(state.questions)),
        ]
        if summary.closed:
            parts.append(self.tr("closed"))
        return " · ".join(parts)

    def _chosen(self, _index: int) -> None:
        wanted = self.chooser.currentData()
        if isinstance(wanted, int) and self.state is not None and wanted != self._wanted:
            self._wanted = wanted
            self.reload()

    def _update_actions(self) -> None:
        has = self.state is not None and self.state.evaluation_id is not None
        self.new_action.setEnabled(self.cohort is not None)
        for item in (
            self.questions_action,
            self.close_action,
            self.forms_action,
            self.results_action,
        ):
            item.setEnabled(has)
        summary = self.state.summary if self.state is not None else None
        closed = summary is not None and summary.closed
        for item in (self.fillable_action, self.import_action):
            item.setEnabled(has and not closed)  # a closed evaluation takes no answers
        self.close_action.setText(
            self.tr("Open for answers") if closed else self.tr("Close for answers")
        )
        self.close_action.setToolTip(
            self.tr("Take answers again: type in forms, import them")
            if closed
            else self.tr("Take no more answers; the results stay as they are")
        )

    def focus_entry(self) -> None:
        """Ready to type: on the first question of a blank form (once it is read)."""
        if self.state is None:
            self._then = self.focus_entry
        elif self.stack.currentIndex() == SHOWN:
            self.entry.start()
        else:
            self.create_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _answers_changed(self) -> None:
        self.reload()

    # -- actions -----------------------------------------------------------------------------

    def create_evaluation(self) -> None:
        cohort = self.cohort
        if cohort is None:
            return
        from app.services.evaluations import create_evaluation
        from ui.dialogs.evaluation_create_dialog import CreateEvaluationDialog

        dialog = CreateEvaluationDialog(self, cohort.language, self.sessions)
        try:
            chosen = dialog.run()
        finally:
            dialog.deleteLater()
        if chosen is None:
            return

        def work(s: DbSession) -> int:
            evaluation = create_evaluation(
                s,
                cohort.id,
                template=chosen.template,
                language=chosen.language,
                anonymous=chosen.anonymous,
                session_id=chosen.session_id,
            )
            return evaluation.id

        def done(evaluation_id: int) -> None:
            self._wanted = evaluation_id
            # no questions yet: write them now; else ready to type in the first form
            self._then = self.edit_questions if chosen.template is None else self.focus_entry
            self.reload()

        self.workspace.write(
            self,
            work,
            changes=NOTHING,  # the tab reads its evaluation itself; no other view shows it
            done=done,
            message=self.tr("Course evaluation created."),
        )

    def toggle_closed(self) -> None:
        state = self.state
        summary = state.summary if state is not None else None
        if summary is None:
            return
        from app.services.evaluations import set_closed

        evaluation_id, closed = summary.id, not summary.closed
        self.workspace.write(
            self,
            lambda s: set_closed(s, evaluation_id, closed),
            changes=NOTHING,
            done=lambda _none: self.reload(),
            message=self.tr("The evaluation is closed for answers.")
            if closed
            else self.tr("The evaluation takes answers again."),
        )

    def edit_questions(self) -> None:
        state = self.state
        if state is None or state.evaluation_id is None:
            return
        from ui.dialogs.evaluation_questions_dialog import QuestionsDialog

        if QuestionsDialog.edit(self, self.workspace, state.evaluation_id):
            self.reload()

    def _file_name(self, what: str) -> str:
        cohort, state = self.cohort, self.state
        assert cohort is not None and state is not None and state.summary is not None
        return " – ".join((what, cohort.name))

    def save_results(self) -> None:
        state = self.state
        if state is None or state.evaluation_id is None:
            return
        path = files.choose_pdf_file(self, self._file_name(self.tr("Evaluation results")))
        if path is None:
            return
        evaluation_id = state.evaluation_id
        self._write_pdf(path, lambda s: results_pdf(s, evaluation_id), self.tr("the results"))

    def print_forms(self) -> None:
        state = self.state
        if state is None or state.evaluation_id is None:
            return
        from ui.dialogs.evaluation_create_dialog import PaperFormsDialog

        dialog = PaperFormsDialog(self, can_name=not state.anonymous, people=state.expected)
        try:
            chosen = dialog.run()
        finally:
            dialog.deleteLater()
        if chosen is None:
            return
        path = files.choose_pdf_file(self, self._file_name(self.tr("Evaluation forms")))
        if path is None:
            return
        evaluation_id = state.evaluation_id
        self._write_pdf(
            path,
            lambda s: _paper_forms_pdf(s, evaluation_id, chosen.named, chosen.copies),
            self.tr("the paper forms"),
        )

    def write_fillable_forms(self) -> None:
        """The evaluation as fillable PDFs, one file each: named ones per participant, an
        anonymous one's as many unnamed copies as participants."""
        state = self.state
        if state is None or state.evaluation_id is None:
            return
        evaluation_id = state.evaluation_id

        def job(s: DbSession) -> FormsJob:
            from app.services.returnable_forms import evaluation_forms

            return evaluation_forms(s, evaluation_id)

        write_fillable_forms(self, self.workspace, job)

    def import_answers(self) -> None:
        """A Microsoft Forms or Google Forms export into this evaluation."""
        from ui.dialogs.evaluation_import_dialog import import_evaluation_answers

        state = self.state
        if self.cohort is None or state is None or state.evaluation_id is None:
            return
        import_evaluation_answers(self, self.workspace, self.cohort.id, state.evaluation_id)

    def _write_pdf(self, path: Path, make: Callable[[DbSession], bytes], what: str) -> None:
        """Typeset on the worker (a read: nothing in the database changes), write the file
        whole or not at all, and open it in the PDF reader."""

        def work(s: DbSession) -> Path:
            pdf = make(s)

            def write(partial: Path) -> None:
                partial.write_bytes(pdf)

            write_atomically(path, write, what=what)
            return path

        def done(written: Path) -> None:
            self.workspace.announce(self.tr("Saved {path}.").format(path=written))
            files.open_file(self, written)

        self.workspace.read(self, work, done)
