"""The cohort's Evaluation tab: creating an evaluation from a template, typing in paper forms
from the keyboard (digits, Ctrl+Enter, Ctrl+Z), refusals that save nothing, the question
editor, and the results previewed as the PDF report."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.domain import Language, QuestionKind, Role
from app.models import EvaluationResponse
from app.services import enrollments, evaluation_responses, evaluations, people, sessions
from app.services.evaluation_templates import QuestionFields, template_questions
from app.services.people import PersonFields
from app.services.sessions import SessionFields
from tests.factories import programme_with_cohort
from tests.ui.test_main_window import select_cohort
from ui import msgbox
from ui.dialogs import files
from ui.dialogs.evaluation_create_dialog import (
    CreateEvaluationDialog,
    NewEvaluation,
    PaperForms,
    PaperFormsDialog,
)
from ui.dialogs.evaluation_questions_dialog import QuestionsDialog
from ui.evaluation_page import EMPTY, SHOWN, EvaluationPage
from ui.evaluation_rows import ChoiceRow, ScaleRow, TextRow
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

NAMES = [("Åsa", "Öberg-Jäätteenmäki"), ("Ánde", "Ŋuolja"), ("Karin", "Lind")]
QUESTIONS = (
    QuestionFields(
        kind=QuestionKind.SCALE,
        text="Helhetsintryck",
        scale_max=5,
        low_label="Mycket dåligt",
        high_label="Mycket bra",
    ),
    QuestionFields(kind=QuestionKind.SCALE, text="Relevans", scale_max=7),
    QuestionFields(
        kind=QuestionKind.SINGLE, text="Tempo", choices=("För långsamt", "Lagom", "För snabbt")
    ),
    QuestionFields(
        kind=QuestionKind.MULTIPLE,
        text="Mest värdefullt",
        choices=("Föreläsningar", "Grupparbeten", "Mentorssamtal", "Internatet"),
    ),
    QuestionFields(kind=QuestionKind.TEXT, text="Vad tar du med dig?"),
)


@pytest.fixture
def cohort_id(db: Database) -> int:
    """A cohort of three participants, with no evaluation yet."""
    with db.write() as s:
        cohort = programme_with_cohort(s)
        for first, last in NAMES:
            person = people.create_person(s, PersonFields(first_name=first, last_name=last))
            enrollments.enroll(s, cohort_id=cohort.id, person_id=person.id, role=Role.PARTICIPANT)
        return cohort.id


def make_evaluation(db: Database, cohort_id: int, *, anonymous: bool) -> int:
    with db.write() as s:
        evaluation = evaluations.create_evaluation(s, cohort_id, template=None, anonymous=anonymous)
        for fields in QUESTIONS:
            evaluations.add_question(s, evaluation.id, fields)
        return evaluation.id


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, cohort_id: int, ui_settings: QSettings
) -> Iterator[MainWindow]:
    window = MainWindow(db, TaskRunner(synchronous=True), ui_settings, today=dt.date(2026, 6, 1))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window


def show_tab(window: MainWindow) -> EvaluationPage:
    window.cohort_page.show_tab(window.cohort_page.EVALUATION_TAB)
    page = window.cohort_page.evaluation
    assert page.cohort is not None
    return page


def press(
    qtbot: QtBot, keys: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """Keys as the coordinator types them: to whatever has the focus."""
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None
    if isinstance(keys, str):
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget(), key)
    else:
        qtbot.keyClick(widget, keys, modifier)
    return widget


def saved_forms(db: Database, evaluation_id: int) -> dict[int | None, dict[int, object]]:
    """Each stored response's answers by question position: enrollment -> {position: value}."""
    with db.read() as s:
        positions = {q.id: q.position for q in evaluations.evaluation_questions(s, evaluation_id)}
        responded = evaluation_responses.responded_enrollments(s, evaluation_id)
        found = {}
        for enrollment_id, response_id in responded.items():
            stored = evaluation_responses.stored_response(s, response_id)
            found[enrollment_id] = {
                positions[a.question_id]: a.number
                if a.number is not None
                else (a.choices or a.text)
                for a in stored.answers
            }
        return found


def response_count(db: Database, evaluation_id: int) -> int:
    with db.read() as s:
        (summary,) = [e for e in evaluations.list_evaluations(s, cohort_of(s, evaluation_id))]
        return summary.responses


def cohort_of(s, evaluation_id: int) -> int:  # type: ignore[no-untyped-def]
    return evaluations.load_evaluation(s, evaluation_id).cohort_id


