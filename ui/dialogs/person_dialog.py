"""Add or edit a person; find someone who was in an earlier cohort (alumni come back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Role
from app.services.people import PersonFields, PersonMatch
from app.text import is_valid_email
from ui.dialogs.base import FormDialog
from ui.labels import label


class PersonDialog(FormDialog[PersonFields]):
    def __init__(
        self,
        parent: QWidget | None,
        initial: PersonFields | None,
        organizations: list[str],
        *,
        with_role: bool = False,
    ) -> None:
        super().__init__(parent, self.tr("Person") if initial else self.tr("New person"))
        initial = initial or PersonFields(first_name="", last_name="")
        self.first_name = QLineEdit(initial.first_name)
        self.last_name = QLineEdit(initial.last_name)
        self.single_name = QCheckBox(self.tr("&Single name only (no last name)"))
        self.single_name.setChecked(initial.single_name)
        self.last_name.setEnabled(not initial.single_name)
        self.single_name.toggled.connect(lambda on: self.last_name.setEnabled(not on))
        self.name_as_printed = QLineEdit(initial.name_as_printed or "")
        self.name_as_printed.setPlaceholderText(self.tr("Only if the diploma should differ"))
        self.email = QLineEdit(initial.email or "")
        self.phone = QLineEdit(initial.phone or "")
        self.job_title = QLineEdit(initial.job_title or "")
        self.job_title.setPlaceholderText(self.tr("e.g. enhetschef"))
        self.organization = QLineEdit(initial.organization or "")
        completer = QCompleter(organizations, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.department = QLineEdit(initial.department or "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role), role)
        self.form.addRow(self.tr("&First name:"), self.first_name)
        self.form.addRow(self.tr("&Last name:"), self.last_name)
        self.form.addRow("", self.single_name)
        self.form.addRow(self.tr("Name on &diploma:"), self.name_as_printed)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.form.addRow(self.tr("&Phone:"), self.phone)
        self.form.addRow(self.tr("&Job title:"), self.job_title)
        self.form.addRow(self.tr("&Organization:"), self.organization)
        self.form.addRow(self.tr("Dep&artment:"), self.department)
        if with_role:
            self.form.addRow(self.tr("&Role in the cohort:"), self.role)
        self.resize(460, self.sizeHint().height())

    def values(self) -> PersonFields:
        single = self.single_name.isChecked()
        last_name = "" if single else self.last_name.text()
        if not self.first_name.text().strip():
            if single:
                raise ValueError(self.tr("Type the name in First name."))
            if not last_name.strip():
                raise ValueError(self.tr("A person needs a first or last name."))
        if not last_name.strip() and not single:
            raise ValueError(
                self.tr(
                    "Type the last name, or tick “Single name only” if the person has no "
                    "other name."
                )
            )
        email = self.email.text().strip()
        if email and not is_valid_email(email):
            raise ValueError(
                self.tr("“{email}” is not a valid e-mail address.").format(email=email)
            )
        return PersonFields(
            first_name=self.first_name.text(),
            last_name=last_name,
            name_as_printed=self.name_as_printed.text(),
            email=email,
            phone=self.phone.text(),
            job_title=self.job_title.text(),
            organization=self.organization.text(),
            department=self.department.text(),
            single_name=single,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        initial: PersonFields | None,
        organizations: list[str],
        error: str | None = None,
    ) -> PersonFields | None:
        dialog = cls(parent, initial, organizations)
        dialog.show_error(error)
        return dialog.run()

    @classmethod
    def ask_new_with_role(
        cls,
        parent: QWidget | None,
        organizations: list[str],
        initial: PersonFields | None = None,
        error: str | None = None,
        *,
        role: Role = Role.PARTICIPANT,
    ) -> tuple[PersonFields, Role] | None:
        dialog = cls(parent, initial, organizations, with_role=True)
        dialog.role.setCurrentIndex(list(Role).index(role))
        dialog.show_error(error)
        fields = dialog.run()
        return None if fields is None else (fields, Role(dialog.role.currentData()))


# search(text, done): looks people up off the UI thread and calls done(matches) back on it
Search = Callable[[str, Callable[[list[PersonMatch]], None]], None]


@dataclass(frozen=True)
class EnrollChoice:
    person_id: int | None  # None: create a new person instead
    role: Role


class EnrollDialog(QDialog):
    """Search everyone who was ever in any cohort and enroll them, or add someone new."""

    def __init__(self, parent: QWidget | None, search: Search) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enroll a person"))
        self._search = search
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a name, e-mail or organization"))
        self.results = QListWidget()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role), role)
        self.new_button = QPushButton(self.tr("&New person…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enroll"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self._choose_new)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(QLabel(self.tr("Role:")))
        layout.addWidget(self.role)
        layout.addWidget(self.buttons)
        self._new = False
        self._accept_when_found = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search as the coordinator types, not on every key
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        """Search off the UI thread; results for a query typed over are dropped."""
        text = self.query.text()
        self._search(text, lambda found: self._show(text, found))

    def _show(self, text: str, found: list[PersonMatch]) -> None:
        if text != self.query.text():
            return  # the coordinator typed on; a newer search is on its way
        self.results.clear()
        for match in found:
            p = match.person
            where = ", ".join(x for x in (p.organization, p.email) if x)
            history = (
                self.tr("earlier: {cohorts}").format(cohorts=", ".join(match.cohorts))
                if match.cohorts
                else ""
            )
            text = " — ".join(x for x in (p.full_name, where, history) if x)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            if self._accept_when_found:
                self.accept()

    def _enter(self) -> None:
        self._timer.stop()
        self._accept_when_found = True  # Enter: enroll the first match once it is found
        self.refresh()

    def _choose_new(self) -> None:
        self._new = True
        super().accept()

    def accept(self) -> None:
        if self.results.currentItem() is None:
            return
        super().accept()

    def choice(self) -> EnrollChoice:
        if self._new:
            return EnrollChoice(None, Role(self.role.currentData()))
        person_id = self.results.currentItem().data(Qt.ItemDataRole.UserRole)
        return EnrollChoice(int(person_id), Role(self.role.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None, search: Search) -> EnrollChoice | None:
        dialog = cls(parent, search)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
