"""Reading a returned fillable PDF's fields (pypdf) and turning them into answers or a plan.

:func:`pdf_fields` opens one file and returns its form fields as text ("" when empty; a
radio group's chosen export value, a check box "Yes"/"Off"), or raises
:class:`UnreadableFormError` saying, in the interface language, why the file cannot be read.
:func:`evaluation_answers` and :func:`plan_from_fields` read the values for a form's
questions or plan, each problem a clear sentence. Used by :mod:`app.services.returned_forms`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from app.domain import ActionStatus
from app.i18n import _
from app.services.action_plan_guide import plan_text
from app.services.action_plans import ActionItemFields, PlanFields
from diplomas.fillable_model import (
    ACTION_PARTS,
    PLAN_TEXT_FIELDS,
    FormQuestion,
    action_field,
    choice_field,
    option_value,
    question_field,
    scale_value,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ACTION_ROWS = 40


class UnreadableFormError(Exception):
    """The file is no PDF, is damaged, or holds no Kohort form."""


@dataclass(frozen=True)
class ReadAnswer:
    """One answer read from a form (as the evaluation service takes it)."""

    question_id: int
    number: int | None = None
    choices: frozenset[int] | None = None
    text: str | None = None

    def is_empty(self) -> bool:
        return self.number is None and not self.choices and not (self.text or "").strip()


def pdf_fields(path: Path) -> dict[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(1024)
    except OSError as exc:
        raise UnreadableFormError(
            _("The file cannot be read ({reason}).").format(reason=exc.strerror or exc)
        ) from exc
    if b"%PDF-" not in head:
        raise UnreadableFormError(_("This is not a PDF file."))
    if size > MAX_FILE_BYTES:
        raise UnreadableFormError(
            _("The file is larger than 50 MB; a returned form is much smaller.")
        )
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFormError(
                _("The PDF is protected by a password; Kohort cannot read it.")
            )
        fields = reader.get_fields() or {}
    except UnreadableFormError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise UnreadableFormError(_("The PDF is damaged and cannot be read.")) from exc
    values: dict[str, str] = {}
    for name, field in fields.items():
        value = field.get("/V")
        if value is None:
            values[str(name)] = ""
        elif isinstance(value, list):
            values[str(name)] = ";".join(str(v) for v in value)
        else:
            values[str(name)] = str(value).removeprefix("/")
    return values


def evaluation_answers(
    fields: dict[str, str], questions: tuple[FormQuestion, ...]
) -> tuple[list[ReadAnswer], list[str]]:
    """The answers to ``questions`` (empty ones left out) and the problems, e.g. a value out
    of range: "Question 2: “9” is not one of 1–5." (numbered as printed)."""
    answers: list[ReadAnswer] = []
    problems: list[str] = []
    for number, q in enumerate(questions, start=1):
        raw = fields.get(question_field(q.question_id), "").strip()
        if q.kind == "scale":
            if raw in ("", "Off"):
                continue
            allowed = {scale_value(v): v for v in range(1, (q.scale_max or 5) + 1)}
            if raw not in allowed:
                problems.append(
                    _("Question {number}: “{value}” is not one of 1–{maximum}.").format(
                        number=number, value=raw, maximum=q.scale_max or 5
                    )
                )
                continue
            answers.append(ReadAnswer(q.question_id, number=allowed[raw]))
        elif q.kind == "single":
            if raw in ("", "Off"):
                continue
            options = {option_value(i): i for i in range(len(q.choices))}
            if raw not in options:
                problems.append(
                    _("Question {number}: “{value}” is not one of its options.").format(
                        number=number, value=raw
                    )
                )
                continue
            answers.append(ReadAnswer(q.question_id, choices=frozenset({options[raw]})))
        elif q.kind == "multiple":
            chosen = frozenset(
                i
                for i in range(len(q.choices))
                if fields.get(choice_field(q.question_id, i), "Off") not in ("", "Off")
            )
            if chosen:
                answers.append(ReadAnswer(q.question_id, choices=chosen))
        else:
            text = plan_text(fields.get(question_field(q.question_id), ""))
            if text:
                answers.append(ReadAnswer(q.question_id, text=text))
    return answers, problems


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")


def read_date(text: str) -> dt.date | None:
    """2026-03-19 or 19.3.2026 (as Finns write it); None when not a date."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    if match.group(1):
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    else:
        day, month, year = (int(match.group(i)) for i in (4, 5, 6))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def plan_from_fields(fields: dict[str, str], current: PlanFields) -> tuple[PlanFields, list[str]]:
    """The plan as the returned form has it: its texts and actions; the follow-up date,
    manager and each kept action's status stay as the current plan has them."""
    problems: list[str] = []
    texts = {key: plan_text(fields.get(key, "")) for key in PLAN_TEXT_FIELDS}
    current_items = [i for i in current.items if not i.is_empty()]
    items: list[ActionItemFields] = []
    for number in range(1, MAX_ACTION_ROWS + 1):
        if action_field(number, "what") not in fields:
            break
        parts = {p: plan_text(fields.get(action_field(number, p), "")) for p in ACTION_PARTS}
        by_when = None
        if parts["by_when"]:
            by_when = read_date(parts["by_when"])
            if by_when is None:
                problems.append(
                    _("Action {number}: “{value}” is not a date; write it like 2026-03-19.").format(
                        number=number, value=parts["by_when"]
                    )
                )
        status = (
            current_items[number - 1].status
            if number <= len(current_items)
            else ActionStatus.PLANNED
        )
        item = ActionItemFields(
            parts["what"], parts["how"], by_when, parts["support"], parts["success"], status
        )
        if not item.is_empty() or (parts["by_when"] and by_when is None):
            items.append(item)
    plan = PlanFields(
        **texts,
        follow_up_date=current.follow_up_date,
        manager_name=current.manager_name,
        items=tuple(items),
    )
    return plan, problems
