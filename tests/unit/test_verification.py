"""Verifying a diploma from its code, as someone holding the paper (or its QR code) would."""

from __future__ import annotations

import pytest

from app.db import Database
from app.services.diploma_listing import IssuedDiploma
from app.services.diploma_register import reissue_diploma, revoke_diploma
from app.services.verification import VerificationStatus, code_candidates, verify_code
from tests.conftest import AFTER_DEMO
from tests.unit.test_diploma_service import ISSUE_DATE, _issue_eligible


@pytest.fixture
def issued(fl: Database) -> list[IssuedDiploma]:
    return _issue_eligible(fl, 3)


@pytest.fixture
def fl(demo_db: Database) -> Database:
    from tests.unit.test_diploma_service import _prepare

    with demo_db.write() as session:
        _prepare(session)
    return demo_db


def _typed(code: str) -> list[str]:
    """The code as people type, paste or scan it."""
    compact = code.replace("-", "")
    return [
        code,
        code.lower(),
        f"  {compact}\n",
        compact.lower(),
        f"{compact[:4]} {compact[4:]}",
        f"https://example.se/diplom?kod={code}",
        f"https://example.se/diplom?kod={code.replace('-', '%2D')}&lang=sv",
        f"https://diplom.example.se/verify/{compact.lower()}",
        f"https://example.se/diplom-{code}",
    ]


def test_a_valid_diploma_says_whose_it_is_however_the_code_is_typed(
    fl: Database, issued: list[IssuedDiploma]
) -> None:
    diploma = issued[1]
    with fl.read() as session:
        for text in _typed(diploma.verification_code):
            result = verify_code(session, text)
            assert result is not None, text
            assert result.status == VerificationStatus.VALID and result.valid
            assert result.code == diploma.verification_code
            assert result.serial == diploma.serial
            assert result.name_as_printed == diploma.name_as_printed
            assert result.programme == "Framtidens ledare"
            assert result.cohort.startswith("Omgång 3")
            assert result.issue_date == ISSUE_DATE
            assert result.replaced_by is None and result.revoked_on is None


def test_a_reissued_diploma_names_the_one_that_replaced_it(
    fl: Database, issued: list[IssuedDiploma]
) -> None:
    with fl.write() as session:
        new = reissue_diploma(session, issued[0].id, today=AFTER_DEMO)
    with fl.read() as session:
        old = verify_code(session, issued[0].verification_code)
        current = verify_code(session, new.verification_code)
    assert old is not None and old.status == VerificationStatus.REPLACED and not old.valid
    assert old.replaced_by == new.serial and old.serial == issued[0].serial
    assert current is not None and current.valid and current.serial == new.serial
    assert old.latest_serial == new.serial and old.latest_valid

    # reissued twice, and the newest revoked: the first code must not say "that one holds"
    with fl.write() as session:
        newest = reissue_diploma(session, new.id, today=AFTER_DEMO)
        revoke_diploma(session, newest.id, "Fel person")
    with fl.read() as session:
        first = verify_code(session, issued[0].verification_code)
    assert first is not None and first.replaced_by == new.serial
    assert first.latest_serial == newest.serial and not first.latest_valid


def test_a_revoked_diploma_says_when_and_why(fl: Database, issued: list[IssuedDiploma]) -> None:
    with fl.write() as session:
        revoke_diploma(session, issued[2].id, "Utfärdat av misstag")
    with fl.read() as session:
        result = verify_code(session, issued[2].verification_code.lower())
    assert result is not None and result.status == VerificationStatus.REVOKED
    assert result.revoked_reason == "Utfärdat av misstag" and result.revoked_on is not None
    assert not result.valid and result.replaced_by is None


@pytest.mark.parametrize("text", ["", "   ", "ZZZZ-ZZZZ", "https://example.se/diplom?kod=", "1"])
def test_an_unknown_code_finds_nothing(
    fl: Database, issued: list[IssuedDiploma], text: str
) -> None:
    with fl.read() as session:
        assert verify_code(session, text) is None


def test_an_address_with_other_eight_letter_words_still_finds_the_code(
    fl: Database, issued: list[IssuedDiploma]
) -> None:
    code = issued[0].verification_code
    text = f"https://ABCDEFGH.example.se/diplom/{code}?ref=XYZWVUTS"
    assert code in code_candidates(text)
    with fl.read() as session:
        result = verify_code(session, text)
    assert result is not None and result.code == code


@pytest.mark.parametrize(
    ("text", "serial"),
    [("FL-2026-007", True), (" lec-2027-12 ", True), ("7KQ2-M9XD", False), ("FL2026007", False)],
)
def test_a_diploma_number_is_told_from_a_code(text: str, serial: bool) -> None:
    from app.services.verification import looks_like_serial

    assert looks_like_serial(text) is serial


def test_a_damaged_or_altered_record_is_never_valid(
    fl: Database, issued: list[IssuedDiploma]
) -> None:
    from sqlalchemy import update

    from app.models import Diploma

    first, second, third = issued
    with fl.write() as session:
        content = session.get(Diploma, first.id).content_json  # type: ignore[union-attr]
        assert content is not None
        session.execute(
            update(Diploma)
            .where(Diploma.id == first.id)
            .values(content_json=content.replace("Omgång", "Omgåns"))
        )
        session.execute(
            update(Diploma).where(Diploma.id == second.id).values(name_as_printed="Hacker")
        )
    with fl.read() as session:
        damaged = verify_code(session, first.verification_code)
        altered = verify_code(session, second.verification_code)
        intact = verify_code(session, third.verification_code)
    assert damaged is not None and damaged.status == VerificationStatus.DAMAGED
    assert not damaged.valid
    assert altered is not None and altered.status == VerificationStatus.DAMAGED
    assert altered.name_as_printed == second.name_as_printed  # the hashed recipe's name
    assert intact is not None and intact.valid
