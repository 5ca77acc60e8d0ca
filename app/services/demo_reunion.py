"""The demo's reunion: "Återträff 2026" of Framtidens ledare, its alumni invited.

Run by :func:`app.services.demo.create_demo` after the programmes exist. Deterministic and
idempotent: a second run finds the reunion by its title and changes nothing.

The demo's finished cohort (Omgång 3, 2025/2026) is marked completed, so everyone still
enrolled in it is an alumnus (see :mod:`app.services.alumni_selection`); nothing else of the
demo is changed. They are all invited; a mentor is added by hand to speak. Their answers
follow a fixed pattern: most accepted, some declined, two never answered; once the reunion's
date has passed, those who accepted attended, but one in four of them, absent.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.domain import GatheringKind, InviteeStatus
from app.models import Gathering, Person
from app.services import gatherings, programs

PROGRAMME_CODE = "FL"
TITLE = "Återträff 2026"
DATE = dt.date(2026, 11, 12)
SPEAKER = ("Karin", "Håkansson")  # a mentor of the cohort, added by hand


def add_demo_reunion(session: DbSession, *, today: dt.date | None = None) -> int | None:
    """Add the demo reunion (see the module docstring); returns its id, or ``None`` when the
    demo programme is not there."""
    program = programs.find_program_by_code(session, PROGRAMME_CODE)
    if program is None:
        return None
    found = session.scalar(
        select(Gathering.id).where(Gathering.program_id == program.id, Gathering.title == TITLE)
    )
    if found is not None:
        return found
    today = today or dt.date.today()
    gathering = gatherings.create_gathering(
        session,
        program.id,
        gatherings.GatheringFields(
            title=TITLE,
            date=DATE,
            kind=GatheringKind.REUNION,
            start_time=dt.time(17, 0),
            end_time=dt.time(20, 0),
            venue="Stadshotellet, Alingsås",
            notes="Middag efter föreläsningen om tillitsbaserad ledning.",
        ),
    )
    gatherings.invite_alumni(session, gathering.id)
    speaker = session.scalar(
        select(Person.id).where(Person.first_name == SPEAKER[0], Person.last_name == SPEAKER[1])
    )
    if speaker is not None:
        gatherings.add_by_hand(session, gathering.id, speaker)
    passed = today >= DATE
    alumni = gatherings.alumni_candidates(session, program.id)
    for index, alumnus in enumerate(alumni):
        answer = _answer(index)
        if answer == InviteeStatus.INVITED:
            continue
        gatherings.set_status(session, gathering.id, alumnus.person_id, answer, today=today)
        if passed and answer == InviteeStatus.ACCEPTED:
            came = InviteeStatus.ABSENT if index % 4 == 3 else InviteeStatus.ATTENDED
            gatherings.set_status(session, gathering.id, alumnus.person_id, came, today=today)
    if speaker is not None:
        status = InviteeStatus.ATTENDED if passed else InviteeStatus.ACCEPTED
        gatherings.set_status(session, gathering.id, speaker, status, today=today)
    return gathering.id


def _answer(index: int) -> InviteeStatus:
    if index % 5 == 2:
        return InviteeStatus.DECLINED
    if index in (6, 11):
        return InviteeStatus.INVITED  # never answered
    return InviteeStatus.ACCEPTED
