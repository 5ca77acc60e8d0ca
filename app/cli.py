"""The ``kohort`` command: the GUI by default, and headless subcommands over the same services.

Errors: one sentence on stderr; exit 2 for a usage mistake, 1 for anything that failed.
`kohort verify` also answers with its exit code: 0 valid, 3 replaced or revoked, 4 unknown,
5 cannot be confirmed (the record was changed or damaged).

Parse first, import afterwards: the list of commands below is all `kohort --help` needs;
a command's options (:mod:`app.cli_args`, :mod:`app.cli_args_documents`) are added when
that command is chosen, and only its own module is imported to run it. `kohort --version`
and every ``--help`` load neither the database layer (SQLAlchemy) nor the PDF, spreadsheet
or Qt libraries.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, cast

from app import (
    __version__,
    cli_args,
    cli_args_checkout,
    cli_args_documents,
    cli_args_evaluation,
    cli_args_forms,
    cli_args_reunion,
)
from app.cli_output import ReportedError, missing_database_error
from app.errors import DatabaseDamagedError, KohortError
from app.i18n import N_, _, interface_language, set_language
from app.interface_language import CHOICES
from app.privacy import restrict_new_files

if TYPE_CHECKING:
    pass

EXIT_FAILURE = 1
EXIT_USAGE = 2

Fill = Callable[[argparse.ArgumentParser], None]

# Every command, in the order `kohort --help` lists them: its one-line summary and the
# function that adds its options (called only when the command is chosen).
COMMANDS: dict[str, tuple[str, Fill]] = {
    "gui": (N_("start the app (the default)"), cli_args.gui),
    "demo": (N_("create the demo programmes (idempotent) and print their ids"), cli_args.with_json),
    "cohorts": (N_("list cohorts"), cli_args.with_json),
    "sessions": (N_("list a cohort's sessions"), cli_args.of_cohort),
    "participants": (
        N_("list a cohort's people with attendance rate and eligibility"),
        cli_args.of_cohort,
    ),
    "attendance": (
        N_("record attendance or export the attendance report"),
        cli_args.attendance,
    ),
    "import": (N_("import a participant list (CSV or XLSX) into a cohort"), cli_args.import_list),
    "signin-sheet": (
        N_("the paper list people sign at a session (PDF)"),
        cli_args_documents.signin_sheet,
    ),
    "badges": (
        N_("name badges on label sheets, or folded table cards, for a cohort (PDF)"),
        cli_args_documents.badges,
    ),
    "diplomas": (
        N_("issue diplomas (once) and write the ceremony PDF in hand-out order"),
        cli_args_documents.diplomas,
    ),
    "design": (
        N_("show or change a cohort's diploma design; --preview renders it"),
        cli_args_documents.design,
    ),
    "reissue": (
        N_("replace a diploma with a new one (a corrected name); the old stays, marked replaced"),
        cli_args.reissue,
    ),
    "revoke": (N_("revoke a diploma, with a reason"), cli_args.revoke),
    "verify": (
        N_("whose diploma a verification code (or the QR code's address) is, and if it holds"),
        cli_args.verify,
    ),
    "person-data": (
        N_("export or erase everything Kohort holds about one person"),
        cli_args.person_data,
    ),
    "retention": (
        N_("list people kept longer than the retention period, and erase them"),
        cli_args.retention,
    ),
    "action-plans": (
        N_("list a cohort's action plans, or print them (or blank forms) as PDF"),
        cli_args_documents.action_plans,
    ),
    "evaluation": (
        N_("course evaluations: create, show, print the paper forms, results (--json, --pdf)"),
        cli_args_evaluation.evaluation,
    ),
    "plans": (
        N_("action plans as fillable PDF forms, and reading the filled-in ones back"),
        cli_args_forms.plans,
    ),
    "reunion": (
        N_("a programme's reunions and open lectures: plan, invite alumni, answers, lists"),
        cli_args_reunion.reunion,
    ),
    "alumni": (
        N_("a programme's alumni by year and organization, or one person's history"),
        cli_args_reunion.alumni,
    ),
    "backup": (N_("copy the database to a file, verified"), cli_args.backup),
    "check": (N_("check the database's integrity"), cli_args.plain),
    "migrate": (
        N_("bring the database's schema up to date (a new team database on a server, too)"),
        cli_args.with_json,
    ),
    "backups": (
        N_("list the backups in the backups folder beside the database"),
        cli_args.with_json,
    ),
    "restore": (
        N_("replace the database with a backup (the current file is saved first)"),
        cli_args.restore,
    ),
    "copy": (
        N_("copy a whole database between a file and a server (--from, --to), verified"),
        cli_args.copy,
    ),
    "checkout": (
        N_("take a cohort of a team database along offline, in a new file (--cohort, --to)"),
        cli_args_checkout.checkout,
    ),
    "checkin": (
        N_("bring a checked-out cohort's file back into its team database"),
        cli_args_checkout.checkin,
    ),
    "release": (
        N_("release a checked-out cohort whose laptop is lost (an administrator's --yes)"),
        cli_args_checkout.release,
    ),
}

# What runs each command, as "module:function": the module is imported only then.
_HANDLERS: dict[str, str] = {
    "demo": "app.cli_read:make_demo",
    "cohorts": "app.cli_read:list_cohorts",
    "sessions": "app.cli_read:list_sessions",
    "participants": "app.cli_read:list_participants",
    "attendance mark": "app.cli_read:mark_attendance",
    "attendance export": "app.cli_files:attendance_export",
    "import": "app.cli_files:import_list",
    "diplomas": "app.cli_issue:issue_and_print",
    "action-plans": "app.cli_read:list_action_plans",
    "signin-sheet": "app.cli_files:signin_sheet",
    "badges": "app.cli_badges:badges",
    "check": "app.cli_files:check",
    "migrate": "app.cli_read:migrate",
    "verify": "app.cli_diplomas:verify",
    "design": "app.cli_design:design",
    "reissue": "app.cli_diplomas:reissue",
    "revoke": "app.cli_diplomas:revoke",
    "person-data": "app.cli_privacy:person_data",
    "retention": "app.cli_privacy:retention",
    "evaluation create": "app.cli_evaluation:create",
    "evaluation list": "app.cli_evaluation:list_evaluations",
    "evaluation show": "app.cli_evaluation:show",
    "evaluation form": "app.cli_evaluation:form",
    "evaluation results": "app.cli_evaluation:results",
    "evaluation pdf-forms": "app.cli_forms:evaluation_pdf_forms",
    "evaluation import": "app.cli_forms:evaluation_import",
    "plans pdf-forms": "app.cli_forms:plans_pdf_forms",
    "plans import": "app.cli_forms:import_returned",
    "reunion create": "app.cli_reunion:create",
    "reunion list": "app.cli_reunion:list_gatherings",
    "reunion invite": "app.cli_reunion:invite",
    "reunion status": "app.cli_reunion:status",
    "reunion show": "app.cli_reunion:show",
    "reunion export": "app.cli_reunion:export",
    "reunion signin-sheet": "app.cli_reunion:signin_sheet",
    "alumni": "app.cli_reunion:show_alumni",
}

# Commands whose handler depends on their action (`person-data` has one handler for both).
_WITH_ACTIONS = frozenset({"attendance", "evaluation", "plans", "reunion"})

# Lists that read an everyday SQLite file through plain sqlite3, without SQLAlchemy (the
# query is shared with the services: app.sql_read). The function answers False when the
# file is not in its everyday state (app.lean_read); then the full path above runs instead.
_LEAN: dict[str, str] = {
    "cohorts": "app.cli_read:lean_cohorts",
    "sessions": "app.cli_read:lean_sessions",
}

# The commands that make a database where there is none (the window does too). Every other
# one refuses a path that names no file, rather than creating a folder and an empty database
# for a mistyped --db and answering from it as if it were the real one.
_CREATING = frozenset({"demo", "import"})

# Commands that only read the file through SQLite, taking neither the lock file nor a
# migration: they work while the window has the same database open.
_WITHOUT_LOCK: dict[str, str] = {
    "backup": "app.cli_files:backup",
    "backups": "app.cli_files:list_backups",  # also when the database is damaged or missing
    "restore": "app.cli_files:restore",  # takes the lock itself, around the replacement
    "copy": "app.cli_copy:copy",  # opens both ends itself (--from, --to)
    "checkout": "app.cli_checkout:checkout",  # opens the server and the new file itself
    "checkin": "app.cli_checkout:checkin",
    "release": "app.cli_checkout:release",
}


# Commands that start a helper process first, before the database layer is loaded (the
# context manager, as "module:function"): `diplomas` makes its QR codes on another core.
_HELPED: dict[str, str] = {"diplomas": "diplomas.qr_helper:helping"}


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2, and a
    command's options are added only when that command is parsed (:attr:`fill`)."""

    fill: Fill | None = None

    def error(self, message: str) -> NoReturn:
        see = _("(see {prog} --help)").format(prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} {see}\n")

    def _filled(self) -> None:
        if self.fill is not None:
            fill, self.fill = self.fill, None
            fill(self)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._filled()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._filled()
        return super().format_usage()

    def format_help(self) -> str:
        self._filled()
        return super().format_help()


