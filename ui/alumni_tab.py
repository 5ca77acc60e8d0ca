"""The reunions window's second tab: a programme's former participants (alumni) by cohort
year and organization, how many came back, and one person's history when chosen."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services import alumni, gatherings
from app.services.alumni import PersonHistory, ProgrammeAlumni
from app.services.gatherings import Alumnus
from ui.column_fit import ColumnFit
from ui.labels import label
from ui.reunion_list import status_name
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # the whole of a long name the column elides
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _word(text: str) -> str:
    """A label ("Deltagare", "Genomfört") as a word inside a sentence: lower-case."""
    return text[:1].lower() + text[1:]


class AlumniTab(QWidget):
    def __init__(self, workspace: Workspace, program_id: int) -> None:
        super().__init__()
        self.workspace = workspace
        self.program_id = program_id
        self.people: list[Alumnus] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.by_year = _table([self.tr("Year"), self.tr("Former participants")])
        self.by_organization = _table([self.tr("Organization"), self.tr("Former participants")])
        self.list = _table([self.tr("Name"), self.tr("Organization"), self.tr("Cohort")])
        self.list.currentCellChanged.connect(lambda row, *_: self._person_chosen(row))
        # Long names and organizations give way (elided), so the counts and the cohorts stay
        # in sight ("Västra Götalandsregionen, Koncernkontoret" beside its count).
        self.columns = [
            ColumnFit(self.by_year, shrinkable=(0,), least=40),
            ColumnFit(self.by_organization, shrinkable=(0,), least=80),
            ColumnFit(self.list, shrinkable=(0, 1, 2), least=80),
        ]
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        figures = QSplitter(Qt.Orientation.Vertical)
        for title, table in (
            (self.tr("By cohort year"), self.by_year),
            (self.tr("By organization"), self.by_organization),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title))
            layout.addWidget(table)
            figures.addWidget(box)
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(QLabel(self.tr("Former participants (archived ones too):")))
        people_layout.addWidget(self.list)
        splitter = QSplitter()
        splitter.addWidget(figures)
        splitter.addWidget(people)
        splitter.addWidget(self.history)
        splitter.setSizes([300, 460, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._loaded = False

    def load(self) -> None:
        program_id = self.program_id

        def work(s: DbSession) -> tuple[ProgrammeAlumni, list[Alumnus]]:
            return (
                alumni.programme_alumni(s, program_id),
                gatherings.alumni_candidates(s, program_id, active_only=False),
            )

        self.workspace.read(self, work, lambda result: self._fill(*result))

    def _fill(self, figures: ProgrammeAlumni, found: list[Alumnus]) -> None:
        self._loaded = True
        rate = figures.return_rate
        rate_text = "–" if rate is None else f"{round(float(rate) * 100)}\N{NO-BREAK SPACE}%"
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n former participant(s).", "", figures.alumni),
                    self.tr("{back} came back to a reunion or lecture ({rate}).").format(
                        back=figures.returned, rate=rate_text
                    ),
                    self.tr("%n reunion(s) or lecture(s) so far.", "", figures.gatherings),
                )
            )
        )
        for table, rows in (
            (self.by_year, [(str(y) if y else "–", n) for y, n in figures.by_year]),
            (
                self.by_organization,
                [(o or self.tr("(no organization)"), n) for o, n in figures.by_organization],
            ),
        ):
            table.setRowCount(len(rows))
            for i, (name, n) in enumerate(rows):
                table.setItem(i, 0, _cell(name))
                table.setItem(i, 1, _cell(str(n), number=True))
        self.people = found
        self.list.setRowCount(len(found))
        for i, a in enumerate(found):
            name = ", ".join(p for p in (a.last_name, a.first_name) if p)
            self.list.setItem(i, 0, _cell(name + (" ⌂" if a.archived else "")))
            self.list.setItem(i, 1, _cell(a.organization or ""))
            self.list.setItem(i, 2, _cell(", ".join(c.name for c in a.cohorts)))
        for fit in self.columns:
            fit.fit()
        if found:
            self.list.setCurrentCell(0, 0)
        else:
            self.history.setPlainText(self.tr("Nobody has completed the programme yet."))

    def _person_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.people):
            return
        person_id = self.people[row].person_id
        self.workspace.read(self, lambda s: alumni.person_history(s, person_id), self._show)

    def _show(self, h: PersonHistory) -> None:
        e = html.escape
        cohorts_title, diplomas_title = self.tr("Cohorts"), self.tr("Diplomas")
        gatherings_title = self.tr("Reunions and lectures")
        evaluations_title = self.tr("Course evaluations answered (named)")
        revoked_word = self.tr("revoked")
        parts = [f"<h3>{e(h.person.full_name)}</h3>"]
        if h.person.organization or h.person.email:
            where = " · ".join(x for x in (h.person.organization, h.person.email) if x)
            parts.append(f"<p>{e(where)}</p>")
        parts.append(f"<h4>{e(cohorts_title)}</h4><ul>")
        for c in h.cohorts:
            dates = "–".join(d.isoformat() for d in (c.start_date, c.end_date) if d)
            parts.append(
                f"<li>{e(c.programme)}: {e(c.cohort)} ({e(dates)}) – "
                f"{e(_word(label(c.role)))}, {e(_word(label(c.shown_status)))}</li>"
            )
        parts.append("</ul>")
        if h.diplomas:
            parts.append(f"<h4>{e(diplomas_title)}</h4><ul>")
            for d in h.diplomas:
                revoked = f" – {e(revoked_word)}" if d.revoked else ""
                parts.append(
                    f"<li>{e(d.serial)}, {d.issue_date.isoformat()}, {e(d.cohort)}{revoked}</li>"
                )
            parts.append("</ul>")
        if h.gatherings:
            parts.append(f"<h4>{e(gatherings_title)}</h4><ul>")
            for g in h.gatherings:
                parts.append(
                    f"<li>{g.date.isoformat()} {e(g.title)}: {e(status_name(g.status))}</li>"
                )
            parts.append("</ul>")
        if h.evaluations:
            parts.append(f"<h4>{e(evaluations_title)}</h4><ul>")
            for ev in h.evaluations:
                parts.append(f"<li>{e(ev.title)} ({e(ev.cohort)})</li>")
            parts.append("</ul>")
        self.history.setHtml("".join(parts))
