"""The ``kohort`` command: the GUI by default, and headless subcommands over the same services.

Errors: one sentence on stderr; exit 2 for a usage mistake, 1 for anything that failed.
`kohort verify` also answers with its exit code: 0 valid, 3 replaced or revoked, 4 unknown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, cast

from babel.numbers import format_percent

from app import __version__, cli_diplomas, cli_files, cli_issue, cli_privacy
from app.cli_output import (
    cohort_json,
    iso,
    participant_json,
    plan_json,
    print_json,
    session_json,
    table,
)
from app.db import Database, open_database
from app.domain import AttendanceStatus, Language
from app.errors import DatabaseDamagedError, KohortError
from app.i18n import _, interface_language, language, ngettext, set_language
from app.interface_language import CHOICES
from app.locales import LOCALES
from app.privacy import restrict_new_files
from app.rules import SHORTFALL_TEXT, STANDING_TEXT
from app.services import (
    action_plans,
    attendance,
    cohorts,
    demo,
    enrollments,
    sessions,
)
from app.services.enrollments import ParticipantInfo
from app.services.sessions import SessionInfo
from app.words import shown

EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        see = _("(see {prog} --help)").format(prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {see}\n")


def _status(value: str) -> AttendanceStatus:
    try:
        return AttendanceStatus(value.strip().lower().replace("-", "_"))
    except ValueError:
        choices = ", ".join(s.value for s in AttendanceStatus)
        raise argparse.ArgumentTypeError(
            _("unknown status {value!r}; use one of {choices}").format(value=value, choices=choices)
        ) from None


def _positive_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 0 < number < 2**63:
        raise argparse.ArgumentTypeError(
            _("{value!r} is not an id (a positive whole number)").format(value=value)
        )
    return number


def build_parser() -> argparse.ArgumentParser:
    db_help = _("database file or sqlite:/// URL (default: $KOHORT_DB, then the user data folder)")
    lang_help = _(
        "the interface language: sv, fi or en (default: $KOHORT_LANG, then the language "
        "chosen in Preferences, then the system's)"
    )
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--lang", choices=CHOICES, default=argparse.SUPPRESS, help=lang_help)
    json_flag = _Parser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help=_("print JSON (stable shape)"))

    parser = _Parser(
        prog="kohort",
        description=_(
            "Kohort: leadership programmes, from roll call to diploma. Without a "
            "command, starts the app."
        ),
    )
    parser.add_argument("--db", metavar="PATH|URL", default=None, help=db_help)
    parser.add_argument("--lang", choices=CHOICES, default=None, help=lang_help)
    parser.add_argument("--version", action="version", version=f"kohort {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("gui", parents=[common], help=_("start the app (the default)"))
    sub.add_parser(
        "demo",
        parents=[common, json_flag],
        help=_("create the demo programmes (idempotent) and print their ids"),
    )
    sub.add_parser("cohorts", parents=[common, json_flag], help=_("list cohorts"))
    p = sub.add_parser("sessions", parents=[common, json_flag], help=_("list a cohort's sessions"))
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p = sub.add_parser(
        "participants",
        parents=[common, json_flag],
        help=_("list a cohort's people with attendance rate and eligibility"),
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")

    att = sub.add_parser(
        "attendance", help=_("record attendance or export the attendance report")
    ).add_subparsers(
        dest="attendance_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    p = att.add_parser("mark", parents=[common], help=_("mark people at a session"))
    p.add_argument("--session", type=_positive_id, required=True, metavar="ID")
    p.add_argument(
        "--status",
        type=_status,
        required=True,
        help=_("present, late, left_early, excused or absent"),
    )
    p.add_argument("--note", default=None, help=_("a note kept with each mark"))
    p.add_argument("person_ids", type=_positive_id, nargs="+", metavar="PERSON_ID")
    p = att.add_parser(
        "export",
        parents=[common],
        help=_("attendance report: a row per participant, a column per session"),
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")

    p = sub.add_parser(
        "import",
        parents=[common, json_flag],
        help=_("import a participant list (CSV or XLSX) into a cohort"),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen, write nothing")
    )
    p.add_argument(
        "--keep-existing",
        action="store_true",
        help=_("leave people already in Kohort (same e-mail) as they are"),
    )

    p = sub.add_parser(
        "signin-sheet", parents=[common], help=_("the paper list people sign at a session (PDF)")
    )
    p.add_argument("--session", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--blank-rows",
        type=int,
        default=5,
        metavar="N",
        help=_("empty rows for walk-ins (default 5)"),
    )

    cli_issue.add_parser(sub, common, _positive_id)
    cli_diplomas.add_parsers(sub, common, json_flag, _positive_id)
    cli_privacy.add_parsers(sub, common, json_flag, _positive_id)

    p = sub.add_parser(
        "action-plans",
        parents=[common, json_flag],
        help=_("list a cohort's action plans, or print them (or blank forms) as PDF"),
    )
    p.add_argument("--cohort", type=_positive_id, required=True, metavar="ID")
    p.add_argument("--out", metavar="FILE.pdf", help=_("one print-ready PDF (without it: a list)"))
    p.add_argument("--separate", metavar="DIR", help=_("one PDF per person in DIR"))
    p.add_argument(
        "--person",
        type=_positive_id,
        nargs="+",
        metavar="ID",
        default=None,
        help=_("only these people (default: everyone with a plan)"),
    )
    p.add_argument("--mentor", type=_positive_id, metavar="ID", help=_("only this mentor's adepts"))
    p.add_argument(
        "--blank", action="store_true", help=_("blank forms with each participant's name instead")
    )
    p.add_argument("--unnamed", action="store_true", help=_("one blank form without a name"))

    p = sub.add_parser("backup", parents=[common], help=_("copy the database to a file, verified"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("the file to write the copy to"))
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists already"))
    sub.add_parser("check", parents=[common], help=_("check the database's integrity"))
    cli_files.add_backup_parsers(sub, common, json_flag)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()  # first: every file and folder made from here on is private
    set_language(interface_language(_lang_option(argv), os.environ))
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from ui.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(args.db, args.lang)
    key = f"attendance {args.attendance_command}" if command == "attendance" else command
    warned: str | None = None  # the damage warning, once printed
    try:
        if key in _WITHOUT_LOCK:
            status = _WITHOUT_LOCK[key](args)
        else:
            # The full check runs here when due, before anything is written; a damaged
            # file is opened read-only: writes are refused, reads go on with a warning.
            with open_database(args.db, full_check=True) as db:
                # Said once: here, or by `check` with its listing, or as the refusal of
                # a write (then the command stops before printing anything else).
                if db.damaged is not None and key != "check":
                    warned = db.damaged
                    print(f"kohort: {warned}", file=sys.stderr)
                status = _HANDLERS[key](db, args)
    except DatabaseDamagedError as exc:
        if str(exc) != warned:
            print(f"kohort: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KohortError as exc:
        print(f"kohort: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except cli_files.ReportedError:
        return EXIT_FAILURE
    except BrokenPipeError:  # `kohort participants | head`
        return 0
    return status or 0


def _lang_option(argv: Sequence[str] | None) -> str | None:
    """``--lang`` if given as one of :data:`CHOICES` (read before the full parser, whose
    help is written in that language); a wrong one is left for the full parser to refuse."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang", default=None)
    try:
        known, _rest = early.parse_known_args(sys.argv[1:] if argv is None else list(argv))
    except argparse.ArgumentError:  # "--lang" without a value
        return None
    return cast(str | None, known.lang) if known.lang in CHOICES else None


