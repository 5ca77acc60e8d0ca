"""The personal data export as a readable record: sections of label/value rows in the
document's language, for :mod:`diplomas.person_record` to draw."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain import Language
from app.files import write_atomically
from app.i18n import _
from app.locales import date_in
from app.services.privacy_export import EnrollmentData, PersonalData
from diplomas.person_record_model import WORDS, PersonRecord, RecordRow, RecordSection, RecordWords


class _Values:
    """How values are written in the record's language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.none = WORDS[language].none

    def day(self, value: dt.date | None) -> str:
        return date_in(value, self.language, "medium") if value else self.none

    def moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return self.none
        return f"{date_in(value.date(), self.language, 'medium')} {value:%H:%M} UTC"

    def text(self, value: str | None) -> str:
        return value.strip() if value and value.strip() else self.none


def rows(*pairs: tuple[str, str]) -> tuple[RecordRow, ...]:
    return tuple(RecordRow(label, value) for label, value in pairs)


def person_record(data: PersonalData, language: Language) -> PersonRecord:
    """The record of ``data`` in ``language``: the person, then each enrollment with its
    attendance and action plan, then the diplomas, then signatory roles."""
    w = WORDS[language]
    v = _Values(language)
    day, moment, text = v.day, v.moment, v.text

    sections = [
        RecordSection(
            w.person,
            rows(
                (w.first_name, text(data.first_name)),
                (w.last_name, text(data.last_name)),
                (w.name_as_printed, text(data.name_as_printed)),
                (w.email, text(data.email)),
                (w.phone, text(data.phone)),
                (w.job_title, text(data.job_title)),
                (w.organization, text(data.organization)),
                (w.department, text(data.department)),
                (w.archived, moment(data.archived_at) if data.archived_at else w.no),
                (w.created, moment(data.created_at)),
                (w.changed, moment(data.updated_at)),
            ),
        )
    ]
    if not data.enrollments:
        sections.append(RecordSection(w.programme, note=w.no_enrollments))
    for enrollment in data.enrollments:
        sections += _enrollment(enrollment, w, v)
    diplomas = [(e, d) for e in data.enrollments for d in e.diplomas]
    if not diplomas:
        sections.append(RecordSection(w.diplomas, note=w.no_diplomas))
    for enrollment, d in diplomas:
        state = []
        if d.revoked_at:
            state.append((w.revoked, f"{moment(d.revoked_at)}: {text(d.revoked_reason)}"))
        if d.replaced_by:
            state.append((w.replaced_by, d.replaced_by))
        if d.replaces:
            state.append((w.replaces, d.replaces))
        if d.issued_despite_ineligible:
            state.append((w.ineligible, text(d.ineligible_reason)))
        if d.issued_before_end:
            state.append((w.before_end, d.issued_before_end))
        sections.append(
            RecordSection(
                f"{w.diplomas}: {d.serial}",
                rows(
                    (w.programme, f"{enrollment.programme} – {enrollment.cohort}"),
                    (w.name_as_printed, d.name_as_printed),
                    (w.issue_date, day(d.issue_date)),
                    (w.code, d.verification_code),
                    (w.template, d.template),
                    (w.printed, moment(d.printed_at)),
                    *state,
                ),
            )
        )
    if data.signatory_roles:
        for role in data.signatory_roles:
            where = role.programme + (f" – {role.cohort}" if role.cohort else "")
            sections.append(
                RecordSection(
                    w.signatory,
                    rows(
                        (w.programme, where),
                        (w.position, str(role.position)),
                        (w.title, text(role.title)),
                    ),
                )
            )
    produced = date_in(data.exported_at.date(), language, "long")
    return PersonRecord(
        name=data.full_name, produced=produced, language=language, sections=tuple(sections)
    )


def _enrollment(e: EnrollmentData, w: RecordWords, v: _Values) -> list[RecordSection]:
    day, moment, text = v.day, v.moment, v.text
    dates = f"{day(e.cohort_start)} – {day(e.cohort_end)}" if e.cohort_start else w.none
    override = w.none
    if e.override_eligible is not None:
        override = f"{w.yes if e.override_eligible else w.no} ({moment(e.override_at)})"
    found = [
        RecordSection(
            w.enrollment.format(programme=e.programme, cohort=e.cohort),
            rows(
                (w.dates, dates),
                (w.role, w.roles[e.role]),
                (w.status, w.statuses[e.status]),
                (w.status_changed, moment(e.status_changed_at)),
                (w.mentor, text(e.mentor)),
                (w.manager, text(e.manager_name)),
                (w.override, override),
                *([(w.override_reason, text(e.override_reason))] if e.override_reason else []),
                (w.enrolled, moment(e.created_at)),
            ),
        )
    ]
    if e.attendance:
        found.append(
            RecordSection(
                f"{w.attendance}: {e.cohort}",
                tuple(
                    RecordRow(
                        f"{day(m.date)} {m.session}",
                        w.marks[m.status] + (f" – {m.note}" if m.note else ""),
                    )
                    for m in e.attendance
                ),
            )
        )
    else:
        found.append(RecordSection(f"{w.attendance}: {e.cohort}", note=w.no_attendance))
    plan = e.action_plan
    if plan is not None:
        found.append(
            RecordSection(
                f"{w.plan}: {e.cohort}",
                rows(
                    (w.goal, text(plan.goal)),
                    (w.strengths, text(plan.strengths)),
                    (w.development, text(plan.development_areas)),
                    (w.follow_up, day(plan.follow_up_date)),
                    (w.manager, text(plan.manager_name)),
                    (w.updated, moment(plan.updated_at)),
                ),
            )
        )
        for a in plan.actions:
            found.append(
                RecordSection(
                    f"{w.plan}: {w.action.format(number=a.position)}",
                    rows(
                        (w.what, text(a.what)),
                        (w.how, text(a.how)),
                        (w.by_when, day(a.by_when)),
                        (w.support, text(a.support)),
                        (w.success, text(a.success_measure)),
                        (w.status, w.actions[a.status]),
                    ),
                )
            )
    for response in e.evaluations:  # named responses only: anonymous ones are no one's
        found.append(
            RecordSection(
                f"{w.evaluation}: {response.evaluation}",
                rows(
                    (w.updated, moment(response.created_at)),
                    *((answer.question, text(answer.answer)) for answer in response.answers),
                ),
            )
        )
    return found


def write_pdf(data: PersonalData, path: Path, language: Language | None = None) -> None:
    """Write the readable record (in ``language``, default :attr:`PersonalData.language`),
    whole or not at all."""
    from diplomas.person_record import person_record_pdf  # imports ReportLab

    pdf = person_record_pdf(person_record(data, language or data.language))

    def write(partial: Path) -> None:
        partial.write_bytes(pdf)

    write_atomically(path, write, what=_("the personal data record"))
