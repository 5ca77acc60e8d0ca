"""Answers to a course evaluation imported from a Microsoft Forms or Google Forms export.

The file is read like a participant list (:func:`app.importing.reader.read_table`: CSV in
any of the encodings and delimiters exports use, with or without a BOM, or XLSX). Microsoft
Forms exports an XLSX with the columns ID, Start time, Completion time, Email, Name and then
one column per question; Google Forms a CSV with Tidstämpel (Timestamp), perhaps the e-mail
address, and one column per question. Each question column is mapped to a question, the
same way the participant import maps columns to fields: guessed from the header (the
question's text compared as headers are, :func:`app.importing.mapping.normalise_header`),
and changed by the coordinator. Unmapped columns are ignored.

Values: a scale answer "4" or "4 - Bra"; a choice by its option's text (case and spaces do
not matter); several choices "a;b" (Microsoft) or "a, b" (Google); open text as it is. A
named evaluation matches each row's e-mail address to a participant of the cohort. Every
problem names its row in the file ("Row 7: …"), and nothing is stored while there is one.

Each stored response keeps a reference to its row (:func:`source_refs`: a hash, never the
row's text), so that a later export of the same form — Forms exports grow as answers come
in — imports only the rows not imported before and lists the others as already imported.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as DbSession

from app.domain import ResponseSource, Role
from app.errors import ValidationError
from app.i18n import _, ngettext
from app.importing.mapping import Field, clean_value, guess_mapping, normalise_header
from app.importing.reader import RawTable
from app.models import Enrollment, EvaluationResponse, Person
from app.services.evaluation_responses import (
    AnswerInput,
    ResponseInput,
    check_responses,
    record_responses,
)
from app.services.evaluations import load_evaluation
from app.services.returnable_forms import form_questions
from app.services.returned_form_fields import ReadAnswer
from diplomas.fillable_model import FormQuestion

SHOWN_ERRORS = 8


@dataclass(frozen=True)
class ImportedRow:
    row: int  # in the file
    answers: tuple[ReadAnswer, ...]
    enrollment_id: int | None = None
    source_ref: str | None = None


@dataclass(frozen=True)
class AnswersImport:
    """What an import would store (``rows``) or why it cannot (``errors``, row-numbered)."""

    evaluation_id: int
    rows: tuple[ImportedRow, ...]
    errors: tuple[str, ...]
    mapping: dict[int, int]  # column index -> question id
    email_column: int | None
    already_imported: tuple[int, ...] = ()  # rows (in the file) imported before: skipped

    @property
    def answers(self) -> int:
        return sum(len(r.answers) for r in self.rows)

    @property
    def notes(self) -> tuple[str, ...]:
        return skipped_notes(self.already_imported)

    def as_json(self) -> dict[str, object]:
        return {
            "evaluation_id": self.evaluation_id,
            "responses": len(self.rows),
            "answers": self.answers,
            "skipped": len(self.already_imported),
            "already_imported": list(self.already_imported),
            "errors": list(self.errors),
            "mapping": {str(column + 1): qid for column, qid in sorted(self.mapping.items())},
        }


@dataclass(frozen=True)
class ImportSetup:
    """What the mapping step shows: the evaluation's questions and the guessed mapping."""

    evaluation_id: int
    title: str
    anonymous: bool
    questions: tuple[FormQuestion, ...]
    mapping: dict[int, int]
    email_column: int | None


def import_setup(session: DbSession, evaluation_id: int, table: RawTable) -> ImportSetup:
    evaluation = load_evaluation(session, evaluation_id)
    questions = form_questions(evaluation)
    return ImportSetup(
        evaluation_id=evaluation.id,
        title=evaluation.title,
        anonymous=evaluation.anonymous,
        questions=questions,
        mapping=guess_question_mapping(table, questions),
        email_column=None if evaluation.anonymous else email_column_of(table),
    )


