"""Diplomas of a cohort: design them, see who is eligible, issue, preview the frozen PDF,
reissue, revoke, and print the ceremony stack in hand-out order (from Kohort, to a file, or
through the PDF reader), with progress and cancel on long work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import KohortError
from app.services import diploma_design, diploma_listing, diploma_register, diploma_settings
from app.services.diploma_design import PreviewPerson
from app.services.diploma_listing import IssuedDiploma
from app.services.diploma_settings import DesignSettings, DesignVersions, load_settings
from app.services.enrollments import ParticipantInfo
from ui import msgbox
from ui.column_fit import ColumnFit
from ui.diploma_issuing import DiplomaIssuing
from ui.diploma_output_actions import DiplomaOutput
from ui.diploma_table import DiplomaRow, DiplomaTableModel, diploma_rows
from ui.table_models import ROW_ROLE, SORT_ROLE, RowSortProxy
from ui.views import action, table_view
from ui.workspace import Workspace, retrying

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


class DiplomasPage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = ("design_action", "issue_action", "reissue_action", "revoke_action")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort_id: int | None = None
        self.cohort_name = ""  # for default file names
        self.reselect: int | None = None  # enrollment to select after the next reload
        self.model = DiplomaTableModel(self)
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(DiplomaTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFit(  # long names give way: the diploma number stays in sight
            self.view,
            shrinkable=(
                DiplomaTableModel.NAME,
                DiplomaTableModel.ORGANIZATION,
                DiplomaTableModel.NAME_AS_PRINTED,
            ),
        )
        self.view.doubleClicked.connect(lambda _i: self.preview())
        self.output = DiplomaOutput(self)
        self.issuing = DiplomaIssuing(self)
        self.design_action = action(self, self.tr("&Design…"), self.design, "Ctrl+D")
        self.issue_action = action(self, self.tr("&Issue…"), self.issue, "Ctrl+Shift+I")
        self.preview_action = action(self, self.tr("&Preview"), self.preview, "Space")
        self.reissue_action = action(self, self.tr("&Reissue…"), self.reissue)
        self.revoke_action = action(self, self.tr("Re&voke…"), self.revoke)
        self.print_action = action(
            self, self.tr("&Ceremony stack…"), self.output.ceremony, "Ctrl+P"
        )
        self.reprint_action = action(
            self, self.tr("Print &selected…"), self.output.print_selected, "Ctrl+Shift+P"
        )
        self.calibrate_action = action(
            self, self.tr("Printer ca&libration…"), self.output.calibrate
        )
        toolbar = QToolBar()
        toolbar.addAction(self.design_action)
        toolbar.addSeparator()
        for item in (
            self.issue_action,
            self.preview_action,
            self.reissue_action,
            self.revoke_action,
        ):
            toolbar.addAction(item)
        toolbar.addSeparator()
        for item in (self.print_action, self.reprint_action, self.calibrate_action):
            toolbar.addAction(item)
        note = QLabel(
            self.tr(
                "Design (Ctrl+D) sets how the cohort's diplomas look. Issuing freezes each "
                "diploma: later edits to the design or a name never change it; reissue to "
                "print a corrected one. Ceremony stack (Ctrl+P) prints every valid diploma in "
                "hand-out order."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(note)
        layout.addWidget(self.view)

    def show_diplomas(
        self, cohort_id: int, participants: list[ParticipantInfo], issued: list[IssuedDiploma]
    ) -> None:
        self.cohort_id = cohort_id
        self.model.set_rows(diploma_rows(participants, issued))
        self.columns.fit()
        if self.reselect is not None:
            self._select_enrollment(self.reselect)
            self.reselect = None

    def _select_enrollment(self, enrollment_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(found, DiplomaRow) and found.participant.enrollment_id == enrollment_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return

    def selected(self) -> list[DiplomaRow]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        found = [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]
        return [r for r in found if isinstance(r, DiplomaRow)]

    @property
    def ui_state(self) -> QSettings:
        return self.workspace.ui_state or QSettings()

    # The design.

    def design(self) -> None:
        cohort_id = self.cohort_id
        if cohort_id is None:
            return
        today = self.workspace.today()

        def load(
            s: DbSession,
        ) -> tuple[DesignSettings, list[PreviewPerson], tuple[Any, ...], DesignVersions]:
            return (
                load_settings(s, cohort_id),
                diploma_design.preview_contents(s, cohort_id, today=today),
                diploma_settings.programme_signatories(s, cohort_id),
                # the versions it opens with: a save after someone else's is refused
                diploma_settings.versions_of(s, cohort_id),
            )

        self.workspace.read(self, load, lambda loaded: self.edit_design(cohort_id, *loaded))

    def edit_design(
        self,
        cohort_id: int,
        settings: DesignSettings,
        people: list[PreviewPerson],
        programme_signatories: tuple[Any, ...],
        versions: DesignVersions,
    ) -> None:
        today = self.workspace.today()

        def ask(
            values: tuple[DesignSettings, bool], error: str | None
        ) -> tuple[DesignSettings, bool] | None:
            from ui.dialogs.design_dialog import DesignDialog  # on first use

            dialog = DesignDialog(
                self,
                self.workspace,
                values[0],
                people,
                programme_signatories,
                today=today,
                error=error,
                as_default=values[1],
            )
            try:
                return dialog.run()
            finally:
                dialog.deleteLater()

        def save(
            values: tuple[DesignSettings, bool], failed: Callable[[KohortError], None]
        ) -> None:
            self.workspace.write(
                self,
                lambda s: diploma_settings.save_settings(
                    s,
                    cohort_id,
                    values[0],
                    today=today,
                    as_programme_default=values[1],
                    design_version=versions.cohort,
                    programme_design_version=versions.programme,
                ),
                # the design holds the cohort's document language (and, as the programme's
                # default, its diploma place), which the sidebar's edit dialogs start from
                changes=Changes(design=True, cohort=True, programs=values[1]),
                failed=failed,
                message=self.tr("Diploma design saved."),
            )

        retrying(ask, save, (settings, False))

    # Issuing and the register.

    def issue(self) -> None:
        """Issue to the selected people without a diploma; with none selected, to everyone
        who meets the completion rule. What will happen is shown first (ui.diploma_issuing)."""
        chosen = [r for r in self.selected() if r.diploma is None]
        if self.selected() and not chosen:
            self.workspace.announce(self.tr("The selected people already have a diploma."))
            return
        self.issuing.issue([r.participant.enrollment_id for r in chosen] or None)

    def preview(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].diploma is None:
            return
        diploma = chosen[0].diploma
        from ui.dialogs.preview_dialog import PreviewDialog  # on first use

        self.workspace.read(
            self,
            lambda s: diploma_listing.issued_pdf(s, diploma.id),
            lambda pdf: PreviewDialog.show_pdf(self, diploma.serial, pdf),
        )

    def reissue(self) -> None:
        chosen = [r for r in self.selected() if r.diploma is not None]
        if len(chosen) != 1:
            return
        diploma = chosen[0].diploma
        assert diploma is not None
        self.issuing.reissue(diploma, chosen[0].participant.enrollment_id)

    def revoke(self) -> None:
        chosen = [r for r in self.selected() if r.diploma is not None]
        if len(chosen) != 1:
            return
        diploma = chosen[0].diploma
        assert diploma is not None
        text, ok = QInputDialog.getText(
            self,
            self.tr("Revoke"),
            self.tr("Why is {serial} revoked? (recorded)").format(serial=diploma.serial),
        )
        if not (ok and text.strip()):
            return
        if not msgbox.question(
            self,
            self.tr("Revoke"),
            self.tr(
                "Revoke {serial}, the diploma of {name}? Its code will then verify as revoked "
                "(“{reason}”). This cannot be undone."
            ).format(
                serial=diploma.serial,
                name=chosen[0].participant.person.full_name,
                reason=text.strip(),
            ),
        ):
            return
        self.workspace.write(
            self,
            lambda s: diploma_register.revoke_diploma(s, diploma.id, text.strip()),
            changes=Changes(diplomas=True),
            message=self.tr("Revoked."),
        )
