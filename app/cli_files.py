"""The `kohort` commands that read or write files: import, attendance export, sign-in
sheet, diplomas, action plans, backup and check."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.backup import backup_database, integrity_problems
from app.cli_output import print_json
from app.db import Database, existing_database
from app.domain import Role
from app.errors import DatabaseDamagedError, KohortError, ValidationError
from app.importing.reader import read_table
from app.services import action_plan_output, enrollments, signin
from app.services.attendance_report import export_attendance
from app.services.importing import ExistingPolicy, import_people


class ReportedError(Exception):
    """The command printed its own explanation; exit 1 without another message."""


def attendance_export(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        count = export_attendance(session, args.cohort, Path(args.out), today=dt.date.today())
    print(f"Wrote the attendance of {count} participants to {args.out}.")


def signin_sheet(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        sheet = signin.write_signin_sheet(
            session, args.session, Path(args.out), blank_rows=args.blank_rows
        )
    print(
        f"Wrote the sign-in sheet for “{sheet.session_title}” ({len(sheet.rows)} names, "
        f"{sheet.blank_rows} blank rows) to {args.out}."
    )


def plan_selection(
    session: DbSession, args: argparse.Namespace
) -> tuple[list[int] | None, int | None]:
    """The enrollments named with --person and the mentor's with --mentor (person ids)."""
    people = (
        [enrollments.enrollment_for_person(session, args.cohort, p).id for p in args.person]
        if args.person
        else None
    )
    mentor = None
    if args.mentor:
        found = enrollments.enrollment_for_person(session, args.cohort, args.mentor)
        if found.role != Role.MENTOR:
            raise ValidationError(
                f"Person {args.mentor} is not a mentor in this cohort (see `kohort "
                f"participants --cohort {args.cohort}`)."
            )
        mentor = found.id
    return people, mentor


def print_action_plans(db: Database, args: argparse.Namespace) -> None:
    with db.read() as session:
        people, mentor = plan_selection(session, args)
        job = action_plan_output.print_job(
            session, args.cohort, people, mentor_id=mentor, blank=args.blank, unnamed=args.unnamed
        )
    what = "blank form(s)" if job.blank else "action plan(s)"
    if args.out:
        count = action_plan_output.write_plans_pdf(job, Path(args.out))
        print(f"Wrote {count} {what} to {args.out}.")
    if args.separate:
        files = action_plan_output.write_plan_files(job, Path(args.separate))
        print(f"Wrote {len(files)} separate file(s) of {what} to {args.separate}.")


def import_list(db: Database, args: argparse.Namespace) -> None:
    policy = ExistingPolicy.KEEP if args.keep_existing else ExistingPolicy.UPDATE
    try:
        table = read_table(Path(args.file))
        with db.write() as session:
            report = import_people(
                session,
                cohort_id=args.cohort,
                table=table,
                existing=policy,
                dry_run=args.dry_run,
            )
    except KohortError as exc:
        if not args.json:
            raise
        # scripts get the same shape for a file that cannot be read at all
        print_json(
            {
                "created": 0,
                "updated": 0,
                "unchanged": 0,
                "enrolled": 0,
                "errors": [{"row": None, "message": str(exc)}],
                "merged": [],
                "dry_run": args.dry_run,
                "changes": [],
                "warnings": [],
            }
        )
        raise ReportedError() from exc
    if args.json:
        print_json(report.as_json())
    else:
        if report.errors:
            head = "Nothing was imported; fix these rows and try again:"
        elif report.dry_run:
            head = "Dry run, nothing written. Importing would give:"
        else:
            head = f"Imported {table.source}:"
        print(head)
        print(
            f"  created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}, newly enrolled {report.enrolled}"
        )
        for row, into in report.merged:
            print(f"  row {row} is the same person as row {into}; merged")
        for change in report.changes:
            field = change.field.replace("_", " ")
            # "->", not an arrow: a Windows console or a redirected file may be cp1252
            print(f"  row {change.row}, {change.person}: {field} '{change.old}' -> '{change.new}'")
        for error in report.errors:
            print(f"  {error}")
        for warning in report.warnings:
            print(f"  row {warning.row} (warning): {warning.message}")
    if report.errors:
        raise ReportedError()


def backup(args: argparse.Namespace) -> None:
    """Read-only, without the lock: safe while the window has the database open."""
    source = existing_database(args.db)
    target = backup_database(source, Path(args.out))
    print(f"Backed up {source} to {target} (integrity and row counts checked).")


def check(db: Database, _args: argparse.Namespace) -> None:
    problems = integrity_problems(db.path)
    if problems:
        listed = "; ".join(problems[:5])
        raise DatabaseDamagedError(
            f"The database {db.path} has {len(problems)} problem(s): {listed}. "
            "Restore it from a backup."
        )
    print(f"{db.path}: no problems found.")
