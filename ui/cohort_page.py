"""The page for one cohort: a header, then the Overview, Sessions, Participants, Attendance,
Diplomas, Action plans and Evaluation tabs."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain import Role
from app.services.cohorts import CohortInfo
from app.services.overview import CohortOverview, Todo, duplicates_todo, with_duplicates
from ui.checkout_state import WriteLock, banner, show_checkout
from ui.cohort_header import header_html
from ui.cohort_view import CohortView, Read, load_cohort_view
from ui.workspace import Workspace

if TYPE_CHECKING:  # each tab's module is imported when the tab is first shown
    from app.checkout import CheckoutInfo
    from ui.action_plans_page import ActionPlansPage
    from ui.attendance_page import AttendancePage
    from ui.diplomas_page import DiplomasPage
    from ui.evaluation_page import EvaluationPage
    from ui.overview_page import OverviewPage
    from ui.participants_page import ParticipantsPage
    from ui.sessions_page import SessionsPage

OVERVIEW_TAB, SESSIONS_TAB, PARTICIPANTS_TAB, ATTENDANCE_TAB, DIPLOMAS_TAB, PLANS_TAB = range(6)
EVALUATION_TAB = 6
# The reads each tab shows: a tab is filled when it is shown and one of them has changed
# since it was last filled (filling the five tables of a big cohort is most of opening it).
TAB_READS = {
    OVERVIEW_TAB: Read.OVERVIEW | Read.GRID,
    SESSIONS_TAB: Read.SESSIONS | Read.FOCUS_AREAS,
    PARTICIPANTS_TAB: Read.PARTICIPANTS | Read.ORGANIZATIONS,
    ATTENDANCE_TAB: Read.GRID,
    DIPLOMAS_TAB: Read.PARTICIPANTS | Read.DIPLOMAS,
    PLANS_TAB: Read.PLANS | Read.PARTICIPANTS,
    # who is asked to answer, and the sessions one may evaluate; the tab reads the
    # evaluation itself when it is filled
    EVALUATION_TAB: Read.SESSIONS | Read.PARTICIPANTS,
}
# The attribute of each tab's page, in tab order: built (and its module imported) when it is
# first asked for, mostly when its tab is first shown. Opening the demo cohort imports the
# Overview's module only; all six with their dialogs and services took about half a second.
TAB_PAGES = (
    "overview",
    "sessions",
    "participants",
    "attendance",
    "diplomas",
    "plans",
    "evaluation",
)


class CohortPage(QWidget):
    OVERVIEW_TAB, SESSIONS_TAB, PARTICIPANTS_TAB = OVERVIEW_TAB, SESSIONS_TAB, PARTICIPANTS_TAB
    ATTENDANCE_TAB, DIPLOMAS_TAB, PLANS_TAB = ATTENDANCE_TAB, DIPLOMAS_TAB, PLANS_TAB
    EVALUATION_TAB = EVALUATION_TAB
    reload_requested = Signal()  # everything of the cohort, read again
    rule_requested = Signal()  # the Attendance tab asks to edit the cohort's rule

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.view: CohortView | None = None  # what the tabs show
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Checked out to someone's laptop (a team database): who has it, and read-only here.
        self.checkout_banner = banner("checkoutBanner")
        self.write_lock = WriteLock(self)
        self._pages: dict[int, QWidget] = {}  # the tabs' pages built so far
        self._shown: tuple[CohortInfo, CohortOverview] | None = None
        self._stale = set(TAB_READS)  # tabs to fill from self.view when next shown
        self._grid_token: int | None = None  # of the read that gave self.view.grid
        self._asked = Read.NONE  # missing reads asked for and not yet shown
        self._duplicates: Todo | None = None  # found after the cohort is shown
        self.tabs = QTabWidget()
        for text in (
            self.tr("&Overview"),
            self.tr("&Sessions"),
            self.tr("Partic&ipants"),
            self.tr("&Attendance"),
            self.tr("&Diplomas"),
            self.tr("Action p&lans"),
            self.tr("E&valuation"),
        ):  # an empty widget until the tab's page is built (see _place)
            self.tabs.addTab(QWidget(), text)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checkout_banner)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        for number in range(self.tabs.count()):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                lambda n=number: self.show_tab(n),
            )
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)

    # -- the tabs' pages, built when first asked for -------------------------------------

    def _place[P: QWidget](self, tab: int, page: P) -> P:
        """Put ``page`` in ``tab`` instead of its empty widget; the tab in view stays."""
        tabs = self.tabs
        current, text, empty = tabs.currentIndex(), tabs.tabText(tab), tabs.widget(tab)
        blocked = tabs.blockSignals(True)  # the same tab stays current: nothing to fill
        try:
            tabs.removeTab(tab)
            tabs.insertTab(tab, page, text)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        if empty is not None:
            empty.deleteLater()
        self._pages[tab] = page
        self.write_lock.guard_page(page)
        return page

    def set_checkout(self, info: CheckoutInfo | None) -> None:
        """The cohort is checked out (``info``: by whom, since when) or not: the banner, and
        the tabs' writing actions disabled while it is."""
        show_checkout(self.checkout_banner, info)
        self.write_lock.set_locked(info is not None)

    def page(self, tab: int) -> QWidget:
        """The page of ``tab``, built now if it was not yet."""
        page: QWidget = getattr(self, TAB_PAGES[tab])
        return page

    @property
    def overview(self) -> OverviewPage:
        from ui.overview_page import OverviewPage

        page = self._pages.get(OVERVIEW_TAB)
        if isinstance(page, OverviewPage):
            return page
        return self._place(OVERVIEW_TAB, OverviewPage())

    @property
    def sessions(self) -> SessionsPage:
        from ui.sessions_page import SessionsPage

        page = self._pages.get(SESSIONS_TAB)
        if isinstance(page, SessionsPage):
            return page
        return self._place(SESSIONS_TAB, SessionsPage(self.workspace))

    @property
    def participants(self) -> ParticipantsPage:
        from ui.participants_page import ParticipantsPage

        page = self._pages.get(PARTICIPANTS_TAB)
        if isinstance(page, ParticipantsPage):
            return page
        return self._place(PARTICIPANTS_TAB, ParticipantsPage(self.workspace))

    @property
    def attendance(self) -> AttendancePage:
        from ui.attendance_page import AttendancePage

        page = self._pages.get(ATTENDANCE_TAB)
        if isinstance(page, AttendancePage):
            return page
        page = AttendancePage(self.workspace)
        page.reload_requested.connect(self.reload_requested)
        page.marks_changed.connect(self._refresh_header)
        page.rule_requested.connect(self.rule_requested)
        return self._place(ATTENDANCE_TAB, page)

    @property
    def diplomas(self) -> DiplomasPage:
        from ui.diplomas_page import DiplomasPage

        page = self._pages.get(DIPLOMAS_TAB)
        if isinstance(page, DiplomasPage):
            return page
        return self._place(DIPLOMAS_TAB, DiplomasPage(self.workspace))

    @property
    def plans(self) -> ActionPlansPage:
        from ui.action_plans_page import ActionPlansPage

        page = self._pages.get(PLANS_TAB)
        if isinstance(page, ActionPlansPage):
            return page
        return self._place(PLANS_TAB, ActionPlansPage(self.workspace))

    @property
    def evaluation(self) -> EvaluationPage:
        from ui.evaluation_page import EvaluationPage

        page = self._pages.get(EVALUATION_TAB)
        if isinstance(page, EvaluationPage):
            return page
        return self._place(EVALUATION_TAB, EvaluationPage(self.workspace))

    def mark_token(self) -> int | None:
        """The grid's, if it was built: see :meth:`AttendancePage.show_grid`."""
        return self.attendance.mark_token() if ATTENDANCE_TAB in self._pages else None

    def _meeting_now(self, overview: CohortOverview) -> int:
        """From the grid once it is loaded, so the header follows marks as they are made."""
        if ATTENDANCE_TAB not in self._pages:
            return overview.meets_rule
        grid = self.attendance.model
        if (
            grid.grid is None
            or grid.grid.cohort_id != overview.cohort.id
            or ATTENDANCE_TAB in self._stale  # the grid shown is older than the overview
        ):
            return overview.meets_rule
        return grid.meets_count()[0]

    def _refresh_header(self) -> None:
        if self._shown is not None:
            self.header.setText(self._summary(*self._shown))

    def show_tab(self, index: int) -> None:
        """Switch tab from the keyboard and put the focus in it, so its shortcuts work at once."""
        self.tabs.setCurrentIndex(index)
        if index == self.ATTENDANCE_TAB:
            self.attendance.focus_grid()
            return
        if index == self.EVALUATION_TAB:
            self.evaluation.focus_entry()
            return
        page = self.page(index)
        view = getattr(page, "view", None)
        if not isinstance(view, QAbstractItemView):
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = view.model()
        selection = view.selectionModel()
        if model is None or not model.rowCount() or selection.hasSelection():
            return
        current = view.currentIndex()
        first = current if current.isValid() else model.index(0, 0)
        if index == self.DIPLOMAS_TAB:
            # a keyboard cursor, not a selection: "Issue…" with nothing selected means
            # everyone eligible
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        else:  # the first row selected, so Enter opens it
            selection.setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _tab_changed(self, index: int) -> None:
        self.page(index)  # built, before it is painted empty
        # the marks made in the grid: the tabs that count them follow from the grid rather
        # than reading them all back (0.7–1.4 s for 20,000 people)
        leaving_marks = index != ATTENDANCE_TAB and self.workspace.held.kinds == {"marks"}
        if leaving_marks and self._follow_the_grid():
            self.workspace.release_changes(shown=True)
        self._fill(index)
        if index == self.ATTENDANCE_TAB:
            self.attendance.focus_grid()
        else:  # the marks made in the grid: the tabs that count them follow now
            self.workspace.release_changes()

    def _follow_the_grid(self) -> bool:
        """Lay what the grid holds after marking over the view: each participant's
        eligibility (the grid judges it as marked, as a read would), the number meeting
        the rule, and the grid's marks. False when the grid does not hold all of it (not
        this cohort's, or something it shows is being read again): then a read."""
        view, page = self.view, self._pages.get(ATTENDANCE_TAB)
        if view is None or page is None or view.overview is None or view.participants is None:
            return False
        model = self.attendance.model
        grid = model.grid
        reading = Read.OVERVIEW | Read.PARTICIPANTS | Read.GRID
        if (
            grid is None
            or view.grid is None
            or grid.cohort_id != view.cohort_id
            or ATTENDANCE_TAB in self._stale
            or (view.missing | self._asked) & reading
        ):
            return False
        participants = []
        for participant in view.participants:
            if participant.eligibility is not None:
                try:
                    eligibility = model.eligibility(model.row_of(participant.enrollment_id))
                except ValueError:  # not on the grid: read it
                    return False
                participant = dataclasses.replace(participant, eligibility=eligibility)
            participants.append(participant)
        by_id = {p.enrollment_id: p for p in participants}
        marks = dict(model.marks)
        marked = dataclasses.replace(
            grid,
            participants=tuple(by_id.get(p.enrollment_id, p) for p in grid.participants),
            marks=marks,
            judged_with=(marks, grid.today, grid.rule),  # the eligibility above
        )
        model.take_grid(marked)
        meets = sum(
            1
            for p in participants
            if p.role == Role.PARTICIPANT and p.eligibility is not None and p.eligibility.meets
        )
        overview = dataclasses.replace(view.overview, meets_rule=meets)
        self.view = dataclasses.replace(
            view, overview=overview, participants=participants, grid=marked
        )
        shows = Read.OVERVIEW | Read.PARTICIPANTS
        self._stale |= {tab for tab, reads in TAB_READS.items() if reads & shows}
        self._shown = (view.cohort, overview)
        self._refresh_header()
        return True

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(self.PARTICIPANTS_TAB)
        self.participants.focus_filter()

    def show_cohort(
        self, update: CohortView, token: int | None = None, *, people_read: bool = True
    ) -> None:
        """Show a cohort's reads: all of them, or (after a write) those that changed, laid
        over what is shown. Only the tab in view is filled now; the others when they are
        shown. ``token``: see :meth:`AttendancePage.show_grid`. ``people_read``: false
        for a read left until its tab was shown (nobody changed meanwhile)."""
        if self.view is None or self.view.cohort_id != update.cohort_id:
            if not update.complete:  # nothing shown to lay it over
                self.reload_requested.emit()
                return
            self.view = update
            self._stale = set(TAB_READS)
            self._asked = Read.NONE
            self._duplicates = None
            find_duplicates = True
        else:
            self.view = self.view.updated(update)
            self._stale |= {tab for tab, shows in TAB_READS.items() if shows & update.reads}
            self._stale |= {tab for tab, shows in TAB_READS.items() if shows & update.missing}
            self._asked &= ~update.reads
            # people changed (their names, organizations, e-mails): look again
            find_duplicates = people_read and bool(
                Read.ORGANIZATIONS & (update.reads | update.missing)
            )
        if Read.GRID in update.reads:
            self._grid_token = token
        view = self.view
        assert view.overview is not None  # for mypy
        if Read.OVERVIEW in update.reads and not find_duplicates:  # the last found
            view = self.view = dataclasses.replace(
                view, overview=with_duplicates(view.overview, self._duplicates)
            )
        self._fill(self.tabs.currentIndex())
        assert view.overview is not None
        self._shown = (view.cohort, view.overview)
        self.header.setText(self._summary(view.cohort, view.overview))
        if find_duplicates:  # once the tab in view is painted
            QTimer.singleShot(0, self, self._find_duplicates)

    def _fill(self, tab: int) -> None:
        """Fill ``tab`` from :attr:`view` if it is stale; ask for its reads that are missing."""
        view = self.view
        if view is None or tab not in self._stale:
            return
        missing = TAB_READS[tab] & view.missing
        if missing:
            self._read_missing(view.cohort_id, missing)
            return
        self._stale.discard(tab)
        cohort = view.cohort
        if tab == OVERVIEW_TAB:
            assert view.overview is not None
            self.overview.show_overview(view.overview, view.grid)
        elif tab == SESSIONS_TAB:
            assert view.sessions is not None and view.focus_areas is not None
            self.sessions.show_sessions(cohort, view.sessions, view.focus_areas)
        elif tab == PARTICIPANTS_TAB:
            assert view.participants is not None and view.organizations is not None
            self.participants.show_participants(cohort, view.participants, view.organizations)
        elif tab == ATTENDANCE_TAB:
            assert view.grid is not None
            self.attendance.show_grid(view.grid, self._grid_token)
        elif tab == DIPLOMAS_TAB:
            assert view.participants is not None and view.issued is not None
            self.diplomas.show_diplomas(cohort.id, view.participants, view.issued)
            self.diplomas.cohort_name = cohort.name
        elif tab == PLANS_TAB:
            assert view.participants is not None and view.plans is not None
            mentors = [
                (p.enrollment_id, p.person.full_name)
                for p in view.participants
                if p.role == Role.MENTOR
            ]
            self.plans.show_plans(cohort, view.plans, mentors)
        elif tab == EVALUATION_TAB:
            assert view.sessions is not None and view.participants is not None
            self.evaluation.show_cohort(cohort, view.sessions, view.participants)

    def _read_missing(self, cohort_id: int, reads: Read) -> None:
        """Read what a tab shows and was left until it is shown (the action plans)."""
        reads &= ~self._asked
        if not reads:
            return
        self._asked |= reads
        db, today = self.workspace.db, self.workspace.today()

        def show(update: CohortView) -> None:
            if self.view is not None and self.view.cohort_id == cohort_id:
                self.show_cohort(update, people_read=False)

        def failed(exc: BaseException) -> None:
            self._asked &= ~reads
            self.workspace.report(self, exc, None)

        self.workspace.runner.run(
            lambda: load_cohort_view(db, cohort_id, today, reads, deferred=Read.NONE),
            show,
            failed,
        )

    def _find_duplicates(self) -> None:
        """The overview's "probable duplicates", found on the worker after the cohort is
        shown: it reads every person in the database, not only the cohort's."""
        view = self.view
        if view is None:
            return
        cohort_id = view.cohort_id
        people = {p.person.id: p.person for p in view.participants or ()}

        def show(todo: Todo | None) -> None:
            current = self.view
            if current is None or current.cohort_id != cohort_id or current.overview is None:
                return
            self._duplicates = todo
            self.view = dataclasses.replace(
                current, overview=with_duplicates(current.overview, todo)
            )
            self._stale.add(OVERVIEW_TAB)
            self._fill(self.tabs.currentIndex())

        self.workspace.read(self, lambda s: duplicates_todo(s, cohort_id, people), show)

    def _summary(self, cohort: CohortInfo, overview: CohortOverview) -> str:
        return header_html(cohort, overview, self._meeting_now(overview))
