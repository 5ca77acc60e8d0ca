"""Completion and diploma-eligibility rules: pure functions over plain values.

A participant completes a cohort when, over the sessions *held so far* (dated today or
earlier and not cancelled):
- the share of sessions attended is at least ``min_attendance_percent``, and
- if ``require_all_mandatory``, every held mandatory session was attended, and
- if ``require_action_plan``, the participant has an action plan.
Present always counts as attended; late, left early and excused count as the rule says;
absent and "not recorded" never count. A per-person override (with its reason) decides
instead of the rule, in either direction.

Meeting the rule so far is not yet a diploma: a participant is *eligible* only when the
programme is done — every planned (not cancelled) session held, or the cohort marked
completed. Until then one who meets the rule is *on track* (:class:`Standing`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

from app.domain import AttendanceStatus


@dataclass(frozen=True)
class CompletionRule:
    min_attendance_percent: int = 80
    require_all_mandatory: bool = True
    count_late: bool = True
    count_left_early: bool = True
    count_excused: bool = False
    require_action_plan: bool = False

    def counts(self, status: AttendanceStatus | None) -> bool:
        """Whether a mark counts as attended under this rule."""
        return status in self.counted

    @cached_property
    def counted(self) -> frozenset[AttendanceStatus]:
        """The marks that count as attended (worked out once per rule: the grid asks for
        every participant × session)."""
        return frozenset(
            status
            for status, counts in (
                (AttendanceStatus.PRESENT, True),
                (AttendanceStatus.LATE, self.count_late),
                (AttendanceStatus.LEFT_EARLY, self.count_left_early),
                (AttendanceStatus.EXCUSED, self.count_excused),
                (AttendanceStatus.ABSENT, False),
            )
            if counts
        )


@dataclass(frozen=True)
class SessionMark:
    """One session as seen from one participant."""

    date: dt.date
    mandatory: bool
    cancelled: bool
    status: AttendanceStatus | None  # None: not recorded

    def held(self, today: dt.date) -> bool:
        return not self.cancelled and self.date <= today


@dataclass(frozen=True)
class Override:
    eligible: bool
    reason: str


class Shortfall(enum.StrEnum):
    """Why a participant is not (yet) eligible."""

    NO_SESSIONS_HELD = "no_sessions_held"
    ATTENDANCE_BELOW_MINIMUM = "attendance_below_minimum"
    MISSED_MANDATORY = "missed_mandatory"
    NO_ACTION_PLAN = "no_action_plan"


SHORTFALL_TEXT = {
    Shortfall.NO_SESSIONS_HELD: "no sessions held yet",
    Shortfall.ATTENDANCE_BELOW_MINIMUM: "attendance below the minimum",
    Shortfall.MISSED_MANDATORY: "missed a mandatory session",
    Shortfall.NO_ACTION_PLAN: "no action plan",
}


class Standing(enum.StrEnum):
    """Where a participant stands with the diploma: the one word every view shows."""

    ELIGIBLE = "eligible"  # meets the rule and the programme is done
    ON_TRACK = "on_track"  # meets the rule so far; sessions remain
    NOT_ON_TRACK = "not_on_track"  # does not meet the rule so far; sessions remain
    NOT_ELIGIBLE = "not_eligible"  # does not meet the rule and the programme is done


STANDING_TEXT = {
    Standing.ELIGIBLE: "eligible",
    Standing.ON_TRACK: "on track",
    Standing.NOT_ON_TRACK: "not on track",
    Standing.NOT_ELIGIBLE: "not eligible",
}


@dataclass(frozen=True)
class Eligibility:
    meets: bool  # meets the rule over the sessions held so far (or an override says so)
    attended: int
    held: int
    shortfalls: tuple[Shortfall, ...]  # what the rule found, even when an override decides
    override: Override | None
    programme_done: bool  # every planned session held, or the cohort marked completed

    @property
    def eligible(self) -> bool:
        """Has a right to a diploma now: meets the rule and the programme is done."""
        return self.meets and self.programme_done

    @property
    def on_track(self) -> bool:
        return self.meets and not self.programme_done

    @property
    def standing(self) -> Standing:
        if self.programme_done:
            return Standing.ELIGIBLE if self.meets else Standing.NOT_ELIGIBLE
        return Standing.ON_TRACK if self.meets else Standing.NOT_ON_TRACK

    @property
    def rate(self) -> Fraction | None:
        """Attended share of held sessions; ``None`` before any session was held."""
        return Fraction(self.attended, self.held) if self.held else None

    @property
    def rule_eligible(self) -> bool:
        return not self.shortfalls


def programme_done(
    sessions: Iterable[tuple[dt.date, bool]], *, today: dt.date, cohort_completed: bool
) -> bool:
    """Whether the programme is over: the cohort is marked completed, or it has sessions
    and every one of them (date, cancelled) that is not cancelled has been held."""
    if cohort_completed:
        return True
    planned = [date for date, cancelled in sessions if not cancelled]
    return bool(planned) and max(planned) <= today


def evaluate(
    rule: CompletionRule,
    marks: Iterable[SessionMark],
    *,
    today: dt.date,
    has_action_plan: bool = False,
    override: Override | None = None,
    cohort_completed: bool = False,
) -> Eligibility:
    marks = list(marks)
    return judge(
        rule,
        [(m.mandatory, m.status) for m in marks if not m.cancelled and m.date <= today],
        has_action_plan=has_action_plan,
        override=override,
        programme_done=programme_done(
            ((m.date, m.cancelled) for m in marks), today=today, cohort_completed=cohort_completed
        ),
    )


def judge(
    rule: CompletionRule,
    held: Sequence[tuple[bool, AttendanceStatus | None]],
    *,
    has_action_plan: bool = False,
    override: Override | None = None,
    programme_done: bool,
) -> Eligibility:
    """:func:`evaluate` for the sessions already held, each as (mandatory, mark): a cohort's
    list works out which sessions are held once, not once per participant."""
    counted = rule.counted
    attended = sum(1 for _, status in held if status in counted)
    shortfalls: list[Shortfall] = []
    if not held:
        shortfalls.append(Shortfall.NO_SESSIONS_HELD)
    # Integer arithmetic: 4 of 5 sessions is exactly 80 %, never 79.999… %.
    elif attended * 100 < rule.min_attendance_percent * len(held):
        shortfalls.append(Shortfall.ATTENDANCE_BELOW_MINIMUM)
    if rule.require_all_mandatory and any(
        mandatory and status not in counted for mandatory, status in held
    ):
        shortfalls.append(Shortfall.MISSED_MANDATORY)
    if rule.require_action_plan and not has_action_plan:
        shortfalls.append(Shortfall.NO_ACTION_PLAN)
    meets = override.eligible if override is not None else not shortfalls
    return Eligibility(meets, attended, len(held), tuple(shortfalls), override, programme_done)
