"""A person's places on reunion lists: in their data export, gone when they are erased or
deleted (the list's key restricts, so forgetting them would make erasing fail)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.db import Database
from app.domain import InviteeStatus, Language
from app.models import GatheringInvitee, Person
from app.services import (
    deletion,
    gathering_output,
    gatherings,
    privacy_erase,
    privacy_export,
    privacy_record,
)
from app.services.gatherings import GatheringFields
from tests.reunion_data import build_alumni

DAY = dt.date(2026, 5, 20)


def _reunion_with_everyone(db: Database) -> tuple[int, dict[str, int]]:
    with db.write() as session:
        data = build_alumni(session)
        gid = gatherings.create_gathering(
            session, data.program_id, GatheringFields(title="Återträff", date=DAY)
        ).id
        gatherings.invite_alumni(session, gid, active_only=False)
        for last in ("Holm", "Ek"):
            gatherings.add_by_hand(session, gid, data.people[last])
        gatherings.set_status(session, gid, data.people["Berg"], InviteeStatus.DECLINED)
        return gid, data.people


def test_the_export_lists_invitations(db: Database) -> None:
    gid, people = _reunion_with_everyone(db)
    with db.read() as session:
        data = privacy_export.personal_data(session, people["Berg"])
        json = privacy_export.to_json(data)
    (place,) = data.gatherings
    assert (place.title, place.status, place.added_by_hand) == (
        "Återträff",
        InviteeStatus.DECLINED,
        False,
    )
    assert json["gatherings"][0]["status"] == "declined"
    assert json["gatherings"][0]["programme"] == "Framtidens ledare"
    record = privacy_record.person_record(data, Language.SWEDISH)
    (section,) = [s for s in record.sections if s.title == "Återträffar och föreläsningar"]
    assert [(r.label, r.value) for r in section.rows] == [
        ("20 maj 2026 Återträff (Framtidens ledare)", "Återträff: tackat nej")
    ]


def test_erasing_removes_their_places(db: Database) -> None:
    gid, people = _reunion_with_everyone(db)
    with db.write() as session:
        # Berg has a diploma, kept in the register: the person row stays, erased.
        for last in ("Berg", "Carlsson"):
            impact = privacy_erase.erasure_impact(session, people[last])
            privacy_erase.erase_person(session, people[last], confirmed=impact)
    with db.read() as session:
        listed = [i.last_name for i in gathering_output.invitees(session, gid)]
        assert listed == ["Andersson", "Ek", "Holm"]
        assert session.get(Person, people["Carlsson"]) is None
        assert session.get(Person, people["Berg"]) is not None  # diplomas kept


def test_erasing_with_diplomas_removes_their_places(db: Database) -> None:
    gid, people = _reunion_with_everyone(db)
    with db.write() as session:
        impact = privacy_erase.erasure_impact(session, people["Berg"], with_diplomas=True)
        privacy_erase.erase_person(session, people["Berg"], confirmed=impact)
        count = session.scalar(
            select(func.count()).where(GatheringInvitee.person_id == people["Berg"])
        )
    assert count == 0


def test_deleting_removes_their_places(db: Database) -> None:
    gid, people = _reunion_with_everyone(db)
    with db.write() as session:
        for last in ("Holm", "Carlsson"):
            impact = deletion.person_impact(session, people[last])
            deletion.delete_person(session, people[last], confirmed=impact)
    with db.read() as session:
        listed = [i.last_name for i in gathering_output.invitees(session, gid)]
    assert listed == ["Andersson", "Berg", "Ek"]


def test_the_impacts_count_invitations(db: Database) -> None:
    gid, people = _reunion_with_everyone(db)
    with db.write() as session:
        erasing = privacy_erase.erasure_impact(session, people["Holm"])
        deleting = deletion.person_impact(session, people["Holm"])
        assert erasing.invitations == 1
        assert deleting.invitations == 1
        assert deleting.evaluation_responses == 0
        assert privacy_erase.erasure_impact(session, people["Öberg"]).invitations == 0
        # A new invitation since the confirmation: nothing is deleted.
        other = gatherings.create_gathering(
            session, _program_of(session, gid), GatheringFields(title="Föreläsning", date=DAY)
        ).id
        gatherings.add_by_hand(session, other, people["Holm"])
        assert deletion.person_impact(session, people["Holm"]).invitations == 2
        assert privacy_erase.erasure_impact(session, people["Holm"]) != erasing


def _program_of(session, gathering_id: int) -> int:  # type: ignore[no-untyped-def]
    from app.models import Gathering

    return session.get(Gathering, gathering_id).program_id
