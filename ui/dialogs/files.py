"""Choosing files: participant lists to import, where to save an export, dropped files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

# .xls is listed so that choosing one gets the clear "save it as .xlsx" message
IMPORTABLE = ("*.csv", "*.xlsx", "*.txt", "*.tsv", "*.xls")


def choose_file(parent: QWidget | None) -> Path | None:
    tr = QCoreApplication.translate
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("files", "Import participants"),
        "",
        tr("files", "Participant lists ({patterns});;All files (*)").format(
            patterns=" ".join(IMPORTABLE)
        ),
    )
    return Path(name) if name else None


def dropped_file(mime: QMimeData) -> Path | None:
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    return Path(urls[0].toLocalFile())


def choose_export_file(parent: QWidget | None, cohort_name: str) -> Path | None:
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in cohort_name).strip()
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("files", "Export participants"),
        f"{safe or 'participants'}.xlsx",
        "Excel (*.xlsx);;CSV (*.csv)",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    return path


def choose_pdf_file(parent: QWidget | None, suggested: str) -> Path | None:
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in suggested).strip()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("files", "Save PDF"),
        f"{safe or 'document'}.pdf",
        "PDF (*.pdf)",
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def open_file(path: Path) -> None:
    """Open a document in the computer's own viewer (to print the vector PDF from there)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
