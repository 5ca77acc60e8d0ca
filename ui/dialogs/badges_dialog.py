"""Name badges and table cards: which paper, whose badges, what they show, and the printer
offset. Returns :class:`~app.services.badges.BadgeOptions`; the service does the rest."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QVBoxLayout, QWidget

from app.services.badges import BadgeOptions, sheet_choices
from app.services.sessions import SessionInfo
from diplomas.badges_model import MAX_OFFSET_MM, LabelSheet, TentSize
from ui.dialogs.base import FormDialog
from ui.labels import date_text


def _offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setSuffix(" mm")
    return box


def _size(sheet: LabelSheet) -> str:
    """ "80 × 50 mm, 10/A4", "99,1 × 57 mm, 10/A4": decimals as the computer writes them."""
    locale = QLocale()
    width, height = (
        locale.toString(v, "g", 6) for v in (sheet.label_width_mm, sheet.label_height_mm)
    )
    return f"{width} × {height} mm, {sheet.per_sheet}/A4"


class BadgesDialog(FormDialog[BadgeOptions]):
    def __init__(
        self,
        parent: QWidget | None,
        sessions: list[SessionInfo],
        session_id: int | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Name badges and table cards"))
        self.paper = QComboBox()
        for sheet in sheet_choices():
            self.paper.addItem(
                self.tr("Labels {name} ({size})").format(name=sheet.name, size=_size(sheet)),
                (sheet.name, None),
            )
        self.paper.addItem(self.tr("Table cards, A4 folded in half"), ("", TentSize.A4.value))
        self.paper.addItem(self.tr("Table cards, A5 folded in half"), ("", TentSize.A5.value))
        self.session = QComboBox()
        self.session.addItem(self.tr("The whole cohort"), None)
        for meeting in sorted(sessions, key=lambda m: m.date):
            self.session.addItem(f"{date_text(meeting.date)} — {meeting.title}", meeting.id)
            if meeting.id == session_id:
                self.session.setCurrentIndex(self.session.count() - 1)
        self.mentors = QCheckBox(self.tr("&Mentors and facilitators"))
        self.mentors.setChecked(True)
        self.guests = QCheckBox(self.tr("&Guests"))
        self.roles = QCheckBox(self.tr("&Job title or role"))
        self.roles.setChecked(True)
        self.groups = QCheckBox(self.tr("Mentor g&roup"))
        include = QWidget()
        boxes = QVBoxLayout(include)
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in (self.mentors, self.guests, self.roles, self.groups):
            boxes.addWidget(box)
        self.offset_x = _offset_box()
        self.offset_y = _offset_box()
        self.form.addRow(self.tr("&Print on:"), self.paper)
        self.form.addRow(self.tr("&Who:"), self.session)
        self.form.addRow(self.tr("Include:"), include)
        self.form.addRow(self.tr("Move r&ight by:"), self.offset_x)
        self.form.addRow(self.tr("Move &down by:"), self.offset_y)

    def values(self) -> BadgeOptions:
        sheet, tents = self.paper.currentData()
        return BadgeOptions(
            session_id=self.session.currentData(),
            sheet=sheet or sheet_choices()[0].name,
            tents=TentSize(tents) if tents else None,
            offset_x_mm=self.offset_x.value(),
            offset_y_mm=self.offset_y.value(),
            mentors=self.mentors.isChecked(),
            guests=self.guests.isChecked(),
            roles=self.roles.isChecked(),
            groups=self.groups.isChecked(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, sessions: list[SessionInfo], session_id: int | None = None
    ) -> BadgeOptions | None:
        return cls(parent, sessions, session_id).run()
