"""What an import did or would do: counts, merged rows, errors, warnings and the stored
values it replaces; ``as_json`` is the stable shape of ``kohort import --json``."""

from __future__ import annotations

from dataclasses import dataclass

from app.importing.mapping import RowError, RowWarning


@dataclass(frozen=True)
class FieldChange:
    """One stored value an import replaces: shown before importing, so a short form in the
    file ("Öberg") cannot silently overwrite the full name ("Öberg-Jäätteenmäki")."""

    row: int  # in the file
    person_id: int
    person: str  # the name as stored now
    field: str  # "last_name", "organization", …
    old: str
    new: str


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    enrolled: int
    merged: tuple[tuple[int, int], ...]  # (row, merged into row) for duplicates in the file
    errors: tuple[RowError, ...]
    dry_run: bool
    changes: tuple[FieldChange, ...] = ()
    warnings: tuple[RowWarning, ...] = ()  # shown, but they do not stop the import

    @property
    def written(self) -> bool:
        """Whether the import changed the database (no errors, not a dry run)."""
        return not self.errors and not self.dry_run

    def as_json(self) -> dict[str, object]:
        """The stable shape of ``kohort import --json``."""
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "enrolled": self.enrolled,
            "errors": [{"row": e.row, "message": e.message} for e in self.errors],
            "merged": [{"row": row, "into": into} for row, into in self.merged],
            "dry_run": self.dry_run,
            "changes": [
                {
                    "row": c.row,
                    "person_id": c.person_id,
                    "field": c.field,
                    "from": c.old,
                    "to": c.new,
                }
                for c in self.changes
            ],
            "warnings": [
                {"row": w.row, "field": w.field.value, "message": w.message} for w in self.warnings
            ],
        }
