"""The import's mapping step, shared by the participant import and the evaluation answers
import: one choice per column of the file, guessed from its header, "—" to ignore it, with
a few of the column's values beside its header."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from app.importing.reader import RawTable

SAMPLE_CHARACTERS = 40
MIN_CHOICE_CHARACTERS = 22


class ColumnMapping(QGroupBox):
    """``choices``: (value, text) a column may be mapped to; ``guessed``: column -> value."""

    changed = Signal()

    def __init__(
        self,
        table: RawTable,
        choices: Sequence[tuple[object, str]],
        guessed: Mapping[int, object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ImportDialog", "Columns"), parent)
        self.combos: list[QComboBox] = []
        form = QFormLayout(self)
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            # a long question's text is cut, not widening the dialog past the screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_CHOICE_CHARACTERS)
            combo.addItem("—", None)
            for value, text in choices:
                combo.addItem(text, value)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            if index in guessed:
                combo.setCurrentIndex(combo.findData(guessed[index]))
            combo.currentIndexChanged.connect(self.changed)
            self.combos.append(combo)
            samples = " | ".join(r[index] for r in table.rows[:3] if r[index])
            caption = header or QCoreApplication.translate("ImportDialog", "(column {n})").format(
                n=index + 1
            )
            if len(samples) > SAMPLE_CHARACTERS:
                caption += f"  ({samples[:SAMPLE_CHARACTERS]}…)"
            elif samples:
                caption += f"  ({samples})"
            form.addRow(caption, combo)

    def mapping(self) -> dict[int, object]:
        """Column index -> the value chosen for it (ignored columns left out)."""
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }
