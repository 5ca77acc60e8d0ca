"""Why a file cannot be imported. Nothing was imported when one of these is raised."""

from __future__ import annotations

from app.errors import KohortError


class ImportFileError(KohortError):
    """A file that cannot be read as a participant list. Nothing was imported."""


class ImportLimitError(ImportFileError):
    """A file beyond one of the fixed import limits (:mod:`app.importing.limits`)."""
