"""The sign-in sheet, the evaluation forms and the results report are flowed into one kind of
A4 document (diplomas.a4_document): its metadata and fonts, the same for all three."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader

import diplomas.a4_document as a4
from app.domain import Language, QuestionKind
from diplomas import evaluation_form, evaluation_report, signin_sheet
from diplomas.evaluation_model import EvaluationForm, EvaluationReport, FormQuestion
from diplomas.signin_sheet_model import SigninSheet

DAY = dt.date(2026, 3, 19)
QUESTION = FormQuestion(number=1, kind=QuestionKind.SCALE, text="Helhetsintryck", scale_max=5)


def _documents() -> dict[str, Any]:
    return {
        "sheet": lambda: signin_sheet.signin_sheet_pdf(
            SigninSheet(
                programme="Framtidens ledare",
                cohort="Omgång 3",
                session_title="Start",
                date_text="torsdag 19 mars 2026",
                printed=DAY,
            )
        ),
        "form": lambda: evaluation_form.evaluation_form_pdf(
            EvaluationForm(
                language=Language.SWEDISH,
                title="Kursutvärdering",
                programme="Framtidens ledare",
                cohort="Omgång 3",
                questions=(QUESTION,),
                printed=DAY,
            )
        ),
        "report": lambda: evaluation_report.evaluation_report_pdf(
            EvaluationReport(
                language=Language.SWEDISH,
                title="Kursutvärdering",
                programme="Framtidens ledare",
                cohort="Omgång 3",
                responses=0,
                participants=0,
                questions=(),
                printed=DAY,
            )
        ),
    }


@pytest.mark.parametrize("kind", ["sheet", "form", "report"])
def test_each_document_is_set_up_by_the_one_helper(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = a4.a4_document

    def spy(out: Any, **kwargs: Any) -> Any:
        made.append(kwargs["template_id"])
        return real(out, **kwargs)

    for module in (signin_sheet, evaluation_form, evaluation_report):
        monkeypatch.setattr(module, "a4_document", spy, raising=False)
    data = _documents()[kind]()
    assert len(made) == 1
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.creator == "Kohort"
    assert "Omgång 3" in (reader.metadata.title or "") or kind == "sheet"
    assert b"/Lang (sv-SE)" in data and b"Helvetica" not in data
    assert data == _documents()[kind]()  # the same content, the same bytes
