"""The `kohort` commands that read or write files: import, attendance export, sign-in
sheet, diplomas, action plans, backup, check, and listing and restoring backups."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app import backups
from app.backup import backup_database, integrity_problems
from app.cli_output import (
    ReportedError,
    missing_database_error,
    print_json,
    refuse_existing,
    table,
)
from app.cloud import synced_folder_notice
from app.db import Database, existing_database
from app.db_errors import Advice, advice_text, not_a_backup_error, translate_error
from app.db_location import database_path
from app.domain import Role
from app.errors import DatabaseDamagedError, KohortError, ValidationError
from app.i18n import _, ngettext
from app.importing.mapping import FIELD_LABELS, Field
from app.importing.reader import read_table
from app.locales import size_text
from app.restore import restore_backup
from app.services import action_plan_output, enrollments, signin
from app.services.attendance_report import export_attendance
from app.services.importing import ExistingPolicy, import_people

_FIELDS = frozenset(f.value for f in FIELD_LABELS)


def attendance_export(db: Database, args: argparse.Namespace) -> None:
    refuse_existing(args.out, args.overwrite)
    with db.read() as session:
        count = export_attendance(session, args.cohort, Path(args.out), today=dt.date.today())
    print(
        ngettext(
            "Wrote the attendance of {n} participant to {out}.",
            "Wrote the attendance of {n} participants to {out}.",
            count,
        ).format(n=count, out=args.out)
    )


def signin_sheet(db: Database, args: argparse.Namespace) -> None:
    refuse_existing(args.out, args.overwrite)
    with db.read() as session:
        sheet = signin.write_signin_sheet(
            session, args.session, Path(args.out), blank_rows=args.blank_rows
        )
    print(
        _(
            "Wrote the sign-in sheet for “{session_title}” ({rows} names, "
            "{blank_rows} blank rows) to {out}."
        ).format(
            session_title=sheet.session_title,
            rows=len(sheet.rows),
            blank_rows=sheet.blank_rows,
            out=args.out,
        )
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
                _(
                    "Person {mentor} is not a mentor in this cohort (see `kohort "
                    "participants --cohort {cohort}`)."
                ).format(mentor=args.mentor, cohort=args.cohort)
            )
        mentor = found.id
    return people, mentor


def print_action_plans(db: Database, args: argparse.Namespace) -> None:
    refuse_existing(args.out, args.overwrite)
    with db.read() as session:
        people, mentor = plan_selection(session, args)
        job = action_plan_output.print_job(
            session, args.cohort, people, mentor_id=mentor, blank=args.blank, unnamed=args.unnamed
        )
    if args.out:
        count = action_plan_output.write_plans_pdf(job, Path(args.out))
        wrote = (
            ngettext("Wrote {n} blank form to {out}.", "Wrote {n} blank forms to {out}.", count)
            if job.blank
            else ngettext(
                "Wrote {n} action plan to {out}.", "Wrote {n} action plans to {out}.", count
            )
        )
        print(wrote.format(n=count, out=args.out))
    if args.separate:
        files = action_plan_output.write_plan_files(job, Path(args.separate))
        print(
            ngettext(
                "Wrote {n} separate file to {folder}.",
                "Wrote {n} separate files to {folder}.",
                len(files),
            ).format(n=len(files), folder=args.separate)
        )


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
            head = _("Nothing was imported; fix these rows and try again:")
        elif report.dry_run:
            head = _("Dry run, nothing written. Importing would give:")
        else:
            head = _("Imported {source}:").format(source=table.source)
        print(head)
        print(
            _(
                "  created {created}, updated {updated}, unchanged {unchanged}, newly "
                "enrolled {enrolled}"
            ).format(
                created=report.created,
                updated=report.updated,
                unchanged=report.unchanged,
                enrolled=report.enrolled,
            )
        )
        for row, into in report.merged:
            print(
                _("  row {row} is the same person as row {into}; merged").format(row=row, into=into)
            )
        for change in report.changes:
            field = (
                _(FIELD_LABELS[Field(change.field)]) if change.field in _FIELDS else change.field
            )
            # "->", not an arrow: a Windows console or a redirected file may be cp1252
            print(
                _("  row {row}, {person}: {field} '{old}' -> '{new}'").format(
                    row=change.row,
                    person=change.person,
                    field=field,
                    old=change.old,
                    new=change.new,
                )
            )
        for error in report.errors:
            print(f"  {error}")
        for warning in report.warnings:
            print(
                _("  row {row} (warning): {message}").format(
                    row=warning.row, message=warning.message
                )
            )
    if report.errors:
        raise ReportedError()


def backup(args: argparse.Namespace) -> None:
    """Read-only, without the lock: safe while the window has the database open."""
    source = existing_database(args.db)
    target = backup_database(source, Path(args.out), overwrite=args.overwrite)
    print(
        _("Backed up {source} to {target} (integrity and row counts checked).").format(
            source=source, target=target
        )
    )


def check(db: Database, _args: argparse.Namespace) -> None:
    notice = synced_folder_notice(db.path)
    if notice is not None:  # on stderr: what is printed on stdout stays the answer
        print(f"kohort: {notice}", file=sys.stderr)
    try:
        problems = integrity_problems(db.path, strict=True)
    except sqlite3.Error as exc:  # a full disk, a disk error: not damage
        raise translate_error(exc, db.path, reading=True) from exc
    if problems:
        # SQLite's own words (in English), for whoever repairs the file, introduced as
        # such; the message after them says it in short.
        print(_("SQLite's check reports (the detail for whoever repairs the file):"))
        for problem in problems:
            print(f"  {problem}")
        raise DatabaseDamagedError(
            ngettext(
                "The database {path} has {n} problem (listed above); Kohort will not write "
                "to it. {advice}",
                "The database {path} has {n} problems (listed above); Kohort will not write "
                "to it. {advice}",
                len(problems),
            ).format(path=db.path, n=len(problems), advice=advice_text(Advice.CLI))
        )
    print(_("{path}: no problems found.").format(path=db.path))


def list_backups(args: argparse.Namespace) -> None:
    """Read-only, without the lock: also when the database is damaged or missing."""
    db_path = database_path(args.db)
    folder = backups.backups_folder(db_path)
    if not db_path.exists() and not folder.is_dir():  # a mistyped path, most likely
        raise missing_database_error(db_path)
    found = backups.list_backups(db_path)
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "kind": b.kind.value,
                    "taken_at": b.taken_at.isoformat(timespec="minutes"),
                    "size": b.size,
                    "programmes": b.programmes,
                    "cohorts": b.cohorts,
                    "people": b.people,
                    "good": b.good,
                    "problem": b.problem,
                }
                for b in found
            ]
        )
        return
    if not found:
        if not db_path.exists():
            raise missing_database_error(db_path)
        print(_("There are no backups of this database in {folder} yet.").format(folder=folder))
        return
    table(
        [
            [
                b.taken_at.strftime("%Y-%m-%d %H:%M"),
                size_text(b.size),
                "" if b.programmes is None else str(b.programmes),
                "" if b.cohorts is None else str(b.cohorts),
                "" if b.people is None else str(b.people),
                _("OK") if b.good else _("Damaged"),
                str(b.path),
            ]
            for b in found
        ],
        [_("TAKEN"), _("SIZE"), _("PROGRAMMES"), _("COHORTS"), _("PEOPLE"), _("CHECK"), _("FILE")],
    )


_YES_WORDS = frozenset({"y", "yes", "j", "ja", "k", "kyllä"})


def restore(args: argparse.Namespace) -> None:
    """Takes the lock itself, for the replacement: refused while any Kohort has it open."""
    db_path = database_path(args.db)
    backup = Path(args.backup).expanduser().resolve()
    if not args.yes:
        if not sys.stdin.isatty():
            raise KohortError(
                _(
                    "Restoring replaces the database {database}; add --yes to do it without "
                    "being asked."
                ).format(database=db_path)
            )
        question = (
            _(
                "Replace {database} with the backup {backup}? The current file is saved in "
                "{folder} first. [y/N] "
            )
            if db_path.exists()
            else _(
                "Restore the backup {backup} as {database}? There is no database there yet, "
                "so there is nothing to save first. [y/N] "
            )
        )
        answer = input(
            question.format(database=db_path, backup=backup, folder=backups.backups_folder(db_path))
        )
        if answer.strip().casefold() not in _YES_WORDS:
            print(_("Nothing was changed."))
            raise ReportedError()
    try:
        done = restore_backup(db_path, backup, dt.datetime.now())
    except DatabaseDamagedError as exc:  # only ever about the backup: the current file is
        raise not_a_backup_error(backup) from exc  # saved as raw bytes when damaged
    print(_("Restored {database} from {backup}.").format(database=db_path, backup=backup))
    if done.previous is None:
        print(_("There was no database there before, so there was nothing to save first."))
    else:
        saved = (
            _("The previous file could not be read as a database; its bytes were saved as {path}.")
            if done.previous_damaged
            else _("The previous file was saved as {path}.")
        )
        print(saved.format(path=done.previous))
