"""What the fillable-form commands accept: `plans pdf-forms|import`, and
`evaluation pdf-forms|import` (added to the evaluation command's parser)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_args import _cohort, _common, _positive_id
from app.i18n import _


def plans(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(
        dest="plans_command",
        metavar="ACTION",
        parser_class=type(p),
        required=True,
        help=_("what to do"),
    )
    forms = _common(
        sub.add_parser(
            "pdf-forms",
            help=_("each participant's action plan as a fillable PDF, one file per person"),
        ),
        json=True,
    )
    _cohort(forms)
    out_dir(forms)
    forms.add_argument(
        "--person",
        type=_positive_id,
        nargs="+",
        metavar="ENROLLMENT_ID",
        default=None,
        help=_("only these participants (default: everyone enrolled)"),
    )
    returned(
        _common(sub.add_parser("import", help=_("read back filled-in action plan PDFs")), json=True)
    )


def out_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out-dir",
        required=True,
        metavar="DIR",
        help=_("the folder to write the PDF files to (made if missing; no file is replaced)"),
    )


def returned(p: argparse.ArgumentParser, *, what: str | None = None) -> None:
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=what or _("the returned PDF files"),
    )
    p.add_argument(
        "--cohort",
        type=_positive_id,
        default=None,
        metavar="ID",
        help=_("refuse forms of any other cohort"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=_("only show what would change; store nothing")
    )


def evaluation_actions(sub: Any) -> None:
    """`kohort evaluation pdf-forms` and `kohort evaluation import`, added to the evaluation
    command's subcommands (:func:`app.cli_args_evaluation.evaluation`)."""
    forms = _common(
        sub.add_parser(
            "pdf-forms",
            help=_("the evaluation as fillable PDF forms: one per participant, or unnamed copies"),
        ),
        json=True,
    )
    _evaluation_id(forms)
    out_dir(forms)
    forms.add_argument(
        "--unnamed",
        type=_positive_id,
        metavar="N",
        default=None,
        help=_("an anonymous evaluation: this many unnamed forms (default: one per participant)"),
    )
    answers = _common(
        sub.add_parser(
            "import",
            help=_(
                "import answers: Microsoft Forms or Google Forms exports (CSV/XLSX) and "
                "returned PDF forms, told apart by their content; all or nothing"
            ),
        ),
        json=True,
    )
    _evaluation_id(answers)
    answers.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=_("Forms exports (.csv, .xlsx) or returned PDF forms"),
    )
    answers.add_argument(
        "--dry-run", action="store_true", help=_("only show what would change; store nothing")
    )


def _evaluation_id(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "evaluation_id",
        type=_positive_id,
        metavar="EVAL_ID",
        help=_("the evaluation's id, as `kohort evaluation list` lists it"),
    )
