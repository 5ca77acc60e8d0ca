"""`kohort diplomas`: issue diplomas (once) and write the ceremony PDF in hand-out order.

Who gets a diploma is :func:`app.services.diploma_register.issue_plan`'s decision, the same
one the window shows; this command only refuses what the plan says needs a deliberate step:
people who do not meet the rule (`--confirm-ineligible REASON`) and issuing while sessions
remain (`--before-end`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli_output import refuse_existing
from app.db import Database
from app.errors import KohortError
from app.i18n import _, ngettext
from app.services import diploma_output, diploma_recipes, diploma_register, enrollments
from app.services.ceremony_files import plans_path, write_ceremony_files
from app.services.diploma_listing import IssuedDiploma


def issue_and_print(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.order == "custom" and not args.person:
        raise KohortError(_("--order custom prints in the order of --person: name the people."))
    if args.plans_separately and not args.with_action_plans:
        raise KohortError(_("--plans-separately goes with --with-action-plans."))
    refuse_existing(args.out, args.overwrite)  # before anything is issued
    if args.plans_separately:
        refuse_existing(plans_path(Path(args.out)), args.overwrite)
    # First issue (and commit): the register is the truth. Only then write files, so a file
    # never shows a serial or verification code the register does not have.
    with db.write() as session:
        ids = (
            [enrollments.enrollment_for_person(session, args.cohort, p).id for p in args.person]
            if args.person
            else None
        )
        plan = diploma_register.issue_plan(session, args.cohort, ids, today=today)
        wanted = ids or [c.enrollment_id for c in (*plan.already_issued, *plan.to_issue)]
        if not wanted:
            raise KohortError(
                _(
                    "Nobody in this cohort meets the completion rule yet; nothing was "
                    "issued. Name people with --person to issue anyway."
                )
            )
        if plan.not_meeting_rule and args.confirm_ineligible is None:
            names = ", ".join(c.name for c in plan.not_meeting_rule)
            raise KohortError(
                _(
                    "Not eligible for a diploma: {names}. To issue anyway, add "
                    '--confirm-ineligible "the reason" (it is recorded).'
                ).format(names=names)
            )
        if plan.to_issue and plan.ahead and not args.before_end:
            raise KohortError(
                _(
                    "{ahead_text} Nothing was issued. To issue now all the same, add --before-end."
                ).format(ahead_text=plan.ahead_text())
            )
        new = (
            diploma_register.issue_diplomas(
                session,
                args.cohort,
                [c.enrollment_id for c in plan.to_issue],
                today=today,
                confirm_ineligible=args.confirm_ineligible,
                before_end=args.before_end,
            )
            if plan.to_issue
            else []
        )
    try:
        pages, files, plans_out, plan_count, redrawn = _write_files(db, args, wanted)
    except KohortError as exc:
        if not new:
            raise
        raise KohortError(f"{exc} {_issued_before(new)}") from exc
    print(
        ngettext("Issued {n} new diploma.", "Issued {n} new diplomas.", len(new)).format(n=len(new))
    )
    print(
        ngettext(
            "Wrote {n} diploma to {out} in hand-out order.",
            "Wrote {n} diplomas to {out} in hand-out order.",
            pages,
        ).format(n=pages, out=args.out)
    )
    if args.plans_separately:
        print(
            ngettext(
                "Wrote {n} action plan to {out} in the same order.",
                "Wrote {n} action plans to {out} in the same order.",
                plan_count,
            ).format(n=plan_count, out=plans_out)
        )
    elif args.with_action_plans:
        print(_("Each diploma is followed by its action plan where there is one."))
    if not args.no_checklist:
        print(_("A checklist page comes last."))
    if redrawn:
        print(
            ngettext(
                "{n} of these diplomas was issued under another renderer (another version of "
                "Kohort's drawing, ReportLab or the fonts) and was redrawn by this one: the "
                "copy may differ slightly from the first print.",
                "{n} of these diplomas were issued under another renderer (another version of "
                "Kohort's drawing, ReportLab or the fonts) and were redrawn by this one: the "
                "copies may differ slightly from the first print.",
                redrawn,
            ).format(n=redrawn),
            file=sys.stderr,
        )
    if plan.revoked_left_out:  # issuing anew after a revoke is done by name, deliberately
        names = ", ".join(
            f"{c.name} ({c.revoked.serial})" for c in plan.revoked_left_out if c.revoked
        )
        print(
            _(
                "Left out, as their diploma was revoked: {names}. To issue a new one, name "
                "them with --person."
            ).format(names=names),
            file=sys.stderr,
        )
    if new and plan.ahead:
        print(
            _("Issued before the end of the programme ({remaining}); dated {date}.").format(
                remaining=plan.remaining_text(), date=plan.issue_date.isoformat()
            ),
            file=sys.stderr,
        )
    if files:
        print(
            ngettext(
                "Wrote {n} separate file to {folder}.",
                "Wrote {n} separate files to {folder}.",
                len(files),
            ).format(n=len(files), folder=args.separate)
        )


def _issued_before(new: list[IssuedDiploma]) -> str:
    """What stays done when writing fails after issuing: the issue is committed first on
    purpose, so the error must not read as if nothing happened."""
    serials = new[0].serial if len(new) == 1 else f"{new[0].serial}–{new[-1].serial}"
    return ngettext(
        "{n} new diploma ({serials}) was issued before that and stays in the register; run "
        "the command again to print it.",
        "{n} new diplomas ({serials}) were issued before that and stay in the register; run "
        "the command again to print them.",
        len(new),
    ).format(n=len(new), serials=serials)


def _write_files(
    db: Database, args: argparse.Namespace, wanted: list[int]
) -> tuple[int, list[Path], Path | None, int, int]:
    """Write the ceremony file (and plans, separate files) of the issued diplomas and mark
    them printed; returns the diploma count, separate files, plans path, plan count and how
    many diplomas were issued under another renderer (redrawn by this one)."""
    plans_out: Path | None = None
    plan_count = 0
    order = diploma_output.HandOutOrder("first_name" if args.order == "firstname" else args.order)
    custom = wanted if order == diploma_output.HandOutOrder.CUSTOM else None
    with db.write() as session:  # marks the diplomas printed
        if args.plans_separately:
            plans_out, pages, plan_count = write_ceremony_files(
                session,
                args.cohort,
                Path(args.out),
                overwrite=args.overwrite,
                order=order,
                custom_order=custom,
                enrollment_ids=wanted,
                checklist=not args.no_checklist,
            )
        else:
            pages = diploma_output.write_ceremony_pdf(
                session,
                args.cohort,
                Path(args.out),
                order=order,
                custom_order=custom,
                enrollment_ids=wanted,
                checklist=not args.no_checklist,
                action_plans=args.with_action_plans,
            )
        files = (
            diploma_output.write_separate_files(
                session,
                args.cohort,
                Path(args.separate),
                order=order,
                custom_order=custom,
                enrollment_ids=wanted,
            )
            if args.separate
            else []
        )
        redrawn = diploma_recipes.other_renderer_count(
            session,
            diploma_output.hand_out_list(
                session, args.cohort, order=order, custom_order=custom, enrollment_ids=wanted
            ),
        )
    return pages, files, plans_out, plan_count, redrawn
