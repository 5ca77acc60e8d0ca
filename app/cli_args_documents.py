"""What the document commands accept: sign-in sheet, badges, diplomas, design, action plans.

Split from :mod:`app.cli_args` (the same rules: called only when the command is chosen,
nothing heavier than argparse imported at the top; the PDF models' option lists are
imported inside the function that needs them).
"""

from __future__ import annotations

import argparse

from app.cli_args import _cohort, _common, _overwrite, _positive_id, _session
from app.domain import Language
from app.i18n import _


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
    p.add_argument(
        "--version",
        type=_positive_id,
        metavar="N",
        help=_(
            "save only if the design is still at version N (as shown): refused if someone "
            "has saved it since"
        ),
    )
    p.add_argument("--preview", metavar="FILE.pdf", help=_("write a preview (nothing is issued)"))
    p.add_argument("--person", type=_positive_id, metavar="ID", help=_("preview for this person"))
    _overwrite(p)


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
