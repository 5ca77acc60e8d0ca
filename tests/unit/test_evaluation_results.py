"""Results: counts, distributions, means and medians, grouped open answers, the response
rate, the trend against earlier cohorts and the anonymity rule for the organization split."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.db import Database
from app.domain import EnrollmentStatus, ResponseSource, Role
from app.models import Enrollment, Person, Program
from app.services import evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from app.services.evaluation_results import (
    ANONYMITY_MIN,
    evaluation_results,
    grouped_answers,
    median_of,
)
from tests.evaluation_data import cohort_with_participants, scale_response

KEYBOARD = ResponseSource.KEYBOARD


def _keyed(s, evaluation_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {q.key or "": q.id for q in evaluations.evaluation_questions(s, evaluation_id)}


def test_counts_means_medians_and_open_answers(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=5)
        # not counted in the rate: a mentor and a withdrawn participant
        person = Person(first_name="Mentor", last_name="M")
        s.add(person)
        s.flush()
        s.add(Enrollment(cohort_id=cohort.id, person_id=person.id, role=Role.MENTOR))
        quitter = Person(first_name="Slutade", last_name="S")
        s.add(quitter)
        s.flush()
        s.add(
            Enrollment(cohort_id=cohort.id, person_id=quitter.id, status=EnrollmentStatus.WITHDRAWN)
        )
        ev = evaluations.create_evaluation(s, cohort.id)
        q = _keyed(s, ev.id)
        forms = []
        for overall, parts, recommend, takeaway in [
            (5, {0, 1}, 0, "Modet att fråga"),
            (4, {1}, 0, "  modet att  fråga "),
            (4, {1, 3}, 1, "Nätverket"),
            (2, set(), 2, None),
        ]:
            answers = [
                AnswerInput(q["overall"], number=overall),
                AnswerInput(q["recommend"], choices=frozenset({recommend})),
            ]
            if parts:
                answers.append(AnswerInput(q["valuable_parts"], choices=frozenset(parts)))
            if takeaway:
                answers.append(AnswerInput(q["takeaway"], text=takeaway))
            forms.append(ResponseInput(tuple(answers), KEYBOARD))
        record_responses(s, ev.id, forms)
        results = evaluation_results(s, ev.id)
    assert (results.responses, results.participants) == (4, 5)
    assert results.response_rate == pytest.approx(0.8)
    by_key = {r.key: r for r in results.questions}
    overall = by_key["overall"]
    assert overall.answered == 4 and overall.distribution == (0, 1, 0, 2, 1)
    assert overall.mean == pytest.approx(3.75) and overall.median == 4.0
    assert overall.labels == ("1", "2", "3", "4", "5")
    assert by_key["relevance"].answered == 0 and by_key["relevance"].mean is None
    assert by_key["valuable_parts"].distribution == (1, 3, 0, 1, 0)
    assert by_key["valuable_parts"].answered == 3
    assert by_key["recommend"].distribution == (2, 1, 1)
    takeaway = by_key["takeaway"]
    assert takeaway.answered == 3
    assert [(a.text, a.count) for a in takeaway.open_answers] == [
        ("Modet att fråga", 2),
        ("Nätverket", 1),
    ]
    # anonymous, all from one organization but fewer than five: no split at all
    assert results.organizations == () and overall.by_organization == ()


@given(st.lists(st.integers(0, 6), min_size=5, max_size=5))
@example([0, 0, 0, 0, 0])
@example([1, 0, 0, 0, 1])
def test_the_median_is_the_middle_of_the_sorted_values(counts: list[int]) -> None:
    values = sorted(v for v, n in enumerate(counts, start=1) for _ in range(n))
    if not values:
        assert median_of(tuple(counts)) is None
        return
    middle = len(values) // 2
    expected = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    assert median_of(tuple(counts)) == expected


def test_grouped_answers_merge_case_and_spacing_and_order_by_count_then_text() -> None:
    grouped = grouped_answers(["b", "A", " a ", "c", "B", "b", "  "])
    assert [(a.text, a.count) for a in grouped] == [("b", 3), ("A", 2), ("c", 1)]


def test_organizations_are_shown_only_from_five_responses(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=20)
        ev = evaluations.create_evaluation(s, cohort.id)
        overall = _keyed(s, ev.id)["overall"]
        forms = (
            [scale_response([overall], [5], organization="Alingsås kommun")] * 6
            + [scale_response([overall], [3], organization="Lerums kommun")] * 4
            + [scale_response([overall], [1], organization="Vårgårda kommun")] * 2
        )
        record_responses(s, ev.id, forms)
        results = evaluation_results(s, ev.id)
        assert [(g.name, g.responses) for g in results.organizations] == [
            ("Alingsås kommun", 6),
            (None, 6),
        ]
        split = results.questions[0].by_organization
        assert [(m.name, m.answered, m.mean) for m in split] == [
            ("Alingsås kommun", 6, 5.0),
            (None, 6, pytest.approx(14 / 6)),
        ]
        # the others (four answered) are fewer than five: left out, not folded in
        ev2 = evaluations.create_evaluation(s, cohort.id)
        overall2 = _keyed(s, ev2.id)["overall"]
        record_responses(
            s,
            ev2.id,
            [scale_response([overall2], [4], organization="Alingsås kommun")] * ANONYMITY_MIN
            + [scale_response([overall2], [2], organization="Lerums kommun")] * 4,
        )
        results2 = evaluation_results(s, ev2.id)
        assert [(g.name, g.responses) for g in results2.organizations] == [("Alingsås kommun", 5)]
        # nobody reaches five: no split
        ev3 = evaluations.create_evaluation(s, cohort.id)
        overall3 = _keyed(s, ev3.id)["overall"]
        record_responses(
            s,
            ev3.id,
            [scale_response([overall3], [4], organization="Alingsås kommun")] * 4
            + [scale_response([overall3], [2], organization="Lerums kommun")] * 4,
        )
        assert evaluation_results(s, ev3.id).organizations == ()


def test_the_trend_takes_earlier_cohorts_of_the_programme_with_the_same_key(db: Database) -> None:
    with db.write() as s:
        first = cohort_with_participants(s, name="Omgång 1", start=dt.date(2020, 9, 1))
        program = first.program
        cohorts = [first] + [
            cohort_with_participants(
                s, program=program, name=f"Omgång {n}", start=dt.date(2019 + n, 9, 1)
            )
            for n in range(2, 8)
        ]
        later = cohort_with_participants(
            s, program=program, name="Omgång 9", start=dt.date(2030, 1, 1)
        )
        cohorts.append(later)
        means = {}
        for number, cohort in enumerate(cohorts, start=1):
            ev = evaluations.create_evaluation(s, cohort.id)
            overall = _keyed(s, ev.id)["overall"]
            values = [number % 5 + 1, 3]
            record_responses(s, ev.id, [scale_response([overall], [v]) for v in values])
            means[cohort.name] = sum(values) / 2
        # another programme's cohort with the same key does not count
        elsewhere = Program(name="Annat program", code="AP")
        s.add(elsewhere)
        s.flush()
        other = cohort_with_participants(
            s, name="Annat", start=dt.date(2021, 1, 1), program=elsewhere
        )
        ev_other = evaluations.create_evaluation(s, other.id)
        record_responses(s, ev_other.id, [scale_response([_keyed(s, ev_other.id)["overall"]], [1])])
        assert other.program_id != program.id
        current = cohorts[6]  # Omgång 7, 2026
        ev_id = evaluations.list_evaluations(s, current.id)[0].id
        trend = {r.key: r.trend for r in evaluation_results(s, ev_id).questions}
    assert [p.cohort_name for p in trend["overall"]] == [f"Omgång {n}" for n in range(2, 7)]
    assert [p.mean for p in trend["overall"]] == [means[f"Omgång {n}"] for n in range(2, 7)]
    assert trend["relevance"] == ()  # never answered before
    assert trend["takeaway"] == ()
