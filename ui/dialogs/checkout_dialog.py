"""File ▸ Check the cohort out to this computer…: the file to write, how many diploma serial
numbers to set aside, and what checking out means for everyone else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.checkout import SPARE_SERIALS
from ui.dialogs import files

MAX_SERIALS = 10000  # as the service allows


def default_file(cohort_name: str, folder: Path) -> Path:
    """ "~/Kohort/Ledarskap VT27 (utcheckad).sqlite3": where a check-out goes unless changed."""
    from PySide6.QtCore import QCoreApplication

    stem = QCoreApplication.translate("CheckoutDialog", "{cohort} (checked out)").format(
        cohort=cohort_name
    )
    return folder / f"{files.document_file_stem(stem)}{files.DATABASE_SUFFIX}"


class CheckoutDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, cohort_name: str, file: Path, participants: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the cohort out to this computer"))
        explained = QLabel(
            self.tr(
                "Kohort copies “{cohort}” into a file on this computer, to work in without a "
                "network (roll call, action plans, diplomas). Until you check it in again, "
                "the cohort is read-only on the server, and others see who has it and since "
                "when."
            ).format(cohort=cohort_name)
        )
        explained.setWordWrap(True)
        self.file_edit = QLineEdit(str(file))
        self.file_edit.setMinimumWidth(380)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.serials = QSpinBox()
        self.serials.setRange(1, MAX_SERIALS)
        self.serials.setValue(participants + SPARE_SERIALS)
        self.serials.setMinimumWidth(100)
        self.serials.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        serials_note = QLabel(
            self.tr(
                "One per participant and {spare} more, for walk-ins and reissues: diplomas "
                "issued offline take their numbers from this block, so they never collide "
                "with the server's."
            ).format(spare=SPARE_SERIALS)
        )
        serials_note.setWordWrap(True)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)  # a row of two: the label needs its field named
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Serial numbers to set aside:"), self.serials)
        form.addRow("", serials_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Check &out"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addLayout(form)
        layout.addWidget(buttons)
        height = self.heightForWidth(620)  # the wrapped texts' height at this width
        self.resize(620, height if height > 0 else self.sizeHint().height())

    def _choose(self) -> None:
        current = Path(self.file_edit.text()).expanduser()
        chosen = files.choose_checkout_file(self, current.stem, current.parent)
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def chosen_file(self) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix(files.DATABASE_SUFFIX)

    def _accept(self) -> None:
        if self.chosen_file() is None:
            self.file_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, cohort_name: str, file: Path, participants: int
    ) -> tuple[Path, int] | None:
        """The file and the number of serial numbers; None: cancelled."""
        dialog = cls(parent, cohort_name, file, participants)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen_file()
        return None if chosen is None else (chosen, dialog.serials.value())
