"""Why a document cannot be made, said so that a front end can say it in its own language.

``diplomas/`` speaks no interface language (it imports nothing of the application's
translations); a problem is raised as a template with named values. Its ``str()`` is the
English sentence; :func:`app.i18n.explain` translates the template and every
:class:`Phrase` among the values. Babel extracts both (keywords ``DocumentError`` and
``Phrase`` in ``app/i18n_tools.py``).
"""

from __future__ import annotations


class Phrase(str):
    """A fixed phrase inside a problem ("logo", "wording") that is translated with it."""

    __slots__ = ()


class DocumentError(ValueError):
    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))
