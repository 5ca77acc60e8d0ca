"""What `kohort evaluation` accepts: its subcommands and their options.

:func:`evaluation` makes every subcommand, one line each; a new subcommand is one more
function here and one more line there (and its runner in :mod:`app.cli_evaluation`, named
in :data:`app.cli._HANDLERS` as ``"evaluation NAME"``). Imports nothing heavier than
argparse, as :mod:`app.cli_args`.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_args import _cohort, _common, _overwrite, _positive_id
from app.cli_args_forms import evaluation_actions
from app.domain import Language
from app.i18n import _

TEMPLATE_CHOICES = ("standard", "session", "none")  # app.services.evaluation_templates


def evaluation(p: argparse.ArgumentParser) -> None:
    """Every `kohort evaluation` subcommand."""
    actions = p.add_subparsers(
        dest="evaluation_command",
        metavar="ACTION",
        parser_class=type(p),
        required=True,
        help=_("what to do"),
    )
    _create(actions)
    _list(actions)
    _show(actions)
    _form(actions)
    _results(actions)
    evaluation_actions(actions)  # pdf-forms, import: the fillable forms and Forms exports


def _evaluation_id(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "evaluation_id",
        type=_positive_id,
        metavar="EVAL_ID",
        help=_("the evaluation's id, as `kohort evaluation list` lists it"),
    )


def _create(actions: Any) -> None:
    p = _common(
        actions.add_parser(
            "create", help=_("make a cohort's (or one session's) evaluation from a template")
        ),
        json=True,
    )
    _cohort(p)
    p.add_argument(
        "--template",
        choices=TEMPLATE_CHOICES,
        default=None,
        help=_(
            "the questions to start from (default: standard, or session with --session; "
            "none: no questions)"
        ),
    )
    p.add_argument(
        "--named",
        action="store_true",
        help=_("each response says whose it is (default: anonymous)"),
    )
    p.add_argument(
        "--session",
        type=_positive_id,
        metavar="ID",
        default=None,
        help=_("evaluate this session only, as `kohort sessions` lists it"),
    )
    p.add_argument("--title", default=None, help=_("the title (default: the template's)"))
    p.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        default=None,
        help=_("the questions' language (default: the cohort's document language)"),
    )


def _list(actions: Any) -> None:
    p = _common(actions.add_parser("list", help=_("list a cohort's evaluations")), json=True)
    _cohort(p)


def _show(actions: Any) -> None:
    p = _common(actions.add_parser("show", help=_("show an evaluation's questions")), json=True)
    _evaluation_id(p)


def _form(actions: Any) -> None:
    p = _common(
        actions.add_parser(
            "form",
            help=_(
                "print the paper forms (PDF): one per participant with the name, or N unnamed ones"
            ),
        )
    )
    _evaluation_id(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF to write"))
    p.add_argument(
        "--unnamed",
        type=_positive_id,
        metavar="N",
        default=None,
        help=_(
            "print N forms without names (default: one per participant, with the name when "
            "the evaluation is named)"
        ),
    )
    _overwrite(p)


def _results(actions: Any) -> None:
    p = _common(
        actions.add_parser(
            "results", help=_("an evaluation's results, or the report for the steering group")
        ),
        json=True,
    )
    _evaluation_id(p)
    p.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        default=None,
        help=_("write the results report (with charts) as a PDF"),
    )
    _overwrite(p)