def _demo(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        result = demo.create_demo(session)
    if args.json:
        print_json(
            {
                "created": result.created,
                "program_ids": list(result.program_ids),
                "cohort_ids": list(result.cohort_ids),
            }
        )
        return
    message = (
        _("Created demo programmes {programs}, cohorts {cohorts} in {path}")
        if result.created
        else _("Already there: demo programmes {programs}, cohorts {cohorts} in {path}")
    )
    print(
        message.format(
            programs=list(result.program_ids), cohorts=list(result.cohort_ids), path=db.path
        )
    )


def _cohorts(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = cohorts.list_cohorts(session, include_archived=True)
    if args.json:
        print_json([cohort_json(c) for c in found])
        return
    table(
        [
            [
                str(c.id),
                c.program_name,
                c.name,
                iso(c.start_date) or "",
                iso(c.end_date) or "",
                shown(c.status),
                str(c.participant_count),
                str(c.session_count),
            ]
            for c in found
        ],
        [
            _("ID"),
            _("PROGRAMME"),
            _("COHORT"),
            _("START"),
            _("END"),
            _("STATUS"),
            _("PARTICIPANTS"),
            _("SESSIONS"),
        ],
    )


def _sessions(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = sessions.list_sessions(session, args.cohort)
    if args.json:
        print_json([session_json(s) for s in found])
        return

    def when(s: SessionInfo) -> str:
        times = f" {s.start_time:%H:%M}–{s.end_time:%H:%M}" if s.start_time and s.end_time else ""
        return f"{s.date}{'–' + str(s.end_date) if s.end_date else ''}{times}"

    table(
        [
            [
                str(s.id),
                when(s),
                s.title,
                s.venue or s.online_url or "",
                shown(s.format),
                _("yes") if s.mandatory else "",
            ]
            for s in found
        ],
        [_("ID"), _("WHEN"), _("TITLE"), _("WHERE"), _("FORMAT"), _("MANDATORY")],
    )


def _participants(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = enrollments.list_participants(session, args.cohort, today=dt.date.today())
    if args.json:
        print_json([participant_json(p) for p in found])
        return

    def eligibility(p: ParticipantInfo) -> tuple[str, str]:
        e = p.eligibility
        if e is None:
            return "", ""
        rate = f"{e.attended}/{e.held}"
        if e.rate is not None:  # "(80 %)" in Swedish and Finnish, "(80%)" in English
            rate += f" ({format_percent(float(e.rate), locale=LOCALES[Language(language())])})"
        standing = _(STANDING_TEXT[e.standing])
        if e.override is not None:
            return rate, _("{standing} (override: {reason})").format(
                standing=standing, reason=e.override.reason
            )
        why = ", ".join(_(SHORTFALL_TEXT[s]) for s in e.shortfalls)
        return rate, f"{standing}: {why}" if why else standing

    table(
        [
            [
                str(p.person.id),
                f"{p.person.last_name}, {p.person.first_name}",
                p.person.organization or "",
                shown(p.role),
                shown(p.status),
                *eligibility(p),
            ]
            for p in found
        ],
        [
            _("PERSON"),
            _("NAME"),
            _("ORGANIZATION"),
            _("ROLE"),
            _("STATUS"),
            _("ATTENDED"),
            _("DIPLOMA"),
        ],
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
    print(
        ngettext(
            "Marked {count} person {status} at session {session}.",
            "Marked {count} people {status} at session {session}.",
            count,
        ).format(count=count, status=shown(args.status), session=args.session)
    )


def _action_plans(db: Database, args: argparse.Namespace) -> None:
    if args.out or args.separate:
        cli_files.print_action_plans(db, args)
        return
    if args.blank or args.unnamed:
        raise KohortError(_("Say where the blank forms go: --out FILE.pdf or --separate DIR."))
    with db.read() as session:
        rows = action_plans.plan_overview(session, args.cohort, today=dt.date.today())
        people, mentor = cli_files.plan_selection(session, args)
    rows = [
        r
        for r in rows
        if (people is None or r.enrollment_id in people)
        and (mentor is None or r.mentor_enrollment_id == mentor)
    ]
    if args.json:
        print_json([plan_json(r) for r in rows])
        return
    marks = {"overdue": " " + _("(passed)"), "soon": " " + _("(soon)"), "later": ""}
    table(
        [
            [
                str(r.person_id),
                f"{r.last_name}, {r.first_name}",
                r.mentor_name,
                f"{r.sections_filled}/{action_plans.SECTIONS_OF}" if r.has_plan else "-",
                str(r.actions) if r.has_plan else "",
                (iso(r.follow_up_date) or "") + (marks[r.follow_up.value] if r.follow_up else ""),
            ]
            for r in rows
        ],
        [_("PERSON"), _("NAME"), _("MENTOR"), _("PLAN"), _("ACTIONS"), _("FOLLOW-UP")],
    )


_HANDLERS: dict[str, Callable[[Database, argparse.Namespace], int | None]] = {
    "demo": _demo,
    "cohorts": _cohorts,
    "sessions": _sessions,
    "participants": _participants,
    "attendance mark": _attendance_mark,
    "attendance export": cli_files.attendance_export,
    "import": cli_files.import_list,
    "diplomas": cli_issue.issue_and_print,
    "action-plans": _action_plans,
    "signin-sheet": cli_files.signin_sheet,
    "check": cli_files.check,
    "verify": cli_diplomas.verify,
    "design": cli_diplomas.design,
    "reissue": cli_diplomas.reissue,
    "revoke": cli_diplomas.revoke,
    "person-data": cli_privacy.person_data,
    "retention": cli_privacy.retention,
}

# Commands that only read the file through SQLite, taking neither the lock file nor a
# migration: they work while the window has the same database open.
_WITHOUT_LOCK: dict[str, Callable[[argparse.Namespace], int | None]] = {
    "backup": cli_files.backup,
    "backups": cli_files.list_backups,  # also when the database is damaged or missing
    "restore": cli_files.restore,  # takes the lock itself, around the replacement
}


if __name__ == "__main__":
    sys.exit(main())
