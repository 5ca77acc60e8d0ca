"""Personal action plans: the editor's load and save, the cohort overview, the programme's
and the documents the PDF renderer prints.

A plan is saved whole, as the coordinator types (the editor debounces): texts, follow-up
date, manager and the ordered actions. Saving an entirely empty plan removes the row, so
"has an action plan" (which the completion rule may require) never means an empty form.

The headings and guiding questions come from the programme
(:mod:`app.services.action_plan_guide`); printing is :mod:`app.services.action_plan_output`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased, selectinload

from app.domain import ActionStatus, EnrollmentStatus, Language, Role
from app.errors import ValidationError
from app.i18n import _
from app.locales import number_text
from app.models import ActionItem, ActionPlan, Enrollment, Organization, Person, utcnow
from app.services.action_plan_guide import SECTION_NAMES, guide_of, plan_text
from app.services.cohorts import load_cohort
from app.services.enrollments import load_enrollment
from app.text import clean, sort_key
from app.words import shown
from diplomas.action_plan_model import TEXT_KEYS, GuideEntry

MAX_TEXT = 10_000  # characters per section: several pages of a printed plan
MAX_ITEM_TEXT = 2_000
MAX_ITEMS = 40
FOLLOW_UP_SOON_DAYS = 14
SECTIONS_OF = 4  # completeness: the three texts and at least one action


# -- what the editor edits ----------------------------------------------------------------


@dataclass(frozen=True)
class ActionItemFields:
    what: str = ""
    how: str = ""
    by_when: dt.date | None = None
    support: str = ""
    success_measure: str = ""
    status: ActionStatus = ActionStatus.PLANNED

    def is_empty(self) -> bool:
        texts = (self.what, self.how, self.support, self.success_measure)
        return not any(t.strip() for t in texts) and self.by_when is None


@dataclass(frozen=True)
class PlanFields:
    goal: str = ""
    strengths: str = ""
    development_areas: str = ""
    follow_up_date: dt.date | None = None
    manager_name: str = ""
    items: tuple[ActionItemFields, ...] = ()

    def is_empty(self) -> bool:
        texts = (self.goal, self.strengths, self.development_areas, self.manager_name)
        return (
            not any(t.strip() for t in texts)
            and self.follow_up_date is None
            and all(i.is_empty() for i in self.items)
        )

    @property
    def sections_filled(self) -> int:
        """Completeness, 0 to 4: each text section written, and at least one action."""
        texts = sum(bool(getattr(self, key).strip()) for key in TEXT_KEYS)
        return texts + any(not i.is_empty() for i in self.items)


@dataclass(frozen=True)
class Mentor:
    enrollment_id: int
    name: str


@dataclass(frozen=True)
class PlanEditorData:
    """What the editor opens with."""

    enrollment_id: int
    cohort_id: int
    program_id: int
    person_name: str
    organization: str
    cohort_name: str
    program_name: str
    language: Language
    mentor_enrollment_id: int | None
    mentors: tuple[Mentor, ...]  # the cohort's, for choosing one
    guide: tuple[GuideEntry, ...]
    fields: PlanFields
    has_plan: bool


@dataclass(frozen=True)
class PlanSaved:
    has_plan: bool
    updated_at: dt.datetime | None


def open_plan(session: DbSession, enrollment_id: int) -> PlanEditorData:
    enrollment = _participant(session, enrollment_id)
    cohort = enrollment.cohort
    plan = _plan_of(session, enrollment_id)
    fields = plan_fields(plan)
    if not fields.manager_name and enrollment.manager_name:
        fields = replace(fields, manager_name=enrollment.manager_name)
    person = enrollment.person
    return PlanEditorData(
        enrollment_id=enrollment.id,
        cohort_id=cohort.id,
        program_id=cohort.program_id,
        person_name=f"{person.first_name} {person.last_name}".strip(),
        organization=person.organization.name if person.organization else "",
        cohort_name=cohort.name,
        program_name=cohort.program.name,
        language=cohort.language,
        mentor_enrollment_id=enrollment.mentor_id,
        mentors=tuple(cohort_mentors(session, cohort.id)),
        guide=guide_of(cohort.program, cohort.language),
        fields=fields,
        has_plan=plan is not None,
    )


def save_plan(session: DbSession, enrollment_id: int, fields: PlanFields) -> PlanSaved:
    """Store the whole plan as given (an empty plan removes it)."""
    _participant(session, enrollment_id)
    fields = _checked(fields)
    plan = _plan_of(session, enrollment_id)
    enrollment = load_enrollment(session, enrollment_id)
    if fields.is_empty() or (
        # only the manager the editor filled in from the enrollment: still no plan
        fields.manager_name == (enrollment.manager_name or "")
        and replace(fields, manager_name="").is_empty()
    ):
        if plan is not None:
            session.delete(plan)
            session.flush()
        return PlanSaved(False, None)
    if plan is None:
        plan = ActionPlan(enrollment_id=enrollment_id)
        session.add(plan)
    plan.goal, plan.strengths = fields.goal, fields.strengths
    plan.development_areas = fields.development_areas
    plan.follow_up_date = fields.follow_up_date
    plan.manager_name = fields.manager_name or None
    # Rows keep their positions 1..n and are updated in place, so the unique position
    # never collides; only the tail is added or removed.
    items = list(plan.items)
    for position, item in enumerate(fields.items, start=1):
        if position > len(items):
            items.append(ActionItem(position=position))
            plan.items.append(items[-1])
        row = items[position - 1]
        row.what, row.how, row.by_when = item.what, item.how, item.by_when
        row.support, row.success_measure = item.support, item.success_measure
        row.status = item.status
    for row in items[len(fields.items) :]:
        plan.items.remove(row)
    plan.updated_at = utcnow()  # also when only the actions changed
    session.flush()
    return PlanSaved(True, plan.updated_at)


def _checked(fields: PlanFields) -> PlanFields:
    if len(fields.items) > MAX_ITEMS:
        raise ValidationError(
            _("A plan holds at most {max_items} actions.").format(max_items=MAX_ITEMS)
        )
    texts = {key: plan_text(getattr(fields, key)) for key in TEXT_KEYS}
    for key, text in texts.items():
        if len(text) > MAX_TEXT:
            raise ValidationError(
                _("The {key} is longer than {max_text} characters; shorten it.").format(
                    key=_(SECTION_NAMES[key]), max_text=number_text(MAX_TEXT)
                )
            )
    items = []
    for number, item in enumerate(fields.items, start=1):
        cells = [plan_text(t) for t in (item.what, item.how, item.support, item.success_measure)]
        if any(len(c) > MAX_ITEM_TEXT for c in cells):
            raise ValidationError(
                _("Action {number} has a text longer than {max_item_text} characters.").format(
                    number=number, max_item_text=number_text(MAX_ITEM_TEXT)
                )
            )
        what, how, support, success = cells
        items.append(ActionItemFields(what, how, item.by_when, support, success, item.status))
    manager = clean(fields.manager_name)
    if len(manager) > 200:
        raise ValidationError(_("The manager's name is longer than 200 characters."))
    return PlanFields(
        **texts,
        follow_up_date=fields.follow_up_date,
        manager_name=manager,
        items=tuple(items),
    )


def cohort_mentors(session: DbSession, cohort_id: int) -> list[Mentor]:
    rows = list(
        session.execute(
            select(Enrollment.id, Person.first_name, Person.last_name)
            .join(Person, Person.id == Enrollment.person_id)
            .where(Enrollment.cohort_id == cohort_id, Enrollment.role == Role.MENTOR)
        )
    )
    rows.sort(key=lambda r: (sort_key(r[2]), sort_key(r[1])))
    return [Mentor(r[0], f"{r[1]} {r[2]}".strip()) for r in rows]


def _participant(session: DbSession, enrollment_id: int) -> Enrollment:
    enrollment = load_enrollment(session, enrollment_id)
    if enrollment.role != Role.PARTICIPANT:
        person = enrollment.person
        raise ValidationError(
            _(
                "{first_name} {last_name} is a {value} in this cohort; only "
                "participants have action plans."
            ).format(
                first_name=person.first_name,
                last_name=person.last_name,
                value=shown(enrollment.role),
            )
        )
    return enrollment


def _plan_of(session: DbSession, enrollment_id: int) -> ActionPlan | None:
    return session.scalar(select(ActionPlan).where(ActionPlan.enrollment_id == enrollment_id))


# -- the cohort overview -------------------------------------------------------------------


class FollowUp(enum.StrEnum):
    OVERDUE = "overdue"
    SOON = "soon"  # within FOLLOW_UP_SOON_DAYS
    LATER = "later"


@dataclass(frozen=True)
class PlanSummary:
    """One participant's row on the Action plans tab."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    organization: str
    status: EnrollmentStatus
    mentor_enrollment_id: int | None
    mentor_name: str
    has_plan: bool
    sections_filled: int  # of SECTIONS_OF
    actions: int
    actions_done: int
    follow_up_date: dt.date | None
    follow_up: FollowUp | None
    follow_up_days: int | None  # from today; negative when passed
    updated_at: dt.datetime | None

    @property
    def sort_key(self) -> str:
        return f"{sort_key(self.last_name)}\t{sort_key(self.first_name)}"


