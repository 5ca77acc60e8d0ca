"""Reunions: who is an alumnus, the invitation list, the statuses, the export and the sheet."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session as DbSession

from app.db import Database
from app.domain import GatheringKind, InviteeStatus
from app.errors import NotFoundError, ValidationError
from app.models import Gathering, GatheringInvitee
from app.services import gathering_output, gatherings
from app.services.gatherings import GatheringFields
from tests.pdf_text import read, squashed
from tests.reunion_data import Alumni, build_alumni

ACCEPTED, DECLINED = InviteeStatus.ACCEPTED, InviteeStatus.DECLINED
ATTENDED, ABSENT, INVITED = InviteeStatus.ATTENDED, InviteeStatus.ABSENT, InviteeStatus.INVITED
DAY = dt.date(2026, 5, 20)


def names(alumni: list[gatherings.Alumnus]) -> list[str]:
    return [a.last_name for a in alumni]


def reunion(session: DbSession, data: Alumni, **changes: object) -> int:
    fields = GatheringFields(title="Återträff 2026", date=DAY, venue="Alingsås")
    fields = GatheringFields(**{**fields.__dict__, **changes})  # type: ignore[arg-type]
    return gatherings.create_gathering(session, data.program_id, fields).id


def test_alumni_are_completed_or_diploma_participants(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        assert names(gatherings.alumni_candidates(session, data.program_id)) == [
            "Andersson",
            "Berg",
        ]
        everyone = gatherings.alumni_candidates(session, data.program_id, active_only=False)
        assert names(everyone) == ["Andersson", "Berg", "Carlsson"]  # archived Carlsson too
        assert everyone[2].archived
        (andersson, *_rest) = everyone
        assert [(c.name, c.year) for c in andersson.cohorts] == [
            ("Omgång 1", 2024),
            ("Omgång 2", 2025),
        ]
        assert names(gatherings.alumni_candidates(session, data.other_program_id)) == ["Öberg"]


def test_alumni_filters(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        pid, orgs = data.program_id, data.organizations

        def pick(**filters: object) -> list[str]:
            return names(gatherings.alumni_candidates(session, pid, **filters))  # type: ignore[arg-type]

        assert pick(years=[2024]) == ["Andersson"]
        assert pick(years=[2025]) == ["Andersson", "Berg"]
        assert pick(years=[2025], active_only=False) == ["Andersson", "Berg", "Carlsson"]
        assert pick(years=[2023, 2027]) == []
        assert pick(organization_ids=[orgs["Borås Stad"]]) == ["Berg"]
        assert pick(organization_ids=[orgs["Borås Stad"]], active_only=False) == [
            "Berg",
            "Carlsson",
        ]
        assert pick(organization_ids=[orgs["Alingsås kommun"]], years=[2024]) == ["Andersson"]
        assert pick(organization_ids=[]) == []
        with pytest.raises(NotFoundError):
            gatherings.alumni_candidates(session, 999)


def test_gathering_validation_changes_nothing(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        good = GatheringFields(title="Återträff", date=DAY)
        for bad, message in [
            (GatheringFields(title="  ", date=DAY), "title"),
            (
                GatheringFields(title="Ok", date=DAY, start_time=dt.time(16), end_time=dt.time(9)),
                "end after",
            ),
            (GatheringFields(title="Ok", date=DAY, end_time=dt.time(9)), "start time"),
            (GatheringFields(title="x" * 201, date=DAY), "200"),
        ]:
            with pytest.raises(ValidationError, match=message):
                gatherings.create_gathering(session, data.program_id, bad)
        assert session.query(Gathering).count() == 0
        info = gatherings.create_gathering(session, data.program_id, good)
        with pytest.raises(ValidationError):
            gatherings.update_gathering(session, info.id, GatheringFields(title="", date=DAY))
        assert gatherings.get_gathering(session, info.id).title == "Återträff"
        edited = gatherings.update_gathering(
            session,
            info.id,
            GatheringFields(
                title=" Öppen  föreläsning ",
                date=DAY,
                kind=GatheringKind.LECTURE,
                start_time=dt.time(13),
                end_time=dt.time(16),
            ),
        )
        assert (edited.title, edited.kind, edited.end_time) == (
            "Öppen föreläsning",
            GatheringKind.LECTURE,
            dt.time(16),
        )
        with pytest.raises(NotFoundError):
            gatherings.create_gathering(session, 999, good)


def test_invite_is_idempotent_and_all_or_nothing(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        assert gatherings.invite_alumni(session, gid) == 2
        assert gatherings.invite_alumni(session, gid) == 0
        assert gatherings.invite_alumni(session, gid, active_only=False) == 1  # Carlsson
        gatherings.set_status(session, gid, data.people["Berg"], ACCEPTED)
        assert gatherings.invite(session, gid, [data.people["Berg"]]) == 0
        listed = gathering_output.invitees(session, gid)
        assert [(i.last_name, i.status) for i in listed] == [
            ("Andersson", INVITED),
            ("Berg", ACCEPTED),  # inviting again kept the answer
            ("Carlsson", INVITED),
        ]
        with pytest.raises(NotFoundError):
            gatherings.invite(session, gid, [data.people["Holm"], 9999])
        with pytest.raises(ValidationError, match="erased"):
            gatherings.invite(session, gid, [data.people["Holm"], data.people["Gran"]])
        assert len(gathering_output.invitees(session, gid)) == 3  # Holm not added either


def test_add_by_hand_and_remove(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        gatherings.add_by_hand(session, gid, data.people["Holm"])
        with pytest.raises(ValidationError, match="already"):
            gatherings.add_by_hand(session, gid, data.people["Holm"])
        (holm,) = gathering_output.invitees(session, gid)
        assert holm.added_by_hand and holm.cohorts == ()
        assert gatherings.invite(session, gid, [data.people["Holm"]]) == 0
        gatherings.remove_invitee(session, gid, data.people["Holm"])
        assert gathering_output.invitees(session, gid) == []
        with pytest.raises(NotFoundError):
            gatherings.remove_invitee(session, gid, data.people["Holm"])


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ([], {ACCEPTED, DECLINED, ATTENDED, ABSENT}),
        ([ACCEPTED], {DECLINED, ATTENDED, ABSENT}),
        ([DECLINED], {ACCEPTED, ATTENDED, ABSENT}),  # someone who declined turns up
        ([ATTENDED], {ABSENT}),
        ([ABSENT], {ATTENDED}),
    ],
)
def test_transitions(db: Database, path: list[InviteeStatus], allowed: set[InviteeStatus]) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        person = data.people["Andersson"]
        gatherings.invite(session, gid, [person])
        for status in path:
            gatherings.set_status(session, gid, person, status, today=DAY)
        start = path[-1] if path else INVITED
        for target in InviteeStatus:
            if target == start:
                assert gatherings.set_status(session, gid, person, target, today=DAY) == start
            elif target in allowed:
                assert gatherings.set_status(session, gid, person, target, today=DAY) == start
                gatherings.restore_status(session, gid, person, start)  # undo
            else:
                with pytest.raises(ValidationError, match="cannot change"):
                    gatherings.set_status(session, gid, person, target, today=DAY)
            assert gathering_output.invitees(session, gid)[0].status == start


def test_attendance_only_on_the_day(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        person = data.people["Berg"]
        gatherings.invite(session, gid, [person])
        gatherings.set_status(session, gid, person, ACCEPTED, today=DAY - dt.timedelta(days=30))
        with pytest.raises(ValidationError, match="on the day"):
            gatherings.set_status(session, gid, person, ATTENDED, today=DAY - dt.timedelta(1))
        assert gatherings.set_status(session, gid, person, ATTENDED, today=DAY) == ACCEPTED
        info = gatherings.get_gathering(session, gid)
        assert info.counts[ATTENDED] == 1 and info.invited == 1


def test_the_date_cannot_move_past_today_once_attendance_is_marked(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        person = data.people["Berg"]
        gatherings.invite(session, gid, [person])
        later = GatheringFields(title="Återträff 2026", date=dt.date(2030, 5, 20))
        earlier = GatheringFields(title="Återträff 2026", date=DAY - dt.timedelta(days=1))
        gatherings.set_status(session, gid, person, ATTENDED, today=DAY)
        with pytest.raises(ValidationError, match="1 person on the list is marked attended"):
            gatherings.update_gathering(session, gid, later, today=DAY)
        assert gatherings.get_gathering(session, gid).date == DAY
        # to today or earlier it may move (a wrong date corrected) …
        assert gatherings.update_gathering(session, gid, earlier, today=DAY).date < DAY
        # … and with nobody marked, anywhere
        gatherings.restore_status(session, gid, person, ACCEPTED)
        assert gatherings.update_gathering(session, gid, later, today=DAY).date.year == 2030


def test_delete_gathering_takes_its_list(db: Database) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        gatherings.invite_alumni(session, gid)
        assert [g.id for g in gatherings.list_gatherings(session, data.program_id)] == [gid]
        gatherings.delete_gathering(session, gid)
        assert session.query(GatheringInvitee).count() == 0
        assert gatherings.list_gatherings(session, data.program_id) == []


def test_export_csv_and_xlsx(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data)
        gatherings.invite_alumni(session, gid)
        gatherings.add_by_hand(session, gid, data.people["Holm"])
        gatherings.set_status(session, gid, data.people["Berg"], DECLINED)
        assert gathering_output.export_invitees(session, gid, tmp_path / "list.csv") == 3
        gathering_output.export_invitees(session, gid, tmp_path / "list.xlsx")
        with pytest.raises(ValidationError):
            gathering_output.export_invitees(session, gid, tmp_path / "list.txt")
    text = (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows == [
        ["Efternamn", "Förnamn", "E-post", "Organisation", "Omgång", "Status"],
        [
            "Andersson",
            "Anna",
            "anna@example.se",
            "Alingsås kommun",
            "Omgång 1, Omgång 2",
            "inbjuden",
        ],
        ["Berg", "Bo", "bo@example.se", "Borås Stad", "Omgång 2", "tackat nej"],
        ["Holm", "Hanna", "hanna@example.se", "Borås Stad", "", "inbjuden"],
    ]
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == rows[0] and values[2][:2] == ["Berg", "Bo"] and values[3][4] is None


def test_signin_sheet_lists_all_but_declined(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        data = build_alumni(session)
        gid = reunion(session, data, start_time=dt.time(17), end_time=dt.time(20))
        gatherings.invite_alumni(session, gid, active_only=False)
        gatherings.set_status(session, gid, data.people["Carlsson"], DECLINED)
        sheet = gathering_output.write_gathering_signin_sheet(
            session, gid, tmp_path / "sheet.pdf", blank_rows=3
        )
    assert [r.name for r in sheet.rows] == ["Andersson, Anna", "Berg, Bo"]
    assert sheet.cohort == "Återträff" and sheet.time_text == "17.00–20.00"
    reader = read((tmp_path / "sheet.pdf").read_bytes())
    text = squashed("".join(page.extract_text() for page in reader.pages))
    assert "Andersson,Anna" in text and "Carlsson" not in text and "Återträff2026" in text
