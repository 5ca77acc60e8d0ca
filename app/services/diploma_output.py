"""Output for the ceremony: the issued diplomas in hand-out order, merged or one file each.

Both print what was issued, exactly: the register's recipes drawn deterministically (or, for
diplomas issued before recipes, their frozen bytes), each checked against its record hash.
The merged file draws every recipe diploma in ONE pass into one document (the logo and
signatures stored once, one font subset set), then joins it with pypdf to the checklist
(order, name, serial, tick box: :mod:`diplomas.checklist`) and, in the ceremony pack, the
action plans in hand-out order (:mod:`app.services.diploma_merge`). Only *valid* diplomas
(neither revoked nor replaced) are printed.

Separate files get safe names (:func:`app.files.safe_file_stem`): no path separators, no
Windows-reserved names (``CON``, ``LPT1``), no control characters, length capped, and an
existing file is never overwritten (" (2)" is added instead). Both writers are
all-or-nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from app.errors import ValidationError
from app.files import safe_file_stem, write_atomically, write_each
from app.i18n import _, explain
from app.models import Cohort, Diploma, Organization, Person, utcnow
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.services.cohorts import load_cohort
from app.services.diploma_listing import list_diplomas
from app.services.diploma_merge import merge_documents, page_count
from app.services.diploma_recipes import diploma_pdf_of, frozen_ids, recipes
from app.text import sort_key
from diplomas.checklist import Checklist, ChecklistRow, checklist_pdf, draw_checklist
from diplomas.diploma import render_stack

if TYPE_CHECKING:
    from diplomas.action_plan_model import PlanDocument


class HandOutOrder(enum.StrEnum):
    SURNAME = "surname"
    FIRST_NAME = "first_name"
    ORGANIZATION = "organization"
    CUSTOM = "custom"  # enrollment ids in the order the coordinator dragged them


@dataclass(frozen=True)
class PrintedDiploma:
    diploma_id: int
    enrollment_id: int
    name: str  # as printed
    serial: str
    first_name: str
    last_name: str
    organization: str


def hand_out_list(
    session: DbSession,
    cohort_id: int,
    *,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    enrollment_ids: Sequence[int] | None = None,
) -> list[int]:
    """The valid diplomas' ids in hand-out order (only these enrollments, when given)."""
    return [p.diploma_id for p in _printed(session, cohort_id, order, custom_order, enrollment_ids)]


