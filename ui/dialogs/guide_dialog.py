"""Help ▸ User guide (F1): the short illustrated guide shipped with Kohort, offline, in the
interface language (its file name is a translated string, so each catalogue names its own)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDES = resources.files("resources.guide")


def guide_file_name() -> str:
    """The guide in the interface language: "guide_sv.html" in Swedish, and so on."""
    name = QCoreApplication.translate(
        "GuideDialog", "guide_en.html", "file name of the user guide in this language"
    )
    return name if GUIDES.joinpath(name).is_file() else "guide_en.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        name = guide_file_name()
        with resources.as_file(GUIDES.joinpath(name)) as path:
            # the images beside the page load from the same folder, installed or frozen alike
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        height = min(700, available.height() - 80) if available is not None else 700
        self.resize(760, height)

    @classmethod
    def show_guide(cls, parent: QWidget | None) -> GuideDialog:
        """Open the guide beside the window (not modal: it can stay open while working)."""
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
