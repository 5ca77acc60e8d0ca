"""The one way answers to a course evaluation get in: typed from paper, imported from a
Forms export or read from a returned fillable PDF, they all come as :class:`ResponseInput`
and are checked, then stored all or nothing.

The rules (each broken one is a :class:`Problem`, numbered by the response's place in the
input, 1-based, and the question's position in the evaluation):

- an anonymous evaluation's responses carry no enrollment; a named one's need an enrollment
  of the evaluation's cohort as a participant who is enrolled or has completed (the people
  the response rate counts: not a mentor, facilitator or guest, not an applicant or someone
  who withdrew), and take one response per enrollment (a second one replaces the first only
  when asked to, ``replace=True``);
- a scale answer is a whole number within 1..the question's scale; a choice answer is a set
  of option indexes (0-based, as stored: option ``i`` is bit ``1 << i``) within the options,
  exactly one for a single choice; a text answer is text;
- an empty answer is no answer (allowed unless the question is required), but a wholly
  empty form is refused;
- a closed evaluation takes no more answers, and none of its responses is deleted.

The organization kept with an anonymous response is the one given (for the split by
organization, which results show only where at least five answered); a named response takes
the person's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session as DbSession

from app.domain import EnrollmentStatus, QuestionKind, ResponseSource, Role
from app.errors import NotFoundError, ValidationError
from app.i18n import _, ngettext
from app.models import (
    Enrollment,
    EvaluationAnswer,
    EvaluationQuestion,
    EvaluationResponse,
    Organization,
    Person,
)
from app.services.evaluation_question_rules import question_choices
from app.services.evaluations import load_evaluation
from app.text import clean
from app.words import shown

MAX_ANSWER_TEXT = 5_000
MAX_ORGANIZATION = 200
SHOWN_PROBLEMS = 5  # in the refusal's message; all of them are in ``problems``
# Who answers a named evaluation: the participants the response rate counts.
ANSWERING_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


@dataclass(frozen=True)
class AnswerInput:
    """One answer: ``number`` for a scale, ``choices`` (0-based option indexes) for a single
    or multiple choice, ``text`` for an open question. All empty: not answered."""

    question_id: int
    number: int | None = None
    choices: frozenset[int] | None = None
    text: str | None = None

    def is_empty(self) -> bool:
        return self.number is None and not self.choices and not (self.text or "").strip()


@dataclass(frozen=True)
class ResponseInput:
    """One filled-in form."""

    answers: tuple[AnswerInput, ...]
    source: ResponseSource
    enrollment_id: int | None = None  # named evaluations only
    organization: str | None = None  # anonymous evaluations only (named: the person's)


@dataclass(frozen=True)
class Problem:
    """Why one response cannot be stored. ``response`` is its place in the input (1-based);
    ``question`` the question's position in the evaluation, or None for the whole form."""

    response: int
    question: int | None
    message: str

    def __str__(self) -> str:
        if self.question is None:
            return _("Response {response}: {message}").format(
                response=self.response, message=self.message
            )
        return _("Response {response}, question {question}: {message}").format(
            response=self.response, question=self.question, message=self.message
        )


class ResponsesRefusedError(ValidationError):
    """The responses break a rule: none was stored. ``problems`` says every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]
        more = len(problems) - SHOWN_PROBLEMS
        if more > 0:
            lines.append(
                ngettext("… and {n} more problem.", "… and {n} more problems.", more).format(n=more)
            )
        super().__init__(
            _("Nothing was saved; correct these and try again:") + "\n" + "\n".join(lines)
        )
        self.problems = tuple(problems)


def check_responses(
    session: DbSession,
    evaluation_id: int,
    inputs: Sequence[ResponseInput],
    *,
    replace: bool = False,
) -> list[Problem]:
    """Every problem with storing ``inputs`` (empty: they can all be stored)."""
    return _Checker(session, evaluation_id, replace=replace).problems(inputs)


def record_responses(
    session: DbSession,
    evaluation_id: int,
    inputs: Sequence[ResponseInput],
    *,
    replace: bool = False,
) -> list[int]:
    """Store every response, or none (:class:`ResponsesRefusedError`); returns their ids in
    the order given. ``replace``: a named person's earlier response is replaced."""
    checker = _Checker(session, evaluation_id, replace=replace)
    problems = checker.problems(inputs)
    if problems:
        raise ResponsesRefusedError(problems)
    replaced = [checker.existing[i.enrollment_id] for i in inputs if i.enrollment_id]
    replaced = [r for r in replaced if r is not None]
    if replaced:
        session.execute(delete(EvaluationResponse).where(EvaluationResponse.id.in_(replaced)))
        session.expire_all()
    organizations = checker.organizations([i.enrollment_id for i in inputs if i.enrollment_id])
    responses = []
    for item in inputs:
        if item.enrollment_id is not None:
            organization = organizations.get(item.enrollment_id)
        else:
            organization = clean(item.organization) or None
        responses.append(
            EvaluationResponse(
                evaluation_id=evaluation_id,
                enrollment_id=item.enrollment_id,
                organization=organization,
                source=item.source,
            )
        )
    session.add_all(responses)
    session.flush()
    rows = [
        _answer_row(response.id, checker.questions[answer.question_id], answer)
        for response, item in zip(responses, inputs, strict=True)
        for answer in item.answers
        if not answer.is_empty()
    ]
    if rows:
        session.execute(insert(EvaluationAnswer), rows)
    session.flush()
    return [r.id for r in responses]


