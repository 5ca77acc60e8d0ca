"""A cohort at a glance: dates, counts by status, the next session, what still needs doing."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain import EnrollmentStatus, Role
from app.services.attendance_report import summarize
from app.services.grid import AttendanceGrid
from app.services.overview import CohortOverview, TodoKind
from ui.labels import date_text, label, percent_text, time_text


def _todo_text(kind: TodoKind, count: int) -> str:
    """What still needs doing, in words (each a literal, so lupdate finds it)."""
    match kind:
        case TodoKind.NO_SESSIONS:
            return QCoreApplication.translate("overview", "No sessions planned yet.")
        case TodoKind.NO_MENTOR:
            return QCoreApplication.translate(
                "overview", "%n participant(s) without a mentor", "", count
            )
        case TodoKind.NO_EMAIL:
            return QCoreApplication.translate(
                "overview", "%n participant(s) without an e-mail", "", count
            )
        case TodoKind.SESSION_WITHOUT_PLACE:
            return QCoreApplication.translate(
                "overview", "%n upcoming session(s) without a venue or link", "", count
            )
        case TodoKind.OVER_CAPACITY:
            return QCoreApplication.translate(
                "overview", "More participants than places (capacity exceeded by {examples})"
            )
        case TodoKind.PROBABLE_DUPLICATES:
            return QCoreApplication.translate(
                "overview", "%n probable duplicate(s) — see Participants ▸ Duplicates", "", count
            )


def _heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def _item(text: str) -> str:
    return f"<li>{html.escape(text)}</li>"


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._summarized: tuple[AttendanceGrid | None, str] = (None, "")

    def show_overview(self, view: CohortOverview, grid: AttendanceGrid | None = None) -> None:
        if grid is not self._summarized[0]:  # the same grid (new to-dos only): counted once
            shown = grid is not None and grid.participants and grid.sessions
            self._summarized = (grid, self.summary_html(grid) if grid and shown else "")
        self.text.setText(self.as_html(view) + self._summarized[1])

    def summary_html(self, grid: AttendanceGrid) -> str:
        """Attendance per session and per organization (the cohort summary)."""
        e = html.escape
        per_session, per_organization = summarize(grid)
        parts = [_heading(self.tr("Attendance by session")), "<table cellspacing='6'>"]
        for s in per_session:
            recorded = self.tr("({recorded} recorded)").format(recorded=s.recorded)
            guests = self.tr("+ %n guest(s)", "", s.guests) if s.guests else ""
            parts.append(
                f"<tr><td>{e(date_text(s.date))}</td><td>{e(s.title)}</td>"
                f"<td align='right'>{s.attended}/{s.participants}</td>"
                f"<td>{e(recorded)}</td><td>{e(guests)}</td></tr>"
            )
        parts += ["</table>", _heading(self.tr("Attendance by organization"))]
        parts.append("<table cellspacing='6'>")
        for o in per_organization:
            rate = "–" if o.attendance_rate is None else percent_text(float(o.attendance_rate))
            people = self.tr("%n participant(s)", "", o.participants)
            standing = (
                self.tr("%n eligible", "", o.meets_rule)
                if grid.programme_done
                else self.tr("%n on track", "", o.meets_rule)
            )
            parts.append(
                f"<tr><td>{e(o.organization)}</td><td>{e(people)}</td>"
                f"<td align='right'>{e(rate)}</td><td>{e(standing)}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def as_html(self, view: CohortOverview) -> str:
        e = html.escape
        c = view.cohort
        parts = [_heading(self.tr("Dates")), "<p>"]
        dates = " – ".join(date_text(d) for d in (c.start_date, c.end_date) if d)
        parts.append(e(dates or self.tr("No dates set.")))
        if c.capacity:
            parts.append("<br>" + e(self.tr("Capacity: %n participant(s)", "", c.capacity)))
        parts.append("</p>")

        parts += [_heading(self.tr("People")), "<ul>"]
        for status in EnrollmentStatus:
            count = view.participants_by_status.get(status, 0)
            if count:
                parts.append(f"<li>{e(label(status))}: {count}</li>")
        for role in (Role.MENTOR, Role.FACILITATOR, Role.GUEST):
            count = view.people_by_role.get(role, 0)
            if count:
                parts.append(f"<li>{e(label(role))}: {count}</li>")
        if not view.people_by_role:
            parts.append(_item(self.tr("Nobody enrolled yet.")))
        parts.append("</ul>")
        if view.judged:
            held = self.tr("%n session(s) held", "", view.sessions_held)
            meets = self.tr(
                "{eligible} of {judged} participants meet the completion rule so far ({held})."
            ).format(eligible=view.meets_rule, judged=view.judged, held=held)
            parts.append(f"<p>{e(meets)}</p>")

        parts += [_heading(self.tr("Next session")), "<p>"]
        s = view.next_session
        if s is None:
            parts.append(e(self.tr("No upcoming sessions.")))
        else:
            when = date_text(s.date) + (f" – {date_text(s.end_date)}" if s.end_date else "")
            if s.start_time:
                when += f", {time_text(s.start_time)}–{time_text(s.end_time)}"
            where = s.venue or s.online_url or self.tr("no venue yet")
            parts.append(f"<b>{e(s.title)}</b><br>{e(when)}<br>{e(where)}")
        parts.append("</p>")

        parts += [_heading(self.tr("To do")), "<ul>"]
        if not view.todos:
            parts.append(_item(self.tr("Nothing outstanding.")))
        for todo in view.todos:
            text = _todo_text(todo.kind, todo.count).format(examples=", ".join(todo.examples))
            if todo.examples and todo.kind != TodoKind.OVER_CAPACITY:
                text += ": " + ", ".join(todo.examples) + ("…" if todo.count > 5 else "")
            parts.append(_item(text))
        parts.append("</ul>")
        return "".join(parts)
