"""The one place that shows message boxes, so tests patch one thing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

_YES = QMessageBox.StandardButton.Yes
_NO = QMessageBox.StandardButton.No


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a step that cannot be undone (issue, delete, revoke, merge…).

    No is the default button, so Enter (like Esc) leaves everything as it was.
    """
    return _ask(parent, title, text, default=_NO)


def offer(parent: QWidget | None, title: str, text: str) -> bool:
    """Offer something harmless that the coordinator most likely wants (the demo, enrolling
    someone already in Kohort rather than adding them twice): Yes is the default."""
    return _ask(parent, title, text, default=_YES)


def _ask(
    parent: QWidget | None, title: str, text: str, *, default: QMessageBox.StandardButton
) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, _YES | _NO, parent)
    box.setDefaultButton(default)
    box.setEscapeButton(_NO)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.standardButton(clicked) == _YES


def crash(text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Kohort", text)
    box.setDetailedText(details)
    box.exec()
