"""The cohort page's header: the programme, the cohort's name, its dates, status and
sessions, how many meet the completion rule, and the rule itself in words."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.services.cohorts import CohortInfo
from app.services.overview import CohortOverview
from ui.labels import date_text, label


def header_html(cohort: CohortInfo, overview: CohortOverview, meeting_now: int) -> str:
    """``meeting_now``: how many meet the rule, from the grid once it is loaded. The strings
    keep the cohort page's translation context."""
    e = html.escape
    dates = " – ".join(date_text(d) for d in (cohort.start_date, cohort.end_date) if d)
    rule = cohort.rule
    rule_text = QCoreApplication.translate(
        "CohortPage", "Completion: at least {percent} % of held sessions"
    ).format(percent=rule.min_attendance_percent)
    if rule.require_all_mandatory:
        rule_text += QCoreApplication.translate("CohortPage", ", all mandatory sessions")
    if rule.require_action_plan:
        rule_text += QCoreApplication.translate("CohortPage", ", an action plan")
    counted = [QCoreApplication.translate("CohortPage", "present")] + [
        text
        for on, text in (
            (rule.count_late, QCoreApplication.translate("CohortPage", "late")),
            (rule.count_left_early, QCoreApplication.translate("CohortPage", "left early")),
            (rule.count_excused, QCoreApplication.translate("CohortPage", "excused")),
        )
        if on
    ]
    rule_text += QCoreApplication.translate(
        "CohortPage", " (counted as attended: {statuses})"
    ).format(statuses=", ".join(counted))
    if not overview.judged:  # nobody enrolled yet (or only mentors and guests)
        facts = QCoreApplication.translate(
            "CohortPage", "{dates} · {status} · {sessions} · no participants yet"
        )
    elif overview.programme_done:
        facts = QCoreApplication.translate(
            "CohortPage",
            "{dates} · {status} · {sessions} · {n} of {counted} "
            "participants eligible for a diploma",
        )
    else:  # sessions remain: nobody has a right to a diploma yet
        facts = QCoreApplication.translate(
            "CohortPage",
            "{dates} · {status} · {sessions} · {n} of {counted} "
            "participants on track for a diploma",
        )
    facts = facts.format(
        dates=dates or QCoreApplication.translate("CohortPage", "no dates set"),
        status=label(cohort.status),
        sessions=QCoreApplication.translate(
            "CohortPage", "%n session(s)", "", cohort.session_count
        ),
        n=meeting_now,
        counted=overview.judged,
    )
    archived = e(QCoreApplication.translate("CohortPage", " (archived)")) if cohort.archived else ""
    return (
        f"<div>{e(cohort.program_name)}</div>"
        f"<h2 style='margin: 0'>{e(cohort.name)}{archived}</h2>"
        f"<div>{e(facts)}</div><div>{e(rule_text)}</div>"
    )
