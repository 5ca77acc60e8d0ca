"""The translation tool chain for the interface (ui/): Qt Linguist's lupdate and lrelease.

    python packaging/translations.py update    # ui/ → resources/translations/*.ts → *.qm
    python packaging/translations.py release   # *.ts → *.qm only (after editing a .ts)

``update`` extracts every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string of ui/ into
the .ts files (new strings come in unfinished, strings gone from the code are dropped), then
compiles them. Translate the unfinished ones in Qt Linguist (``pyside6-linguist``) or any
text editor, then run ``release``. English is the source language: ``kohort_en.ts`` holds
only the plural forms ("1 diploma issued", "2 diplomas issued").

The .ts files keep no source locations (``-locations none``), so that moving code around
changes nothing in them. tests/ui/test_translations.py fails when they or the .qm files are
out of date.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ("sv", "fi")  # every string translated
PLURALS_ONLY = ("en",)  # the source language: its plural forms only


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kohort_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kohort_{language}.qm"


def tool(name: str) -> Path:
    """lupdate or lrelease, shipped inside the PySide6 wheel (pyside6-essentials)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    found = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not found.exists():
        sys.exit(f"translations.py: {found} is missing; is PySide6 installed?")
    return found


def lupdate(ts_files: list[Path], *, plurals_only: bool = False, sources: Path = SOURCES) -> None:
    command = [str(tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-extensions", "py", "-source-language", "en"]
    if plurals_only:
        command.append("-pluralonly")
    command += [str(sources), "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    command = [str(tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, cwd=ROOT)


def update() -> None:
    lupdate([ts_file(language) for language in TRANSLATED])
    lupdate([ts_file(language) for language in PLURALS_ONLY], plurals_only=True)
    release()


def release() -> None:
    for language in (*TRANSLATED, *PLURALS_ONLY):
        lrelease(ts_file(language), qm_file(language))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release"))
    args = parser.parse_args(argv)
    update() if args.action == "update" else release()


if __name__ == "__main__":
    main()
