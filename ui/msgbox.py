"""The one place that shows message boxes, so tests patch one thing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def crash(text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Kohort", text)
    box.setDetailedText(details)
    box.exec()
