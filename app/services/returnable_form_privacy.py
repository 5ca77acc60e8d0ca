"""The fillable forms sent to a person, in their data export, and removed when the person is
erased or deleted. A form's row holds only a random id, its kind and when it was sent and
read back; the answers it brought are stored (and exported) as answers and plans.

Used by :mod:`app.services.privacy_export`, :mod:`app.services.privacy_erase` and
:mod:`app.services.deletion`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from app.domain import ReturnableFormKind
from app.models import Evaluation, ReturnableForm


@dataclass(frozen=True)
class FormSentData:
    kind: ReturnableFormKind
    evaluation: str | None  # the evaluation's title, for an evaluation form
    created_at: dt.datetime
    returned_at: dt.datetime | None


def forms_sent(session: DbSession, enrollment_id: int) -> tuple[FormSentData, ...]:
    """The fillable forms written for the enrollment, oldest first."""
    rows = session.execute(
        select(ReturnableForm, Evaluation.title)
        .outerjoin(Evaluation, Evaluation.id == ReturnableForm.evaluation_id)
        .where(ReturnableForm.enrollment_id == enrollment_id)
        .order_by(ReturnableForm.created_at, ReturnableForm.id)
    ).all()
    return tuple(FormSentData(f.kind, title, f.created_at, f.returned_at) for f, title in rows)


def delete_forms(session: DbSession, enrollment_ids: Any) -> None:
    """Delete the forms written for the enrollments (ids, or a select of them)."""
    session.execute(delete(ReturnableForm).where(ReturnableForm.enrollment_id.in_(enrollment_ids)))
