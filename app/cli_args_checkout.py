"""The options of `kohort checkout`, `checkin` and `release` (taking a cohort along offline).
Read without SQLAlchemy, like every command's options (see :mod:`app.cli`)."""

from __future__ import annotations

import argparse

from app.cli_args import _cohort, _common, lang_help
from app.i18n import _
from app.interface_language import CHOICES


def checkout(p: argparse.ArgumentParser) -> None:
    _cohort(_common(p, json=True))
    p.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="FILE",
        help=_("the new file on this computer to take the cohort along in"),
    )
    p.add_argument(
        "--serials",
        type=int,
        default=None,
        metavar="N",
        help=_(
            "how many diploma serial numbers to reserve per year (default: one per "
            "participant, and 10 more)"
        ),
    )


def checkin(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar="FILE", help=_("the file the cohort was checked out to (kohort checkout)")
    )
    p.add_argument("--lang", choices=CHOICES, default=argparse.SUPPRESS, help=lang_help())
    p.add_argument("--json", action="store_true", help=_("print JSON (stable shape)"))
    p.add_argument(
        "--to",
        dest="server",
        default=None,
        metavar="URL",
        help=_("the team database, if not the one the cohort came from (postgresql://…)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only show what checking in would change, and any conflicts"),
    )
    p.add_argument(
        "--prefer",
        choices=("server", "laptop"),
        default=None,
        help=_(
            "settle conflicts: keep the server's rows (server), or overwrite them with this "
            "file's (laptop)"
        ),
    )


def release(p: argparse.ArgumentParser) -> None:
    _cohort(_common(p, json=True))
    p.add_argument(
        "--yes",
        action="store_true",
        help=_("release it (without --yes nothing is done: the laptop's work may be lost)"),
    )
