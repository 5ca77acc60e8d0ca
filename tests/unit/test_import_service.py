"""Importing participant lists into a cohort: matching, merging, all-or-nothing, dry runs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db import Database
from app.domain import EnrollmentStatus, Language, Role
from app.errors import KohortError, NotFoundError
from app.importing.mapping import Field, RowError
from app.importing.reader import RawTable, read_table
from app.models import Cohort, Enrollment, Organization, Person, Program
from app.services.enrollments import list_participants
from app.services.exporting import export_participants
from app.services.importing import ExistingPolicy, ImportReport, import_people
from tests.unit.import_corpus import EXPECTED, HEADERS, PEOPLE, TITLE, write_csv, write_xlsx

COLUMNS = ("Förnamn", "Efternamn", "E-post", "Telefon", "Organisation", "Titel")


def _cohort(db: Database, name: str = "Omgång 1") -> int:
    with db.write() as s:
        program = s.scalar(select(Program).where(Program.code == "FL"))
        if program is None:
            program = Program(name="Framtidens ledare", code="FL")
            s.add(program)
            s.flush()
        cohort = Cohort(program_id=program.id, name=name)
        s.add(cohort)
        s.flush()
        return cohort.id


def _store(db: Database, *, organization: str | None = None, **fields: str) -> None:
    """A person already in the database, as the person dialog stores one."""
    with db.write() as s:
        org_id = None
        if organization is not None:
            org = Organization(name=organization)
            s.add(org)
            s.flush()
            org_id = org.id
        s.add(Person(organization_id=org_id, **fields))


def _table(*rows: tuple[str, ...], headers: tuple[str, ...] = COLUMNS) -> RawTable:
    return RawTable(
        source="lista.xlsx",
        header_row=1,
        headers=headers,
        rows=rows,
        row_numbers=tuple(range(2, 2 + len(rows))),
    )


def _import(db: Database, cohort_id: int, table: RawTable, **options: object) -> ImportReport:
    with db.write() as s:
        return import_people(s, cohort_id=cohort_id, table=table, **options)  # type: ignore[arg-type]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)) or 0,
            s.scalar(select(func.count()).select_from(Enrollment)) or 0,
            s.scalar(select(func.count()).select_from(Organization)) or 0,
        )


def _person(db: Database, email: str) -> Person:
    with db.read() as s:
        person = s.scalar(select(Person).where(func.lower(Person.email) == email.lower()))
        assert person is not None
        s.expunge(person)
        return person


def test_a_file_creates_people_organizations_and_enrollments(tmp_path: Path, db: Database) -> None:
    cohort_id = _cohort(db)
    path = write_csv(
        tmp_path / "lista.csv", [HEADERS, *PEOPLE], encoding="utf-8-sig", delimiter=";", title=TITLE
    )
    report = _import(db, cohort_id, read_table(path))
    assert report.as_json() == {
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "enrolled": 3,
        "errors": [],
        "merged": [],
        "dry_run": False,
        "changes": [],
        "warnings": [],
    }
    with db.read() as s:
        stored = s.execute(
            select(
                Person.first_name, Person.last_name, Person.email, Person.phone, Organization.name
            )
            .join(Organization)
            .order_by(Person.id)
        ).all()
        enrollments = s.execute(
            select(Enrollment.cohort_id, Enrollment.role, Enrollment.status)
        ).all()
    assert [tuple(r) for r in stored] == [tuple(e) for e in EXPECTED]
    assert {tuple(e) for e in enrollments} == {
        (cohort_id, Role.PARTICIPANT, EnrollmentStatus.ENROLLED)
    }
    assert _counts(db) == (3, 3, 3)


def test_people_are_matched_by_email_ignoring_case_and_updated(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(
        db,
        first_name="Anna",
        last_name="Lindqvist",
        email="Anna.Lindqvist@Boras.se",
        organization="Borås Stad",
        job_title="Chef",
    )
    table = _table(("Anna", "Lindqvist", "anna.lindqvist@boras.SE", "701234567", "BORÅS STAD", ""))
    report = _import(db, cohort_id, table)
    assert (report.created, report.updated, report.unchanged, report.enrolled) == (0, 1, 0, 1)
    anna = _person(db, "anna.lindqvist@boras.se")
    assert anna.phone == "0701234567" and anna.job_title == "Chef"  # empty cells change nothing
    assert anna.email == "Anna.Lindqvist@Boras.se"  # the stored spelling is kept
    assert _counts(db) == (1, 1, 1)  # the same organization, whatever its case

    again = _import(db, cohort_id, table)
    assert (again.created, again.updated, again.unchanged, again.enrolled) == (0, 0, 1, 0)


def test_an_update_can_move_a_person_to_a_new_organization(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Per", last_name="Ek", email="per@ek.se", organization="Lerums kommun")
    report = _import(db, cohort_id, _table(("Per", "Ek", "per@ek.se", "", "Region Halland", "")))
    assert report.updated == 1
    with db.read() as s:
        org = s.scalar(select(Organization.name).join(Person).where(Person.email == "per@ek.se"))
    assert org == "Region Halland"


def test_the_check_names_every_value_an_update_would_replace(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(
        db,
        first_name="Åsa",
        last_name="Öberg-Jäätteenmäki",
        email="asa@alingsas.se",
        organization="Alingsås kommun",
    )
    table = _table(("Åsa", "Öberg", "asa@alingsas.se", "", "Region Västra Götaland", ""))
    report = _import(db, cohort_id, table, dry_run=True)
    changes = {(c.row, c.field, c.old, c.new) for c in report.changes}
    assert changes == {
        (2, "last_name", "Öberg-Jäätteenmäki", "Öberg"),
        (2, "organization", "Alingsås kommun", "Region Västra Götaland"),
    }
    assert {c.person for c in report.changes} == {"Åsa Öberg-Jäätteenmäki"}
    assert report.as_json()["changes"][0]["from"] in ("Öberg-Jäätteenmäki", "Alingsås kommun")
    keep = _import(db, cohort_id, table, existing=ExistingPolicy.KEEP, dry_run=True)
    assert keep.changes == ()


def test_an_archived_alumna_enrolled_again_is_active_again(db: Database) -> None:
    import datetime as dt

    cohort_id = _cohort(db)
    _store(db, first_name="Karin", last_name="Ek", email="karin@ek.se")
    with db.write() as s:
        person = s.scalar(select(Person).where(Person.email == "karin@ek.se"))
        assert person is not None
        person.archived_at = dt.datetime(2025, 1, 1)
    table = _table(("Karin", "Ek", "karin@ek.se", "", "", ""))
    report = _import(db, cohort_id, table, existing=ExistingPolicy.KEEP)
    assert [(c.field, c.old, c.new) for c in report.changes] == [("archived", "archived", "active")]
    assert _person(db, "karin@ek.se").archived_at is None
    assert _import(db, cohort_id, table).changes == ()  # enrolled already: nothing to say


def test_keep_leaves_existing_people_as_they_are_but_enrolls_them(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Per", last_name="Ek", email="per@ek.se")
    table = _table(("Pelle", "Ek", "PER@EK.SE", "0701234567", "Lerums kommun", "Chef"))
    report = _import(db, cohort_id, table, existing=ExistingPolicy.KEEP)
    assert (report.created, report.updated, report.unchanged, report.enrolled) == (0, 0, 1, 1)
    per = _person(db, "per@ek.se")
    assert (per.first_name, per.phone, per.organization_id) == ("Per", None, None)


def test_a_full_name_that_spells_the_stored_name_keeps_the_stored_split(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Marie-Louise", last_name="Gyllenstierna af Lundholm", email="ml@x.se")
    table = _table(
        ("Marie-Louise Gyllenstierna af Lundholm", "ml@x.se"), headers=("Namn", "E-post")
    )
    assert _import(db, cohort_id, table).unchanged == 1
    stored = _person(db, "ml@x.se")
    assert (stored.first_name, stored.last_name) == ("Marie-Louise", "Gyllenstierna af Lundholm")


def test_non_ascii_addresses_match_ignoring_case(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Åsa", last_name="Öberg", email="Åsa.Öberg@Borås.se")
    report = _import(db, cohort_id, _table(("Åsa", "Öberg", "åsa.öberg@borås.se", "", "", "")))
    assert (report.created, report.unchanged) == (0, 1)


def test_duplicates_inside_the_file_are_merged_and_reported(db: Database) -> None:
    cohort_id = _cohort(db)
    table = _table(
        ("Anna", "Lindqvist", "anna@boras.se", "", "Borås Stad", ""),
        ("Per", "Ek", "", "", "Lerums kommun", ""),
        ("Anna", "Lindqvist", "ANNA@BORAS.SE", "070-111 22 33", "", "Chef"),
        ("per", "ek", "", "0701234567", "lerums kommun", ""),
        ("Per", "Ek", "", "", "Alingsås kommun", ""),  # another Per Ek: another employer
    )
    report = _import(db, cohort_id, table)
    assert report.merged == ((4, 2), (5, 3))
    assert report.as_json()["merged"] == [{"row": 4, "into": 2}, {"row": 5, "into": 3}]
    assert (report.created, report.enrolled) == (3, 3)
    anna = _person(db, "anna@boras.se")
    assert (anna.phone, anna.job_title) == ("070-111 22 33", "Chef")  # filled from row 4


def _stored_by_email(db: Database) -> dict[str, tuple[str | None, str | None, str | None]]:
    with db.read() as s:
        rows = s.execute(
            select(Person.email, Organization.name, Person.job_title, Person.first_name).outerjoin(
                Organization
            )
        ).all()
    return {str(email): (org, title, first) for email, org, title, first in rows}


def test_many_rows_land_on_the_right_people_and_organizations(db: Database) -> None:
    cohort_id = _cohort(db)
    n = 1200
    rows = [(f"F{i}", f"E{i}", f"p{i}@x.se", "", f"Org {i % 57}", f"Titel {i}") for i in range(n)]
    assert _import(db, cohort_id, _table(*rows)).created == n
    assert _stored_by_email(db) == {
        f"p{i}@x.se": (f"Org {i % 57}", f"Titel {i}", f"F{i}") for i in range(n)
    }

    def corrected(i: int) -> tuple[str, ...]:
        org = f"Ny {i % 5}" if i % 4 == 0 else ""
        title = f"Chef {i}" if i % 3 == 0 else ""
        return (f"F{i}", f"E{i}", f"P{i}@X.SE", "", org, title)

    report = _import(db, _cohort(db, "Omgång 2"), _table(*(corrected(i) for i in range(n))))
    changed = sum(1 for i in range(n) if i % 3 == 0 or i % 4 == 0)
    assert (report.created, report.updated, report.unchanged, report.enrolled) == (
        0,
        changed,
        n - changed,
        n,
    )
    assert _stored_by_email(db) == {
        f"p{i}@x.se": (
            f"Ny {i % 5}" if i % 4 == 0 else f"Org {i % 57}",
            f"Chef {i}" if i % 3 == 0 else f"Titel {i}",
            f"F{i}",
        )
        for i in range(n)
    }


def test_people_without_email_are_always_created(db: Database) -> None:
    cohort_id = _cohort(db)
    table = _table(("Per", "Ek", "", "", "Lerums kommun", ""))
    _import(db, cohort_id, table)
    report = _import(db, _cohort(db, "Omgång 2"), table)
    assert report.created == 1 and _counts(db)[0] == 2


def test_one_bad_row_writes_nothing_and_says_which(db: Database) -> None:
    cohort_id = _cohort(db)
    rows = [
        (f"Anna{i}", "Lindqvist", f"anna{i}@boras.se", "", f"Org {i % 7}", "") for i in range(1000)
    ]
    rows[898] = ("Anna", "Lindqvist", "anna.at.borås.se", "", "", "")
    rows[500] = ("", "", "", "", "Org 1", "")
    before = _counts(db)
    report = _import(db, cohort_id, _table(*rows))
    assert report.errors == (
        RowError(502, "no name"),
        RowError(900, "“anna.at.borås.se” is not a valid e-mail address"),
    )
    assert not report.written and report.created == 998  # what the valid rows would have done
    assert _counts(db) == before


def test_a_file_without_name_columns_writes_nothing(db: Database) -> None:
    cohort_id = _cohort(db)
    report = _import(db, cohort_id, _table(("a@x.se", "1"), headers=("E-post", "Telefon")))
    assert [e.row for e in report.errors] == [1] and _counts(db) == (0, 0, 0)


def test_dry_run_reports_the_same_and_writes_nothing(db: Database) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Per", last_name="Ek", email="per@ek.se")
    table = _table(
        ("Per", "Ek", "per@ek.se", "0701234567", "", ""),
        ("Anna", "Lindqvist", "anna@boras.se", "", "Borås Stad", ""),
        ("Anna", "Lindqvist", "Anna@Boras.se", "", "", ""),
    )
    before = _counts(db)
    dry = _import(db, cohort_id, table, dry_run=True)
    assert _counts(db) == before
    real = _import(db, cohort_id, table)
    assert dry.dry_run and not dry.written and real.written
    assert {**dry.as_json(), "dry_run": False} == real.as_json()
    assert (real.created, real.updated, real.enrolled, real.merged) == (1, 1, 2, ((4, 3),))


def test_the_service_never_commits(db: Database) -> None:
    cohort_id = _cohort(db)
    with pytest.raises(RuntimeError), db.write() as s:
        import_people(s, cohort_id=cohort_id, table=_table(("Per", "Ek", "", "", "X", "")))
        raise RuntimeError("the caller fails after the import")
    assert _counts(db) == (0, 0, 0)


def test_json_shape_is_stable(db: Database) -> None:
    cohort_id = _cohort(db)
    report = _import(db, cohort_id, _table(("Per", "", "bad", "", "", "")), dry_run=True)
    shape = report.as_json()
    assert list(shape) == [
        "created",
        "updated",
        "unchanged",
        "enrolled",
        "errors",
        "merged",
        "dry_run",
        "changes",
        "warnings",
    ]
    assert shape["errors"] == [{"row": 2, "message": "“bad” is not a valid e-mail address"}]
    assert json.loads(json.dumps(shape)) == shape


def test_role_status_and_an_explicit_mapping(db: Database) -> None:
    cohort_id = _cohort(db)
    table = _table(
        ("Mentor", "Karin Håkansson", "karin@alingsas.se"), headers=("Typ", "Vem", "Adr")
    )
    mapping = {1: Field.FULL_NAME, 2: Field.EMAIL}
    _import(
        db, cohort_id, table, mapping=mapping, role=Role.MENTOR, status=EnrollmentStatus.ADMITTED
    )
    with db.read() as s:
        row = s.execute(
            select(Person.first_name, Person.last_name, Enrollment.role, Enrollment.status).join(
                Enrollment
            )
        ).one()
    assert tuple(row) == ("Karin", "Håkansson", Role.MENTOR, EnrollmentStatus.ADMITTED)


def test_unknown_cohort_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError), db.write() as s:
        import_people(s, cohort_id=999, table=_table(("Per", "Ek", "", "", "", "")))


def test_demo_people_are_recognised_and_enrolled_once(demo_db: Database) -> None:
    with demo_db.read() as s:
        cohort_ids = list(s.scalars(select(Cohort.id).order_by(Cohort.id)))
        enrolled = s.execute(
            select(Person.first_name, Person.last_name, Person.email, Enrollment.cohort_id)
            .join(Enrollment)
            .where(Person.email.is_not(None))
            .order_by(Person.id)
        ).first()
    assert enrolled is not None and len(cohort_ids) >= 2
    first, last, email, own_cohort = enrolled
    other_cohort = next(c for c in cohort_ids if c != own_cohort)
    table = _table((first, last, email.upper(), "", "", ""))
    before = _counts(demo_db)
    in_own = _import(demo_db, own_cohort, table)
    assert (in_own.created, in_own.unchanged, in_own.enrolled) == (0, 1, 0)
    in_other = _import(demo_db, other_cohort, table)
    assert (in_other.created, in_other.enrolled) == (0, 1)
    assert _counts(demo_db) == (before[0], before[1] + 1, before[2])


def test_an_exported_list_imports_into_another_cohort(tmp_path: Path, db: Database) -> None:
    cohort_id = _cohort(db)
    path = write_csv(tmp_path / "in.csv", [HEADERS, *PEOPLE], encoding="utf-8-sig", delimiter=";")
    _import(db, cohort_id, read_table(path))
    with db.read() as s:
        listed = list_participants(s, cohort_id, today=dt.date(2026, 1, 1))
    for language in Language:  # the column names in every language are ones it reads
        for suffix in (".csv", ".xlsx"):
            out = tmp_path / f"out-{language}{suffix}"
            export_participants(listed, out, language=language)
            report = _import(db, _cohort(db, f"Next {language} {suffix}"), read_table(out))
            counts = (report.created, report.updated, report.unchanged, report.enrolled)
            assert counts == (0, 0, 3, 3), (language, suffix)


_WORDS = st.sampled_from(
    ["Anna", "Åsa", "Lindqvist", "a@x.se", "A@X.SE", "b@y.se", "bad@", "", " ", "Org", "070"]
)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    header=st.lists(st.sampled_from([*COLUMNS, "Namn", "X", ""]), min_size=1, max_size=6),
    rows=st.lists(st.lists(_WORDS, max_size=7), max_size=8),
    delimiter=st.sampled_from([";", ",", "\t"]),
    noise=st.binary(max_size=20),
    as_xlsx=st.booleans(),
    dry_run=st.booleans(),
)
def test_any_file_imports_completely_or_writes_nothing(
    tmp_path: Path,
    db: Database,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    noise: bytes,
    as_xlsx: bool,
    dry_run: bool,
) -> None:
    cohort_id = _fuzz_cohort(db)
    if as_xlsx:
        path = write_xlsx(tmp_path / "f.xlsx", [header, *rows])
        path.write_bytes(path.read_bytes() + noise)  # trailing junk after the zip
    else:
        path = tmp_path / "f.csv"
        text = "\n".join(delimiter.join(r) for r in [header, *rows])
        path.write_bytes(noise + text.encode("utf-8"))
    before = _counts(db)
    try:
        report = _import(db, cohort_id, read_table(path), dry_run=dry_run)
    except KohortError:
        assert _counts(db) == before
        return
    after = _counts(db)
    if report.errors or dry_run:
        assert after == before
    else:
        assert after[0] == before[0] + report.created
        assert after[1] == before[1] + report.enrolled


def _fuzz_cohort(db: Database) -> int:
    """One cohort for all examples: the database outlives each hypothesis example."""
    with db.read() as s:
        found = s.scalar(select(Cohort.id).where(Cohort.name == "Fuzz"))
    return found if found is not None else _cohort(db, "Fuzz")


def test_the_active_person_wins_over_an_archived_one_with_the_same_address(
    db: Database,
) -> None:
    import datetime as dt

    cohort_id = _cohort(db)
    _store(db, first_name="Karin", last_name="Ek", email="karin@ek.se")
    _store(db, first_name="Karin", last_name="Ek-Berg", email="Karin@ek.se")
    with db.write() as s:
        older = s.scalar(select(Person).where(Person.email == "karin@ek.se"))
        assert older is not None
        older.archived_at = dt.datetime(2025, 1, 1)
    report = _import(db, cohort_id, _table(("Karin", "Ek-Berg", "KARIN@EK.SE", "", "", "")))
    assert report.changes == () and report.enrolled == 1
    with db.read() as s:
        enrolled = s.scalar(select(Person.email).join(Enrollment))
        assert enrolled == "Karin@ek.se"
        assert s.scalar(select(Person.archived_at).where(Person.email == "karin@ek.se"))


def test_an_organization_change_names_the_organization_as_it_will_be_linked(
    db: Database,
) -> None:
    cohort_id = _cohort(db)
    _store(db, first_name="Bo", last_name="Ek", email="bo@ek.se")
    _store(db, first_name="Al", last_name="Ek", email="al@ek.se", organization="Acme AB")
    report = _import(
        db, cohort_id, _table(("Bo", "Ek", "bo@ek.se", "", "ACME ab", "")), dry_run=True
    )
    assert [(c.field, c.old, c.new) for c in report.changes] == [("organization", "", "Acme AB")]


def test_importing_the_same_list_twice_adds_nobody_without_an_email_twice(db: Database) -> None:
    """Seen by a new user: each re-import of a list enrolled the people without an e-mail
    again, as new people in the same cohort."""
    cohort_id = _cohort(db)
    table = _table(
        ("Märta", "Ekström", "", "0321-59 50 00", "Vårgårda kommun", "Enhetschef"),
        ("Åsa", "Öberg", "asa.oberg@alingsas.se", "", "Alingsås kommun", ""),
    )
    first = _import(db, cohort_id, table)
    assert (first.created, first.enrolled) == (2, 2)
    again = _import(db, cohort_id, table)
    assert (again.created, again.enrolled, again.unchanged) == (0, 0, 2)
    assert _counts(db)[:2] == (2, 2)
    # the same name in another cohort's list is not assumed to be her (names are common)
    other = _cohort(db, "Omgång 2")
    elsewhere = _import(db, other, _table(("Märta", "Ekström", "", "", "Vårgårda kommun", "")))
    assert elsewhere.created == 1


def test_two_namesakes_in_the_cohort_are_not_guessed_between(db: Database) -> None:
    cohort_id = _cohort(db)
    twins = _table(
        ("Anna", "Svensson", "anna.s1@borås.se", "", "Borås Stad", ""),
        ("Anna", "Svensson", "anna.s2@boras.se", "", "Borås Stad", ""),
    )
    _import(db, cohort_id, twins)
    report = _import(db, cohort_id, _table(("Anna", "Svensson", "", "", "Borås Stad", "")))
    assert report.created == 1  # which Anna is meant cannot be known