SHOWN_STATUSES = (EnrollmentStatus.ADMITTED, EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


def plan_overview(session: DbSession, cohort_id: int, *, today: dt.date) -> list[PlanSummary]:
    """The cohort's participants (and anyone else holding a plan), sorted by surname."""
    load_cohort(session, cohort_id)
    plans = cohort_plans(session, cohort_id)
    rows = []
    for person in cohort_people(session, cohort_id):
        plan = plans.get(person.enrollment_id)
        if plan is None and person.status not in SHOWN_STATUSES:
            continue
        fields = plan_fields(plan)
        rows.append(
            PlanSummary(
                enrollment_id=person.enrollment_id,
                person_id=person.person_id,
                first_name=person.first_name,
                last_name=person.last_name,
                organization=person.organization,
                status=person.status,
                mentor_enrollment_id=person.mentor_id,
                mentor_name=person.mentor_name,
                has_plan=plan is not None,
                sections_filled=fields.sections_filled,
                actions=sum(not i.is_empty() for i in fields.items),
                actions_done=sum(
                    i.status == ActionStatus.DONE for i in fields.items if not i.is_empty()
                ),
                follow_up_date=fields.follow_up_date,
                follow_up=_follow_up(fields.follow_up_date, today),
                follow_up_days=(
                    (fields.follow_up_date - today).days if fields.follow_up_date else None
                ),
                updated_at=plan.updated_at if plan is not None else None,
            )
        )
    return rows


def _follow_up(date: dt.date | None, today: dt.date) -> FollowUp | None:
    if date is None:
        return None
    if date < today:
        return FollowUp.OVERDUE
    if (date - today).days <= FOLLOW_UP_SOON_DAYS:
        return FollowUp.SOON
    return FollowUp.LATER


@dataclass(frozen=True)
class PlanPerson:
    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    printed_name: str
    organization: str
    status: EnrollmentStatus
    mentor_id: int | None
    mentor_name: str
    manager_name: str


def cohort_people(session: DbSession, cohort_id: int) -> list[PlanPerson]:
    """The cohort's participants, by surname, with their mentor's name."""
    mentor, mentor_person = aliased(Enrollment), aliased(Person)
    rows = session.execute(
        select(
            Enrollment.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.name_as_printed,
            Organization.name,
            Enrollment.status,
            Enrollment.mentor_id,
            mentor_person.first_name,
            mentor_person.last_name,
            Enrollment.manager_name,
        )
        .join(Person, Person.id == Enrollment.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(mentor, mentor.id == Enrollment.mentor_id)
        .outerjoin(mentor_person, mentor_person.id == mentor.person_id)
        .where(Enrollment.cohort_id == cohort_id, Enrollment.role == Role.PARTICIPANT)
    ).all()
    people = [
        PlanPerson(
            enrollment_id=r[0],
            person_id=r[1],
            first_name=r[2],
            last_name=r[3],
            printed_name=r[4] or f"{r[2]} {r[3]}".strip(),
            organization=r[5] or "",
            status=r[6],
            mentor_id=r[7],
            mentor_name=f"{r[8] or ''} {r[9] or ''}".strip(),
            manager_name=r[10] or "",
        )
        for r in rows
    ]
    people.sort(key=lambda p: (sort_key(p.last_name), sort_key(p.first_name)))
    return people


def cohort_plans(session: DbSession, cohort_id: int) -> dict[int, ActionPlan]:
    plans = session.scalars(
        select(ActionPlan)
        .join(Enrollment, Enrollment.id == ActionPlan.enrollment_id)
        .where(Enrollment.cohort_id == cohort_id)
        .options(selectinload(ActionPlan.items))
    )
    return {p.enrollment_id: p for p in plans}


def plan_fields(plan: ActionPlan | None) -> PlanFields:
    if plan is None:
        return PlanFields()
    return PlanFields(
        goal=plan.goal,
        strengths=plan.strengths,
        development_areas=plan.development_areas,
        follow_up_date=plan.follow_up_date,
        manager_name=plan.manager_name or "",
        items=tuple(
            ActionItemFields(i.what, i.how, i.by_when, i.support, i.success_measure, i.status)
            for i in plan.items
        ),
    )
