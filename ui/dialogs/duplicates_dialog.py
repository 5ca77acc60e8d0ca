"""Probable duplicates in a cohort, and merging them (all history is kept)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.duplicates import DuplicatePair, DuplicateReason
from app.services.people import PersonInfo
from ui import msgbox

_REASON = {
    DuplicateReason.SAME_EMAIL: QT_TRANSLATE_NOOP("DuplicatesDialog", "same e-mail"),
    DuplicateReason.SAME_NAME_AND_ORGANIZATION: QT_TRANSLATE_NOOP(
        "DuplicatesDialog", "same name and organization"
    ),
}


def describe(person: PersonInfo) -> str:
    details = ", ".join(x for x in (person.email, person.organization, person.phone) if x)
    return f"{person.full_name} (#{person.id}{', ' + details if details else ''})"


class DuplicatesDialog(QDialog):
    """Lists the pairs; "Keep first" / "Keep second" merges the other into it."""

    def __init__(
        self,
        parent: QWidget | None,
        pairs: list[DuplicatePair],
        merge: Callable[[int, int], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Probable duplicates"))
        self._merge = merge
        self.list = QListWidget()
        for pair in pairs:
            reason = QCoreApplication.translate("DuplicatesDialog", str(_REASON[pair.reason]))
            item = QListWidgetItem(f"{describe(pair.first)}\n{describe(pair.second)}\n— {reason}")
            item.setData(Qt.ItemDataRole.UserRole, (pair.first.id, pair.second.id))
            self.list.addItem(item)
        if pairs:
            self.list.setCurrentRow(0)
        self.keep_first = QPushButton(self.tr("Keep &first, merge second into it"))
        self.keep_second = QPushButton(self.tr("Keep &second, merge first into it"))
        self.keep_first.clicked.connect(lambda: self._merge_current(keep_first=True))
        self.keep_second.clicked.connect(lambda: self._merge_current(keep_first=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Merging keeps every enrollment, attendance mark, action plan and diploma "
                "of both. Where both were in the same cohort, the kept person's marks win."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(buttons)
        self._update()
        self.resize(620, 380)

    def _update(self) -> None:
        has = self.list.currentItem() is not None
        self.keep_first.setEnabled(has)
        self.keep_second.setEnabled(has)
        if not self.list.count():
            self.list.addItem(self.tr("No probable duplicates."))
            self.list.setEnabled(False)

    def _merge_current(self, *, keep_first: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        first, second = item.data(Qt.ItemDataRole.UserRole)
        keep, other = (first, second) if keep_first else (second, first)
        lines = item.text().split("\n")
        kept, merged = (lines[0], lines[1]) if keep_first else (lines[1], lines[0])
        if not msgbox.question(
            self,
            self.tr("Merge"),
            self.tr(
                "Keep {kept}\nand merge {merged} into it?\n\nThis cannot be undone; all history "
                "of both is kept."
            ).format(kept=kept, merged=merged),
        ):
            return
        self._merge(keep, other)
        self.list.takeItem(self.list.row(item))
        self._update()

    @classmethod
    def show_pairs(
        cls, parent: QWidget | None, pairs: list[DuplicatePair], merge: Callable[[int, int], None]
    ) -> None:
        cls(parent, pairs, merge).exec()
