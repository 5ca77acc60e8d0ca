"""What `kohort reunion …` and `kohort alumni` accept.

Split from :mod:`app.cli_args` (the same rules: called only when the command is chosen,
nothing heavier than argparse and the domain's enums imported).
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli_args import _common, _overwrite, _positive_id
from app.domain import GatheringKind, InviteeStatus
from app.i18n import _


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value!r} is not a date; write it as 2026-05-20").format(value=value)
        ) from None


def _time(value: str) -> dt.time:
    text = value.strip().replace(".", ":")
    try:
        hours, minutes = (int(part) for part in text.split(":")) if ":" in text else (int(text), 0)
        return dt.time(hours, minutes)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value!r} is not a time of day; write it as 17:30").format(value=value)
        ) from None


def _kind(value: str) -> GatheringKind:
    try:
        return GatheringKind(value.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("unknown kind {value!r}; use reunion or lecture").format(value=value)
        ) from None


# The window's keys (the same letters in every language) and the status words of each
# language, as `reunion status` also accepts them.
_STATUS_WORDS: dict[str, InviteeStatus] = {
    **dict.fromkeys(("j", "k", "y", "ja", "kyllä", "yes"), InviteeStatus.ACCEPTED),
    **dict.fromkeys(("tackat ja", "tulossa"), InviteeStatus.ACCEPTED),
    **dict.fromkeys(("n", "e", "nej", "ei", "no", "tackat nej", "ei tule"), InviteeStatus.DECLINED),
    **dict.fromkeys(("d", "o", "deltog", "osallistui"), InviteeStatus.ATTENDED),
    **dict.fromkeys(("f", "p", "a", "frånvarande", "poissa"), InviteeStatus.ABSENT),
    **dict.fromkeys(("inbjuden", "kutsuttu"), InviteeStatus.INVITED),
    **{s.value: s for s in InviteeStatus},
}


def _invitee_status(value: str) -> InviteeStatus:
    word = " ".join(value.split()).casefold()
    if word in _STATUS_WORDS:
        return _STATUS_WORDS[word]
    choices = ", ".join(s.value for s in InviteeStatus if s != InviteeStatus.INVITED)
    raise argparse.ArgumentTypeError(
        _(
            "unknown status {value!r}; use one of {choices}, or the window's letters "
            "J/N/D/F (K/E/O/P)"
        ).format(value=value, choices=choices)
    )


def _program(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument(
        "--program",
        type=_positive_id,
        required=required,
        metavar="ID",
        help=_("the programme's id, as `kohort cohorts` lists it"),
    )


def _gathering(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "gathering",
        type=_positive_id,
        metavar="ID",
        help=_("the reunion's id, as `kohort reunion list` shows it"),
    )


def reunion(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(
        dest="reunion_command",
        metavar="ACTION",
        parser_class=type(p),
        required=True,
        help=_("what to do"),
    )
    c = _common(sub.add_parser("create", help=_("plan a reunion or an open lecture")), json=True)
    _program(c)
    c.add_argument("--title", required=True, help=_("its title, e.g. “Återträff 2026”"))
    c.add_argument("--date", type=_date, required=True, help=_("the day, e.g. 2026-05-20"))
    c.add_argument(
        "--kind",
        type=_kind,
        default=GatheringKind.REUNION,
        help=_("reunion (the default) or lecture"),
    )
    c.add_argument("--start", type=_time, default=None, metavar="HH:MM", help=_("start time"))
    c.add_argument("--end", type=_time, default=None, metavar="HH:MM", help=_("end time"))
    c.add_argument("--venue", default=None, help=_("where it is held"))
    c.add_argument("--notes", default=None, help=_("notes for the coordinator"))

    lst = _common(sub.add_parser("list", help=_("a programme's reunions and lectures")), json=True)
    _program(lst)

    i = _common(
        sub.add_parser(
            "invite",
            help=_("invite the programme's alumni (all, or by year and organization) and others"),
        ),
        json=True,
    )
    _gathering(i)
    i.add_argument(
        "--year",
        type=int,
        action="append",
        default=None,
        metavar="YEAR",
        help=_("only alumni of a cohort that ended this year (repeatable)"),
    )
    i.add_argument(
        "--organization",
        action="append",
        default=None,
        metavar="NAME|ID",
        help=_(
            "only alumni working for this organization now, by name (as `kohort alumni "
            "--program ID` lists it) or id (repeatable)"
        ),
    )
    i.add_argument(
        "--include-archived",
        action="store_true",
        help=_("invite archived people too (erased people never)"),
    )
    i.add_argument(
        "--person",
        type=_positive_id,
        action="append",
        default=None,
        metavar="PERSON_ID",
        help=_(
            "add this person by hand, alumnus or not (repeatable); with only --person, "
            "no alumni are invited"
        ),
    )

    s = _common(sub.add_parser("status", help=_("record an answer or attendance")))
    _gathering(s)
    s.add_argument("--person", type=_positive_id, required=True, metavar="PERSON_ID", help=_("who"))
    s.add_argument(
        "status",
        type=_invitee_status,
        metavar="STATUS",
        help=_(
            "accepted, declined, attended or absent (invited puts it back); also the "
            "window's letters J/N/D/F (K/E/O/P) and the words ja/nej/deltog/frånvarande, "
            "kyllä/ei/osallistui/poissa"
        ),
    )

    show = _common(sub.add_parser("show", help=_("the invitation list")), json=True)
    _gathering(show)

    e = _common(sub.add_parser("export", help=_("the invitation list as CSV or XLSX")))
    _gathering(e)
    e.add_argument(
        "--out",
        required=True,
        metavar="FILE.csv|FILE.xlsx",
        help=_("the file to write; its ending chooses CSV or Excel"),
    )
    _overwrite(e)

    sheet = _common(sub.add_parser("signin-sheet", help=_("the paper list people sign (PDF)")))
    _gathering(sheet)
    sheet.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF file to write"))
    sheet.add_argument(
        "--blank-rows",
        type=int,
        default=5,
        metavar="N",
        help=_("empty rows for walk-ins (default 5)"),
    )
    _overwrite(sheet)


def alumni(p: argparse.ArgumentParser) -> None:
    _common(p, json=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--program",
        type=_positive_id,
        metavar="ID",
        help=_("a programme's alumni by year and organization, and how many come back"),
    )
    which.add_argument(
        "--person",
        type=_positive_id,
        metavar="PERSON_ID",
        help=_("one person's cohorts, diplomas, reunions and named evaluations"),
    )