def build_parser(*, full: bool = False) -> argparse.ArgumentParser:
    """The ``kohort`` parser; each command's options are added when that command is parsed,
    or all at once with ``full`` (for whoever walks the whole tree, such as the tests)."""
    parser = _Parser(
        prog="kohort",
        description=_(
            "Kohort: leadership programmes, from roll call to diploma. Without a "
            "command, starts the app."
        ),
    )
    parser.add_argument("--db", metavar="PATH|URL", default=None, help=cli_args.db_help())
    parser.add_argument("--lang", choices=CHOICES, default=None, help=cli_args.lang_help())
    parser.add_argument(
        "--version",
        action="version",
        version=f"kohort {__version__}",
        help=_("print Kohort's version and stop"),
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=_Parser,
        help=_("what to do (without one, the app starts)"),
    )
    for name, (summary, fill) in COMMANDS.items():
        command = sub.add_parser(name, help=_(summary))
        if full:
            fill(command)
        else:
            command.fill = fill
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()  # first: every file and folder made from here on is private
    set_language(interface_language(_lang_option(argv), os.environ))
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from ui.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(args.db, args.lang)
    key = _command_key(command, args)
    warned: str | None = None  # the damage warning, once printed
    try:
        if key in _WITHOUT_LOCK:
            with _collector_paused():
                without_lock = _handler(_WITHOUT_LOCK[key])
            status = without_lock(args)
        else:
            from app.db_location import database_path, is_server_location, resolve_location

            if not is_server_location(resolve_location(args.db)):  # a file, not a server
                path = database_path(args.db)
                if key not in _CREATING and not path.exists():
                    raise missing_database_error(path)
                if key in _LEAN and _handler(_LEAN[key])(path, args):
                    return 0  # read without SQLAlchemy: the file was in its everyday state
            with ExitStack() as helpers:
                if key in _HELPED:  # forked now, while this process is small
                    helpers.enter_context(_helped(_HELPED[key]))
                with _collector_paused():
                    from app.db import open_database

                    handler = _handler(_HANDLERS[key])
                # The full check runs here when due, before anything is written; a damaged
                # file is opened read-only: writes are refused, reads go on with a warning.
                db = helpers.enter_context(open_database(args.db, full_check=True))
                # Said once: here, or by `check` with its listing, or as the refusal of
                # a write (then the command stops before printing anything else).
                if db.damaged is not None and key != "check":
                    warned = db.damaged
                    print(f"kohort: {warned}", file=sys.stderr)
                status = handler(db, args)
    except DatabaseDamagedError as exc:
        if str(exc) != warned:
            print(f"kohort: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KohortError as exc:
        print(f"kohort: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except ReportedError:
        return EXIT_FAILURE
    except BrokenPipeError:  # `kohort participants | head`
        return 0
    return status or 0


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a command's modules are imported, then freeze
    what they made. Importing SQLAlchemy, the models and the services makes some 10^5
    long-lived objects and no garbage, and the collector would scan them over and over
    (some 0.1 s of `kohort cohorts`); frozen, later collections skip them. Only when this
    call loads the database layer: a process that had it already (tests calling
    :func:`main` again and again) keeps its collector as it was."""
    if not gc.isenabled():
        yield
        return
    first = "sqlalchemy" not in sys.modules
    gc.disable()
    try:
        yield
    finally:
        if first:
            gc.freeze()
        gc.enable()


def _command_key(command: str, args: argparse.Namespace) -> str:
    """The handler's key: the command, and its action for those that have one
    ("attendance mark", "reunion invite")."""
    action = getattr(args, f"{command}_command", None) if command in _WITH_ACTIONS else None
    return f"{command} {action}" if action else command


def _helped(target: str) -> AbstractContextManager[object]:
    module, function = target.split(":")
    make = getattr(importlib.import_module(module), function)
    return cast(AbstractContextManager[object], make())


def _handler(target: str) -> Callable[..., int | None]:
    """The function named ``"module:function"``, importing its module now."""
    module, function = target.split(":")
    return cast(Callable[..., int | None], getattr(importlib.import_module(module), function))


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


if __name__ == "__main__":
    sys.exit(main())
