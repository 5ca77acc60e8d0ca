"""The page for one cohort: a summary header and its sessions and participants (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.sessions import SessionInfo
from ui.labels import date_text, label
from ui.table_models import SORT_ROLE, ParticipantTableModel, SessionTableModel


def _table(model: QSortFilterProxyModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CohortPage(QWidget):
    SESSIONS_TAB, PARTICIPANTS_TAB = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessions_model = SessionTableModel(self)
        self.sessions_proxy = QSortFilterProxyModel(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_proxy.setSortRole(SORT_ROLE)
        self.sessions_view = _table(self.sessions_proxy)
        self.sessions_view.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)

        self.participants_model = ParticipantTableModel(self)
        self.participants_proxy = QSortFilterProxyModel(self)
        self.participants_proxy.setSourceModel(self.participants_model)
        self.participants_proxy.setSortRole(SORT_ROLE)
        self.participants_proxy.setFilterKeyColumn(-1)  # name, organization, e-mail…
        self.participants_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.participants_view = _table(self.participants_proxy)
        self.participants_view.sortByColumn(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, organization, e-mail… (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.participants_proxy.setFilterFixedString)

        participants = QWidget()
        participants_layout = QVBoxLayout(participants)
        participants_layout.setContentsMargins(0, 4, 0, 0)
        participants_layout.addWidget(self.filter_edit)
        participants_layout.addWidget(self.participants_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions_view, self.tr("&Sessions"))
        self.tabs.addTab(participants, self.tr("&Participants"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(self.PARTICIPANTS_TAB)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def show_cohort(
        self,
        cohort: CohortInfo,
        sessions: list[SessionInfo],
        participants: list[ParticipantInfo],
    ) -> None:
        self.sessions_model.set_rows(sessions)
        self.participants_model.set_rows(participants)
        for view in (self.sessions_view, self.participants_view):
            view.resizeColumnsToContents()
        self.header.setText(self._summary(cohort, participants))

    def _summary(self, cohort: CohortInfo, participants: list[ParticipantInfo]) -> str:
        counted = [p for p in participants if p.eligibility is not None]
        eligible = sum(1 for p in counted if p.eligibility and p.eligibility.eligible)
        dates = " – ".join(date_text(d) for d in (cohort.start_date, cohort.end_date) if d)
        rule = cohort.rule
        rule_text = self.tr("Completion: at least {percent} % of held sessions").format(
            percent=rule.min_attendance_percent
        )
        if rule.require_all_mandatory:
            rule_text += self.tr(", all mandatory sessions")
        if rule.require_action_plan:
            rule_text += self.tr(", an action plan")
        facts = self.tr(
            "{dates} · {status} · {sessions} sessions · {eligible} of {counted} "
            "participants eligible for a diploma"
        ).format(
            dates=dates or self.tr("no dates set"),
            status=label(cohort.status),
            sessions=cohort.session_count,
            eligible=eligible,
            counted=len(counted),
        )
        return (
            f"<div>{_escape(cohort.program_name)}</div>"
            f"<h2 style='margin: 0'>{_escape(cohort.name)}</h2>"
            f"<div>{_escape(facts)}</div><div>{_escape(rule_text)}</div>"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
