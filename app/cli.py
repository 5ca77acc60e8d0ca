"""The ``kohort`` command: the GUI by default, and headless subcommands over the same services.

Errors: one sentence on stderr; exit 2 for a usage mistake, 1 for anything that failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.db import Database, backup_database, integrity_problems, open_database
from app.errors import DatabaseDamagedError, KohortError
from app.importing.reader import read_table
from app.models import AttendanceStatus
from app.rules import SHORTFALL_TEXT
from app.services import (
    attendance,
    cohorts,
    demo,
    diploma_output,
    diplomas,
    enrollments,
    sessions,
    signin,
)
from app.services.attendance_report import export_attendance
from app.services.cohorts import CohortInfo
from app.services.enrollments import ParticipantInfo
from app.services.importing import ExistingPolicy, import_people
from app.services.sessions import SessionInfo

EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _status(value: str) -> AttendanceStatus:
    try:
        return AttendanceStatus(value.strip().lower().replace("-", "_"))
    except ValueError:
        choices = ", ".join(s.value for s in AttendanceStatus)
        raise argparse.ArgumentTypeError(
            f"unknown status {value!r}; use one of {choices}"
        ) from None


def _positive_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 0 < number < 2**63:
        raise argparse.ArgumentTypeError(f"{value!r} is not an id (a positive whole number)")
    return number


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file or sqlite:/// URL (default: $KOHORT_DB, then the user data folder)"
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help)
    json_flag = _Parser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print JSON (stable shape)")

    parser = _Parser(
        prog="kohort",
        description="Kohort: leadership programmes, from roll "
        "call to diploma. Without a command, starts the app.",
    )
    parser.add_argument("--db", metavar="PATH|URL", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"kohort {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("gui", parents=[common], help="start the app (the default)")
    sub.add_parser(
        "demo",
        parents=[common, json_flag],
        help="create the demo programmes (idempotent) and print their ids",
    )
    sub.add_parser("cohorts", parents=[common, json_flag], help="list cohorts")
    p = sub.add_parser("sessions", parents=[common, json_flag], help="list a cohort's sessions")
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p = sub.add_parser(
        "participants",
        parents=[common, json_flag],
        help="list a cohort's people with attendance rate and eligibility",
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")

    att = sub.add_parser(
        "attendance", help="record attendance or export the attendance report"
    ).add_subparsers(
        dest="attendance_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    p = att.add_parser("mark", parents=[common], help="mark people at a session")
    p.add_argument("--session", type=_positive_id, required=True, metavar="ID")
    p.add_argument(
        "--status", type=_status, required=True, help="present, late, left_early, excused or absent"
    )
    p.add_argument("--note", default=None, help="a note kept with each mark")
    p.add_argument("person_ids", type=_positive_id, nargs="+", metavar="PERSON_ID")
    p = att.add_parser(
        "export",
        parents=[common],
        help="attendance report: a row per participant, a column per session",
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")

    p = sub.add_parser(
        "import",
        parents=[common, json_flag],
        help="import a participant list (CSV or XLSX) into a cohort",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    p.add_argument(
        "--keep-existing",
        action="store_true",
        help="leave people already in Kohort (same e-mail) as they are",
    )

    p = sub.add_parser(
        "signin-sheet", parents=[common], help="the paper list people sign at a session (PDF)"
    )
    p.add_argument("--session", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--blank-rows", type=int, default=5, metavar="N", help="empty rows for walk-ins (default 5)"
    )

    p = sub.add_parser(
        "diplomas",
        parents=[common],
        help="issue diplomas (once) and write the ceremony PDF in hand-out order",
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--separate", metavar="DIR", help="also one PDF per person in DIR")
    p.add_argument(
        "--person",
        type=_positive_id,
        nargs="+",
        metavar="ID",
        default=None,
        help="only these people (default: everyone eligible)",
    )
    p.add_argument(
        "--order",
        choices=["surname", "first_name", "organization"],
        default="surname",
        help="hand-out order (default: surname)",
    )
    p.add_argument(
        "--no-checklist", action="store_true", help="leave out the checklist page at the end"
    )
    p.add_argument(
        "--confirm-ineligible",
        metavar="REASON",
        help="issue to named people who are not eligible, recording why",
    )

    p = sub.add_parser("backup", parents=[common], help="copy the database to a file, verified")
    p.add_argument("--out", required=True, metavar="FILE")
    sub.add_parser("check", parents=[common], help="check the database's integrity")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from ui.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(args.db)
    handler = _HANDLERS[
        f"attendance {args.attendance_command}" if command == "attendance" else command
    ]
    try:
        with open_database(args.db) as db:
            handler(db, args)
    except KohortError as exc:
        print(f"kohort: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except _ReportedError:
        return EXIT_FAILURE
    except BrokenPipeError:  # `kohort participants | head`
        return 0
    return 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _date(value: dt.date | dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def cohort_json(c: CohortInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "program": {"id": c.program_id, "name": c.program_name, "code": c.program_code},
        "name": c.name,
        "start_date": _date(c.start_date),
        "end_date": _date(c.end_date),
        "status": c.status.value,
        "participants": c.participant_count,
        "sessions": c.session_count,
        "archived": c.archived,
    }


def session_json(s: SessionInfo) -> dict[str, Any]:
    return {
        "id": s.id,
        "cohort_id": s.cohort_id,
        "title": s.title,
        "date": _date(s.date),
        "end_date": _date(s.end_date),
        "start_time": _date(s.start_time),
        "end_time": _date(s.end_time),
        "venue": s.venue,
        "online_url": s.online_url,
        "format": s.format.value,
        "hours": None if s.hours is None else float(s.hours),
        "focus_area": s.focus_area,
        "mandatory": s.mandatory,
        "cancelled": s.cancelled,
    }


def participant_json(p: ParticipantInfo) -> dict[str, Any]:
    e = p.eligibility
    rate = None if e is None or e.rate is None else round(float(e.rate), 4)
    return {
        "enrollment_id": p.enrollment_id,
        "person_id": p.person.id,
        "first_name": p.person.first_name,
        "last_name": p.person.last_name,
        "name_as_printed": p.person.printed_name,
        "email": p.person.email,
        "organization": p.person.organization,
        "department": p.person.department,
        "role": p.role.value,
        "status": p.status.value,
        "mentor": p.mentor_name,
        "has_action_plan": p.has_action_plan,
        "attended": None if e is None else e.attended,
        "held": None if e is None else e.held,
        "attendance_rate": rate,
        "eligible": None if e is None else e.eligible,
        "shortfalls": [] if e is None else [s.value for s in e.shortfalls],
        "override": None
        if e is None or e.override is None
        else {"eligible": e.override.eligible, "reason": e.override.reason},
    }


def _demo(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        result = demo.create_demo(session)
    if args.json:
        _print_json(
            {
                "created": result.created,
                "program_ids": list(result.program_ids),
                "cohort_ids": list(result.cohort_ids),
            }
        )
        return
    verb = "Created" if result.created else "Already there:"
    print(
        f"{verb} demo programmes {list(result.program_ids)}, "
        f"cohorts {list(result.cohort_ids)} in {db.path}"
    )


def _cohorts(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = cohorts.list_cohorts(session, include_archived=True)
    if args.json:
        _print_json([cohort_json(c) for c in found])
        return
    _table(
        [
            [
                str(c.id),
                c.program_name,
                c.name,
                _date(c.start_date) or "",
                _date(c.end_date) or "",
                c.status.value,
                str(c.participant_count),
                str(c.session_count),
            ]
            for c in found
        ],
        ["ID", "PROGRAMME", "COHORT", "START", "END", "STATUS", "PARTICIPANTS", "SESSIONS"],
    )


def _sessions(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = sessions.list_sessions(session, args.cohort)
    if args.json:
        _print_json([session_json(s) for s in found])
        return

    def when(s: SessionInfo) -> str:
        times = f" {s.start_time:%H:%M}–{s.end_time:%H:%M}" if s.start_time and s.end_time else ""
        return f"{s.date}{'–' + str(s.end_date) if s.end_date else ''}{times}"

    _table(
        [
            [
                str(s.id),
                when(s),
                s.title,
                s.venue or s.online_url or "",
                s.format.value,
                "yes" if s.mandatory else "",
            ]
            for s in found
        ],
        ["ID", "WHEN", "TITLE", "WHERE", "FORMAT", "MANDATORY"],
    )


def _participants(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = enrollments.list_participants(session, args.cohort, today=dt.date.today())
    if args.json:
        _print_json([participant_json(p) for p in found])
        return

    def eligibility(p: ParticipantInfo) -> tuple[str, str]:
        e = p.eligibility
        if e is None:
            return "", ""
        rate = f"{e.attended}/{e.held}" + (f" ({float(e.rate):.0%})" if e.rate is not None else "")
        if e.override is not None:
            return rate, ("yes" if e.eligible else "no") + f" (override: {e.override.reason})"
        why = ", ".join(SHORTFALL_TEXT[s] for s in e.shortfalls)
        return rate, "yes" if e.eligible else f"no: {why}"

    _table(
        [
            [
                str(p.person.id),
                f"{p.person.last_name}, {p.person.first_name}",
                p.person.organization or "",
                p.role.value,
                p.status.value,
                *eligibility(p),
            ]
            for p in found
        ],
        ["PERSON", "NAME", "ORGANIZATION", "ROLE", "STATUS", "ATTENDED", "ELIGIBLE"],
    )


def _attendance_mark(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        count = attendance.mark_attendance(
            session,
            session_id=args.session,
            person_ids=args.person_ids,
            status=args.status,
            note=args.note,
        )
    people = "person" if count == 1 else "people"
    print(
        f"Marked {count} {people} {args.status.value.replace('_', ' ')} at session {args.session}."
    )


def _attendance_export(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        count = export_attendance(session, args.cohort, Path(args.out), today=dt.date.today())
    print(f"Wrote the attendance of {count} participants to {args.out}.")


def _signin_sheet(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        sheet = signin.write_signin_sheet(
            session, args.session, Path(args.out), blank_rows=args.blank_rows
        )
    print(
        f"Wrote the sign-in sheet for “{sheet.session_title}” ({len(sheet.rows)} names, "
        f"{sheet.blank_rows} blank rows) to {args.out}."
    )


def _diplomas(db: Database, args: argparse.Namespace) -> None:
    today = dt.date.today()
    # First issue (and commit): the register is the truth. Only then write files, so a file
    # never shows a serial or verification code the register does not have.
    with db.write() as session:
        participants = enrollments.list_participants(session, args.cohort, today=today)
        if args.person:
            wanted = [
                enrollments.enrollment_for_person(session, args.cohort, p).id for p in args.person
            ]
        else:
            wanted = [
                p.enrollment_id
                for p in participants
                if p.eligibility is not None and p.eligibility.eligible
            ]
        if not wanted:
            raise KohortError(
                "Nobody in this cohort is eligible for a diploma yet; nothing was issued. "
                "Name people with --person to issue anyway."
            )
        holding = {d.enrollment_id for d in diplomas.list_diplomas(session, args.cohort) if d.valid}
        missing = [e for e in wanted if e not in holding]
        new = (
            diplomas.issue_diplomas(
                session,
                args.cohort,
                missing,
                today=today,
                confirm_ineligible=args.confirm_ineligible,
            )
            if missing
            else []
        )
    order = diploma_output.HandOutOrder(args.order)
    with db.write() as session:
        pages = diploma_output.write_ceremony_pdf(
            session,
            args.cohort,
            Path(args.out),
            order=order,
            enrollment_ids=wanted,
            checklist=not args.no_checklist,
        )
    files = []
    if args.separate:
        with db.write() as session:
            files = diploma_output.write_separate_files(
                session, args.cohort, Path(args.separate), order=order, enrollment_ids=wanted
            )
    checklist = "" if args.no_checklist else " and a checklist page"
    print(
        f"Issued {len(new)} new diploma(s); wrote {pages} diploma(s){checklist} to "
        f"{args.out} in hand-out order."
    )
    if files:
        print(f"Wrote {len(files)} separate file(s) to {args.separate}.")


def _import(db: Database, args: argparse.Namespace) -> None:
    policy = ExistingPolicy.KEEP if args.keep_existing else ExistingPolicy.UPDATE
    try:
        table = read_table(Path(args.file))
        with db.write() as session:
            report = import_people(
                session,
                cohort_id=args.cohort,
                table=table,
                existing=policy,
                dry_run=args.dry_run,
            )
    except KohortError as exc:
        if not args.json:
            raise
        # scripts get the same shape for a file that cannot be read at all
        _print_json(
            {
                "created": 0,
                "updated": 0,
                "unchanged": 0,
                "enrolled": 0,
                "errors": [{"row": None, "message": str(exc)}],
                "merged": [],
                "dry_run": args.dry_run,
            }
        )
        raise _ReportedError() from exc
    if args.json:
        _print_json(report.as_json())
    else:
        if report.errors:
            head = "Nothing was imported; fix these rows and try again:"
        elif report.dry_run:
            head = "Dry run, nothing written. Importing would give:"
        else:
            head = f"Imported {table.source}:"
        print(head)
        print(
            f"  created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}, newly enrolled {report.enrolled}"
        )
        for row, into in report.merged:
            print(f"  row {row} is the same person as row {into}; merged")
        for error in report.errors:
            print(f"  {error}")
    if report.errors:
        raise _ReportedError()


class _ReportedError(Exception):
    """The command printed its own explanation; exit 1 without another message."""


def _backup(db: Database, args: argparse.Namespace) -> None:
    target = backup_database(db.path, Path(args.out))
    print(f"Backed up {db.path} to {target} (integrity checked).")


def _check(db: Database, _args: argparse.Namespace) -> None:
    problems = integrity_problems(db.path)
    if problems:
        listed = "; ".join(problems[:5])
        raise DatabaseDamagedError(
            f"The database {db.path} has {len(problems)} problem(s): {listed}. "
            "Restore it from a backup."
        )
    print(f"{db.path}: no problems found.")


_HANDLERS: dict[str, Callable[[Database, argparse.Namespace], None]] = {
    "demo": _demo,
    "cohorts": _cohorts,
    "sessions": _sessions,
    "participants": _participants,
    "attendance mark": _attendance_mark,
    "attendance export": _attendance_export,
    "import": _import,
    "diplomas": _diplomas,
    "signin-sheet": _signin_sheet,
    "backup": _backup,
    "check": _check,
}


if __name__ == "__main__":
    sys.exit(main())