def test_an_empty_cohort_offers_to_create_and_creates_from_the_template(
    window: MainWindow, db: Database, cohort_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_tab(window)
    assert page.stack.currentIndex() == EMPTY
    assert page.create_button.isVisible() and "no course evaluation" in page.empty_text.text()
    assert not page.questions_action.isEnabled() and not page.results_action.isEnabled()
    asked: list[CreateEvaluationDialog] = []

    def answer(dialog: CreateEvaluationDialog) -> NewEvaluation:
        asked.append(dialog)
        return NewEvaluation(
            template="standard", anonymous=False, language=Language.FINNISH, session_id=None
        )

    monkeypatch.setattr(CreateEvaluationDialog, "run", answer)
    page.create_button.click()
    assert asked
    with db.read() as s:
        (created,) = evaluations.list_evaluations(s, cohort_id)
        questions = evaluations.evaluation_questions(s, created.id)
    assert not created.anonymous and created.language == Language.FINNISH
    template = template_questions("standard", Language.FINNISH)
    assert [q.text for q in questions] == [f.text for f in template]
    assert page.stack.currentIndex() == SHOWN
    assert [row.question.id for row in page.entry.rows] == [q.id for q in questions]
    assert page.entry.person.isVisible() and page.entry.person.count() == len(NAMES)
    assert page.entry.count.text() == f"0 of {len(NAMES)} forms typed in"


def test_forms_typed_with_digits_are_stored_one_after_another(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=False)
    page = show_tab(window)
    entry = page.entry
    assert [type(r) for r in entry.rows] == [ScaleRow, ScaleRow, ChoiceRow, ChoiceRow, TextRow]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    first = entry.person.currentData()
    assert first is not None  # the first person without an answer, chosen for us
    typed = {}
    for form, digits in enumerate(("4613", "2722")):
        person = entry.person.currentData()
        assert person not in typed  # the next one waiting each time
        press(qtbot, digits)  # scale, scale, one choice (each moves on), then a tick
        assert QApplication.focusWidget() is entry.rows[3]
        press(qtbot, Qt.Key.Key_Return)  # several choices: Enter moves on
        assert QApplication.focusWidget() is entry.rows[4].edit
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        typed[person] = digits
        assert entry.count.text() == f"{form + 1} of {len(NAMES)} forms typed in"
        assert entry.is_blank()  # a blank form for the next one
        qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    stored = saved_forms(db, evaluation_id)
    assert set(stored) == set(typed)
    (p1, p2) = typed
    assert stored[p1] == {1: 4, 2: 6, 3: frozenset({0}), 4: frozenset({2})}
    assert stored[p2] == {1: 2, 2: 7, 3: frozenset({1}), 4: frozenset({1})}
    assert entry.person.currentData() not in typed  # the third person is next
    assert "typed in" in entry.person.itemText(entry.person.findData(p1))


def test_a_digit_outside_the_scale_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    entry = page.entry
    assert not entry.person.isVisible()  # anonymous: no names
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    press(qtbot, "8")
    assert entry.rows[0].answer().number is None
    assert QApplication.focusWidget() is entry.rows[0]  # stays to be answered
    assert entry.problem.isVisible() and "8 is not on the scale 1–5" in entry.problem.text()
    press(qtbot, Qt.Key.Key_Down)  # ↓ and ↑ move between the questions
    assert QApplication.focusWidget() is entry.rows[1]
    press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is entry.rows[0]
    press(qtbot, "3")  # then the right one is taken
    assert entry.rows[0].answer().number == 3 and not entry.problem.isVisible()
    press(qtbot, "9")  # on the 1–7 scale
    assert "9 is not on the scale 1–7" in entry.problem.text()
    press(qtbot, "7")
    press(qtbot, "5")  # three options only
    assert "no option 5" in entry.problem.text()
    assert response_count(db, evaluation_id) == 0

    entry.clear_form()  # an empty form is refused, with a message
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing is typed" in entry.problem.text()
    assert response_count(db, evaluation_id) == 0


def test_the_service_refusing_a_form_says_why_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    with db.write() as s:
        text_question = evaluations.evaluation_questions(s, evaluation_id)[-1]
        evaluations.update_question(
            s,
            text_question.id,
            QuestionFields(kind=QuestionKind.TEXT, text="Vad tar du med dig?", required=True),
        )
    page = show_tab(window)
    entry = page.entry
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    press(qtbot, "45")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Not saved" in entry.problem.text()
    assert response_count(db, evaluation_id) == 0
    assert entry.rows[0].answer().number == 4 and entry.rows[1].answer().number == 5


def test_ctrl_z_takes_back_the_last_form_and_puts_its_answers_back(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=False)
    page = show_tab(window)
    entry = page.entry
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    people_typed = []
    for digits in ("5512", "1131"):
        people_typed.append(entry.person.currentData())
        press(qtbot, digits)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.keyClicks(entry.rows[4].edit, "Mer tid")
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    assert response_count(db, evaluation_id) == 2
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(saved_forms(db, evaluation_id)) == {people_typed[0]}
    assert entry.person.currentData() == people_typed[1]  # their form, to put right
    assert entry.rows[0].answer().number == 1 and entry.rows[4].answer().text == "Mer tid"
    assert entry.count.text() == f"1 of {len(NAMES)} forms typed in"
    entry.rows[0].setFocus()
    press(qtbot, "2")  # corrected, saved again
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved_forms(db, evaluation_id)[people_typed[1]][1] == 2
    entry.undo_button.click()
    entry.undo_button.click()
    assert response_count(db, evaluation_id) == 0
    assert not entry.undo_button.isEnabled()


def test_the_question_editor_adds_edits_and_asks_before_deleting_answers(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.entry.rows[0])
    press(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = QuestionsDialog(page, window.workspace, evaluation_id)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(QUESTIONS)
    assert not dialog.kind.isEnabled() and not dialog.locked.isHidden()  # question 1 has an answer

    dialog.new_question()
    dialog.kind.setCurrentIndex(dialog.kind.findData(QuestionKind.SINGLE.value))
    dialog.text.setPlainText("Skulle du rekommendera kursen?")
    dialog.choices.setPlainText("Ja")  # one option only: refused, nothing saved
    dialog.save_question()
    assert "at least two options" in dialog.error.text()
    with db.read() as s:
        assert len(evaluations.evaluation_questions(s, evaluation_id)) == len(QUESTIONS)
    dialog.choices.setPlainText("Ja\nNej\nVet inte")
    dialog.save_question()
    with db.read() as s:
        added = evaluations.evaluation_questions(s, evaluation_id)[-1]
    assert added.choices == ("Ja", "Nej", "Vet inte") and added.kind == QuestionKind.SINGLE

    asked: list[str] = []
    monkeypatch.setattr(msgbox, "question", lambda _p, _t, text: asked.append(text) or False)
    dialog.list.setCurrentRow(0)
    dialog.delete_question()  # it has an answer: asked, No, nothing deleted
    assert asked and "1 answer" in asked[0]
    with db.read() as s:
        assert len(evaluations.evaluation_questions(s, evaluation_id)) == len(QUESTIONS) + 1
    dialog.list.setCurrentRow(1)  # no answers: deleted without asking
    dialog.delete_question()
    assert len(asked) == 1
    with db.read() as s:
        assert [q.text for q in evaluations.evaluation_questions(s, evaluation_id)][:2] == [
            "Helhetsintryck",
            "Tempo",
        ]
    dialog.reject()
    page.reload()
    assert [r.question.text for r in page.entry.rows][-1] == "Skulle du rekommendera kursen?"


def test_the_results_are_previewed_as_the_pdf_report(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    qtbot.waitUntil(lambda: page.results.pages > 0)
    assert "page" in page.results.status.text()
    assert not page.results.caution.isVisible()  # no answers yet: nothing to point out
    assert page.results.pdf is not None and page.results.pdf.startswith(b"%PDF")
    before = page.results.pdf
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.entry.rows[0])
    press(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.results.pdf != before and page.results.pages > 0)
    # anonymous, one answer: the window and the report say to show it with care
    assert page.results.caution.isVisible()
    assert "Färre än 5 svar" in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(page.results.pdf)).pages
    )


