"""Action plans of a cohort: who has one, how complete it is, follow-ups coming up; filter by
mentor or name; edit a plan; print the shown plans (one merged PDF or a file each) or blank
forms for a workshop, with progress and cancel; the programme's headings and questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import action_plan_output, returnable_forms
from app.services.action_plans import SECTIONS_OF, FollowUp, PlanSummary
from app.services.cohorts import CohortInfo
from app.text import matches_words, search_words
from ui import msgbox
from ui.dialogs import files
from ui.fillable_forms import action_text as fillable_action_text
from ui.fillable_forms import write_fillable_forms
from ui.labels import date_text
from ui.progress import LongTask, run_long_task
from ui.table_models import ROW_ROLE, SORT_ROLE, AnyIndex, Column, RowSortProxy, RowTableModel
from ui.views import action, table_view
from ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

ALL_MENTORS, NO_MENTOR = -1, 0


def _completeness(row: PlanSummary) -> str:
    if not row.has_plan:
        return QCoreApplication.translate("plans", "– no plan")
    mark = "✓" if row.sections_filled == SECTIONS_OF else "◔"
    return f"{mark} {row.sections_filled}/{SECTIONS_OF}"


def _actions(row: PlanSummary) -> str:
    if not row.actions:
        return ""
    return QCoreApplication.translate("plans", "{n} ({done} done)").format(
        n=row.actions, done=row.actions_done
    )


def _follow_up(row: PlanSummary) -> str:
    text, days = date_text(row.follow_up_date), row.follow_up_days
    if row.follow_up == FollowUp.OVERDUE and days is not None:
        return QCoreApplication.translate("plans", "⚠ {date} (%n day(s) ago)", "", -days).format(
            date=text
        )
    if row.follow_up == FollowUp.SOON and days is not None:
        if days == 0:
            return QCoreApplication.translate("plans", "⚠ {date} (today)").format(date=text)
        return QCoreApplication.translate("plans", "⚠ {date} (in %n day(s))", "", days).format(
            date=text
        )
    return text


_AMBER, _RED = QColor("#8a5300"), QColor("#a4262c")


def _follow_up_colour(row: PlanSummary) -> QColor | None:
    return {FollowUp.OVERDUE: _RED, FollowUp.SOON: _AMBER}.get(row.follow_up)  # type: ignore[arg-type]


class PlanTableModel(RowTableModel[PlanSummary]):
    NAME, ORGANIZATION, MENTOR, PLAN, ACTIONS, FOLLOW_UP, UPDATED = range(7)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("tables", "Name"),
            lambda r: (
                f"{r.last_name}, {r.first_name}".strip(", ")
                + (
                    QCoreApplication.translate("plans", " (withdrawn)")
                    if r.status.value == "withdrawn"
                    else ""
                )
            ),
            lambda r: r.sort_key,
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Organization"), lambda r: r.organization),
        Column(QT_TRANSLATE_NOOP("tables", "Mentor"), lambda r: r.mentor_name),
        Column(
            QT_TRANSLATE_NOOP("tables", "Plan"),
            _completeness,
            lambda r: r.sections_filled if r.has_plan else -1,
            tooltip=lambda r: QCoreApplication.translate(
                "plans", "Sections written of goal, strengths, development areas and actions"
            ),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Actions"), _actions, lambda r: r.actions),
        Column(
            QT_TRANSLATE_NOOP("tables", "Follow-up"),
            _follow_up,
            lambda r: (r.follow_up_date or dt.date.max).isoformat(),
            foreground=_follow_up_colour,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Last change"),
            lambda r: date_text(r.updated_at.date()) if r.updated_at else "",
            lambda r: r.updated_at.isoformat() if r.updated_at else "",
        ),
    )


class PlanFilter(RowSortProxy):
    """A mentor's adepts (or those without a mentor) and name words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mentor = ALL_MENTORS
        self._words: list[str] = []

    def set_mentor(self, mentor: int) -> None:
        self.beginFilterChange()
        self.mentor = mentor
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = search_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanTableModel)
        row = model.row_at(source_row)
        if self.mentor == NO_MENTOR and row.mentor_enrollment_id is not None:
            return False
        if self.mentor > 0 and row.mentor_enrollment_id != self.mentor:
            return False
        return matches_words(self._words, row.first_name, row.last_name, row.organization)


