"""The paper forms and the results report: what they print, checked against the data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.domain import Language, QuestionKind, ResponseSource
from app.errors import ValidationError
from app.models import Person
from app.services import evaluation_documents, evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from diplomas.evaluation_model import EvaluationReport, ReportQuestion, TrendBar
from diplomas.evaluation_report import evaluation_report_pdf, question_chart, trend_chart
from tests.evaluation_data import cohort_with_participants
from tests.pdf_text import read, squashed
from tests.unit.test_fonts import embedded_fonts

NAMES = (
    ("Åsa", "Öberg-Jäätteenmäki"),
    ("Ánde", "Ŋuolja"),
    ("Karl-Johan Maximilian Alexander", "Wallenberg-Hallström-Andersson af Ekenstierna-Lind"),
)
FONTS = {"Lato-Regular", "Lato-Bold", "Lato-Italic", "Vollkorn-Bold"}
TODAY = dt.date(2026, 12, 7)


def _texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read(data).pages]


def _named_cohort(db: Database, language: Language = Language.SWEDISH) -> tuple[int, int]:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=len(NAMES))
        for person, (first, last) in zip(s.scalars(select(Person)), NAMES, strict=True):
            person.first_name, person.last_name = first, last
        ev = evaluations.create_evaluation(s, cohort.id, language=language, anonymous=False)
        return cohort.id, ev.id


def test_named_forms_one_per_participant_with_the_name_on_every_page(db: Database) -> None:
    _cohort, ev_id = _named_cohort(db)
    with db.read() as s:
        data = evaluation_documents.paper_forms_pdf(s, ev_id, named=True, today=TODAY)
    pages = _texts(data)
    assert embedded_fonts(read(data)) <= FONTS and b"Helvetica" not in data
    whole = squashed("".join(pages))
    for first, last in NAMES:
        # on the form, and in the footer of each of its pages (a long one shortened there)
        assert squashed(f"{first} {last}") in whole
        assert whole.count(squashed(first)) >= 2
    assert "Kryssa i en ruta per fråga" in pages[0]
    assert "Framtidens ledare" in pages[0] and "Omgång 3" in pages[0]
    assert "Helhetsintryck" in pages[0] and "Mycket dåligt" in pages[0]
    assert "Vilka delar var mest värdefulla?" in "".join(pages)
    assert all("Namn:" in page for page in pages if "Kursutvärdering" in page)
    assert sum("Kursutvärdering" in page for page in pages) == len(NAMES)
    assert "Sida 1 av 2" in pages[0] and "Sida 2 av 2" in pages[1]


def test_unnamed_copies_in_finnish(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=2)
        ev = evaluations.create_evaluation(s, cohort.id, language=Language.FINNISH)
        data = evaluation_documents.paper_forms_pdf(s, ev.id, named=False, copies=3, today=TODAY)
        with pytest.raises(ValidationError, match="between 1 and 500"):
            evaluation_documents.paper_forms_pdf(s, ev.id, named=False, copies=0)
    pages = _texts(data)
    text = "".join(pages)
    assert text.count("Organisaatio (vapaaehtoinen)") == 3
    # every page of an unnamed copy says which form and which of its pages it is
    assert len(pages) == 6
    for index, page in enumerate(pages):
        number, page_number = divmod(index, 2)
        assert f"Lomake {number + 1} · Sivu {page_number + 1}/2" in page
    assert text.count("Kurssipalaute") == 3 and "Kokonaisarvio" in text and "Nimi:" not in text


def test_no_participants_no_named_forms_and_undrawable_text_is_refused(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=0)
        ev = evaluations.create_evaluation(s, cohort.id)
        with pytest.raises(ValidationError, match="anonymous: its forms carry no names"):
            evaluation_documents.paper_forms_pdf(s, ev.id, named=True)
        evaluations.update_evaluation(s, ev.id, anonymous=False)
        with pytest.raises(ValidationError, match="no participants"):
            evaluation_documents.paper_forms_pdf(s, ev.id, named=True)
        evaluations.update_evaluation(s, ev.id, title="Utvärdering 評価")
        with pytest.raises(ValidationError, match="cannot draw"):
            evaluation_documents.paper_forms_pdf(s, ev.id, named=False)


def _answered(db: Database, language: Language) -> int:
    """Five participants, four answered; an earlier cohort of the programme for the trend."""
    with db.write() as s:
        earlier = cohort_with_participants(
            s, participants=2, name="Omgång 2", start=dt.date(2025, 9, 1)
        )
        cohort = cohort_with_participants(s, participants=5, program=earlier.program)
        old = evaluations.create_evaluation(s, earlier.id, language=language)
        old_overall = evaluations.evaluation_questions(s, old.id)[0].id
        record_responses(
            s,
            old.id,
            [
                ResponseInput((AnswerInput(old_overall, number=v),), ResponseSource.KEYBOARD)
                for v in (3, 4)
            ],
        )
        evaluations.set_closed(s, old.id, True)  # the trend compares closed evaluations
        ev = evaluations.create_evaluation(s, cohort.id, language=language)
        q = {x.key: x.id for x in evaluations.evaluation_questions(s, ev.id)}
        forms = [
            (5, {0, 1}, 0, "Modet att fråga"),
            (4, {1}, 0, "modet att fråga"),
            (4, {1, 3}, 1, "Nätverket"),
            (2, set(), 2, ""),
        ]
        record_responses(
            s,
            ev.id,
            [
                ResponseInput(
                    (
                        AnswerInput(q["overall"], number=overall),
                        AnswerInput(q["valuable_parts"], choices=frozenset(parts) or None),
                        AnswerInput(q["recommend"], choices=frozenset({recommend})),
                        AnswerInput(q["takeaway"], text=takeaway or None),
                    ),
                    ResponseSource.KEYBOARD,
                )
                for overall, parts, recommend, takeaway in forms
            ],
        )
        return ev.id


def test_the_report_prints_the_numbers_of_the_data(db: Database) -> None:
    ev_id = _answered(db, Language.SWEDISH)
    with db.read() as s:
        report = evaluation_documents.evaluation_report(s, ev_id, today=TODAY)
        data = evaluation_documents.results_pdf(s, ev_id, today=TODAY)
    assert embedded_fonts(read(data)) <= FONTS and b"Helvetica" not in data
    text = "\n".join(_texts(data))
    assert "4 av 5 svarade (80 %)" in text
    assert report.few_answers and "Färre än 5 svar: resultaten kan peka ut" in text
    assert "n = 4 · medelvärde 3,8 · median 4" in text
    assert "Modet att fråga (2)" in text and "Nätverket" in text
    by_number = {q.number: q for q in report.questions}
    overall = by_number[1]
    assert question_chart(overall).chart.data == [(0, 1, 0, 2, 1)]
    assert [(b.label, b.mean, b.current) for b in overall.trend] == [
        ("Omgång 2", 3.5, False),
        ("Omgång 3", 3.75, True),
    ]
    assert trend_chart(overall, report).chart.data == [(3.5, 3.75)]
    assert "3,5" in text  # the trend bar's label
    # the bars' labels round the unrounded mean once, halves up (3,75 is 3,8; 4,25 is 4,3)
    assert trend_chart(overall, report).chart.barLabelFormat(4.25) == "4,3"
    parts = next(q for q in report.questions if q.kind is QuestionKind.MULTIPLE)
    assert question_chart(parts).chart.data == [(1, 3, 0, 1, 0)]
    assert parts.labels[1] == "Grupparbeten"
    recommend = next(q for q in report.questions if q.kind is QuestionKind.SINGLE)
    assert question_chart(recommend).chart.data == [(2, 1, 1)]
    # the bars are labelled with their counts: the overall chart's 0 1 0 2 1
    page_one = _texts(data)[0]
    assert "Medelvärde per organisation" not in text  # nobody reached five
    assert "1 = Mycket dåligt · 5 = Mycket bra" in page_one


def test_the_report_in_finnish_with_a_decimal_comma(db: Database) -> None:
    ev_id = _answered(db, Language.FINNISH)
    with db.read() as s:
        text = "\n".join(_texts(evaluation_documents.results_pdf(s, ev_id, today=TODAY)))
    assert "4/5 vastasi (80 %)" in text
    assert "Alle 5 vastausta" in text
    assert "n = 4 · keskiarvo 3,8 · mediaani 4" in text
    assert "Kurssipalautteen tulokset" in text


def test_five_cohorts_in_the_trend_have_short_distinct_labels() -> None:
    bars = tuple(
        TrendBar(label=f"Omgång {n}, 20{21 + n}/20{22 + n}", mean=3 + n / 5, current=n == 5)
        for n in range(1, 6)
    )
    question = ReportQuestion(
        number=1,
        kind=QuestionKind.SCALE,
        text="Helhetsintryck",
        answered=4,
        labels=("1", "2", "3", "4", "5"),
        counts=(0, 1, 0, 2, 1),
        mean=3.75,
        median=4,
        trend=bars,
    )
    report = EvaluationReport(
        language=Language.SWEDISH,
        title="Kursutvärdering",
        programme="Framtidens ledare",
        cohort="Omgång 5, 2026/2027",
        responses=4,
        participants=5,
        questions=(question,),
    )
    names = trend_chart(question, report).chart.categoryAxis.categoryNames
    assert names == [f"Omg. {n}\n{21 + n}/{22 + n}" for n in range(1, 6)]
    text = "\n".join(_texts(evaluation_report_pdf(report)))
    assert "Omg. 5" in text and "…" not in text
    assert "Färre än 5" not in text  # few_answers is the service's to say
