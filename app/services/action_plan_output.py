"""Printing action plans: one merged, print-ready PDF, or one file per person.

:func:`print_job` gathers what to print in a read session (the documents come from
:mod:`app.services.action_plans`). Writing needs no database, so the window renders on its
worker once the read has finished, with progress and a cancel button. Both writers are
all-or-nothing, like the diplomas', and share their safe file names: nothing leaves the
chosen folder and nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.files import safe_file_stem, write_atomically, write_each
from app.i18n import _, explain
from app.progress import Cancelled, Progress
from app.services.action_plan_documents import (
    blank_document,
    blank_documents,
    plan_accent,
    plan_documents,
)
from diplomas.action_plan import render_action_plans
from diplomas.action_plan_model import LABELS, PlanDocument


@dataclass(frozen=True)
class PrintJob:
    """What to print: the documents in order, blank forms or filled-in plans."""

    documents: tuple[PlanDocument, ...]
    blank: bool
    accent_color: str


def print_job(
    session: DbSession,
    cohort_id: int,
    enrollment_ids: Sequence[int] | None = None,
    *,
    mentor_id: int | None = None,
    blank: bool = False,
    unnamed: bool = False,
) -> PrintJob:
    """The plans of a cohort (default: everyone who has one), or only of the enrollments
    given, or of a mentor's adepts; ``blank``: a named blank form for each participant
    instead (default: everyone enrolled); ``unnamed``: one blank form without a name."""
    if unnamed:
        documents = [blank_document(session, cohort_id, None)]
    elif blank:
        documents = [
            d
            for _kind, d in blank_documents(session, cohort_id, enrollment_ids, mentor_id=mentor_id)
        ]
    else:
        documents = [
            d
            for _kind, d in plan_documents(session, cohort_id, enrollment_ids, mentor_id=mentor_id)
        ]
    if not documents:
        raise ValidationError(
            _("Nobody here has an action plan yet; print blank forms for the workshop instead.")
            if not blank
            else _("There is nobody to print a blank form for.")
        )
    return PrintJob(tuple(documents), blank or unnamed, plan_accent(session, cohort_id))


def write_plans_pdf(
    job: PrintJob,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """One merged, print-ready PDF of the documents, in their order; returns their count.

    Nothing is written on error or cancel (:class:`~app.errors.CancelledError`); an existing file
    is replaced only when the new one is complete.
    """
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("Action plans are written as a .pdf file, not “{name}”.").format(name=path.name)
        )
    pdf = _render(job.documents, job, progress, cancelled)

    def write(partial: Path) -> None:
        partial.write_bytes(pdf)

    write_atomically(path, write, what=_("the action plans"))
    return len(job.documents)


def write_plan_files(
    job: PrintJob,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """One PDF per document in ``folder`` ("Åsa Öberg handlingsplan.pdf"), safe names that
    never leave the folder and never overwrite a file. All or nothing: on error or cancel
    the files written so far are removed again (and the folder, when this call made it)."""
    return write_each(
        folder,
        [
            (
                safe_file_stem(document.name, LABELS[document.language].file_word),
                partial(_render, [document], job, None, None),
            )
            for document in job.documents
        ],
        what=_("the action plans"),
        progress=progress,
        cancelled=cancelled,
    )


def _render(
    documents: Sequence[PlanDocument],
    job: PrintJob,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> bytes:
    try:
        return render_action_plans(
            documents,
            blank=job.blank,
            accent_color=job.accent_color,
            progress=progress,
            cancelled=cancelled,
        )
    except ValueError as exc:  # e.g. a character the fonts cannot draw, named with its plan
        raise ValidationError(explain(exc)) from exc
