"""Verify a diploma: type the code printed on it, or paste the address its QR code holds,
and see whose diploma it is, whether it still holds (valid, replaced or revoked) and whether
the register's record of it is intact, made by another renderer or damaged (as `kohort
verify` says)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import verification
from app.services.diploma_recipes import RecordCheck, RecordState
from app.services.verification import VerificationResult, VerificationStatus
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

_COLOURS = {
    VerificationStatus.VALID: "#1b7a3a",
    VerificationStatus.REPLACED: "#9a6700",
    VerificationStatus.REVOKED: "#a4262c",
    VerificationStatus.DAMAGED: "#a4262c",
}
_RECORD_COLOURS = {
    RecordState.EXACT: "#1b7a3a",
    RecordState.OTHER_RENDERER: "#9a6700",
    RecordState.DAMAGED: "#a4262c",
}


def _look_up(session: DbSession, text: str) -> tuple[VerificationResult | None, RecordCheck | None]:
    """The register's answer for the code and, when found, the state of its stored record."""
    result = verification.verify_code(session, text)
    return result, None if result is None else result.record


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a diploma"))
        self.workspace = workspace
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("7KQ2-M9XD, or the address from the QR code"))
        self.code.setClearButtonEnabled(True)
        self.answer = QLabel(
            self.tr("Type the verification code printed on the diploma and press Enter.")
        )
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(150)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        check = buttons.addButton(self.tr("Chec&k"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check)
        check.setDefault(True)  # Enter checks the code (and never closes the dialog)
        # else Qt makes Close the default as the dialog is shown, and Enter closes it
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.check_button = check
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def check(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        self.workspace.read(
            self, lambda s: _look_up(s, text), lambda found: self.show_result(text, *found)
        )

    def record_text(self, record: RecordCheck) -> str:
        """What the register's record of the diploma is worth, in the coordinator's words."""
        if record.state == RecordState.DAMAGED:
            return self.tr(
                "The register's record of it is damaged: it no longer matches its hash. "
                "Restore the database from a backup before printing it."
            )
        if record.state == RecordState.OTHER_RENDERER:
            return self.tr(
                "The register's record of it is intact, but it was made by another renderer "
                "(drawing version {then}; this Kohort draws version {now}): a copy printed now "
                "may differ slightly from the first."
            ).format(
                then=record.render_version if record.render_version is not None else "?",
                now=record.current_render_version,
            )
        if record.frozen:  # issued before recipes: the hash covers the stored PDF alone
            return self.tr(
                "Its stored PDF is intact (its hash matches). It was issued by an older "
                "Kohort, so the name and date shown come from the register and no hash "
                "covers them."
            )
        return self.tr("The register's record of it is intact (its hash matches).")

    def show_result(
        self, text: str, result: VerificationResult | None, record: RecordCheck | None = None
    ) -> None:
        if result is None and verification.looks_like_serial(text):
            self.answer.setText(
                "<p style='color:#a4262c'><b>{}</b></p><p>{}</p>".format(
                    html.escape(self.tr("That is a diploma number")),
                    html.escape(
                        self.tr(
                            "“{number}” is the diploma's number, not its verification code. "
                            "Type the code printed beside it: four letters or digits, a dash, "
                            "four more (e.g. 7KQ2-M9XD)."
                        ).format(number=text)
                    ),
                )
            )
            return
        if result is None:
            self.answer.setText(
                "<p style='color:#a4262c'><b>{}</b></p><p>{}</p>".format(
                    html.escape(self.tr("Unknown code")),
                    html.escape(
                        self.tr(
                            "No diploma in this register has the code “{code}”. Check the "
                            "letters (the codes use no 0, O, 1, I or L)."
                        ).format(code=text)
                    ),
                )
            )
            return
        if result.status == VerificationStatus.DAMAGED:
            verdict = self.tr(
                "Cannot be confirmed: the register's record of this diploma has been changed "
                "or damaged since it was issued. Restore the database from a backup and check "
                "again."
            )
        elif result.status == VerificationStatus.VALID:
            verdict = self.tr("Valid: this diploma was issued and holds.")
        elif result.status == VerificationStatus.REPLACED:
            verdict = (
                self.tr("Replaced: reissued as {serial}; {latest} holds.")
                if result.latest_valid
                else self.tr("Replaced: reissued as {serial}; {latest} was revoked too.")
            ).format(serial=result.replaced_by, latest=result.latest_serial)
        else:
            verdict = self.tr("Revoked on {date}: {reason}").format(
                date=result.revoked_on.isoformat() if result.revoked_on else "",
                reason=result.revoked_reason or "",
            )
        rows = (
            (self.tr("Name"), result.name_as_printed),
            (self.tr("Programme"), result.programme),
            (self.tr("Cohort"), result.cohort),
            (self.tr("Serial"), result.serial),
            (self.tr("Issued"), result.issue_date.isoformat()),
            (self.tr("Code"), result.code),
        )
        table = "".join(
            f"<tr><td>{html.escape(k)}:&nbsp;</td><td><b>{html.escape(v)}</b></td></tr>"
            for k, v in rows
        )
        state = (
            ""
            if record is None
            else f"<p style='color:{_RECORD_COLOURS[record.state]}'>"
            f"{html.escape(self.record_text(record))}</p>"
        )
        self.answer.setText(
            f"<p style='color:{_COLOURS[result.status]}'><b>{html.escape(verdict)}</b></p>"
            f"<table>{table}</table>{state}"
        )
