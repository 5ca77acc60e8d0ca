"""Create or edit a cohort; duplicate one to start next year's round."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.domain import CohortStatus, Language
from app.rules import CompletionRule
from app.services.cohorts import CohortFields
from ui.dialogs.base import FormDialog
from ui.dialogs.program_dialog import RuleFields
from ui.forms import (
    OptionalDate,
    date_edit,
    format_money,
    format_percent,
    parse_money,
    parse_percent,
    to_date,
)
from ui.labels import label

# a cohort's document languages, in the order the dialogs list them
LANGUAGES = (Language.SWEDISH, Language.ENGLISH, Language.FINNISH)


class CohortDialog(FormDialog[CohortFields]):
    def __init__(
        self, parent: QWidget | None, initial: CohortFields | None, default_rule: CompletionRule
    ) -> None:
        super().__init__(parent, self.tr("Cohort") if initial else self.tr("New cohort"))
        initial = initial or CohortFields(name="")
        self.name = QLineEdit(initial.name)
        self.name.setPlaceholderText(self.tr("e.g. Omgång 3, hösten 2026"))
        self.start = OptionalDate(initial.start_date, self.tr("set"))
        self.end = OptionalDate(initial.end_date, self.tr("set"))
        self.start.edit.dateChanged.connect(self._follow_start)
        self.status = QComboBox()
        for status in CohortStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(list(CohortStatus).index(initial.status))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(initial.capacity or 0)
        self.fee = QLineEdit(format_money(initial.fee_minor))
        self.fee.setPlaceholderText(self.tr("e.g. 24 500,00 (excluding VAT)"))
        self.vat = QComboBox()
        self.vat.setEditable(True)
        for rate in (2500, 1200, 600, 0):
            self.vat.addItem(format_percent(rate))
        self.vat.setCurrentText(format_percent(initial.vat_basis_points))
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(label(language), language)
        self.language.setCurrentIndex(LANGUAGES.index(initial.language))
        self.rule_fields = RuleFields(self, initial.rule or default_rule)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Starts:"), self.start)
        self.form.addRow(self.tr("&Ends:"), self.end)
        self.form.addRow(self.tr("S&tatus:"), self.status)
        self.form.addRow(self.tr("&Capacity:"), self.capacity)
        self.form.addRow(self.tr("&Fee:"), self.fee)
        self.form.addRow(self.tr("&VAT rate:"), self.vat)
        self.form.addRow(self.tr("Document &language:"), self.language)
        self.rule_fields.add_to(self, self.form)

    def _follow_start(self) -> None:
        """Keep the end after the start while the end is not set yet."""
        if not self.end.check.isChecked():
            self.end.edit.setDate(self.start.edit.date().addMonths(6))

    def values(self) -> CohortFields:
        if not self.name.text().strip():
            raise ValueError(self.tr("A cohort needs a name."))
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            raise ValueError(self.tr("The cohort cannot end before it starts."))
        try:
            fee = parse_money(self.fee.text())
        except ValueError:
            raise ValueError(
                self.tr("The fee must be an amount such as 24 500 or 24 500,50.")
            ) from None
        try:
            vat = parse_percent(self.vat.currentText())
        except ValueError:
            raise ValueError(self.tr("The VAT rate must be a percentage from 0 to 100.")) from None
        return CohortFields(
            name=self.name.text(),
            start_date=start,
            end_date=end,
            status=CohortStatus(self.status.currentData()),
            capacity=self.capacity.value() or None,
            fee_minor=fee,
            vat_basis_points=vat,
            language=Language(self.language.currentData()),
            rule=self.rule_fields.rule(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        initial: CohortFields | None,
        default_rule: CompletionRule,
        error: str | None = None,
    ) -> CohortFields | None:
        dialog = cls(parent, initial, default_rule)
        dialog.show_error(error)
        return dialog.run()


class DuplicateCohortDialog(FormDialog[tuple[str, dt.date]]):
    """Name and start date of next round; sessions move with the start date."""

    def __init__(self, parent: QWidget | None, name: str, start: dt.date) -> None:
        super().__init__(parent, self.tr("Duplicate cohort"))
        self.name = QLineEdit(name)
        self.start = date_edit(start)
        self.form.addRow(self.tr("&Name of the new cohort:"), self.name)
        self.form.addRow(self.tr("&Starts:"), self.start)
        self.form.addRow(
            "",
            _note(
                self.tr(
                    "Sessions are copied and moved by the same number of days; "
                    "people are not copied."
                )
            ),
        )

    def values(self) -> tuple[str, dt.date]:
        start = to_date(self.start.date())
        if not self.name.text().strip() or start is None:
            raise ValueError(self.tr("The new cohort needs a name and a start date."))
        return self.name.text(), start

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, start: dt.date) -> tuple[str, dt.date] | None:
        return cls(parent, name, start).run()


def _note(text: str) -> QWidget:
    note = QLabel(text)
    note.setWordWrap(True)
    return note
