"""Choosing files: participant lists to import, where to save an export, dropped files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.files import safe_file_stem
from ui import msgbox

# .xls is listed so that choosing one gets the clear "save it as .xlsx" message
DATABASE_SUFFIX = ".sqlite3"  # a Kohort database file: backups and check-outs alike
IMPORTABLE = ("*.csv", "*.xlsx", "*.txt", "*.tsv", "*.xls")


def choose_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("files", "Import participants"),
        "",
        QCoreApplication.translate("files", "Participant lists ({patterns});;All files (*)").format(
            patterns=" ".join(IMPORTABLE)
        ),
    )
    return Path(name) if name else None


def dropped_file(mime: QMimeData) -> Path | None:
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    return Path(urls[0].toLocalFile())


def document_file_stem(title: str) -> str:
    """A default file name as a person would write it: "Diplom – Omgång 3, 2025-2026".

    A slash (a school year, "2025/2026") becomes a hyphen rather than an underscore; other
    characters a file name cannot hold, reserved names and length are handled as for every
    file Kohort writes (:func:`app.files.safe_file_stem`).
    """
    return safe_file_stem(title.replace("/", "-"))


def _save_as(
    parent: QWidget | None,
    title: str,
    suggested: str,
    filters: str,
    suffixes: tuple[str, ...],
    folder: Path | None = None,
) -> Path | None:
    """A save dialog whose answer always ends in one of ``suffixes`` (the first by default)."""
    start = f"{document_file_stem(suggested)}{suffixes[0]}"
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(folder / start) if folder is not None else start, filters
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in suffixes:
        return path
    wanted = next((s for s in suffixes if s.lstrip(".") in chosen.lower()), suffixes[0])
    return path.with_suffix(wanted)


def choose_export_file(
    parent: QWidget | None, suggested: str, title: str | None = None
) -> Path | None:
    """Where to save a table (.xlsx or .csv)."""
    return _save_as(
        parent,
        title or QCoreApplication.translate("files", "Export"),
        suggested,
        "Excel (*.xlsx);;CSV (*.csv)",
        (".xlsx", ".csv"),
    )


def choose_pdf_file(parent: QWidget | None, suggested: str) -> Path | None:
    return _save_as(
        parent, QCoreApplication.translate("files", "Save PDF"), suggested, "PDF (*.pdf)", (".pdf",)
    )


def launch_viewer(path: Path) -> bool:
    """Ask the desktop to show a file (or folder) in its own program; False when none started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_backup_file(parent: QWidget | None, suggested: str, folder: Path | None) -> Path | None:
    """Where to write a copy of the database (.sqlite3), starting in ``folder``."""
    return _save_as(
        parent,
        QCoreApplication.translate("files", "Back up the database"),
        suggested,
        QCoreApplication.translate("files", "Kohort databases (*.sqlite3)"),
        (".sqlite3",),
        folder,
    )


def choose_checkout_file(parent: QWidget | None, suggested: str, folder: Path) -> Path | None:
    """Where to write a cohort checked out to this computer (a new Kohort file)."""
    return _save_as(
        parent,
        QCoreApplication.translate("files", "Check the cohort out to a file"),
        suggested,
        QCoreApplication.translate("files", "Kohort databases (*.sqlite3)"),
        (DATABASE_SUFFIX,),
        folder,
    )


def choose_database_file(parent: QWidget | None, folder: Path) -> Path | None:
    """An existing Kohort database to open instead of the current one."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("files", "Open another database"),
        str(folder),
        QCoreApplication.translate("files", "Kohort databases (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(name) if name else None


def open_file(parent: QWidget | None, path: Path, *, failed_text: str | None = None) -> bool:
    """Show a document Kohort has just saved in the computer's own viewer (to print the
    vector PDF from there), or a folder of them in the file manager.

    When nothing opens it, the user is told that it was saved and where (``failed_text``
    says it differently); the result says whether it opened.
    """
    if launch_viewer(path):
        return True
    if failed_text is not None:
        text = failed_text
    elif path.is_dir():
        text = QCoreApplication.translate(
            "files",
            "The files were saved in the folder {path}, but the folder could not be opened "
            "here. Open it from your file manager.",
        ).format(path=path)
    else:
        text = QCoreApplication.translate(
            "files",
            "{name} was saved in the folder {folder}, but no PDF reader opened it. Open it "
            "from there, or install a PDF reader.",
        ).format(name=path.name, folder=path.parent)
    msgbox.information(parent, QCoreApplication.translate("files", "Saved, not opened"), text)
    return False


def choose_image_file(parent: QWidget | None, title: str) -> Path | None:
    """A logo, background or signature: PNG or JPEG."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("files", "Images (*.png *.jpg *.jpeg);;All files (*)"),
    )
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder for one file per person (new files only; nothing there is overwritten)."""
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def print_folder() -> Path:
    """Where files opened in the PDF reader are kept (the user's cache, cleaned by the OS)."""
    from platformdirs import user_cache_path

    from app.privacy import private_folder

    cache = private_folder(user_cache_path("kohort", appauthor=False))  # Kohort's own: 0700
    return private_folder(cache / "print")