def guess_question_mapping(table: RawTable, questions: tuple[FormQuestion, ...]) -> dict[int, int]:
    """Column index -> question id, for the headers that are a question's text. Forms add
    a number or a mark to a header at times ("1. Helhetsintryck", "Helhetsintryck *")."""
    by_text = {normalise_header(q.text): q.question_id for q in questions}
    mapping: dict[int, int] = {}
    for index, header in enumerate(table.headers):
        key = normalise_header(re.sub(r"^\s*\d+\s*[.)]\s*", "", header))
        question = by_text.get(key) or by_text.get(normalise_header(header))
        if question is not None and question not in mapping.values():
            mapping[index] = question
    return mapping


def email_column_of(table: RawTable) -> int | None:
    for index, field in guess_mapping(table.headers).items():
        if field == Field.EMAIL:
            return index
    return None


def check_import(
    session: DbSession,
    evaluation_id: int,
    table: RawTable,
    mapping: Mapping[int, int] | None = None,
    *,
    email_column: int | None = None,
) -> AnswersImport:
    """Read every row (a dry run: nothing is stored). ``mapping`` None: the guessed one."""
    evaluation = load_evaluation(session, evaluation_id)
    questions = form_questions(evaluation)
    if mapping is None:
        mapping = guess_question_mapping(table, questions)
    if email_column is None:
        email_column = email_column_of(table)
    mapping = dict(mapping)
    by_id = {q.question_id: (number, q) for number, q in enumerate(questions, start=1)}
    errors: list[str] = []
    _check_mapping(table, mapping, by_id, errors)
    people: dict[str, int] = {}
    if not evaluation.anonymous:
        if email_column is None:
            errors.append(
                _(
                    "Row {row}: no column holds e-mail addresses; a named evaluation matches "
                    "each answer to a participant by e-mail."
                ).format(row=table.header_row)
            )
        people = _participants_by_email(session, evaluation.cohort_id)
    if errors:
        return AnswersImport(evaluation_id, (), tuple(errors), mapping, email_column)
    rows: list[ImportedRow] = []
    seen: dict[int, int] = {}
    refs = source_refs(table)
    stored = _stored_refs(session, evaluation.id)
    skipped: list[int] = []
    for number, cells, ref in zip(table.row_numbers, table.rows, refs, strict=True):
        if ref in stored:
            skipped.append(number)
            continue
        answers: list[ReadAnswer] = []
        for column, question_id in sorted(mapping.items()):
            position, question = by_id[question_id]
            answer, problem = _answer(clean_value(cells[column]), question)
            if problem:
                errors.append(
                    _("Row {row}: question {number}: {problem}").format(
                        row=number, number=position, problem=problem
                    )
                )
            elif answer is not None:
                answers.append(answer)
        enrollment_id = None
        if not evaluation.anonymous and email_column is not None:
            email = clean_value(cells[email_column]).casefold()
            enrollment_id = people.get(email)
            if enrollment_id is None:
                errors.append(
                    _(
                        "Row {row}: “{email}” is no participant's e-mail address in this cohort."
                    ).format(row=number, email=email)
                    if email
                    else _("Row {row}: the e-mail address is empty.").format(row=number)
                )
            elif enrollment_id in seen:
                errors.append(
                    _("Row {row}: the same person answered on row {first} already.").format(
                        row=number, first=seen[enrollment_id]
                    )
                )
            else:
                seen[enrollment_id] = number
        if not answers:
            errors.append(_("Row {row}: no question is answered.").format(row=number))
        rows.append(ImportedRow(number, tuple(answers), enrollment_id, ref))
    if not rows and not skipped:
        errors.append(_("The file has no answers, only its header row."))
    if not errors:
        errors += _service_problems(session, evaluation_id, rows)
    return AnswersImport(
        evaluation_id, tuple(rows), tuple(errors), mapping, email_column, tuple(skipped)
    )


def import_answers(
    session: DbSession,
    evaluation_id: int,
    table: RawTable,
    mapping: Mapping[int, int] | None = None,
    *,
    email_column: int | None = None,
) -> AnswersImport:
    """Store every row's answers, or none: any problem raises ValidationError listing them
    by row. The caller commits."""
    checked = check_import(session, evaluation_id, table, mapping, email_column=email_column)
    if checked.errors:
        raise ValidationError(refusal(checked.errors))
    ids = record_responses(session, evaluation_id, _inputs(checked.rows))
    if ids:
        session.execute(
            update(EvaluationResponse),
            [{"id": i, "source_ref": r.source_ref} for i, r in zip(ids, checked.rows, strict=True)],
        )
    return checked


