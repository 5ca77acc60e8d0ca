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
    return _("database file or sqlite:/// URL (default: $KOHORT_DB, then the user data folder)")


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


def signin_sheet(p: argparse.ArgumentParser) -> None:
    _common(p)
    _session(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF file to write"))
    p.add_argument(
        "--blank-rows",
        type=int,
        default=5,
        metavar="N",
        help=_("empty rows for walk-ins (default 5)"),
    )
    _overwrite(p)


def badges(p: argparse.ArgumentParser) -> None:
    from diplomas.badges_model import DEFAULT_SHEET, SHEETS, TentSize

    _cohort(_common(p))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF file to write"))
    p.add_argument(
        "--session",
        type=_positive_id,
        metavar="ID",
        help=_(
            "the cohort's people less those marked excused for this session; Kohort knows "
            "nothing else about who will come (default: the whole cohort)"
        ),
    )
    p.add_argument(
        "--sheet",
        choices=list(SHEETS),
        default=DEFAULT_SHEET,
        help=_("the label sheet (default {sheet})").format(sheet=DEFAULT_SHEET),
    )
    p.add_argument(
        "--tents",
        choices=[size.value for size in TentSize],
        help=_("folded table cards on A4 or A5 paper instead of badges on labels"),
    )
    p.add_argument(
        "--offset-x",
        type=float,
        default=0.0,
        metavar="MM",
        help=_("move everything this many mm to the right (printer calibration; default 0)"),
    )
    p.add_argument(
        "--offset-y",
        type=float,
        default=0.0,
        metavar="MM",
        help=_("move everything this many mm down (printer calibration; default 0)"),
    )
    p.add_argument(
        "--no-mentors", action="store_true", help=_("leave out mentors and facilitators")
    )
    p.add_argument("--guests", action="store_true", help=_("include guests"))
    p.add_argument("--no-roles", action="store_true", help=_("leave out job titles and roles"))
    p.add_argument("--groups", action="store_true", help=_("print each person's mentor group"))
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists already"))


def diplomas(p: argparse.ArgumentParser) -> None:
    _cohort(_common(p))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the ceremony PDF to write"))
    p.add_argument("--separate", metavar="DIR", help=_("also one PDF per person in DIR"))
    p.add_argument(
        "--person",
        type=_positive_id,
        nargs="+",
        metavar="ID",
        default=None,
        help=_("only these people (default: everyone eligible)"),
    )
    p.add_argument(
        "--order",
        choices=["surname", "firstname", "first_name", "organization", "custom"],
        default="surname",
        help=_("hand-out order (default: surname; custom: the order of --person)"),
    )
    p.add_argument(
        "--no-checklist", action="store_true", help=_("leave out the checklist page at the end")
    )
    p.add_argument(
        "--with-action-plans",
        action="store_true",
        help=_("the ceremony pack: each participant's action plan right after their diploma"),
    )
    p.add_argument(
        "--plans-separately",
        action="store_true",
        help=_(
            "with --with-action-plans: the plans in a second file beside FILE.pdf, in the "
            "same hand-out order (diplomas on heavy paper, plans on plain paper)"
        ),
    )
    p.add_argument(
        "--confirm-ineligible",
        metavar="REASON",
        help=_("issue to named people who are not eligible, recording why"),
    )
    p.add_argument(
        "--before-end",
        action="store_true",
        help=_(
            "issue although sessions remain (dated the last session; recorded as "
            "issued before the end)"
        ),
    )
    _overwrite(p)


def design(p: argparse.ArgumentParser) -> None:
    from diplomas.diploma_model import ORIENTATIONS, TEMPLATES

    _cohort(_common(p, json=True))
    p.add_argument("--template", choices=TEMPLATES, help=_("the diploma's layout"))
    p.add_argument("--orientation", choices=ORIENTATIONS, help=_("portrait or landscape"))
    p.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help=_("the language the diploma is written in"),
    )
    p.add_argument("--title", help=_("the heading, such as “Diploma”"))
    p.add_argument("--wording", help=_("with {name} {programme} {cohort} {dates} {hours} …"))
    p.add_argument("--place", help=_("the place printed beside the date"))
    p.add_argument(
        "--issue-date",
        metavar="YYYY-MM-DD|none",
        help=_("the date printed (none: the day of issue)"),
    )
    p.add_argument("--accent", metavar="#RRGGBB", help=_("the accent colour"))
    p.add_argument("--logo", metavar="FILE.png|none", help=_("the logo image (none: no logo)"))
    p.add_argument(
        "--background",
        metavar="FILE.png|none",
        help=_("a full-page background image (none: no image)"),
    )
    p.add_argument("--qr-url", metavar="URL|none", help=_("an address with {code} in it"))
    p.add_argument(
        "--bleed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "for a print shop: colour runs 3 mm past the trimmed page, with a trim box "
            "(--no-bleed: for an office printer, no colour within 5 mm of the edge)"
        ),
    )
    p.add_argument(
        "--signatory",
        action="append",
        metavar="NAME[|TITLE[|SIGNATURE.png]]",
        help=_("the cohort's own signatories, in order (up to 3; repeat the option)"),
    )
    p.add_argument(
        "--programme-signatories",
        action="store_true",
        help=_(
            "use the programme's signatories (with --signatory and "
            "--as-programme-default: these become the programme's)"
        ),
    )
    p.add_argument(
        "--as-programme-default",
        action="store_true",
        help=_("also make this the programme's design for new cohorts"),
    )
    p.add_argument("--preview", metavar="FILE.pdf", help=_("write a preview (nothing is issued)"))
    p.add_argument("--person", type=_positive_id, metavar="ID", help=_("preview for this person"))
    _overwrite(p)


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


def action_plans(p: argparse.ArgumentParser) -> None:
    _cohort(_common(p, json=True))
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
    _overwrite(p)


def backup(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--out", required=True, metavar="FILE", help=_("the file to write the copy to"))
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists already"))


def restore(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("backup", metavar="BACKUP", help=_("the backup file (see `kohort backups`)"))
    p.add_argument("--yes", action="store_true", help=_("do not ask first"))