def test_the_results_and_the_paper_forms_are_saved_as_pdf_files(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    cohort_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    make_evaluation(db, cohort_id, anonymous=False)
    page = show_tab(window)
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_file", lambda _parent, path, **_k: opened.append(path))
    monkeypatch.setattr(files, "choose_pdf_file", lambda _parent, name: tmp_path / f"{name}.pdf")
    page.results_action.trigger()
    (results,) = opened
    assert results.name.startswith("Evaluation results – ")
    assert len(PdfReader(results).pages) >= 1

    monkeypatch.setattr(PaperFormsDialog, "run", lambda _d: PaperForms(named=True, copies=None))
    page.forms_action.trigger()
    named = opened[-1]
    assert named.name.startswith("Evaluation forms – ")
    text = "".join(p.extract_text() for p in PdfReader(named).pages)
    assert all(last in text for _first, last in NAMES)  # one per participant, named
    named.unlink()
    monkeypatch.setattr(PaperFormsDialog, "run", lambda _d: PaperForms(named=False, copies=2))
    page.forms_action.trigger()
    text = "".join(p.extract_text() for p in PdfReader(opened[-1]).pages)
    assert not any(last in text for _first, last in NAMES)


def test_the_editor_hints_at_a_scale_without_end_labels_but_saves_it(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    dialog = QuestionsDialog(page, window.workspace, evaluation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)  # Helhetsintryck: labelled ends
    assert dialog.ends_hint.isHidden()
    dialog.list.setCurrentRow(1)  # Relevans: a scale without labels
    assert not dialog.ends_hint.isHidden()
    dialog.low.setText("Inte alls")
    assert dialog.ends_hint.isHidden()
    dialog.revert_button.click()
    dialog.list.setCurrentRow(2)  # a choice: no ends to label
    assert dialog.ends_hint.isHidden()
    dialog.new_question()
    dialog.kind.setCurrentIndex(dialog.kind.findData(QuestionKind.SCALE.value))
    dialog.text.setPlainText("Hur var lokalen?")
    assert not dialog.ends_hint.isHidden()
    dialog.save_question()  # a hint, not a refusal
    with db.read() as s:
        added = evaluations.evaluation_questions(s, evaluation_id)[-1]
    assert (added.text, added.low_label, added.high_label) == ("Hur var lokalen?", "", "")
    dialog.reject()


def test_a_closed_evaluation_takes_no_forms_until_it_is_opened_again(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    entry = page.entry
    page.close_action.trigger()
    with db.read() as s:
        (summary,) = evaluations.list_evaluations(s, cohort_id)
    assert summary.closed and page.close_action.text() == "Open for answers"
    assert not entry.closed_note.isHidden() and not entry.rows_widget.isEnabled()
    assert not entry.save_button.isEnabled()
    entry.save_form()  # Ctrl+Enter: nothing to save while closed
    assert response_count(db, evaluation_id) == 0
    page.close_action.trigger()
    assert entry.rows_widget.isEnabled() and entry.closed_note.isHidden()
    entry.rows[0].setFocus()
    press(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert response_count(db, evaluation_id) == 1
    assert entry.undo_button.isEnabled()
    page.close_action.trigger()  # closed again: the form saved last stays, Ctrl+Z too
    assert not entry.undo_button.isEnabled()
    entry.undo_last()
    assert response_count(db, evaluation_id) == 1


def test_whose_form_lists_surname_first_and_an_empty_cohort_says_so(
    window: MainWindow, db: Database, cohort_id: int
) -> None:
    make_evaluation(db, cohort_id, anonymous=False)
    entry = show_tab(window).entry
    shown = [entry.person.itemText(i) for i in range(entry.person.count())]
    assert shown == ["Lind, Karin", "Ŋuolja, Ánde", "Öberg-Jäätteenmäki, Åsa"]
    with db.write() as s:
        evaluations.create_evaluation(s, programme_with_cohort(s, name="Tomma", code="TO").id)
    window.refresh()
    select_cohort(window, "TO")
    page = show_tab(window)
    assert page.entry.count.text() == "The cohort has no participants yet."
    dialog = PaperFormsDialog(None, can_name=True, people=0)  # nobody to name: how many?
    assert dialog.empty_note is not None and not dialog.named.isEnabled()
    assert dialog.values() == PaperForms(named=False, copies=1)
    dialog.deleteLater()


def test_a_sessions_evaluation_and_choosing_between_the_cohorts_evaluations(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as s:
        held = sessions.create_session(s, cohort_id, SessionFields("Träff 2", dt.date(2026, 3, 5)))
    whole = make_evaluation(db, cohort_id, anonymous=True)
    window.refresh()  # the new session read
    page = show_tab(window)
    assert page.chooser.isHidden()  # one evaluation: nothing to choose

    dialog = CreateEvaluationDialog(page, Language.SWEDISH, page.sessions)
    qtbot.addWidget(dialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData(held.id))
    chosen = dialog.values()  # the session's shorter questions, suggested
    assert chosen.session_id == held.id and chosen.template == "session"
    monkeypatch.setattr(CreateEvaluationDialog, "run", lambda _d: chosen)
    page.new_action.trigger()
    with db.read() as s:
        found = evaluations.list_evaluations(s, cohort_id)
    (of_session,) = [e for e in found if e.id != whole]
    assert of_session.session_id == held.id and of_session.session_title == "Träff 2"
    assert page.state is not None and page.state.evaluation_id == of_session.id  # shown
    assert not page.chooser.isHidden() and page.chooser.count() == 2
    assert "Träff 2" in page.summary.text()
    page.chooser.setCurrentIndex(page.chooser.findData(whole))
    assert page.state.evaluation_id == whole
    assert [r.question.text for r in page.entry.rows] == [q.text for q in QUESTIONS]


def test_a_blank_evaluation_opens_the_editor_on_its_first_question(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_tab(window)
    monkeypatch.setattr(
        CreateEvaluationDialog,
        "run",
        lambda _d: NewEvaluation(
            template=None, anonymous=True, language=Language.SWEDISH, session_id=None
        ),
    )
    opened: list[QuestionsDialog] = []

    def edit(dialog: QuestionsDialog) -> int:
        opened.append(dialog)
        assert dialog.text.isEnabled() and dialog.list.currentRow() == 0  # "(new question)"
        dialog.text.setPlainText("Hur var lunchen?")
        dialog.save_question()
        return 0

    monkeypatch.setattr(QuestionsDialog, "exec", edit)
    page.create_button.click()
    assert opened
    assert [r.question.text for r in page.entry.rows] == ["Hur var lunchen?"]


def test_an_anonymous_form_keeps_the_organization_written_on_it(
    qtbot: QtBot, window: MainWindow, db: Database, cohort_id: int
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=True)
    page = show_tab(window)
    entry = page.entry
    assert entry.organization.isVisible() and not entry.person.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.rows[0])
    press(qtbot, "3")
    for _ in range(4):  # on through the other questions, to the organization last
        press(qtbot, Qt.Key.Key_Return)
    assert entry.organization.hasFocus()
    qtbot.keyClicks(entry.organization, "Ale kommun")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is entry.save_button
    press(qtbot, Qt.Key.Key_Return)  # Enter on the button saves
    with db.read() as s:
        responses = s.scalars(
            select(EvaluationResponse).where(EvaluationResponse.evaluation_id == evaluation_id)
        ).all()
        assert [(r.organization, r.enrollment_id) for r in responses] == [("Ale kommun", None)]
    assert entry.organization.currentText() == ""  # the next form starts blank
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.organization.currentText() == "Ale kommun"  # back with its answers


def test_the_toolbar_writes_fillable_forms_and_imports_answers_to_this_evaluation(
    window: MainWindow,
    db: Database,
    cohort_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    evaluation_id = make_evaluation(db, cohort_id, anonymous=False)
    page = show_tab(window)
    assert page.fillable_action in page.toolbar.actions()
    assert page.import_action in page.toolbar.actions()
    folder = tmp_path / "ifyllbara"
    opened: list[Path] = []
    monkeypatch.setattr(files, "choose_folder", lambda *_a: folder)
    monkeypatch.setattr(files, "open_file", lambda _p, path: opened.append(path))
    page.fillable_action.trigger()
    assert len(list(folder.glob("*.pdf"))) == len(NAMES) and opened == [folder]

    asked: list[tuple[int, int | None]] = []
    import ui.dialogs.evaluation_import_dialog as import_dialog

    monkeypatch.setattr(
        import_dialog,
        "import_evaluation_answers",
        lambda _p, _w, cohort, evaluation=None: asked.append((cohort, evaluation)),
    )
    page.import_action.trigger()
    assert asked == [(cohort_id, evaluation_id)]
    page.close_action.trigger()  # closed: no answers come in
    assert not page.fillable_action.isEnabled() and not page.import_action.isEnabled()


def test_importing_answers_to_a_chosen_evaluation_asks_no_which(
    window: MainWindow, db: Database, cohort_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from ui.dialogs.evaluation_import_dialog import import_evaluation_answers

    make_evaluation(db, cohort_id, anonymous=True)
    second = make_evaluation(db, cohort_id, anonymous=False)
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (asked.append("which"), ("", False))[1]
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    import_evaluation_answers(window, window.workspace, cohort_id, second)
    assert asked == []
    import_evaluation_answers(window, window.workspace, cohort_id)  # which of the two?
    assert asked == ["which"]
