"""Retention ("Gallring…"): people kept longer than needed, reviewed and erased in bulk.

The list comes from :func:`app.services.privacy_retention.retention_candidates` with the
periods shown (0: each organization's own, or Kohort's default); erasing takes exactly the
selected rows as its confirmation, runs on the worker with progress and Cancel, and then
scrubs the file (:func:`app.services.privacy_erase.scrub`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.changes import NOTHING
from app.services import privacy_erase, privacy_retention
from app.services.privacy_retention import Candidate, Reason
from app.text import sort_key
from ui import msgbox
from ui.dialogs.retention_periods_dialog import RetentionPeriodsDialog
from ui.labels import date_text
from ui.privacy_actions import ERASED, scrub
from ui.progress import LongTask, run_long_task
from ui.table_models import ROW_ROLE, Column, RowTableModel
from ui.views import table_view
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


def reason_text(c: Candidate) -> str:
    if c.reason is Reason.NEVER_ADMITTED:
        return QCoreApplication.translate(
            "RetentionDialog", "never admitted, over %n month(s)", "", c.period
        )
    return QCoreApplication.translate(
        "RetentionDialog", "no activity for over %n year(s)", "", c.period
    )


class RetentionModel(RowTableModel[Candidate]):
    NAME, ORGANIZATION, LAST_ACTIVITY, REASON, DIPLOMAS = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda c: c.name, lambda c: sort_key(c.name)),
        Column(
            QT_TRANSLATE_NOOP("tables", "Organization"),
            lambda c: c.organization or "",
            lambda c: sort_key(c.organization or ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Last activity"),
            lambda c: date_text(c.last_activity),
            lambda c: c.last_activity.toordinal(),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Reason"), reason_text),
        Column(
            QT_TRANSLATE_NOOP("tables", "Diplomas"),
            lambda c: str(c.impact.diplomas) if c.impact.diplomas else "",
            lambda c: c.impact.diplomas,
        ),
    )


class RetentionDialog(QDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Retention"))
        self.years = QSpinBox()
        self.years.setRange(0, 100)
        self.years.setSpecialValueText(self.tr("each organization's (default 5)"))
        self.years.setSuffix(self.tr(" years"))
        self.months = QSpinBox()
        self.months.setRange(0, 1200)
        self.months.setSpecialValueText(self.tr("each organization's (default 6)"))
        self.months.setSuffix(self.tr(" months"))
        form = QFormLayout()
        form.addRow(self.tr("No activity for more than:"), self.years)
        form.addRow(self.tr("Applicants never admitted, after:"), self.months)
        self.model = RetentionModel(self)
        self.view = table_view(self.model)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.with_diplomas = QCheckBox(self.tr("Also erase their issued &diplomas"))
        backups = QLabel(privacy_erase.backup_notice(workspace.db.file))
        backups.setWordWrap(True)
        self.select_all = QPushButton(self.tr("Select &all"))
        self.select_all.setAutoDefault(False)
        self.select_all.clicked.connect(self.view.selectAll)
        self.erase_button = QPushButton(self.tr("&Erase selected…"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_selected)
        self.periods_button = QPushButton(self.tr("&Organization's periods…"))
        self.periods_button.setAutoDefault(False)
        self.periods_button.clicked.connect(self.edit_periods)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.periods_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.select_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.with_diplomas)
        layout.addWidget(backups)
        layout.addWidget(buttons)
        self.years.valueChanged.connect(self.reload)
        self.months.valueChanged.connect(self.reload)
        self.resize(1000, 560)  # every column readable at once, on a 1366×768 screen
        self.reload()

    def periods(self) -> dict[str, int | None]:
        return {"years": self.years.value() or None, "months": self.months.value() or None}

    def reload(self) -> None:
        periods, today = self.periods(), self.workspace.today()
        self.workspace.read(
            self,
            lambda s: privacy_retention.retention_candidates(s, today=today, **periods),
            self._show,
        )

    def _show(self, found: list[Candidate]) -> None:
        self.model.set_rows(found)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column, widest in ((RetentionModel.NAME, 260), (RetentionModel.ORGANIZATION, 220)):
            # Long names or organizations must not push Reason and Diplomas off the dialog.
            header.resizeSection(column, min(header.sectionSize(column), widest))
        if found:
            self.summary.setText(self.tr("%n person(s) to review.", "", len(found)))
        else:
            self.summary.setText(
                self.tr(
                    "Nobody is due for erasure: nobody has been inactive longer than the "
                    "retention period, and no applicant has waited longer than the applicant "
                    "period."
                )
            )
        self.view.setVisible(bool(found))
        self.main_layout.setStretchFactor(self.summary, 0 if found else 1)  # text at the top
        self.with_diplomas.setVisible(bool(found))
        self._update()

    def selected(self) -> list[Candidate]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE) for r in rows]

    def _update(self) -> None:
        self.erase_button.setEnabled(bool(self.selected()))
        self.select_all.setEnabled(self.model.rowCount() > 0)

    def erase_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        diplomas = sum(c.impact.diplomas for c in chosen)
        with_diplomas = self.with_diplomas.isChecked()
        text = self.tr(
            "Erase %n person(s) from Kohort for good, with their enrollments, attendance "
            "and action plans? This cannot be undone.",
            "",
            len(chosen),
        )
        if diplomas and with_diplomas:
            text += "\n\n" + self.tr("%n issued diploma(s) are erased too.", "", diplomas)
        elif diplomas:
            text += "\n\n" + self.tr(
                "%n of them have issued diplomas: those stay in the diploma register, with "
                "the name as printed, as the organization's record; nothing else about them "
                "stays. Tick “Also erase their issued diplomas” to erase them too.",
                "",
                sum(1 for c in chosen if c.impact.diplomas),
            )
        text += "\n\n" + privacy_erase.backup_notice(self.workspace.db.file)
        if not msgbox.question(self, self.tr("Erase personal data"), text):
            return
        periods, today = self.periods(), self.workspace.today()

        def work(session: DbSession, task: LongTask) -> int:
            return privacy_retention.erase_candidates(
                session,
                chosen,
                today=today,
                with_diplomas=with_diplomas,
                progress=task.progress,
                cancelled=task.cancelled,
                **periods,
            )

        kept = 0 if with_diplomas else diplomas

        def done(count: int) -> None:
            said = self.tr("%n person(s) were erased.", "", count)
            if kept:
                said += " " + self.tr("Their issued diplomas stay in the register.")
            scrub(self, self.workspace, said)
            self.reload()

        run_long_task(
            self.workspace,
            self,
            self.tr("Erasing personal data…"),
            work,
            done,
            cancelled_message=self.tr("Erasing was cancelled; nobody was erased."),
            changes=ERASED,
        )

    def edit_periods(self) -> None:
        def ask(periods: list[privacy_retention.RetentionPeriods]) -> None:
            chosen = RetentionPeriodsDialog.ask(self, periods)
            if chosen is None:
                return
            self.workspace.write(
                self,
                lambda s: privacy_retention.set_retention_periods(
                    s,
                    chosen.organization,
                    years=chosen.years,
                    applicant_months=chosen.applicant_months,
                ),
                changes=NOTHING,  # no view shows the periods but this list
                done=lambda _saved: self.reload(),
            )

        self.workspace.read(self, privacy_retention.retention_periods, ask)

    @classmethod
    def show_for(cls, parent: QWidget | None, workspace: Workspace) -> None:
        cls(parent, workspace).exec()
