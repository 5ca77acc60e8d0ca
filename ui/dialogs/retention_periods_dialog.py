"""An organization's own retention periods (stored with the organization; 0: the default)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.services.privacy_retention import (
    DEFAULT_APPLICANT_MONTHS,
    DEFAULT_YEARS,
    RetentionPeriods,
)
from ui.dialogs.base import FormDialog


class RetentionPeriodsDialog(FormDialog[RetentionPeriods]):
    def __init__(self, parent: QWidget | None, periods: list[RetentionPeriods]) -> None:
        super().__init__(parent, self.tr("Organization's retention periods"))
        self._periods = periods
        self.organization = QComboBox()
        self.organization.addItems([p.organization for p in periods])
        self.years = QSpinBox()
        self.years.setRange(0, 100)
        self.years.setSpecialValueText(self.tr("default (%n year(s))", "", DEFAULT_YEARS))
        self.years.setSuffix(self.tr(" years"))
        self.months = QSpinBox()
        self.months.setRange(0, 1200)
        self.months.setSpecialValueText(
            self.tr("default (%n month(s))", "", DEFAULT_APPLICANT_MONTHS)
        )
        self.months.setSuffix(self.tr(" months"))
        self.form.addRow(self.tr("&Organization:"), self.organization)
        self.form.addRow(self.tr("Keep people without activity for:"), self.years)
        self.form.addRow(self.tr("Keep applicants never admitted for:"), self.months)
        self.organization.currentIndexChanged.connect(self._show_periods)
        self._show_periods()

    def _show_periods(self) -> None:
        index = self.organization.currentIndex()
        if 0 <= index < len(self._periods):
            chosen = self._periods[index]
            self.years.setValue(chosen.years or 0)
            self.months.setValue(chosen.applicant_months or 0)

    def values(self) -> RetentionPeriods:
        if not self._periods:
            raise ValueError(self.tr("There are no organizations yet."))
        return RetentionPeriods(
            organization=self.organization.currentText(),
            years=self.years.value() or None,
            applicant_months=self.months.value() or None,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, periods: list[RetentionPeriods]
    ) -> RetentionPeriods | None:
        return cls(parent, periods).run()