def delete_response(session: DbSession, response_id: int) -> None:
    """Delete one response and its answers (the undo of the last typed form). A closed
    evaluation's responses stay: open it for answers first."""
    response = session.get(EvaluationResponse, response_id)
    if response is None:
        raise NotFoundError(
            _("There is no evaluation response with id {response_id}.").format(
                response_id=response_id
            )
        )
    if load_evaluation(session, response.evaluation_id).closed_at is not None:
        raise ValidationError(
            _("The evaluation is closed for answers: open it to take back a response.")
        )
    session.delete(response)
    session.flush()


def responded_enrollments(session: DbSession, evaluation_id: int) -> dict[int, int]:
    """A named evaluation's responses: enrollment id -> response id."""
    load_evaluation(session, evaluation_id)
    rows = session.execute(
        select(EvaluationResponse.enrollment_id, EvaluationResponse.id).where(
            EvaluationResponse.evaluation_id == evaluation_id,
            EvaluationResponse.enrollment_id.is_not(None),
        )
    ).all()
    return {enrollment_id: response_id for enrollment_id, response_id in rows if enrollment_id}


def stored_response(session: DbSession, response_id: int) -> ResponseInput:
    """A stored response as it would be given again (to edit it, or to undo a deletion)."""
    response = session.get(EvaluationResponse, response_id)
    if response is None:
        raise NotFoundError(
            _("There is no evaluation response with id {response_id}.").format(
                response_id=response_id
            )
        )
    kinds = dict(
        session.execute(
            select(EvaluationQuestion.id, EvaluationQuestion.kind).where(
                EvaluationQuestion.evaluation_id == response.evaluation_id
            )
        ).all()
    )
    answers = []
    for a in sorted(response.answers, key=lambda a: a.question_id):
        kind = kinds[a.question_id]
        if kind is QuestionKind.SINGLE and a.number is not None:
            answers.append(AnswerInput(a.question_id, choices=frozenset({a.number})))
        elif kind is QuestionKind.MULTIPLE and a.choice_mask is not None:
            chosen = frozenset(
                i for i in range(a.choice_mask.bit_length()) if a.choice_mask >> i & 1
            )
            answers.append(AnswerInput(a.question_id, choices=chosen))
        else:
            answers.append(AnswerInput(a.question_id, number=a.number, text=a.text))
    return ResponseInput(
        answers=tuple(answers),
        source=response.source,
        enrollment_id=response.enrollment_id,
        organization=response.organization if response.enrollment_id is None else None,
    )


def _answer_row(
    response_id: int, question: EvaluationQuestion, answer: AnswerInput
) -> dict[str, object]:
    row: dict[str, object] = {
        "response_id": response_id,
        "question_id": question.id,
        "number": None,
        "choice_mask": None,
        "text": None,
    }
    if question.kind is QuestionKind.SCALE:
        row["number"] = answer.number
    elif question.kind is QuestionKind.SINGLE:
        row["number"] = next(iter(answer.choices or ()))
    elif question.kind is QuestionKind.MULTIPLE:
        row["choice_mask"] = sum(1 << i for i in answer.choices or ())
    else:
        row["text"] = (answer.text or "").strip()
    return row


