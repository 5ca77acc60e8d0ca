"""What the personal data record prints (GDPR Art. 15), as plain data, and its words.

The record is a list of titled sections of label/value rows, already in the document's
language: :mod:`app.services.privacy_export` fills it in from the database,
:mod:`diplomas.person_record` draws it. This module imports no ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import ActionStatus, AttendanceStatus, EnrollmentStatus, Language, Role


@dataclass(frozen=True)
class RecordRow:
    label: str
    value: str


@dataclass(frozen=True)
class RecordSection:
    title: str
    rows: tuple[RecordRow, ...] = ()
    note: str = ""  # said instead of rows when a section has none ("No diplomas issued.")


@dataclass(frozen=True)
class PersonRecord:
    """Everything the record shows, as printed (dates already written in its language)."""

    name: str
    produced: str  # the date the record was made, written out
    language: Language
    sections: tuple[RecordSection, ...]


@dataclass(frozen=True, kw_only=True)
class RecordWords:
    """The words the record prints, in its language."""

    document: str
    intro: str  # "{organization}" is not used: the record speaks for the register as a whole
    produced: str  # "{date}"
    page: str  # "{page}", "{pages}"
    lang: str  # for the PDF's /Lang
    yes: str
    no: str
    none: str  # shown for an empty value
    # Sections
    person: str
    enrollment: str  # "{programme} – {cohort}"
    attendance: str
    plan: str
    evaluation: str  # a named course evaluation response
    action: str  # "{number}"
    diplomas: str
    signatory: str
    no_enrollments: str
    no_attendance: str
    no_plan: str
    no_diplomas: str
    no_signatory: str
    # Person
    first_name: str
    last_name: str
    name_as_printed: str
    email: str
    phone: str
    job_title: str
    organization: str
    department: str
    archived: str
    created: str
    changed: str
    # Enrollment
    programme: str
    cohort: str
    dates: str
    role: str
    status: str
    status_changed: str
    mentor: str
    manager: str
    override: str
    override_reason: str
    enrolled: str
    # Plan and actions
    goal: str
    strengths: str
    development: str
    follow_up: str
    updated: str
    what: str
    how: str
    by_when: str
    support: str
    success: str
    # Diplomas
    serial: str
    code: str
    issue_date: str
    template: str
    printed: str
    revoked: str
    replaces: str
    replaced_by: str
    ineligible: str
    before_end: str
    # Signatory
    position: str
    title: str
    roles: dict[Role, str]
    statuses: dict[EnrollmentStatus, str]
    marks: dict[AttendanceStatus, str]
    actions: dict[ActionStatus, str]


WORDS = {
    Language.SWEDISH: RecordWords(
        document="Registerutdrag",
        intro=(
            "Detta utdrag visar alla personuppgifter som Kohort har om dig: dina uppgifter, "
            "dina deltaganden i program, närvaro, handlingsplaner, kursutvärderingar med ditt namn "
            "och utfärdade diplom."
        ),
        produced="Upprättat {date}",
        page="Sida {page} av {pages}",
        lang="sv-SE",
        yes="ja",
        no="nej",
        none="–",
        person="Personuppgifter",
        enrollment="{programme} – {cohort}",
        attendance="Närvaro",
        plan="Handlingsplan",
        evaluation="Kursutvärdering",
        action="Aktivitet {number}",
        diplomas="Utfärdade diplom",
        signatory="Undertecknare av diplom",
        no_enrollments="Inga deltaganden i något program.",
        no_attendance="Ingen närvaro registrerad.",
        no_plan="Ingen handlingsplan.",
        no_diplomas="Inga diplom utfärdade.",
        no_signatory="Inte undertecknare av några diplom.",
        first_name="Förnamn",
        last_name="Efternamn",
        name_as_printed="Namn på diplomet",
        email="E-post",
        phone="Telefon",
        job_title="Befattning",
        organization="Organisation",
        department="Förvaltning",
        archived="Arkiverad",
        created="Registrerad",
        changed="Senast ändrad",
        programme="Program",
        cohort="Omgång",
        dates="Datum",
        role="Roll",
        status="Status",
        status_changed="Status ändrad",
        mentor="Mentor",
        manager="Chef",
        override="Undantag från kraven",
        override_reason="Motivering",
        enrolled="Registrerad i omgången",
        goal="Mål",
        strengths="Styrkor",
        development="Utvecklingsområden",
        follow_up="Uppföljning",
        updated="Senast ändrad",
        what="Vad",
        how="Hur",
        by_when="Klart senast",
        support="Stöd",
        success="Så märks det",
        serial="Diplomnummer",
        code="Verifieringskod",
        issue_date="Utfärdat",
        template="Utformning",
        printed="Utskrivet",
        revoked="Återkallat",
        replaces="Ersätter",
        replaced_by="Ersatt av",
        ineligible="Utfärdat trots att kraven inte uppfylldes",
        before_end="Utfärdat före slutet; återstod",
        position="Plats",
        title="Titel",
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
        marks={
            AttendanceStatus.PRESENT: "närvarande",
            AttendanceStatus.LATE: "sen",
            AttendanceStatus.LEFT_EARLY: "gick tidigare",
            AttendanceStatus.EXCUSED: "frånvarande med anmälan",
            AttendanceStatus.ABSENT: "frånvarande",
        },
        actions={
            ActionStatus.PLANNED: "planerad",
            ActionStatus.IN_PROGRESS: "pågår",
            ActionStatus.DONE: "genomförd",
            ActionStatus.DROPPED: "avbruten",
        },
    ),
    Language.ENGLISH: RecordWords(
        document="Personal data record",
        intro=(
            "This record shows all the personal data Kohort holds about you: your details, "
            "the programmes you took part in, attendance, action plans, course evaluations "
            "with your name and diplomas issued."
        ),
        produced="Produced {date}",
        page="Page {page} of {pages}",
        lang="en-GB",
        yes="yes",
        no="no",
        none="–",
        person="Personal details",
        enrollment="{programme} – {cohort}",
        attendance="Attendance",
        plan="Action plan",
        evaluation="Course evaluation",
        action="Action {number}",
        diplomas="Diplomas issued",
        signatory="Signatory of diplomas",
        no_enrollments="No enrollments in any programme.",
        no_attendance="No attendance recorded.",
        no_plan="No action plan.",
        no_diplomas="No diplomas issued.",
        no_signatory="Not a signatory of any diplomas.",
        first_name="First name",
        last_name="Last name",
        name_as_printed="Name on diploma",
        email="E-mail",
        phone="Phone",
        job_title="Job title",
        organization="Organization",
        department="Department",
        archived="Archived",
        created="Registered",
        changed="Last changed",
        programme="Programme",
        cohort="Cohort",
        dates="Dates",
        role="Role",
        status="Status",
        status_changed="Status changed",
        mentor="Mentor",
        manager="Manager",
        override="Eligibility override",
        override_reason="Reason",
        enrolled="Registered in the cohort",
        goal="Goal",
        strengths="Strengths",
        development="Development areas",
        follow_up="Follow-up",
        updated="Last changed",
        what="What",
        how="How",
        by_when="By when",
        support="Support",
        success="How success shows",
        serial="Serial number",
        code="Verification code",
        issue_date="Issued",
        template="Design",
        printed="Printed",
        revoked="Revoked",
        replaces="Replaces",
        replaced_by="Replaced by",
        ineligible="Issued although the requirements were not met",
        before_end="Issued before the end; still to come",
        position="Position",
        title="Title",
        roles={role: role.value for role in Role},
        statuses={status: status.value for status in EnrollmentStatus},
        marks={
            AttendanceStatus.PRESENT: "present",
            AttendanceStatus.LATE: "late",
            AttendanceStatus.LEFT_EARLY: "left early",
            AttendanceStatus.EXCUSED: "excused",
            AttendanceStatus.ABSENT: "absent",
        },
        actions={
            ActionStatus.PLANNED: "planned",
            ActionStatus.IN_PROGRESS: "in progress",
            ActionStatus.DONE: "done",
            ActionStatus.DROPPED: "dropped",
        },
    ),
    Language.FINNISH: RecordWords(
        document="Rekisteriote",
        intro=(
            "Tässä otteessa ovat kaikki henkilötiedot, jotka Kohortissa on sinusta: "
            "tietosi, osallistumisesi ohjelmiin, läsnäolo, kehittymissuunnitelmat, "
            "nimelliset kurssipalautteesi ja myönnetyt todistukset."
        ),
        produced="Laadittu {date}",
        page="Sivu {page}/{pages}",
        lang="fi-FI",
        yes="kyllä",
        no="ei",
        none="–",
        person="Henkilötiedot",
        enrollment="{programme} – {cohort}",
        attendance="Läsnäolo",
        plan="Kehittymissuunnitelma",
        evaluation="Kurssipalaute",
        action="Toimenpide {number}",
        diplomas="Myönnetyt todistukset",
        signatory="Todistusten allekirjoittaja",
        no_enrollments="Ei osallistumisia ohjelmiin.",
        no_attendance="Läsnäoloa ei ole kirjattu.",
        no_plan="Ei kehittymissuunnitelmaa.",
        no_diplomas="Todistuksia ei ole myönnetty.",
        no_signatory="Ei minkään todistuksen allekirjoittaja.",
        first_name="Etunimi",
        last_name="Sukunimi",
        name_as_printed="Nimi todistuksessa",
        email="Sähköposti",
        phone="Puhelin",
        job_title="Tehtävänimike",
        organization="Organisaatio",
        department="Toimiala",
        archived="Arkistoitu",
        created="Rekisteröity",
        changed="Muutettu viimeksi",
        programme="Ohjelma",
        cohort="Ryhmä",
        dates="Päivämäärät",
        role="Rooli",
        status="Tila",
        status_changed="Tila muuttunut",
        mentor="Mentori",
        manager="Esihenkilö",
        override="Poikkeus vaatimuksista",
        override_reason="Perustelu",
        enrolled="Rekisteröity ryhmään",
        goal="Tavoite",
        strengths="Vahvuudet",
        development="Kehittämiskohteet",
        follow_up="Seuranta",
        updated="Muutettu viimeksi",
        what="Mitä",
        how="Miten",
        by_when="Mihin mennessä",
        support="Tuki",
        success="Mistä onnistumisen huomaa",
        serial="Todistuksen numero",
        code="Tarkistuskoodi",
        issue_date="Myönnetty",
        template="Ulkoasu",
        printed="Tulostettu",
        revoked="Peruttu",
        replaces="Korvaa",
        replaced_by="Korvattu todistuksella",
        ineligible="Myönnetty, vaikka vaatimukset eivät täyttyneet",
        before_end="Myönnetty ennen loppua; jäljellä oli",
        position="Järjestys",
        title="Titteli",
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
        marks={
            AttendanceStatus.PRESENT: "läsnä",
            AttendanceStatus.LATE: "myöhässä",
            AttendanceStatus.LEFT_EARLY: "lähti aiemmin",
            AttendanceStatus.EXCUSED: "poissa ilmoitetusti",
            AttendanceStatus.ABSENT: "poissa",
        },
        actions={
            ActionStatus.PLANNED: "suunniteltu",
            ActionStatus.IN_PROGRESS: "käynnissä",
            ActionStatus.DONE: "valmis",
            ActionStatus.DROPPED: "peruttu",
        },
    ),
}