# Normalised headers (see normalise_header) of the columns that identify a Forms response:
# Microsoft Forms' ID, its start and completion times, Google Forms' timestamp; in English,
# Swedish and Finnish.
_ID_HEADERS = frozenset({"id", "tunnus"})
_TIME_HEADERS = frozenset(
    {
        "starttime",
        "completiontime",
        "starttid",
        "sluttid",
        "slutförandetid",
        "tidförslutförande",
        "aloitusaika",
        "valmistumisaika",
        "timestamp",
        "tidstämpel",
        "aikaleima",
    }
)


def source_refs(table: RawTable) -> list[str]:
    """A reference per row, the same in every later export of the same form: Microsoft
    Forms' ID with its start and completion times (an answer edited later keeps its ID),
    else Google Forms' timestamp with the row's other cells, else the row's cells. Stored
    as a hash, and without the name and e-mail columns, so an anonymous evaluation keeps
    nothing that leads back to a person. Identical rows are counted ("…:2")."""
    headers = [normalise_header(h) for h in table.headers]
    id_column = next((i for i, h in enumerate(headers) if h in _ID_HEADERS), None)
    times = [i for i, h in enumerate(headers) if h in _TIME_HEADERS]
    people = set(guess_mapping(table.headers)) - {id_column, *times}
    if id_column is not None:
        kind, columns = "ms", [id_column, *times]
    else:
        kind = "gf" if times else "row"
        columns = [i for i in range(len(headers)) if i not in people]
    refs: list[str] = []
    seen: Counter[str] = Counter()
    for cells in table.rows:
        text = "\x1f".join(clean_value(cells[i]) for i in columns)
        ref = f"{kind}:{hashlib.sha256(text.encode()).hexdigest()[:40]}"
        seen[ref] += 1
        refs.append(ref if seen[ref] == 1 else f"{ref}:{seen[ref]}")
    return refs


def _stored_refs(session: DbSession, evaluation_id: int) -> set[str]:
    return set(
        session.scalars(
            select(EvaluationResponse.source_ref).where(
                EvaluationResponse.evaluation_id == evaluation_id,
                EvaluationResponse.source_ref.is_not(None),
            )
        )
    )


def skipped_notes(rows: tuple[int, ...] | list[int]) -> tuple[str, ...]:
    """The rows skipped because an earlier import stored them ("Row 3: …"), a few."""
    lines = [_("Row {row}: already imported.").format(row=r) for r in rows[:SHOWN_ERRORS]]
    if (more := len(rows) - SHOWN_ERRORS) > 0:
        lines.append(
            ngettext(
                "… and {n} more row imported before.", "… and {n} more rows imported before.", more
            ).format(n=more)
        )
    return tuple(lines)


def refusal(errors: tuple[str, ...]) -> str:
    lines = list(errors[:SHOWN_ERRORS])
    more = len(errors) - SHOWN_ERRORS
    if more > 0:
        lines.append(
            ngettext("… and {n} more problem.", "… and {n} more problems.", more).format(n=more)
        )
    return _("Nothing was imported; correct the file and try again:") + "\n" + "\n".join(lines)


def _inputs(rows: tuple[ImportedRow, ...] | list[ImportedRow]) -> list[ResponseInput]:
    return [
        ResponseInput(
            answers=tuple(
                AnswerInput(a.question_id, a.number, a.choices, a.text) for a in row.answers
            ),
            source=ResponseSource.FORMS_IMPORT,
            enrollment_id=row.enrollment_id,
        )
        for row in rows
    ]


def _service_problems(session: DbSession, evaluation_id: int, rows: list[ImportedRow]) -> list[str]:
    problems = check_responses(session, evaluation_id, _inputs(rows))
    out = []
    for problem in problems:
        row = rows[problem.response - 1].row
        if problem.question is None:
            out.append(_("Row {row}: {problem}").format(row=row, problem=problem.message))
        else:
            out.append(
                _("Row {row}: question {number}: {problem}").format(
                    row=row, number=problem.question, problem=problem.message
                )
            )
    return out