class _Checker:
    def __init__(self, session: DbSession, evaluation_id: int, *, replace: bool) -> None:
        self.session = session
        self.evaluation = load_evaluation(session, evaluation_id)
        self.replace = replace
        self.questions = {q.id: q for q in self.evaluation.questions}
        self.choices = {q.id: question_choices(q) for q in self.evaluation.questions}
        self.existing: dict[int, int | None] = {}

    def problems(self, inputs: Sequence[ResponseInput]) -> list[Problem]:
        if self.evaluation.closed_at is not None and inputs:
            return [Problem(1, None, _("the evaluation is closed; open it to add answers."))]
        members = self._cohort_enrollments()
        responded = dict(
            self.session.execute(
                select(EvaluationResponse.enrollment_id, EvaluationResponse.id).where(
                    EvaluationResponse.evaluation_id == self.evaluation.id,
                    EvaluationResponse.enrollment_id.is_not(None),
                )
            ).all()
        )
        found: list[Problem] = []
        seen: set[int] = set()
        for number, item in enumerate(inputs, start=1):
            found.extend(self._who(number, item, members, responded, seen))
            found.extend(self._answers(number, item))
        return found

    def _who(
        self,
        number: int,
        item: ResponseInput,
        members: dict[int, tuple[Role, EnrollmentStatus]],
        responded: dict[int | None, int],
        seen: set[int],
    ) -> list[Problem]:
        def problem(message: str) -> list[Problem]:
            return [Problem(number, None, message)]

        enrollment_id = item.enrollment_id
        if self.evaluation.anonymous:
            if enrollment_id is not None:
                return problem(_("the evaluation is anonymous: a response names no one."))
            if len(clean(item.organization)) > MAX_ORGANIZATION:
                return problem(
                    _("the organization is longer than {max} characters.").format(
                        max=MAX_ORGANIZATION
                    )
                )
            return []
        if enrollment_id is None:
            return problem(_("the evaluation is named: say whose response it is."))
        if enrollment_id not in members:
            return problem(_("the person is not in this evaluation's cohort."))
        role, status = members[enrollment_id]
        if role is not Role.PARTICIPANT:
            return problem(
                _(
                    "the person is in the cohort as {role}, not as a participant; only "
                    "participants answer the evaluation."
                ).format(role=shown(role))
            )
        if status not in ANSWERING_STATUSES:
            return problem(
                _(
                    "the person's place in the cohort is “{status}”; only enrolled participants "
                    "and those who completed answer the evaluation."
                ).format(status=shown(status))
            )
        if enrollment_id in seen:
            return problem(_("the same person's response is here twice."))
        seen.add(enrollment_id)
        self.existing[enrollment_id] = responded.get(enrollment_id)
        if enrollment_id in responded and not self.replace:
            return problem(_("the person has answered already; replace the earlier response?"))
        return []

    def _answers(self, number: int, item: ResponseInput) -> list[Problem]:
        found: list[Problem] = []
        answered: set[int] = set()
        for answer in item.answers:
            question = self.questions.get(answer.question_id)
            if question is None:
                found.append(Problem(number, None, _("an answer is to a question not here.")))
                continue
            if question.id in answered:
                found.append(
                    Problem(number, question.position, _("the question is answered twice."))
                )
                continue
            if not answer.is_empty():
                answered.add(question.id)
                message = self._answer_problem(question, answer)
                if message:
                    found.append(Problem(number, question.position, message))
        for question in self.questions.values():
            if question.required and question.id not in answered:
                found.append(Problem(number, question.position, _("an answer is required.")))
        if not answered and not found:
            found.append(Problem(number, None, _("the form is empty.")))
        return sorted(found, key=lambda p: p.question or 0)

    def _answer_problem(self, question: EvaluationQuestion, answer: AnswerInput) -> str | None:
        kind = question.kind
        wrong = {
            QuestionKind.SCALE: answer.choices or answer.text,
            QuestionKind.SINGLE: answer.number is not None or answer.text,
            QuestionKind.MULTIPLE: answer.number is not None or answer.text,
            QuestionKind.TEXT: answer.number is not None or answer.choices,
        }[kind]
        if wrong:
            return _("the answer is not of the question's kind.")
        if kind is QuestionKind.SCALE:
            scale_max = question.scale_max or 5
            if answer.number is None or not 1 <= answer.number <= scale_max:
                return _("{value} is outside the scale 1–{max}.").format(
                    value=answer.number, max=scale_max
                )
            return None
        if kind is QuestionKind.TEXT:
            if len((answer.text or "").strip()) > MAX_ANSWER_TEXT:
                return _("the answer is longer than {max} characters.").format(max=MAX_ANSWER_TEXT)
            return None
        options = len(self.choices[question.id])
        chosen = answer.choices or frozenset()
        outside = sorted(i for i in chosen if not 0 <= i < options)
        if outside:
            return _("there is no option {option}; the options are 1–{max}.").format(
                option=outside[0] + 1, max=options
            )
        if kind is QuestionKind.SINGLE and len(chosen) > 1:
            return _("only one option may be chosen.")
        return None

    def _cohort_enrollments(self) -> dict[int, tuple[Role, EnrollmentStatus]]:
        if self.evaluation.anonymous:
            return {}
        rows = self.session.execute(
            select(Enrollment.id, Enrollment.role, Enrollment.status).where(
                Enrollment.cohort_id == self.evaluation.cohort_id
            )
        ).all()
        return {enrollment_id: (role, status) for enrollment_id, role, status in rows}

    def organizations(self, enrollment_ids: Sequence[int]) -> dict[int, str]:
        if not enrollment_ids:
            return {}
        rows = self.session.execute(
            select(Enrollment.id, Organization.name)
            .join(Person, Person.id == Enrollment.person_id)
            .join(Organization, Organization.id == Person.organization_id)
            .where(Enrollment.id.in_(enrollment_ids))
        ).all()
        return dict(rows)
