"""Read back filled-in PDF forms: choose or drop many files, see per file who it is and what
it would change or why it cannot be used, then apply all of it at once.

Reading runs on the worker with progress. "Apply" stays disabled while any file has a
problem: remove that file from the list (or correct it and add it again)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import returned_forms
from app.services.returned_forms import ReturnedPreview
from ui.progress import LongTask, run_long_task
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

PROBLEM = QColor("#A1260D")
# What applying may change: answers (results), plans, and the forms' returned marks.
APPLIED = Changes(plans=True, people=True)


class ReturnedFormsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        cohort: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read filled-in PDF forms"))
        self.setAcceptDrops(True)
        self.workspace = workspace
        self.cohort = cohort
        self.paths: list[Path] = []
        self.preview = ReturnedPreview()

        intro = QLabel(
            self.tr(
                "Choose the PDF forms participants sent back, or drop them here. Each is "
                "matched to its person by the form's hidden id; nothing is stored until you "
                "press Apply, and then all of it at once."
            )
        )
        intro.setWordWrap(True)
        add = QPushButton(self.tr("&Add files…"))
        add.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.only_cohort = QCheckBox()
        if cohort is not None:
            self.only_cohort.setText(
                self.tr("Only forms of the cohort “{cohort}”").format(cohort=cohort[1])
            )
            self.only_cohort.setChecked(True)
            self.only_cohort.toggled.connect(self.reread)
        else:
            self.only_cohort.hide()
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.only_cohort)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Person"), self.tr("What changes"), self.tr("Problems")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("A&pply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.show_preview(ReturnedPreview())

    # -- files --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Filled-in PDF forms"), "", self.tr("PDF forms (*.pdf);;All files (*)")
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths)
        new = [p for p in paths if p not in known]
        if new:
            self.paths += new
            self.reread()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.paths = [p for i, p in enumerate(self.paths) if i not in rows]
        self.reread()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(paths)

    def _cohort_id(self) -> int | None:
        if self.cohort is not None and self.only_cohort.isChecked():
            return self.cohort[0]
        return None

    # -- reading and applying -------------------------------------------------------------------

    def reread(self) -> None:
        paths, cohort_id = list(self.paths), self._cohort_id()
        if not paths:
            self.show_preview(ReturnedPreview())
            return

        def work(s: DbSession, task: LongTask) -> ReturnedPreview:
            return returned_forms.preview_returned(
                s, paths, cohort_id=cohort_id, progress=task.progress, cancelled=task.cancelled
            )

        run_long_task(
            self.workspace,
            self,
            self.tr("Reading the forms…"),
            work,
            self.show_preview,
            cancelled_message=self.tr("Reading cancelled."),
            changes=None,
        )

    def apply(self) -> None:
        if not self.preview.can_apply:
            return
        paths, cohort_id = list(self.paths), self._cohort_id()

        def work(s: DbSession, task: LongTask) -> ReturnedPreview:
            return returned_forms.apply_returned(
                s, paths, cohort_id=cohort_id, progress=task.progress, cancelled=task.cancelled
            )

        def done(preview: ReturnedPreview) -> None:
            self.workspace.announce(self.tr("%n returned form(s) stored.", "", len(preview.files)))
            self.accept()

        self.apply_button.setEnabled(False)
        run_long_task(
            self.workspace,
            self,
            self.tr("Storing the answers…"),
            work,
            done,
            cancelled_message=self.tr("Cancelled; nothing was stored."),
            changes=APPLIED,
        )

    def show_preview(self, preview: ReturnedPreview) -> None:
        self.preview = preview
        self.table.setRowCount(len(preview.files))
        for row, item in enumerate(preview.files):
            who = item.person or (self.tr("(anonymous)") if item.kind else "")
            if item.cohort:
                who = f"{who}\n{item.cohort}" if who else item.cohort
            cells = [item.path.name, who, "\n".join(item.changes), "\n".join(item.problems)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(str(item.path) if column == 0 else text)
                if column == 3 and text:
                    cell.setForeground(QBrush(PROBLEM))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        files, problems = len(preview.files), preview.problem_count
        if not files:
            text = self.tr("No files chosen yet.")
        elif problems:
            text = self.tr(
                "%n problem(s): remove those files from the list, or correct them and add "
                "them again. Nothing can be applied until then.",
                "",
                problems,
            )
        else:
            text = self.tr("%n file(s) ready. Apply stores all of them at once.", "", files)
        self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(self.preview.can_apply)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))


def read_returned_forms(
    parent: QWidget | None, workspace: Workspace, cohort: tuple[int, str] | None
) -> None:
    dialog = ReturnedFormsDialog(parent, workspace, cohort)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def menu_text() -> str:
    return QCoreApplication.translate("ReturnedFormsDialog", "Rea&d filled-in PDF forms…")
