"""Answers imported from Microsoft Forms (XLSX) and Google Forms (CSV) exports: columns
matched to questions by their text, values converted, all or nothing, row-numbered errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.domain import ResponseSource, Role
from app.errors import ValidationError
from app.importing.reader import read_table
from app.models import Enrollment, EvaluationAnswer, EvaluationResponse, Person
from app.services import evaluation_import, evaluations
from tests.unit.import_corpus import write_xlsx
from tests.unit.test_action_plan_service import fl_cohort

QUESTIONS = [
    "Helhetsintryck",
    "Relevans för mitt uppdrag",
    "Kursledarnas insats",
    "Upplägg och tempo",
    "Kursmaterial",
    "Gruppens arbetsklimat",
    "Vilka delar var mest värdefulla?",
    "Skulle du rekommendera programmet till en kollega?",
    "Vad tar du med dig?",
    "Vad kan göras bättre?",
    "Övriga synpunkter",
]


def _evaluation(db: Database, *, anonymous: bool) -> tuple[int, list[int]]:
    with db.write() as s:
        evaluation = evaluations.create_evaluation(s, fl_cohort(db), anonymous=anonymous)
        return evaluation.id, [q.id for q in evaluation.questions]


def _emails(db: Database, count: int) -> list[str]:
    with db.read() as s:
        found = s.scalars(
            select(Person.email)
            .join(Enrollment, Enrollment.person_id == Person.id)
            .where(
                Enrollment.cohort_id == fl_cohort(db),
                Enrollment.role == Role.PARTICIPANT,
                Person.email.is_not(None),
            )
            .order_by(Person.id)
        )
        return [e for e in found if e][:count]


def _responses(db: Database, evaluation_id: int) -> list[EvaluationResponse]:
    with db.read() as s:
        found = list(
            s.scalars(
                select(EvaluationResponse)
                .where(EvaluationResponse.evaluation_id == evaluation_id)
                .order_by(EvaluationResponse.id)
            )
        )
        s.expunge_all()
        return found


def _microsoft_forms(path: Path, emails: list[str], *, first_id: int = 1) -> Path:
    start = dt.datetime(2026, 3, 19, 14, 2)
    rows: list[list[object]] = [
        ["ID", "Start time", "Completion time", "Email", "Name", *QUESTIONS],
    ]
    answers = [
        [
            4,
            "5 - Mycket bra",
            "4",
            3,
            4,
            5,
            "Föreläsningar;Mentorssamtal;",
            "Ja",
            "Modet att leda möten – tack, Åsa Öberg-Jäätteenmäki!",
            "",
            "",
        ],
        ["3", "4", "4", "4", "2", "5", "Internatet;", "Kanske", "", "Mer tid för reflektion", ""],
        [
            "5",
            "5",
            "5",
            "5",
            "5",
            "5",
            "Den personliga handlingsplanen;Grupparbeten;",
            "Ja",
            "Ánde Ŋuolja: nätverket",
            "",
            "Tack!",
        ],
    ]
    for number, (email, values) in enumerate(zip(emails, answers, strict=False), start=first_id):
        rows.append([number, start, start, email.upper(), "Namn Efternamn", *values])
    return write_xlsx(path, rows)


def test_a_microsoft_forms_export_of_a_named_evaluation(demo_db: Database, tmp_path: Path) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=False)
    emails = _emails(demo_db, 3)
    table = read_table(_microsoft_forms(tmp_path / "Kursutvärdering.xlsx", emails))
    with demo_db.read() as s:
        checked = evaluation_import.check_import(s, evaluation_id, table)
    assert checked.errors == ()
    assert checked.mapping == {5 + i: q for i, q in enumerate(questions)}  # after Name
    assert checked.email_column == 3
    with demo_db.write() as s:
        evaluation_import.import_answers(s, evaluation_id, table)
    responses = _responses(demo_db, evaluation_id)
    assert len(responses) == 3
    assert {r.source for r in responses} == {ResponseSource.FORMS_IMPORT}
    assert all(r.enrollment_id is not None for r in responses)
    with demo_db.read() as s:
        first = {
            a.question_id: a
            for a in s.scalars(
                select(EvaluationAnswer).where(EvaluationAnswer.response_id == responses[0].id)
            )
        }
    assert [first[q].number for q in questions[:6]] == [4, 5, 4, 3, 4, 5]
    assert first[questions[6]].choice_mask == 0b101  # Föreläsningar, Mentorssamtal
    assert first[questions[7]].number == 0  # "Ja"
    assert first[questions[8]].text == "Modet att leda möten – tack, Åsa Öberg-Jäätteenmäki!"
    assert questions[9] not in first  # an empty cell is no answer


def _google_csv(path: Path, lines: list[str], *, delimiter: str = ",") -> Path:
    header = delimiter.join(["Tidstämpel", *(f'"{q}"' for q in QUESTIONS)])
    path.write_bytes(("\n".join([header, *lines]) + "\n").encode("utf-8-sig"))  # with a BOM
    return path


def test_a_google_forms_export_of_an_anonymous_evaluation(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=True)
    source = _google_csv(
        tmp_path / "Kursutvärdering (svar).csv",
        [
            '2026/03/19 2:02:11 em. EET,4 - Bra,5,4,4,3,5,"Grupparbeten, Den personliga '
            'handlingsplanen",Kanske,"Att lyssna, på riktigt",,',
            "2026/03/19 2:05:40 em. EET,5,5,5,4,4,4,Föreläsningar,Nej,,Mer fika,Hyvää kiitos",
        ],
    )
    table = read_table(source)
    with demo_db.write() as s:
        done = evaluation_import.import_answers(s, evaluation_id, table)
    assert done.errors == () and len(done.rows) == 2
    responses = _responses(demo_db, evaluation_id)
    assert [r.enrollment_id for r in responses] == [None, None]
    with demo_db.read() as s:
        mask = s.scalar(
            select(EvaluationAnswer.choice_mask).where(
                EvaluationAnswer.response_id == responses[0].id,
                EvaluationAnswer.question_id == questions[6],
            )
        )
    assert mask == 0b10010  # Grupparbeten, Den personliga handlingsplanen


def test_errors_are_numbered_by_row_and_nothing_is_stored(
    demo_db: Database, tmp_path: Path
) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=False)
    [known] = _emails(demo_db, 1)
    header = ";".join(["Tidstämpel", "E-postadress", *QUESTIONS])
    lines = [
        f"2026-03-19;{known};9;5;5;5;5;5;Föreläsningar;Ja;;;",
        "2026-03-19;okand@example.se;4;4;4;4;4;4;Internatet;Kanske inte;;;",
        f"2026-03-19;{known};4;4;4;4;4;4;Teater;Ja;;;",
    ]
    source = tmp_path / "semikolon.csv"
    source.write_bytes(("\r\n".join([header, *lines]) + "\r\n").encode("cp1252"))
    table = read_table(source)
    with demo_db.read() as s:
        checked = evaluation_import.check_import(s, evaluation_id, table)
    assert checked.errors == (
        "Row 2: question 1: “9” is not a number from 1 to 5.",
        "Row 3: question 8: “Kanske inte” is not one of the question's options.",
        "Row 3: “okand@example.se” is no participant's e-mail address in this cohort.",
        "Row 4: question 7: “Teater” is not one of the question's options.",
        "Row 4: the same person answered on row 2 already.",
    )
    with pytest.raises(ValidationError, match="Row 2: question 1"), demo_db.write() as s:
        evaluation_import.import_answers(s, evaluation_id, table)
    with demo_db.read() as s:
        assert _responses(demo_db, evaluation_id) == []


def test_a_named_evaluation_needs_an_e_mail_column(demo_db: Database, tmp_path: Path) -> None:
    evaluation_id, _questions = _evaluation(demo_db, anonymous=False)
    table = read_table(_google_csv(tmp_path / "svar.csv", ["2026-03-19,4,4,4,4,4,4,,Ja,,,"]))
    with demo_db.read() as s:
        checked = evaluation_import.check_import(s, evaluation_id, table)
    assert checked.errors == (
        "Row 1: no column holds e-mail addresses; a named evaluation matches each answer to "
        "a participant by e-mail.",
    )


def test_columns_can_be_mapped_by_hand(demo_db: Database, tmp_path: Path) -> None:
    evaluation_id, questions = _evaluation(demo_db, anonymous=True)
    source = tmp_path / "egen.csv"
    source.write_text("Tidstämpel,Betyg,Kommentar\n2026-03-19,5,Bra kurs\n", encoding="utf-8")
    table = read_table(source)
    with demo_db.read() as s:
        guessed = evaluation_import.check_import(s, evaluation_id, table)
        by_hand = evaluation_import.check_import(
            s, evaluation_id, table, {1: questions[0], 2: questions[10]}
        )
    assert guessed.errors[0].startswith("Row 1: no column is mapped to a question")
    assert by_hand.errors == () and by_hand.answers == 2
