"""The design editor's parts: an optional image (logo, background, signature), the
signatories (a row each, which the programme dialog uses too) and the design's signatories
box (the programme's or the cohort's own, and what to do when nobody would sign)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KohortError
from app.services.images import check_image_bytes
from app.services.signatories import SignatorySettings
from diplomas.diploma_model import MAX_SIGNATORIES
from ui.dialogs import files
from ui.forms import error_label, show_error


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
        for button in (self.choose, self.remove):
            # Enter in a form saves it, even with the focus here after Tab; Space presses these
            button.setAutoDefault(False)
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
            size = QLocale().toString(max(1, len(self.data) // 1024))
            self.label.setText(self.tr("{size} KB").format(size=size))


LONG_NAME = "Anna-Karin Lindqvist-Gyllenhammar af Berg"  # 41 characters: such shows whole


class SignatoryRow:
    """Name, title and signature image of one signatory in ``grid``: side by side on one
    row, or ``stacked`` each on a row of its own with a label. Side by side, a name and a
    title of some 40 characters were cut to a few letters in the design editor's narrow
    column ("gsås kommun"); the programme dialog, wider and not scrolled, keeps one row."""

    STACKED_ROWS = 4  # grid rows per signatory: name, title, signature image, a gap

    def __init__(
        self, grid: QGridLayout, index: int, changed: Callable[[], None], *, stacked: bool
    ) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("SignatoryRow", "Name"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            QCoreApplication.translate("SignatoryRow", "Title, e.g. Kommundirektör")
        )
        self.signature = ImageChooser(
            QCoreApplication.translate("SignatoryRow", "signature image"), None, changed
        )
        for edit in (self.name, self.title):
            edit.textEdited.connect(lambda _t: changed())
        number = QLabel(f"{index + 1}.")
        if not stacked:  # the name beside the signature image, the title under both
            # room for a name of some 40 characters: the dialog grows to give it
            self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(LONG_NAME) + 16)
            grid.addWidget(number, 2 * index, 0)
            grid.addWidget(self.name, 2 * index, 1)
            grid.addWidget(self.signature, 2 * index, 2)
            grid.addWidget(self.title, 2 * index + 1, 1, 1, 2)
            return
        row = index * self.STACKED_ROWS
        grid.addWidget(number, row, 0)
        for offset, (text, widget) in enumerate(
            (
                (QCoreApplication.translate("SignatoryRow", "Name:"), self.name),
                (QCoreApplication.translate("SignatoryRow", "Title:"), self.title),
                (QCoreApplication.translate("SignatoryRow", "Signature:"), self.signature),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row + offset, 1)
            grid.addWidget(widget, row + offset, 2)
        grid.setRowMinimumHeight(row + 3, 4)  # a little air before the next signatory

    def value(self) -> SignatorySettings:
        return SignatorySettings(
            name=self.name.text(), title=self.title.text(), signature_png=self.signature.data
        )

    def set_value(self, value: SignatorySettings | None) -> None:
        self.name.setText(value.name if value else "")
        self.title.setText(value.title if value else "")
        for edit in (self.name, self.title):  # a long one shows its start, not its end
            edit.setCursorPosition(0)
        self.signature.show_data(value.signature_png if value else None)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.name, self.title, self.signature):
            widget.setEnabled(on)


class SignatoryGrid(QWidget):
    """As many signatories as a diploma has room for; empty ones are left out.
    ``stacked``: name, title and signature image each on a row (see :class:`SignatoryRow`)."""

    def __init__(self, changed: Callable[[], None], *, stacked: bool = False) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        if stacked:
            grid.setColumnStretch(2, 1)  # name and title take the whole width
        else:
            grid.setColumnStretch(1, 1)
        self.rows = [
            SignatoryRow(grid, i, changed, stacked=stacked) for i in range(MAX_SIGNATORIES)
        ]
        self.setFocusProxy(self.rows[0].name)  # a label's Alt+key lands on the first name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def values(self) -> tuple[SignatorySettings, ...]:
        return tuple(row.value() for row in self.rows)

    def set_values(self, values: tuple[SignatorySettings, ...], *, editable: bool = True) -> None:
        for i, row in enumerate(self.rows):
            row.set_value(values[i] if i < len(values) else None)
            row.set_enabled(editable)

    def has_name(self) -> bool:
        return any(row.name.text().strip() for row in self.rows)


class SignatoriesBox(QGroupBox):
    """Who signs a cohort's diplomas: the programme's (shown read-only, so the preview is
    what prints) or the cohort's own. When nobody would sign, a line says what to do."""

    def __init__(
        self, programme: tuple[SignatorySettings, ...], changed: Callable[[], None]
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Signatories"))
        self.programme = programme
        self.changed = changed
        self.own: tuple[SignatorySettings, ...] = ()  # typed here, kept while the box is ticked
        self.use_programme = QCheckBox(self.tr("&Use the programme's signatories"))
        self.grid = SignatoryGrid(self._edited, stacked=True)  # the editor's column is narrow
        self.rows = self.grid.rows
        self.hint = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_programme)
        layout.addWidget(self.hint)  # above the rows: in view with the first name
        layout.addWidget(self.grid)
        if not programme:  # ticking could only give a design nobody signs
            self.use_programme.setEnabled(False)
            self.use_programme.setToolTip(
                self.tr(
                    "The programme has no signatories yet: select it on the left, then "
                    "Programme ▸ Edit… to add them."
                )
            )
        self.use_programme.toggled.connect(self._toggled)

    def set_value(self, signatories: tuple[SignatorySettings, ...], use_programme: bool) -> None:
        self.own = () if use_programme else signatories
        self.use_programme.blockSignals(True)
        self.use_programme.setChecked(use_programme)
        self.use_programme.blockSignals(False)
        self._show(signatories, editable=not use_programme)

    def value(self) -> tuple[tuple[SignatorySettings, ...], bool]:
        """The signatories shown, and whether they are the programme's."""
        return self.grid.values(), self.use_programme.isChecked()

    def _toggled(self, use_programme: bool) -> None:
        # unticking brings back what was typed for this cohort
        if use_programme:
            self.own = self.grid.values()
            self._show(self.programme, editable=False)
        else:  # start from the programme's when the cohort has none of its own yet
            own = self.own if any(s.name for s in self.own) else ()
            self._show(own or self.programme, editable=True)
        self.changed()

    def _edited(self) -> None:
        self._show_hint()
        self.changed()

    def _show(self, values: tuple[SignatorySettings, ...], *, editable: bool) -> None:
        self.grid.set_values(values, editable=editable)
        self._show_hint()

    def _show_hint(self) -> None:
        if self.grid.has_name():
            hint = None
        elif self.programme:
            hint = self.tr(
                "A diploma needs at least one signatory: type a name (and a title, e.g. "
                "Kommundirektör), or tick “Use the programme's signatories”."
            )
        else:
            hint = self.tr(
                "A diploma needs at least one signatory: type who signs, with a title such as "
                "Kommundirektör. To use the same ones for every cohort, add them to the "
                "programme (select it on the left, then Programme ▸ Edit…) or tick “Also make "
                "this the programme's design” below."
            )
        show_error(self.hint, hint)
