"""What each `kohort` command accepts: one function per command that fills its parser.

:mod:`app.cli` calls only the chosen command's function (when the command runs or its
``--help`` is asked), so this module imports nothing heavier than argparse and the domain's
enums: no database, no services, no PDF or spreadsheet library.
"""

from __future__ import annotations

import argparse

from app.domain import AttendanceStatus, Language
from app.i18n import _
from app.interface_language import CHOICES


def db_help() -> str:
    return _(
        "database file, sqlite:/// URL, or a team database's postgresql://user@host/database "
        "(default: $KOHORT_DB, then the user data folder)"
    )


def lang_help() -> str:
    return _(
        "the interface language: sv, fi or en (default: $KOHORT_LANG, then the language "
        "chosen in Preferences, then the system's)"
    )


def _common(p: argparse.ArgumentParser, *, json: bool = False) -> argparse.ArgumentParser:
    """``--db`` and ``--lang`` after the command too (and ``--json`` where it applies)."""
    p.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help())
    p.add_argument("--lang", choices=CHOICES, default=argparse.SUPPRESS, help=lang_help())
    if json:
        p.add_argument("--json", action="store_true", help=_("print JSON (stable shape)"))
    return p


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


def _overwrite(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists already"))


def _cohort(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--cohort",
        type=_positive_id,
        required=True,
        metavar="ID",
        help=_("the cohort's id, as `kohort cohorts` lists it"),
    )


def _session(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--session",
        type=_positive_id,
        required=True,
        metavar="ID",
        help=_("the session's id, as `kohort sessions` lists it"),
    )


def gui(p: argparse.ArgumentParser) -> None:
    _common(p)


def with_json(p: argparse.ArgumentParser) -> None:
    """demo, cohorts, backups: the common options and ``--json``."""
    _common(p, json=True)


def plain(p: argparse.ArgumentParser) -> None:
    """check: the common options only."""
    _common(p)


def of_cohort(p: argparse.ArgumentParser) -> None:
    """sessions, participants: a cohort's list."""
    _cohort(_common(p, json=True))


def attendance(p: argparse.ArgumentParser) -> None:
    att = p.add_subparsers(
        dest="attendance_command",
        metavar="ACTION",
        parser_class=type(p),
        required=True,
        help=_("what to do"),
    )
    m = _common(att.add_parser("mark", help=_("mark people at a session")))
    _session(m)
    m.add_argument(
        "--status",
        type=_status,
        required=True,
        help=_("present, late, left_early, excused or absent"),
    )
    m.add_argument("--note", default=None, help=_("a note kept with each mark"))
    m.add_argument(
        "person_ids",
        type=_positive_id,
        nargs="+",
        metavar="PERSON_ID",
        help=_("the people's ids, as `kohort participants` lists them"),
    )
    e = _common(
        att.add_parser(
            "export", help=_("attendance report: a row per participant, a column per session")
        )
    )
    _cohort(e)
    e.add_argument(
        "--out",
        required=True,
        metavar="FILE.csv|FILE.xlsx",
        help=_("the file to write; its ending chooses CSV or Excel"),
    )
    _overwrite(e)


def import_list(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    p.add_argument("file", metavar="FILE", help=_("the participant list (.csv or .xlsx)"))
    _cohort(p)
    p.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen, write nothing")
    )
    p.add_argument(
        "--keep-existing",
        action="store_true",
        help=_("leave people already in Kohort (same e-mail) as they are"),
    )


def _serial_help() -> str:
    return _("the diploma's serial number, as printed on it")


def reissue(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    p.add_argument("serial", metavar="SERIAL", help=_serial_help())
    p.add_argument("--name", help=_("the corrected name as printed"))
    p.add_argument("--out", metavar="FILE.pdf", help=_("write the new diploma for printing"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=_("reissue under a name that is not a corrected spelling of the old one"),
    )
    _overwrite(p)


def revoke(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    p.add_argument("serial", metavar="SERIAL", help=_serial_help())
    p.add_argument("--reason", required=True, help=_("why, as the register keeps it"))


def verify(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    p.add_argument(
        "code",
        metavar="CODE|URL",
        help=_("the verification code printed on the diploma, or the QR code's address"),
    )
    p.epilog = _(
        "Exit codes: 0 valid, 3 replaced or revoked, 4 unknown code, 5 cannot be confirmed "
        "(the register's record of the diploma was changed or damaged), 1 the check failed."
    )


def person_data(p: argparse.ArgumentParser) -> None:
    person_id_help = _("the person's id, as `kohort participants` or `kohort retention` lists it")
    data = p.add_subparsers(
        dest="person_data_command",
        metavar="ACTION",
        parser_class=type(p),
        required=True,
        help=_("what to do"),
    )
    e = _common(
        data.add_parser(
            "export",
            help=_("write a person's data as JSON (machine-readable) and/or a readable PDF"),
        )
    )
    e.add_argument("person_id", type=_positive_id, metavar="PERSON_ID", help=person_id_help)
    e.add_argument(
        "--json",
        metavar="FILE.json",
        dest="json_file",
        help=_("write everything as JSON, for another program"),
    )
    e.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        dest="pdf_file",
        help=_("write a readable PDF, to give to the person"),
    )
    e.add_argument(
        "--overwrite", action="store_true", help=_("replace the files if they exist already")
    )
    e.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help=_("the PDF's language (default: that of the person's latest cohort)"),
    )
    e = _common(
        data.add_parser(
            "erase",
            help=_(
                "erase a person and everything that refers to them, leaving no trace in the file "
                "(their issued diplomas stay in the register unless --with-diplomas)"
            ),
        )
    )
    e.add_argument("person_id", type=_positive_id, metavar="PERSON_ID", help=person_id_help)
    e.add_argument(
        "--with-diplomas",
        action="store_true",
        help=_("also erase their issued diplomas from the register (kept without it)"),
    )
    e.add_argument("--yes", action="store_true", help=_("erase (without it: show what would go)"))


def retention(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    p.add_argument(
        "--years",
        type=int,
        metavar="N",
        help=_("inactive for more than N years (default: each organization's period, or 5)"),
    )
    p.add_argument(
        "--months",
        type=int,
        metavar="M",
        help=_("applicants never admitted, after M months (default: the organization's, or 6)"),
    )
    p.add_argument("--erase", action="store_true", help=_("erase everyone listed (with --yes)"))
    p.add_argument("--yes", action="store_true", help=_("confirm --erase"))
    p.add_argument(
        "--with-diplomas",
        action="store_true",
        help=_("with --erase: also erase their issued diplomas (kept without it)"),
    )
    p.add_argument(
        "--organization",
        metavar="NAME",
        help=_("with --set-years/--set-months: set this organization's own periods"),
    )
    p.add_argument(
        "--set-years",
        metavar="N|default",
        help=_("with --organization: keep its inactive people N years (default: 5)"),
    )
    p.add_argument(
        "--set-months",
        metavar="M|default",
        help=_("with --organization: keep its applicants never admitted M months (default: 6)"),
    )


def backup(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE", help=_("the file to write the copy to"))
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists already"))


def restore(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("backup", metavar="BACKUP", help=_("the backup file (see `kohort backups`)"))
    p.add_argument("--yes", action="store_true", help=_("do not ask first"))


def copy(p: argparse.ArgumentParser) -> None:
    """copy: a whole database from one place to another (app.db_copy)."""
    p.add_argument("--lang", choices=CHOICES, default=argparse.SUPPRESS, help=lang_help())
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH|URL",
        help=_("the database to copy: a file (or sqlite:///…) or postgresql://…"),
    )
    p.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="PATH|URL",
        help=_("where to copy it: a new file, or an empty database on a server"),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON (stable shape)"))
