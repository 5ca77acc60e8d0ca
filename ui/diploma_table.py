"""The diplomas table: each participant with their eligibility and valid issued diploma."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import EnrollmentStatus, Role
from app.services.diploma_listing import IssuedDiploma
from app.services.enrollments import ParticipantInfo
from app.services.people import PersonInfo
from ui.labels import standing_text
from ui.table_models import Column, RowTableModel


@dataclass(frozen=True)
class DiplomaRow:
    participant: ParticipantInfo
    diploma: IssuedDiploma | None  # the valid one, if any
    revoked: IssuedDiploma | None = None  # with no valid one: the last diploma, revoked


def diploma_rows(
    participants: list[ParticipantInfo], issued: list[IssuedDiploma]
) -> list[DiplomaRow]:
    valid = {d.enrollment_id: d for d in issued if d.valid}
    revoked = {d.enrollment_id: d for d in issued if d.revoked}  # oldest first: the last
    rows = [
        DiplomaRow(p, valid.get(p.enrollment_id), revoked.get(p.enrollment_id))
        for p in participants
        if p.role == Role.PARTICIPANT and (p.eligibility is not None or p.enrollment_id in valid)
    ]
    listed = {p.enrollment_id for p in participants}
    # A person erased with their diplomas kept is in no participant list, but the register
    # row stays visible here (by the name as printed), so that it can be printed or revoked.
    rows += [DiplomaRow(_erased(d), d) for d in valid.values() if d.enrollment_id not in listed]
    return rows


def _erased(d: IssuedDiploma) -> ParticipantInfo:
    person = PersonInfo(
        d.person_id, "", d.person_name, d.name_as_printed, None, None, None, None, None, True
    )
    return ParticipantInfo(
        d.enrollment_id,
        person,
        Role.PARTICIPANT,
        EnrollmentStatus.COMPLETED,
        None,
        None,
        False,
        None,
    )


def _name(person: PersonInfo) -> str:
    return f"{person.last_name}, {person.first_name}" if person.first_name else person.last_name


def _eligibility(row: DiplomaRow) -> str:
    e = row.participant.eligibility
    if e is None:
        return ""
    return standing_text(e)


def _issued(row: DiplomaRow) -> str:
    d = row.diploma
    if d is None and row.revoked is not None:  # not "not issued": say what happened
        return QCoreApplication.translate("diplomas", "Revoked ({serial}): {reason}").format(
            serial=row.revoked.serial, reason=row.revoked.revoked_reason or ""
        )
    if d is None:
        return QCoreApplication.translate("diplomas", "not issued")
    text = f"{d.serial} · {d.issue_date.isoformat()}"
    if d.ineligible_reason:
        text += QCoreApplication.translate("diplomas", " · despite the rule")
    return text


class DiplomaTableModel(RowTableModel[DiplomaRow]):
    NAME, ORGANIZATION, ELIGIBLE, ISSUED, PRINTED, NAME_AS_PRINTED = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("tables", "Name"),
            lambda r: _name(r.participant.person),
            lambda r: r.participant.sort_key,
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Organization"),
            lambda r: r.participant.person.organization or "",
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Diploma"), _eligibility),
        Column(QT_TRANSLATE_NOOP("tables", "Issued"), _issued),
        Column(
            QT_TRANSLATE_NOOP("tables", "Printed"),
            lambda r: "✓" if r.diploma and r.diploma.printed_at else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Printed as"),
            lambda r: r.diploma.name_as_printed if r.diploma else r.participant.person.printed_name,
        ),
    )
