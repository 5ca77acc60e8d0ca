"""The window sets app/'s language too, so a service's message in a message box matches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_qt_runtime import _run

SCRIPT = """
    import sys
    from ui import app as kohort_app

    kohort_app.msgbox.error = lambda _parent, _title, text: print("box:", text, flush=True)
    lang = sys.argv[2] if len(sys.argv) > 2 else None
    print("exit", kohort_app.run_gui(sys.argv[1], lang), flush=True)
"""


@pytest.mark.parametrize(
    ("environ_lang", "lang", "expected"),
    [
        ("sv", None, "är en mapp, inte en databasfil"),
        ("fi", None, "on kansio eikä tietokantatiedosto"),
        ("sv", "en", "is a folder, not a database file"),
    ],
)
def test_a_refused_database_is_explained_in_the_interface_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    environ_lang: str,
    lang: str | None,
    expected: str,
) -> None:
    monkeypatch.setenv("KOHORT_LANG", environ_lang)
    folder = tmp_path / "a folder"
    folder.mkdir()
    args = [str(folder)] + ([lang] if lang else [])
    result = _run(SCRIPT, tmp_path, *args)
    assert result.returncode == 0, result.stderr[-2000:]
    assert expected in result.stdout and "exit 1" in result.stdout
