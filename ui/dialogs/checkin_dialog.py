"""File ▸ Check in to the server…: what a dry run of the check-in found — the changes it
would apply, in words, and every conflict exactly — and the coordinator's answer: check in
(Cancel is the default: it writes to the server), and with conflicts, which version of those
rows to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.checkin import CheckinResult
from ui import msgbox
from ui.checkout_state import server_name

APPLY = ""  # check in as it is (no conflicts): the answer when no version needs choosing


class CheckinDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: CheckinResult) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check in to the server"))
        conflicts = plan.open_conflicts
        intro = QLabel(
            (
                self.tr(
                    "Besides the conflicts below, checking “{cohort}” in to {server} "
                    "applies: {plan}."
                )
                if conflicts
                else self.tr("Checking “{cohort}” in to {server} applies: {plan}.")
            ).format(cohort=plan.cohort_name, server=server_name(plan.server), plan=plan.text())
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self.conflict_list: QListWidget | None = None
        if conflicts:
            heading = QLabel(
                self.tr(
                    "%n row(s) changed here and on the server since the check-out. As it is, "
                    "nothing can be checked in:",
                    "",
                    len(conflicts),
                )
            )
            heading.setWordWrap(True)
            self.conflict_list = QListWidget()
            self.conflict_list.setWordWrap(True)
            self.conflict_list.addItems([c.text() for c in conflicts])
            lines = self.conflict_list.fontMetrics().lineSpacing()
            self.conflict_list.setMaximumHeight(min(len(conflicts), 8) * 3 * lines + 8)
            layout.addWidget(heading)
            layout.addWidget(self.conflict_list, 1)
            server = QRadioButton(
                self.tr(
                    "Keep the &server's version of these rows: this file's changes to them "
                    "are dropped, everything else is checked in."
                )
            )
            laptop = QRadioButton(
                self.tr(
                    "Use this &file's version: the server's rows are overwritten. A row "
                    "deleted on the server, or one that clashes with a row added there, "
                    "cannot be settled so and stays a conflict."
                )
            )
            for button, prefer in ((server, "server"), (laptop, "laptop")):
                button.setProperty("prefer", prefer)
                self.choices.addButton(button)
                layout.addWidget(_wrapped(button))
        unchanged = QLabel(
            self.tr(
                "Nothing is changed on the server until you choose Check in. Then it all "
                "goes in at once, and the cohort can be edited on the server again."
            )
        )
        unchanged.setWordWrap(True)
        layout.addWidget(unchanged)
        buttons = QDialogButtonBox()
        self.check_in_button = buttons.addButton(
            self.tr("Check &in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # it writes to the server: Enter cancels
        self.check_in_button.setAutoDefault(False)
        self.check_in_button.setEnabled(not conflicts)
        self.choices.buttonToggled.connect(lambda *_: self.check_in_button.setEnabled(True))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # a short list of conflicts leaves no gaps between the lines
        layout.addWidget(buttons)
        height = self.heightForWidth(680)  # the wrapped texts' height at this width
        self.resize(680, height if height > 0 else self.sizeHint().height())

    def prefer(self) -> str:
        """The version chosen for the conflicting rows (APPLY: there are none)."""
        chosen = self.choices.checkedButton()
        return str(chosen.property("prefer")) if chosen is not None else APPLY

    def _accept(self) -> None:
        prefer = self.prefer()
        if prefer == APPLY:
            self.accept()
            return
        question = (
            self.tr(
                "Drop this file's changes to the conflicting rows and check in the rest? "
                "The dropped changes cannot be brought back from here."
            )
            if prefer == "server"
            else self.tr(
                "Overwrite the server's version of the conflicting rows with this file's, "
                "and check in? What was changed on the server in those rows is lost."
            )
        )
        if msgbox.question(self, self.windowTitle(), question):
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: CheckinResult) -> str | None:
        """APPLY, "server" or "laptop" (the version for conflicting rows); None: cancelled."""
        dialog = cls(parent, plan)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.prefer()


def _wrapped(button: QRadioButton) -> QWidget:
    """A radio button whose long text wraps: the button without text, beside a label."""
    from PySide6.QtWidgets import QHBoxLayout

    text = button.text()
    button.setText("")
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(button)
    label.mousePressEvent = lambda _e: button.setChecked(True)  # type: ignore[method-assign]
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button, 0)
    layout.addWidget(label, 1)
    return row
