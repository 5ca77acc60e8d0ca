"""Everything Kohort holds about one person (GDPR Art. 15 access, Art. 20 portability).

:func:`personal_data` gathers it as plain dataclasses: the person, their organization, every
enrollment with its cohort and programme, attendance marks, action plans and their actions,
the diplomas issued to them (replaced and revoked ones too), their named course evaluation
responses, the signatory roles that carry their name, and their places on reunion invitation
lists (``gatherings``). :func:`write_json` writes it machine-readable, :func:`write_pdf` as a
readable record in a document language (:func:`app.services.privacy_record.write_pdf`).

The JSON file (UTF-8, ``"format": "kohort-personal-data"``, ``"version": 1``) has the keys of
the dataclasses below, snake_case; dates are ISO 8601 (``2026-03-19``), times UTC ISO 8601
(``2026-03-19T14:05:00``), enumerations their stored value (``"present"``, ``"enrolled"``),
empty values ``null``. Diploma PDFs are identified by their SHA-256, not included; each
diploma's ``content`` is what its recipe prints about the person (``null`` for a diploma
issued before recipes).

Which tables hold data about a person is declared in :data:`PERSON_TABLES`; a test walks the
schema's foreign keys and fails when a table referring to a person is not there, so a new
table cannot be left out of the export and the erasure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.domain import (
    ActionStatus,
    AttendanceStatus,
    EnrollmentStatus,
    GatheringKind,
    InviteeStatus,
    Language,
    Role,
)
from app.files import write_atomically
from app.i18n import _
from app.models import (
    ActionPlan,
    Attendance,
    Cohort,
    Diploma,
    Enrollment,
    Gathering,
    GatheringInvitee,
    Program,
    Signatory,
    utcnow,
)
from app.models import Session as Meeting
from app.services.evaluation_privacy import EvaluationResponseData, named_responses
from app.services.people import load_person
from app.services.returnable_form_privacy import FormSentData, forms_sent

JSON_FORMAT = "kohort-personal-data"
JSON_VERSION = 1

# Every table whose rows are about one person, directly or through their enrollments. The
# export reads and the erasure deletes each of them (app.services.privacy_erase).
PERSON_TABLES = frozenset(
    {
        *("person", "enrollment", "attendance", "action_plan", "action_item", "diploma"),
        "diploma_frozen_pdf",  # an old diploma's bytes: the export names their hash
        "gathering_invitee",  # a place on a reunion's invitation list
        # named course evaluation responses (app.services.evaluation_privacy)
        *("evaluation_response", "evaluation_answer"),
        "returnable_form",  # fillable forms sent (app.services.returnable_form_privacy)
    }
)


@dataclass(frozen=True)
class AttendanceMark:
    session: str
    date: dt.date
    status: AttendanceStatus
    note: str | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PlanAction:
    position: int
    what: str
    how: str
    by_when: dt.date | None
    support: str
    success_measure: str
    status: ActionStatus


@dataclass(frozen=True)
class PlanData:
    goal: str
    strengths: str
    development_areas: str
    follow_up_date: dt.date | None
    manager_name: str | None
    updated_at: dt.datetime
    actions: tuple[PlanAction, ...]


@dataclass(frozen=True)
class DiplomaData:
    serial: str
    verification_code: str
    name_as_printed: str
    issue_date: dt.date
    template: str
    record_sha256: str  # the diploma record's hash (recipe, or frozen PDF bytes)
    printed_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revoked_reason: str | None
    replaces: str | None  # the serial of the diploma this one replaced
    replaced_by: str | None
    issued_despite_ineligible: bool
    ineligible_reason: str | None
    issued_before_end: str | None
    created_at: dt.datetime
    # What the diploma prints about the person (name, organization, programme, hours…), as
    # its recipe holds it; ``None`` for a diploma issued before recipes (a frozen PDF).
    content: dict[str, Any] | None = None


@dataclass(frozen=True)
class EnrollmentData:
    programme: str
    cohort: str
    cohort_start: dt.date | None
    cohort_end: dt.date | None
    language: Language
    role: Role
    status: EnrollmentStatus
    status_changed_at: dt.datetime
    mentor: str | None  # the mentor's name
    manager_name: str | None
    override_eligible: bool | None
    override_reason: str | None
    override_at: dt.datetime | None
    created_at: dt.datetime
    attendance: tuple[AttendanceMark, ...]
    action_plan: PlanData | None
    diplomas: tuple[DiplomaData, ...]
    # Their named course evaluation responses (anonymous ones are linked to no one).
    evaluations: tuple[EvaluationResponseData, ...] = ()
    # The fillable PDF forms written for them: kind, when sent and read back.
    forms_sent: tuple[FormSentData, ...] = ()


@dataclass(frozen=True)
class SignatoryRole:
    """A diploma signatory slot carrying the person's name (matched by name: a signatory is
    not linked to a person)."""

    programme: str
    cohort: str | None  # None: the programme's default signatories
    position: int
    title: str | None


@dataclass(frozen=True)
class GatheringData:
    """A place on a programme's reunion or open lecture invitation list."""

    programme: str
    kind: GatheringKind
    title: str
    date: dt.date
    status: InviteeStatus
    added_by_hand: bool
    status_changed_at: dt.datetime


