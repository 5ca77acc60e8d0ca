"""The one hard line: app/ and diplomas/ never import Qt; ui/ never builds queries.

The documents (diplomas/) use plain dataclasses and from app/ only the plain modules below;
ui/ calls services and never touches the ORM: the enums it shows are in app.domain. And no
module imports itself round a cycle, not even through an import inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path, *, with_names: bool = False) -> set[str]:
    """Modules a file imports at run time (``if TYPE_CHECKING:`` blocks are annotations).

    ``with_names`` adds what ``from package import name`` names, as ``package.name``, for
    when the name may be a module (``from diplomas import fonts``).
    """
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
            if with_names:
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
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


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_cycles_not_even_through_imports_inside_functions() -> None:
    """A cycle hidden by an import inside a function breaks as soon as someone moves it up."""
    paths = {
        _module_name(p): p
        for package in ("app", "diplomas", "ui")
        for p in _modules(package)
        if "migrations" not in p.parts
    }
    graph = {
        name: (_imports(path, with_names=True) & set(paths)) - {name}
        for name, path in paths.items()
    }
    cycles = []
    for start in graph:
        # A path from one of start's imports back to start is a cycle through start.
        seen, pending = set(), [(start, [start])]
        while pending:
            module, route = pending.pop()
            for imported in graph[module]:
                if imported == start:
                    cycles.append(" -> ".join([*route, start]))
                elif imported not in seen:
                    seen.add(imported)
                    pending.append((imported, [*route, imported]))
    assert cycles == []
