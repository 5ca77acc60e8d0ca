"""Default file names read as a coordinator would write them, in the interface language."""

from __future__ import annotations

import pytest

from ui.dialogs.files import document_file_stem


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Diplom – Omgång 3, 2025/2026", "Diplom – Omgång 3, 2025-2026"),
        ("Närvaro – Omgång 2026/2027", "Närvaro – Omgång 2026-2027"),
        ("Handlingsplaner – Omgång 1: våren", "Handlingsplaner – Omgång 1_ våren"),
        ("../CON", "-CON"),  # no way out of the folder
        ("CON", "_CON"),
    ],
)
def test_default_names_keep_the_words_and_stay_safe(title: str, stem: str) -> None:
    assert document_file_stem(title) == stem


def test_the_diplomas_default_name_is_in_swedish(qtbot: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.domain import Language
    from ui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    translators = i18n.install(app, Language.SWEDISH)
    try:
        text = QCoreApplication.translate("DiplomaOutput", "Diplomas – {cohort}")
    finally:
        i18n.uninstall(app, translators)
    assert text == "Diplom – {cohort}"