@dataclass(frozen=True)
class PersonalData:
    person_id: int
    first_name: str
    last_name: str
    name_as_printed: str | None
    email: str | None
    phone: str | None
    job_title: str | None
    organization: str | None
    department: str | None
    archived_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime | None
    enrollments: tuple[EnrollmentData, ...]
    signatory_roles: tuple[SignatoryRole, ...]
    exported_at: dt.datetime
    gatherings: tuple[GatheringData, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def language(self) -> Language:
        """The language of their latest cohort's documents (Swedish without any)."""
        return self.enrollments[-1].language if self.enrollments else Language.SWEDISH


def personal_data(session: DbSession, person_id: int) -> PersonalData:
    """Everything about one person; raises NotFoundError for an unknown id."""
    person = load_person(session, person_id)
    rows = session.execute(
        select(Enrollment, Cohort, Program)
        .join(Cohort, Enrollment.cohort_id == Cohort.id)
        .join(Program, Cohort.program_id == Program.id)
        .where(Enrollment.person_id == person_id)
        .order_by(Cohort.start_date.is_(None), Cohort.start_date, Enrollment.created_at)
    ).all()
    enrollments = tuple(_enrollment(session, e, c, p) for e, c, p in rows)
    full_name = f"{person.first_name} {person.last_name}".strip()
    return PersonalData(
        person_id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        name_as_printed=person.name_as_printed,
        email=person.email,
        phone=person.phone,
        job_title=person.job_title,
        organization=person.organization.name if person.organization else None,
        department=person.department,
        archived_at=person.archived_at,
        created_at=person.created_at,
        updated_at=person.updated_at,
        enrollments=enrollments,
        signatory_roles=signatory_roles(session, full_name),
        exported_at=utcnow().replace(microsecond=0),
        gatherings=_gatherings(session, person_id),
    )


def _gatherings(session: DbSession, person_id: int) -> tuple[GatheringData, ...]:
    rows = session.execute(
        select(GatheringInvitee, Gathering, Program.name)
        .join(Gathering, Gathering.id == GatheringInvitee.gathering_id)
        .join(Program, Program.id == Gathering.program_id)
        .where(GatheringInvitee.person_id == person_id)
        .order_by(Gathering.date, Gathering.id)
    )
    return tuple(
        GatheringData(
            programme=programme,
            kind=gathering.kind,
            title=gathering.title,
            date=gathering.date,
            status=invitee.status,
            added_by_hand=invitee.added_by_hand,
            status_changed_at=invitee.status_changed_at,
        )
        for invitee, gathering, programme in rows
    )


def signatory_roles(session: DbSession, full_name: str) -> tuple[SignatoryRole, ...]:
    """Signatory slots whose name is the person's (ignoring case)."""
    if not full_name:
        return ()
    query = (
        select(Signatory, Program.name, Cohort.name)
        .outerjoin(Cohort, Signatory.cohort_id == Cohort.id)
        .outerjoin(Program, Program.id == func.coalesce(Signatory.program_id, Cohort.program_id))
        .where(func.casefold(Signatory.name) == full_name.casefold())
        .order_by(Program.name, Cohort.name, Signatory.position)
    )
    return tuple(
        SignatoryRole(programme=programme or "", cohort=cohort, position=s.position, title=s.title)
        for s, programme, cohort in session.execute(query)
    )


def _enrollment(
    session: DbSession, enrollment: Enrollment, cohort: Cohort, program: Program
) -> EnrollmentData:
    mentor = None
    if enrollment.mentor_id is not None:
        other = session.get(Enrollment, enrollment.mentor_id)
        if other is not None:
            mentor = f"{other.person.first_name} {other.person.last_name}".strip()
    marks = tuple(
        AttendanceMark(
            session=meeting.title,
            date=meeting.date,
            status=mark.status,
            note=mark.note,
            recorded_at=mark.recorded_at,
        )
        for mark, meeting in session.execute(
            select(Attendance, Meeting)
            .join(Meeting, Attendance.session_id == Meeting.id)
            .where(Attendance.enrollment_id == enrollment.id)
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        )
    )
    plan = session.scalar(select(ActionPlan).where(ActionPlan.enrollment_id == enrollment.id))
    return EnrollmentData(
        programme=program.name,
        cohort=cohort.name,
        cohort_start=cohort.start_date,
        cohort_end=cohort.end_date,
        language=cohort.language,
        role=enrollment.role,
        status=enrollment.status,
        status_changed_at=enrollment.status_changed_at,
        mentor=mentor,
        manager_name=enrollment.manager_name,
        override_eligible=enrollment.override_eligible,
        override_reason=enrollment.override_reason,
        override_at=enrollment.override_at,
        created_at=enrollment.created_at,
        attendance=marks,
        action_plan=None if plan is None else _plan(plan),
        diplomas=_diplomas(session, enrollment.id),
        evaluations=named_responses(session, enrollment.id),
        forms_sent=forms_sent(session, enrollment.id),
    )


def _plan(plan: ActionPlan) -> PlanData:
    return PlanData(
        goal=plan.goal,
        strengths=plan.strengths,
        development_areas=plan.development_areas,
        follow_up_date=plan.follow_up_date,
        manager_name=plan.manager_name,
        updated_at=plan.updated_at,
        actions=tuple(
            PlanAction(
                position=item.position,
                what=item.what,
                how=item.how,
                by_when=item.by_when,
                support=item.support,
                success_measure=item.success_measure,
                status=item.status,
            )
            for item in plan.items
        ),
    )


def _diplomas(session: DbSession, enrollment_id: int) -> tuple[DiplomaData, ...]:
    rows = session.execute(
        select(*Diploma.__table__.columns)
        .where(Diploma.enrollment_id == enrollment_id)
        .order_by(Diploma.id)
    ).all()
    serial = {r.id: r.serial for r in rows}
    replaced_by = {r.replaces_id: r.serial for r in rows if r.replaces_id is not None}
    return tuple(
        DiplomaData(
            serial=r.serial,
            verification_code=r.verification_code,
            name_as_printed=r.name_as_printed,
            issue_date=r.issue_date,
            template=r.template,
            record_sha256=r.record_sha256,
            printed_at=r.printed_at,
            revoked_at=r.revoked_at,
            revoked_reason=r.revoked_reason,
            replaces=None if r.replaces_id is None else serial.get(r.replaces_id),
            replaced_by=replaced_by.get(r.id),
            issued_despite_ineligible=r.issued_despite_ineligible,
            ineligible_reason=r.ineligible_reason,
            issued_before_end=r.issued_before_end,
            created_at=r.created_at,
            content=_content(r.content_json),
        )
        for r in rows
    )


def _content(content_json: str | None) -> dict[str, Any] | None:
    """A diploma's recipe content as a JSON object (it is personal data: what was printed)."""
    if content_json is None:
        return None
    try:
        found = json.loads(content_json)
    except ValueError:
        return {"unreadable": content_json}  # damaged: still the person's, so still exported
    return found if isinstance(found, dict) else {"value": found}


# JSON (Art. 20: machine-readable, in a common format).


def to_json(data: PersonalData) -> dict[str, Any]:
    """The export as JSON-ready values (see the module docstring for the shape)."""
    body = _plain(dataclasses.asdict(data))
    assert isinstance(body, dict)
    return {"format": JSON_FORMAT, "version": JSON_VERSION, **body}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_json(data: PersonalData, path: Path) -> None:
    """Write the export as UTF-8 JSON, whole or not at all."""
    text = json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n"

    def write(partial: Path) -> None:
        partial.write_text(text, encoding="utf-8")

    write_atomically(path, write, what=_("the personal data export"))