def _check_mapping(
    table: RawTable,
    mapping: dict[int, int],
    by_id: dict[int, tuple[int, FormQuestion]],
    errors: list[str],
) -> None:
    width = len(table.headers)
    seen: dict[int, int] = {}
    for column, question_id in sorted(mapping.items()):
        if not 0 <= column < width:
            raise ValidationError(
                _("Column {column} does not exist: {source} has {width} columns.").format(
                    column=column + 1, source=table.source, width=width
                )
            )
        if question_id not in by_id:
            raise ValidationError(
                _("Question {question_id} is not in this evaluation.").format(
                    question_id=question_id
                )
            )
        if question_id in seen:
            raise ValidationError(
                _(
                    "Two columns are mapped to question {number} (columns {first} and "
                    "{second}); choose one."
                ).format(
                    number=by_id[question_id][0], first=seen[question_id] + 1, second=column + 1
                )
            )
        seen[question_id] = column
    if not mapping:
        errors.append(
            _(
                "Row {row}: no column is mapped to a question; the headers should be the "
                "questions' texts."
            ).format(row=table.header_row)
        )


def _participants_by_email(session: DbSession, cohort_id: int) -> dict[str, int]:
    rows = session.execute(
        select(func.lower(Person.email), Enrollment.id)
        .join(Person, Person.id == Enrollment.person_id)
        .where(
            Enrollment.cohort_id == cohort_id,
            Enrollment.role == Role.PARTICIPANT,
            Person.email.is_not(None),
        )
    )
    return {str(email).casefold(): enrollment_id for email, enrollment_id in rows}


_SCALE = re.compile(r"(\d+)(?:[.,]0+)?(?:\s*[-–—:.)]\s*.*|\s+.*)?", re.DOTALL)


def _key(text: str) -> str:
    return " ".join(clean_value(text).casefold().split())


def _answer(value: str, q: FormQuestion) -> tuple[ReadAnswer | None, str]:
    """The answer a cell holds (None when empty) or a problem."""
    if not value:
        return None, ""
    if q.kind == "scale":
        match = _SCALE.fullmatch(value)
        maximum = q.scale_max or 5
        if match is None or not 1 <= int(match.group(1)) <= maximum:
            return None, _("“{value}” is not a number from 1 to {maximum}.").format(
                value=value, maximum=maximum
            )
        return ReadAnswer(q.question_id, number=int(match.group(1))), ""
    if q.kind == "text":
        return ReadAnswer(q.question_id, text=value), ""
    options = {_key(choice): index for index, choice in enumerate(q.choices)}
    if q.kind == "single":
        index = options.get(_key(value))
        if index is None:
            return None, _("“{value}” is not one of the question's options.").format(value=value)
        return ReadAnswer(q.question_id, choices=frozenset({index})), ""
    chosen, unknown = _several(value, options)
    if unknown:
        return None, _("“{value}” is not one of the question's options.").format(value=unknown)
    return ReadAnswer(q.question_id, choices=frozenset(chosen)), ""


def _several(value: str, options: dict[str, int]) -> tuple[set[int], str]:
    """Options chosen in "a;b;" (Microsoft Forms) or "a, b" (Google Forms, whose options may
    themselves hold a comma: the longest option that fits is taken first)."""
    if ";" in value:
        parts = [p.strip() for p in value.split(";") if p.strip()]
        unknown = next((p for p in parts if _key(p) not in options), "")
        return {options[_key(p)] for p in parts if _key(p) in options}, unknown
    chosen: set[int] = set()
    rest = _key(value)
    by_length = sorted(options, key=len, reverse=True)
    while rest:
        found = next(
            (o for o in by_length if rest == o or rest.startswith(o + ",")),
            None,
        )
        if found is None:  # said as written: the first part in no option, else the cell
            parts = [p.strip() for p in value.split(",") if p.strip()]
            unknown = next((p for p in parts if not any(_key(p) in o for o in options)), "")
            return chosen, unknown or value.strip()
        chosen.add(options[found])
        rest = rest[len(found) :].lstrip(",").strip()
    return chosen, ""
