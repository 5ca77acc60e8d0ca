"""The fillable-form commands: write forms into a folder, read returned ones back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_output import ReportedError, print_json
from app.db import Database
from app.domain import ReturnableFormKind
from app.errors import KohortError
from app.i18n import _, ngettext
from app.importing.reader import RawTable, read_table
from app.services import evaluation_import as evaluation_import_service
from app.services import returnable_forms, returned_forms
from app.services.evaluations import load_evaluation
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
            preview = returned_forms.preview_returned(session, paths, **_plans(args))
        applied = False
    else:
        with db.read() as session:
            preview = returned_forms.preview_returned(session, paths, **_plans(args))
        applied = preview.can_apply
        if applied:
            with db.write() as session:
                preview = returned_forms.apply_returned(session, paths, **_plans(args))
    show_preview(preview, applied=applied, dry_run=args.dry_run, as_json=args.json)
    if preview.problem_count:
        raise ReportedError()


def _plans(args: argparse.Namespace) -> dict[str, Any]:
    return {"cohort_id": args.cohort, "kind": ReturnableFormKind.ACTION_PLAN}


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


def evaluation_pdf_forms(db: Database, args: argparse.Namespace) -> None:
    with db.write() as session:
        job = returnable_forms.evaluation_forms(session, args.evaluation_id, unnamed=args.unnamed)
        paths = returnable_forms.write_forms(job, Path(args.out_dir))
    written(paths, args.json)


def evaluation_import(db: Database, args: argparse.Namespace) -> None:
    """Forms exports and returned PDFs into one evaluation: all files or none."""
    paths = [Path(f) for f in args.files]
    pdfs = [p for p in paths if _is_pdf(p)]
    tables = [p for p in paths if p not in pdfs]
    reports: list[dict[str, Any]] = []
    problems = 0
    with db.read() as session:
        evaluation = load_evaluation(session, args.evaluation_id)
        preview = returned_forms.preview_returned(
            session, pdfs, kind=ReturnableFormKind.EVALUATION, evaluation_id=evaluation.id
        )
        read: list[tuple[Path, RawTable]] = []
        for path in tables:
            try:
                table = read_table(path)
            except KohortError as exc:
                reports.append(_table_report(path, None, [str(exc)]))
                problems += 1
                continue
            checked = evaluation_import_service.check_import(session, evaluation.id, table)
            reports.append(_table_report(path, checked, list(checked.errors)))
            problems += len(checked.errors)
            read.append((path, table))
    problems += preview.problem_count
    applied = False
    if not problems and not args.dry_run and (pdfs or read):
        with db.write() as session:
            if pdfs:
                returned_forms.apply_returned(
                    session, pdfs, kind=ReturnableFormKind.EVALUATION, evaluation_id=evaluation.id
                )
            for _path, table in read:
                evaluation_import_service.import_answers(session, evaluation.id, table)
        applied = True
    files = preview_json(preview, applied=applied, dry_run=args.dry_run)["files"]
    result = {
        "evaluation_id": args.evaluation_id,
        "dry_run": args.dry_run,
        "applied": applied,
        "problems": problems,
        "files": [{**f, "source": "pdf_form"} for f in files] + reports,
    }
    if args.json:
        print_json(result)
    else:
        _show_evaluation_import(result)
    if problems:
        raise ReportedError()


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return b"%PDF-" in file.read(1024)
    except OSError:
        return path.suffix.lower() == ".pdf"  # said by the PDF reader, with its reason


def _table_report(
    path: Path, checked: evaluation_import_service.AnswersImport | None, errors: list[str]
) -> dict[str, Any]:
    return {
        "file": str(path),
        "source": "forms_export",
        "responses": len(checked.rows) if checked else 0,
        "answers": checked.answers if checked else 0,
        "skipped": len(checked.already_imported) if checked else 0,
        "already_imported": list(checked.already_imported) if checked else [],
        "changes": [],
        "problems": errors,
    }


def _show_evaluation_import(result: dict[str, Any]) -> None:
    for item in result["files"]:
        name = Path(item["file"]).name
        if item["source"] == "forms_export":
            print(
                _("{file}: {responses} responses, {answers} answers").format(
                    file=name, responses=item["responses"], answers=item["answers"]
                )
            )
            for note in evaluation_import_service.skipped_notes(item["already_imported"]):
                print(f"  {note}")
        else:
            print(f"{name}" + (f" ({item['person']})" if item.get("person") else ""))
        for change in item["changes"]:
            print(f"  {change}")
        for problem in item["problems"]:
            print("  " + _("Problem: {problem}").format(problem=problem))
    if result["problems"]:
        print(_("Nothing was stored; correct the problems and read the files again."))
    elif result["dry_run"]:
        print(_("Dry run, nothing stored."))
    else:
        print(_("Stored the answers of {n} files.").format(n=len(result["files"])))