def write_ceremony_pdf(
    session: DbSession,
    cohort_id: int,
    path: Path,
    *,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    checklist: bool = True,
    action_plans: bool = False,
    enrollment_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one print-ready PDF of the valid issued diplomas; returns the diploma count.

    The diplomas are marked printed. Nothing is written (and nothing marked) on error or
    cancel; an existing file at ``path`` is replaced only when the new one is complete.
    """
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            _("Diplomas are written as a .pdf file, not “{name}”.").format(name=path.name)
        )
    diploma_ids: list[int] = []

    def write(partial: Path) -> None:  # drawn straight into the file, not held as bytes too
        with partial.open("wb") as out:
            diploma_ids[:] = _ceremony(
                session,
                cohort_id,
                out,
                order=order,
                custom_order=custom_order,
                checklist=checklist,
                action_plans=action_plans,
                enrollment_ids=enrollment_ids,
                progress=progress,
                cancelled=cancelled,
            )

    write_atomically(path, write, what=_("the diplomas"))
    mark_printed(session, diploma_ids)
    return len(diploma_ids)


def ceremony_pdf(
    session: DbSession,
    cohort_id: int,
    *,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    checklist: bool = True,
    action_plans: bool = False,
    enrollment_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[bytes, list[int]]:
    """The merged print file (frozen pages in hand-out order, then the checklist) and the
    ids of the diplomas in it, in order. Nothing is marked printed.

    With ``action_plans`` (the ceremony pack), each participant's action plan follows their
    diploma; people without a plan get their diploma only.
    """
    out = io.BytesIO()
    ids = _ceremony(
        session,
        cohort_id,
        out,
        order=order,
        custom_order=custom_order,
        checklist=checklist,
        action_plans=action_plans,
        enrollment_ids=enrollment_ids,
        progress=progress,
        cancelled=cancelled,
    )
    return out.getvalue(), ids


def _ceremony(
    session: DbSession,
    cohort_id: int,
    out: BinaryIO,
    *,
    order: HandOutOrder,
    custom_order: Sequence[int] | None,
    checklist: bool,
    action_plans: bool,
    enrollment_ids: Sequence[int] | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[int]:
    """:func:`ceremony_pdf`, written to ``out``; returns the diploma ids in order."""
    printed = _printed(session, cohort_id, order, custom_order, enrollment_ids)
    plans = plans_by_enrollment(session, cohort_id, printed) if action_plans else {}
    cohort = load_cohort(session, cohort_id)
    ids = [item.diploma_id for item in printed]
    frozen = frozen_ids(session, ids)
    drawn = [i for i in ids if i not in frozen]
    title = f"{cohort.program.name} – {cohort.name}"
    rows = _checklist(printed, cohort) if checklist else None
    if progress is not None:
        progress(0, len(printed))
    if drawn and not frozen and not plans:  # the usual file: one document, drawn in one pass
        _stack(session, drawn, title, rows, progress, cancelled, out)
        return ids
    # Diplomas issued before recipes, or action plans between the diplomas: separate
    # documents, joined (the checklist drawn with the stack, its pages taken last).
    stack = _stack(session, drawn, title, rows, progress, cancelled)
    parts: list[bytes | int] = []  # a page of the stack (its number) or a whole document
    for item in printed:
        stop_if_cancelled(cancelled, len(parts), len(printed), _("Writing"))
        if item.diploma_id in frozen:
            parts.append(diploma_pdf_of(session, item.diploma_id))
        else:
            parts.append(drawn.index(item.diploma_id))
        if item.enrollment_id in plans:
            parts.append(plans[item.enrollment_id]())
    if rows is not None and stack is not None:
        parts.extend(range(len(drawn), page_count(stack)))
    elif rows is not None:
        parts.append(checklist_pdf(rows))
    out.write(
        merge_documents(stack, parts, title=title, shared=bool(frozen), created=dt.date.today())
    )
    return ids


def _stack(
    session: DbSession,
    diploma_ids: Sequence[int],
    title: str,
    rows: Checklist | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    into: BinaryIO | None = None,
) -> bytes | None:
    """The recipe diplomas drawn in one pass into one document, then the checklist (see
    :func:`diplomas.diploma.render_stack`); ``None`` when there are no recipe diplomas, or
    when it was written ``into`` a stream."""
    if not diploma_ids:
        return None
    pages = ((r.key, r.design, r.content) for r in recipes(session, diploma_ids))
    out = io.BytesIO() if into is None else into
    try:
        render_stack(
            pages,
            out,
            title=title,
            total=len(diploma_ids),
            progress=progress,
            cancelled=cancelled,
            then=None if rows is None else partial(draw_checklist, checklist=rows),
            check=False,  # checked when issued; the record hash says nothing changed since
            created=dt.date.today(),  # the ceremony file is dated the day it is printed
        )
    except ValueError as exc:
        raise ValidationError(explain(exc)) from exc
    return None if into is not None else cast(io.BytesIO, out).getvalue()


def plans_by_enrollment(
    session: DbSession, cohort_id: int, printed: Sequence[PrintedDiploma]
) -> dict[int, Callable[[], bytes]]:
    """Each printed person's action plan, rendered when its turn comes (so cancel is quick)."""
    # Imported here: the ceremony file without plans does without them (start-up time).
    from app.services.action_plan_documents import plan_accent, plan_documents
    from diplomas.action_plan import action_plan_pdf

    accent = plan_accent(session, cohort_id)
    documents = plan_documents(
        session, cohort_id, [p.enrollment_id for p in printed], skip_without_plan=True
    )

    def render(document: PlanDocument) -> bytes:
        try:
            return action_plan_pdf(document, accent_color=accent)
        except ValueError as exc:  # a character no bundled font has, say
            raise ValidationError(explain(exc)) from exc

    return {enrollment_id: partial(render, document) for enrollment_id, document in documents}


def frozen_pdfs(session: DbSession, diploma_ids: Sequence[int]) -> bytes:
    """The issued diplomas (e.g. one reissued) merged in the order given, each exactly as
    issued."""
    frozen = frozen_ids(session, diploma_ids)
    drawn = [i for i in diploma_ids if i not in frozen]
    stack = _stack(session, drawn, "", None, None, None)
    if stack is not None and not frozen:
        return stack
    parts = [diploma_pdf_of(session, i) if i in frozen else drawn.index(i) for i in diploma_ids]
    return merge_documents(stack, parts, title="", shared=True, created=dt.date.today())


def mark_printed(session: DbSession, diploma_ids: Sequence[int]) -> None:
    now = utcnow()
    for start in range(0, len(diploma_ids), 500):
        chunk = diploma_ids[start : start + 500]
        session.execute(update(Diploma).where(Diploma.id.in_(chunk)).values(printed_at=now))
    session.flush()


def write_separate_files(
    session: DbSession,
    cohort_id: int,
    folder: Path,
    *,
    order: HandOutOrder = HandOutOrder.SURNAME,
    custom_order: Sequence[int] | None = None,
    enrollment_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """One PDF per valid diploma in ``folder`` ("Name FL-2026-001.pdf"); returns the paths.

    No existing file is overwritten. On any error or cancel, the files written so far are
    removed again (and the folder, when this call created it).
    """
    printed = _printed(session, cohort_id, order, custom_order, enrollment_ids)
    return write_each(
        folder,
        [
            (safe_file_stem(item.name, item.serial), partial(_pdf, session, item.diploma_id))
            for item in printed
        ],
        what=_("the diplomas"),
        progress=progress,
        cancelled=cancelled,
    )


# Gathering.


def _checklist(printed: Sequence[PrintedDiploma], cohort: Cohort) -> Checklist:
    return Checklist(
        title=f"{cohort.program.name}, {cohort.name}",
        rows=tuple(ChecklistRow(item.name, item.serial, item.organization) for item in printed),
        language=cohort.language,
    )


def _printed(
    session: DbSession,
    cohort_id: int,
    order: HandOutOrder,
    custom_order: Sequence[int] | None,
    enrollment_ids: Sequence[int] | None,
) -> list[PrintedDiploma]:
    return in_hand_out_order(printable(session, cohort_id, enrollment_ids), order, custom_order)


def printable(
    session: DbSession, cohort_id: int, enrollment_ids: Sequence[int] | None = None
) -> list[PrintedDiploma]:
    """The cohort's valid issued diplomas (only these enrollments', when given), unordered."""
    valid = [d for d in list_diplomas(session, cohort_id) if d.valid]
    if enrollment_ids is not None:
        wanted = set(enrollment_ids)
        missing = wanted - {d.enrollment_id for d in valid}
        if missing:
            raise ValidationError(
                _("No valid issued diploma for enrollment {names}; issue it first.").format(
                    names=", ".join(map(str, sorted(missing)))
                )
            )
        valid = [d for d in valid if d.enrollment_id in wanted]
    if not valid:
        raise ValidationError(_("There are no issued diplomas to print in this cohort."))
    people = {
        r[0]: r[1:]
        for r in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Organization.name)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_({d.person_id for d in valid}))
        )
    }
    return [
        PrintedDiploma(
            d.id,
            d.enrollment_id,
            d.name_as_printed,
            d.serial,
            people[d.person_id][0],
            people[d.person_id][1],
            people[d.person_id][2] or "",
        )
        for d in valid
    ]


