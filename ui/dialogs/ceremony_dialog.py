"""The ceremony stack: choose the hand-out order (or drag people into place), the checklist,
and whether to print, save or open the file in the PDF reader."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.diploma_output import HandOutOrder, PrintedDiploma, in_hand_out_order


class Destination(enum.Enum):
    PRINT = "print"
    SAVE = "save"
    OPEN = "open"
    SEPARATE = "separate"


@dataclass(frozen=True)
class CeremonyChoice:
    order: HandOutOrder
    custom_order: tuple[int, ...] | None  # enrollment ids, when dragged
    checklist: bool
    destination: Destination
    action_plans: bool = False  # the ceremony pack: each plan right after its diploma
    plans_separately: bool = False  # ... or the plans in a second file, in the same order


class CeremonyDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        printed: Sequence[PrintedDiploma],
        previous: CeremonyChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Diplomas for the ceremony"))
        self.printed = list(printed)
        self.order = QComboBox()
        for order, text in (
            (HandOutOrder.SURNAME, self.tr("By surname")),
            (HandOutOrder.FIRST_NAME, self.tr("By first name")),
            (HandOutOrder.ORGANIZATION, self.tr("By organization")),
            (HandOutOrder.CUSTOM, self.tr("As arranged below")),
        ):
            self.order.addItem(text, order)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._arranged)
        self.checklist = QCheckBox(self.tr("Add a &checklist page (order, name, serial, tick box)"))
        self.checklist.setChecked(True)
        self.action_plans = QCheckBox(
            self.tr("Put each participant's &action plan right after their diploma")
        )
        self.plans_separately = QCheckBox(
            self.tr("The action plans in a file of their own (p&lain paper)")
        )
        self.plans_separately.setToolTip(
            self.tr(
                "Saves two files in the same hand-out order: the diplomas for the heavy paper "
                "and, beside them, the action plans for plain paper."
            )
        )
        hint = QLabel(
            self.tr(
                "Drag names into the order you will call them, or move the selected one with "
                "Alt+↑ and Alt+↓."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hand-out &order:"), self.order)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = buttons.addButton(
            self.tr("Open in PDF &reader"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.separate_button = buttons.addButton(
            self.tr("One &file each…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.destination = Destination.PRINT
        for button, destination in (
            (self.print_button, Destination.PRINT),
            (self.save_button, Destination.SAVE),
            (self.open_button, Destination.OPEN),
            (self.separate_button, Destination.SEPARATE),
        ):
            button.clicked.connect(lambda _c=False, d=destination: self.finish(d))
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.checklist)
        layout.addWidget(self.action_plans)
        indented = QHBoxLayout()
        indented.addSpacing(24)
        indented.addWidget(self.plans_separately)
        layout.addLayout(indented)
        layout.addWidget(buttons)
        self.action_plans.toggled.connect(lambda _on: self._plans_choice())
        self.plans_separately.toggled.connect(lambda _on: self._plans_choice())
        QShortcut(QKeySequence("Alt+Up"), self.list, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self.list, lambda: self.move_selected(1))
        self.order.currentIndexChanged.connect(lambda _i: self._sort())
        self._sort()
        if previous is not None:
            self.restore(previous)
        self._plans_choice()
        self.resize(520, 560)

    def _two_files(self) -> bool:
        return self.action_plans.isChecked() and self.plans_separately.isChecked()

    def _plans_choice(self) -> None:
        """Two files are saved, not printed or opened as one: only Save PDF… is offered."""
        self.plans_separately.setEnabled(self.action_plans.isChecked())
        two = self._two_files()
        for button in (self.print_button, self.open_button, self.separate_button):
            button.setEnabled(not two)
        self.save_button.setDefault(two)
        self.print_button.setDefault(not two)

    def restore(self, previous: CeremonyChoice) -> None:
        """Start from the last choice (the order dragged into place is not lost)."""
        self.checklist.setChecked(previous.checklist)
        self.action_plans.setChecked(previous.action_plans)
        self.plans_separately.setChecked(previous.plans_separately)
        if previous.order != HandOutOrder.CUSTOM or previous.custom_order is None:
            self.order.setCurrentIndex(self.order.findData(previous.order))
            return
        known = {p.enrollment_id for p in self.printed}
        arranged = in_hand_out_order(
            self.printed,
            HandOutOrder.CUSTOM,
            [e for e in previous.custom_order if e in known],
        )
        self._fill(arranged)
        self._arranged()

    def _sort(self) -> None:
        order = HandOutOrder(self.order.currentData())
        if order == HandOutOrder.CUSTOM:
            return  # keep the list as arranged
        self._fill(in_hand_out_order(self.printed, order))

    def _fill(self, items: Sequence[PrintedDiploma]) -> None:
        self.list.clear()
        for number, item in enumerate(items, start=1):
            entry = QListWidgetItem(self._label(number, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.enrollment_id)
            entry.setData(Qt.ItemDataRole.UserRole + 1, item)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)

    def _label(self, number: int, item: PrintedDiploma) -> str:
        organization = f" — {item.organization}" if item.organization else ""
        return f"{number}. {item.name}{organization}  ({item.serial})"

    def _arranged(self) -> None:
        self.order.blockSignals(True)
        self.order.setCurrentIndex(self.order.findData(HandOutOrder.CUSTOM))
        self.order.blockSignals(False)
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setText(self._label(row + 1, entry.data(Qt.ItemDataRole.UserRole + 1)))

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._arranged()

    def enrollment_order(self) -> tuple[int, ...]:
        return tuple(
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        )

    def finish(self, destination: Destination) -> None:
        self.destination = destination
        self.accept()

    def choice(self) -> CeremonyChoice:
        order = HandOutOrder(self.order.currentData())
        return CeremonyChoice(
            order=order,
            custom_order=self.enrollment_order() if order == HandOutOrder.CUSTOM else None,
            checklist=self.checklist.isChecked(),
            destination=self.destination,
            action_plans=self.action_plans.isChecked(),
            plans_separately=self._two_files(),
        )

    def run(self) -> CeremonyChoice | None:
        return self.choice() if self.exec() == QDialog.DialogCode.Accepted else None
