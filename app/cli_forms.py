"""The fillable-form commands: write forms into a folder, read returned ones back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_output import ReportedError, print_json
from app.db import Database
from app.i18n import _, ngettext
from app.services import returnable_forms, returned_forms
from app.services.returned_forms import ReturnedPreview


def plans_pdf_forms(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        job = returnable_forms.plan_forms(session, args.cohort, args.person)
        paths = returnable_forms.write_forms(job, Path(args.out_dir))
    written(paths, args.json)


def written(paths: list[Path], as_json: bool) -> None:
    if as_json:
        print_json({"written": [str(p) for p in paths], "count": len(paths)})
        return
    print(ngettext("Wrote {n} form:", "Wrote {n} forms:", len(paths)).format(n=len(paths)))
    for path in paths:
        print(f"  {path}")


def import_returned(db: Database, args: argparse.Namespace) -> None:
    """Read returned PDFs back; with --dry-run only show what they would change."""
    paths = [Path(f) for f in args.files]
    if args.dry_run:
        with db.read() as session:
            preview = returned_forms.preview_returned(session, paths, cohort_id=args.cohort)
        applied = False
    else:
        with db.read() as session:
            preview = returned_forms.preview_returned(session, paths, cohort_id=args.cohort)
        applied = preview.can_apply
        if applied:
            with db.write() as session:
                preview = returned_forms.apply_returned(session, paths, cohort_id=args.cohort)
    show_preview(preview, applied=applied, dry_run=args.dry_run, as_json=args.json)
    if preview.problem_count:
        raise ReportedError()


def preview_json(preview: ReturnedPreview, *, applied: bool, dry_run: bool) -> dict[str, Any]:
    return {
        "dry_run": dry_run,
        "applied": applied,
        "problems": preview.problem_count,
        "files": [
            {
                "file": str(f.path),
                "kind": str(f.kind) if f.kind else None,
                "person": f.person or None,
                "cohort": f.cohort or None,
                "changes": list(f.changes),
                "problems": list(f.problems),
            }
            for f in preview.files
        ],
    }


def show_preview(preview: ReturnedPreview, *, applied: bool, dry_run: bool, as_json: bool) -> None:
    if as_json:
        print_json(preview_json(preview, applied=applied, dry_run=dry_run))
        return
    for item in preview.files:
        who = " · ".join(t for t in (item.person, item.cohort) if t)
        print(f"{item.path.name}" + (f" ({who})" if who else ""))
        for change in item.changes:
            print(f"  {change}")
        for problem in item.problems:
            print("  " + _("Problem: {problem}").format(problem=problem))
    if preview.problem_count:
        print(_("Nothing was stored; correct the problems and read the files again."))
    elif dry_run:
        print(_("Dry run, nothing stored."))
    elif applied:
        print(
            ngettext(
                "Stored {n} returned form.", "Stored {n} returned forms.", len(preview.files)
            ).format(n=len(preview.files))
        )
