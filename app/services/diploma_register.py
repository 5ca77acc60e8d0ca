"""The diploma register: issuing, reissuing and revoking diplomas (read by
:mod:`app.services.diploma_listing`: the rows of a cohort, an issued PDF, lookups).

An issued diploma is frozen: its recipe (content and design snapshot, see
:mod:`app.services.diploma_recipes`) and its record hash are stored in the register row, the
PDF is rebuilt from them exactly, and nothing done later (a template edit, a corrected name)
changes them. A misspelt name is
fixed by :func:`reissue_diploma`, which renders anew as a *new* row replacing the old one (the
old row stays, counted as replaced). A diploma is *valid* while it is neither revoked nor
replaced; a person has at most one valid diploma per cohort.

Serial numbers are the programme's code, the issue year and a running number per programme and
year ("FL-2026-007"). Verification codes are random, eight characters from an alphabet without
look-alikes (no 0/O, 1/I/L), written "7KQ2-M9XD".

Everything is checked and laid out before the first row is added, so a name the fonts cannot
draw, a cancelled batch or an ineligible person without confirmation leaves no rows behind.
The merged ceremony PDF and separate files are written by :mod:`app.services.diploma_output`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.i18n import _, explain
from app.models import (
    Cohort,
    Diploma,
    utcnow,
)
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.services import people
from app.services.cohorts import load_cohort
from app.services.diploma_design import (
    cohort_design,
    content_for,
    hours_text,
    refuse_gaps,
)
from app.services.diploma_issue import (
    IssuePlan,
    Revoked,
    load_diploma,
    plan_issue,
    reissue_preview,
)
from app.services.diploma_listing import IssuedDiploma, list_diplomas, valid_diplomas
from app.services.diploma_recipes import recipe_columns, snapshot_for
from app.services.enrollments import list_participants, load_enrollment
from app.services.serial_blocks import (
    is_checked_out_file,
    issued_numbers,
    next_number,
    offline_serials,
)
from app.text import clean
from diplomas.diploma import content_checker
from diplomas.diploma_model import DiplomaContent, DiplomaDesign

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L look-alikes
CODE_LENGTH = 8


# Issuing.


def issue_plan(
    session: DbSession, cohort_id: int, enrollment_ids: Sequence[int] | None, *, today: dt.date
) -> IssuePlan:
    """Who would get a diploma if issued now, and on what terms (see
    :mod:`app.services.diploma_issue`); ``enrollment_ids`` None: everyone who meets the rule
    and has no valid diploma yet, nor a revoked one (issuing anew is done by name)."""
    register = list_diplomas(session, cohort_id)  # oldest first: the last revoked one wins
    held = {d.enrollment_id: d.serial for d in register if d.valid}
    revoked = {
        d.enrollment_id: Revoked(d.serial, d.revoked_reason or "") for d in register if d.revoked
    }
    ids = None if enrollment_ids is None else list(enrollment_ids)
    return plan_issue(session, cohort_id, ids, today=today, valid_serials=held, revoked=revoked)


def issue_diplomas(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: Sequence[int],
    *,
    today: dt.date,
    confirm_ineligible: str | None = None,
    before_end: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[IssuedDiploma]:
    """Issue diplomas to these enrollments of the cohort; returns the new register rows.

    What :func:`issue_plan` decides is enforced here: someone who does not meet the rule (or
    is not a participant the rule judges) is issued only when ``confirm_ineligible`` gives the
    reason, which is recorded; someone who already has a valid diploma in the cohort is
    refused (reissue it instead); while sessions remain, only with ``before_end`` — the
    diplomas then carry the date of the last session and the register records what was left.
    All or nothing.
    """
    cohort = load_cohort(session, cohort_id)
    ids = list(dict.fromkeys(enrollment_ids))
    if not ids:
        raise ValidationError(_("Choose at least one person to issue a diploma to."))
    everyone = list_participants(session, cohort_id, today=today)
    plan = plan_issue(
        session,
        cohort_id,
        ids,
        today=today,
        valid_serials=valid_diplomas(session, ids),
        participants=everyone,
    )
    if plan.already_issued:
        listed = "; ".join(f"{c.name} ({c.valid_serial})" for c in plan.already_issued)
        raise ValidationError(
            _("Already issued, reissue instead if something must change: {listed}.").format(
                listed=listed
            )
        )
    reason = clean(confirm_ineligible)
    if plan.not_meeting_rule and not reason:
        names = ", ".join(c.name for c in plan.not_meeting_rule)
        raise ValidationError(
            _("Not eligible for a diploma: {names}. Confirm with a reason to issue anyway.").format(
                names=names
            )
        )
    if plan.ahead and not before_end:
        raise ValidationError(
            _(
                "{ahead_text} Nothing was issued; confirm issuing before the end to go ahead."
            ).format(ahead_text=plan.ahead_text())
        )
    participants = {p.enrollment_id: p for p in everyone}
    chosen = [participants[c.enrollment_id] for c in plan.to_issue]
    ineligible = {c.enrollment_id for c in plan.not_meeting_rule}
    hold_register(session)  # before the design snapshot and the serials are taken
    recorder = _Recorder(session, cohort_design(session, cohort_id, today=plan.issue_date))
    issue_date = plan.issue_date
    hours = hours_text(session, cohort, plan.issue_date)
    before_end_note = plan.remaining_text() if plan.ahead else None
    serials = _serials(session, cohort, issue_date.year, len(chosen))
    codes = _new_codes(session, len(chosen))
    total = len(chosen)
    if progress is not None:
        progress(0, total)
    rows = []
    for done, (participant, serial, code) in enumerate(
        zip(chosen, serials, codes, strict=True), start=1
    ):
        stop_if_cancelled(cancelled, done - 1, total, _("Issuing"))
        content = content_for(cohort, participant, hours, serial=serial, verification_code=code)
        despite = participant.enrollment_id in ineligible
        rows.append(
            recorder.row(
                content,
                enrollment_id=participant.enrollment_id,
                issue_date=issue_date,
                ineligible_reason=reason if despite else None,
            )
        )
        if progress is not None:
            progress(done, total)
    for row in rows:
        row["issued_before_end"] = before_end_note
    for start in range(0, len(rows), 500):  # one statement per chunk, not an object per row
        session.execute(insert(Diploma), rows[start : start + 500])
    new_serials = {row["serial"] for row in rows}
    return [d for d in list_diplomas(session, cohort_id) if d.serial in new_serials]


def reissue_diploma(
    session: DbSession,
    diploma_id: int,
    *,
    today: dt.date,
    name: str | None = None,
    other_name_confirmed: bool = False,
) -> IssuedDiploma:
    """Render a valid diploma anew, as a row replacing it, optionally with a corrected name.

    A reissue corrects the same person's diploma: ``name`` (the corrected name as printed)
    is stored as the person's name on diplomas; one that does not read as a correction of
    the old name (another surname, another person) is refused unless
    ``other_name_confirmed``. The new row gets a new serial and verification code and the
    old one's issue date; the old row is kept, counted as replaced (its code then verifies as
    replaced).
    """
    old = load_diploma(session, diploma_id)
    _refuse_invalid(session, old, "reissued")
    if name is not None:
        preview = reissue_preview(session, diploma_id, name)
        if not preview.plausible and not other_name_confirmed:
            raise ValidationError(
                _(
                    "{describe} That is not a corrected spelling of the same name; a "
                    "reissue corrects a name, it does not give the diploma to someone "
                    "else. Nothing was changed; confirm to reissue under this name anyway."
                ).format(describe=preview.describe())
            )
        _set_printed_name(session, load_enrollment(session, old.enrollment_id).person_id, name)
    enrollment = old.enrollment_id
    cohort = load_enrollment(session, enrollment).cohort
    participants = {p.enrollment_id: p for p in list_participants(session, cohort.id, today=today)}
    if enrollment not in participants:  # erased, the diploma kept as the record
        raise ValidationError(
            _(
                "{serial} was issued to a person whose personal data is erased, so it stays "
                "as it is in the register; it cannot be reissued."
            ).format(serial=old.serial)
        )
    issue_date = old.issue_date  # the same diploma, corrected: the day it was given stays
    design = cohort_design(session, cohort.id, today=issue_date)
    content = content_for(
        cohort,
        participants[enrollment],
        hours_text(session, cohort, issue_date),
        serial=_serials(session, cohort, issue_date.year, 1)[0],
        verification_code=_new_codes(session, 1)[0],
    )
    row = Diploma(
        **_Recorder(session, design).row(
            content,
            enrollment_id=enrollment,
            issue_date=issue_date,
            ineligible_reason=old.ineligible_reason if old.issued_despite_ineligible else None,
        )
    )
    row.replaces_id = old.id
    session.add(row)
    session.flush()
    return next(d for d in list_diplomas(session, cohort.id) if d.id == row.id)


def _set_printed_name(session: DbSession, person_id: int, name: str) -> None:
    fields = people.fields_of(people.get_person(session, person_id))
    people.update_person(session, person_id, replace(fields, name_as_printed=clean(name)))


def revoke_diploma(session: DbSession, diploma_id: int, reason: str) -> IssuedDiploma:
    """Revoke a valid diploma; the reason is recorded and its code verifies as revoked."""
    diploma = load_diploma(session, diploma_id)
    reason = clean(reason)
    if not reason:
        raise ValidationError(_("Revoking a diploma needs a reason, for the record."))
    _refuse_invalid(session, diploma, "revoked")
    diploma.revoked_at = utcnow()
    diploma.revoked_reason = reason
    session.flush()
    cohort_id = load_enrollment(session, diploma.enrollment_id).cohort_id
    return next(d for d in list_diplomas(session, cohort_id) if d.id == diploma.id)


class _Recorder:
    """Makes register rows for one design: its snapshot stored once, each content checked
    (drawable, fits) before its row exists; no PDF is drawn."""

    def __init__(self, session: DbSession, design: DiplomaDesign) -> None:
        self.design = design
        try:
            self.check = content_checker(design)
        except ValueError as exc:
            raise ValidationError(explain(exc)) from exc
        self.snapshot = snapshot_for(session, design)

    def row(
        self,
        content: DiplomaContent,
        *,
        enrollment_id: int,
        issue_date: dt.date,
        ineligible_reason: str | None,
    ) -> dict[str, object]:
        refuse_gaps(self.design.wording, content)
        try:
            self.check(content)
        except ValueError as exc:  # a name the fonts cannot draw, a wording too long to fit
            raise ValidationError(explain(exc)) from exc
        return {
            "enrollment_id": enrollment_id,
            "serial": content.serial,
            "verification_code": content.verification_code,
            "name_as_printed": content.name,
            "issue_date": issue_date,
            "template": self.design.template,
            "issued_despite_ineligible": ineligible_reason is not None,
            "ineligible_reason": ineligible_reason,
            "created_at": utcnow(),
            **recipe_columns(self.snapshot, content),
        }


def _serials(session: DbSession, cohort: Cohort, year: int, count: int) -> list[str]:
    """The next ``count`` serials with the programme's prefix in ``year``, after the highest
    issued with that prefix by any programme (a code can be renamed and reused; serials are
    unique in the whole register) and after the blocks reserved for checked-out cohorts; in
    a checked-out cohort's file, from its reserved blocks (:mod:`app.services.serial_blocks`)."""
    prefix = f"{cohort.program.code}-{year}-"
    hold_register(session)
    if is_checked_out_file(session):  # a laptop's file: only the numbers set aside for it
        return offline_serials(session, prefix, year, issued_numbers(session, prefix), count)
    start = next_number(session, prefix)
    return [f"{prefix}{n:03d}" for n in range(start, start + count)]


