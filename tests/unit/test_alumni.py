"""The alumni view: one person's history (named evaluations only) and a programme's figures."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.domain import CohortStatus, EnrollmentStatus, InviteeStatus, ResponseSource, Role
from app.models import Cohort, Evaluation, EvaluationResponse
from app.services import alumni, gatherings
from app.services.gatherings import GatheringFields
from tests.reunion_data import Alumni, build_alumni

DAY = dt.date(2026, 5, 20)


def evaluation(
    session: DbSession, data: Alumni, cohort: str, *, anonymous: bool, title: str
) -> int:
    row = Evaluation(cohort_id=data.cohorts[cohort], title=title, anonymous=anonymous)
    session.add(row)
    session.flush()
    return row.id


def test_person_history(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = gatherings.create_gathering(
            session, data.program_id, GatheringFields(title="Återträff 2026", date=DAY)
        ).id
        gatherings.invite_alumni(session, gid)
        gatherings.set_status(
            session, gid, data.people["Andersson"], InviteeStatus.ATTENDED, today=DAY
        )
        history = alumni.person_history(session, data.people["Andersson"])
    assert history.person.last_name == "Andersson"
    assert [(c.cohort, c.role, c.status, c.completed) for c in history.cohorts] == [
        ("Omgång 1", Role.PARTICIPANT, EnrollmentStatus.COMPLETED, True),
        ("Omgång 2", Role.PARTICIPANT, EnrollmentStatus.ENROLLED, True),  # by its diploma
    ]
    (diploma,) = history.diplomas
    assert diploma.cohort == "Omgång 2" and not diploma.revoked
    (gathering,) = history.gatherings
    assert (gathering.title, gathering.status) == ("Återträff 2026", InviteeStatus.ATTENDED)


def test_revoked_diploma_and_mentor_are_shown_but_not_completed(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        dahl = alumni.person_history(session, data.people["Dahl"])
        fors = alumni.person_history(session, data.people["Fors"])
    assert dahl.diplomas[0].revoked and not dahl.cohorts[0].completed
    assert fors.cohorts[0].role == Role.MENTOR and not fors.cohorts[0].completed


def test_anonymous_responses_never_show(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        named = evaluation(session, data, "1", anonymous=False, title="Named")
        anonymous = evaluation(session, data, "2", anonymous=True, title="Anonymous")
        # A named response, an anonymous one (no enrollment, as the schema keeps them), and
        # a response that carries an enrollment in an evaluation marked anonymous: none of
        # the last two may be tied to the person.
        session.add_all(
            [
                EvaluationResponse(
                    evaluation_id=named,
                    enrollment_id=data.enrollments[("Andersson", "1")],
                    source=ResponseSource.KEYBOARD,
                ),
                EvaluationResponse(
                    evaluation_id=anonymous,
                    enrollment_id=None,
                    organization="Alingsås kommun",
                    source=ResponseSource.KEYBOARD,
                ),
                EvaluationResponse(
                    evaluation_id=anonymous,
                    enrollment_id=data.enrollments[("Andersson", "2")],
                    source=ResponseSource.PDF_FORM,
                ),
            ]
        )
        session.flush()
        history = alumni.person_history(session, data.people["Andersson"])
    assert [e.title for e in history.evaluations] == ["Named"]
    assert history.evaluations[0].cohort == "Omgång 1"


def test_programme_figures(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        empty = alumni.programme_alumni(session, data.program_id)
        assert empty.returned == 0 and empty.gatherings == 0
        for title, day in (("2025", dt.date(2025, 5, 1)), ("2026", DAY)):
            gid = gatherings.create_gathering(
                session, data.program_id, GatheringFields(title=title, date=day)
            ).id
            gatherings.invite_alumni(session, gid, active_only=False)
            gatherings.add_by_hand(session, gid, data.people["Holm"])
            for last in ("Andersson", "Holm"):
                gatherings.set_status(
                    session, gid, data.people[last], InviteeStatus.ATTENDED, today=DAY
                )
        figures = alumni.programme_alumni(session, data.program_id)
        candidates = gatherings.alumni_candidates(session, data.program_id, active_only=False)
    # Andersson (2024, 2025), Berg (2025), Carlsson (2025, archived); Gran (2024) was
    # erased: the figures leave them out, like the invitation list does.
    assert figures.alumni == 3
    assert figures.by_year == ((2024, 1), (2025, 3))
    assert figures.by_organization == (("Borås Stad", 2), ("Alingsås kommun", 1))
    assert figures.gatherings == 2
    assert figures.returned == 1  # Holm attended, but is no alumnus
    assert figures.return_rate == Fraction(1, 3)
    assert figures.alumni == len(candidates)


def test_empty_programme(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        figures = alumni.programme_alumni(session, data.other_program_id)
    assert figures.alumni == 1 and figures.by_organization == (("Vårgårda kommun", 1),)
    assert figures.return_rate == Fraction(0)


def test_enrolled_to_the_end_of_a_completed_cohort(db: Database) -> None:
    """Still enrolled when the cohort was marked completed: an alumnus (Holm); a withdrawn
    participant of a completed cohort is not (Ek)."""
    with db.write() as session:
        data = build_alumni(session)
        assert alumni.programme_alumni(session, data.program_id).alumni == 3
        for key in ("1", "3"):
            session.get(Cohort, data.cohorts[key]).status = CohortStatus.COMPLETED  # type: ignore[union-attr]
        session.flush()
        figures = alumni.programme_alumni(session, data.program_id)
        listed = [a.last_name for a in gatherings.alumni_candidates(session, data.program_id)]
        holm = alumni.person_history(session, data.people["Holm"])
    assert figures.alumni == 4 and figures.by_year[-1] == (2027, 1)
    assert listed == ["Andersson", "Berg", "Holm"]
    assert holm.cohorts[0].completed
    assert holm.cohorts[0].status == EnrollmentStatus.ENROLLED
    assert holm.cohorts[0].shown_status == EnrollmentStatus.COMPLETED
