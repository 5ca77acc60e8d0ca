"""Import a participant list: check the column mapping against the first rows, see what
would happen (a dry run), then import — all or nothing.

Enter presses Check until a check is clean, then Import; it never presses Cancel unless the
coordinator moved to Cancel. Closing without importing says that nothing was imported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.domain import Role
from app.errors import KohortError
from app.importing.mapping import Field, guess_mapping
from app.importing.reader import RawTable, read_table
from app.services import importing
from app.services.importing import ExistingPolicy, ImportReport
from ui import msgbox
from ui.dialogs.column_mapping import ColumnMapping
from ui.labels import label
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

PREVIEW_ROWS = 8
FIELD_TEXT = {
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Full name (split into first and last)"),
    Field.EMAIL: QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    Field.ORGANIZATION: QT_TRANSLATE_NOOP("ImportDialog", "Organization"),
    Field.JOB_TITLE: QT_TRANSLATE_NOOP("ImportDialog", "Job title"),
    Field.DEPARTMENT: QT_TRANSLATE_NOOP("ImportDialog", "Department"),
    Field.PHONE: QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    Field.NAME_AS_PRINTED: QT_TRANSLATE_NOOP("ImportDialog", "Name on diploma"),
}


@dataclass(frozen=True)
class ImportRequest:
    mapping: dict[int, Field]
    existing: ExistingPolicy
    role: Role


# check/commit(request, done): done(report) on success, done(None) when it failed (the
# caller has already shown why).
Check = Callable[[ImportRequest, Callable[[ImportReport | None], None]], None]


class ImportDialog(QDialog):
    """``check(request, done)`` runs a dry run; ``commit(request, done)`` imports for real.

    Both run off the UI thread and call ``done(report)`` back here.
    """

    def __init__(
        self, parent: QWidget | None, table: RawTable, check: Check, commit: Check
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=table.source))
        self.table = table
        self._check, self._commit = check, commit
        self.report: ImportReport | None = None
        self._checking = False
        self._committing = False

        where = self.tr("%n row(s), header on row {header}", "", len(table.rows)).format(
            header=table.header_row
        )
        if table.sheet:
            where += self.tr(", sheet “{sheet}”").format(sheet=table.sheet)
        intro = QLabel(
            self.tr("Choose what each column holds. Columns set to “—” are ignored.") + "\n" + where
        )
        intro.setWordWrap(True)

        self.mapping_box = ColumnMapping(
            table,
            [
                (field, QCoreApplication.translate("ImportDialog", str(text)))
                for field, text in FIELD_TEXT.items()
            ],
            guess_mapping(table.headers),
        )
        self.mapping_box.changed.connect(self._mapping_changed)
        self.columns = self.mapping_box.combos

        self.preview = QTableView()
        self.preview.setModel(self._preview_model())
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview.resizeColumnsToContents()

        self.update_existing = QRadioButton(
            self.tr("&Update people already in Kohort (same e-mail) with the file's values")
        )
        self.keep_existing = QRadioButton(self.tr("&Keep people already in Kohort as they are"))
        self.update_existing.setChecked(True)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role), role)
        options = QFormLayout()
        options.addRow(self.update_existing)
        options.addRow(self.keep_existing)
        options.addRow(self.tr("Enroll as:"), self.role)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.clicked.connect(self.check)
        self.check_button.setDefault(True)  # Enter checks; after a clean check, Enter imports
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        for radio in (self.update_existing, self.keep_existing):
            radio.toggled.connect(self._mapping_changed)
        self.role.currentIndexChanged.connect(self._mapping_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.preview, 1)
        layout.addLayout(options)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def reject(self) -> None:
        if not self._committing:  # Esc and the window's close button wait too
            super().reject()

    def _preview_model(self) -> QStandardItemModel:
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(list(self.table.headers))
        for row in self.table.rows[:PREVIEW_ROWS]:
            model.appendRow([QStandardItem(value) for value in row])
        # the file's own row numbers, so "row 7" in a message is the row the coordinator sees
        model.setVerticalHeaderLabels([str(n) for n in self.table.row_numbers[:PREVIEW_ROWS]])
        return model

    def request(self) -> ImportRequest:
        mapping = {i: Field(str(value)) for i, value in self.mapping_box.mapping().items()}
        existing = ExistingPolicy.KEEP if self.keep_existing.isChecked() else ExistingPolicy.UPDATE
        return ImportRequest(mapping, existing, Role(self.role.currentData()))

    def _mapping_changed(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)
        self.result_label.setText(self.tr("Press Check to see what the import would do."))

    def check(self) -> None:
        # Check stays enabled: disabling it would move the focus (and Enter) to Cancel.
        if self._checking or self._committing:
            return
        self._checking = True
        self.result_label.setText(self.tr("Checking…"))
        self._check(self.request(), self._checked)

    def _checked(self, report: ImportReport | None) -> None:
        self._checking = False
        if report is None:
            self.result_label.setText(self.tr("The check failed; see the message."))
            return
        self.report = report
        self.result_label.setText(self.describe(report))
        clean = not report.errors
        self.import_button.setEnabled(clean)
        if clean:  # the next step: Enter imports
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def describe(self, report: ImportReport) -> str:
        counts = self.tr(
            "{created} new, {updated} updated, {unchanged} unchanged; "
            "{enrolled} newly enrolled in this cohort."
        ).format(
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            enrolled=report.enrolled,
        )
        lines = []
        if report.errors:
            lines.append(self.tr("Nothing can be imported until these are fixed:"))
            lines += [str(e) for e in report.errors[:15]]
            if len(report.errors) > 15:
                lines.append(self.tr("… and {n} more.").format(n=len(report.errors) - 15))
            lines.append("")
            lines.append(self.tr("The other rows would give: {counts}").format(counts=counts))
        else:
            lines.append(counts)
        if report.warnings:
            lines.append("")
            lines.append(self.tr("Check these rows; they are imported as shown here:"))
            lines += [str(w) for w in report.warnings[:15]]
            if len(report.warnings) > 15:
                lines.append(self.tr("… and {n} more.").format(n=len(report.warnings) - 15))
        for row, into in report.merged[:10]:
            lines.append(
                self.tr("row {row} is the same person as row {into}; merged.").format(
                    row=row, into=into
                )
            )
        if len(report.merged) > 10:
            lines.append(self.tr("… and %n more merged row(s).", "", len(report.merged) - 10))
        edits = [c for c in report.changes if c.field != "archived"]
        if edits:
            lines.append("")
            lines.append(
                self.tr(
                    "Changes to people already in Kohort (choose “Keep people already in "
                    "Kohort as they are” to leave them):"
                )
            )
            for change in edits[:15]:
                lines.append(
                    self.tr("row {row}, {person}: {field} “{old}” → “{new}”").format(
                        row=change.row,
                        person=change.person,
                        field=self.field_names().get(change.field, change.field),
                        old=change.old,
                        new=change.new,
                    )
                )
            if len(edits) > 15:
                lines.append(self.tr("… and %n more change(s).", "", len(edits) - 15))
        restored = [c for c in report.changes if c.field == "archived"]
        if restored:
            lines.append("")
            lines.append(
                self.tr("Archived, enrolled again and so active again: {names}.").format(
                    names=", ".join(
                        self.tr("row {row}, {person}").format(row=c.row, person=c.person)
                        for c in restored[:15]
                    )
                    + (" …" if len(restored) > 15 else "")
                )
            )
        return "\n".join(lines)

    def field_names(self) -> dict[str, str]:
        return {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "name_as_printed": self.tr("name as printed"),
            "phone": self.tr("phone"),
            "job_title": self.tr("job title"),
            "department": self.tr("department"),
            "organization": self.tr("organization"),
        }

    def commit(self) -> None:
        if self.report is None or self.report.errors:
            return
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self._committing = True  # the import runs whole or not at all: no cancel half-way
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self._commit(self.request(), self._committed)

    def _committed(self, report: ImportReport | None) -> None:
        self._committing = False
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        if report is None:  # nothing was written; let the coordinator try again
            self.check_button.setEnabled(True)
            self._mapping_changed()
            return
        self.report = report
        self.accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, table: RawTable, check: Check, commit: Check
    ) -> ImportReport | None:
        dialog = cls(parent, table, check, commit)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.report if accepted else None


def import_into_cohort(parent: QWidget, workspace: Workspace, cohort_id: int, path: Path) -> None:
    """Read the file off the UI thread, then the mapping step, the check and the import."""

    def check(
        request: ImportRequest,
        done: Callable[[ImportReport | None], None],
        *,
        dry_run: bool,
        table: RawTable,
    ) -> None:
        def work(s: DbSession) -> ImportReport:
            return importing.import_people(
                s,
                cohort_id=cohort_id,
                table=table,
                mapping=request.mapping,
                existing=request.existing,
                role=request.role,
                dry_run=dry_run,
            )

        def failed(exc: KohortError) -> None:
            msgbox.error(parent, QCoreApplication.translate("ImportDialog", "Import"), str(exc))
            done(None)  # the dialog stays open and can check or import again

        if dry_run:
            workspace.read(parent, work, done, failed=failed)
        else:
            workspace.write(parent, work, changes=Changes(people=True), done=done, failed=failed)

    def opened(table: RawTable) -> None:
        report = ImportDialog.run(
            parent,
            table,
            partial(check, dry_run=True, table=table),
            partial(check, dry_run=False, table=table),
        )
        if report is None:  # closed or cancelled: say so, so it is not mistaken for done
            workspace.announce(
                QCoreApplication.translate(
                    "ImportDialog", "Nothing was imported from {file}."
                ).format(file=table.source)
            )
            return
        workspace.announce(
            QCoreApplication.translate(
                "ImportDialog",
                "Imported {file}: {created} new, {updated} updated, {enrolled} enrolled.",
            ).format(
                file=table.source,
                created=report.created,
                updated=report.updated,
                enrolled=report.enrolled,
            )
        )

    workspace.run(parent, lambda: read_table(path), opened)
