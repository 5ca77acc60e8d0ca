"""What a write changed, so the front end reloads only the views that show it.

Every write in the GUI states the :class:`Changes` it makes (Anki's ``OpChanges``); the
main window maps each kind to the reads that depend on it. A kind is coarse on purpose:
it names a part of the data, not a row, and when in doubt a write says more, never less.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    programs: bool = False  # programmes and their cohorts: which exist, names, archived
    cohort: bool = False  # a cohort's own settings: dates, status, capacity, rule, language
    sessions: bool = False  # a cohort's sessions: added, edited, cancelled, deleted
    people: bool = False  # people and enrollments: names, roles, statuses, mentors, overrides
    marks: bool = False  # attendance marks and their notes
    diplomas: bool = False  # the diploma register: issued, reissued, revoked, printed
    plans: bool = False  # action plans, and a programme's action plan headings
    design: bool = False  # diploma design settings
    # course evaluations: created, questions, answers typed in or read back, closed; the
    # fillable forms sent out and returned
    evaluations: bool = False
    reunions: bool = False  # reunions and open lectures, and their invitation lists

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def kinds(self) -> frozenset[str]:
        """The names of the kinds changed, e.g. ``{"marks"}``."""
        return frozenset(f.name for f in fields(self) if getattr(self, f.name))

    @classmethod
    def everything(cls) -> Changes:
        """A write that may touch any part (creating the demo, restoring a backup)."""
        return cls(**{f.name: True for f in fields(cls)})


NOTHING = Changes()
