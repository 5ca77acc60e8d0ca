"""The diploma commands reissue, revoke, verify.

`kohort diplomas` (issue and print) lives in :mod:`app.cli_issue`, `kohort design` in
:mod:`app.cli_design`; the options of all of them in :mod:`app.cli_args` (design:
:mod:`app.cli_args_documents`).

`kohort reissue SERIAL [--name "…"] [--out FILE.pdf]` fixes
a misspelt name in one step: the printed name is corrected, a new diploma replaces the old
one in the register, and its frozen PDF is written for printing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli_output import iso, print_json, refuse_existing, verification_json
from app.db import Database
from app.errors import KohortError, ValidationError
from app.files import write_atomically
from app.i18n import _
from app.services import (
    diploma_issue,
    diploma_listing,
    diploma_output,
    diploma_register,
    verification,
)
from app.services.diploma_recipes import RecordState
from app.services.verification import VerificationStatus
from diplomas.render_version import RENDER_VERSION

EXIT_NOT_VALID = 3  # `verify`: the diploma exists but was replaced or revoked
EXIT_UNKNOWN = 4  # `verify`: no diploma has that code
EXIT_DAMAGED = 5  # `verify`: the register's record of it was changed or damaged


def reissue(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.out:
        check_target(Path(args.out))  # before the register changes
        refuse_existing(args.out, args.overwrite)
    with db.write() as session:
        old_id = diploma_listing.diploma_id_by_serial(session, args.serial)
        change = diploma_issue.reissue_preview(session, old_id, args.name)
        if args.name is not None and not change.plausible and not args.yes:
            raise KohortError(
                _(
                    "{describe} That does not look like a corrected spelling of the same "
                    "name: a reissue corrects a name, it does not give the diploma to "
                    "someone else (issue that person a diploma of their own). Nothing was "
                    "changed. If the new name is right (a new surname, say), add --yes."
                ).format(describe=change.describe())
            )
        new = diploma_register.reissue_diploma(
            session, old_id, today=today, name=args.name, other_name_confirmed=args.yes
        )
        pdf = diploma_listing.issued_pdf(session, new.id)
    if args.out:
        write_pdf(Path(args.out), pdf)
        with db.write() as session:  # saved into a print file: ✓ printed, as `diplomas` does
            diploma_output.mark_printed(session, [new.id])
    if args.json:
        print_json(
            {
                "serial": new.serial,
                "verification_code": new.verification_code,
                "name_as_printed": new.name_as_printed,
                "previous_name_as_printed": change.old_name,
                "person": change.holder,
                "replaces": args.serial.strip(),
                "issue_date": iso(new.issue_date),
            }
        )
        return
    print(change.describe())
    replaces = (
        _("{serial} ({name}) replaces {old}; written to {out}.")
        if args.out
        else _("{serial} ({name}) replaces {old}.")
    )
    print(
        replaces.format(
            serial=new.serial, name=new.name_as_printed, old=args.serial.strip(), out=args.out
        )
    )


def revoke(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        revoked = diploma_register.revoke_diploma(
            session, diploma_listing.diploma_id_by_serial(session, args.serial), args.reason
        )
    if args.json:
        print_json({"serial": revoked.serial, "revoked": True, "reason": args.reason.strip()})
        return
    print(
        _("{serial} is revoked: {reason}").format(serial=revoked.serial, reason=args.reason.strip())
    )


def check_target(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("A diploma is written as a .pdf file, not “{name}”.").format(name=path.name)
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            _("There is no folder {folder} to write {name} in.").format(
                folder=folder, name=path.name
            )
        )


def write_pdf(path: Path, pdf: bytes) -> None:
    check_target(path)

    def write(partial: Path) -> None:
        partial.write_bytes(pdf)

    write_atomically(path, write, what=_("the diploma"))


RECORD_STATES = {
    RecordState.EXACT: lambda: _("The register's record of it is intact (its hash matches)."),
    RecordState.OTHER_RENDERER: lambda: _(
        "The register's record of it is intact, but it was made by another renderer "
        "(another version of Kohort's drawing, ReportLab or the fonts): a copy printed now "
        "may differ slightly from the first."
    ),
    RecordState.DAMAGED: lambda: _(
        "The register's record of it is damaged: it no longer matches its hash. Restore "
        "the database from a backup before printing it."
    ),
}


def FROZEN_INTACT() -> str:  # noqa: N802 (read as the constant beside RECORD_STATES)
    """A diploma from before recipes: only its stored PDF is hashed, not the columns shown."""
    return _(
        "Its stored PDF is intact (its hash matches). It was issued by an older Kohort, so "
        "the name and date shown come from the register and no hash covers them."
    )


def verify(db: Database, args: argparse.Namespace) -> int:
    with db.read() as session:
        result = verification.verify_code(session, args.code)
        record = None if result is None else result.record
    if args.json:
        print_json(
            {
                **verification_json(result, args.code),
                "record": None if record is None else record.state,
                "render_version": None if record is None else record.render_version,
                "current_render_version": RENDER_VERSION,
            }
        )
    elif result is None and verification.looks_like_serial(args.code):
        print(
            _(
                "Unknown: “{number}” is a diploma number, not a verification code; give the "
                "code printed beside it (e.g. 7KQ2-M9XD)."
            ).format(number=args.code.strip())
        )
    elif result is None:
        print(
            _("Unknown: no diploma in this register has the verification code “{code}”.").format(
                code=args.code
            )
        )
    else:
        if result.status == VerificationStatus.DAMAGED:
            print(
                _(
                    "Cannot be confirmed: the register's record of this diploma has been "
                    "changed or damaged since it was issued. Restore the database from a backup "
                    "and check again."
                )
            )
        elif result.status == VerificationStatus.VALID:
            print(_("Valid: this diploma was issued and holds."))
        elif result.status == VerificationStatus.REPLACED:
            replaced = (
                _("Replaced: this diploma was reissued as {replaced_by}; {latest} holds.")
                if result.latest_valid
                else _(
                    "Replaced: this diploma was reissued as {replaced_by}; {latest} does not "
                    "hold either (revoked)."
                )
            )
            print(replaced.format(replaced_by=result.replaced_by, latest=result.latest_serial))
        else:
            print(
                _("Revoked on {date}: {reason}").format(
                    date=iso(result.revoked_on), reason=result.revoked_reason
                )
            )
        lines = (
            (_("Name"), result.name_as_printed),
            (_("Programme"), result.programme),
            (_("Cohort"), result.cohort),
            (_("Serial"), result.serial),
            (_("Issued"), iso(result.issue_date)),
            (_("Code"), result.code),
        )
        width = max(len(label) for label, _value in lines) + 2
        for label, value in lines:
            print(f"  {label + ':':<{width}}{value}")
        if record is not None and record.frozen and record.state == RecordState.EXACT:
            print(FROZEN_INTACT())
        else:
            print(RECORD_STATES[record.state if record else RecordState.EXACT]())
        if record is not None and record.render_version is not None:
            print(
                _("Drawn by renderer version {then}; this Kohort draws version {now}.").format(
                    then=record.render_version, now=RENDER_VERSION
                )
            )
    if result is None:
        return EXIT_UNKNOWN
    if result.status == VerificationStatus.DAMAGED:
        return EXIT_DAMAGED
    return 0 if result.valid else EXIT_NOT_VALID
