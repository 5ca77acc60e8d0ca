"""Errors a user can act on. Each carries one clear sentence for the user.

Anything else that escapes is a bug and goes to the global crash handler.
"""

from __future__ import annotations


class KohortError(Exception):
    """A problem with the environment or the user's input, not a bug in Kohort."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(KohortError):
    """An id given by the user does not exist."""


class ValidationError(KohortError):
    """Input that breaks a rule of the domain (an end date before the start, a blank name…)."""


class DatabaseError(KohortError):
    """The database cannot be opened or written as asked. The data is left as it was."""


class CheckedOutError(DatabaseError):
    """The cohort is checked out to a laptop: read-only on the team database until it is
    checked in (or an administrator releases it); nothing was saved."""


class DatabaseInUseError(DatabaseError):
    """Another Kohort holds the lock file next to the database."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer Kohort; it is refused and left untouched."""


class DatabaseDamagedError(DatabaseError):
    """The file is not a SQLite database, not a Kohort database, or fails its integrity check.

    ``statement`` says what is true without advice; app.db_errors.damage_text adds the
    advice that fits where it is shown (the window, the restore offer, the command line)."""

    def __init__(self, message: str, *, statement: str | None = None) -> None:
        super().__init__(message)
        self.statement = statement if statement is not None else message


class CancelledError(KohortError):
    """The user stopped a long task; nothing of it was kept."""


class ChangedElsewhereError(KohortError):
    """Someone else saved the row after this user started editing it (a team database):
    nothing was saved; reload to see their change."""
