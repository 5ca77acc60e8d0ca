"""The translation catalogues (resources/translations/*.ts) read as plain data."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    """packaging/translations.py, by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "kohort_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kohort_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    finished=kind is None,
                    forms=forms,
                )
            )
    return messages
