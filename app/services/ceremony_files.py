"""The ceremony pack as two files: the diplomas (and checklist) for the heavy paper, the
action plans for plain paper, both in the same hand-out order so the two piles can be put
together at the ceremony.

The plans file is named beside the diplomas file ("Diplom – handlingsplaner.pdf"). Both
are written completely before either takes its real name, and if the second cannot be put
in place the first is removed again: neither file or both.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from app.errors import KohortError, ValidationError
from app.i18n import _
from app.privacy import make_private
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.reasons import reason_text
from app.services import diploma_output
from app.services.cohorts import load_cohort
from app.services.diploma_merge import merge_documents
from app.services.diploma_output import HandOutOrder


def plans_path(path: Path) -> Path:
    """The action plans' file beside the diplomas' file: "<stem> – action plans.pdf"."""
    return path.with_name(
        _("{stem} – action plans{suffix}").format(stem=path.stem, suffix=path.suffix or ".pdf")
    )


def ceremony_files(
    session: DbSession,
    cohort_id: int,
    *,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    checklist: bool = True,
    enrollment_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[bytes, bytes, list[int], int]:
    """The diplomas' file, the plans' file (each plan in the diplomas' hand-out order), the
    diploma ids in order and the number of plans. Nothing is marked printed."""
    diplomas, ids = diploma_output.ceremony_pdf(
        session,
        cohort_id,
        order=order,
        custom_order=custom_order,
        checklist=checklist,
        enrollment_ids=enrollment_ids,
        progress=progress,
        cancelled=cancelled,
    )
    printed = diploma_output.in_hand_out_order(
        diploma_output.printable(session, cohort_id, enrollment_ids), order, custom_order
    )
    plans = diploma_output.plans_by_enrollment(session, cohort_id, printed)
    if not plans:
        raise ValidationError(
            _(
                "None of these participants has an action plan, so there is no plans file "
                "to write; nothing was written. Print the diplomas without the action plans."
            )
        )
    ordered = [plans[p.enrollment_id] for p in printed if p.enrollment_id in plans]
    if progress is not None:
        progress(0, len(ordered))
    parts: list[bytes | int] = []
    for render in ordered:
        stop_if_cancelled(cancelled, len(parts), len(ordered), _("Writing"))
        parts.append(render())
        if progress is not None:
            progress(len(parts), len(ordered))
    cohort = load_cohort(session, cohort_id)
    title = f"{cohort.program.name} – {cohort.name} – {_('action plans')}"
    merged = merge_documents(None, parts, title=title, created=dt.date.today())
    return diplomas, merged, ids, len(ordered)


def write_ceremony_files(
    session: DbSession,
    cohort_id: int,
    path: Path,
    *,
    overwrite: bool = False,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    checklist: bool = True,
    enrollment_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[Path, int, int]:
    """Write the diplomas to ``path`` and the action plans beside it; returns the plans'
    path, the diploma count and the plan count. The diplomas are marked printed.

    Without ``overwrite`` an existing plans file is left alone (the diplomas' file is the
    caller's choice, asked for by name). Nothing is written or marked on error or cancel.
    """
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("Diplomas are written as a .pdf file, not “{name}”.").format(name=path.name)
        )
    second = plans_path(path)
    if second.exists() and not overwrite:
        raise ValidationError(
            _(
                "{target} exists already; nothing was written. Choose another name, "
                "or add --overwrite to replace it."
            ).format(target=second)
        )
    diplomas, plans, ids, plan_count = ceremony_files(
        session,
        cohort_id,
        order=order,
        custom_order=custom_order,
        checklist=checklist,
        enrollment_ids=enrollment_ids,
        progress=progress,
        cancelled=cancelled,
    )
    write_together([(path, diplomas), (second, plans)], what=_("the diplomas"))
    diploma_output.mark_printed(session, ids)
    return second, len(ids), plan_count


def write_together(files: Sequence[tuple[Path, bytes]], *, what: str) -> None:
    """Write every file completely beside its name, then move them into place; if one
    cannot be written or moved, the ones already moved are removed again (an earlier file
    of that name is put back)."""
    partials = [p.with_name(f".{p.name}.{secrets.token_hex(4)}.partial") for p, _d in files]
    backups = [p.with_name(f".{p.name}.{secrets.token_hex(4)}.old") for p, _d in files]
    placed: list[int] = []
    kept: list[int] = []
    current = files[0][0]
    try:
        for (path, data), partial in zip(files, partials, strict=True):
            current = path
            partial.write_bytes(data)
            make_private(partial)
        for index, ((path, _data), partial) in enumerate(zip(files, partials, strict=True)):
            current = path
            if path.exists():
                os.replace(path, backups[index])
                kept.append(index)
            os.replace(partial, path)
            placed.append(index)
    except OSError as exc:
        for index in placed:
            with contextlib.suppress(OSError):
                files[index][0].unlink()
        for index in kept:
            with contextlib.suppress(OSError):
                os.replace(backups[index], files[index][0])
        reason = (
            _("permission denied; if the file is open in another program, close it")
            if isinstance(exc, PermissionError)
            else reason_text(exc)
        )
        raise KohortError(
            _("Could not write {what} {path} ({reason}); nothing was written.").format(
                what=what, path=current, reason=reason
            )
        ) from exc
    finally:
        for partial in partials:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
    for index in kept:  # all in place: the earlier files are no longer needed
        with contextlib.suppress(OSError):
            backups[index].unlink()
