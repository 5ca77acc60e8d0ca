"""The one hard line: app/ and diplomas/ never import Qt; ui/ never builds queries.

The documents (diplomas/) use plain dataclasses and from app/ only the plain modules below;
ui/ calls services and never touches the ORM: the enums it shows are in app.domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    """Modules a file imports at run time (``if TYPE_CHECKING:`` blocks are annotations)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["app", "diplomas"])
def test_domain_and_documents_do_not_import_qt(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in _imports(path) if m.startswith("PySide6"))
        for path in _modules(package)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


# What diplomas/ may import from app/: the domain's enums, errors and progress reporting.
DOCUMENTS_MAY_IMPORT = ("app.domain", "app.errors", "app.progress")


def test_documents_import_only_plain_app_modules() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m
            for m in _imports(path)
            if m.startswith(("sqlalchemy", "sqlite3"))
            or ((m == "app" or m.startswith("app.")) and m not in DOCUMENTS_MAY_IMPORT)
        )
        for path in _modules("diplomas")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_does_not_build_queries_or_touch_the_orm() -> None:
    # app.db is allowed: ui/ holds a Database and opens sessions for the services it calls.
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in _imports(path) if m.startswith(("sqlalchemy", "sqlite3", "app.models"))
        )
        for path in _modules("ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_domain_enums_need_no_storage() -> None:
    assert _imports(ROOT / "app" / "domain.py") <= {"__future__", "enum"}


def test_the_scan_sees_real_imports() -> None:
    # guard against a scan that silently finds nothing
    assert any(m.startswith("PySide6") for p in _modules("ui") for m in _imports(p))
    assert any(m.startswith("sqlalchemy") for p in _modules("app") for m in _imports(p))
    assert any(m == "app.progress" for p in _modules("diplomas") for m in _imports(p))
    assert any(m == "app.domain" for p in _modules("ui") for m in _imports(p))
