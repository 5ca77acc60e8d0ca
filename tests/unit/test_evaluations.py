"""Course evaluations: made from the templates, questions edited with their rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.domain import Language, QuestionKind, ResponseSource
from app.errors import NotFoundError, ValidationError
from app.models import EvaluationAnswer, EvaluationResponse, Session
from app.services import evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from app.services.evaluation_templates import TEMPLATES, QuestionFields
from app.services.evaluations import QuestionHasAnswersError, QuestionLockedError
from tests.evaluation_data import cohort_with_participants


def test_every_template_has_the_same_keys_and_kinds_in_every_language() -> None:
    for template in TEMPLATES.values():
        shapes = {
            language: [(q.key, q.kind, q.scale_max, len(q.choices)) for q in questions]
            for language, questions in template.items()
        }
        assert set(shapes) == set(Language)
        assert shapes[Language.SWEDISH] == shapes[Language.FINNISH] == shapes[Language.ENGLISH]
        keys = [q.key for q in template[Language.SWEDISH]]
        assert len(set(keys)) == len(keys) and all(keys)


def test_the_standard_template_in_swedish(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        evaluation = evaluations.create_evaluation(s, cohort.id)
        questions = evaluations.evaluation_questions(s, evaluation.id)
    assert evaluation.title == "Kursutvärdering" and evaluation.anonymous
    texts = [q.text for q in questions]
    for text in (
        "Helhetsintryck",
        "Relevans för mitt uppdrag",
        "Kursledarnas insats",
        "Upplägg och tempo",
        "Vad tar du med dig?",
        "Vad kan göras bättre?",
    ):
        assert text in texts
    overall = questions[0]
    assert (overall.key, overall.kind, overall.scale_max) == ("overall", QuestionKind.SCALE, 5)
    assert (overall.low_label, overall.high_label) == ("Mycket dåligt", "Mycket bra")
    kinds = {q.kind for q in questions}
    assert kinds == set(QuestionKind)
    parts = next(q for q in questions if q.key == "valuable_parts")
    assert parts.kind is QuestionKind.MULTIPLE and "Internatet" in parts.choices
    assert [q.position for q in questions] == list(range(1, len(questions) + 1))


def test_finnish_template_and_a_session_evaluation(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        held = Session(cohort_id=cohort.id, title="Träff 2", date=dt.date(2026, 10, 1))
        s.add(held)
        s.flush()
        fi = evaluations.create_evaluation(s, cohort.id, language=Language.FINNISH)
        one = evaluations.create_evaluation(s, cohort.id, template="session", session_id=held.id)
        blank = evaluations.create_evaluation(s, cohort.id, template=None, anonymous=False)
        listed = evaluations.list_evaluations(s, cohort.id)
        fi_texts = [q.text for q in evaluations.evaluation_questions(s, fi.id)]
    assert fi.title == "Kurssipalaute" and "Kokonaisarvio" in fi_texts
    assert one.title == "Utvärdering av träffen: Träff 2"
    assert [e.id for e in listed] == [fi.id, one.id, blank.id]
    assert listed[1].session_title == "Träff 2" and listed[2].questions == 0
    assert not listed[2].anonymous


def test_bad_creation_changes_nothing(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        with pytest.raises(ValidationError, match="template"):
            evaluations.create_evaluation(s, cohort.id, template="nope")
        with pytest.raises(NotFoundError):
            evaluations.create_evaluation(s, cohort.id, session_id=999)
        with pytest.raises(NotFoundError):
            evaluations.create_evaluation(s, 999)
        assert evaluations.list_evaluations(s, cohort.id) == []


def test_adding_moving_and_validating_questions(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        evaluation = evaluations.create_evaluation(s, cohort.id, template=None)
        first = evaluations.add_question(
            s, evaluation.id, QuestionFields(kind=QuestionKind.TEXT, text="  Vad  annat? ")
        )
        second = evaluations.add_question(
            s,
            evaluation.id,
            QuestionFields(kind=QuestionKind.SCALE, text="Helhet", scale_max=7, low_label="Dålig"),
            position=1,
        )
        evaluations.move_question(s, first, 1)
        questions = evaluations.evaluation_questions(s, evaluation.id)
        assert [(q.id, q.position) for q in questions] == [(first, 1), (second, 2)]
        assert questions[0].text == "Vad annat?"
        bad = [
            (QuestionFields(kind=QuestionKind.TEXT, text="  "), "text"),
            (
                QuestionFields(kind=QuestionKind.SCALE, text="A", scale_max=6),
                "1 to 5 or from 1 to 7",
            ),
            (QuestionFields(kind=QuestionKind.SINGLE, text="A", choices=("Ja",)), "two options"),
            (QuestionFields(kind=QuestionKind.MULTIPLE, text="A", choices=("Ja", "")), "Option 2"),
            (QuestionFields(kind=QuestionKind.SINGLE, text="A", choices=("Ja", "ja")), "twice"),
        ]
        for fields, message in bad:
            with pytest.raises(ValidationError, match=message):
                evaluations.add_question(s, evaluation.id, fields)
        with pytest.raises(ValidationError, match="from 1 to 2"):
            evaluations.move_question(s, first, 3)
        assert len(evaluations.evaluation_questions(s, evaluation.id)) == 2


def test_a_question_with_answers_keeps_its_kind_and_asks_before_deletion(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        evaluation = evaluations.create_evaluation(s, cohort.id)
        questions = evaluations.evaluation_questions(s, evaluation.id)
        overall, parts = questions[0], next(q for q in questions if q.key == "valuable_parts")
        record_responses(
            s,
            evaluation.id,
            [ResponseInput((AnswerInput(overall.id, number=4),), ResponseSource.KEYBOARD)],
        )
        # the text may change, the key (for the trend) stays
        evaluations.update_question(
            s,
            overall.id,
            QuestionFields(
                kind=QuestionKind.SCALE,
                text="Ditt helhetsintryck",
                scale_max=5,
                low_label="Mycket dåligt",
                high_label="Mycket bra",
            ),
        )
        with pytest.raises(QuestionLockedError, match="Question 1 has answers"):
            evaluations.update_question(
                s, overall.id, QuestionFields(kind=QuestionKind.SCALE, text="Helhet", scale_max=7)
            )
        # the ends of the scale are locked too: swapped, every 5 would read as a 1
        swapped = QuestionFields(
            kind=QuestionKind.SCALE,
            text="Ditt helhetsintryck",
            scale_max=5,
            low_label="Mycket bra",
            high_label="Mycket dåligt",
            key="overall",
        )
        with pytest.raises(QuestionLockedError, match="labels at the ends of its scale"):
            evaluations.update_question(s, overall.id, swapped)
        with pytest.raises(QuestionLockedError, match="labels at the ends"):
            unlabelled = replace(swapped, low_label="", high_label="")
            evaluations.update_question(s, overall.id, unlabelled)
        view = evaluations.evaluation_questions(s, evaluation.id)[0]
        assert (view.low_label, view.high_label) == ("Mycket dåligt", "Mycket bra")
        # cleaned spacing is the same label
        evaluations.update_question(
            s,
            overall.id,
            replace(swapped, low_label=" Mycket  dåligt ", high_label="Mycket bra "),
        )
        # without answers the options may change
        evaluations.update_question(
            s,
            parts.id,
            QuestionFields(kind=QuestionKind.MULTIPLE, text=parts.text, choices=("A", "B")),
        )
        with pytest.raises(QuestionHasAnswersError, match="1 answer") as refused:
            evaluations.delete_question(s, overall.id)
        assert refused.value.answers == 1
        view = evaluations.evaluation_questions(s, evaluation.id)[0]
        assert (view.text, view.key, view.answers) == ("Ditt helhetsintryck", "overall", 1)
        evaluations.delete_question(s, overall.id, confirmed=True)
        questions = evaluations.evaluation_questions(s, evaluation.id)
        assert questions[0].position == 1 and overall.id not in {q.id for q in questions}
        # the response held only that answer: an empty form is not kept
        assert s.scalar(select(func.count(EvaluationResponse.id))) == 0
        assert s.scalar(select(func.count(EvaluationAnswer.id))) == 0


def test_deleting_an_evaluation_with_answers_is_confirmed(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s)
        evaluation = evaluations.create_evaluation(s, cohort.id)
        first = evaluations.evaluation_questions(s, evaluation.id)[0]
        record_responses(
            s,
            evaluation.id,
            [ResponseInput((AnswerInput(first.id, number=2),), ResponseSource.KEYBOARD)],
        )
        with pytest.raises(QuestionHasAnswersError):
            evaluations.delete_evaluation(s, evaluation.id)
        with pytest.raises(ValidationError, match="anonymous or named"):
            evaluations.update_evaluation(s, evaluation.id, anonymous=False)
        evaluations.delete_evaluation(s, evaluation.id, confirmed=True)
        assert evaluations.list_evaluations(s, cohort.id) == []
