"""The two text functions the services use in SQL, ``casefold`` and ``search_key``, on both
databases.

On SQLite, :mod:`app.db` registers them on every connection as Python's own
(``str.casefold``, :func:`app.text.search_key`). On PostgreSQL they are written out as an
expression of the server's built-in functions when a statement is compiled, so nothing has to
be created on the server (no migration, no CREATE privilege):

- ``casefold(x)``: ``lower()`` under the ICU root collation (``und-x-icu``, whatever the
  database's own locale), with ß and ẞ folded to "ss" as Python does. Names in Swedish,
  Finnish, Sámi and German fold alike ("ÅSA"/"Åsa", "Ŋuolja"/"ŋuolja", "STRASSE"/"straße").
  Where Python's casefold differs from lower() beyond ß (the final sigma ς, the long s ſ,
  ligatures such as ﬁ), the server compares as lower() does.
- ``search_key(x)``: that, then the letters of :data:`app.text._FOLD` replaced, the accents
  stripped after NFD, and "aa" read as "a" — the same steps as :func:`app.text.search_key`.

A server built without ICU (``und-x-icu`` missing: rare; Debian's and the other common
packages have it) lowers with the database's own locale instead; see
:func:`app.db_postgres.open_server_database`, which records which one applies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from app.text import _FOLD

# The combining marks app.text strips (its _ACCENTS), as a PostgreSQL regular expression.
_ACCENTS = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_ONE_FOR_ONE = {k: v for k, v in _FOLD.items() if len(v) == 1}
_LONGER = {k: v for k, v in _FOLD.items() if len(v) > 1}
# Set on a PostgreSQL dialect whose server has no ICU: lower() with the database's locale.
NO_ICU = "kohort_no_icu"


class casefold(GenericFunction[str]):  # noqa: N801 - the SQL function's own name
    type = String()
    inherit_cache = True


class search_key(GenericFunction[str]):  # noqa: N801 - the SQL function's own name
    type = String()
    inherit_cache = True


def _casefolded(argument: str, dialect: Any) -> str:
    collation = "" if getattr(dialect, NO_ICU, False) else ' COLLATE "und-x-icu"'
    lowered = f"lower((normalize({argument}, NFC)){collation})"
    return f"replace({lowered}, 'ß', 'ss')"


@compiles(casefold, "postgresql")
def _casefold_postgresql(element: casefold, compiler: Any, **kw: Any) -> str:
    return _casefolded(compiler.process(element.clauses, **kw), compiler.dialect)


@compiles(search_key, "postgresql")
def _search_key_postgresql(element: search_key, compiler: Any, **kw: Any) -> str:
    folded = _casefolded(compiler.process(element.clauses, **kw), compiler.dialect)
    for letter, replacement in _LONGER.items():
        folded = f"replace({folded}, '{letter}', '{replacement}')"
    letters, replacements = "".join(_ONE_FOR_ONE), "".join(_ONE_FOR_ONE.values())
    folded = f"translate({folded}, '{letters}', '{replacements}')"
    stripped = f"regexp_replace(normalize({folded}, NFD), '{_ACCENTS}', '', 'g')"
    return f"replace({stripped}, 'aa', 'a')"