class ActionPlansPage(QWidget):
    # what writes to the cohort: disabled while it is checked out (ui.checkout_state)
    WRITES = ("edit_action", "guide_action")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cohort: CohortInfo | None = None
        self.model = PlanTableModel(self)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(PlanTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_plan())
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or organization…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_words)
        self.mentor_filter = QComboBox()
        self.mentor_filter.setMinimumContentsLength(18)
        self.mentor_filter.currentIndexChanged.connect(self._filter_mentor)

        self.edit_action = action(self, self.tr("&Edit plan…"), self.edit_plan, "Return")
        self.print_action = action(self, self.tr("&Print plans…"), self.print_plans, "Ctrl+P")
        self.files_action = action(self, self.tr("&Separate files…"), self.separate_files)
        self.blank_action = action(self, self.tr("&Blank forms, named…"), self.print_blank_forms)
        self.unnamed_action = action(self, self.tr("One &unnamed blank form…"), self.print_unnamed)
        self.guide_action = action(self, self.tr("&Headings and questions…"), self.edit_guide)
        self.fillable_action = action(self, fillable_action_text(), self.write_fillable_forms)
        blank_menu = QMenu(self.tr("Bla&nk forms"), self)
        blank_menu.addActions([self.blank_action, self.unnamed_action])
        blank_button = QToolButton()
        blank_button.setText(blank_menu.title())
        blank_button.setMenu(blank_menu)
        blank_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = QToolBar()
        toolbar.addAction(self.edit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.files_action)
        toolbar.addWidget(blank_button)
        toolbar.addAction(self.fillable_action)
        toolbar.addSeparator()
        toolbar.addAction(self.guide_action)
        self.toolbar = toolbar

        self.summary = QLabel()
        self.summary.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        mentor_label = QLabel(self.tr("&Mentor:"))
        mentor_label.setBuddy(self.mentor_filter)
        filters.addWidget(mentor_label)
        filters.addWidget(self.mentor_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # -- showing ------------------------------------------------------------------------------

    def show_plans(
        self, cohort: CohortInfo, rows: list[PlanSummary], mentors: list[tuple[int, str]]
    ) -> None:
        same = self.cohort is not None and self.cohort.id == cohort.id
        chosen = self.mentor_filter.currentData() if same else ALL_MENTORS
        self.cohort = cohort
        self.model.set_rows(rows)
        self.mentor_filter.blockSignals(True)
        self.mentor_filter.clear()
        self.mentor_filter.addItem(self.tr("All mentors"), ALL_MENTORS)
        for enrollment_id, name in mentors:
            self.mentor_filter.addItem(name, enrollment_id)
        self.mentor_filter.addItem(self.tr("No mentor"), NO_MENTOR)
        self.mentor_filter.setCurrentIndex(max(0, self.mentor_filter.findData(chosen)))
        self.mentor_filter.blockSignals(False)
        self.proxy.set_mentor(self.mentor_filter.currentData())
        self.view.resizeColumnsToContents()
        self._update_summary()
        self._update_actions()

    def shown(self) -> list[PlanSummary]:
        found = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        return [r for r in found if isinstance(r, PlanSummary)]

    def selected(self) -> list[PlanSummary]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        found = [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]
        return [r for r in found if isinstance(r, PlanSummary)]

    def _filter_words(self, text: str) -> None:
        self.proxy.set_words(text)
        self._update_summary()

    def _filter_mentor(self, _index: int) -> None:
        self.proxy.set_mentor(self.mentor_filter.currentData())
        self._update_summary()

    def _update_summary(self) -> None:
        shown = self.shown()
        with_plan = sum(r.has_plan for r in shown)
        due = sum(r.follow_up in (FollowUp.OVERDUE, FollowUp.SOON) for r in shown)
        text = self.tr(
            "{plans} of {people} shown have an action plan, {complete} complete."
        ).format(
            plans=with_plan,
            people=len(shown),
            complete=sum(r.has_plan and r.sections_filled == SECTIONS_OF for r in shown),
        )
        if due:
            text += " " + self.tr("⚠ %n follow-up date(s) passed or within two weeks.", "", due)
        self.summary.setText(text)

    def _update_actions(self) -> None:
        self.edit_action.setEnabled(len(self.selected()) == 1)
        for item in (
            self.print_action,
            self.files_action,
            self.blank_action,
            self.unnamed_action,
            self.guide_action,
        ):
            item.setEnabled(self.cohort is not None)

    # -- actions ------------------------------------------------------------------------------

    def edit_plan(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            from ui.dialogs.action_plan_dialog import ActionPlanDialog  # on first use

            ActionPlanDialog.edit(self, self.workspace, chosen[0].enrollment_id)

    def edit_guide(self) -> None:
        if self.cohort is not None:
            from ui.dialogs.plan_guide_dialog import edit_plan_guide  # on first use

            edit_plan_guide(self, self.workspace, self.cohort.program_id)

    def _file_name(self, what: str) -> str:
        cohort = self.cohort
        assert cohort is not None
        mentor = self.mentor_filter.currentText() if self.proxy.mentor > 0 else ""
        return " – ".join(part for part in (what, cohort.name, mentor) if part)

    def print_plans(self) -> None:
        ids = [r.enrollment_id for r in self.shown() if r.has_plan]
        if self.cohort is None:
            return
        if not ids:
            msgbox.information(
                self,
                self.tr("Print plans"),
                self.tr(
                    "Nobody shown has an action plan yet. For forms to fill in by hand, use "
                    "“Blank forms, named…” or “Blank form…”."
                ),
            )
            return
        path = files.choose_pdf_file(self, self._file_name(self.tr("Action plans")))
        if path is not None:
            self._print(ids, path=path)

    def separate_files(self) -> None:
        ids = [r.enrollment_id for r in self.shown() if r.has_plan]
        if self.cohort is None or not ids:
            if self.cohort is not None:
                msgbox.information(
                    self, self.tr("Separate files"), self.tr("Nobody shown has a plan yet.")
                )
            return
        folder = files.choose_folder(self, self.tr("Folder for one action plan per person"))
        if folder is not None:
            self._print(ids, folder=folder)

    def print_blank_forms(self) -> None:
        ids = [r.enrollment_id for r in self.shown()]
        if self.cohort is None:
            return
        if not ids:
            msgbox.information(
                self,
                self.tr("Blank forms"),
                self.tr(
                    "Nobody is shown to print a named form for (check the mentor filter). "
                    "“Blank form…” prints one without a name."
                ),
            )
            return
        path = files.choose_pdf_file(self, self._file_name(self.tr("Blank action plans")))
        if path is not None:
            self._print(ids, path=path, blank=True)

    def print_unnamed(self) -> None:
        if self.cohort is None:
            return
        path = files.choose_pdf_file(self, self._file_name(self.tr("Blank action plan")))
        if path is not None:
            self._print(None, path=path, unnamed=True)

    def write_fillable_forms(self) -> None:
        """Each shown participant's plan as a fillable PDF, pre-filled, one file each."""
        cohort = self.cohort
        ids = [r.enrollment_id for r in self.shown()]
        if cohort is None or not ids:
            return
        cohort_id = cohort.id
        write_fillable_forms(
            self, self.workspace, lambda s: returnable_forms.plan_forms(s, cohort_id, ids)
        )

    def _print(
        self,
        ids: list[int] | None,
        *,
        path: Path | None = None,
        folder: Path | None = None,
        blank: bool = False,
        unnamed: bool = False,
    ) -> None:
        """Gather and render on the worker, in a read (printing changes nothing), with
        progress and cancel; a cancel writes nothing and is announced, not shown as an error."""
        cohort = self.cohort
        assert cohort is not None

        def work(s: DbSession, task: LongTask) -> int:
            job = action_plan_output.print_job(s, cohort.id, ids, blank=blank, unnamed=unnamed)
            if folder is not None:
                return len(
                    action_plan_output.write_plan_files(
                        job, folder, progress=task.progress, cancelled=task.cancelled
                    )
                )
            assert path is not None
            return action_plan_output.write_plans_pdf(
                job, path, progress=task.progress, cancelled=task.cancelled
            )

        def done(count: int) -> None:
            target = folder or path
            assert target is not None
            self.workspace.announce(
                self.tr("%n action plan(s) saved to {path}.", "", count).format(path=target)
            )
            files.open_file(self, target)

        run_long_task(
            self.workspace,
            self,
            self.tr("Typesetting the action plans…"),
            work,
            done,
            cancelled_message=self.tr("Cancelled; nothing was written."),
            changes=None,
        )
