"""Keep the ``app/`` catalogues in step with the source: ``python -m app.i18n_tools update``.

``update`` extracts every marked message from ``app/`` (Babel, as ``pybabel extract`` with
``babel.cfg``), merges the list into ``app/locale/<lang>/LC_MESSAGES/kohort.po`` (new
messages arrive untranslated, messages no longer in the source are dropped), and compiles
each ``.po`` to its ``.mo``. Translate the new messages in the ``.po`` files, then run
``python -m app.i18n_tools compile``. The tests fail while a message is untranslated, a
``.po`` is behind the source, or a ``.mo`` is behind its ``.po``.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from app.i18n import DOMAIN, LANGUAGES, LOCALE_DIR

ROOT = LOCALE_DIR.parent.parent
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    # diplomas/ speaks no language itself: its problems and their phrases are said by app/
    "DocumentError": None,
    "Phrase": None,
}


def po_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract() -> Catalog:
    """Every message marked in ``app/``, as a template catalogue."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)  # type: ignore[no-untyped-call]
    template = Catalog(project="Kohort", domain=DOMAIN, fuzzy=False)
    found = extract_from_dir(
        ROOT, method_map, options_map, keywords=KEYWORDS, comment_tags=("Translators:",)
    )
    for path, _lineno, message, comments, context in found:
        template.add(message, None, [(path, 0)], auto_comments=comments, context=context)
    return template


def read(code: str) -> Catalog:
    with open(po_path(code), "rb") as po:
        return read_po(po, locale=code, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` bytes of ``catalog``."""
    out = BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def write(code: str, catalog: Catalog) -> None:
    path = po_path(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as po:
        write_po(po, catalog, width=100, include_lineno=False, ignore_obsolete=True)
    path.with_suffix(".mo").write_bytes(compiled(catalog))


def update() -> None:
    template = extract()
    for code in TRANSLATED:
        if po_path(code).exists():
            catalog = read(code)
        else:
            catalog = Catalog(locale=code, project="Kohort", domain=DOMAIN, fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        write(code, catalog)


def compile_all() -> None:
    for code in TRANSLATED:
        write(code, read(code))


def main(argv: list[str]) -> int:
    commands = {"update": update, "compile": compile_all}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: python -m app.i18n_tools update|compile", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
