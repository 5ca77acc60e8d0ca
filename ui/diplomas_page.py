"""Diplomas of a cohort: who is eligible, issue, preview the frozen PDF, reissue, revoke,
and print the ceremony file in hand-out order. (The design editor is not built yet: the
design comes from the cohort and programme settings.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.models import Role
from app.services import diploma_output, diplomas
from app.services.diplomas import IssuedDiploma
from app.services.enrollments import ParticipantInfo
from ui import msgbox
from ui.dialogs import files
from ui.table_models import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from ui.views import action, table_view
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


@dataclass(frozen=True)
class DiplomaRow:
    participant: ParticipantInfo
    diploma: IssuedDiploma | None  # the valid one, if any


def diploma_rows(
    participants: list[ParticipantInfo], issued: list[IssuedDiploma]
) -> list[DiplomaRow]:
    valid = {d.enrollment_id: d for d in issued if d.valid}
    return [
        DiplomaRow(p, valid.get(p.enrollment_id))
        for p in participants
        if p.role == Role.PARTICIPANT and (p.eligibility is not None or p.enrollment_id in valid)
    ]


def _tr(text: str) -> str:
    return QCoreApplication.translate("diplomas", text)


def _eligibility(row: DiplomaRow) -> str:
    e = row.participant.eligibility
    if e is None:
        return ""
    text = _tr("✓ Eligible") if e.eligible else _tr("✗ Not eligible")
    return text + (_tr(" (override)") if e.override else "")


def _issued(row: DiplomaRow) -> str:
    d = row.diploma
    if d is None:
        return _tr("not issued")
    text = f"{d.serial} · {d.issue_date.isoformat()}"
    if d.ineligible_reason:
        text += _tr(" · despite the rule")
    return text


class DiplomaTableModel(RowTableModel[DiplomaRow]):
    NAME, ORGANIZATION, ELIGIBLE, ISSUED, PRINTED, NAME_AS_PRINTED = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("diplomas", "Name"),
            lambda r: f"{r.participant.person.last_name}, {r.participant.person.first_name}",
            lambda r: r.participant.sort_key,
        ),
        Column(
            QT_TRANSLATE_NOOP("diplomas", "Organization"),
            lambda r: r.participant.person.organization or "",
        ),
        Column(QT_TRANSLATE_NOOP("diplomas", "Diploma"), _eligibility),
        Column(QT_TRANSLATE_NOOP("diplomas", "Issued"), _issued),
        Column(
            QT_TRANSLATE_NOOP("diplomas", "Printed"),
            lambda r: "✓" if r.diploma and r.diploma.printed_at else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("diplomas", "Printed as"),
            lambda r: r.diploma.name_as_printed if r.diploma else r.participant.person.printed_name,
        ),
    )


class DiplomasPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort_id: int | None = None
        self.model = DiplomaTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(DiplomaTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.preview())
        self.issue_action = action(self, self.tr("&Issue…"), self.issue)
        self.preview_action = action(self, self.tr("&Preview"), self.preview, "Space")
        self.reissue_action = action(self, self.tr("&Reissue…"), self.reissue)
        self.revoke_action = action(self, self.tr("Re&voke…"), self.revoke)
        self.print_action = action(self, self.tr("&Ceremony PDF…"), self.ceremony_pdf, "Ctrl+P")
        toolbar = QToolBar()
        for item in (
            self.issue_action,
            self.preview_action,
            self.reissue_action,
            self.revoke_action,
        ):
            toolbar.addAction(item)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        note = QLabel(
            self.tr(
                "Issuing freezes each diploma: later edits to the wording or a name never change "
                "it; reissue to print a corrected one. The design comes from the cohort's "
                "settings (template, wording, place, signatories)."
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
        self.view.resizeColumnsToContents()

    def selected(self) -> list[DiplomaRow]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        found = [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]
        return [r for r in found if isinstance(r, DiplomaRow)]

    def issue(self) -> None:
        cohort_id = self.cohort_id
        chosen = [r for r in self.selected() if r.diploma is None]
        if cohort_id is None:
            return
        if not chosen:  # nothing selected: everyone eligible without a diploma
            chosen = [
                r
                for r in (self.model.row_at(i) for i in range(self.model.rowCount()))
                if r.diploma is None
                and r.participant.eligibility
                and r.participant.eligibility.eligible
            ]
        if not chosen:
            self.workspace.announce(self.tr("Everyone eligible already has a diploma."))
            return
        ineligible = [
            r.participant.person.full_name
            for r in chosen
            if not (r.participant.eligibility and r.participant.eligibility.eligible)
        ]
        reason = None
        if ineligible:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Not eligible"),
                self.tr(
                    "{names} do(es) not meet the completion rule. Issue anyway? Write "
                    "why, for the record:"
                ).format(names=", ".join(ineligible)),
            )
            if not ok or not text.strip():
                return
            reason = text.strip()
        ids = [r.participant.enrollment_id for r in chosen]
        self.workspace.write(
            self,
            lambda s: diplomas.issue_diplomas(
                s, cohort_id, ids, today=dt.date.today(), confirm_ineligible=reason
            ),
            message=self.tr("{n} diploma(s) issued.").format(n=len(ids)),
        )

    def preview(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].diploma is None:
            return
        diploma = chosen[0].diploma
        self.workspace.read(
            self,
            lambda s: diplomas.issued_pdf(s, diploma.id),
            lambda pdf: PreviewDialog.show_pdf(self, diploma.serial, pdf),
        )

    def reissue(self) -> None:
        chosen = [r for r in self.selected() if r.diploma is not None]
        if len(chosen) != 1:
            return
        diploma = chosen[0].diploma
        assert diploma is not None
        if not msgbox.question(
            self,
            self.tr("Reissue"),
            self.tr(
                "Issue a new diploma for {name} from the current design and name "
                "(“{printed}”)? {serial} stays in the register, marked as replaced."
            ).format(
                name=chosen[0].participant.person.full_name,
                printed=chosen[0].participant.person.printed_name,
                serial=diploma.serial,
            ),
        ):
            return
        self.workspace.write(
            self,
            lambda s: diplomas.reissue_diploma(s, diploma.id, today=dt.date.today()),
            message=self.tr("Reissued."),
        )

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
        if ok and text.strip():
            self.workspace.write(
                self,
                lambda s: diplomas.revoke_diploma(s, diploma.id, text.strip()),
                message=self.tr("Revoked."),
            )

    def ceremony_pdf(self) -> None:
        cohort_id = self.cohort_id
        if cohort_id is None:
            return
        orders = {
            self.tr("by surname"): diploma_output.HandOutOrder.SURNAME,
            self.tr("by first name"): diploma_output.HandOutOrder.FIRST_NAME,
            self.tr("by organization"): diploma_output.HandOutOrder.ORGANIZATION,
        }
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Hand-out order"),
            self.tr("Order of the diplomas:"),
            list(orders),
            0,
            False,
        )
        if not ok:
            return
        path = files.choose_pdf_file(self, self.tr("Diplomas"))
        if path is None:
            return
        self.save_ceremony_pdf(path, orders[choice])

    def save_ceremony_pdf(self, path: Path, order: diploma_output.HandOutOrder) -> None:
        cohort_id = self.cohort_id
        assert cohort_id is not None

        def work(s: DbSession) -> int:
            return diploma_output.write_ceremony_pdf(s, cohort_id, path, order=order)

        def done(count: int) -> None:
            self.workspace.announce(
                self.tr("{n} diploma(s) and a checklist saved to {path}.").format(
                    n=count, path=path
                )
            )
            files.open_file(path)

        self.workspace.write(self, work, done=done)


class PreviewDialog(QDialog):
    """The frozen PDF as it will print, through QtPdf."""

    def __init__(self, parent: QWidget | None, title: str, pdf: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 680)

    @classmethod
    def show_pdf(cls, parent: QWidget | None, title: str, pdf: bytes) -> None:
        cls(parent, title, pdf).exec()
