"""Merging two people moves their reunion invitations and named evaluation responses (the
keys restrict: forgetting them would make the merge fail with a database error)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.domain import InviteeStatus, ResponseSource
from app.errors import ValidationError
from app.models import (
    Enrollment,
    Evaluation,
    EvaluationResponse,
    GatheringInvitee,
    Person,
)
from app.services import duplicates, gatherings
from app.services.gatherings import GatheringFields
from tests.evaluation_data import cohort_with_participants
from tests.reunion_data import build_alumni

DAY = dt.date(2026, 5, 20)


def test_a_merge_moves_invitations_keeping_the_further_status(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        keep, merge = data.people["Andersson"], data.people["Ek"]
        first = gatherings.create_gathering(
            session, data.program_id, GatheringFields(title="Återträff", date=DAY)
        ).id
        gatherings.invite_alumni(session, first, active_only=False)
        gatherings.add_by_hand(session, first, merge)
        gatherings.set_status(session, first, keep, InviteeStatus.ACCEPTED)
        gatherings.set_status(session, first, merge, InviteeStatus.ATTENDED)
        second = gatherings.create_gathering(
            session, data.program_id, GatheringFields(title="Föreläsning", date=DAY)
        ).id
        gatherings.add_by_hand(session, second, merge)
        duplicates.merge_people(session, keep, merge)
    with db.read() as session:
        places = {
            i.gathering_id: (i.person_id, i.status, i.added_by_hand)
            for i in session.scalars(
                select(GatheringInvitee).where(GatheringInvitee.person_id.in_([keep, merge]))
            )
        }
        assert places == {
            first: (keep, InviteeStatus.ATTENDED, False),
            second: (keep, InviteeStatus.INVITED, True),
        }
        assert session.get(Person, merge) is None


def _two_in_one_cohort(session, *, both_answer: bool) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    cohort = cohort_with_participants(session, participants=2)
    enrollments = session.scalars(
        select(Enrollment).where(Enrollment.cohort_id == cohort.id).order_by(Enrollment.id)
    ).all()
    evaluation = Evaluation(cohort_id=cohort.id, title="Kursutvärdering", anonymous=False)
    session.add(evaluation)
    session.flush()
    answering = enrollments if both_answer else enrollments[1:]
    for enrollment in answering:
        session.add(
            EvaluationResponse(
                evaluation_id=evaluation.id,
                enrollment_id=enrollment.id,
                source=ResponseSource.KEYBOARD,
            )
        )
    session.flush()
    return enrollments[0].person_id, enrollments[1].person_id, enrollments[0].id


def test_a_merge_moves_named_responses_to_the_kept_enrollment(db: Database) -> None:
    with db.write() as session:
        keep, merge, kept_enrollment = _two_in_one_cohort(session, both_answer=False)
        duplicates.merge_people(session, keep, merge)
    with db.read() as session:
        assert list(session.scalars(select(EvaluationResponse.enrollment_id))) == [kept_enrollment]


def test_a_merge_is_refused_when_both_answered_one_evaluation(db: Database) -> None:
    with db.write() as session:
        keep, merge, _ = _two_in_one_cohort(session, both_answer=True)
    refused = pytest.raises(ValidationError, match="Both people answered the course evaluation")
    with refused, db.write() as session:
        duplicates.merge_people(session, keep, merge)
    with db.read() as session:
        assert session.get(Person, merge) is not None
        assert len(session.scalars(select(EvaluationResponse)).all()) == 2
