"""`kohort person-data export|erase` and `kohort retention`: the GDPR tools on the command line.

The services (app.services.privacy_*) are imported when a command runs, not at start-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from app.cli_output import print_json, table
from app.db import Database
from app.domain import Language
from app.errors import KohortError
from app.i18n import _, ngettext

EXIT_NOT_CONFIRMED = 1
_IDS_SHOWN = 20  # the ids of people whose kept diplomas can be erased later


def person_data(db: Database, args: argparse.Namespace) -> int | None:
    if args.person_data_command == "export":
        _export(db, args)
        return None
    return _erase(db, args)


def _export(db: Database, args: argparse.Namespace) -> None:
    from app.services import privacy_export, privacy_record

    if not args.json_file and not args.pdf_file:
        raise KohortError(_("Say where the data goes: --json FILE.json, --pdf FILE.pdf or both."))
    if not args.overwrite:
        for target in (args.json_file, args.pdf_file):
            if target and Path(target).exists():
                raise KohortError(
                    _(
                        "{target} exists already; nothing was written. Choose another name, "
                        "or add --overwrite to replace it."
                    ).format(target=target)
                )
    with db.read() as session:
        data = privacy_export.personal_data(session, args.person_id)
    if args.json_file:
        privacy_export.write_json(data, Path(args.json_file))
        print(_("Wrote {name}'s data to {path}.").format(name=data.full_name, path=args.json_file))
    if args.pdf_file:
        language = Language(args.language) if args.language else None
        privacy_record.write_pdf(data, Path(args.pdf_file), language)
        print(_("Wrote {name}'s record to {path}.").format(name=data.full_name, path=args.pdf_file))


def _erase(db: Database, args: argparse.Namespace) -> int | None:
    from app.services import privacy_erase

    with db.read() as session:
        impact = privacy_erase.erasure_impact(
            session, args.person_id, with_diplomas=args.with_diplomas
        )
    print(impact_text(impact))
    if not args.yes:
        print(privacy_erase.backup_notice(db.file))
        print(_("Nothing was erased; add --yes to erase."), file=sys.stderr)
        return EXIT_NOT_CONFIRMED
    with db.write() as session:
        privacy_erase.erase_person(session, args.person_id, confirmed=impact)
    privacy_erase.scrub(db)
    if impact.keeps_diplomas:
        print(
            ngettext(
                "Erased {name}; their {n} issued diploma stays in the register.",
                "Erased {name}; their {n} issued diplomas stay in the register.",
                impact.diplomas,
            ).format(name=impact.name, n=impact.diplomas)
        )
    else:
        print(_("Erased {name}.").format(name=impact.name))
    print(privacy_erase.backup_notice(db.file))
    return None


def impact_text(impact: Any) -> str:
    """What erasing one person removes, and what stays, in a few lines."""
    keeps = impact.keeps_diplomas
    removes = [
        (_("their contact details, job title and organization"), 1),
        (
            ngettext("{n} enrollment", "{n} enrollments", impact.enrollments_erased),
            impact.enrollments_erased,
        ),
        (
            ngettext("{n} attendance mark", "{n} attendance marks", impact.attendance_marks),
            impact.attendance_marks,
        ),
        (
            ngettext("{n} action plan", "{n} action plans", impact.action_plans),
            impact.action_plans,
        ),
        (
            ngettext(
                "{n} named course evaluation response",
                "{n} named course evaluation responses",
                impact.evaluation_responses,
            ),
            impact.evaluation_responses,
        ),
        (
            ngettext(
                "{n} place on a reunion invitation list",
                "{n} places on reunion invitation lists",
                impact.invitations,
            ),
            impact.invitations,
        ),
    ]
    if not keeps:
        removes.append(
            (
                ngettext("{n} issued diploma", "{n} issued diplomas", impact.diplomas),
                impact.diplomas,
            )
        )
    lines = [
        _("Erasing {name} removes:").format(name=impact.name),
        "  " + ", ".join(text.format(n=n) for text, n in removes if n),  # no "0 …"
    ]
    if keeps:
        lines.append(
            ngettext(
                "Kept: the issued diploma {serials} in the diploma register, with the name as "
                "printed and the enrollment it was issued for, as the organization's record; "
                "nothing else about them stays. Add --with-diplomas to erase it too.",
                "Kept: the issued diplomas {serials} in the diploma register, with the name as "
                "printed and the enrollments they were issued for, as the organization's "
                "record; nothing else about them stays. Add --with-diplomas to erase them too.",
                impact.diplomas,
            ).format(serials=", ".join(impact.diploma_serials))
        )
    if impact.signatory_slots or impact.named_as_manager:
        lines.append(
            _(
                "Their name also appears as a diploma signatory ({signatory}) or as another "
                "participant's manager ({manager}); those stay: change them where they are."
            ).format(signatory=impact.signatory_slots, manager=impact.named_as_manager)
        )
    return "\n".join(lines)


def retention(db: Database, args: argparse.Namespace) -> int | None:
    from app.services import privacy_erase, privacy_retention

    if args.set_years is not None or args.set_months is not None:
        _set_periods(db, args)
        return None
    today = dt.date.today()
    periods = {"years": args.years, "months": args.months}
    with db.read() as session:
        found = privacy_retention.retention_candidates(session, today=today, **periods)
    if not found and not args.json:
        erased = _("Nobody is due for erasure; nothing was erased.")
        print(erased if args.erase else _("Nobody is due for erasure."))
        return None
    if args.json:
        print_json(
            [
                {
                    "person_id": c.person_id,
                    "name": c.name,
                    "organization": c.organization,
                    "last_activity": c.last_activity.isoformat(),
                    "reason": c.reason.value,
                    "period": c.period,
                    "diplomas": c.impact.diplomas,
                }
                for c in found
            ]
        )
    else:
        table(
            [
                [
                    str(c.person_id),
                    c.name,
                    c.organization or "",
                    c.last_activity.isoformat(),
                    reason_text(c),
                    str(c.impact.diplomas or ""),
                ]
                for c in found
            ],
            [
                _("PERSON"),
                _("NAME"),
                _("ORGANIZATION"),
                _("LAST ACTIVITY"),
                _("WHY"),
                _("DIPLOMAS"),
            ],
        )
    if not args.erase:
        return None
    if not found:  # --json printed []
        return None
    if not args.yes:
        print(_("Nothing was erased; add --yes to erase everyone listed."), file=sys.stderr)
        return EXIT_NOT_CONFIRMED
    with db.write() as session:
        count = privacy_retention.erase_candidates(
            session, found, today=today, with_diplomas=args.with_diplomas, **periods
        )
    privacy_erase.scrub(db)
    print(ngettext("Erased {n} person.", "Erased {n} people.", count).format(n=count))
    if not args.with_diplomas:
        _kept_diplomas([c for c in found if c.impact.diplomas])
    print(privacy_erase.backup_notice(db.file))
    return None


def _kept_diplomas(holders: list[Any]) -> None:
    """Where the kept diplomas are, and the command that erases them later: erased people
    are in no retention list, so `retention --with-diplomas` would not find them again."""
    kept = sum(c.impact.diplomas for c in holders)
    if not kept:
        return
    shown = ", ".join(str(c.person_id) for c in holders[:_IDS_SHOWN])
    if len(holders) > _IDS_SHOWN:
        shown += ", …"
    print(
        ngettext(
            "Their {n} issued diploma stays in the diploma register. To erase it later, run "
            "`kohort person-data erase PERSON_ID --with-diplomas` with the person's id "
            "({ids}).",
            "Their {n} issued diplomas stay in the diploma register. To erase them later, run "
            "`kohort person-data erase PERSON_ID --with-diplomas` with each person's id "
            "({ids}).",
            kept,
        ).format(n=kept, ids=shown)
    )


def reason_text(candidate: Any) -> str:
    from app.services.privacy_retention import Reason

    if candidate.reason is Reason.NEVER_ADMITTED:
        return ngettext(
            "never admitted, over {n} month",
            "never admitted, over {n} months",
            candidate.period,
        ).format(n=candidate.period)
    return ngettext(
        "inactive for over {n} year", "inactive for over {n} years", candidate.period
    ).format(n=candidate.period)


def _set_periods(db: Database, args: argparse.Namespace) -> None:
    from app.services import privacy_retention

    if not args.organization:
        raise KohortError(_("Say which organization: --organization NAME."))
    with db.read() as session:
        current = {
            p.organization.casefold(): p for p in privacy_retention.retention_periods(session)
        }
    now = current.get(args.organization.strip().casefold())
    years = now.years if now else None
    months = now.applicant_months if now else None
    if args.set_years is not None:
        years = _period(args.set_years)
    if args.set_months is not None:
        months = _period(args.set_months)
    with db.write() as session:
        saved = privacy_retention.set_retention_periods(
            session, args.organization, years=years, applicant_months=months
        )
    print(
        _("{organization}: people kept {years} years, applicants {months} months.").format(
            organization=saved.organization,
            years=saved.years or privacy_retention.DEFAULT_YEARS,
            months=saved.applicant_months or privacy_retention.DEFAULT_APPLICANT_MONTHS,
        )
    )


def _period(text: str) -> int | None:
    if text.strip().lower() == "default":
        return None
    try:
        return int(text)
    except ValueError:
        raise KohortError(
            _("“{text}” is not a number of years or months (or “default”).").format(text=text)
        ) from None
