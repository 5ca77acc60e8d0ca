"""The design editor's parts: an optional image (logo, background, signature) and one
signatory's row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import KohortError
from app.services.images import check_image_bytes
from app.services.signatories import SignatorySettings
from ui.dialogs import files


class ImageChooser(QWidget):
    """An optional image: what is chosen (size), Choose… and Remove."""

    def __init__(self, what: str, data: bytes | None, changed: Callable[[], None]) -> None:
        super().__init__()
        self.what = what
        self.data = data
        self.changed = changed
        self.label = QLabel()
        self.choose = QPushButton(self.tr("Choose…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.choose.clicked.connect(self.pick)
        self.remove.clicked.connect(lambda: self.set_data(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        # the label's Alt+key lands on Choose… (a label's buddy must take focus itself)
        self.setFocusProxy(self.choose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    def pick(self) -> None:
        path = files.choose_image_file(self, self.tr("Choose the {what}").format(what=self.what))
        if path is None:
            return
        try:
            data = path.read_bytes()
            check_image_bytes(data, self.what)
        except OSError as exc:
            self.label.setText(
                self.tr("Could not read {name}: {error}").format(
                    name=path.name, error=exc.strerror or exc
                )
            )
            return
        except KohortError as exc:
            self.label.setText(str(exc))
            return
        self.set_data(data)

    def set_data(self, data: bytes | None) -> None:
        self.show_data(data)
        self.changed()

    def show_data(self, data: bytes | None) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        self.remove.setEnabled(self.data is not None)
        if self.data is None:
            self.label.setText(self.tr("none"))
        else:
            self.label.setText(self.tr("{kb:,} KB").format(kb=max(1, len(self.data) // 1024)))


class SignatoryRow:
    """Name, title and signature image of one signatory, on one row of ``grid``."""

    def __init__(
        self, grid: QGridLayout, row: int, tr: Callable[[str], str], changed: Callable[[], None]
    ) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Name"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Title, e.g. Kommundirektör"))
        self.signature = ImageChooser(tr("signature image"), None, changed)
        for edit in (self.name, self.title):
            edit.textEdited.connect(lambda _t: changed())
        grid.addWidget(QLabel(f"{row + 1}."), row, 0)
        grid.addWidget(self.name, row, 1)
        grid.addWidget(self.title, row, 2)
        grid.addWidget(self.signature, row, 3)

    def value(self) -> SignatorySettings:
        return SignatorySettings(
            name=self.name.text(), title=self.title.text(), signature_png=self.signature.data
        )

    def set_value(self, value: SignatorySettings | None) -> None:
        self.name.setText(value.name if value else "")
        self.title.setText(value.title if value else "")
        self.signature.show_data(value.signature_png if value else None)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.name, self.title, self.signature):
            widget.setEnabled(on)
