"""The diploma design editor: every choice on the left, a live preview on the right.

The preview is the PDF the issuing code would write for the chosen participant (longest name
first: the hardest case), rendered off the UI thread a moment after each edit and shown
through QtPdf, so what is seen is what prints. Nothing is saved until OK; Cancel forgets all.
With nobody to sign, it opens with the cursor in the first signatory's name and a line saying
what to do; any other reason a design cannot print is said under the preview.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import Language
from app.errors import KohortError
from app.services.diploma_design import PreviewPerson, preview_pdf
from app.services.diploma_settings import DesignSettings, SignatorySettings, is_default
from diplomas.diploma_model import (
    DEFAULT_TITLES,
    DEFAULT_WORDINGS,
    PLACEHOLDERS,
    DiplomaContent,
    empty_placeholders,
    unknown_placeholders,
)
from ui import labels
from ui.dialogs.base import fit_on_screen
from ui.dialogs.cohort_dialog import LANGUAGES
from ui.dialogs.design_widgets import ImageChooser, SignatoriesBox
from ui.forms import OptionalDate, error_label, show_error
from ui.workspace import Workspace

PREVIEW_DELAY_MS = 300


class DesignDialog(QDialog):
    """Edit a cohort's diploma design with a live preview; :meth:`run` gives the settings."""

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        settings: DesignSettings,
        people: list[PreviewPerson],
        programme_signatories: tuple[SignatorySettings, ...],
        *,
        today: dt.date,
        error: str | None = None,
        as_default: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diploma design"))
        self.workspace = workspace
        self.people = people
        self.today = today
        self.rendering = False
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        changed = self.timer.start

        self.template = QComboBox()
        for key, text in (
            ("classic", self.tr("Classic (border and ornament)")),
            ("modern", self.tr("Modern (colour band)")),
            ("minimal", self.tr("Minimal")),
            ("formal", self.tr("Formal (guilloche border and seal)")),
        ):
            self.template.addItem(text, key)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("A4 landscape"), "landscape")
        self.orientation.addItem(self.tr("A4 portrait"), "portrait")
        self.bleed = QCheckBox(self.tr("For a print shop (3 mm bleed)"))
        self.bleed.setToolTip(
            self.tr(
                "Colour runs 3 mm past the trimmed page and the PDF gets a trim box, for a "
                "print shop that cuts the sheets. Unticked: for an office printer; no colour "
                "comes within 5 mm of the paper's edge."
            )
        )
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(labels.label(language), language.value)
        self.title = QLineEdit()
        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(110)
        self.placeholder_help = QLabel(
            self.tr(
                "Placeholders: {names}. {{hours}} and {{sessions}} bring their own words "
                "(“27,5 timmar”, “5 av 5 träffar”)."
            ).format(names=" ".join("{" + p + "}" for p in PLACEHOLDERS))
        )
        self.placeholder_help.setWordWrap(True)
        self.placeholder_help.setStyleSheet("color: palette(mid);")
        self.wording_warning = error_label(self)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Alingsås"))
        self.issue_date = OptionalDate(None, self.tr("Fixed date"), default=today)
        self.issue_date.setToolTip(self.tr("Unticked: the day the diplomas are issued."))
        self.accent = QLineEdit()
        self.accent.setInputMask(r"\#HHHHHH")
        self.accent_button = QPushButton(self.tr("Choose…"))
        self.accent_button.clicked.connect(self.pick_colour)
        accent_row = QWidget()  # a widget, so the label's mnemonic has a buddy
        accent_layout = QHBoxLayout(accent_row)
        accent_layout.setContentsMargins(0, 0, 0, 0)
        accent_layout.addWidget(self.accent, 1)
        accent_layout.addWidget(self.accent_button)
        accent_row.setFocusProxy(self.accent)
        accent_row.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.logo = ImageChooser(self.tr("logo"), None, changed)
        self.background = ImageChooser(self.tr("background image"), None, changed)
        self.verification_url = QLineEdit()
        self.verification_url.setPlaceholderText("https://www.example.se/diplom?kod={code}")
        self.verification_url.setToolTip(
            self.tr(
                "Printed as a QR code beside the serial number; {code} becomes the "
                "diploma's verification code. Leave empty for no QR code."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Paper:"), self.orientation)
        form.addRow("", self.bleed)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Wording:"), self.wording)
        form.addRow("", self.placeholder_help)
        form.addRow("", self.wording_warning)
        form.addRow(self.tr("Pla&ce:"), self.place)
        form.addRow(self.tr("Issue &date:"), self.issue_date)
        form.addRow(self.tr("&Accent colour:"), accent_row)
        form.addRow(self.tr("Lo&go:"), self.logo)
        form.addRow(self.tr("&Background:"), self.background)
        form.addRow(self.tr("&QR code address:"), self.verification_url)

        self.signers = signers = SignatoriesBox(programme_signatories, changed)
        self.use_programme = signers.use_programme
        self.signatories = signers.rows
        self.as_default = QCheckBox(
            self.tr("Also make this the programme's design for new cohorts")
        )
        self.as_default.setChecked(as_default)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(signers)
        left_layout.addWidget(self.as_default)
        left_layout.addStretch(1)
        self.left_pane = scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)

        self.person = QComboBox()
        names = [person.content.name for person in people]
        for person in people:
            label = person.content.name
            if person.enrollment_id is None:
                label = self.tr("{name} (a sample: the cohort has no participants)").format(
                    name=label
                )
            elif names.count(label) > 1:  # two people print alike: tell them apart
                label = f"{label} — {person.content.organization or person.enrollment_id}"
            self.person.addItem(label, person.enrollment_id)
        self.person.currentIndexChanged.connect(lambda _i: self._wording_changed())
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(420, 320)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        person_row = QHBoxLayout()
        person_label = QLabel(self.tr("Preview &for:"))
        person_label.setBuddy(self.person)
        person_row.addWidget(person_label)
        person_row.addWidget(self.person, 1)
        right_layout.addLayout(person_row)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.preview_status)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([580, 600])
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("F5"), self, self.render_preview)
        fit_on_screen(self, 1180, 720)

        self.set_settings(settings)
        show_error(self.error, error)
        for combo in (self.template, self.orientation):
            combo.currentIndexChanged.connect(lambda _i: changed())
        self.bleed.toggled.connect(lambda _on: changed())
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        for edit in (self.title, self.place, self.accent, self.verification_url):
            edit.textEdited.connect(lambda _t: changed())
        self.wording.textChanged.connect(self._wording_changed)
        self.issue_date.check.toggled.connect(lambda _on: changed())
        self.issue_date.edit.dateChanged.connect(lambda _d: changed())
        if not signers.grid.has_name():  # nobody signs yet: start where that is put right
            self.signatories[0].name.setFocus()
        self.render_preview()

    # Values in and out.

    def set_settings(self, s: DesignSettings) -> None:
        self.template.setCurrentIndex(max(0, self.template.findData(s.template)))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(s.orientation)))
        self.bleed.setChecked(s.edge == "bleed")
        self.language.setCurrentIndex(max(0, self.language.findData(s.language.value)))
        self.title.setText(s.title)
        self.wording.setPlainText(s.wording)
        self.place.setText(s.place)
        self.issue_date.set_value(s.issue_date)
        self.accent.setText(s.accent_color)
        self.logo.show_data(s.logo_png)
        self.background.show_data(s.background_png)
        self.verification_url.setText(s.verification_url)
        self.signers.set_value(s.signatories, s.programme_signatories)
        self._wording_changed()

    def settings(self) -> DesignSettings:
        signatories, programme_signatories = self.signers.value()
        return DesignSettings(
            template=str(self.template.currentData()),
            orientation=str(self.orientation.currentData()),
            language=Language(self.language.currentData()),
            title=self.title.text(),
            wording=self.wording.toPlainText(),
            place=self.place.text(),
            issue_date=self.issue_date.value(),
            accent_color=self.accent.text(),
            logo_png=self.logo.data,
            background_png=self.background.data,
            verification_url=self.verification_url.text(),
            signatories=signatories,
            programme_signatories=programme_signatories,
            edge="bleed" if self.bleed.isChecked() else "margin",
        )

    def run(self) -> tuple[DesignSettings, bool] | None:
        """The chosen settings and whether they also become the programme's, or ``None``."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.settings(), self.as_default.isChecked()

    # Reactions.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = self.focusWidget()  # e.g. the first signatory's name, below the fold
        left = self.left_pane.widget()
        if focused is not None and left is not None and left.isAncestorOf(focused):
            QTimer.singleShot(0, lambda: self.left_pane.ensureWidgetVisible(focused))

    def _wording_changed(self) -> None:
        wording = self.wording.toPlainText()
        unknown = unknown_placeholders(wording)
        empty = empty_placeholders(wording, self._content())
        problems = []
        if unknown:
            problems.append(
                self.tr("Not a placeholder, printed as typed: {names}.").format(
                    names=", ".join("{" + u + "}" for u in unknown)
                )
            )
        if empty:
            problems.append(
                self.tr(
                    "Empty for {person}, leaving a gap: {names} (set the cohort's dates, hold "
                    "sessions, or reword)."
                ).format(person=self._content().name, names=", ".join("{" + e + "}" for e in empty))
            )
        show_error(self.wording_warning, " ".join(problems) or None)
        self.timer.start()

    def _language_changed(self) -> None:
        """A title or wording left at a language's default follows the new language."""
        language = Language(self.language.currentData())
        if is_default(self.title.text(), DEFAULT_TITLES):
            self.title.setText(DEFAULT_TITLES[language])
        if is_default(self.wording.toPlainText(), DEFAULT_WORDINGS):
            self.wording.setPlainText(DEFAULT_WORDINGS[language])
        self._wording_changed()  # the warnings and the preview, in the new language

    def _content(self) -> DiplomaContent:
        """The chosen person's facts in the language chosen here (dates, hours, sessions)."""
        person = self.people[max(0, self.person.currentIndex())]
        return person.contents.get(Language(self.language.currentData()), person.content)

    def pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.accent.text()), self, self.tr("Accent colour"))
        if colour.isValid():
            self.accent.setText(colour.name().upper())
            self.timer.start()

    def accept(self) -> None:
        show_error(self.error, None)
        super().accept()

    def render_preview(self) -> None:
        """Render the current settings off the UI thread; one render at a time, newest wins."""
        self.timer.stop()
        if self.rendering:
            self.pending = True
            return
        self.rendering = True
        self.pending = False
        settings = self.settings()
        content = self._content()
        today = self.today

        def work() -> bytes | str:
            try:
                return preview_pdf(settings, content, today=today)
            except KohortError as exc:
                return str(exc)

        self.workspace.run(self, work, self._show_preview)

    def _show_preview(self, result: bytes | str) -> None:
        self.rendering = False
        if isinstance(result, str):
            self.preview_status.setText(
                self.tr("Cannot print this design: {reason}").format(reason=result)
            )
            self.preview_status.setStyleSheet("color: #a4262c;")
        else:
            self.preview_status.setText(
                self.tr(
                    "Preview of the file Kohort will print; the serial number and code (and "
                    "QR code) are dotted stand-ins until issued."
                )
            )
            self.preview_status.setStyleSheet("")
            self.document.close()
            self.buffer.close()
            self.buffer.setData(QByteArray(result))
            self.buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self.document.load(self.buffer)
        if self.pending:
            self.render_preview()

    @property
    def preview_ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and not self.rendering

    def preview_page_size(self) -> tuple[float, float]:
        size = self.document.pagePointSize(0)
        return size.width(), size.height()
