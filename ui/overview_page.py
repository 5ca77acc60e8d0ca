"""A cohort at a glance: dates, counts by status, the next session, what still needs doing."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain import EnrollmentStatus, Role
from app.services.attendance_report import summarize
from app.services.grid import AttendanceGrid
from app.services.overview import CohortOverview, TodoKind
from ui.labels import date_text, label, time_text

_TODO_TEXT = {
    TodoKind.NO_SESSIONS: QT_TRANSLATE_NOOP("overview", "No sessions planned yet."),
    TodoKind.NO_MENTOR: QT_TRANSLATE_NOOP("overview", "{count} participant(s) without a mentor"),
    TodoKind.NO_EMAIL: QT_TRANSLATE_NOOP("overview", "{count} participant(s) without an e-mail"),
    TodoKind.SESSION_WITHOUT_PLACE: QT_TRANSLATE_NOOP(
        "overview", "{count} upcoming session(s) without a venue or link"
    ),
    TodoKind.OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "overview", "More participants than places (capacity exceeded by {examples})"
    ),
    TodoKind.PROBABLE_DUPLICATES: QT_TRANSLATE_NOOP(
        "overview", "{count} probable duplicate(s) — see Participants ▸ Duplicates"
    ),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("overview", str(text))


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

    def show_overview(self, view: CohortOverview, grid: AttendanceGrid | None = None) -> None:
        html_text = self.as_html(view)
        if grid is not None and grid.participants and grid.sessions:
            html_text += self.summary_html(grid)
        self.text.setText(html_text)

    def summary_html(self, grid: AttendanceGrid) -> str:
        """Attendance per session and per organization (the cohort summary)."""
        e = html.escape
        per_session, per_organization = summarize(grid)
        parts = [f"<h3>{e(self.tr('Attendance by session'))}</h3><table cellspacing='6'>"]
        for s in per_session:
            parts.append(
                f"<tr><td>{e(date_text(s.date))}</td><td>{e(s.title)}</td>"
                f"<td align='right'>{s.attended}/{s.participants}</td>"
                f"<td>{e(self.tr('({recorded} recorded)').format(recorded=s.recorded))}</td>"
                f"<td>{e(self.tr('+ %n guest(s)', '', s.guests)) if s.guests else ''}</td>"
                "</tr>"
            )
        parts.append(
            f"</table><h3>{e(self.tr('Attendance by organization'))}</h3><table cellspacing='6'>"
        )
        standing = self.tr("{n} eligible") if grid.programme_done else self.tr("{n} on track")
        for o in per_organization:
            rate = "–" if o.attendance_rate is None else f"{float(o.attendance_rate):.0%}"
            parts.append(
                f"<tr><td>{e(o.organization)}</td>"
                f"<td>{e(self.tr('{n} participant(s)').format(n=o.participants))}</td>"
                f"<td align='right'>{rate}</td>"
                f"<td>{e(standing.format(n=o.meets_rule))}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def as_html(self, view: CohortOverview) -> str:
        e = html.escape
        c = view.cohort
        parts = [f"<h3>{e(self.tr('Dates'))}</h3><p>"]
        dates = " – ".join(date_text(d) for d in (c.start_date, c.end_date) if d)
        parts.append(e(dates or self.tr("No dates set.")))
        if c.capacity:
            parts.append("<br>" + e(self.tr("Capacity: {n} participants").format(n=c.capacity)))
        parts.append("</p>")

        parts.append(f"<h3>{e(self.tr('People'))}</h3><ul>")
        for status in EnrollmentStatus:
            count = view.participants_by_status.get(status, 0)
            if count:
                parts.append(f"<li>{e(label(status))}: {count}</li>")
        for role in (Role.MENTOR, Role.FACILITATOR, Role.GUEST):
            count = view.people_by_role.get(role, 0)
            if count:
                parts.append(f"<li>{e(label(role))}: {count}</li>")
        if not view.people_by_role:
            parts.append(f"<li>{e(self.tr('Nobody enrolled yet.'))}</li>")
        parts.append("</ul>")
        if view.judged:
            parts.append(
                "<p>"
                + e(
                    self.tr(
                        "{eligible} of {judged} participants meet the completion rule so far "
                        "({held} session(s) held)."
                    ).format(eligible=view.meets_rule, judged=view.judged, held=view.sessions_held)
                )
                + "</p>"
            )

        parts.append(f"<h3>{e(self.tr('Next session'))}</h3><p>")
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

        parts.append(f"<h3>{e(self.tr('To do'))}</h3><ul>")
        if not view.todos:
            parts.append(f"<li>{e(self.tr('Nothing outstanding.'))}</li>")
        for todo in view.todos:
            text = _tr(_TODO_TEXT[todo.kind]).format(
                count=todo.count, examples=", ".join(todo.examples)
            )
            if todo.examples and todo.kind != TodoKind.OVER_CAPACITY:
                text += ": " + ", ".join(todo.examples) + ("…" if todo.count > 5 else "")
            parts.append(f"<li>{e(text)}</li>")
        parts.append("</ul>")
        return "".join(parts)
