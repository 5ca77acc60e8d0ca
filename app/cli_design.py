"""`kohort design`: show or change a cohort's diploma design with the same checks as the
design editor; `--preview FILE.pdf` renders it for one participant (or the longest name)
without issuing anything. Its options are in :mod:`app.cli_args_documents`.

The design's version is shown (and is "version" in `--json`); `--version N` saves only if
the design is still at version N, so a script that read it is refused, like the window,
when another coordinator has saved the design since.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.cli_diplomas import check_target, write_pdf
from app.cli_output import iso, print_json, refuse_existing
from app.db import Database
from app.domain import Language
from app.errors import KohortError, ValidationError
from app.i18n import N_, _, ngettext
from app.reasons import reason_text
from app.services import diploma_design, diploma_settings
from app.services.diploma_design import PreviewPerson
from app.services.diploma_settings import (
    DesignSettings,
    SignatorySettings,
    load_settings,
    versions_of,
    wording_of,
)


def design(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.preview:
        check_target(Path(args.preview))  # before anything is saved
        refuse_existing(args.preview, args.overwrite)
    with db.read() as session:
        current = load_settings(session, args.cohort)
        version = versions_of(session, args.cohort).cohort
        person = _preview_person(session, args) if args.preview else None
        if args.version is not None:  # refused before anything is written or previewed
            diploma_settings.refuse_if_design_changed(session, args.cohort, args.version)
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
                design_version=version if args.version is None else args.version,
            )
            version = versions_of(session, args.cohort).cohort
    if args.preview and person is not None:
        content = person.contents.get(changed.language, person.content)
        pdf = diploma_design.preview_pdf(changed, content, today=today)
        write_pdf(Path(args.preview), pdf)
    summary = {**_summary(changed), "version": version}
    if args.json:
        print_json(summary)
        return
    lines = [*_summary_lines(changed), (_("Version"), str(version))]
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