def hold_register(session: DbSession) -> None:
    """On a team database, hold the diploma register until this transaction ends, so that two
    coordinators issuing at once write one after the other: serial numbers unique and without
    gaps, one design snapshot of one design. (SQLite has one writer at a time already.) Held
    again by the same transaction, it is the same lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext('kohort-diploma-register'))"))


def _new_codes(session: DbSession, count: int) -> list[str]:
    """``count`` new random codes, none in the register (asked a chunk at a time)."""
    codes: dict[str, None] = {}
    while len(codes) < count:
        fresh = [_random_code() for _i in range(min(count - len(codes), 500))]
        taken = set(
            session.scalars(
                select(Diploma.verification_code).where(Diploma.verification_code.in_(fresh))
            )
        )
        codes.update(dict.fromkeys(c for c in fresh if c not in taken))
    return list(codes)[:count]


def _random_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def _refuse_invalid(session: DbSession, diploma: Diploma, what: str) -> None:
    if diploma.revoked_at is not None:
        raise ValidationError(
            (
                _("Diploma {serial} is revoked and cannot be reissued.")
                if what == "reissued"
                else _("Diploma {serial} is already revoked.")
            ).format(serial=diploma.serial)
        )
    successor = session.scalar(select(Diploma.serial).where(Diploma.replaces_id == diploma.id))
    if successor is not None:
        raise ValidationError(
            _("Diploma {serial} was replaced by {successor}; use that one instead.").format(
                serial=diploma.serial, successor=successor
            )
        )
