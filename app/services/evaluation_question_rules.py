"""What makes an evaluation question valid, and how it is stored: the checks every new or
edited question passes (:func:`checked_question`), and its options kept as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from app.domain import QuestionKind
from app.errors import ValidationError
from app.i18n import _
from app.models import EvaluationQuestion
from app.services.evaluation_templates import SCALE_MAXES, QuestionFields
from app.text import clean

MAX_QUESTION_TEXT = 1_000
MAX_LABEL = 100
MAX_CHOICE = 200
MIN_CHOICES = 2
MAX_CHOICES = 12


def question_choices(question: EvaluationQuestion) -> tuple[str, ...]:
    """A stored question's options (none for a scale or a text question)."""
    if not question.choices_json:
        return ()
    return tuple(str(c) for c in json.loads(question.choices_json))


def checked_question(fields: QuestionFields) -> QuestionFields:
    """``fields`` cleaned, or a :class:`ValidationError` saying what is wrong."""
    text = clean(fields.text)
    if not text:
        raise ValidationError(_("Write the question's text."))
    if len(text) > MAX_QUESTION_TEXT:
        raise ValidationError(
            _("The question is longer than {max} characters; shorten it.").format(
                max=MAX_QUESTION_TEXT
            )
        )
    low, high = clean(fields.low_label), clean(fields.high_label)
    choices = tuple(clean(c) for c in fields.choices)
    scale_max = fields.scale_max
    if fields.kind is QuestionKind.SCALE:
        if scale_max not in SCALE_MAXES:
            raise ValidationError(_("A scale runs from 1 to 5 or from 1 to 7."))
        if len(low) > MAX_LABEL or len(high) > MAX_LABEL:
            raise ValidationError(
                _("A scale's end label is longer than {max} characters.").format(max=MAX_LABEL)
            )
        choices = ()
    else:
        scale_max, low, high = None, "", ""
    if fields.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        _check_choices(choices)
    elif fields.kind is not QuestionKind.SCALE:
        choices = ()
    return replace(
        fields,
        text=text,
        scale_max=scale_max,
        low_label=low,
        high_label=high,
        choices=choices,
    )


def _check_choices(choices: Sequence[str]) -> None:
    if len(choices) < MIN_CHOICES:
        raise ValidationError(_("A choice question needs at least two options."))
    if len(choices) > MAX_CHOICES:
        raise ValidationError(
            _("A choice question has at most {max} options.").format(max=MAX_CHOICES)
        )
    seen: set[str] = set()
    for number, choice in enumerate(choices, start=1):
        if not choice:
            raise ValidationError(_("Option {number} is empty.").format(number=number))
        if len(choice) > MAX_CHOICE:
            raise ValidationError(
                _("Option {number} is longer than {max} characters.").format(
                    number=number, max=MAX_CHOICE
                )
            )
        if choice.casefold() in seen:
            raise ValidationError(
                _("Option {number} (“{choice}”) is there twice.").format(
                    number=number, choice=choice
                )
            )
        seen.add(choice.casefold())


def new_question(position: int, fields: QuestionFields) -> EvaluationQuestion:
    fields = checked_question(fields)
    return EvaluationQuestion(
        position=position,
        key=fields.key,
        kind=fields.kind,
        text=fields.text,
        scale_max=fields.scale_max,
        low_label=fields.low_label or None,
        high_label=fields.high_label or None,
        choices_json=choices_json(fields),
        required=fields.required,
    )


def choices_json(fields: QuestionFields) -> str | None:
    if fields.kind not in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        return None
    return json.dumps(list(fields.choices), ensure_ascii=False)
