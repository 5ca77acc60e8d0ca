"""Help ▸ User guide (F1): shipped with Kohort, offline, illustrated, in the window's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from app.domain import Language
from ui import i18n
from ui.dialogs.guide_dialog import GuideDialog, guide_file_name
from ui.main_window import MainWindow


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[Language]:
    app = QCoreApplication.instance()
    assert app is not None
    translators = i18n.install(app, request.param)
    yield request.param
    i18n.uninstall(app, translators)


@pytest.mark.parametrize(
    ("in_language", "file_name", "words"),
    [
        (Language.SWEDISH, "guide_sv.html", ["Diplomutdelningen", "Upprop", "i fas"]),
        (Language.FINNISH, "guide_fi.html", ["Todistusten jako", "Nimenhuuto", "hyvällä mallilla"]),
        (Language.ENGLISH, "guide_en.html", ["The ceremony", "Roll call", "on track"]),
    ],
    indirect=["in_language"],
)
def test_the_guide_is_in_the_interface_language_with_its_pictures(
    qtbot: QtBot, in_language: Language, file_name: str, words: list[str]
) -> None:
    assert guide_file_name() == file_name
    dialog = GuideDialog(None)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for word in words:
        assert word in text
    document = dialog.browser.document()
    pictures = [
        fragment.charFormat().toImageFormat().name()
        for block in _blocks(document)
        for fragment in _fragments(block)
        if fragment.charFormat().isImageFormat()
    ]
    assert len(pictures) == 3
    for name in pictures:  # every picture is shipped and loads (no broken-image icons)
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage | QPixmap) and not image.isNull(), name


def test_f1_opens_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    guides = [w for w in window.findChildren(GuideDialog) if w.isVisible()]
    assert len(guides) == 1
    guides[0].close()


def _blocks(document: QTextDocument) -> Iterator[object]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragments(block: object) -> Iterator[object]:
    iterator = block.begin()  # type: ignore[attr-defined]
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1
