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
from typing import Any

from app.db import Database
from app.errors import KohortError
from app.services import diploma_output, diploma_register, enrollments


def add_parser(sub: Any, common: argparse.ArgumentParser, positive_id: Any) -> None:
    p = sub.add_parser(
        "diplomas",
        parents=[common],
        help="issue diplomas (once) and write the ceremony PDF in hand-out order",
    )
    p.add_argument("--cohort", type=positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--separate", metavar="DIR", help="also one PDF per person in DIR")
    p.add_argument(
        "--person",
        type=positive_id,
        nargs="+",
        metavar="ID",
        default=None,
        help="only these people (default: everyone eligible)",
    )
    p.add_argument(
        "--order",
        choices=["surname", "firstname", "first_name", "organization", "custom"],
        default="surname",
        help="hand-out order (default: surname; custom: the order of --person)",
    )
    p.add_argument(
        "--no-checklist", action="store_true", help="leave out the checklist page at the end"
    )
    p.add_argument(
        "--with-action-plans",
        action="store_true",
        help="the ceremony pack: each participant's action plan right after their diploma",
    )
    p.add_argument(
        "--confirm-ineligible",
        metavar="REASON",
        help="issue to named people who are not eligible, recording why",
    )
    p.add_argument(
        "--before-end",
        action="store_true",
        help="issue although sessions remain (dated the last session; recorded as issued "
        "before the end)",
    )


def issue_and_print(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    if args.order == "custom" and not args.person:
        raise KohortError("--order custom prints in the order of --person: name the people.")
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
                "Nobody in this cohort meets the completion rule yet; nothing was issued. "
                "Name people with --person to issue anyway."
            )
        if plan.not_meeting_rule and args.confirm_ineligible is None:
            names = ", ".join(c.name for c in plan.not_meeting_rule)
            raise KohortError(
                f"Not eligible for a diploma: {names}. To issue anyway, add "
                '--confirm-ineligible "the reason" (it is recorded).'
            )
        if plan.to_issue and plan.ahead and not args.before_end:
            raise KohortError(
                f"{plan.ahead_text()} Nothing was issued. To issue now all the same, add "
                "--before-end."
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
    order = diploma_output.HandOutOrder("first_name" if args.order == "firstname" else args.order)
    custom = wanted if order == diploma_output.HandOutOrder.CUSTOM else None
    with db.write() as session:  # marks the diplomas printed
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
    checklist = "" if args.no_checklist else " and a checklist page"
    if args.with_action_plans:
        checklist = f", each with its action plan where there is one,{checklist}"
    print(
        f"Issued {len(new)} new diploma(s); wrote {pages} diploma(s){checklist} to "
        f"{args.out} in hand-out order."
    )
    if new and plan.ahead:
        print(
            f"Issued before the end of the programme ({plan.remaining_text()}); dated "
            f"{plan.issue_date.isoformat()}.",
            file=sys.stderr,
        )
    if files:
        print(f"Wrote {len(files)} separate file(s) to {args.separate}.")
