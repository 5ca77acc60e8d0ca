"""Names sorted and found the way Nordic people do: Ŋ with N, Đ with D, Å Ä Ö after Z,
and "odegard" finds Ødegård — in every list (participants, grid, sign-in sheet, hand-out)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app.db import Database
from app.domain import EnrollmentStatus
from app.models import Session
from app.services import enrollments, people, signin
from app.services.diploma_output import HandOutOrder, PrintedDiploma, in_hand_out_order
from app.services.people import PersonFields
from app.text import matches_words, search_key, search_words, sort_key
from tests.factories import programme_with_cohort

# (first, last) in the order a Swedish coordinator expects by surname
IN_ORDER = [
    ("Dan", "Dahl"),
    ("Đuro", "Đaković"),  # Đ with D
    ("Eva", "Ek"),
    ("Ánde", "Ŋuolja"),  # Ŋ with N: "nuolja" before "nuorgam"
    ("Niillas", "Nuorgam"),
    ("Ola", "Olsen"),
    ("Elle", "Šimma"),  # Š with S
    ("Zara", "Zetterlund"),
    ("Björn", "Åkerlund"),  # Å, Ä, Ö after Z, in that order
    ("Anna", "Ärlig"),
    ("Åsa", "Öberg"),
    ("Kari", "Ødegård"),  # Ø with Ö
]


def test_the_sort_key_puts_sami_letters_with_their_base_letter() -> None:
    shuffled = IN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=lambda n: (sort_key(n[1]), sort_key(n[0]))) == IN_ORDER
    assert sort_key("Ŋuolja") < sort_key("Nuorgam") < sort_key("Olsen")
    assert sort_key("Đaković") < sort_key("Ek") < sort_key("Zetterlund") < sort_key("Ødegård")
    assert sort_key("ŊUOLJA") == sort_key("ŋuolja")  # case does not matter


@pytest.mark.parametrize("typed", ["odegard", "ödegård", "Ødegård", "ODEGÅRD", "kari ode"])
def test_finding_ignores_nordic_letters_and_accents(typed: str) -> None:
    assert matches_words(search_words(typed), "Kari", "Ødegård", "Tromsø kommune")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("aasa", "Åsa Öberg"),  # the old spelling of å
        ("asa oberg", "Åsa Öberg"),
        ("nuolja", "Ánde Ŋuolja"),
        ("ande", "Ánde Ŋuolja"),
        ("duro dakovic", "Đuro Đaković"),
        ("jaatteenmaki", "Åsa Öberg-Jäätteenmäki"),
    ],
)
def test_names_are_found_without_their_letters(typed: str, name: str) -> None:
    assert matches_words(search_words(typed), name)


def test_every_word_must_match() -> None:
    assert not matches_words(search_words("odegard borås"), "Kari Ødegård", "Tromsø kommune")
    assert search_key("Ødegård") == search_key("odegard") == "odegard"


def _cohort(db: Database) -> tuple[int, int]:
    with db.write() as s:
        cohort = programme_with_cohort(s, name="Sámi ledarskap", code="SL")
        meeting = Session(cohort_id=cohort.id, title="Träff 1", date=dt.date(2026, 3, 4))
        s.add(meeting)
        s.flush()
        for first, last in reversed(IN_ORDER):
            person = people.create_person(s, PersonFields(first, last))
            enrollments.enroll(
                s, cohort_id=cohort.id, person_id=person.id, status=EnrollmentStatus.ENROLLED
            )
        return cohort.id, meeting.id


def test_participants_and_the_signin_sheet_use_that_order(db: Database) -> None:
    cohort_id, session_id = _cohort(db)
    with db.read() as s:
        listed = enrollments.list_participants(s, cohort_id, today=dt.date(2026, 3, 4))
        sheet = signin.signin_sheet(s, session_id)
    assert [(p.person.first_name, p.person.last_name) for p in listed] == IN_ORDER
    assert [row.name for row in sheet.rows] == [f"{last}, {first}" for first, last in IN_ORDER]
    with db.read() as s:  # the "Enroll existing" search finds them the same way
        found = people.search_people(s, "odegard")
        assert [m.person.last_name for m in found] == ["Ødegård"]
        assert [m.person.last_name for m in people.search_people(s, "duro")] == ["Đaković"]


def test_the_hand_out_order_is_the_same() -> None:
    printed = [
        PrintedDiploma(i, i, f"{first} {last}", f"SL-2026-{i:03}", first, last, "")
        for i, (first, last) in enumerate(reversed(IN_ORDER), 1)
    ]
    ordered = in_hand_out_order(printed, HandOutOrder.SURNAME)
    assert [(p.first_name, p.last_name) for p in ordered] == IN_ORDER