def in_hand_out_order(
    printed: Sequence[PrintedDiploma],
    order: HandOutOrder,
    custom_order: Sequence[int] | None = None,
) -> list[PrintedDiploma]:
    """The diplomas sorted for handing out (Swedish alphabetical order: Å, Ä, Ö last)."""
    surname = {p.diploma_id: (sort_key(p.last_name), sort_key(p.first_name)) for p in printed}
    if order == HandOutOrder.SURNAME:
        return sorted(printed, key=lambda p: surname[p.diploma_id])
    if order == HandOutOrder.FIRST_NAME:
        return sorted(printed, key=lambda p: (sort_key(p.first_name), sort_key(p.last_name)))
    if order == HandOutOrder.ORGANIZATION:
        return sorted(printed, key=lambda p: (sort_key(p.organization), *surname[p.diploma_id]))
    return _custom(list(printed), custom_order, surname)


def _custom(
    printed: list[PrintedDiploma],
    custom_order: Sequence[int] | None,
    surname: dict[int, tuple[str, str]],
) -> list[PrintedDiploma]:
    """Enrollments in the order given; any not mentioned follow, by surname."""
    if custom_order is None:
        raise ValidationError(_("A custom hand-out order needs the list of people in order."))
    by_enrollment = {p.enrollment_id: p for p in printed}
    unknown = [e for e in custom_order if e not in by_enrollment]
    if unknown:
        raise ValidationError(
            _("Enrollment {names} has no diploma to print here.").format(
                names=", ".join(map(str, unknown))
            )
        )
    first = [by_enrollment[e] for e in dict.fromkeys(custom_order)]
    rest = sorted(
        (p for p in printed if p.enrollment_id not in set(custom_order)),
        key=lambda p: surname[p.diploma_id],
    )
    return first + rest


def _pdf(session: DbSession, diploma_id: int) -> bytes:
    """One diploma's own file, exactly as issued (rebuilt from its recipe)."""
    return diploma_pdf_of(session, diploma_id)
