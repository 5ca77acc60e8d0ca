"""The completion rule, by example and by property."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.domain import AttendanceStatus
from app.rules import (
    CompletionRule,
    Override,
    SessionMark,
    Shortfall,
    Standing,
    evaluate,
    programme_done,
)

TODAY = dt.date(2026, 3, 1)
P, L, E, X, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.LEFT_EARLY,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def held(status: AttendanceStatus | None, *, mandatory: bool = False, day: int = 1) -> SessionMark:
    return SessionMark(dt.date(2026, 1, day), mandatory, False, status)


def test_four_of_five_is_exactly_eighty_percent() -> None:
    marks = [held(P), held(P), held(P), held(P), held(A)]
    result = evaluate(CompletionRule(80, require_all_mandatory=False), marks, today=TODAY)
    assert result.eligible and result.attended == 4 and result.held == 5
    assert float(result.rate or 0) == 0.8


def test_three_of_five_is_not_enough() -> None:
    marks = [held(P), held(P), held(P), held(A), held(A)]
    result = evaluate(CompletionRule(80), marks, today=TODAY)
    assert not result.eligible
    assert result.shortfalls == (Shortfall.ATTENDANCE_BELOW_MINIMUM,)


def test_missing_a_mandatory_session_fails_even_with_enough_sessions() -> None:
    marks = [held(A, mandatory=True)] + [held(P)] * 9
    assert not evaluate(CompletionRule(80, require_all_mandatory=True), marks, today=TODAY).eligible
    assert evaluate(CompletionRule(80, require_all_mandatory=False), marks, today=TODAY).eligible


def test_what_counts_follows_the_rule() -> None:
    for status, flag in ((L, "count_late"), (E, "count_left_early"), (X, "count_excused")):
        marks = [held(status)]
        yes = CompletionRule(100, **{flag: True})
        no = CompletionRule(100, **{flag: False})
        assert evaluate(yes, marks, today=TODAY).eligible, status
        assert not evaluate(no, marks, today=TODAY).eligible, status
    assert not evaluate(CompletionRule(1), [held(A)], today=TODAY).eligible
    assert not evaluate(CompletionRule(1), [held(None)], today=TODAY).eligible


def test_future_and_cancelled_sessions_are_not_held() -> None:
    future = SessionMark(dt.date(2026, 5, 1), True, False, None)
    cancelled = SessionMark(dt.date(2026, 1, 5), True, True, None)
    result = evaluate(CompletionRule(100), [held(P), future, cancelled], today=TODAY)
    assert result.meets and result.held == 1
    # A session is still to come: meeting the rule so far is "on track", not a diploma.
    assert result.on_track and not result.eligible
    # a session on today's date counts as held: a roll call taken today applies today
    today_session = SessionMark(TODAY, False, False, None)
    assert evaluate(CompletionRule(100), [today_session], today=TODAY).held == 1


def test_nothing_held_yet_is_not_eligible() -> None:
    result = evaluate(CompletionRule(0), [], today=TODAY)
    assert not result.eligible and result.rate is None
    assert result.shortfalls == (Shortfall.NO_SESSIONS_HELD,)


def test_action_plan_required() -> None:
    rule = CompletionRule(0, require_action_plan=True)
    assert not evaluate(rule, [held(P)], today=TODAY).eligible
    assert evaluate(rule, [held(P)], today=TODAY, has_action_plan=True).eligible


def test_override_decides_but_keeps_the_shortfalls_on_record() -> None:
    override = Override(True, "Made up session 3 with a written assignment")
    result = evaluate(CompletionRule(100), [held(A)], today=TODAY, override=override)
    assert result.eligible and not result.rule_eligible
    assert result.shortfalls == (Shortfall.ATTENDANCE_BELOW_MINIMUM,)
    refused = evaluate(CompletionRule(0), [held(P)], today=TODAY, override=Override(False, "x"))
    assert not refused.eligible


statuses = st.one_of(st.none(), st.sampled_from(list(AttendanceStatus)))
marks_strategy = st.lists(
    st.builds(
        SessionMark,
        date=st.dates(dt.date(2025, 9, 1), dt.date(2026, 6, 30)),
        mandatory=st.booleans(),
        cancelled=st.booleans(),
        status=statuses,
    ),
    max_size=15,
)
rules = st.builds(
    CompletionRule,
    min_attendance_percent=st.integers(0, 100),
    require_all_mandatory=st.booleans(),
    count_late=st.booleans(),
    count_left_early=st.booleans(),
    count_excused=st.booleans(),
    require_action_plan=st.booleans(),
)


@given(rules, marks_strategy, st.data(), st.booleans())
def test_one_more_present_never_costs_eligibility(rule, marks, data, plan) -> None:  # type: ignore[no-untyped-def]
    before = evaluate(rule, marks, today=TODAY, has_action_plan=plan)
    if not marks:
        return
    i = data.draw(st.integers(0, len(marks) - 1))
    improved = [*marks]
    improved[i] = dataclasses.replace(marks[i], status=AttendanceStatus.PRESENT)
    after = evaluate(rule, improved, today=TODAY, has_action_plan=plan)
    assert after.attended >= before.attended
    assert not (before.eligible and not after.eligible)


@given(rules, marks_strategy, st.booleans())
def test_figures_are_consistent(rule, marks, plan) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(rule, marks, today=TODAY, has_action_plan=plan)
    assert 0 <= result.attended <= result.held <= len(marks)
    assert result.held == sum(1 for m in marks if not m.cancelled and m.date <= TODAY)
    if result.rate is not None:
        assert 0 <= result.rate <= 1
    assert result.meets == (not result.shortfalls)
    assert result.eligible == (result.meets and result.programme_done)
    planned = [m for m in marks if not m.cancelled]
    assert result.programme_done == (bool(planned) and all(m.date <= TODAY for m in planned))


@given(rules, marks_strategy, st.booleans(), st.booleans())
def test_an_override_always_decides(rule, marks, plan, verdict) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(
        rule,
        marks,
        today=TODAY,
        has_action_plan=plan,
        override=Override(verdict, "decided by the steering group"),
    )
    assert result.meets is verdict  # the programme still has to be done for a diploma


@given(rules, marks_strategy)
def test_relaxing_the_minimum_never_costs_eligibility(rule, marks) -> None:  # type: ignore[no-untyped-def]
    strict = evaluate(rule, marks, today=TODAY, has_action_plan=True)
    relaxed_rule = dataclasses.replace(
        rule, min_attendance_percent=rule.min_attendance_percent // 2
    )
    relaxed = evaluate(relaxed_rule, marks, today=TODAY, has_action_plan=True)
    assert not (strict.eligible and not relaxed.eligible)


def test_on_track_until_every_planned_session_is_held() -> None:
    """Mid-programme a participant who meets the rule is on track, not eligible; the last
    planned session held (or the cohort marked completed) makes them eligible."""
    closing = SessionMark(dt.date(2026, 3, 19), True, False, None)
    marks = [held(P), held(P), closing]
    before = evaluate(CompletionRule(60, require_all_mandatory=False), marks, today=TODAY)
    assert (before.standing, before.eligible, before.on_track) == (Standing.ON_TRACK, False, True)
    after_closing = dt.date(2026, 3, 19)
    done = evaluate(CompletionRule(60, require_all_mandatory=False), marks, today=after_closing)
    assert (done.standing, done.eligible) == (Standing.ELIGIBLE, True)
    completed = evaluate(
        CompletionRule(60, require_all_mandatory=False), marks, today=TODAY, cohort_completed=True
    )
    assert completed.standing == Standing.ELIGIBLE


def test_not_on_track_and_not_eligible_are_told_apart() -> None:
    future = SessionMark(dt.date(2026, 5, 1), False, False, None)
    behind = evaluate(CompletionRule(100), [held(A), future], today=TODAY)
    assert behind.standing == Standing.NOT_ON_TRACK and not behind.meets
    over = evaluate(CompletionRule(100), [held(A)], today=TODAY)
    assert over.standing == Standing.NOT_ELIGIBLE


def test_a_cancelled_last_session_does_not_keep_the_programme_open() -> None:
    cancelled = SessionMark(dt.date(2026, 6, 1), True, True, None)
    assert evaluate(CompletionRule(100), [held(P), cancelled], today=TODAY).eligible
    assert not programme_done([], today=TODAY, cohort_completed=False)  # nothing planned yet
