"""Verifying a diploma: whose it is and whether it still holds, from its verification code.

Someone holding a diploma (an employer, the coordinator at a desk) reads its verification
code off the paper, or scans its QR code and gets the whole verification address. Either is
accepted as typed: upper or lower case, with or without the dash, with spaces around, or the
address with the code in it (percent-encoded or not). The register answers with the name as
printed, the programme and cohort, the serial and issue date, and whether the diploma is
valid, replaced by a newer one (which serial) or revoked (when, and why).

The name, serial, code and issue date shown are the ones the diploma's hashed recipe holds,
not the register's plain columns (which no hash covers). A record that fails its hash, or
plain columns that disagree with it, make the answer :attr:`VerificationStatus.DAMAGED`: the
register can no longer vouch for the diploma, so it is never "valid".
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from urllib.parse import unquote

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from app.models import Cohort, Diploma, Enrollment, Program
from app.services import diploma_recipes
from app.services.diploma_recipes import RecordCheck, RecordState
from app.services.diploma_register import CODE_ALPHABET, CODE_LENGTH


class VerificationStatus(enum.StrEnum):
    VALID = "valid"
    REPLACED = "replaced"  # reissued: a newer diploma (replaced_by) holds instead
    REVOKED = "revoked"
    # The stored record fails its hash or the plain columns disagree with it: the register
    # cannot confirm the diploma (whatever it says about replacement or revocation).
    DAMAGED = "damaged"


@dataclass(frozen=True)
class VerificationResult:
    status: VerificationStatus
    code: str  # as the register writes it: "7KQ2-M9XD"
    serial: str
    name_as_printed: str
    programme: str
    cohort: str
    issue_date: dt.date
    replaced_by: str | None  # the serial of the diploma that replaced this one
    revoked_on: dt.date | None
    revoked_reason: str | None
    # Replaced: the newest diploma in the line of reissues, and whether it holds (it may
    # itself have been revoked since).
    latest_serial: str | None = None
    latest_valid: bool = False
    # The state of the stored record (its hash, the renderer that drew it).
    record: RecordCheck | None = None

    @property
    def valid(self) -> bool:
        return self.status == VerificationStatus.VALID


_TOKEN = re.compile(r"[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*")


def code_candidates(text: str) -> list[str]:
    """The verification codes ``text`` may hold, written as the register writes them, the
    last in the text first (in an address the code comes after the host and path)."""
    text = unquote(text)
    whole = "".join(text.split())  # "7KQ2 M9XD" as read aloud
    candidates = [whole.upper()] if whole else []
    tokens = [whole] if _TOKEN.fullmatch(whole) else []
    for token in [*tokens, *reversed(_TOKEN.findall(text))]:
        parts = token.upper().split("-")
        pieces = [*(a + b for a, b in zip(parts, parts[1:], strict=False)), *parts]
        for piece in pieces:
            if len(piece) == CODE_LENGTH and all(c in CODE_ALPHABET for c in piece):
                candidates.append(f"{piece[: CODE_LENGTH // 2]}-{piece[CODE_LENGTH // 2 :]}")
    return list(dict.fromkeys(candidates))


_SERIAL = re.compile(r"^\s*[A-Za-zÅÄÖåäö0-9]{1,10}-\d{4}-\d{1,6}\s*$")


def looks_like_serial(text: str) -> bool:
    """Whether ``text`` is written as a diploma number ("FL-2026-007") rather than a
    verification code: people type the number that stands first on the diploma."""
    return bool(_SERIAL.match(text))


def verify_code(session: DbSession, text: str) -> VerificationResult | None:
    """The register's answer for a verification code (or an address with one in it);
    ``None`` when no diploma has it."""
    candidates = code_candidates(text)
    if not candidates:
        return None
    successor = aliased(Diploma)
    rows = session.execute(
        select(
            Diploma.verification_code,
            Diploma.serial,
            Diploma.name_as_printed,
            Program.name,
            Cohort.name,
            Diploma.issue_date,
            successor.serial,
            Diploma.revoked_at,
            Diploma.revoked_reason,
            Diploma.id,
        )
        .join(Enrollment, Enrollment.id == Diploma.enrollment_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(Program, Program.id == Cohort.program_id)
        .outerjoin(successor, successor.replaces_id == Diploma.id)
        .where(func.upper(Diploma.verification_code).in_(candidates))
    ).all()
    if not rows:
        return None
    by_code = {row[0].upper(): row for row in rows}
    row = next(by_code[c] for c in candidates if c in by_code)
    code, serial, name, programme, cohort, issued, replaced_by, revoked_at, reason, diploma_id = row
    if revoked_at is not None:
        status = VerificationStatus.REVOKED
    elif replaced_by is not None:
        status = VerificationStatus.REPLACED
    else:
        status = VerificationStatus.VALID
    latest_serial, latest_valid = (
        _latest(session, replaced_by) if replaced_by is not None else (None, False)
    )
    record, recipe = diploma_recipes.checked_record(session, diploma_id)
    if recipe is not None:  # what the hash vouches for (checked_record: the columns agree)
        content, stated = recipe.content, recipe.design.issued
        if not diploma_recipes.recipe_matches_row(recipe, name, serial, code, issued):
            record = RecordCheck(RecordState.DAMAGED, None)
        name = content.name
        programme = content.programme or programme
        cohort = content.cohort or cohort
        if stated:
            issued = dt.date.fromisoformat(stated)
    if record.state == RecordState.DAMAGED:
        status = VerificationStatus.DAMAGED
    return VerificationResult(
        record=record,
        status=status,
        latest_serial=latest_serial,
        latest_valid=latest_valid,
        code=code,
        serial=serial,
        name_as_printed=name,
        programme=programme,
        cohort=cohort,
        issue_date=issued,
        replaced_by=replaced_by,
        revoked_on=None if revoked_at is None else revoked_at.date(),
        revoked_reason=reason,
    )


def _latest(session: DbSession, serial: str) -> tuple[str, bool]:
    """Follow the reissues from ``serial`` to the newest; its serial and whether it holds."""
    successor = aliased(Diploma)
    seen: set[str] = set()
    while serial not in seen:
        seen.add(serial)
        revoked_at, next_serial = session.execute(
            select(Diploma.revoked_at, successor.serial)
            .outerjoin(successor, successor.replaces_id == Diploma.id)
            .where(Diploma.serial == serial)
        ).one()
        if next_serial is None:
            return serial, revoked_at is None
        serial = next_serial
    return serial, False  # a loop cannot happen (replaces_id is unique); never "valid"
