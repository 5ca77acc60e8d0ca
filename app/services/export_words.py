"""The words of the exported tables, in the cohort's document language.

The attendance report and the participant list are handed to managers, like the printed
documents, so they follow the cohort's language (:class:`app.domain.Language`), not the
interface's: one words table per export, keyed by language, as the documents in
:mod:`diplomas` keep theirs. The participant list's column names are ones the importer
recognises (:data:`app.importing.mapping.FIELD_SYNONYMS`), so an exported list imports into
another cohort in any language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain import AttendanceStatus, EnrollmentStatus, Language, Role
from app.rules import Standing


@dataclass(frozen=True)
class ParticipantListWords:
    sheet: str
    # last name, first name, name on diploma, e-mail, phone, organization, department,
    # job title, role, status, mentor, attended, held, attendance rate, diploma, override reason
    columns: tuple[str, ...]
    roles: Mapping[Role, str]
    statuses: Mapping[EnrollmentStatus, str]
    standings: Mapping[Standing, str]


@dataclass(frozen=True)
class AttendanceReportWords:
    sheet: str
    person_columns: tuple[str, str, str, str]  # last name, first name, e-mail, organization
    cancelled: str  # after a cancelled session's heading
    total_columns: tuple[str, str, str, str, str]  # attended, held, rate, diploma, override
    marks: Mapping[AttendanceStatus, str]
    guest: str  # in the diploma column: guests are not judged
    standings: Mapping[Standing, str]


_STANDINGS = {
    Language.SWEDISH: {
        Standing.ELIGIBLE: "uppfyller kraven",
        Standing.ON_TRACK: "på väg att uppfylla kraven",
        Standing.NOT_ON_TRACK: "uppfyller inte kraven hittills",
        Standing.NOT_ELIGIBLE: "uppfyller inte kraven",
    },
    Language.ENGLISH: {
        Standing.ELIGIBLE: "eligible",
        Standing.ON_TRACK: "on track",
        Standing.NOT_ON_TRACK: "not on track",
        Standing.NOT_ELIGIBLE: "not eligible",
    },
    Language.FINNISH: {
        Standing.ELIGIBLE: "täyttää vaatimukset",
        Standing.ON_TRACK: "vaatimukset täyttymässä",
        Standing.NOT_ON_TRACK: "vaatimukset eivät täyty toistaiseksi",
        Standing.NOT_ELIGIBLE: "ei täytä vaatimuksia",
    },
}

PARTICIPANT_LIST = {
    Language.SWEDISH: ParticipantListWords(
        sheet="Deltagare",
        columns=(
            "Efternamn",
            "Förnamn",
            "Namn på diplomet",
            "E-post",
            "Telefon",
            "Organisation",
            "Förvaltning",
            "Befattning",
            "Roll",
            "Status",
            "Mentor",
            "Närvarande",
            "Genomförda träffar",
            "Närvaro",
            "Diplom",
            "Motivering för undantag",
        ),
        roles={
            Role.PARTICIPANT: "deltagare",
            Role.MENTOR: "mentor",
            Role.FACILITATOR: "processledare",
            Role.GUEST: "gäst",
        },
        statuses={
            EnrollmentStatus.APPLICANT: "sökande",
            EnrollmentStatus.ADMITTED: "antagen",
            EnrollmentStatus.WAITLISTED: "reserv",
            EnrollmentStatus.ENROLLED: "anmäld",
            EnrollmentStatus.WITHDRAWN: "avbrutit",
            EnrollmentStatus.COMPLETED: "genomfört",
        },
        standings=_STANDINGS[Language.SWEDISH],
    ),
    Language.ENGLISH: ParticipantListWords(
        sheet="Participants",
        columns=(
            "Last name",
            "First name",
            "Name on diploma",
            "E-mail",
            "Phone",
            "Organization",
            "Department",
            "Job title",
            "Role",
            "Status",
            "Mentor",
            "Attended",
            "Held",
            "Attendance rate",
            "Diploma",
            "Override reason",
        ),
        roles={role: role.value for role in Role},
        statuses={status: status.value for status in EnrollmentStatus},
        standings=_STANDINGS[Language.ENGLISH],
    ),
    Language.FINNISH: ParticipantListWords(
        sheet="Osallistujat",
        columns=(
            "Sukunimi",
            "Etunimi",
            "Nimi todistuksessa",
            "Sähköposti",
            "Puhelin",
            "Organisaatio",
            "Toimiala",
            "Tehtävänimike",
            "Rooli",
            "Tila",
            "Mentori",
            "Läsnä",
            "Pidetyt tapaamiset",
            "Läsnäolo",
            "Todistus",
            "Poikkeuksen perustelu",
        ),
        roles={
            Role.PARTICIPANT: "osallistuja",
            Role.MENTOR: "mentori",
            Role.FACILITATOR: "kouluttaja",
            Role.GUEST: "vieras",
        },
        statuses={
            EnrollmentStatus.APPLICANT: "hakija",
            EnrollmentStatus.ADMITTED: "hyväksytty",
            EnrollmentStatus.WAITLISTED: "varasijalla",
            EnrollmentStatus.ENROLLED: "ilmoittautunut",
            EnrollmentStatus.WITHDRAWN: "keskeyttänyt",
            EnrollmentStatus.COMPLETED: "suorittanut",
        },
        standings=_STANDINGS[Language.FINNISH],
    ),
}

ATTENDANCE_REPORT = {
    Language.SWEDISH: AttendanceReportWords(
        sheet="Närvaro",
        person_columns=("Efternamn", "Förnamn", "E-post", "Organisation"),
        cancelled="(inställd)",
        total_columns=(
            "Närvarande",
            "Genomförda träffar",
            "Närvaro",
            "Diplom",
            "Motivering för undantag",
        ),
        marks={
            AttendanceStatus.PRESENT: "närvarande",
            AttendanceStatus.LATE: "sen",
            AttendanceStatus.LEFT_EARLY: "gick tidigare",
            AttendanceStatus.EXCUSED: "frånvarande med anmälan",
            AttendanceStatus.ABSENT: "frånvarande",
        },
        guest="gäst",
        standings=_STANDINGS[Language.SWEDISH],
    ),
    Language.ENGLISH: AttendanceReportWords(
        sheet="Attendance",
        person_columns=("Last name", "First name", "E-mail", "Organization"),
        cancelled="(cancelled)",
        total_columns=("Attended", "Held", "Attendance rate", "Diploma", "Override reason"),
        marks={
            AttendanceStatus.PRESENT: "present",
            AttendanceStatus.LATE: "late",
            AttendanceStatus.LEFT_EARLY: "left early",
            AttendanceStatus.EXCUSED: "excused",
            AttendanceStatus.ABSENT: "absent",
        },
        guest="guest",
        standings=_STANDINGS[Language.ENGLISH],
    ),
    Language.FINNISH: AttendanceReportWords(
        sheet="Läsnäolo",
        person_columns=("Sukunimi", "Etunimi", "Sähköposti", "Organisaatio"),
        cancelled="(peruttu)",
        total_columns=(
            "Läsnä",
            "Pidetyt tapaamiset",
            "Läsnäolo",
            "Todistus",
            "Poikkeuksen perustelu",
        ),
        marks={
            AttendanceStatus.PRESENT: "läsnä",
            AttendanceStatus.LATE: "myöhässä",
            AttendanceStatus.LEFT_EARLY: "lähti aiemmin",
            AttendanceStatus.EXCUSED: "poissa ilmoitetusti",
            AttendanceStatus.ABSENT: "poissa",
        },
        guest="vieras",
        standings=_STANDINGS[Language.FINNISH],
    ),
}
