"""The diploma commands design (with its preview), reissue, revoke, verify.

`kohort diplomas` (issue and print) lives in :mod:`app.cli_issue`; the options of all of
them in :mod:`app.cli_args` (design: :mod:`app.cli_args_documents`).

`kohort design` shows or changes a cohort's diploma design with the same checks as the
design editor, and `--preview FILE.pdf` renders it for one participant (or the longest
name) without issuing anything. `kohort reissue SERIAL [--name "…"] [--out FILE.pdf]` fixes
a misspelt name in one step: the printed name is corrected, a new diploma replaces the old
one in the register, and its frozen PDF is written for printing.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.cli_output import iso, print_json, refuse_existing, verification_json
from app.db import Database
from app.domain import Language
from app.errors import KohortError, ValidationError
from app.files import write_atomically
from app.i18n import N_, _, ngettext
from app.reasons import reason_text
from app.services import (
    diploma_design,
    diploma_issue,
    diploma_listing,
    diploma_output,
    diploma_register,
    diploma_settings,
    verification,
)
from app.services.diploma_design import PreviewPerson
from app.services.diploma_recipes import RecordState
from app.services.diploma_settings import (
    DesignSettings,
    SignatorySettings,
    load_settings,
    wording_of,
)
from app.services.verification import VerificationStatus
from diplomas.render_version import RENDER_VERSION

EXIT_NOT_VALID = 3  # `verify`: the diploma exists but was replaced or revoked
EXIT_UNKNOWN = 4  # `verify`: no diploma has that code
EXIT_DAMAGED = 5  # `verify`: the register's record of it was changed or damaged


def design(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.preview:
        _check_target(Path(args.preview))  # before anything is saved
        refuse_existing(args.preview, args.overwrite)
    with db.read() as session:
        current = load_settings(session, args.cohort)
        person = _preview_person(session, args) if args.preview else None
    changed = _apply(current, args)
    if person is not None:  # a gap in the wording is refused before anything is saved
        content = person.contents.get(changed.language, person.content)  # --language too
        diploma_design.refuse_gaps(wording_of(changed), content)
    if changed != current or args.as_programme_default:
        with db.write() as session:
            diploma_settings.save_settings(
                session,
                args.cohort,
                changed,
                today=today,
                as_programme_default=args.as_programme_default,
            )
    if args.preview and person is not None:
        content = person.contents.get(changed.language, person.content)
        pdf = diploma_design.preview_pdf(changed, content, today=today)
        _write_pdf(Path(args.preview), pdf)
    summary = _summary(changed)
    if args.json:
        print_json(summary)
        return
    lines = _summary_lines(changed)
    width = max(len(label) for label, _value in lines) + 2
    for label, value in lines:
        print(f"{label + ':':<{width}}{value}")
    if args.preview:
        print(_("Preview written to {preview}.").format(preview=args.preview))


def _preview_person(session: Any, args: argparse.Namespace) -> PreviewPerson:
    people_ = diploma_design.preview_contents(session, args.cohort, today=dt.date.today())
    if not args.person:
        return people_[0]
    from app.services.enrollments import enrollment_for_person

    enrollment = enrollment_for_person(session, args.cohort, args.person).id
    for person in people_:
        if person.enrollment_id == enrollment:
            return person
    raise ValidationError(
        _(
            "Person {person} is not an enrolled participant of this cohort; "
            "preview for someone who is, or leave --person out."
        ).format(person=args.person)
    )


def reissue(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.out:
        _check_target(Path(args.out))  # before the register changes
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
        _write_pdf(Path(args.out), pdf)
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


def _apply(s: DesignSettings, args: argparse.Namespace) -> DesignSettings:
    changes: dict[str, Any] = {}
    for option, field in (
        ("template", "template"),
        ("orientation", "orientation"),
        ("title", "title"),
        ("wording", "wording"),
        ("place", "place"),
        ("accent", "accent_color"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.language:
        changes["language"] = Language(args.language)
    if args.issue_date is not None:
        changes["issue_date"] = _date_or_none(args.issue_date)
    if args.qr_url is not None:
        changes["verification_url"] = "" if args.qr_url.lower() == "none" else args.qr_url
    if args.bleed is not None:
        changes["edge"] = "bleed" if args.bleed else "margin"
    for option, field in (("logo", "logo_png"), ("background", "background_png")):
        value = getattr(args, option)
        if value is not None:
            changes[field] = (
                None
                if value.lower() == "none"
                else _image(value, _("logo") if option == "logo" else _("background"))
            )
    if args.signatory:
        if args.programme_signatories and not args.as_programme_default:
            raise ValidationError(
                _(
                    "--signatory with --programme-signatories sets the programme's "
                    "signatories; add --as-programme-default (which also makes this design "
                    "the programme's), or leave out --programme-signatories to give the "
                    "cohort its own."
                )
            )
        changes["signatories"] = tuple(_signatory(text) for text in args.signatory)
    if args.signatory or args.programme_signatories:
        changes["programme_signatories"] = args.programme_signatories
    return dataclasses.replace(s, **changes)


def _signatory(text: str) -> SignatorySettings:
    name, _sep, rest = text.partition("|")
    title, _sep2, signature = rest.partition("|")
    return SignatorySettings(
        name=name,
        title=title,
        signature_png=_image(signature, _("signature")) if signature else None,
    )


def _image(path: str, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KohortError(
            _("Cannot read the {what} {path}: {reason}.").format(
                what=what, path=path, reason=reason_text(exc)
            )
        ) from exc
    diploma_settings.check_image_bytes(data, what)
    return data


def _date_or_none(text: str) -> dt.date | None:
    if text.strip().lower() == "none":
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            _("--issue-date is written YYYY-MM-DD (or none), not {text!r}.").format(text=text)
        ) from None


def _check_target(path: Path) -> None:
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


def _write_pdf(path: Path, pdf: bytes) -> None:
    _check_target(path)

    def write(partial: Path) -> None:
        partial.write_bytes(pdf)

    write_atomically(path, write, what=_("the diploma"))


def _summary(s: DesignSettings) -> dict[str, Any]:
    return {
        "template": s.template,
        "orientation": s.orientation,
        "language": s.language.value,
        "title": s.title,
        "wording": s.wording,
        "place": s.place,
        "issue_date": iso(s.issue_date) or "(the day of issue)",
        "accent": s.accent_color,
        "logo": f"{len(s.logo_png)} bytes" if s.logo_png else "none",
        "background": f"{len(s.background_png)} bytes" if s.background_png else "none",
        "qr_url": s.verification_url or "none",
        "edge": s.edge,
        "signatories": [f"{x.name}, {x.title}" if x.title else x.name for x in s.signatories]
        + (["(the programme's)"] if s.programme_signatories else []),
    }


# The names the window's design editor shows (ui/dialogs/design_dialog.py), so the command
# line and the window say the same ("Högtidlig …", "A4 liggande"), not the stored keys.
TEMPLATE_NAMES = {
    "classic": N_("Classic (border and ornament)"),
    "modern": N_("Modern (colour band)"),
    "minimal": N_("Minimal"),
    "formal": N_("Formal (guilloche border and seal)"),
}
ORIENTATION_NAMES = {"landscape": N_("A4 landscape"), "portrait": N_("A4 portrait")}
LANGUAGE_NAMES = {
    Language.SWEDISH: N_("Swedish"),
    Language.FINNISH: N_("Finnish"),
    Language.ENGLISH: N_("English"),
}


def _named(names: Mapping[Any, str], key: Any) -> str:
    return _(names[key]) if key in names else str(key)


def _summary_lines(s: DesignSettings) -> list[tuple[str, str]]:
    """The design as the text output shows it, in the interface language (the JSON keeps
    :func:`_summary`'s stable keys and values)."""

    def image(data: bytes | None) -> str:
        return (
            ngettext("{n} byte", "{n} bytes", len(data)).format(n=len(data)) if data else _("none")
        )

    signatories = [f"{x.name}, {x.title}" if x.title else x.name for x in s.signatories]
    if s.programme_signatories:
        signatories.append(_("(the programme's)"))
    return [
        (_("Template"), _named(TEMPLATE_NAMES, s.template)),
        (_("Orientation"), _named(ORIENTATION_NAMES, s.orientation)),
        (_("Document language"), _named(LANGUAGE_NAMES, s.language)),
        (_("Title"), s.title),
        (_("Wording"), s.wording),
        (_("Place"), s.place),
        (_("Issue date"), iso(s.issue_date) or _("(the day of issue)")),
        (_("Accent colour"), s.accent_color),
        (_("Logo"), image(s.logo_png)),
        (_("Background"), image(s.background_png)),
        (_("QR code address"), s.verification_url or _("none")),
        (
            _("Print"),
            _("for a print shop, with 3 mm bleed")
            if s.edge == "bleed"
            else _("for an office printer, 5 mm margin"),
        ),
        (_("Signatories"), "; ".join(signatories) or _("none")),
    ]


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
