"""A form dialog: fields, an inline error line, OK/Cancel; OK only when the form is valid."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.forms import error_label, show_error
from ui.screen_fit import fit_on_screen as fit_on_screen  # the dialogs size themselves

T = TypeVar("T")


class FormDialog[T](QDialog):
    """Subclasses add rows to ``self.form`` and implement :meth:`values`.

    :meth:`values` raises ``ValueError`` with a user-facing sentence when the form is not
    valid; the sentence is shown under the form and the dialog stays open.
    """

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # an error shown for the old value disappears as soon as the form is edited
        if getattr(self, "_watching_edits", False):
            super().showEvent(event)
            return
        self._watching_edits = True
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        widget = first.widget() if first is not None else None
        if widget is not None:
            widget.setFocus()  # the cursor in the first field, not on the OK button
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._clear_error)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._clear_error)
        super().showEvent(event)

    def _clear_error(self) -> None:
        self.show_error(None)

    def values(self) -> T:
        raise NotImplementedError

    def show_error(self, text: str | None) -> None:
        show_error(self.error, text)

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def run(self) -> T | None:
        """Show modally; the values on OK, ``None`` on Cancel."""
        return self.values() if self.exec() == QDialog.DialogCode.Accepted else None
