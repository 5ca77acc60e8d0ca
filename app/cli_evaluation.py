"""`kohort evaluation ...`: course evaluations from the command line, over the services in
:mod:`app.services.evaluations`, :mod:`app.services.evaluation_results` and
:mod:`app.services.evaluation_documents`. The JSON shapes are in the README ("JSON output").
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_output import print_json, refuse_existing, table
from app.db import Database
from app.domain import Language, QuestionKind
from app.errors import ValidationError
from app.files import write_atomically
from app.i18n import _, ngettext
from app.services import evaluation_documents, evaluations
from app.services.evaluation_results import EvaluationResults, evaluation_results
from app.services.evaluations import EvaluationSummary, QuestionView
from app.words import shown
from diplomas.decimals import decimal_figure

OPEN_ANSWERS_SHOWN = 10  # per question in the text output (--json has them all)


def create(db: Database, args: argparse.Namespace) -> None:
    template = args.template or ("session" if args.session else "standard")
    with db.write() as session:
        evaluation = evaluations.create_evaluation(
            session,
            args.cohort,
            template=None if template == "none" else template,
            language=Language(args.language) if args.language else None,
            anonymous=not args.named,
            session_id=args.session,
            title=args.title,
        )
        evaluation_id = evaluation.id
        summary = next(
            e for e in evaluations.list_evaluations(session, args.cohort) if e.id == evaluation_id
        )
    if args.json:
        print_json(summary_json(summary))
        return
    print(
        ngettext(
            "Created evaluation {id} “{title}” with {n} question.",
            "Created evaluation {id} “{title}” with {n} questions.",
            summary.questions,
        ).format(id=summary.id, title=summary.title, n=summary.questions)
    )


def list_evaluations(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        found = evaluations.list_evaluations(session, args.cohort)
    if args.json:
        print_json([summary_json(e) for e in found])
        return
    if not found:
        print(_("The cohort has no evaluations yet."))
        return
    rows = [
        [
            str(e.id),
            e.title,
            e.session_title or "",
            _("anonymous") if e.anonymous else _("named"),
            str(e.questions),
            str(e.responses),
            # TRANSLATORS: an evaluation that still takes answers (the STATUS column)
            _("closed") if e.closed else _("open"),
        ]
        for e in found
    ]
    header = [
        _("ID"),
        _("TITLE"),
        _("SESSION"),
        _("KIND"),
        _("QUESTIONS"),
        _("RESPONSES"),
        _("STATUS"),
    ]
    table(rows, header)


def show(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        evaluation = evaluations.load_evaluation(session, args.evaluation_id)
        summary = next(
            e
            for e in evaluations.list_evaluations(session, evaluation.cohort_id)
            if e.id == evaluation.id
        )
        questions = evaluations.evaluation_questions(session, args.evaluation_id)
    if args.json:
        print_json({**summary_json(summary), "questions": [question_json(q) for q in questions]})
        return
    print(f"{summary.title} ({_('anonymous') if summary.anonymous else _('named')})")
    for q in questions:
        print(f"{q.position}. {q.text}  [{shown(q.kind)}]")
        if q.kind is QuestionKind.SCALE:
            print(f"   1–{q.scale_max}: {q.low_label} … {q.high_label}".rstrip(" …:"))
        for number, choice in enumerate(q.choices, start=1):
            print(f"   {number}) {choice}")


def form(db: Database, args: argparse.Namespace) -> None:
    out = Path(args.out)
    _pdf_name(out)
    refuse_existing(out, args.overwrite)
    with db.read() as session:
        evaluation = evaluations.load_evaluation(session, args.evaluation_id)
        participants = len(evaluation_documents.participant_names(session, evaluation.cohort_id))
        # Without --unnamed: a named evaluation's forms carry the names, an anonymous one's
        # are as many unnamed copies as the cohort has participants.
        named = args.unnamed is None and not evaluation.anonymous
        if not participants and args.unnamed is None:
            raise ValidationError(
                _(
                    "The cohort has no participants yet: say how many blank forms to print "
                    "with --unnamed N."
                )
            )
        count = participants if named else args.unnamed or participants
        data = evaluation_documents.paper_forms_pdf(
            session, args.evaluation_id, named=named, copies=None if named else count
        )
    _write(out, data, _("the forms"))
    message = (
        ngettext("Wrote {n} named form to {out}.", "Wrote {n} named forms to {out}.", count)
        if named
        else ngettext(
            "Wrote {n} unnamed form to {out}.", "Wrote {n} unnamed forms to {out}.", count
        )
    )
    print(message.format(n=count, out=out))


def results(db: Database, args: argparse.Namespace) -> None:
    if args.json and args.pdf:
        raise ValidationError(_("Choose --json or --pdf, not both."))
    if args.pdf:
        out = Path(args.pdf)
        _pdf_name(out)
        refuse_existing(out, args.overwrite)
        with db.read() as session:
            data = evaluation_documents.results_pdf(session, args.evaluation_id)
        _write(out, data, _("the report"))
        print(_("Wrote the results report to {out}.").format(out=out))
        return
    with db.read() as session:
        found = evaluation_results(session, args.evaluation_id)
    if args.json:
        print_json(results_json(found))
        return
    _print_results(found)


def _write(out: Path, data: bytes, what: str) -> None:
    def write(partial: Path) -> None:
        partial.write_bytes(data)

    write_atomically(out, write, what=what)


def _pdf_name(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            _("The file is written as a .pdf, not “{name}”.").format(name=out.suffix or out.name)
        )


def _print_results(found: EvaluationResults) -> None:
    print(f"{found.title} – {found.program_name}, {found.cohort_name}")
    if found.participants:
        print(
            _("{responses} of {participants} responded ({percent} %)").format(
                responses=found.responses,
                participants=found.participants,
                percent=round(100 * found.responses / found.participants),
            )
        )
    else:
        print(_("{responses} responses").format(responses=found.responses))
    if found.few_answers:
        print(
            _(
                "Fewer than 5 answers: the results may point out single participants – show "
                "them with care."
            )
        )
    for q in found.questions:
        print()
        print(f"{q.position}. {q.text}")
        line = _("answered: {n}").format(n=q.answered)
        if q.mean is not None and q.median is not None:
            line += "  " + _("mean {mean} · median {median}").format(
                mean=_decimal(q.mean, always=True), median=_decimal(q.median)
            )
        print("   " + line)
        if q.distribution:
            print(
                "   "
                + "  ".join(
                    f"{label}: {n}" for label, n in zip(q.labels, q.distribution, strict=True)
                )
            )
        if q.trend:
            earlier = "; ".join(
                f"{p.cohort_name}: {_decimal(p.mean, always=True)}" for p in q.trend
            )
            print("   " + _("earlier: {rounds}").format(rounds=earlier))
        for answer in q.open_answers[:OPEN_ANSWERS_SHOWN]:
            count = f" ({answer.count})" if answer.count > 1 else ""
            print(f"   – {answer.text}{count}")
        if len(q.open_answers) > OPEN_ANSWERS_SHOWN:
            more = len(q.open_answers) - OPEN_ANSWERS_SHOWN
            print("   " + ngettext("… and {n} more", "… and {n} more", more).format(n=more))


def _decimal(value: float, *, always: bool = False) -> str:
    """4,2 (a decimal comma in Swedish and Finnish); a whole median as 4 unless ``always``."""
    from app.i18n import language

    digits = 0 if float(value).is_integer() and not always else 1
    return decimal_figure(value, comma=language() != "en", digits=digits)


def summary_json(e: EvaluationSummary) -> dict[str, Any]:
    return {
        "id": e.id,
        "cohort_id": e.cohort_id,
        "session_id": e.session_id,
        "session": e.session_title,
        "title": e.title,
        "language": e.language.value,
        "anonymous": e.anonymous,
        "template": e.template,
        "questions": e.questions,
        "responses": e.responses,
        "closed": e.closed,
        "created_at": e.created_at.isoformat(timespec="seconds"),
    }


def question_json(q: QuestionView) -> dict[str, Any]:
    return {
        "id": q.id,
        "position": q.position,
        "key": q.key,
        "kind": q.kind.value,
        "text": q.text,
        "scale_max": q.scale_max,
        "low_label": q.low_label or None,
        "high_label": q.high_label or None,
        "choices": list(q.choices),
        "required": q.required,
        "answers": q.answers,
    }


def results_json(r: EvaluationResults) -> dict[str, Any]:
    rate = r.response_rate
    return {
        "evaluation_id": r.evaluation_id,
        "title": r.title,
        "programme": r.program_name,
        "cohort_id": r.cohort_id,
        "cohort": r.cohort_name,
        "session": r.session_title,
        "anonymous": r.anonymous,
        "responses": r.responses,
        "participants": r.participants,
        "response_rate": None if rate is None else round(rate, 4),
        "rate_basis": r.rate_basis.value,
        "few_answers": r.few_answers,
        "questions": [
            {
                "id": q.question_id,
                "position": q.position,
                "key": q.key,
                "kind": q.kind.value,
                "text": q.text,
                "answered": q.answered,
                "distribution": [
                    {"label": label, "count": n}
                    for label, n in zip(q.labels, q.distribution, strict=True)
                ],
                "mean": None if q.mean is None else round(q.mean, 4),
                "median": q.median,
                "open_answers": [{"text": a.text, "count": a.count} for a in q.open_answers],
                "trend": [
                    {
                        "cohort_id": p.cohort_id,
                        "cohort": p.cohort_name,
                        "start_date": None if p.start_date is None else p.start_date.isoformat(),
                        "mean": round(p.mean, 4),
                        "answered": p.answered,
                    }
                    for p in q.trend
                ],
                "by_organization": [
                    {
                        "organization": m.name,
                        "answered": m.answered,
                        "mean": None if m.mean is None else round(m.mean, 4),
                    }
                    for m in q.by_organization
                ],
            }
            for q in r.questions
        ],
        "organizations": [
            {"organization": g.name, "responses": g.responses} for g in r.organizations
        ],
    }
