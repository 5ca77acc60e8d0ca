"""Table models: Qt's model tester plus what a coordinator reads in the cells."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.db import Database
from app.services import cohorts, enrollments, sessions
from tests.conftest import AFTER_DEMO
from ui.table_models import (
    ROW_ROLE,
    SORT_ROLE,
    ParticipantTableModel,
    SessionTableModel,
)


def _fl(db: Database) -> int:
    with db.read() as s:
        return next(c.id for c in cohorts.list_cohorts(s) if c.program_code == "FL")


def test_session_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    cohort_id = _fl(demo_db)
    with demo_db.read() as s:
        rows = sessions.list_sessions(s, cohort_id)
    model = SessionTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 8
    residential = next(r for r, s in enumerate(rows) if s.end_date)
    assert model.index(residential, SessionTableModel.DATE).data() == "2025-12-04 – 2025-12-05"
    assert model.index(residential, SessionTableModel.FORMAT).data() == "Residential"
    assert model.index(residential, SessionTableModel.HOURS).data() == "12"
    short = next(r for r, s in enumerate(rows) if s.minutes == 210)
    assert model.index(short, SessionTableModel.HOURS).data() == "3,5"  # Swedish decimal comma
    assert model.index(residential, SessionTableModel.HOURS).data(SORT_ROLE) == 720
    assert model.index(0, SessionTableModel.TIME).data() == "09:00–16:00"
    assert model.index(0, 0).data(ROW_ROLE) == rows[0]
    assert model.headerData(SessionTableModel.TITLE, Qt.Orientation.Horizontal) == "Title"


def test_participant_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    cohort_id = _fl(demo_db)
    with demo_db.read() as s:
        rows = enrollments.list_participants(s, cohort_id, today=AFTER_DEMO)
    model = ParticipantTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    by_name = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    strom = by_name["Strömbäck, Göran"]
    assert model.index(strom, ParticipantTableModel.ATTENDED).data() == "3/5 (60%)"
    assert model.index(strom, ParticipantTableModel.ELIGIBLE).data() == "✗ Not eligible"
    tooltip = model.index(strom, ParticipantTableModel.ELIGIBLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "attendance below minimum"
    colour = model.index(strom, ParticipantTableModel.ELIGIBLE).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.red() > colour.green()
    mentor = by_name["Bergström, Anders"]
    assert model.index(mentor, ParticipantTableModel.ROLE).data() == "Mentor"
    assert model.index(mentor, ParticipantTableModel.ELIGIBLE).data() == ""
    # sort keys put Å/Ä/Ö after Z, as in a Swedish phone book
    keys = sorted(
        (model.index(r, 0).data(SORT_ROLE), model.index(r, 0).data())
        for r in range(model.rowCount())
    )
    assert [k[1] for k in keys][-2:] == ["Åkerlund, Björn", "Öberg-Jäätteenmäki, Åsa"]


def test_empty_models(qtmodeltester: ModelTester) -> None:
    for model in (SessionTableModel(), ParticipantTableModel()):
        qtmodeltester.check(model)
        assert model.rowCount() == 0


def test_no_sessions_held_yet_reads_sensibly(demo_db: Database) -> None:
    cohort_id = _fl(demo_db)
    with demo_db.read() as s:
        rows = enrollments.list_participants(s, cohort_id, today=dt.date(2025, 1, 1))
    model = ParticipantTableModel()
    model.set_rows(rows)
    participant = next(
        r
        for r in range(model.rowCount())
        if model.index(r, ParticipantTableModel.ROLE).data() == "Participant"
        and model.index(r, ParticipantTableModel.STATUS).data() == "Enrolled"
    )
    assert model.index(participant, ParticipantTableModel.ATTENDED).data() == "0/0"


def test_participants_filter_and_sort_with_nordic_and_sami_names() -> None:
    from app.domain import EnrollmentStatus, Role
    from app.services.enrollments import ParticipantInfo
    from app.services.people import PersonInfo
    from tests.unit.test_nordic_names import IN_ORDER
    from ui.table_models import ParticipantFilter

    rows = [
        ParticipantInfo(
            enrollment_id=i,
            person=PersonInfo(i, first, last, None, None, None, None, None, None, False),
            role=Role.PARTICIPANT,
            status=EnrollmentStatus.ENROLLED,
            mentor_enrollment_id=None,
            mentor_name=None,
            has_action_plan=False,
            eligibility=None,
        )
        for i, (first, last) in enumerate(reversed(IN_ORDER), 1)
    ]
    model = ParticipantTableModel()
    model.set_rows(rows)
    proxy = ParticipantFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert shown() == [f"{last}, {first}" for first, last in IN_ORDER]  # Ŋ with N, Đ with D
    for typed in ("odegard", "ödegård", "ØDEGÅRD"):
        proxy.set_words(typed)
        assert shown() == ["Ødegård, Kari"]
    proxy.set_words("aasa")
    assert shown() == ["Öberg, Åsa"]
    proxy.set_words("nuolja ande")
    assert shown() == ["Ŋuolja, Ánde"]
    proxy.set_words("dakovic")
    assert shown() == ["Đaković, Đuro"]
