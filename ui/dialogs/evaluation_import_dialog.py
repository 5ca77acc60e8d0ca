"""Import a course evaluation's answers from a Microsoft Forms or Google Forms export: the
participant import's mapping step (each column to a question), a check, then the import,
all or nothing, with row-numbered problems."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import KohortError
from app.importing.reader import RawTable, read_table
from app.services import evaluation_import, evaluations
from app.services.evaluation_import import AnswersImport, ImportSetup
from ui import msgbox
from ui.dialogs.column_mapping import ColumnMapping
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

EMAIL = "email"  # the mapping's choice for the column of e-mail addresses
SHOWN_PROBLEMS = 15


class EvaluationImportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, workspace: Workspace, table: RawTable, setup: ImportSetup
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import answers to “{title}”").format(title=setup.title))
        self.workspace, self.table, self.setup = workspace, table, setup
        self.checked: AnswersImport | None = None
        self.imported = False
        intro = QLabel(
            self.tr("Choose the question each column answers. Columns set to “—” are ignored.")
            + (
                ""
                if setup.anonymous
                else " "
                + self.tr("The e-mail column matches each answer to a participant of the cohort.")
            )
        )
        intro.setWordWrap(True)
        choices: list[tuple[object, str]] = [
            (q.question_id, f"{number}. {q.text}")
            for number, q in enumerate(setup.questions, start=1)
        ]
        guessed: dict[int, object] = dict(setup.mapping)
        if not setup.anonymous:
            choices.append((EMAIL, self.tr("E-mail address (whose answer it is)")))
            if setup.email_column is not None:
                guessed[setup.email_column] = EMAIL
        self.mapping_box = ColumnMapping(table, choices, guessed)
        self.mapping_box.changed.connect(self._mapping_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.mapping_box)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._mapping_changed()

    def request(self) -> tuple[dict[int, int], int | None]:
        chosen = self.mapping_box.mapping()
        email = next((i for i, v in chosen.items() if v == EMAIL), None)
        return {i: int(str(v)) for i, v in chosen.items() if v != EMAIL}, email

    def _mapping_changed(self) -> None:
        self.checked = None
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)
        self.result_label.setText(self.tr("Press Check to see what the import would do."))

    def check(self) -> None:
        mapping, email = self.request()
        setup, table = self.setup, self.table

        def work(s: DbSession) -> AnswersImport:
            return evaluation_import.check_import(
                s, setup.evaluation_id, table, mapping, email_column=email
            )

        self.workspace.read(self, work, self._checked, failed=self._failed)

    def _failed(self, exc: KohortError) -> None:
        self.result_label.setText(str(exc))

    def _checked(self, checked: AnswersImport) -> None:
        self.checked = checked
        lines = [
            self.tr("%n response(s)", "", len(checked.rows))
            + ", "
            + self.tr("%n answer(s).", "", checked.answers)
        ]
        if checked.already_imported:  # a later export of the same form: its new rows only
            lines.append(
                self.tr(
                    "%n row(s) imported before will be skipped:", "", len(checked.already_imported)
                )
            )
            lines += checked.notes
        if not checked.rows and not checked.errors:
            lines.append(self.tr("Nothing new to import."))
        if checked.errors:
            lines = [self.tr("Nothing can be imported until these are fixed:")]
            lines += list(checked.errors[:SHOWN_PROBLEMS])
            if len(checked.errors) > SHOWN_PROBLEMS:
                lines.append(
                    self.tr("… and {n} more.").format(n=len(checked.errors) - SHOWN_PROBLEMS)
                )
        self.result_label.setText("\n".join(lines))
        clean = not checked.errors and bool(checked.rows)
        self.import_button.setEnabled(clean)
        if clean:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def commit(self) -> None:
        if self.checked is None or self.checked.errors:
            return
        mapping, email = self.request()
        setup, table = self.setup, self.table
        self.import_button.setEnabled(False)

        def work(s: DbSession) -> AnswersImport:
            return evaluation_import.import_answers(
                s, setup.evaluation_id, table, mapping, email_column=email
            )

        def done(result: AnswersImport) -> None:
            self.imported = True
            self.workspace.announce(
                self.tr("Imported %n response(s) from {file}.", "", len(result.rows)).format(
                    file=table.source
                )
            )
            self.accept()

        self.workspace.write(
            self, work, changes=Changes(people=True), done=done, failed=self._failed
        )


def import_evaluation_answers(
    parent: QWidget, workspace: Workspace, cohort_id: int, evaluation_id: int | None = None
) -> None:
    """Choose the cohort's evaluation (if it has several and ``evaluation_id`` names none of
    them) and the export file, read it off the UI thread, then the mapping step."""

    def chosen(found: list[evaluations.EvaluationSummary]) -> None:
        title = QCoreApplication.translate("EvaluationImportDialog", "Import evaluation answers")
        if not found:
            msgbox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "EvaluationImportDialog", "This cohort has no course evaluation yet."
                ),
            )
            return
        evaluation = next((e for e in found if e.id == evaluation_id), found[0])
        if len(found) > 1 and evaluation.id != evaluation_id:
            names = [f"{e.title} ({e.id})" for e in found]
            name, ok = QInputDialog.getItem(
                parent,
                title,
                QCoreApplication.translate(
                    "EvaluationImportDialog", "Which evaluation are the answers to?"
                ),
                names,
                0,
                False,
            )
            if not ok:
                return
            evaluation = found[names.index(name)]
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            QCoreApplication.translate(
                "EvaluationImportDialog", "Forms exports (*.xlsx *.csv);;All files (*)"
            ),
        )
        if name:
            workspace.run(parent, lambda: read_table(Path(name)), lambda t: opened(evaluation, t))

    def opened(evaluation: evaluations.EvaluationSummary, table: RawTable) -> None:
        def setup(s: DbSession) -> ImportSetup:
            return evaluation_import.import_setup(s, evaluation.id, table)

        workspace.read(parent, setup, lambda made: show(table, made))

    def show(table: RawTable, setup: ImportSetup) -> None:
        dialog = EvaluationImportDialog(parent, workspace, table, setup)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    workspace.read(parent, lambda s: evaluations.list_evaluations(s, cohort_id), chosen)
