"""What name badges and table cards print, as plain data: the label sheets, the people, the words.

:mod:`diplomas.badges` draws them; :mod:`app.services.badges` fills them in. This module
imports no ReportLab, so the service and the front ends can list the sheets at any time.

The sheets' geometry is that of the manufacturers' templates (A4, millimetres from the
paper's top-left corner): Avery L4785 as in gLabels' Avery A4 templates (80 × 50 mm, 2 × 5,
first label 18 mm from the left and 13 mm from the top, pitch 95 × 55 mm); L7165 likewise
(99.1 × 67.7 mm, 2 × 4). gLabels has no template for L7173 or L7418; their geometry is
Avery's as other label programs' sheet lists give it: L7173 99.1 × 57 mm, 2 × 5, 4.65 mm
side margins, 2.5 mm between the columns, the five rows (285 mm) centred on the 297 mm
sheet, 6 mm top and bottom; L7418 (name badge labels) 86 × 55 mm, 2 × 4, touching, the
172 × 220 mm block centred: 19 mm from the sides, 38.5 mm from the top and bottom.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.domain import Language

A4_MM = (210.0, 297.0)
A5_MM = (148.0, 210.0)


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of equal labels in a grid, filled row by row from the top left."""

    name: str  # what the coordinator picks ("L4785"); the --sheet value
    label_width_mm: float
    label_height_mm: float
    columns: int
    rows: int
    left_mm: float  # the first label's left edge, from the paper's left edge
    top_mm: float  # the first label's top edge, from the paper's top edge
    pitch_x_mm: float  # from one label's left edge to the next one's
    pitch_y_mm: float  # from one label's top edge to the next one's
    page_mm: tuple[float, float] = A4_MM

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_box_mm(self, index: int) -> tuple[float, float, float, float]:
        """Label ``index`` (0-based on its sheet) as (left, top, width, height) in mm from the
        paper's top-left corner, before any calibration offset."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return (
            self.left_mm + column * self.pitch_x_mm,
            self.top_mm + row * self.pitch_y_mm,
            self.label_width_mm,
            self.label_height_mm,
        )

    @property
    def description(self) -> str:
        """ "80 × 50 mm, 10 per A4": the same in every language."""
        w, h = _mm(self.label_width_mm), _mm(self.label_height_mm)
        return f"{w} × {h} mm, {self.per_sheet}/A4"


def _mm(value: float) -> str:
    return f"{value:g}"


SHEETS: dict[str, LabelSheet] = {
    sheet.name: sheet
    for sheet in (
        LabelSheet("L4785", 80.0, 50.0, 2, 5, 18.0, 13.0, 95.0, 55.0),
        LabelSheet("L7173", 99.1, 57.0, 2, 5, 4.65, 6.0, 101.6, 57.0),
        LabelSheet("L7165", 99.1, 67.7, 2, 4, 4.65, 13.1, 101.6, 67.7),
        LabelSheet("L7418", 86.0, 55.0, 2, 4, 19.0, 38.5, 86.0, 55.0),
    )
}
DEFAULT_SHEET = "L4785"
MAX_OFFSET_MM = 30.0  # as the diplomas' printer calibration


class TentSize(enum.StrEnum):
    """A table card: one sheet folded in half across its height, one card a sheet."""

    A4 = "a4"
    A5 = "a5"

    @property
    def page_mm(self) -> tuple[float, float]:
        return A4_MM if self is TentSize.A4 else A5_MM


@dataclass(frozen=True)
class Badge:
    """One person's badge or card, every text as it is to be printed."""

    first_name: str
    full_name: str  # left out when it says no more than the first name
    organization: str = ""
    role: str = ""  # a job title, or "Mentor", "Processledare", …: empty for none
    group: str = ""  # a table or group ("Mentorsgrupp: Eva Ek"): empty for none


@dataclass(frozen=True)
class BadgeDocument:
    """Everything a file of badges (or table cards) shows."""

    event: str  # programme · cohort, printed small at the top of each badge
    badges: tuple[Badge, ...]
    language: Language = Language.SWEDISH
    sheet: LabelSheet = SHEETS[DEFAULT_SHEET]
    tents: TentSize | None = None  # table cards instead of labels
    offset_x_mm: float = 0.0  # positive: everything moves right
    offset_y_mm: float = 0.0  # positive: everything moves down


@dataclass(frozen=True, kw_only=True)
class BadgeWords:
    """The words a badge prints itself, in the document's language."""

    badges: str  # the file's title
    tents: str
    group: str  # "{name}": the mentor whose group a person is in
    mentor: str
    facilitator: str
    guest: str


WORDS = {
    Language.SWEDISH: BadgeWords(
        badges="Namnskyltar",
        tents="Bordskort",
        group="Mentorsgrupp: {name}",
        mentor="Mentor",
        facilitator="Processledare",
        guest="Gäst",
    ),
    Language.ENGLISH: BadgeWords(
        badges="Name badges",
        tents="Table cards",
        group="Mentor group: {name}",
        mentor="Mentor",
        facilitator="Facilitator",
        guest="Guest",
    ),
    Language.FINNISH: BadgeWords(
        badges="Nimikyltit",
        tents="Pöytäkortit",
        group="Mentoriryhmä: {name}",
        mentor="Mentori",
        facilitator="Kouluttaja",
        guest="Vieras",
    ),
}
