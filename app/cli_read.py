"""The everyday commands that list and mark: demo, cohorts, sessions, participants,
attendance mark and the action-plan list.

Imported only when one of them runs (see :mod:`app.cli`); each imports its own service
inside, so that `kohort cohorts` does not load what `kohort participants` or `kohort demo`
need (whole-process time is what a coordinator waits for: benchmarks/bench_cli_startup.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from app.cli_output import (
    cohort_json,
    iso,
    participant_json,
    plan_json,
    print_json,
    session_json,
    table,
)
from app.errors import KohortError
from app.i18n import _, language, ngettext
from app.words import shown

if TYPE_CHECKING:
    from pathlib import Path

    from app.cohort_list import CohortInfo
    from app.db import Database
    from app.services.enrollments import ParticipantInfo
    from app.session_list import SessionInfo


def make_demo(db: Database, args: argparse.Namespace) -> None:
    from app.services import demo

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
            programs=", ".join(map(str, result.program_ids)),  # "1, 2", not "[1, 2]"
            cohorts=", ".join(map(str, result.cohort_ids)),
            path=db.location,
        )
    )


def migrate(db: Database, args: argparse.Namespace) -> None:
    """Opening migrated the database already (as every command and the window do)."""
    from sqlalchemy import text

    with db.read() as session:
        revision = session.scalar(text("SELECT version_num FROM alembic_version"))
    if args.json:
        print_json({"database": db.location, "schema": revision})
        return
    print(
        _("The database {location} is up to date (schema {revision}).").format(
            location=db.location, revision=revision
        )
    )


def list_cohorts(db: Database, args: argparse.Namespace) -> None:
    from app.checkout import checked_out_cohorts, origin
    from app.checkout_words import moment_text
    from app.services import cohorts

    with db.read() as session:
        found = cohorts.list_cohorts(session, include_archived=True)
        out = checked_out_cohorts(session) if db.on_server else {}
        came = None if db.on_server else origin(session)
    notes: dict[int, dict[str, Any]] = {
        i: {"by": c.checked_out_by, "at": _utc(c.checked_out_at), "place": c.place}
        for i, c in out.items()
    }
    texts = {i: f"{c.checked_out_by} {moment_text(c.checked_out_at)}" for i, c in out.items()}
    if came is not None:
        notes[came.cohort_id] = {
            "by": came.checked_out_by,
            "at": _utc(came.checked_out_at),
            "from": came.server,
        }
        texts[came.cohort_id] = f"{came.checked_out_by} {moment_text(came.checked_out_at)}"
        if not args.json:
            print(
                _(
                    "This file holds the cohort “{cohort}”, checked out of {server} by {who} "
                    "since {when}; bring it back with: kohort checkin {file}"
                ).format(
                    cohort=came.cohort_name,
                    server=came.server,
                    who=came.checked_out_by,
                    when=moment_text(came.checked_out_at),
                    file=db.location,
                )
            )
    _print_cohorts(found, args, notes, texts)


def _utc(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds") + "Z"


def lean_cohorts(path: Path, args: argparse.Namespace) -> bool:
    """`kohort cohorts` without SQLAlchemy; False: the file needs the full path (as a
    checked-out cohort's file does, to say so)."""
    from app.cohort_list import cohort_query, not_checked_out
    from app.lean_read import read_lean

    found = read_lean(path, cohort_query(include_archived=True), requires=not_checked_out())
    if found is None:
        return False
    _print_cohorts(found, args)
    return True


def _print_cohorts(
    found: list[CohortInfo],
    args: argparse.Namespace,
    notes: dict[int, dict[str, Any]] | None = None,
    texts: dict[int, str] | None = None,
) -> None:
    """The list; ``notes``/``texts``: who has a checked-out cohort (JSON, and a column)."""
    notes, texts = notes or {}, texts or {}
    if args.json:
        print_json([{**cohort_json(c), "checked_out": notes.get(c.id)} for c in found])
        return
    extra = [_("CHECKED OUT")] if texts else []
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
                *([texts.get(c.id, "")] if extra else []),
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
            *extra,
        ],
    )


def list_sessions(db: Database, args: argparse.Namespace) -> None:
    from app.services import sessions

    with db.read() as session:
        found = sessions.list_sessions(session, args.cohort)
    _print_sessions(found, args)


def lean_sessions(path: Path, args: argparse.Namespace) -> bool:
    """`kohort sessions` without SQLAlchemy; False: the full path (or no such cohort)."""
    from app.cohort_list import cohort_query
    from app.lean_read import read_lean
    from app.session_list import session_query

    cohort = cohort_query(cohort_id=args.cohort, include_archived=True)
    found = read_lean(path, session_query(args.cohort), requires=cohort)
    if found is None:
        return False
    _print_sessions(found, args)
    return True


def _print_sessions(found: list[SessionInfo], args: argparse.Namespace) -> None:
    if args.json:
        print_json([session_json(s) for s in found])
        return
    if not found:  # a header over nothing reads as if something failed to print
        print(_("The cohort has no sessions yet."))
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


def list_participants(db: Database, args: argparse.Namespace) -> None:
    from babel.numbers import format_percent

    from app.domain import Language
    from app.locales import LOCALES
    from app.rules import SHORTFALL_TEXT, STANDING_TEXT
    from app.services import enrollments

    with db.read() as session:
        found = enrollments.list_participants(session, args.cohort, today=dt.date.today())
    if args.json:
        print_json([participant_json(p) for p in found])
        return
    if not found:
        print(_("The cohort has no participants yet."))
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


def mark_attendance(db: Database, args: argparse.Namespace) -> None:
    from app.services import attendance

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


def list_action_plans(db: Database, args: argparse.Namespace) -> None:
    from app import cli_files
    from app.services import action_plans

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
