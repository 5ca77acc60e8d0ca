"""The interface in one language for a test: Kohort's and Qt's catalogues installed the way
the app installs them at start (ui.i18n.install), and removed again afterwards."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.domain import Language
from app.importing.reader import RawTable
from app.rules import CompletionRule
from app.services import (
    action_plan_guide,
    action_plans,
    cohorts,
    diploma_design,
    diploma_settings,
    duplicates,
    enrollments,
    evaluations,
    programs,
)
from app.services.diploma_settings import load_settings
from app.services.sessions import SessionFields
from tests.conftest import AFTER_DEMO
from tests.ui.helpers import on_tab
from ui import i18n
from ui.dialogs.action_plan_dialog import ActionPlanDialog
from ui.dialogs.calibration_dialog import CalibrationDialog
from ui.dialogs.cohort_dialog import CohortDialog, DuplicateCohortDialog
from ui.dialogs.design_dialog import DesignDialog
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.dialogs.evaluation_create_dialog import CreateEvaluationDialog, PaperFormsDialog
from ui.dialogs.evaluation_questions_dialog import QuestionsDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.person_dialog import EnrollDialog, PersonDialog
from ui.dialogs.plan_guide_dialog import PlanGuideDialog
from ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from ui.dialogs.program_dialog import ProgramDialog
from ui.dialogs.rollcall_dialog import RollCallDialog
from ui.dialogs.session_dialog import SeriesDialog, SessionDialog
from ui.dialogs.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@contextmanager
def interface_in(language: Language) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    translators = i18n.install(app, language)
    try:
        yield
    finally:
        i18n.uninstall(app, translators)
        QLocale.setDefault(previous)


def mnemonic(text: str) -> str | None:
    """The Alt+key a text gives its widget ("Ö&versikt" → "v"); "&&" is a plain "&"."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Texts that share a mnemonic, by the mnemonic."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def window_texts(window: QWidget) -> list[str]:
    """What Alt+key can reach in a window as it is shown now: the menu bar's titles, the
    visible tabs, buttons, check boxes, labels that lead to a field, group boxes."""
    texts = []
    if isinstance(window, QMainWindow):
        texts += [item.text() for item in window.menuBar().actions()]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for button in window.findChildren(QAbstractButton):
        in_menu_of_toolbar = isinstance(button, QToolButton) and button.defaultAction()
        if button.isVisibleTo(window) and not in_menu_of_toolbar:
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None:
            texts.append(label.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            texts.append(box.title())
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when they open (mentors, recent files)
    return [item.text() for item in menu.actions() if not item.isSeparator()]


def toolbar_texts(toolbar: QToolBar) -> list[str]:
    """A toolbar's items: what its "››" menu lists when the window is too narrow for them."""
    texts = []
    for item in toolbar.actions():
        widget = toolbar.widgetForAction(item)
        if isinstance(widget, QToolButton) and widget.defaultAction() is None:
            texts.append(widget.text())  # a button of its own (with a menu)
        elif not item.isSeparator():
            texts.append(item.text())
    return texts


def all_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Clashing mnemonics in the window as shown, in each of its menus and toolbars."""
    found = {}
    if shown := clashes(window_texts(window)):
        found["window"] = shown
    for menu in window.findChildren(QMenu):
        if shown := clashes(menu_texts(menu)):
            found[f"menu {menu.title()!r}"] = shown
    for toolbar in window.findChildren(QToolBar):
        if shown := clashes(toolbar_texts(toolbar)):
            found[f"toolbar {toolbar_texts(toolbar)[:2]!r}…"] = shown
    return found


def every_dialog(window: MainWindow) -> Iterator[Callable[[], QWidget]]:
    """A way to build each dialog of the app, over the demo (shown by ``window``)."""
    db = window.db
    with db.read() as s:
        fl = next(c for c in cohorts.list_cohorts(s) if c.program_code == "FL")
        participant = next(
            p
            for p in enrollments.list_participants(s, fl.id, today=AFTER_DEMO)
            if p.eligibility is not None
        )
        guide = action_plan_guide.program_guide(s, fl.program_id)
        design = load_settings(s, fl.id)
        people = diploma_design.preview_contents(s, fl.id, today=AFTER_DEMO)
        signers = diploma_settings.programme_signatories(s, fl.id)
        pairs = duplicates.probable_duplicates(s)
        plan = action_plans.open_plan(s, participant.enrollment_id)
    program = window.sidebar.tree_data[0][0]
    table = RawTable("deltagare.csv", 1, ("Förnamn", "Efternamn"), (("Åsa", "Öberg"),), (2,))

    yield lambda: ProgramDialog(None, None)
    yield lambda: ProgramDialog(None, programs.fields_of(program), edit_guide=lambda _w: None)
    yield lambda: CohortDialog(None, cohorts.fields_of(fl), CompletionRule())
    yield lambda: DuplicateCohortDialog(None, fl.name, dt.date(2027, 1, 1))
    yield lambda: SessionDialog(None, SessionFields("Träff", dt.date(2026, 5, 1)), ())
    yield lambda: SeriesDialog(None, ())
    yield lambda: PersonDialog(None, None, [], with_role=True)
    yield lambda: EnrollDialog(None, lambda _text, done: done([]))
    assert participant.eligibility is not None
    eligibility = participant.eligibility
    yield lambda: OverrideDialog(None, participant.person.full_name, eligibility)
    yield lambda: PreferencesDialog(None, Preferences(""), Language.SWEDISH)
    yield lambda: PlanGuideDialog(None, guide)
    yield lambda: DuplicatesDialog(None, pairs, lambda _keep, _other: None)
    yield lambda: VerifyDialog(window, window.workspace)
    yield lambda: CalibrationDialog(None, window.settings)
    yield lambda: DesignDialog(None, window.workspace, design, people, signers, today=AFTER_DEMO)
    yield lambda: RollCallDialog(on_tab(window, window.cohort_page.attendance))
    yield lambda: ActionPlanDialog(None, window.workspace, plan)
    yield lambda: ImportDialog(None, table, lambda _r, _d: None, lambda _r, _d: None)
    yield lambda: CreateEvaluationDialog(None, Language.SWEDISH, [])
    yield lambda: PaperFormsDialog(None, can_name=True, people=12)
    with db.write() as s:  # the questions of an evaluation (the demo's, or a new one)
        found = evaluations.list_evaluations(s, fl.id)
        evaluation_id = found[0].id if found else evaluations.create_evaluation(s, fl.id).id
    yield lambda: QuestionsDialog(None, window.workspace, evaluation_id)
