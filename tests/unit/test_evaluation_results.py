"""Results: counts, distributions, means and medians, grouped open answers, the response
rate, the trend against earlier cohorts and the anonymity rule for the organization split."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.db import Database
from app.domain import AttendanceStatus, EnrollmentStatus, ResponseSource, Role
from app.models import Attendance, Enrollment, EvaluationResponse, Person, Program
from app.models import Session as CohortSession
from app.services import evaluations
from app.services.evaluation_responses import AnswerInput, ResponseInput, record_responses
from app.services.evaluation_results import (
    ANONYMITY_MIN,
    RateBasis,
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
        # the others (four answered) are fewer than five: the total minus Alingsås would give
        # their answers away, so there is no split at all
        ev2 = evaluations.create_evaluation(s, cohort.id)
        overall2 = _keyed(s, ev2.id)["overall"]
        record_responses(
            s,
            ev2.id,
            [scale_response([overall2], [4], organization="Alingsås kommun")] * ANONYMITY_MIN
            + [scale_response([overall2], [2], organization="Lerums kommun")] * 4,
        )
        results2 = evaluation_results(s, ev2.id)
        assert results2.organizations == () and results2.questions[0].by_organization == ()
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


def test_no_mean_by_organization_gives_away_the_few_left_out(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=20)
        ev = evaluations.create_evaluation(s, cohort.id)
        q = _keyed(s, ev.id)
        both = [q["overall"], q["relevance"]]
        # Lerum: six forms, but only three answered the relevance question
        forms = (
            [scale_response(both, [5, 5], organization="Alingsås kommun")] * 6
            + [scale_response(both, [2, 1], organization="Lerums kommun")] * 3
            + [scale_response([q["overall"]], [3], organization="Lerums kommun")] * 3
        )
        record_responses(s, ev.id, forms)
        results = evaluation_results(s, ev.id)
        assert [(g.name, g.responses) for g in results.organizations] == [
            ("Alingsås kommun", 6),
            ("Lerums kommun", 6),
        ]
        by_key = {r.key: r for r in results.questions}
        assert [m.mean for m in by_key["overall"].by_organization] == [5.0, 2.5]
        # relevance: 9 answered, Lerum's 3 hidden — Alingsås's mean would give them away
        relevance = by_key["relevance"]
        assert relevance.answered == 9
        assert [(m.name, m.answered, m.mean) for m in relevance.by_organization] == [
            ("Alingsås kommun", 6, None),
            ("Lerums kommun", 3, None),
        ]
        # the reviewer's case: 6 of one organization, 1 of another — no split
        ev2 = evaluations.create_evaluation(s, cohort.id)
        overall2 = _keyed(s, ev2.id)["overall"]
        record_responses(
            s,
            ev2.id,
            [scale_response([overall2], [5], organization="Big")] * 6
            + [scale_response([overall2], [1], organization="Tiny")],
        )
        results2 = evaluation_results(s, ev2.id)
        assert results2.organizations == () and results2.questions[0].by_organization == ()


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
            evaluations.set_closed(s, ev.id, True)
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
        evaluations.set_closed(s, ev_other.id, True)
        assert other.program_id != program.id
        current = cohorts[6]  # Omgång 7, 2026
        ev_id = evaluations.list_evaluations(s, current.id)[0].id
        trend = {r.key: r.trend for r in evaluation_results(s, ev_id).questions}
    assert [p.cohort_name for p in trend["overall"]] == [f"Omgång {n}" for n in range(2, 7)]
    assert [p.mean for p in trend["overall"]] == [means[f"Omgång {n}"] for n in range(2, 7)]
    assert trend["relevance"] == ()  # never answered before
    assert trend["takeaway"] == ()


def test_a_named_rate_counts_only_the_responses_of_the_participants_asked(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=2)
        ev = evaluations.create_evaluation(s, cohort.id, anonymous=False)
        overall = _keyed(s, ev.id)["overall"]
        mine = s.query(Enrollment).filter_by(cohort_id=cohort.id).all()
        record_responses(
            s,
            ev.id,
            [ResponseInput((AnswerInput(overall, number=4),), KEYBOARD, e.id) for e in mine],
        )
        mine[0].status = EnrollmentStatus.WITHDRAWN  # after answering
        # a mentor's response stored before mentors were refused
        mentor = Person(first_name="Mentor", last_name="M")
        s.add(mentor)
        s.flush()
        mentoring = Enrollment(cohort_id=cohort.id, person_id=mentor.id, role=Role.MENTOR)
        s.add(mentoring)
        s.flush()
        s.add(EvaluationResponse(evaluation_id=ev.id, enrollment_id=mentoring.id, source=KEYBOARD))
        s.flush()
        results = evaluation_results(s, ev.id)
    assert (results.responses, results.participants) == (1, 1)
    assert results.response_rate == 1.0
    assert results.rate_basis is RateBasis.COHORT and not results.few_answers


def test_a_session_evaluation_is_of_those_present_at_the_session(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=5)
        held = CohortSession(cohort_id=cohort.id, title="Träff 2", date=dt.date(2026, 10, 1))
        s.add(held)
        s.flush()
        anonymous = evaluations.create_evaluation(s, cohort.id, session_id=held.id)
        named = evaluations.create_evaluation(s, cohort.id, session_id=held.id, anonymous=False)
        whole = evaluations.create_evaluation(s, cohort.id)
        enrollments = s.query(Enrollment).filter_by(cohort_id=cohort.id).order_by(Enrollment.id)
        ids = [e.id for e in enrollments]
        overall = _keyed(s, anonymous.id)["overall"]
        record_responses(s, anonymous.id, [scale_response([overall], [4])] * 2)
        named_overall = _keyed(s, named.id)["overall"]
        record_responses(
            s,
            named.id,
            [ResponseInput((AnswerInput(named_overall, number=3),), KEYBOARD, e) for e in ids[:4]],
        )
        # no one marked at the session yet: the cohort's participants
        before = evaluation_results(s, anonymous.id)
        assert (before.participants, before.rate_basis) == (5, RateBasis.COHORT)
        marks = [
            AttendanceStatus.PRESENT,
            AttendanceStatus.LATE,
            AttendanceStatus.LEFT_EARLY,
            AttendanceStatus.ABSENT,
        ]  # the fifth is not marked
        for enrollment_id, mark in zip(ids, marks, strict=False):
            s.add(Attendance(enrollment_id=enrollment_id, session_id=held.id, status=mark))
        s.flush()
        after = evaluation_results(s, anonymous.id)
        assert (after.responses, after.participants) == (2, 3)
        assert after.rate_basis is RateBasis.SESSION_ATTENDANCE
        # named: the absent one's response is not counted in the rate
        named_results = evaluation_results(s, named.id)
        assert (named_results.responses, named_results.participants) == (3, 3)
        # the whole cohort's evaluation is of the whole cohort
        whole_results = evaluation_results(s, whole.id)
        assert (whole_results.participants, whole_results.rate_basis) == (5, RateBasis.COHORT)


def test_few_answers_of_an_anonymous_evaluation_are_flagged(db: Database) -> None:
    with db.write() as s:
        cohort = cohort_with_participants(s, participants=8)
        ev = evaluations.create_evaluation(s, cohort.id)
        overall = _keyed(s, ev.id)["overall"]
        assert not evaluation_results(s, ev.id).few_answers  # nothing to point anyone out
        record_responses(s, ev.id, [scale_response([overall], [2])])
        assert evaluation_results(s, ev.id).few_answers
        record_responses(s, ev.id, [scale_response([overall], [4])] * (ANONYMITY_MIN - 2))
        assert evaluation_results(s, ev.id).few_answers
        record_responses(s, ev.id, [scale_response([overall], [4])])
        assert not evaluation_results(s, ev.id).few_answers
        named = evaluations.create_evaluation(s, cohort.id, anonymous=False)
        first = s.query(Enrollment).filter_by(cohort_id=cohort.id).first()
        assert first is not None
        named_overall = _keyed(s, named.id)["overall"]
        form = ResponseInput((AnswerInput(named_overall, number=3),), KEYBOARD, first.id)
        record_responses(s, named.id, [form])
        assert not evaluation_results(s, named.id).few_answers  # named: no one is hidden


def test_the_trend_takes_one_evaluation_per_cohort_the_latest_closed_of_the_same_kind(
    db: Database,
) -> None:
    with db.write() as s:
        first = cohort_with_participants(s, name="Omgång 1", start=dt.date(2024, 9, 1))
        second = cohort_with_participants(
            s, program=first.program, name="Omgång 2", start=dt.date(2025, 9, 1)
        )
        now = cohort_with_participants(
            s, program=first.program, name="Omgång 3", start=dt.date(2026, 9, 1)
        )
        held = CohortSession(cohort_id=first.id, title="Träff 1", date=dt.date(2024, 9, 1))
        s.add(held)
        s.flush()

        def answered(cohort_id: int, value: int, *, closed: bool, **kw: object) -> int:
            ev = evaluations.create_evaluation(s, cohort_id, **kw)  # type: ignore[arg-type]
            overall = _keyed(s, ev.id)["overall"]
            record_responses(s, ev.id, [scale_response([overall], [value])] * 2)
            if closed:
                evaluations.set_closed(s, ev.id, True)
            return ev.id

        # Omgång 1: a mid-course check (1), the final evaluation (5) closed after it, a
        # session's (2) and one still open (3): the final one, not an average
        answered(first.id, 1, closed=True, title="Halvtid")
        answered(first.id, 5, closed=True, title="Slutet")
        answered(first.id, 2, closed=True, session_id=held.id)  # same questions, one session
        answered(first.id, 3, closed=False, title="Öppen")
        # Omgång 2: only an open evaluation: no point
        answered(second.id, 4, closed=False)
        current = evaluations.create_evaluation(s, now.id)
        trend = {r.key: r.trend for r in evaluation_results(s, current.id).questions}
        assert [(p.cohort_name, p.mean, p.answered) for p in trend["overall"]] == [
            ("Omgång 1", 5.0, 2)
        ]
        # a session's evaluation is compared with sessions' evaluations
        now_held = CohortSession(cohort_id=now.id, title="Träff 1", date=dt.date(2026, 9, 1))
        s.add(now_held)
        s.flush()
        of_session = evaluations.create_evaluation(s, now.id, session_id=now_held.id)
        trend = {r.key: r.trend for r in evaluation_results(s, of_session.id).questions}
        assert [(p.cohort_name, p.mean) for p in trend["overall"]] == [("Omgång 1", 2.0)]
